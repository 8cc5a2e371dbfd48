"""Child processes that answer requests over a pipe: parsing ahead of an import, recognising entities.

Processes, not threads, for pure-Python work: a thread would hold the GIL against the writer and the
window's event loop (loading jieba's dictionary alone holds it for most of a second).  "spawn", not
fork, so they are safe to start from inside the threaded Qt app.  Plain processes and pipes rather
than ``ProcessPoolExecutor``: when one of its workers is killed the pool's clean-up can hang its owner;
here a dead child is simply an end of file on the pipe.  A child exits as soon as its parent is gone.

Parse workers on Linux are forked from a *fork server* (``multiprocessing``'s "forkserver"): one
clean process, itself started like a spawned child, imports a module given once (for parse workers
``reader.parse_server``) and forks each worker from there.  Spawned afresh, every worker imported
the importer, numpy and the store (0.3–0.6 s of CPU each); forked, two workers cost one import,
and a window's later imports none.  The server is single-threaded and exec'd, so this stays safe
from the threaded Qt app.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import queue
import signal
import struct
import sys
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from typing import Any

Handler = Callable[[Any], Any]


def watch_parent(parent_pid: int) -> None:
    """Child start-up: exit as soon as the parent is gone, however it died.

    On Linux the kernel sends SIGKILL when the parent dies (``PR_SET_PDEATHSIG``); elsewhere,
    and as a fallback, a thread notices the child was re-parented.  Ctrl+C is the parent's
    to handle: the child ignores it instead of printing a traceback of its own.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(0.25)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def serve(conn: Connection, parent_pid: int | None, handler: Handler, niceness: int = 0) -> None:
    """The child's loop: answer each request with ``handler(request)`` (or the exception it raised)
    until the request is ``None`` or the pipe closes; ``niceness`` is added to the child's (``os.nice``)
    before any of its threads start, so they all run at it.  ``parent_pid`` is ``None`` for a child
    forked by the fork server: its parent is the server, which exits with the process that asked.

    Answers are pickled here and written by a thread of their own, so the child goes on with the
    next request while its parent is busy elsewhere: a big answer (a parsed file is a few hundred
    KB) no longer holds the child in ``send`` until the parent reads it.  The parent bounds how
    far ahead a child runs by how many requests it has sent.
    """
    if niceness:
        with contextlib.suppress(OSError, AttributeError):  # no ``os.nice`` on Windows
            os.nice(niceness)
    watch_parent(os.getppid() if parent_pid is None else parent_pid)
    outbox: queue.SimpleQueue[memoryview] = queue.SimpleQueue()
    threading.Thread(target=_send_answers, args=(conn, outbox), name="answers", daemon=True).start()
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        try:
            answer: object = handler(request)
        except Exception as error:
            answer = error
        outbox.put(_pickled(answer))


def _pickled(answer: object) -> memoryview:
    """The answer pickled, as a view of the pickler's own buffer (sent as it is: no copy to ``bytes``)."""
    try:
        return ForkingPickler.dumps(answer, pickle.HIGHEST_PROTOCOL)
    except Exception as error:  # an answer or exception that does not pickle: its text still does
        return ForkingPickler.dumps(RuntimeError(f"{type(error).__name__}: {error}"))


def _send_answers(conn: Connection, outbox: queue.SimpleQueue[memoryview]) -> None:
    """Write the answers in order; the writes wait (without the GIL) for the parent to read."""
    while True:
        try:
            conn.send_bytes(outbox.get())
        except OSError:  # the parent is gone: ``watch_parent`` ends the process
            return


_SIZE = struct.Struct("!i")  # ``Connection.send_bytes``' framing: the length, or -1 and then …
_LONG_SIZE = struct.Struct("!Q")  # … the length of a message over 2 GiB
KEPT_BUFFER = 16 * 2**20
"""Answers up to this size are read into a buffer each child keeps (larger ones into their own)."""


