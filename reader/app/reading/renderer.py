"""Article → HTML for the reading pane, with highlight spans placed from store offsets.

Why escape per segment: every span is a pair of indices into the stored
string (``articles.text``, ``title`` …).  The string is cut at every span
boundary first, each piece is escaped on its own, and only then are tags put
around pieces, so an offset never points into an ``&lt;`` and text such as
``<img src=x>`` is shown literally, never rendered.  No Qt here: the output is
plain HTML that ``QTextDocument`` understands.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from reader.app.theme import Palette
from reader.mentions import FIELDS

HIT = "hit"
# Body blocks keep their whitespace, so each block's text is its line of ``articles.text`` verbatim and
# reader.app.reading.selection can map document positions to text offsets one to one.
PRE = "white-space:pre-wrap"


class Mark(NamedTuple):
    """One highlight: an entity mention (``kind`` = its kind, ``ref`` = link target) or a search hit.

    A named tuple, not a frozen dataclass: a long article makes two of these per mention on
    every render, and a frozen dataclass is several times slower to build (≈ 5 ms for 600).
    """

    field: str
    start: int
    end: int
    kind: str
    ref: str = ""


def _segments(length: int, marks: list[Mark]) -> list[tuple[int, int, Mark | None, bool]]:
    """Cut ``[0, length)`` at every mark boundary: (start, end, entity mark or None, inside a hit).

    A line holds a handful of marks, so the per-piece scan over them stays cheap; the
    whole article is never scanned per piece (see ``_body``).
    """
    cuts = {0, length}
    for mark in marks:
        cuts.update((max(0, min(mark.start, length)), max(0, min(mark.end, length))))
    points = sorted(cuts)
    entities = sorted((m for m in marks if m.kind != HIT), key=lambda m: (m.start, -m.end))
    hits = [m for m in marks if m.kind == HIT]
    out = []
    for start, end in itertools.pairwise(points):
        if start == end:
            continue
        entity = next((m for m in entities if m.start <= start and end <= m.end), None)
        in_hit = any(m.start <= start and end <= m.end for m in hits)
        out.append((start, end, entity, in_hit))
    return out


def kind_class(kind: str) -> str:
    """The CSS class an entity kind's spans carry (kinds are store identifiers; anything else is dropped)."""
    return "k-" + "".join(ch for ch in kind if ch.isalnum() or ch == "_")


def style_sheet(palette: Palette) -> str:
    """Colours of the highlight classes, for ``QTextDocument.setDefaultStyleSheet`` before ``setHtml``.

    Why classes and not a ``style`` attribute per span: an article with 600 highlights
    parsed twice as fast (≈ 7 ms instead of 12–19 ms) with one short class name each.
    """
    rules = [
        f"a.{kind_class(kind)} {{ background-color:{colour}; color:{palette.text}; text-decoration:none }}"
        for kind, colour in palette.entities.items()
    ]
    rules.append(f"a {{ background-color:{palette.hit}; color:{palette.text}; text-decoration:none }}")
    rules.append(f".{HIT} {{ background-color:{palette.hit}; color:{palette.text}; text-decoration:none }}")
    return "\n".join(rules)


def mark_up(text: str, marks: Iterable[Mark], palette: Palette) -> str:
    """Escaped ``text``; marked pieces wrapped in entity anchors or hit spans (``style_sheet`` colours)."""
    marks = [m for m in marks if m.end > m.start]
    if not marks:
        return html.escape(text)
    parts = []
    for start, end, entity, in_hit in _segments(len(text), marks):
        piece = html.escape(text[start:end])
        if entity is None and not in_hit:
            parts.append(piece)
        elif entity is not None:
            href = html.escape(entity.ref or f"kind:{entity.kind}", quote=True)
            css = HIT if in_hit else kind_class(entity.kind)
            parts.append(f'<a href="{href}" class="{css}">{piece}</a>')
        else:
            parts.append(f'<span class="{HIT}">{piece}</span>')
    return "".join(parts)


def _marks_by_line(marks: list[Mark], line_starts: list[int], line_ends: list[int]) -> Iterator[list[Mark]]:
    """Each body line's marks, clipped to the line and shifted to its own offsets, line by line.

    Lazily, with the marks sorted by start once: the first piece of a 20,000-character article
    with hundreds of mentions asks for its few lines' marks only (issue 14: that piece is made
    in the turn that opens the article), and the whole page still costs one pass over the marks.
    """
    ordered = sorted(enumerate(marks), key=lambda pair: pair[1].start)  # (place in ``marks``, mark)
    taken, active = 0, []
    for start, end in zip(line_starts, line_ends, strict=True):
        while taken < len(ordered) and ordered[taken][1].start < end:
            active.append(ordered[taken])
            taken += 1
        active = [pair for pair in active if pair[1].end > start]
        yield [  # in the order of ``marks``: of two marks alike on this line, the earlier one wins
            Mark(mark.field, max(mark.start, start) - start, min(mark.end, end) - start, mark.kind, mark.ref)
            for _, mark in sorted(active)
            if mark.start < end
        ]


