"""Document position ↔ offset into ``articles.text``: how a selection in the pane becomes a highlight.

Why a map and not arithmetic: the rendered page has blocks before the body
(breadcrumb, kicker, title, byline, the rule) whose number depends on the
article, and Qt drops empty paragraphs.  The renderer sets every body line as
its own block with ``white-space:pre-wrap`` after the first horizontal rule,
so each body block's text is its line verbatim; this module walks the blocks
once per render and pairs them with the lines.  Offsets never come from the
widget's text: the store's string stays the only truth.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat

_RULE = QTextFormat.Property.BlockTrailingHorizontalRulerWidth


@dataclass(frozen=True)
class BodyMap:
    """Where each line of the body starts in the text and in the document (None: not rendered)."""

    line_starts: tuple[int, ...]
    line_lengths: tuple[int, ...]
    block_positions: tuple[int | None, ...]
    text_length: int

    @property
    def empty(self) -> bool:
        return all(position is None for position in self.block_positions)

    def to_position(self, offset: int) -> int | None:
        """The document position of a text offset (an unrendered empty line maps to the next line)."""
        if not 0 <= offset <= self.text_length or self.empty:
            return None
        line = bisect.bisect_right(self.line_starts, offset) - 1
        within = offset - self.line_starts[line]
        while line < len(self.block_positions) and self.block_positions[line] is None:
            line, within = line + 1, 0
        if line == len(self.block_positions):  # trailing empty lines: the end of the last rendered one
            line = max(n for n, p in enumerate(self.block_positions) if p is not None)
            within = self.line_lengths[line]
        position = self.block_positions[line]
        assert position is not None
        return position + min(within, self.line_lengths[line])

    def to_offset(self, position: int) -> int | None:
        """The text offset of a document position, clamped to the body (None when the body is empty)."""
        rendered = [(p, n) for n, p in enumerate(self.block_positions) if p is not None]
        if not rendered:
            return None
        first_position, first_line = rendered[0]
        if position < first_position:
            return self.line_starts[first_line]
        starts = [p for p, _n in rendered]
        where = bisect.bisect_right(starts, position) - 1
        block_position, line = rendered[where]
        within = min(position - block_position, self.line_lengths[line])
        return self.line_starts[line] + within

    def span(self, cursor: QTextCursor) -> tuple[int, int] | None:
        """A cursor's selection as ``(start, end)`` text offsets; None when it holds no body text."""
        if not cursor.hasSelection():
            return None
        start = self.to_offset(cursor.selectionStart())
        end = self.to_offset(cursor.selectionEnd())
        if start is None or end is None or end <= start:
            return None
        return start, end

    def cursor(self, document: QTextDocument, start: int, end: int) -> QTextCursor | None:
        """A cursor selecting ``text[start:end]`` in the document."""
        first, last = self.to_position(start), self.to_position(end)
        if first is None or last is None:
            return None
        cursor = QTextCursor(document)
        cursor.setPosition(first)
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        return cursor


def _body_start(document: QTextDocument) -> QTextBlock:
    block = document.begin()
    while block.isValid():
        if block.blockFormat().hasProperty(_RULE):
            return block.next()
        block = block.next()
    return document.begin()


def body_map(document: QTextDocument, text: str) -> BodyMap:
    """Pair the body lines of ``text`` with the document's blocks after the first rule."""
    lines = text.split("\n")
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    positions: list[int | None] = []
    block = _body_start(document)
    for line in lines:
        probe = block
        skipped = 0
        while probe.isValid() and probe.text() != line and skipped < 3:
            probe, skipped = probe.next(), skipped + 1  # a credit or caption line the renderer added
        if probe.isValid() and probe.text() == line and (line or skipped == 0):
            positions.append(probe.position())
            block = probe.next()
        else:
            positions.append(None)  # Qt dropped an empty paragraph, or the line is not shown
    return BodyMap(tuple(starts), tuple(len(line) for line in lines), tuple(positions), len(text))


def word_at(text: str, offset: int) -> tuple[int, int] | None:
    """The jieba word of ``text`` around ``offset`` (the project's tokenizer, with places and titles).

    Qt's own double-click selects a whole run of CJK characters up to the next
    punctuation mark; a reader double-clicking 鲍常勇 wants the name.  Only the
    line holding ``offset`` is tokenized, so this stays fast on long articles.
    """
    if not 0 <= offset < len(text) or text[offset] == "\n":
        return None
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    from reader.entities.dictionaries import tokenizer  # jieba loads its dictionary on first use

    for _word, start, end in tokenizer().tokenize(line):
        if start <= offset - line_start < end:
            return line_start + start, line_start + end
    return None
