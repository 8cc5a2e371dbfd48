"""The ``reader`` command: scripts and the smoke tests rely on its exact contract."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from reader import __version__
from reader.cli import careers, entities, gui, library, notes
from reader.errors import ReaderError


class ReaderGroup(click.Group):
    """Turns user-facing errors into one clean ``Error: …`` line and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ReaderError as error:
            raise click.ClickException(str(error)) from error


@click.group(
    cls=ReaderGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.version_option(__version__, "--version", prog_name="reader", message="%(prog)s %(version)s")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Library file to use (default: $READER_DB, else the per-user data folder).",
)
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None) -> None:
    """Bulletin Reader: import, read, search and annotate Chinese bulletins."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(gui.gui, db_path=db_path)


library.register(cli)
entities.register(cli)
notes.register(cli)
gui.register(cli)
careers.register(cli)


def main() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    cli(prog_name="reader")
