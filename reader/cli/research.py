"""Research commands: ``reader kwic`` (concordance), ``reader trend`` (over time), ``reader saved``."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from reader.cli.common import counted, db_option, echo_json, open_library, require_query
from reader.errors import ReaderError
from reader.research import kwic as kwic_lines
from reader.research import trend as trend_table
from reader.research.filters import Filters
from reader.research.queries import concordance, saved_counts, trend
from reader.store import research as store_research

F = TypeVar("F", bound=Callable[..., Any])


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        Filters(date_from=value)
    except ReaderError as error:
        raise click.BadParameter(str(error)) from error
    return value


def filter_options(command: F) -> F:
    """The search panel's filters, plus variant folding, on every research command."""
    options = [
        click.option("--from", "date_from", callback=_date, help="Issues dated on or after YYYY-MM-DD."),
        click.option("--to", "date_to", callback=_date, help="Issues dated on or before YYYY-MM-DD."),
        click.option("--section", default=None, help="Only articles in this section (栏目)."),
        click.option("--tag", default=None, help="Only articles carrying this tag."),
        click.option("--issue", "issue_id", type=int, default=None, help="Only this issue's articles."),
        click.option(
            "--fold-variants/--exact-variants",
            default=True,
            show_default=True,
            help="Match simplified and traditional forms alike, where the search index folds them.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _filters(
    date_from: str | None, date_to: str | None, section: str | None, tag: str | None, issue_id: int | None
) -> Filters:
    return Filters(date_from=date_from, date_to=date_to, section=section, tag=tag, issue_id=issue_id)


@click.command("kwic")
@click.argument("query")
@click.option("--width", type=click.IntRange(min=0, max=500), default=kwic_lines.DEFAULT_WIDTH,
              show_default=True, help="Characters of context on each side.")  # fmt: skip
@click.option("--sort", "sort", type=click.Choice(kwic_lines.SORTS), default="date", show_default=True,
              help="date: oldest first; left/right: by the context nearest the match; "
              "source: by publication.")  # fmt: skip
@click.option(
    "--csv", "as_csv", is_flag=True, help="CSV with a header row (" + ",".join(kwic_lines.CSV_COLUMNS) + ")."
)
@click.option("--json", "as_json", is_flag=True, help="A JSON array, one object per occurrence.")
@filter_options
@db_option
def kwic_command(
    query: str,
    width: int,
    sort: kwic_lines.Sort,
    as_csv: bool,
    as_json: bool,
    date_from: str | None,
    date_to: str | None,
    section: str | None,
    tag: str | None,
    issue_id: int | None,
    fold_variants: bool,
    db_path: Path | None,
) -> None:
    """Concordance: every occurrence of QUERY with its context, the way search matches it.

    Space-separated terms must all occur in an article; each term's occurrences
    are listed.  Full-width and half-width forms, and letter case, match alike.
    """
    if as_csv and as_json:
        raise click.UsageError("choose one of --csv and --json")
    result = concordance(
        open_library(db_path),
        require_query(query),
        width=width,
        filters=_filters(date_from, date_to, section, tag, issue_id),
        fold_variants=fold_variants,
        sort=sort,
    )
    # a line comes back None when its article changed after the count (another process wrote)
    lines = [line for line in result.occurrences if line is not None]
    if as_json:
        echo_json(list(kwic_lines.iter_dicts(lines)))
        return
    if as_csv:
        kwic_lines.write_csv(lines, sys.stdout)
        return
    for item in lines:
        date = item.article.issue_date or "undated"
        where = f"[{item.article.article_id} {item.article.source}]"
        click.echo(f"{date:<10}  {kwic_lines.aligned(item, width)}   {where}")
    click.echo(result.summary() if result.occurrences else f"No article contains {query!r}.")


@click.command("trend")
@click.argument("queries", nargs=-1, required=True)
@click.option("--by", "by", type=click.Choice(trend_table.GRANULARITIES), default="month", show_default=True)
@click.option("--csv", "as_csv", is_flag=True, help="CSV: " + ",".join(trend_table.CSV_COLUMNS) + ".")
@click.option("--json", "as_json", is_flag=True, help="JSON: rows per period, and per query totals, "
              "first and last appearance and publications.")  # fmt: skip
@click.option(
    "--per-publication", is_flag=True, help="With --csv: one row per period, query and publication."
)
@filter_options
@db_option
def trend_command(
    queries: tuple[str, ...],
    by: trend_table.Granularity,
    as_csv: bool,
    as_json: bool,
    per_publication: bool,
    date_from: str | None,
    date_to: str | None,
    section: str | None,
    tag: str | None,
    issue_id: int | None,
    fold_variants: bool,
    db_path: Path | None,
) -> None:
    """Phrases over time: occurrences and articles of each QUERY per day, month or year.

    per_10k_chars is occurrences per 10,000 characters of all text published in
    the period (under the same filters), so busy months do not look like trends.
    Quote a query with spaces ("项目 建设") to require both terms in an article.
    """
    if as_csv and as_json:
        raise click.UsageError("choose one of --csv and --json")
    if per_publication and not as_csv:
        raise click.UsageError("--per-publication goes with --csv")
    result = trend(
        open_library(db_path),
        queries,
        by=by,
        filters=_filters(date_from, date_to, section, tag, issue_id),
        fold_variants=fold_variants,
    )
    if as_json:
        echo_json(result.as_dict())
        return
    if as_csv:
        trend_table.write_csv(result, sys.stdout, per_publication=per_publication)
        return
    _print_trend(result)


def _print_trend(result: trend_table.Trend) -> None:
    click.echo(f"{'period':<10}  {'query':<12}{'occurrences':>12}{'articles':>10}{'per 10k chars':>15}")
    for row in result.rows:
        if row.occurrences or row.period == result.periods[0] or row.period == result.periods[-1]:
            counts = f"{row.occurrences:>12}{row.articles:>10}{row.per_10k_chars:>15.3f}"
            click.echo(f"{row.period:<10}  {_cell(row.query, 12)}{counts}")
    click.echo("(periods without any occurrence are left out here; --csv and --json list them)")
    for summary in result.summaries:
        click.echo()
        found = f"{counted(summary.occurrences, 'occurrence')} in {counted(summary.articles, 'article')}"
        click.echo(f"{summary.query}: {found}")
        for label, seen in (("first", summary.first), ("last", summary.last)):
            if seen is not None:
                click.echo(f"  {label}: {seen.issue_date}  {seen.title}  [{seen.article_id} {seen.source}]")
        for row in summary.publications:
            name = row.publication or "(publication unknown)"
            rate = f"{row.per_10k_chars:.3f} per 10k chars"
            click.echo(f"  {name}: {row.occurrences} in {counted(row.articles, 'article')}, {rate}")


def _cell(text: str, width: int) -> str:
    return text + " " * max(1, width - kwic_lines.display_width(text))


@click.group("saved")
def saved_group() -> None:
    """Saved searches: a query with its filters, kept by name, counted afresh each time."""


@saved_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@db_option
def saved_list(as_json: bool, db_path: Path | None) -> None:
    """Saved searches with the number of articles each finds now."""
    rows = saved_counts(open_library(db_path))
    if as_json:
        echo_json(
            [
                {
                    "name": saved.name,
                    "query": saved.query,
                    "filters": Filters.from_json(saved.filters).to_dict(),
                    "fold_variants": saved.fold_variants,
                    "articles": count,
                }
                for saved, count in rows
            ]
        )
        return
    if not rows:
        click.echo("No saved searches. Save one with: reader saved add NAME QUERY")
    for saved, count in rows:
        described = Filters.from_json(saved.filters).describe()
        click.echo(f"{count:>7}  {saved.name}  “{saved.query}”" + (f"  ({described})" if described else ""))


@saved_group.command("add")
@click.argument("name")
@click.argument("query")
@click.option("--replace", is_flag=True, help="Overwrite a saved search of the same name.")
@filter_options
@db_option
def saved_add(
    name: str,
    query: str,
    replace: bool,
    date_from: str | None,
    date_to: str | None,
    section: str | None,
    tag: str | None,
    issue_id: int | None,
    fold_variants: bool,
    db_path: Path | None,
) -> None:
    """Save QUERY with the given filters as NAME."""
    filters = _filters(date_from, date_to, section, tag, issue_id)
    saved = store_research.save_search(
        open_library(db_path), name, query, filters.to_json(), fold_variants=fold_variants, replace=replace
    )
    click.echo(f"saved: {saved.name} “{saved.query}”")


@saved_group.command("remove")
@click.argument("name")
@db_option
def saved_remove(name: str, db_path: Path | None) -> None:
    """Forget the saved search NAME."""
    saved = store_research.delete_saved(open_library(db_path), name)
    click.echo(f"removed: {saved.name} “{saved.query}”")


def register(cli: click.Group) -> None:
    for command in (kwic_command, trend_command, saved_group):
        cli.add_command(command)
