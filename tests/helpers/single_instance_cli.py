"""A real second process for the single-instance tests: listen and record links, or send one.

``python -m tests.helpers.single_instance_cli [--name N] serve --record FILE [--ready FILE]`` listens
like the app's first process; ``... send [LINK]`` hands a link over like a later launch.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from reader.app.single_instance import ENV_NAME, SingleInstance, default_server_name, send_message


def _serve(name: str, record: Path, ready: Path | None) -> int:
    """Listen until SIGTERM, appending each link to ``record``: a real second process for tests."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    instance = SingleInstance(name)
    if not instance.listen():
        print(f"another instance is already listening on {name}", file=sys.stderr)
        return 1

    def keep(link: str) -> None:
        with record.open("a", encoding="utf-8") as out:
            out.write(link + "\n")

    instance.link_received.connect(keep)
    instance.activation_requested.connect(lambda: keep("<activate>"))
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    ticker = QTimer()  # lets Python run its signal handlers while Qt's loop is idle
    ticker.start(100)
    ticker.timeout.connect(lambda: None)
    if ready is not None:
        ready.write_text(instance.full_server_name(), encoding="utf-8")
    status = app.exec()
    instance.close()
    return status


def main(argv: list[str] | None = None) -> int:
    """``python -m tests.helpers.single_instance_cli serve|send``: a minimal listener and sender."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.helpers.single_instance_cli", description=main.__doc__
    )
    parser.add_argument("--name", default=None, help=f"socket name (default: per user, or ${ENV_NAME})")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="listen and append each received link to a file")
    serve.add_argument("--record", type=Path, required=True)
    serve.add_argument("--ready", type=Path, default=None, help="file written once listening")
    send = commands.add_parser("send", help="hand a link to the running instance")
    send.add_argument("link", nargs="?", default="")
    args = parser.parse_args(argv)
    name = args.name or default_server_name()
    if args.command == "serve":
        return _serve(name, args.record, args.ready)
    if send_message(args.link, name):
        return 0
    print(f"no running instance answered on {name}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
