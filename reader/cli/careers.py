"""``reader careers`` (the career ledger, its merges and splits) and ``reader reprints``."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import click

from reader.cli.common import counted, db_option, echo_json, open_library
from reader.errors import BadInputError


def register(cli: click.Group) -> None:
    cli.add_command(careers_group)
    cli.add_command(reprints_command)


@click.group("careers", invoke_without_command=True)
@click.option("--person", default=None, help="Only people whose name contains PERSON.")
@click.option("--post", default=None, help="Only posts containing POST (e.g. 市长).")
@click.option("--csv", "as_csv", is_flag=True, help="One CSV row per claim, CPED-style columns.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per person and post.")
@click.option("--table", "as_table", is_flag=True, help="Posts × years: who held each post when.")
@db_option
@click.pass_context
def careers_group(
    ctx: click.Context,
    person: str | None,
    post: str | None,
    as_csv: bool,
    as_json: bool,
    as_table: bool,
    db_path: Path | None,
) -> None:
    """Who held which post, where and when, with the articles that say so."""
    if ctx.invoked_subcommand is not None:
        return
    if sum((as_csv, as_json, as_table)) > 1:
        raise BadInputError("--csv/--json/--table", "choose one output format")
    from reader.careers.update import load_people

    people = load_people(open_library(db_path), name=person, post=post)
    if as_json:
        echo_json([tenure.as_json() for p in people for tenure in p.tenures])
    elif as_csv:
        click.echo(_csv(people), nl=False)
    elif as_table:
        _print_table(people)
    else:
        for p in people:
            current = {id(t) for t in p.current_posts()}
            for t in p.tenures:
                mark = "*" if id(t) in current else " "
                span = f"{t.first_date or '?'} – {t.last_date or '?'}"
                articles = counted(len(t.article_ids), "article")
                click.echo(f"{mark} {p.person_id}\t{t.post}\t{t.place or ''}\t{span}\t{articles}")


def _csv(people: list) -> str:
    from reader.careers.ledger import CSV_COLUMNS, FLAGS
    from reader.links import article_url

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for person in people:
        claims = sorted(
            (c for t in person.tenures for c in t.claims), key=lambda c: (c.date or "", c.claim_id)
        )
        for number, c in enumerate(claims, start=1):
            end = c.date if c.kind == "removal" else ""
            writer.writerow(
                [
                    person.person_id,
                    person.name,
                    number,
                    c.date or "",
                    end,
                    c.place or "",
                    c.organisation or "",
                    c.post,
                    c.printed,
                    FLAGS[c.kind],
                    c.article_id,
                    c.title,
                    c.publication or "",
                    article_url(c.article_key),
                ]
            )
    return out.getvalue()


def _print_table(people: list) -> None:
    from reader.careers.ledger import posts_by_period

    table = posts_by_period(people)
    for (post, place), years in sorted(table.items(), key=lambda item: (item[0][1] or "", item[0][0])):
        cells = "  ".join(f"{year}: {'、'.join(names)}" for year, names in sorted(years.items()))
        click.echo(f"{place or '?'}\t{post}\t{cells}")


def _unit(text: str) -> tuple[str, str | None]:
    from reader.careers.identity import parse_person_id

    return parse_person_id(text)


@careers_group.command("merge")
@click.argument("person")
@click.argument("other")
@db_option
def merge_command(person: str, other: str, db_path: Path | None) -> None:
    """PERSON and OTHER (NAME@PLACE, as `reader careers` prints them) are one person."""
    from reader.store import careers as store

    db = open_library(db_path)
    with db.atomic():
        store.add_correction(db, "merge", _unit(person), _unit(other))
    click.echo(f"merged {other} into {person}")


@careers_group.command("split")
@click.argument("person")
@click.argument("other")
@db_option
def split_command(person: str, other: str, db_path: Path | None) -> None:
    """PERSON (NAME@PLACE) is not the same person as OTHER: take it out on its own."""
    from reader.store import careers as store

    db = open_library(db_path)
    with db.atomic():
        store.add_correction(db, "split", _unit(person), _unit(other))
    click.echo(f"split {person} from {other}")


@careers_group.command("rebuild")
@db_option
def rebuild_command(db_path: Path | None) -> None:
    """Recompute every claim from the articles and their mentions (merges and splits are kept)."""
    from reader.careers.update import rebuild

    click.echo(f"rebuilt the claims of {counted(rebuild(open_library(db_path)), 'article')}")


@click.command("reprints")
@click.option(
    "--min-similarity",
    type=click.FloatRange(0.0, 1.0),
    default=0.8,
    show_default=True,
    help="Share of characters two versions have in common (0.8 at least: what counts as a reprint).",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per cluster.")
@click.option("--rebuild", is_flag=True, help="Index the whole library again first.")
@db_option
def reprints_command(min_similarity: float, as_json: bool, rebuild: bool, db_path: Path | None) -> None:
    """Clusters of articles that are the same story (reprints, wire copy, small edits)."""
    from reader.reprints import index
    from reader.reprints.detect import THRESHOLD
    from reader.store import reprints as store_reprints

    if min_similarity < THRESHOLD:
        raise BadInputError(
            "--min-similarity", f"pairs below {THRESHOLD} are not kept; use {THRESHOLD} or more"
        )
    db = open_library(db_path)
    if rebuild:
        index.rebuild(db)
    else:  # articles no import has indexed yet (a library from before the index): index them first
        from reader.derived import update_reprints

        update_reprints(db, [])
    clusters = index.library_clusters(db, min_similarity)
    if as_json:
        echo_json(
            [
                {
                    "article_ids": c.article_ids,
                    "similarity": c.similarity,
                    "first_published": c.first_published,
                    "original_article_id": c.original_article_id,
                }
                for c in clusters
            ]
        )
        return
    if not clusters:
        click.echo(f"No reprints: no two articles are {min_similarity * 100:g}% alike or more.")
        return
    titles = store_reprints.member_titles(db)
    for c in clusters:
        click.echo(
            f"{len(c.article_ids)} articles, {c.similarity:.0%} alike at least, first {c.first_published or '?'}"  # noqa: E501
        )
        for article_id in c.article_ids:
            mark = "*" if article_id == c.original_article_id else " "
            click.echo(f"  {mark} {article_id}\t{titles.get(article_id, '')}")
