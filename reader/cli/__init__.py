"""The ``reader`` command: scripts and the smoke tests rely on its exact contract."""

from __future__ import annotations

import errno
import sqlite3
import sys
from pathlib import Path
from typing import Any

import click

from reader import __version__, filenames
from reader.cli import careers, entities, library, notes, research
from reader.errors import ReaderError
from reader.store.db import library_error


class ReaderGroup(click.Group):
    """Turns user-facing errors into one clean ``Error: …`` line and exit status 1.

    Besides ``ReaderError``: an SQLite condition the store did not map (a safety net,
    mapped the same way), and an ``OSError`` of the environment (writing an export into
    a read-only folder).  Anything else is a bug and keeps its traceback.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ReaderError as error:
            raise click.ClickException(str(error)) from error
        except sqlite3.Error as error:
            mapped = library_error(error)
            if mapped is error:
                raise
            raise click.ClickException(str(mapped)) from error
        except OSError as error:
            if error.errno == errno.EPIPE:
                raise  # `reader issues | head`: click ends quietly
            reason = error.strerror or str(error)
            where = f"{filenames.shown(error.filename)}: " if error.filename else ""
            raise click.ClickException(where + reason) from error


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
        group = ctx.command
        assert isinstance(group, click.Group)
        window = group.get_command(ctx, "gui")  # registered by ``reader.entry``, the installed command
        if window is None:
            click.echo(ctx.get_help())
            return
        ctx.invoke(window, db_path=db_path)


library.register(cli)
entities.register(cli)
notes.register(cli)
research.register(cli)
careers.register(cli)


def main() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    cli(prog_name="reader")
