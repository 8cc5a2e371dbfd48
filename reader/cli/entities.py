"""``reader entities``, ``people``, ``reindex`` and ``entity`` (user corrections)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import click

from reader.cli.common import db_option, echo_json, open_library
from reader.corrections import correct_entity
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
@click.option("--reprints-once", is_flag=True, help="Count a cluster of reprints as one article.")
@db_option
def people_command(kind: str, as_json: bool, as_csv: bool, reprints_once: bool, db_path: Path | None) -> None:
    """The people index: posts, article count, first and last issue date."""
    rows = store.people_index(open_library(db_path), kind=kind, collapse_reprints=reprints_once)
    if as_json:
        echo_json(rows)
    elif as_csv:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["name", "positions", "articles", "first_date", "last_date"])
        for r in rows:
            writer.writerow(
                [r["name"], "; ".join(r["positions"]), r["articles"], r["first_date"], r["last_date"]]
            )
        click.echo(out.getvalue(), nl=False)
    else:
        for r in rows:
            click.echo(f"{r['name']}\t{r['articles']}\t{'、'.join(r['positions'])}")


@click.command("reindex")
@db_option
def reindex_command(db_path: Path | None) -> None:
    """Recompute all entity mentions (after the recogniser or dictionaries changed)."""
    from reader.entities import pipeline  # loads jieba's tables: only when needed

    db = open_library(db_path)
    count = pipeline.reindex(db)
    from reader.careers.update import rebuild  # the ledger's claims read the new mentions

    rebuild(db)
    click.echo(f"reindexed {count} articles")


@click.group("entity")
def entity_group() -> None:
    """Correct the recogniser for the whole library."""


@entity_group.command("reject")
@click.argument("text")
@click.option("--kind", type=KIND, default=None, help="Reject only as this kind.")
@db_option
def reject_command(text: str, kind: str | None, db_path: Path | None) -> None:
    """TEXT is not an entity (of KIND) anywhere; applied at once."""
    correct_entity(open_library(db_path), text, "reject", kind=kind)
    click.echo(f"rejected {text}")


@entity_group.command("add")
@click.argument("text")
@click.option("--kind", type=KIND, required=True, help="The kind TEXT has.")
@db_option
def add_command(text: str, kind: str, db_path: Path | None) -> None:
    """TEXT is an entity of KIND everywhere it appears; applied at once."""
    correct_entity(open_library(db_path), text, "add", kind=kind)
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
