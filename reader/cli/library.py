"""Commands over the library itself: import, list, show, search, edit."""

from __future__ import annotations

from pathlib import Path

import click

from reader import filenames, ingest
from reader.cli import versions
from reader.cli.common import (
    counted,
    db_option,
    echo_json,
    iso_date_option,
    on_terminal,
    open_library,
    require_query,
)
from reader.store import articles as article_store
from reader.store import issues as issue_store
from reader.store import search as search_store


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--entities/--no-entities",
    default=True,
    show_default=True,
    help="Find people, places, organisations… in the new articles before returning "
    "(without: they stay queued for `reader reindex` or the window).",
)
@click.option(
    "--as-version-of",
    "version_of",
    type=int,
    default=None,
    metavar="ID",
    help="The file is a corrected copy of issue ID: make it that issue's newest version.",
)
@db_option
def import_command(
    paths: tuple[Path, ...], entities: bool, version_of: int | None, db_path: Path | None
) -> None:
    """Import bulletin text files, or folders of them (*.txt, *.md, *.html; recursively).

    Exit status 0 when every file imported or was unchanged, 1 when any failed.
    """
    db = open_library(db_path)
    if version_of is not None:
        versions.check_target(db, paths, version_of)

    def progress(done: int, total: int, path: Path) -> None:
        if on_terminal() and done < total:
            click.echo(f"\r[{done + 1}/{total}] {filenames.shown(path.name)}\033[K", nl=False, err=True)

    report = ingest.import_paths(db, paths, progress=progress)
    if on_terminal():
        click.echo("\r\033[K", nl=False, err=True)
    if entities:
        from reader.cli.entities import tag_queued  # the model and jieba's tables load only when needed

        tag_queued(db)
    for outcome in report.outcomes:
        if outcome.status == "failed":
            click.echo(f"failed: {outcome.shown}: {outcome.reason}", err=True)
        elif version_of is not None:
            click.echo(versions.as_version(db, outcome, version_of))
        elif outcome.status == "unchanged":
            click.echo(f"unchanged: {outcome.shown} (already in the library as issue {outcome.issue_id})")
        else:
            articles = counted(outcome.articles, "article")
            click.echo(f"{outcome.status}: {outcome.shown} → issue {outcome.issue_id}, {articles}")
        for warning in outcome.warnings:  # stderr: it names its file, as the outcome line may go elsewhere
            click.echo(f"warning: {outcome.shown}: {warning}", err=True)
    click.echo(report.summary())
    if version_of is None:
        versions.warn_duplicates(db, report)
    if entities:
        from reader.entities.pipeline import needs_reindex

        if needs_reindex(db):
            click.echo(
                "note: the entity recogniser changed since this library was indexed; "
                "run `reader reindex` to update the older articles",
                err=True,
            )
    if report.failed:
        raise SystemExit(1)


@click.command("issues")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array.")
@db_option
def issues_command(as_json: bool, db_path: Path | None) -> None:
    """List the issues in the library, newest first."""
    rows = issue_store.list_issues(open_library(db_path))
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo("The library is empty. Import files with: reader import PATH...")
        return
    for row in rows:
        date = row["issue_date"] or "undated"
        articles = counted(row["article_count"], "article")
        click.echo(f"{row['id']:>5}  {date:<10}  {articles:>12}  {row['title'] or ''}")
        click.echo(f"{'':>5}  {'':<10}  {row['source_file']}")


@click.command("articles")
@click.option("--issue", "issue_id", type=int, default=None, help="Only this issue's articles.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array with full articles.")
@db_option
def articles_command(issue_id: int | None, as_json: bool, db_path: Path | None) -> None:
    """List articles in reading order."""
    db = open_library(db_path)
    if issue_id is not None:
        issue_store.get_issue(db, issue_id)
    rows = article_store.list_articles(db, issue_id=issue_id)
    if as_json:
        echo_json(rows)
        return
    for row in rows:
        section = f"[{row['section']}] " if row["section"] else ""
        click.echo(f"{row['id']:>6}  {section}{row['title']}")


