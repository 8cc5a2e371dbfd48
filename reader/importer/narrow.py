"""A copy of a narrow screen's lines (a phone's browser, a mobile page): lines joined back.

Copying a page from a phone (or a reader app that keeps the screen's line breaks) gives every visual
line as a line: about 16 characters, a title broken over two or three lines, every paragraph over
many, the blocks apart by blank lines.  Read as it comes, a paragraph's first line — full width, no
punctuation at its end — looks like a title, and a title's second line runs into the text.

When the file is cut at a narrow width and nearly every block of two or more lines reaching it has all
its lines but the last reaching that width (a screen's wrapping, not a writer's line breaks; a block of
short lines is a list: a source, an editor), each such block's lines are joined into one, before
anything reads the layout.  Nothing is lost: the characters are concatenated as printed (a phone
breaks lines without dropping a character)."""

from __future__ import annotations

from reader.importer.lines import Document, Line, wrap_width

_NARROW = 20.0  # cells: a phone's screen; a page or a PDF's column is wider
_SLACK = 3.0  # a screen's line may end this many cells short (a wide character did not fit, ASCII digits)
_MIN_BLOCKS = 4  # wrapped blocks needed to call the file a screen's copy
_SHARE = 0.8  # of the blocks of two or more lines, this many must be wrapped ones


def join_screen_lines(document: Document) -> None:
    """Join each block's screen-wrapped lines (see the module) in place."""
    lines = document.lines
    if any(line.page for line in lines):
        return  # pages (form feeds): a PDF's text, its narrow columns a page's, not a screen's
    width = wrap_width(lines)
    for line in lines:
        line.room = 0.0  # the layout is read again from the joined lines
    if width is None or width > _NARROW:
        return
    blocks = _blocks(lines)
    multi = [block for block in blocks if len(block) >= 2 and any(_full(line, width) for line in block)]
    wrapped = [block for block in multi if all(_full(line, width) for line in block[:-1])]
    if len(wrapped) < _MIN_BLOCKS or len(wrapped) < _SHARE * len(multi):
        return
    joined: list[Line] = []
    for block in blocks:
        if len(block) >= 2 and all(_full(line, width) for line in block[:-1]):
            block[0].text = "".join(line.text for line in block)
            joined.append(block[0])
        else:
            joined.extend(block)
    document.lines = joined


def _blocks(lines: list[Line]) -> list[list[Line]]:
    """Runs of lines with no blank line between (a page break ends a run too)."""
    blocks: list[list[Line]] = []
    for line in lines:
        if (
            blocks
            and line.gap == 0
            and not line.page_top
            and line.aside is None
            and blocks[-1][-1].aside is None
        ):
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return blocks


def _full(line: Line, width: float) -> bool:
    return width - _SLACK <= line.width <= width + 1
