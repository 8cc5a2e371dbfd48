"""The ``reader`` command as installed: the CLI (``reader.cli``) plus ``gui``, which opens the window.

It sits above both the CLI and the window, so neither imports the other: the CLI stays free of
Qt, and ``gui`` imports the window only when it runs (a machine without Qt's system libraries
still gets every other command, and a clean error for this one).
"""

from __future__ import annotations

import sys
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import click


@cache
def command() -> click.Group:
    """The whole command, ``gui`` included (``reader`` alone runs it).

    Built on first use, not at import: a parse worker started by the ``reader`` script runs the
    script again (``multiprocessing`` re-imports a spawned child's main module), and importing the
    whole CLI there cost each worker ≈ 0.1–0.2 s of CPU it had no use for."""
    from pathlib import Path

    import click

    from reader.cli import cli
    from reader.cli.common import db_option

    @click.command("gui")
    @click.argument("link", required=False)
    @db_option
    @click.pass_context
    def gui(ctx: click.Context, link: str | None, db_path: Path | None) -> None:
        """Open the reader window on the library, optionally at LINK (bulletin-reader://… or a .txt file)."""
        if db_path is None:
            db_path = ctx.find_root().params.get("db_path")
        try:
            from reader.app.main import run
        except ImportError as error:  # PySide6 missing or its system libraries absent
            raise click.ClickException(
                f"the window needs PySide6 and its system libraries: {error}"
            ) from error
        from reader.app.url_handler import hand_over, normalise

        target = normalise(link) if link else None
        if hand_over(target or ""):  # a window is open already: it shows the link (or comes forward)
            return
        ctx.exit(run(db_path, target))

    cli.add_command(gui)
    return cli


def start_window(gui_args: list[str]) -> int:
    """``reader gui …`` in this process; exits with the window's status."""
    command().main(args=gui_args, prog_name="reader")
    return 0


def main() -> None:
    """What ``reader`` and ``bulletin-reader`` run: a link or a text file where a subcommand would be
    (a desktop launcher's ``%u``) goes to the URL handler; anything else is the ordinary CLI."""
    from reader.app.url_handler import launch_argument
    from reader.app.url_handler import main as open_link
    from reader.cli import main as cli_main

    args = sys.argv[1:]
    if launch_argument(args) is not None:
        sys.exit(open_link(args, start_window=start_window))
    command()  # ``gui`` registered
    cli_main()
