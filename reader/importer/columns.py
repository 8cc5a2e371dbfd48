"""Pages whose lines hold two or three columns side by side (``pdftotext -layout``) read column after column.

``-layout`` keeps the physical page: a newspaper article set in three columns
comes out as lines holding three pieces of text apart by runs of spaces.  Read
as it stands, every line would mix three places of the article.  Per page, the
columns are found where pieces of text start on many lines (character
positions, within a few characters); a *band* is a run of lines whose pieces
fall into two or more columns; each band is rewritten as its first column,
then its second, then its third.  Lines outside bands (headlines across the
page, bylines, page numbers) stay as they are.  Only spaces and line breaks
move: no character is added or lost.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

_PIECE = re.compile(r"\S+(?:[ \u3000]\S+)*")
"""Text between runs of two or more spaces.  A single ideographic space is the text's own
(``发布时间：…　来源：…``, a name's ``王　芳``): ``-layout`` draws its gutters with ASCII spaces, and a lynx
or Word copy cut at one would split one line into two "columns"."""
_GUTTER = re.compile(r"\S {2}")
_TOLERANCE = 4  # characters a column's pieces may start apart
_MIN_SHARE = 0.1  # share of a page's lines that must hold two columns for the page to have columns
_LONG_PIECE = 6  # a column's line holds at least this many characters; names in a byline fewer


class _Piece(NamedTuple):  # a tuple: a page holds thousands of pieces, and a tuple is quick to make
    start: int
    text: str


def unfold(text: str) -> str:
    """``text`` with its multi-column pages read column by column; other pages unchanged."""
    if "   " not in text:
        return text
    pages = text.split("\f")
    changed = False
    for k, page in enumerate(pages):
        unfolded = _unfold_page(page)
        if unfolded is not None:
            pages[k] = unfolded
            changed = True
    return "\f".join(pages) if changed else text


def _pieces(line: str, *, row: bool = False) -> list[_Piece]:
    if row or ("|" in line and _drawn_row(line)):
        return [_Piece(len(line) - len(line.lstrip()), line.strip())] if line.strip() else []
    return [_Piece(match.start(), match.group()) for match in _PIECE.finditer(line)]


def _ruled_rows(lines: list[str]) -> set[int]:
    """The lines of a table pandoc writes with dashed rules (a simple or multiline table: ``  ------  ----``
    over and under rows whose cells are padded with spaces): from the line over its first rule (the head
    row) to its last rule, or to the blank line ending a simple table that has no rule under it.  Its
    cells are one row's, never side-by-side columns to read one after another."""
    rules = [k for k, line in enumerate(lines) if _RULE.match(line)]
    rows: set[int] = set()
    for n, k in enumerate(rules):
        if k > 0 and lines[k - 1].strip():
            rows.add(k - 1)  # the head row over the rule
        nxt = rules[n + 1] if n + 1 < len(rules) else None
        if nxt is not None and nxt - k <= _TABLE_LINES:
            rows.update(range(k, nxt + 1))
            continue
        end = k + 1
        while end < len(lines) and lines[end].strip() and end - k <= _TABLE_LINES:
            end += 1
        rows.update(range(k, end))
    return rows


_RULE = re.compile(r"^ *-{3,}(?: +-{3,})* *$")
_TABLE_LINES = 60


def _drawn_row(line: str) -> bool:
    """``|指标        |一季度完成    |同比增长    |``: a table's row drawn with bars (antiword, a print, a
    Markdown table), its cells padded with spaces to the columns' width.  The bars say where its cells
    are: one piece, never side-by-side columns to read one after another."""
    text = line.strip()
    return len(text) > 2 and text[0] == "|" and text[-1] == "|" and text.count("|") >= 3


def _unfold_page(page: str) -> str | None:
    lines = page.split("\n")
    if not _may_have_columns(lines):
        return None
    rows = _ruled_rows(lines) if "---" in page else set()
    pieces = [_pieces(line, row=k in rows) for k, line in enumerate(lines)]
    starts = _column_starts(pieces)
    if starts is None:
        return None
    columns = [[_column_of(piece.start, starts) for piece in row] for row in pieces]
    in_band = _bands(pieces, columns, starts)
    out: list[str] = []
    k = 0
    while k < len(lines):
        if not in_band[k]:
            out.append(lines[k])
            k += 1
            continue
        end = k
        while end < len(lines) and in_band[end]:
            end += 1
        out.extend(_read_band(pieces[k:end], columns[k:end], starts))
        k = end
    return "\n".join(out)


def _may_have_columns(lines: list[str]) -> bool:
    """Whether enough lines hold white space between words for ``_column_starts`` to find columns.

    A line of two pieces or more holds white space inside it (``str.split`` and the pattern's ``\\S``
    mean the same white space), so counting such lines bounds the lines of two columns from above; most
    pages fall short of the share and are let go before any piece is built."""
    text_lines = split = 0
    for line in lines:
        words = len(line.split(maxsplit=1))
        text_lines += words > 0
        split += words > 1
    return split >= 3 and split >= text_lines * _MIN_SHARE


def _column_starts(pieces: list[list[_Piece]]) -> list[int] | None:
    """Where the page's columns start, when at least a fifth of its lines hold two or more columns."""
    text_lines = [row for row in pieces if row]
    multi = [row for row in text_lines if sum(len(piece.text) >= _LONG_PIECE for piece in row) >= 2]
    if len(multi) < 3 or len(multi) < len(text_lines) * _MIN_SHARE:
        return None
    positions = sorted(piece.start for row in multi for piece in row[1:])
    clusters: list[list[int]] = []
    for position in positions:
        if clusters and position - clusters[-1][-1] <= _TOLERANCE:
            clusters[-1].append(position)
        else:
            clusters.append([position])
    support = max(3, len(multi) // 10)
    starts = [0] + [min(cluster) for cluster in clusters if len(cluster) >= support]
    return starts if len(starts) >= 2 else None


def _column_of(start: int, starts: list[int]) -> int:
    best = 0
    for k, column_start in enumerate(starts):
        if start >= column_start - _TOLERANCE:
            best = k
    return best


def _at_a_column(start: int, starts: list[int]) -> bool:
    return any(abs(start - column_start) <= _TOLERANCE for column_start in starts)


def _bands(pieces: list[list[_Piece]], columns: list[list[int]], starts: list[int]) -> list[bool]:
    """Lines that belong to a run of side-by-side columns (with the single-column lines inside the run)."""
    multi = [len(set(row)) >= 2 and _fits(line, starts) for row, line in zip(columns, pieces, strict=True)]
    in_band = list(multi)
    unit = _blank_unit(pieces)  # one run of blank lines, as wide as the page spaces them
    for k, row in enumerate(pieces):
        if multi[k] or not row:
            continue
        before = next((j for j in range(k - 1, max(-1, k - 2 - unit), -1) if pieces[j]), None)
        after = next((j for j in range(k + 1, min(len(pieces), k + 2 + unit)) if pieces[j]), None)
        if before is not None and after is not None and multi[before] and multi[after]:
            in_band[k] = True
        elif (rows := _between_column_lines(pieces, multi, k, starts)) is not None:
            for j in rows:
                in_band[j] = True
    _staggered_runs(pieces, columns, starts, in_band)
    for k in range(1, len(pieces)):  # a column running on a line or two after the others ended
        row = pieces[k]
        if not in_band[k] and in_band[k - 1] and len(row) == 1 and _at_a_column(row[0].start, starts):
            in_band[k] = True
    for k, row in enumerate(pieces):  # a run of blank lines between band lines is part of the band
        if row or k == 0 or not in_band[k - 1] or in_band[k]:
            continue
        end = next((j for j in range(k, min(len(pieces), k + unit + 1)) if pieces[j]), None)
        if end is not None and in_band[end]:
            for j in range(k, end):
                in_band[j] = True
    return in_band


def _staggered_runs(
    pieces: list[list[_Piece]], columns: list[list[int]], starts: list[int], in_band: list[bool]
) -> None:
    """Columns whose baselines do not line up (pdfplumber's ``extract_text(layout=True)`` gives each
    column's line a row of its own where its neighbour's falls between two): a run of rows each holding
    one column's text, the columns taking turns row by row (not one article's text with its writer's
    name set right), between two bands — or between the page's head (a
    row of more pieces than columns) and a band, or a band and the page's end — is one band with them."""
    k, n = 0, len(pieces)
    while k < n:
        if in_band[k]:
            k += 1
            continue
        end = k
        while end < n and not in_band[end] and len(set(columns[end])) <= 1:
            end += 1
        if not all(_column_line(pieces[j], columns[j], starts) for j in range(k, end)):
            k = max(end, k + 1)
            continue  # a page's head, a headline centred across the page, a jump line set right
        above = k - 1
        while above >= 0 and not pieces[above]:
            above -= 1
        opens = above < 0 or in_band[above] or not _fits(pieces[above], starts)
        order = [columns[j][0] for j in range(k, end) if pieces[j]]
        switches = sum(1 for a, b in pairwise(order) if a != b)
        used = set(order) if switches >= 2 and switches * 3 >= len(order) else set()  # rows taking turns
        closes = end == n or in_band[end]  # a band under the run, or the page's end
        if closes and (opens or (end == n and above >= 0 and in_band[above])) and len(used) >= 2:
            for j in range(k, end):
                in_band[j] = True
        k = max(end, k + 1)


def _column_line(row: list[_Piece], row_columns: list[int], starts: list[int]) -> bool:
    """A row that may be one column's line: blank, or one or two pieces (``本报讯（记者   某某）…``) in one
    column, the first at that column's start — the first column's near the page's left edge."""
    if not row:
        return True
    if len(row) > 2:
        return False
    column, start = row_columns[0], row[0].start
    return start * 3 < starts[1] if column == 0 else abs(start - starts[column]) <= _TOLERANCE


def _between_column_lines(
    pieces: list[list[_Piece]], multi: list[bool], k: int, starts: list[int]
) -> range | None:
    """Line ``k`` is one column's line of a pair ``-layout`` set on two rows (a headline in one column
    sits on its own baseline beside the other column's text: ``共享单车…`` / ``        社区治理…``): the
    pair, each one piece at a column's start and in another column, stands between lines of side-by-side
    columns, over and under any blank lines.  The rows from the line above to the line below, blank
    ones included (so a wider-spaced copy reads the same), or ``None``."""
    row = pieces[k]
    if len(row) != 1 or not _at_a_column(row[0].start, starts):
        return None
    for other in (k - 1, k + 1):
        if not 0 <= other < len(pieces) or len(pieces[other]) != 1:
            continue
        mate = pieces[other][0]
        if not _at_a_column(mate.start, starts) or _column_of(mate.start, starts) == _column_of(
            row[0].start, starts
        ):
            continue
        top, bottom = min(k, other), max(k, other)
        unit = _blank_unit(pieces)
        above = next((j for j in range(top - 1, max(-1, top - 2 - unit), -1) if pieces[j]), None)
        below = next((j for j in range(bottom + 1, min(len(pieces), bottom + 2 + unit)) if pieces[j]), None)
        if above is not None and below is not None and multi[above] and multi[below]:
            return range(above, below + 1)
    return None


def _blank_unit(pieces: list[list[_Piece]]) -> int:
    """The page's shortest run of blank lines (1 when it has none): the pair may stand that far from the
    columns' lines, as far in a copy spaced twice as wide as in the file."""
    runs, run = [], 0
    for row in pieces:
        if row:
            if run:
                runs.append(run)
            run = 0
        else:
            run += 1
    return min(runs, default=1)


def _fits(row: list[_Piece], starts: list[int]) -> bool:
    """No more pieces than the page has columns.  A masthead's line across the page (``第3期    中華民國
    一一三年一月二十日    某某處編印``: three pieces over two columns) is cut by its own runs of spaces, not
    by the gutters: it is never a band's line, so none of it goes into a column's text, whether a blank line
    parts it from the columns under it, two or three do (a converter spacing the page wider), or none."""
    return sum(1 for piece in row if len(piece.text) > 1) <= len(starts)


def _read_band(pieces: list[list[_Piece]], columns: list[list[int]], starts: list[int]) -> list[str]:
    """One band as its columns one after another; a piece keeps its indent within its column."""
    per_column: list[list[str]] = [[] for _ in starts]
    pending = [0 for _ in starts]  # blank lines a column owes before its next text: the widest run since
    run = 0  # its last text, so a copy spaced twice as wide gives each column twice the blank lines
    for row, row_columns in zip(pieces, columns, strict=True):
        if not row:
            run += 1
            continue
        if run:
            pending = [max(owed, run) for owed in pending]
            run = 0
        merged: dict[int, str] = {}
        for piece, column in zip(row, row_columns, strict=True):
            indent = " " * max(0, piece.start - starts[column])
            merged[column] = f"{merged[column]}  {piece.text}" if column in merged else indent + piece.text
        for column, text in merged.items():
            if per_column[column] and pending[column]:
                per_column[column].extend([""] * pending[column])
            pending[column] = 0
            per_column[column].append(text)
    out: list[str] = []
    for lines in per_column:
        while lines and not lines[-1]:
            lines.pop()
        out.extend(lines)
    return out
