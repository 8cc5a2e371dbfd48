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
from reader.importer.text import ends_sentence

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
    room: float = 0.0  # the width of the column this line stands in, when the file is hard-wrapped
    unspaced: int = 0  # blank lines above this one left out of ``gap`` by ``scale_gaps``
    under_picture: bool = False  # the line above it is a picture left out (``[图片]``): a caption, or a title
    joined: int = 0  # lines a hard wrap cut off this one, joined back onto it (``narrow``)
    bold: bool = False  # a Markdown paragraph all in bold, however long (``<p><strong>…</strong></p>``)

    @property
    def width(self) -> float:
        return display_width(self.text)


@dataclass
class Document:
    """The lines of one file and what the passes found out about them."""

    lines: list[Line]
    metadata: dict[str, str] = field(default_factory=dict)  # from front matter and label lines
    notes: list[str] = field(default_factory=list)  # warnings for the user, in plain words
    pieces_aside: list[tuple[int, str, str]] = field(default_factory=list)  # (line, text, reason): parts of
    # a line set aside while the rest stays (a heading's number, a [视频] tag)
    unwrapped: bool = False  # hard-wrapped blocks joined into a line each (``narrow``): a paragraph a line
    leads: set[str] = field(default_factory=set)  # bracketed leads cut off their paragraphs (``leads``)
    numbered: set[str] = field(default_factory=set)  # titles under a post's 01, 02… (``leads.number_leads``)
    memo: dict[str, object] = field(default_factory=dict)  # what a pass worked out once for later passes

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


_GAP_UNIT_LINES = 4
"""Gaps of the smallest width a file must have for that width to be its unit."""