@click.command("show")
@click.argument("article_id", type=int)
@click.option("--json", "as_json", is_flag=True)
@db_option
def show_command(article_id: int, as_json: bool, db_path: Path | None) -> None:
    """Print one article as it reads."""
    article = article_store.get_article(open_library(db_path), article_id)
    if as_json:
        echo_json(article)
        return
    crumbs = [article["publication"] or article["issue_title"], article["issue_date"], article["section"]]
    click.echo(" · ".join(c for c in crumbs if c))
    click.echo()
    if article["kicker"]:
        click.echo(article["kicker"])
    click.secho(article["title"], bold=True)
    if article["subtitle"]:
        click.echo(article["subtitle"])
    if article["byline_text"]:
        click.echo(article["byline_text"])
    click.echo()
    for paragraph in article["text"].split("\n"):
        click.echo(paragraph)
    for extra in (article["credit"], article["source_note"]):
        if extra:
            click.echo(extra)


@click.command("search")
@click.argument("query")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option(
    "--sort",
    type=click.Choice(["relevance", "date"]),
    default="relevance",
    show_default=True,
    help="relevance: articles with every term in the title first, then the rest; newest first within each. "
    "date: newest first.",
)
@click.option(
    "--fold-variants/--exact-variants",
    "variants",
    default=True,
    show_default=True,
    help="Let simplified, traditional and variant characters find each other (發展 finds 发展).",
)
@click.option("--json", "as_json", is_flag=True, help='Print [{"article_id", "title", "snippet"}].')
@db_option
def search_command(
    query: str, limit: int, sort: str, variants: bool, as_json: bool, db_path: Path | None
) -> None:
    """Find articles containing QUERY exactly (space-separated terms must all occur)."""
    hits = search_store.search(
        open_library(db_path),
        require_query(query),
        limit=limit,
        sort=sort,  # type: ignore[arg-type]  # click.Choice of search.Sort's values
        variants=variants,
    )
    if as_json:
        echo_json([{"article_id": h.article_id, "title": h.title, "snippet": h.snippet} for h in hits])
        return
    if not hits:
        click.echo(f"No article contains {query!r}.")
        return
    for hit in hits:
        click.echo(f"{hit.article_id:>6}  {hit.title}")
        click.echo(f"        {_marked(hit.snippet, hit.snippet_hits)}")


def _marked(snippet: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in spans:
        out.append(snippet[last:start])
        out.append(
            click.style(snippet[start:end], bold=True, fg="yellow") if on_terminal() else snippet[start:end]
        )
        last = end
    out.append(snippet[last:])
    return "".join(out)


@click.group("issue")
def issue_group() -> None:
    """Work on one issue."""


@issue_group.command("show")
@click.argument("issue_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@db_option
def issue_show(issue_id: int, as_json: bool, db_path: Path | None) -> None:
    """An issue's details, the importer's warnings, and the lines set aside as belonging to no article."""
    db = open_library(db_path)
    issue = issue_store.get_issue(db, issue_id)
    aside = issue_store.set_aside_lines(db, issue_id)
    if as_json:
        echo_json({**issue, "set_aside": aside})
        return
    click.echo(f"issue {issue_id}: {issue['title']} ({issue['issue_date'] or 'undated'})")
    click.echo(f"  publication: {issue['publication'] or '—'}; {counted(issue['article_count'], 'article')}; "
               f"file {issue['source_file']} read as {issue['layout']}")  # fmt: skip
    for warning in issue["warnings"]:
        click.echo(f"  warning: {warning}")
    if aside:
        click.echo(f"  set aside ({len(aside)} lines, kept with the issue):")
    for item in aside:
        click.echo(f"    line {item['line']} [{item['reason']}]: {item['text']}")


@issue_group.command("edit")
@click.argument("issue_id", type=int)
@click.option("--title", default=None, help="The issue's title as it should read.")
@click.option("--date", "issue_date", default=None, callback=iso_date_option, help="Issue date, YYYY-MM-DD.")
@db_option
def issue_edit(issue_id: int, title: str | None, issue_date: str | None, db_path: Path | None) -> None:
    """Correct an issue's title or date; the correction survives re-imports."""
    if title is None and issue_date is None:
        raise click.UsageError("give --title and/or --date")
    db = open_library(db_path)
    issue_store.edit_issue(db, issue_id, title=title, issue_date=issue_date)
    issue = issue_store.get_issue(db, issue_id)
    click.echo(f"issue {issue_id}: {issue['title']} ({issue['issue_date'] or 'undated'})")


def register(cli: click.Group) -> None:
    for command in (
        import_command,
        issues_command,
        articles_command,
        show_command,
        search_command,
        issue_group,
    ):
        cli.add_command(command)
    versions.register(cli, issue_group)
