"""Commands over highlights, tags and exports: ``note``, ``tag``, ``export``, ``import-annotations``."""

from __future__ import annotations

from pathlib import Path

import click

from reader.cli.common import counted, db_option, echo_json, iso_date_option, open_library
from reader.dates import now_iso
from reader.errors import BadInputError
from reader.export import markdown, web_annotation
from reader.export.select import ExportFilter
from reader.store import annotations as annotation_store
from reader.store import tags as tag_store


def _one_line(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


@click.group("note")
def note_group() -> None:
    """Highlights with notes on articles."""


@note_group.command("add")
@click.argument("article_id", type=int)
@click.option("--quote", required=True, help="Exact text to highlight, as in the article.")
@click.option("--note", default="", help="Note on the highlight (plain text or Markdown).")
@click.option(
    "--color",
    type=click.Choice(annotation_store.COLORS),
    default=annotation_store.DEFAULT_COLOR,
    show_default=True,
)
@click.option("--occurrence", type=click.IntRange(min=1), default=1, show_default=True,
              help="Which occurrence of the quote, when it appears more than once.")  # fmt: skip
@click.option("--tag", "tags", multiple=True, help="Tag the highlight (repeatable).")
@click.option("--json", "as_json", is_flag=True)
@db_option
def note_add(
    article_id: int,
    quote: str,
    note: str,
    color: str,
    occurrence: int,
    tags: tuple[str, ...],
    as_json: bool,
    db_path: Path | None,
) -> None:
    """Highlight QUOTE in ARTICLE_ID; saved at once."""
    db = open_library(db_path)
    added = annotation_store.add_by_quote(
        db, article_id, quote, occurrence=occurrence, note=note, color=color, tags=tags
    )
    if as_json:
        echo_json(added.to_json())
    else:
        click.echo(
            f"note {added.id}: article {article_id} [{added.start}:{added.end}] {_one_line(added.quote)}"
        )


@note_group.command("list")
@click.option("--article", "article_id", type=int, default=None, help="Only this article's notes.")
@click.option("--tag", default=None, help="Only highlights with this tag (on them or their article).")
@click.option("--color", type=click.Choice(annotation_store.COLORS), default=None)
@click.option("--orphaned", is_flag=True, help="Only highlights that lost their place in the text.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array.")
@db_option
def note_list(
    article_id: int | None,
    tag: str | None,
    color: str | None,
    orphaned: bool,
    as_json: bool,
    db_path: Path | None,
) -> None:
    """List highlights in reading order."""
    db = open_library(db_path)
    rows = annotation_store.list_annotations(
        db, article_id=article_id, tag=tag, color=color, orphaned=True if orphaned else None
    )
    if as_json:
        echo_json([row.to_json() for row in rows])
        return
    if not rows:
        click.echo("No notes yet. Add one with: reader note add ARTICLE_ID --quote TEXT")
        return
    for row in rows:
        place = "orphaned" if row.orphaned else f"{row.article_id}[{row.start}:{row.end}]"
        tags = "".join(f" #{t}" for t in row.tags)
        click.echo(f"{row.id:>5}  {row.color:<6}  {place}  「{_one_line(row.quote, 40)}」{tags}")
        if row.note:
            click.echo(f"{'':>5}  {_one_line(row.note, 70)}")


@note_group.command("edit")
@click.argument("note_id", type=int)
@click.option("--note", default=None, help="New note text.")
@click.option("--color", type=click.Choice(annotation_store.COLORS), default=None)
@click.option("--tag", "tags", multiple=True, help="Replace the highlight's tags (repeatable).")
@db_option
def note_edit(
    note_id: int, note: str | None, color: str | None, tags: tuple[str, ...], db_path: Path | None
) -> None:
    """Change a highlight's note, colour or tags."""
    if note is None and color is None and not tags:
        raise click.UsageError("give --note, --color and/or --tag")
    db = open_library(db_path)
    annotation_store.update_annotation(db, note_id, note=note, color=color, tags=tags or None)
    click.echo(f"note {note_id} updated")


@note_group.command("delete")
@click.argument("note_id", type=int)
@db_option
def note_delete(note_id: int, db_path: Path | None) -> None:
    """Delete a highlight and its note."""
    gone = annotation_store.delete_annotation(open_library(db_path), note_id)
    click.echo(f"deleted note {note_id}: {_one_line(gone.quote)}")


@click.group("tag")
def tag_group() -> None:
    """Tags on articles, renamed and merged library-wide."""


@tag_group.command("add")
@click.argument("article_id", type=int)
@click.argument("tag")
@db_option
def tag_add(article_id: int, tag: str, db_path: Path | None) -> None:
    """Tag an article."""
    added = tag_store.add_article_tag(open_library(db_path), article_id, tag)
    name = tag_store.normalise_name(tag)
    click.echo(
        f"article {article_id}: tagged {name}" if added else f"article {article_id} already has {name}"
    )


@tag_group.command("remove")
@click.argument("article_id", type=int)
@click.argument("tag")
@db_option
def tag_remove(article_id: int, tag: str, db_path: Path | None) -> None:
    """Take a tag off an article."""
    removed = tag_store.remove_article_tag(open_library(db_path), article_id, tag)
    if not removed:
        raise BadInputError(f"article {article_id}", f"has no tag {tag!r}")
    click.echo(f"article {article_id}: removed {tag_store.normalise_name(tag)}")


@tag_group.command("list")
@click.option("--json", "as_json", is_flag=True, help='Print [{"name", "color", "article_count", ...}].')
@db_option
def tag_list(as_json: bool, db_path: Path | None) -> None:
    """Every tag with how many articles and highlights carry it."""
    rows = tag_store.list_tags(open_library(db_path))
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo("No tags yet. Add one with: reader tag add ARTICLE_ID TAG")
    for row in rows:
        click.echo(
            f"{row['name']}  {row['color']}  {counted(row['article_count'], 'article')}, "
            f"{counted(row['annotation_count'], 'note')}"
        )


@tag_group.command("rename")
@click.argument("old")
@click.argument("new")
@db_option
def tag_rename(old: str, new: str, db_path: Path | None) -> None:
    """Rename a tag everywhere."""
    tag_store.rename_tag(open_library(db_path), old, new)
    click.echo(f"renamed {tag_store.normalise_name(old)} → {tag_store.normalise_name(new)}")


@tag_group.command("merge")
@click.argument("source")
@click.argument("target")
@db_option
def tag_merge(source: str, target: str, db_path: Path | None) -> None:
    """Fold tag SOURCE into TARGET everywhere; SOURCE disappears."""
    merge = tag_store.merge_tags(open_library(db_path), source, target)
    articles, notes = len(merge.source.article_ids), len(merge.source.annotation_ids)
    moved = f"{counted(articles, 'article')}, {counted(notes, 'note')}"
    click.echo(f"merged {merge.source.name} into {merge.target}: {moved}")


@click.group("export")
def export_group() -> None:
    """Export highlights and notes."""


@export_group.command("markdown")
@click.option("--tag", default=None, help="Articles with this tag, and highlights with it.")
@click.option("--issue", "issue_id", type=int, default=None)
@click.option("--since", default=None, callback=iso_date_option, help="Issue date from, YYYY-MM-DD.")
@click.option("--until", default=None, callback=iso_date_option, help="Issue date up to, YYYY-MM-DD.")
@click.option("--person", default=None, help="Articles mentioning or written by this person.")
@click.option("--out", type=click.Path(path_type=Path), default=None, help="File (or folder with --split).")
@click.option("--split", is_flag=True, help="One file per article in the --out folder.")
@click.option("--wikilinks", is_flag=True, help="Add [[名字]] links for the people mentioned (Obsidian).")
@db_option
def export_markdown(
    tag: str | None,
    issue_id: int | None,
    since: str | None,
    until: str | None,
    person: str | None,
    out: Path | None,
    split: bool,
    wikilinks: bool,
    db_path: Path | None,
) -> None:
    """Highlights and notes as Markdown, to stdout or --out."""
    if split and out is None:
        raise click.UsageError("--split needs --out FOLDER")
    db = open_library(db_path)
    filters = ExportFilter(tag=tag, issue_id=issue_id, since=since, until=until, person=person)
    if split:
        assert out is not None
        files = markdown.export_split(db, filters, exported_at=now_iso(), wikilinks=wikilinks)
        written = markdown.write_files(out, files)
        click.echo(f"wrote {len(written)} files to {out}")
        return
    text = markdown.export_markdown(db, filters, exported_at=now_iso(), wikilinks=wikilinks)
    if out is None:
        click.echo(text, nl=False)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(text.encode("utf-8"))
        click.echo(f"wrote {out}")


@export_group.command("annotations")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None)
@db_option
def export_annotations(out: Path | None, db_path: Path | None) -> None:
    """Every highlight as W3C Web Annotation JSON (its only format): a lossless backup."""
    collection = web_annotation.export_collection(open_library(db_path), exported_at=now_iso())
    text = web_annotation.dumps(collection)
    if out is None:
        click.echo(text, nl=False)
    else:
        out.write_bytes(text.encode("utf-8"))
        click.echo(f"wrote {out}")


@click.command("import-annotations")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
def import_annotations(file: Path, db_path: Path | None) -> None:
    """Restore highlights from a `reader export annotations` file.

    Every item is checked before anything is written (bad ones are listed by position);
    the file is streamed, so a backup of any size needs little memory.
    """
    summary = web_annotation.import_file(open_library(db_path), file)
    click.echo(f"restored {summary.restored}, orphaned {summary.orphaned}, already present {summary.skipped}")


def register(cli: click.Group) -> None:
    for command in (note_group, tag_group, export_group, import_annotations):
        cli.add_command(command)
