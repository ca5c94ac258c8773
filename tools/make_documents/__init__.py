"""Generator for the demo case files (samples/) and the labelled evaluation corpus (tests/corpus/).

All people, personnummer (test-style födelsenummer 980–999) and municipalities are fictional.
"""
