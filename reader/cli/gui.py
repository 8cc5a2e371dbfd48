"""``reader gui`` (and ``reader`` alone): open the window.  Qt is imported only when this runs."""

from __future__ import annotations

from pathlib import Path

import click

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
        raise click.ClickException(f"the window needs PySide6 and its system libraries: {error}") from error
    from reader.app.url_handler import hand_over, normalise

    target = normalise(link) if link else None
    if hand_over(target or ""):  # a window is open already: it shows the link (or comes forward)
        return
    ctx.exit(run(db_path, target))


def register(cli: click.Group) -> None:
    cli.add_command(gui)
