"""Importing spaCy without its command line, which a check never uses and which costs ~0.3 s of start-up."""

from __future__ import annotations

import sys
import types


def _spacy_info(*args, **kwargs):
    """``spacy.info`` as the stub below gives it: the real one, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


# spaCy's __init__ imports spacy.cli.info only to re-export ``spacy.info``, and spacy.cli pulls in typer,
# weasel, requests and httpx: ~0.3 s of a one-document run (and urllib3's import-time IPv6 probe). So
# the first import of spaCy runs with these modules stubbed (name -> attributes), taken out again right
# after: a later ``import spacy.cli`` gets the real one. If a spaCy wants more of its CLI than this, its
# import fails and is simply done again without stubs. tests/test_startup.py covers both ways.
SPACY_CLI_STUBS = {"spacy.cli": {"__path__": []}, "spacy.cli.info": {"info": _spacy_info}}


def import_spacy_without_cli(stubs: dict[str, dict] = SPACY_CLI_STUBS) -> None:
    """Import spaCy (once per process) with ``stubs`` standing in for its command-line modules."""
    if "spacy" in sys.modules or any(name in sys.modules for name in stubs):
        return
    modules = {name: types.ModuleType(name) for name in stubs}
    for name, attributes in stubs.items():
        vars(modules[name]).update(attributes)
    sys.modules.update(modules)
    try:
        import spacy  # noqa: F401
    except Exception:  # noqa: BLE001 - bbiccheck.nlp imports it again, without stubs
        pass
    finally:
        for name, module in modules.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        cli = modules.get("spacy.cli")
        if cli is not None and getattr(sys.modules.get("spacy"), "cli", None) is cli:
            del sys.modules["spacy"].cli  # the attribute spaCy's package got from the stub