def _body_lines(
    text: str, blocks: list[str], marks: list[Mark], palette: Palette
) -> Iterator[tuple[str, int, bool]]:
    """Each body line as HTML (list tags attached), its length, and whether a piece may start with it.

    A piece may start only at a non-empty paragraph or heading after a non-empty line:
    appended after a fresh block, its first block keeps its own format, while a list
    item would start a second list and an empty line on either side of the cut would
    stay as an empty block, which one ``setHtml`` drops.  Lines are marked up one at a
    time, as they are asked for.
    """
    lines = text.split("\n")
    starts, ends, offset = [], [], 0
    for line in lines:
        starts.append(offset)
        ends.append(offset + len(line))
        offset += len(line) + 1
    per_line = _marks_by_line(marks, starts, ends)
    in_list = False
    for index, (line, line_marks) in enumerate(zip(lines, per_line, strict=True)):
        kind = blocks[index] if index < len(blocks) else "paragraph"
        following = blocks[index + 1] if index + 1 < len(blocks) else "paragraph"
        inner = mark_up(line, line_marks, palette)
        opens = ""
        if kind == "list_item" and not in_list:
            opens, in_list = '<ul style="margin-top:4px; margin-bottom:10px">\n', True
        elif kind != "list_item":
            in_list = False
        if kind == "heading":
            piece = f'<h3 style="margin-top:18px; margin-bottom:8px; {PRE}">{inner}</h3>'
        elif kind == "caption":
            piece = (
                f'<p style="color:{palette.muted}; font-size:small; margin-left:24px; margin-right:24px; '
                f'{PRE}">{inner}</p>'
            )
        elif kind == "list_item":
            piece = f'<li style="line-height:160%; {PRE}">{inner}</li>'
        else:
            piece = f'<p style="line-height:170%; margin-bottom:10px; {PRE}">{inner}</p>'
        closes = "\n</ul>" if in_list and (following != "list_item" or index + 1 == len(lines)) else ""
        may_start = bool(line) and kind != "list_item" and (index == 0 or bool(lines[index - 1]))
        yield opens + piece + closes, len(line), may_start


def crumbs(article: dict[str, Any]) -> str:
    """publication · issue date · section, skipping what the file did not say."""
    parts = [article.get("publication") or article.get("issue_title") or article.get("source_file")]
    parts += [article.get("issue_date"), article.get("section")]
    return " · ".join(str(part) for part in parts if part)


def _head(article: dict[str, Any], by_field: dict[str, list[Mark]], palette: Palette) -> list[str]:
    esc = html.escape
    out = [f'<p style="color:{palette.muted}; font-size:small">{esc(crumbs(article))}</p>']
    if article.get("kicker"):
        kicker = mark_up(article["kicker"], by_field["kicker"], palette)
        out.append(f'<p style="color:{palette.accent}; margin-bottom:2px">{kicker}</p>')
    title = mark_up(article.get("title") or "", by_field["title"], palette)
    out.append(f'<h1 style="font-size:xx-large; margin-top:4px; margin-bottom:6px">{title}</h1>')
    if article.get("subtitle"):
        subtitle = mark_up(article["subtitle"], by_field["subtitle"], palette)
        out.append(f'<h2 style="font-size:large; font-weight:normal; margin-top:0px">{subtitle}</h2>')
    meta = [article.get("byline_text"), article.get("date_line")]
    if any(meta):
        line = "　".join(esc(part) for part in meta if part)
        out.append(f'<p style="color:{palette.muted}; margin-bottom:14px">{line}</p>')
    out.append("<hr/>")
    return out


def iter_chunks(
    article: dict[str, Any],
    marks: Iterable[Mark],
    palette: Palette,
    first: int | None = None,
    size: int = 4000,
) -> Iterator[str]:
    """The page in pieces: the head with about ``first`` body characters, then about ``size`` each.

    Why pieces: parsing and laying out a 20,000-character article in one go blocks the
    window for 50–75 ms; the reading pane shows the first piece at once and appends the
    others on later event-loop turns.  ``first=None`` gives the whole page as one piece.
    Joined with ``"\\n"`` the pieces are exactly ``render_article``; each body line is
    marked up only when its piece is asked for.
    """
    by_field: dict[str, list[Mark]] = {name: [] for name in FIELDS}
    for mark in marks:
        by_field.setdefault(mark.field, []).append(mark)
    esc = html.escape
    tail = [
        f'<p style="color:{palette.muted}; font-size:small">{esc(article[key])}</p>'
        for key in ("credit", "source_note")
        if article.get(key)
    ]
    body = _body_lines(
        article.get("text") or "", list(article.get("blocks") or []), by_field["text"], palette
    )
    piece, chars, limit = _head(article, by_field, palette), 0, first
    for line, length, may_start in body:
        if limit is not None and chars >= limit and may_start:
            yield "\n".join(piece)
            piece, chars, limit = [], 0, size
        piece.append(line)
        chars += length
    yield "\n".join(piece + tail)


def render_article(article: dict[str, Any], marks: Iterable[Mark], palette: Palette) -> str:
    """The whole page: breadcrumb, kicker, title, subtitle, byline, body, credit and source note."""
    return "\n".join(iter_chunks(article, marks, palette))
