"""Benchmark suite: a seeded generator of synthetic BBIC case files (``bench.generate``) and the
throughput / floor / scaling benchmark (``bench.run``). See bench/README.md."""
