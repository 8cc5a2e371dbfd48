"""The file as lines with the features the later steps read: position, indent, gap, page, width.

Everything after decoding works on these lines.  A line is never edited or
dropped here; later steps only *mark* lines (set aside as boilerplate, part of
a table of contents, a Markdown heading) so that every character can still be
accounted for at the end.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from reader.importer.model import BlockKind

FORM_FEED = "\f"
_EDGE_SPACE = " \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff\f\v"


@dataclass(slots=True)
class Line:
    """One non-blank line of the file."""

    number: int  # 0-based line number in the normalised text
    text: str  # without white space at either edge
    indent: int = 0  # leading white space, in characters
    gap: int = 0  # blank lines between this line and the previous non-blank one
    page: int = 0  # 0-based page number: form feeds start a new page
    page_top: bool = False  # first non-blank line of its page (after a form feed)
    kind: BlockKind | None = None  # decided by the Markdown reader (headings, list items)
    level: int = 0  # Markdown heading level, 0 when not a heading
    closed: bool = (
        False  # nothing may be joined onto this line (a Markdown hard break, an HTML paragraph end)
    )
    aside: str | None = None  # why the line is boilerplate, when it is: "page marker", "web page toolbar"…
    hard_break: bool = False  # the line ended in two spaces: a Markdown hard break

    @property
    def width(self) -> float:
        return display_width(self.text)


@dataclass
class Document:
    """The lines of one file and what the passes found out about them."""

    lines: list[Line]
    metadata: dict[str, str] = field(default_factory=dict)  # from front matter and label lines
    notes: list[str] = field(default_factory=list)  # warnings for the user, in plain words

    def content(self) -> list[Line]:
        """The lines that are not set aside, in order."""
        return [line for line in self.lines if line.aside is None]

    def set_aside(self, line: Line, reason: str) -> None:
        if line.aside is None:
            line.aside = reason


def split_lines(text: str) -> list[Line]:
    """Non-blank lines of ``text`` (``\\n`` line ends) with indent, gap and page."""
    result: list[Line] = []
    gap = 0
    page = 0
    page_top = False
    for number, raw in enumerate(text.split("\n")):
        if FORM_FEED in raw:
            page += raw.count(FORM_FEED)
            page_top = True
            raw = raw.replace(FORM_FEED, "")
        stripped = raw.strip(_EDGE_SPACE)
        if not stripped:
            gap += 1
            continue
        indent = len(raw) - len(raw.lstrip(_EDGE_SPACE))
        line = Line(number, stripped, indent, gap, page, page_top)
        if raw.endswith("  "):
            line.hard_break = True
        result.append(line)
        gap = 0
        page_top = False
    return result


def display_width(text: str) -> float:
    """Width in CJK character cells: a Han character or full-width sign is 1, ASCII is ½.

    Computed from the UTF-8 length (3 bytes for CJK, 1 for ASCII) so it runs at C speed.
    """
    return (len(text.encode("utf-8", "surrogatepass")) + len(text)) / 4


def wrap_width(lines: list[Line]) -> float | None:
    """The column width a hard-wrapped file was broken at, or ``None`` when lines are whole paragraphs.

    Text extracted from a PDF is cut at the column edge, so most of its lines
    share one width (± a cell for digits and Latin letters); a file of whole
    paragraphs has lines of every length.  The width is the most common rounded
    width among long lines, accepted when at least two in five long lines lie
    within a cell and a half of it and hardly any line is much longer.
    """
    if sum(1 for line in lines if len(line.text) > 80) * 2 > len(lines):
        return None  # most lines longer than any page column: whole paragraphs
    long = [
        width for line in lines if line.aside is None and len(line.text) >= 8 and (width := _edge(line)) >= 12
    ]
    if len(long) < 8:
        return None
    counts = Counter(round(w) for w in long)
    if len(counts) * 3 > len(long) * 2:  # nearly every line its own length: whole paragraphs
        return None
    best = max(counts, key=lambda w: (counts[w - 1] + counts[w] + counts[w + 1], w))
    band = [w for w in long if best - 1.5 <= w <= best + 1]
    longer = sum(1 for w in long if w > best + 3)
    if len(band) * 5 < len(long) * 2 or longer * 10 > len(long):
        return None
    return max(band)


def _edge(line: Line) -> float:
    """Where a line ends on the page, in cells: its width plus its indent (at most two cells)."""
    return line.width + min(line.indent, 4) / 2


def typical_gap(lines: list[Line]) -> int:
    """The most common number of blank lines between two text lines of the file."""
    counts = Counter(line.gap for line in lines[1:] if line.aside is None)
    return counts.most_common(1)[0][0] if counts else 0
