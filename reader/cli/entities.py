"""``reader entities``, ``people``, ``reindex`` and ``entity`` (user corrections)."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from sqlite_utils import Database

from reader.cli.common import counted, db_option, echo_json, on_terminal, open_library
from reader.corrections import correct
from reader.entities.kinds import KINDS
from reader.store import entities as store
from reader.store.articles import field_texts

KIND = click.Choice(KINDS)


def register(cli: click.Group) -> None:
    for command in (entities_command, people_command, reindex_command, entity_group):
        cli.add_command(command)


@click.command("entities")
@click.option("--kind", type=KIND, default=None, help="Only this kind.")
@click.option("--article", "article_id", type=int, default=None, help="Only this article id.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@db_option
def entities_command(kind: str | None, article_id: int | None, as_json: bool, db_path: Path | None) -> None:
    """List entity mentions with their field and offsets."""
    db = open_library(db_path)
    rows = [
        {
            "article_id": r["article_id"],
            "kind": r["kind"],
            "text": r["entity"],
            "field": r["field"],
            "start": r["start"],
            "end": r["end"],
        }
        for r in store.list_mentions(db, article_id=article_id, kind=kind)
    ]
    fields: dict[int, dict[str, str]] = {}
    for row in rows:  # the exact printed span (padded names keep their space)
        if row["article_id"] not in fields:
            fields[row["article_id"]] = field_texts(db, row["article_id"])
        row["text"] = fields[row["article_id"]][row["field"]][row["start"] : row["end"]]
    if as_json:
        echo_json(rows)
        return
    for row in rows:
        click.echo(
            f"{row['article_id']}\t{row['kind']}\t{row['text']}\t{row['field']}:{row['start']}-{row['end']}"
        )


@click.command("people")
@click.option("--kind", type=KIND, default="person", help="person (default), place or organization.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV.")
@db_option
def people_command(kind: str, as_json: bool, as_csv: bool, db_path: Path | None) -> None:
    """The people index: posts, article count, first and last issue date.

    A name printed in both scripts (林鄭月娥, 林郑月娥) is one row; CSV and JSON list the other printings."""
    rows = store.people_index(open_library(db_path), kind=kind)
    if as_json:
        echo_json(rows)
    elif as_csv:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["name", "positions", "articles", "first_date", "last_date", "also_printed"])
        for r in rows:
            writer.writerow(
                [
                    r["name"],
                    "; ".join(r["positions"]),
                    r["articles"],
                    r["first_date"],
                    r["last_date"],
                    "; ".join(r["variants"]),
                ]
            )
        click.echo(out.getvalue(), nl=False)
    else:
        for r in rows:
            click.echo(f"{r['name']}\t{r['articles']}\t{'、'.join(r['positions'])}")


@click.command("reindex")
@click.option("--all", "everything", is_flag=True, help="Recompute every article, not only the queued ones.")
@db_option
def reindex_command(everything: bool, db_path: Path | None) -> None:
    """Tag the articles waiting for the recogniser (all of them after the recogniser changed)."""
    from reader.entities import pipeline  # loads the model and jieba's tables: only when needed

    db = open_library(db_path)
    with _bar("Tagging") as progress:
        count = pipeline.reindex(db, progress, everything=everything)
    click.echo(f"reindexed {counted(count, 'article')}")


def tag_queued(db: Database) -> int:
    """Tag whatever the import queued (and anything an earlier run left queued), with a progress bar."""
    from reader.entities import pipeline

    with _bar("Tagging entities") as progress:
        return pipeline.tag_pending(db, progress)


@contextmanager
def _bar(label: str) -> Iterator[Callable[[int, int], None]]:
    """A progress callback drawing a bar on a terminal (stderr), silent otherwise."""
    state: dict[str, Any] = {}

    def progress(done: int, total: int) -> None:
        if not on_terminal():
            return
        if "bar" not in state:
            state["bar"] = click.progressbar(length=total, label=label, file=sys.stderr)
            state["bar"].__enter__()
        bar = state["bar"]
        bar.length = max(bar.length or 0, total)
        bar.update(done - bar.pos)

    try:
        yield progress
    finally:
        if "bar" in state:
            state["bar"].__exit__(None, None, None)


@click.group("entity")
def entity_group() -> None:
    """Correct the recogniser for the whole library."""


@entity_group.command("reject")
@click.argument("text")
@click.option("--kind", type=KIND, default=None, help="Reject only as this kind.")
@db_option
def reject_command(text: str, kind: str | None, db_path: Path | None) -> None:
    """TEXT is not an entity (of KIND) anywhere; applied at once."""
    correct(open_library(db_path), text, "reject", kind=kind)
    click.echo(f"rejected {text}")


@entity_group.command("add")
@click.argument("text")
@click.option("--kind", type=KIND, required=True, help="The kind TEXT has.")
@db_option
def add_command(text: str, kind: str, db_path: Path | None) -> None:
    """TEXT is an entity of KIND everywhere it appears; applied at once."""
    correct(open_library(db_path), text, "add", kind=kind)
    click.echo(f"added {text} as {kind}")


@entity_group.command("corrections")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@db_option
def corrections_command(as_json: bool, db_path: Path | None) -> None:
    """List the corrections kept in the library."""
    rows = store.list_corrections(open_library(db_path))
    if as_json:
        echo_json(rows)
        return
    for r in rows:
        click.echo(f"{r['id']}\t{r['action']}\t{r['text']}\t{r['kind'] or ''}\t{r['scope']}")