def _safe_path() -> None:
    """Children never look for modules in the working folder.

    A child starts as ``python -c …``, which puts the working folder first on ``sys.path``; the fork
    server of Python 3.11 keeps it there when it imports ``reader`` (it drops the caller's path).  Run
    from a folder of downloaded files, a ``reader.py`` or ``multiprocessing.py`` in it would be run in
    place of the program's own.  ``PYTHONSAFEPATH`` (Python 3.11's ``-P``) tells the children's
    interpreters to leave the working folder out; the program itself finds its modules where it was
    installed."""
    os.environ["PYTHONSAFEPATH"] = "1"


def _forked_from_server(preload: str) -> bool:
    """Whether a child is forked by the fork server (whose first use starts it, importing ``preload``
    once) rather than spawned: Linux only, and not in the frozen app, whose executable starts
    children its own way (``multiprocessing.freeze_support``)."""
    if not sys.platform.startswith("linux") or getattr(sys, "frozen", False):
        return False
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    # not "__main__": Python 3.11's server never receives the main module's path, so each child still
    # runs the caller's script again as ``__mp_main__`` (``reader.entry`` keeps that import cheap)
    multiprocessing.get_context("forkserver").set_forkserver_preload([preload])
    return True


class Child:
    """One process running ``serve`` with ``handler`` (a module-level function, so it pickles): spawned,
    or, given ``fork_server`` (a module, which the server imports before it forks: its import can
    build what every child would otherwise build), forked from the fork server where there is one."""

    def __init__(
        self, handler: Handler, name: str, niceness: int = 0, *, fork_server: str | None = None
    ) -> None:
        _safe_path()
        forked = fork_server is not None and _forked_from_server(fork_server)
        context = multiprocessing.get_context("forkserver" if forked else "spawn")
        self.conn, child_end = context.Pipe()
        parent = None if forked else os.getpid()
        self.process = context.Process(  # type: ignore[attr-defined]
            target=serve, args=(child_end, parent, handler, niceness), name=name, daemon=True
        )
        self.process.start()
        child_end.close()
        self._buffer = bytearray()

    def recv(self) -> Any:
        """The next answer (or the exception the handler raised, as an object): ``conn.recv()``, cheaper.

        ``Connection.recv`` reads a message in pieces into a ``BytesIO``, copies it out and unpickles
        the copy: for a parsed file (about five times the size of the file) that costs the single
        writer more than unpickling.  Here the message is read straight into a buffer kept from one
        answer to the next and unpickled from there.  ``EOFError`` or ``OSError``: the child died.
        """
        if not hasattr(os, "readv"):  # Windows: its pipes are not file descriptors
            return self.conn.recv()
        fd = self.conn.fileno()
        (size,) = _SIZE.unpack(_read(fd, bytearray(_SIZE.size)))
        if size == -1:
            (size,) = _LONG_SIZE.unpack(_read(fd, bytearray(_LONG_SIZE.size)))
        if size > KEPT_BUFFER:
            return pickle.loads(_read(fd, bytearray(size)))
        if len(self._buffer) < size:
            self._buffer = bytearray(size)
        with memoryview(self._buffer)[:size] as view:
            return pickle.loads(_read(fd, view))

    def ask(self, request: Any) -> Any:
        """Send one request and wait for its answer (the wait releases the GIL); re-raise what it raised.

        ``EOFError`` or ``OSError`` means the child died."""
        self.conn.send(request)
        answer = self.recv()
        if isinstance(answer, Exception):
            raise answer
        return answer

    def request_stop(self) -> None:
        """Ask the child to stop after the request in hand (several children can be asked at once)."""
        with contextlib.suppress(OSError):  # already gone
            self.conn.send(None)

    def close(self) -> None:
        """Stop the child; kill it when it has not stopped within two seconds."""
        self.request_stop()
        self.process.join(timeout=2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=2)
        self.conn.close()


def _read(fd: int, into: bytearray | memoryview) -> bytearray | memoryview:
    """Fill ``into`` from ``fd``; ``EOFError`` when the other end closed first."""
    view, done = memoryview(into), 0
    with view:
        while done < len(view):
            count = os.readv(fd, [view[done:]])
            if count == 0:
                raise EOFError
            done += count
    return into
