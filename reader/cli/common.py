"""Pieces every command shares: the ``--db`` option, opening the library, JSON output."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from sqlite_utils import Database

from reader.dates import iso_date
from reader.store import open_db
from reader.store.db import default_db_path, needs_upgrade

F = TypeVar("F", bound=Callable[..., Any])


def db_option(command: F) -> F:
    """``--db PATH`` on every command; ``$READER_DB`` and then the per-user data folder otherwise."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Library file to use (default: $READER_DB, else the per-user data folder).",
    )(command)


def iso_date_option(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """A click callback: a date option's value as ``YYYY-MM-DD``, or a usage error naming it."""
    if value is None:
        return None
    try:
        return iso_date(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from error


def counted(count: int, noun: str) -> str:
    """``1 article``, ``2 articles``: the CLI's counts in plain English (nouns here take an s)."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def require_query(query: str) -> str:
    """``query`` when it holds something to find; an empty one is a usage error (exit 2), not "no article"."""
    if not query.split():  # str.split: U+3000 is white space too
        raise click.UsageError("the query is empty: give the text to find, e.g. 高质量发展")
    return query


def open_library(db_path: Path | None) -> Database:
    """The library of ``--db`` (the command's or the group's); closed when the command ends."""
    ctx = click.get_current_context(silent=True)
    if db_path is None and ctx is not None and ctx.find_root().params.get("db_path"):
        db_path = ctx.find_root().params["db_path"]
    path = Path(db_path).expanduser() if db_path is not None else default_db_path()
    if needs_upgrade(path):
        click.echo(
            f"upgrading the library {path} to this version's format: a backup copy is written "
            "beside it first; a large library takes a few minutes",
            err=True,
        )
    db = open_db(path)
    if ctx is not None:
        ctx.call_on_close(db.conn.close)
    return db


def echo_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


def on_terminal() -> bool:
    return sys.stderr.isatty()
