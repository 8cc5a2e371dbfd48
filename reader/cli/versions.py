"""Commands that keep a library free of duplicates without losing anything: remove, trash, restore, merge."""

from __future__ import annotations

from pathlib import Path

import click
from sqlite_utils import Database

from reader.cli.common import db_option, echo_json, open_library
from reader.errors import BadInputError, NotFoundError
from reader.ingest import FileOutcome, ImportReport
from reader.store import annotations as annotation_store
from reader.store import issues as issue_store
from reader.store import trash as trash_store
from reader.store import versions as version_store


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def warn_duplicates(db: Database, report: ImportReport) -> None:
    """After an import: name each new issue that repeats one already there, and how to fold it in."""
    for outcome in report.with_status("imported"):
        if outcome.issue_id is None:
            continue
        for duplicate in version_store.likely_duplicates(db, outcome.issue_id)[:1]:
            why = "same publication and date" if duplicate.same_day else "same article titles"
            click.echo(
                f"warning: issue {outcome.issue_id} ({outcome.path.name}) looks like a copy of issue "
                f"{duplicate.of_issue} ({why}, {duplicate.overlap:.0%} of titles shared); to keep one issue "
                f"with this file as its newest version: reader issue merge {outcome.issue_id} "
                f"--into {duplicate.of_issue}",
                err=True,
            )


def as_version(db: Database, outcome: FileOutcome, target_id: int) -> str:
    """Make the file just imported the newest version of ``target_id``; returns the line to print."""
    if outcome.issue_id == target_id:
        return f"{outcome.status}: {outcome.path} is already issue {target_id}'s file"
    if outcome.status != "imported" or outcome.issue_id is None:
        raise BadInputError(
            str(outcome.path),
            f"this file is issue {outcome.issue_id}'s already; to fold that issue into issue {target_id}: "
            f"reader issue merge {outcome.issue_id} --into {target_id}",
        )
    report = version_store.merge(db, outcome.issue_id, target_id)
    version = issue_store.get_issue(db, target_id)["version"]
    return f"version {version} of issue {target_id}: {outcome.path} ({_placed(report)})"


def _placed(report: annotation_store.ReanchorReport) -> str:
    placed = report.unchanged + report.moved + report.corrected
    text = f"{_plural(placed, 'highlight')} re-anchored"
    return text + (f", {report.orphaned} could not be placed (kept as orphans)" if report.orphaned else "")


def check_target(db: Database, paths: tuple[Path, ...], target_id: int) -> None:
    """``--as-version-of`` names one existing issue and one file."""
    from reader.ingest import collect_files

    issue_store.get_issue(db, target_id)
    files = list(collect_files(paths))
    if len(files) != 1:
        raise click.UsageError(f"--as-version-of takes exactly one file, got {len(files)}")


@click.command("remove")
@click.argument("issue_ids", nargs=-1, required=True, type=int)
@db_option
def issue_remove(issue_ids: tuple[int, ...], db_path: Path | None) -> None:
    """Move issues to the trash; their highlights and notes wait for `reader issue restore`."""
    db = open_library(db_path)
    for issue_id in issue_ids:
        issue_store.get_issue(db, issue_id)
    counts = trash_store.attached(db, issue_ids)
    trash_store.trash_issues(db, issue_ids)
    click.echo(
        f"moved {_plural(len(issue_ids), 'issue')} to the trash with "
        f"{_plural(counts.highlights, 'highlight')} ({_plural(counts.notes, 'note')}); "
        "bring them back with: reader issue restore " + " ".join(str(n) for n in issue_ids)
    )


@click.command("restore")
@click.argument("issue_ids", nargs=-1, required=True, type=int)
@db_option
def issue_restore(issue_ids: tuple[int, ...], db_path: Path | None) -> None:
    """Bring issues back from the trash (by the id they had, as `reader trash` lists them)."""
    db = open_library(db_path)
    entries = {entry.issue_id: entry for entry in reversed(trash_store.list_trash(db))}  # newest wins
    missing = [n for n in issue_ids if n not in entries]
    if missing:
        raise NotFoundError(f"no issue {', '.join(map(str, missing))} in the trash (see: reader trash)")
    for issue_id in issue_ids:
        restored = trash_store.restore(db, entries[issue_id].id)
        click.echo(f"restored issue {restored}: {entries[issue_id].title or entries[issue_id].source_file}")


@click.command("merge")
@click.argument("source_id", type=int)
@click.option("--into", "target_id", type=int, required=True, help="The issue to keep (its id and links).")
@db_option
def issue_merge(source_id: int, target_id: int, db_path: Path | None) -> None:
    """Fold duplicate issue SOURCE_ID into --into: SOURCE_ID's text becomes its newest version.

    The kept issue keeps its id, links, corrected title and date; highlights and tags of
    both are kept and re-anchored to the newer text.
    """
    db = open_library(db_path)
    source = issue_store.get_issue(db, source_id)
    report = version_store.merge(db, source_id, target_id)
    version = issue_store.get_issue(db, target_id)["version"]
    click.echo(f"issue {source_id} ({source['source_file']}) is now version {version} of issue {target_id}")
    click.echo(_placed(report))


@click.group("trash", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array.")
@db_option
@click.pass_context
def trash_group(ctx: click.Context, as_json: bool, db_path: Path | None) -> None:
    """List removed issues (newest first); `reader issue restore ID` brings one back."""
    if ctx.invoked_subcommand is not None:
        return
    entries = trash_store.list_trash(open_library(db_path))
    if as_json:
        echo_json([entry.__dict__ for entry in entries])
        return
    if not entries:
        click.echo("The trash is empty.")
    for entry in entries:
        back = f"  (imported again as issue {entry.back_in_library})" if entry.back_in_library else ""
        click.echo(
            f"{entry.issue_id:>5}  {entry.issue_date or 'undated':<10}  {entry.title or entry.source_file}  "
            f"[{_plural(entry.highlights, 'highlight')}, removed {entry.trashed_at}]{back}"
        )


@trash_group.command("empty")
@click.option("--yes", is_flag=True, help="Do not ask.")
@db_option
def trash_empty(yes: bool, db_path: Path | None) -> None:
    """Delete everything in the trash for good; highlights stay in the library as orphans."""
    db = open_library(db_path)
    entries = trash_store.list_trash(db)
    if entries and not yes:
        click.confirm(f"Delete {_plural(len(entries), 'issue')} in the trash for good?", abort=True)
    click.echo(f"deleted {_plural(trash_store.purge(db, [e.id for e in entries]), 'issue')} for good")


def register(cli: click.Group, issue_group: click.Group) -> None:
    for command in (issue_remove, issue_restore, issue_merge):
        issue_group.add_command(command)
    cli.add_command(trash_group)
