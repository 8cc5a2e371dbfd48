"""Highlights and notes as Markdown a researcher can keep in Obsidian, Zotero or git.

Deterministic by design: the same library exports to the same bytes, except
the ``exported_at`` stamp, which callers pass in (tests pin it).  Articles come
in reading order (issue date, issue, position), highlights in text order.

Split export: one file per article with YAML front matter.  Combined export:
one file whose front matter describes the export, each article under a ``##``
heading with the same facts as a short list (a Markdown file has room for
only one front matter block).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from reader import links
from reader.export.select import ArticleNotes, ExportFilter, select
from reader.store.annotations import Annotation, color_meanings

COLOR_NAMES = {"yellow": "黄", "red": "红", "green": "绿", "blue": "蓝", "purple": "紫"}
_ESCAPED = set("\\`*_[]<>#|~$&=")
_LINE_START = re.compile(r"^(\d+)([.)])|^([+\-])")
_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def escape_inline(text: str) -> str:
    """Backslash-escape Markdown punctuation so text renders as written (CommonMark + Obsidian)."""
    return "".join("\\" + char if char in _ESCAPED else char for char in text)


def escape_line(line: str) -> str:
    """Escape one line, including what only matters at a line start (lists, indentation)."""
    stripped = line.lstrip(" \t")
    indent = "&#32;" * (len(line) - len(stripped))
    escaped = escape_inline(stripped)
    escaped = _LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", escaped, count=1)
    return indent + escaped.rstrip(" ")


def block_quote(text: str) -> str:
    """Each line of the quote as its own quoted paragraph (article text has one paragraph per line).

    Blank lines carry nothing that renders, so they are dropped rather than stacked.
    """
    lines = [escape_line(line) for line in text.split("\n") if line.strip()]
    return "\n>\n".join(f"> {line}" for line in lines) or ">"


def yaml_value(value: Any) -> str:
    """JSON scalars are valid YAML flow scalars; used so any title or name is quoted safely."""
    return json.dumps(value, ensure_ascii=False)


def front_matter(fields: dict[str, Any]) -> str:
    out = ["---"]
    for key, value in fields.items():
        if isinstance(value, list):
            out.append(f"{key}:" + ("" if value else " []"))
            out.extend(f"  - {yaml_value(item)}" for item in value)
        else:
            out.append(f"{key}: {yaml_value(value)}")
    out.append("---")
    return "\n".join(out)


def tag_markup(name: str) -> str:
    """An Obsidian-style ``#tag`` (spaces become ``-``, which Obsidian tags cannot contain)."""
    return "#" + "-".join(name.split())


def citation(notes: ArticleNotes) -> str:
    """《publication》 date · section · title: the line a reader pastes into a footnote."""
    article = notes.article
    publication = article.get("publication") or article.get("issue_title") if article else None
    head = f"《{publication}》" if publication else ""
    rest = [article.get("issue_date"), article.get("section"), notes.title] if article else [notes.title]
    return escape_inline(" · ".join(part for part in [head, *rest] if part).replace("》 · ", "》 ", 1))


@dataclass(frozen=True)
class MarkdownOptions:
    exported_at: str
    wikilinks: bool = False
    filters: ExportFilter = field(default_factory=ExportFilter)


def _highlight(annotation: Annotation, notes: ArticleNotes, meanings: dict[str, str], wikilinks: bool) -> str:
    """Quote, block id, note, then one line of facts (a paragraph, so a note ending in a list stays apart)."""
    parts = [block_quote(annotation.quote), f"^hl-{annotation.uid}"]
    if annotation.note.strip():
        parts.append(annotation.note.strip())
    meaning = meanings.get(annotation.color, "")
    color = COLOR_NAMES.get(annotation.color, annotation.color)
    facts = [f"颜色：{color}" + (f"（{escape_inline(meaning)}）" if meaning else "")]
    if annotation.tags:
        facts.append("标签：" + " ".join(tag_markup(t) for t in annotation.tags))
    if wikilinks and (people := notes.people_in(annotation)):
        facts.append("人物：" + " ".join(f"[[{name}]]" for name in people))
    if annotation.orphaned:
        facts.append("注意：原文已更改，此摘录未能在当前文本中定位")
    facts.append(f"[在阅读器中打开]({links.article_url(notes.key, annotation.uid)})")
    parts.append(" · ".join(facts))
    return "\n\n".join(parts)


