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


def one_line(text: str) -> str:
    """Titles, names and file names on one line: a newline would end a heading or a list item."""
    return " ".join(text.split())


_TAG_ESCAPED = _ESCAPED - set("_-/")  # Obsidian tags may hold _ - /; the rest must not become markup


def _fence(line: str) -> tuple[str, int] | None:
    """``("`", 3)`` when ``line`` opens or closes a fenced code block (CommonMark: ≤ 3 spaces indent)."""
    stripped = line.lstrip(" ")
    if len(line) - len(stripped) > 3 or stripped[:1] not in ("`", "~"):
        return None
    char = stripped[0]
    length = len(stripped) - len(stripped.lstrip(char))
    return (char, length) if length >= 3 else None


def _is_rule_or_underline(line: str) -> bool:
    """``---``, ``===``, ``* * *``: a thematic break, or a setext underline that turns the line above
    into a heading."""
    stripped = line.strip()
    return bool(stripped) and set(stripped) <= set("-=*_ \t") and not set(stripped) <= set(" \t")


def _outside_code(line: str) -> list[tuple[str, bool]]:
    """``line`` cut into ``(text, is_code_span)`` pieces, by matching runs of backticks."""
    pieces: list[tuple[str, bool]] = []
    plain_from, at = 0, 0
    while at < len(line):
        if line[at] != "`":
            at += 1
            continue
        run = len(line) - at - len(line[at:].lstrip("`"))
        closing = line.find("`" * run, at + run)
        while closing != -1 and (line[closing + run : closing + run + 1] == "`" or line[closing - 1] == "`"):
            closing = line.find("`" * run, closing + 1)
        if closing == -1:
            at += run
            continue
        pieces.append((line[plain_from:at], False))
        pieces.append((line[at : closing + run], True))
        plain_from = at = closing + run
    pieces.append((line[plain_from:], False))
    return [piece for piece in pieces if piece[0]]


def _neutral_text(text: str, escape_math: bool) -> str:
    """Plain note text with HTML, Obsidian comments (``%%``) and, when unbalanced, ``$$`` made literal."""
    text = text.replace("<", "\\<").replace("%%", "\\%\\%")
    return text.replace("$$", "\\$\\$") if escape_math else text


def _neutral_line(line: str, escape_math: bool) -> str:
    if _is_rule_or_underline(line):
        return "\\" + line.lstrip()
    stripped = line.lstrip(" ")
    hashes = len(stripped) - len(stripped.lstrip("#"))
    if (
        1 <= hashes <= 6
        and len(line) - len(stripped) <= 3
        and stripped[hashes : hashes + 1] in ("", " ", "\t")
    ):
        line = line[: len(line) - len(stripped)] + "\\" + stripped  # a heading would break the outline
    return "".join(
        piece if code else _neutral_text(piece, escape_math) for piece, code in _outside_code(line)
    )


def note_block(note: str) -> str:
    """A note as Markdown that stays inside its own block, whatever it contains.

    Notes are Markdown (bold, lists, code keep working), but nothing in one may reach
    past it: an unclosed code fence is closed, ``---``/``===`` lines (which would turn
    the line above into a heading, or end front matter) and ``#`` headings are escaped,
    HTML and Obsidian ``%%`` comments are made literal, and ``$$`` is made literal when
    it is unbalanced (an open math block would swallow the rest of the file).
    """
    marked, open_fence = _fenced(note.strip().split("\n"))
    math_marks = sum(
        piece.count("$$")
        for line, in_code in marked
        if not in_code
        for piece, code in _outside_code(line)
        if not code
    )
    out = [line if in_code else _neutral_line(line, math_marks % 2 == 1) for line, in_code in marked]
    if open_fence is not None:
        out.append(open_fence[0] * open_fence[1])
    return "\n".join(out)


def _fenced(lines: list[str]) -> tuple[list[tuple[str, bool]], tuple[str, int] | None]:
    """Each line with whether it is part of a fenced code block, and the fence left open at the end."""
    marked, fence = [], None
    for line in lines:
        found = _fence(line)
        if fence is None:
            fence = found
            marked.append((line, fence is not None))
            continue
        marked.append((line, True))
        closes = found is not None and found[0] == fence[0] and found[1] >= fence[1]
        if closes and not line.strip().strip(fence[0]):
            fence = None
    return marked, fence


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
    return "#" + "".join("\\" + c if c in _TAG_ESCAPED else c for c in "-".join(name.split()))


def wikilink(name: str) -> str:
    """``[[name]]``; characters that would end or redirect the link are dropped."""
    return "[[" + "".join(c for c in one_line(name) if c not in "[]|#^") + "]]"


def citation(notes: ArticleNotes) -> str:
    """《publication》 date · section · title: the line a reader pastes into a footnote."""
    article = notes.article
    publication = article.get("publication") or article.get("issue_title") if article else None
    head = f"《{publication}》" if publication else ""
    rest = [article.get("issue_date"), article.get("section"), notes.title] if article else [notes.title]
    line = " · ".join(one_line(part) for part in [head, *rest] if part)
    return escape_inline(line.replace("》 · ", "》 ", 1))


@dataclass(frozen=True)
class MarkdownOptions:
    exported_at: str
    wikilinks: bool = False
    filters: ExportFilter = field(default_factory=ExportFilter)


def _highlight(annotation: Annotation, notes: ArticleNotes, meanings: dict[str, str], wikilinks: bool) -> str:
    """Quote, block id, note, then one line of facts (a paragraph, so a note ending in a list stays apart)."""
    parts = [block_quote(annotation.quote), f"^hl-{annotation.uid}"]
    if annotation.note.strip():
        parts.append(note_block(annotation.note))
    meaning = meanings.get(annotation.color, "")
    color = COLOR_NAMES.get(annotation.color, annotation.color)
    facts = [f"颜色：{color}" + (f"（{escape_inline(one_line(meaning))}）" if meaning else "")]
    if annotation.tags:
        facts.append("标签：" + " ".join(tag_markup(t) for t in annotation.tags))
    if wikilinks and (people := notes.people_in(annotation)):
        facts.append("人物：" + " ".join(wikilink(name) for name in people))
    if annotation.orphaned:
        facts.append("注意：原文已更改，此摘录未能在当前文本中定位")
    facts.append(f"[在阅读器中打开]({links.article_url(notes.key, annotation.uid)})")
    parts.append(" · ".join(facts))
    return "\n\n".join(parts)


def _article_body(notes: ArticleNotes, options: MarkdownOptions, meanings: dict[str, str], level: int) -> str:
    parts = [f"{'#' * level} {escape_inline(one_line(notes.title))}", citation(notes)]
    if options.wikilinks and notes.people:
        parts.append("人物：" + " · ".join(wikilink(name) for name in notes.people))
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
        source = article.get("source_file")
        facts = [f"- 来源文件：{escape_inline(one_line(source))}"] if source else []
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
