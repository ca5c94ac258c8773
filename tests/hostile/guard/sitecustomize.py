"""Installed in every bbiccheck process a hostile test starts (PYTHONPATH=tests/hostile/guard).

* No network: ``socket.socket`` refuses every family but AF_UNIX (multiprocessing's forkserver talks
  to its workers over a local Unix socket; that is not the network), and ``create_connection``,
  ``getaddrinfo`` and ``gethostbyname`` always refuse. Every refused attempt is logged.
* Originals read-only: an audit hook logs every ``open`` of a path under BBICCHECK_GUARD_INPUTS with
  a writing mode or flag.
* Logging at DEBUG to stderr (BBICCHECK_GUARD_DEBUG_LOG=1), so a test can check logs hold no text.
* BBICCHECK_GUARD_READER_BUG=1 makes every reader raise KeyError (a simulated bug in a reader).

The log (BBICCHECK_GUARD_LOG) gets one line per event: "installed <pid>", "network <what>",
"probe <what>" (urllib3's import-time IPv6 check, see ``_refuse``), "write-open <path>".
"""

import os
import socket
import sys

_LOG = os.environ.get("BBICCHECK_GUARD_LOG")


def _log(line: str) -> None:
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as f:
            f.write(line.replace("\n", " ") + "\n")


class NetworkBlocked(OSError):
    pass


def _refuse(what: str):
    """Refuse and log. The one expected caller is urllib3's import-time IPv6 probe (``import spacy``
    imports spacy.cli.download -> requests -> urllib3, whose ``_has_ipv6`` binds a socket to ::1 and
    catches any error): it is logged as "probe", every other attempt as "network"."""
    import traceback

    stack = traceback.extract_stack()[:-2]
    caller = stack[-1] if stack else None
    kind = "probe" if caller and caller.name == "_has_ipv6" and caller.filename.replace("\\", "/").endswith(
        "urllib3/util/connection.py") else "network"
    where = " <- ".join(f"{fr.filename.rsplit('/', 2)[-1] if fr.filename else '?'}:{fr.lineno}({fr.name})"
                        for fr in reversed(stack[-6:]))
    _log(f"{kind} {what} pid={os.getpid()} at {where}")
    raise NetworkBlocked(f"network access blocked by the bbiccheck test guard: {what}")


_real_socket = socket.socket


class GuardedSocket(_real_socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and family != socket.AF_UNIX:
            _refuse(f"socket(family={family})")
        super().__init__(family, type, proto, fileno)


def _no_connection(address, *args, **kwargs):
    _refuse(f"create_connection({address!r})")


def _no_lookup(*args, **kwargs):
    _refuse(f"name lookup {args[:1]!r}")


socket.socket = GuardedSocket
socket.SocketType = GuardedSocket
socket.create_connection = _no_connection
socket.getaddrinfo = _no_lookup
socket.gethostbyname = _no_lookup
socket.gethostbyname_ex = _no_lookup
socket.gethostbyaddr = _no_lookup

_INPUTS = os.environ.get("BBICCHECK_GUARD_INPUTS")
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC


def _audit(event, args):
    if event != "open" or not _INPUTS:
        return
    path, mode, flags = args
    if not isinstance(path, (str, bytes, os.PathLike)):
        return  # an open file descriptor
    writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
        mode is None and isinstance(flags, int) and flags & _WRITE_FLAGS)
    if writing:
        full = os.path.abspath(os.fsdecode(path))
        if full == _INPUTS or full.startswith(_INPUTS.rstrip(os.sep) + os.sep):
            _log(f"write-open {full}")


sys.addaudithook(_audit)

if os.environ.get("BBICCHECK_GUARD_DEBUG_LOG"):
    import logging

    logging.basicConfig(level=logging.DEBUG, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")

if os.environ.get("BBICCHECK_GUARD_READER_BUG"):
    import bbiccheck.load.readers as _readers

    def _buggy_dispatch(*args, **kwargs):
        return {}["a reader bug"]  # KeyError, as a real bug would raise

    _readers._dispatch = _buggy_dispatch

_log(f"installed {os.getpid()}")
