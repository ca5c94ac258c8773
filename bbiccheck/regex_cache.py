"""Regular expressions compiled once per machine instead of once per run.

spaCy's Swedish tokeniser searches with three large regexes (prefixes, suffixes and infixes, built from
character classes of every letter). Python's ``re`` compiles a pattern in Python code, and these three
took ≈ 0.6 G instructions (≈ 0.2 s) of every start: more than checking a document. A compiled
``re.Pattern`` cannot be pickled (pickling keeps only its source), so what is stored is its compiled
*program*: the arguments ``re._compiler.compile`` hands to ``_sre.compile``. It is written to the cache
folder only after the Pattern it makes compared equal to ``re.compile``'s (equal Patterns have the same
source, flags and program), under a key of the pattern, the flags and the exact Python build. Anything
unexpected (another Python's internals, a missing, damaged or unwritable cache) falls back to
``re.compile``: the answer is always the same Pattern, only the time differs.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path

from bbiccheck.lemmas import cache_root

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python implementation: nothing to cache
    _sre = None

FORMAT = 1  # bump when the stored layout changes


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, from the stored program when there is one."""
    if _sre is None:
        return re.compile(pattern, flags)
    path = _path(pattern, flags)
    stored = _read(path)
    if stored is not None:
        try:
            return _sre.compile(pattern, *stored)
        except Exception:  # noqa: BLE001 - not a program this Python accepts: compile afresh
            pass
    compiled = re.compile(pattern, flags)
    try:
        program = _program(pattern, flags)
        if _sre.compile(pattern, *program) == compiled:
            _write(path, marshal.dumps(program))
    except Exception:  # noqa: BLE001 - re's internals differ here: do without the cache
        pass
    return compiled


def _program(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` after the pattern (CPython 3.11-3.13)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are an int subclass marshal refuses
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _path(pattern: str, flags: int) -> Path:
    key = hashlib.sha256(f"{FORMAT}:{sys.version}:{_sre.MAGIC}:{int(flags)}:{pattern}".encode()).hexdigest()[:24]
    return cache_root() / "regex" / f"{key}.bin"


def _read(path: Path) -> tuple | None:
    """The stored program, if the file is whole (it starts with the digest of the rest)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    digest, payload = data[:32], data[32:]
    if hashlib.sha256(payload).digest() != digest:
        return None
    try:
        return marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None


def _write(path: Path, payload: bytes) -> None:
    """Written to a temporary file and renamed into place, so a reader never sees a partial file. A
    read-only home or a full disk only means that the next run compiles again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