def _article_body(notes: ArticleNotes, options: MarkdownOptions, meanings: dict[str, str], level: int) -> str:
    parts = [f"{'#' * level} {escape_inline(notes.title)}", citation(notes)]
    if options.wikilinks and notes.people:
        parts.append("人物：" + " · ".join(f"[[{name}]]" for name in notes.people))
    parts.extend(_highlight(a, notes, meanings, options.wikilinks) for a in notes.highlights)
    return "\n\n".join(parts)


def _article_fields(notes: ArticleNotes, options: MarkdownOptions) -> dict[str, Any]:
    article = notes.article or {}
    fields: dict[str, Any] = {
        "title": notes.title,
        "publication": article.get("publication"),
        "issue": article.get("issue_title"),
        "issue_date": article.get("issue_date"),
        "section": article.get("section"),
        "tags": notes.tags,
        "source_file": article.get("source_file"),
        "article_key": notes.key,
        "link": links.article_url(notes.key),
    }
    if options.wikilinks:
        fields["people"] = [f"[[{name}]]" for name in notes.people]
    fields["exported_at"] = options.exported_at
    return fields


def render_article(notes: ArticleNotes, options: MarkdownOptions, meanings: dict[str, str]) -> str:
    """One article as a stand-alone file: front matter, title, citation, highlights."""
    return (
        f"{front_matter(_article_fields(notes, options))}\n\n{_article_body(notes, options, meanings, 1)}\n"
    )


def render_combined(selected: list[ArticleNotes], options: MarkdownOptions, meanings: dict[str, str]) -> str:
    """Every selected article in one file under a single front matter that records the filters."""
    head = {
        "title": "Bulletin Reader 摘录",
        **{f"filter_{k}": v for k, v in options.filters.as_dict().items()},
        "articles": len(selected),
        "highlights": sum(len(n.highlights) for n in selected),
        "exported_at": options.exported_at,
    }
    sections = [front_matter(head)]
    for notes in selected:
        article = notes.article or {}
        facts = [f"- 来源文件：{escape_inline(article['source_file'])}"] if article.get("source_file") else []
        if notes.tags:
            facts.append("- 标签：" + " ".join(tag_markup(t) for t in notes.tags))
        facts.append(f"- [在阅读器中打开]({links.article_url(notes.key)})")
        body = _article_body(notes, options, meanings, 2)
        title_line, rest = body.split("\n\n", 1)
        citation_line, _, highlights = rest.partition("\n\n")
        sections.append(
            "\n\n".join(p for p in (title_line, citation_line, "\n".join(facts), highlights) if p)
        )
    return "\n\n".join(sections) + "\n"


def file_name(notes: ArticleNotes, taken: set[str]) -> str:
    """``<issue date> <title>.md``, filesystem-safe, unique within one export."""
    date = (notes.article or {}).get("issue_date") or "undated"
    title = _UNSAFE_FILE_CHARS.sub("_", notes.title).strip(" .") or "untitled"
    stem = f"{date} {title[:80]}"
    name, n = f"{stem}.md", 1
    while name in taken:
        n += 1
        name = f"{stem} ({n}).md"
    taken.add(name)
    return name


def export_markdown(db: Database, filters: ExportFilter, *, exported_at: str, wikilinks: bool = False) -> str:
    """The combined export as one string."""
    options = MarkdownOptions(exported_at, wikilinks, filters)
    return render_combined(select(db, filters), options, color_meanings(db))


def export_split(
    db: Database, filters: ExportFilter, *, exported_at: str, wikilinks: bool = False
) -> dict[str, str]:
    """``{file name: Markdown}``, one entry per article, in reading order."""
    options = MarkdownOptions(exported_at, wikilinks, filters)
    meanings = color_meanings(db)
    taken: set[str] = set()
    return {file_name(n, taken): render_article(n, options, meanings) for n in select(db, filters)}


def write_files(folder: Path, files: dict[str, str]) -> list[Path]:
    """Write split export files (UTF-8, ``\\n`` line ends) into ``folder``, creating it."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in files.items():
        path = folder / name
        path.write_bytes(text.encode("utf-8"))
        written.append(path)
    return written
