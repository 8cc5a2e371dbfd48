"""One window per user: a second launch hands its link to the running app and exits.

Desktops start a fresh process for every ``bulletin-reader://…`` link a user clicks in an
exported note.  The first process listens on a per-user local socket (a Unix socket in the
temp folder, a named pipe on Windows); a later process connects, sends one line, waits for the
running app to acknowledge it, and exits.  If the app crashed, its socket file is left
behind: nobody answers on it, so it is removed and the new process takes over.

Wire format, one connection per message: the UTF-8 text and ``\\n`` from the client; ``ok\\n``
back from the server once :attr:`SingleInstance.link_received` has been emitted.  An empty
message means "the user launched the app again without a link": bring the window forward.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import re

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ENV_NAME = "BULLETIN_READER_INSTANCE"
"""Overrides the socket name: tests, or deliberately running two independent instances."""

ACK = b"ok\n"
MAX_MESSAGE = 64 * 1024  # a link is a few hundred bytes; anything longer is not ours


def default_server_name() -> str:
    """A per-user name, so two people on one machine never hand links to each other."""
    override = os.environ.get(ENV_NAME, "").strip()
    if override:
        return override
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers) and no $USER
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    safe = re.sub(r"[^A-Za-z0-9_.-]", "", user)[:32]
    digest = hashlib.sha1(user.encode("utf-8")).hexdigest()[:8]
    return f"bulletin-reader-{safe}-{digest}"


def send_message(message: str, name: str | None = None, timeout_ms: int = 2000) -> bool:
    """Give ``message`` to the running instance; True once it acknowledged receipt.

    False when no instance listens (nothing running, or a stale socket left by a crash) or it
    did not answer within ``timeout_ms``: the caller then starts the app itself.  Needs no
    QCoreApplication, so it can run before the caller decides to create a QApplication.
    """
    if "\n" in message:
        raise ValueError(f"a single-instance message is one line, got {message!r}")
    socket = QLocalSocket()
    socket.connectToServer(name or default_server_name())
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(message.encode("utf-8") + b"\n")
    if not socket.waitForBytesWritten(timeout_ms):
        socket.abort()
        return False
    reply = b""
    while not reply.endswith(b"\n") and socket.waitForReadyRead(timeout_ms):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply == ACK


def is_listening(name: str, timeout_ms: int = 500) -> bool:
    """Whether a live process accepts connections on ``name`` (a stale socket file does not)."""
    probe = QLocalSocket()
    probe.connectToServer(name)
    alive = probe.waitForConnected(timeout_ms)
    probe.abort()
    return alive


class SingleInstance(QObject):
    """The listening side, owned by the first process; the window connects to its signals."""

    link_received = Signal(str)
    activation_requested = Signal()

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or default_server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Become the instance; False when another live process already is.

        The probe comes first: with ``UserAccessOption`` Qt binds through a private temp
        folder and renames over an existing socket file, which would silently steal a live
        instance's name.  A name that is taken but where nobody answers is a crashed
        instance's leftover: it is removed (``QLocalServer.removeServer``) and listening is
        tried once more.
        """
        if self._server.isListening():
            return True
        if is_listening(self.name):
            return False
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def full_server_name(self) -> str:
        """The socket path (Unix) or pipe name (Windows), for error messages."""
        return self._server.fullServerName()

    def close(self) -> None:
        """Stop listening; Qt removes the socket file so the next launch starts cleanly."""
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE:
                socket.abort()
                self._forget(socket)
            else:
                self._buffers[socket] = data
            return
        line, _, _ = data.partition(b"\n")
        self._buffers[socket] = b""
        message = line.decode("utf-8", errors="replace").strip()
        if message:
            self.link_received.emit(message)
        else:
            self.activation_requested.emit()
        socket.write(ACK)
        socket.flush()
        socket.disconnectFromServer()

    def _forget(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is not None:
            socket.deleteLater()