def scale_gaps(lines: list[Line]) -> None:
    """Count blank lines in the file's own unit, when no two paragraphs stand one blank line apart.

    A converter that spaces every paragraph break with an extra empty line (a web page's
    ``<p>&nbsp;</p>`` spacers, a copy from a browser) doubles every gap; the passes read a gap of
    one as "a new paragraph" and two or more as "something new begins", so such a file would
    read as a heap of separate pieces.  When the smallest gap is two or more and it spaces the
    file (most gaps are that wide, or one line in five or more stands after a gap), every gap is
    divided by it (halves rounding up): the same file with single blank lines gives the same lines."""
    counts = Counter(line.gap for line in lines[1:] if line.gap)
    if not counts:
        return
    unit = min(counts)
    spaced = counts[unit] * 2 >= sum(counts.values()) or sum(counts.values()) * 5 >= len(lines)
    if unit < 2 or counts[unit] < _GAP_UNIT_LINES or not spaced:
        return
    for line in lines:
        if line.gap:
            scaled = max(1, (2 * line.gap + unit) // (2 * unit))
            line.gap, line.unspaced = scaled, line.gap - scaled


def display_width(text: str) -> float:
    """Width in CJK character cells: a Han character or full-width sign is 1, ASCII is ½.

    Computed from the UTF-8 length (3 bytes for CJK, 1 for ASCII) so it runs at C speed.
    """
    return (len(text.encode("utf-8", "surrogatepass")) + len(text)) / 4


def wrap_width(lines: list[Line]) -> float | None:
    """Whether the file was hard-wrapped by a page's columns: their usual width, or ``None``.

    Text extracted from a PDF is cut at the column edge, so most lines share the
    width of their column (± a cell for digits and Latin letters) — columns may
    differ across a page (a three-column article under a two-column one), so each
    line is compared with its neighbours: its *room* is the most common width of
    the long lines around it.  The file is wrapped when at least two in five long
    lines fill their room and hardly any line overflows it; a file of whole
    paragraphs has lines of every length and fails both — or, when its paragraphs
    are alike in length by chance, most of its "full" lines end a sentence, which
    a column's edge seldom does.  Sets ``Line.room``.
    """
    if sum(1 for line in lines if len(line.text) > 60) * 3 > len(lines):
        return None  # many lines longer than any page column: whole paragraphs
    long = [(k, edge(line)) for k, line in enumerate(lines) if line.aside is None and len(line.text) >= 8]
    long = [(k, width) for k, width in long if width >= 10]
    if len(long) < 8:
        return None
    rooms = _rooms([width for _, width in long])
    full = [k for (k, width), room in zip(long, rooms, strict=True) if room - 3 <= width <= room + 1]
    over = sum(1 for (_, width), room in zip(long, rooms, strict=True) if width > room + 3)
    if len(full) * 5 < len(long) * 2 or over * 10 > len(long):
        return None
    if sum(1 for k in full if ends_sentence(lines[k].text)) * 2 > len(full):
        return None  # the "full" lines are whole paragraphs that happen to be alike in length
    for (k, _), room in zip(long, rooms, strict=True):
        lines[k].room = room
    room_of = 0.0
    for line in lines:  # short lines take the room of the long line before them
        if line.room:
            room_of = line.room
        else:
            line.room = room_of
    return sorted(rooms)[len(rooms) // 2]


def _rooms(widths: list[float], reach: int = 6) -> list[float]:
    """For each width, the column it stands in: the widest width shared (within a cell) by most neighbours.

    The neighbours' rounded widths are counted in a window that slides one line at a time (one count
    in, one out) rather than counted afresh for every line; where the width coming in is the one going
    out (a column's full lines), the window's commonest width stays as it was, and so does the widest
    width near it unless that width is the one going out."""
    rounded = [round(width) for width in widths]
    window: dict[int, int] = {}
    for width in rounded[:reach]:
        window[width] = window.get(width, 0) + 1
    rooms = []
    best, room = 0, -1.0
    for k in range(len(rounded)):
        lo, hi = max(0, k - reach), min(k + reach + 1, len(rounded))
        added = rounded[hi - 1] if hi == k + reach + 1 else None
        dropped = rounded[lo - 1] if k > reach else None
        if added is not None:
            window[added] = window.get(added, 0) + 1
        if dropped is not None:
            _drop(window, dropped)
        was = best
        if k == 0 or added != dropped:
            best = _most_shared(window)
        widest_out = dropped is not None and abs(dropped - best) <= 1 and widths[lo - 1] >= room
        if k == 0 or best != was or widest_out:
            room = _widest_near(widths, rounded, lo, hi, best)
        elif added is not None and abs(added - best) <= 1 and widths[hi - 1] > room:
            room = widths[hi - 1]
        rooms.append(room)
    return rooms


def _widest_near(widths: list[float], rounded: list[int], lo: int, hi: int, best: int) -> float:
    """The widest of ``widths[lo:hi]`` whose rounded width is within a cell of ``best``."""
    room = -1.0
    for j in range(lo, hi):
        if best - 1 <= rounded[j] <= best + 1 and widths[j] > room:
            room = widths[j]
    return room


def _drop(window: dict[int, int], width: int) -> None:
    if window[width] == 1:
        del window[width]  # no width left at zero: it would still be weighed in ``_most_shared``
    else:
        window[width] -= 1


def _most_shared(window: dict[int, int]) -> int:
    """The width with the most lines within a cell of it; of equals, the widest."""
    best, best_score = 0, -1
    for width, count in window.items():
        score = count + window.get(width - 1, 0) + window.get(width + 1, 0)
        if score > best_score or (score == best_score and width > best):
            best, best_score = width, score
    return best


def edge(line: Line) -> float:
    """Where a line ends on the page, in cells: its width plus its indent (at most two cells)."""
    return line.width + min(line.indent, 4) / 2


def typical_gap(lines: list[Line]) -> int:
    """The most common number of blank lines between two text lines of the file."""
    counts = Counter(line.gap for line in lines[1:] if line.aside is None)
    return counts.most_common(1)[0][0] if counts else 0


def paragraph_gap(lines: list[Line]) -> int:
    """The most common number of blank lines above a line of running text: how a bulletin parts its
    paragraphs.  Titles and section names are left out: a bulletin that sets its items apart with a
    blank line but puts none under a title has about as many gaps of one as of none, and which way
    ``typical_gap`` tips would depend on how many sections it has."""
    counts = Counter(line.gap for line in lines[1:] if line.aside is None and _running(line.text))
    return counts.most_common(1)[0][0] if counts else typical_gap(lines)


def _running(text: str) -> bool:
    """A line of running text rather than a title: long, or closing a sentence."""
    return len(text) >= _RUNNING_LENGTH or ends_sentence(text)


_RUNNING_LENGTH = 40


def spelled_out(lines: list[Line]) -> list[tuple[list[Line], str]]:
    """Lines with runs of lone characters (``简`` / ``报``: a spaced masthead a PDF extractor cut into a
    line per character) joined into one piece of text."""
    units: list[tuple[list[Line], str]] = []
    for line in lines:
        lone = len(line.text) == 1 and "\u4e00" <= line.text <= "\u9fff"
        if (
            lone
            and units
            and len(units[-1][0][-1].text) == 1
            and units[-1][1].isalpha()
            and len(units[-1][1]) < 12
        ):
            units[-1] = ([*units[-1][0], line], units[-1][1] + line.text)
        else:
            units.append(([line], line.text))
    return units
