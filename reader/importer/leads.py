"""Items each one paragraph led by its title: ``■县政府召开…会议　3月17日，县政府召开…`` — a 政务要闻 sheet's
bold lead, apart from its text only by a space.

The title and the text share a line, so no step after this one sees a title: the issue reads as one article.
Here each such line is cut after its lead when the file holds two or more of them: a blank line before the
item, the square on a line of its own (``■`` before a short name marks a column's label, not a title), the
title, and the text on the next line with the line's indent.  Only line breaks and indents are added, no
character is lost.  A lead is 4–30 characters without sentence punctuation; the text after it must read as
a paragraph (10 characters or more on the line, with a comma or a full stop) — a ``■`` section label or a
``■田冲`` byline has none.
"""

from __future__ import annotations

import re

_SQUARE = re.compile(
    r"^([ \t\u3000]*)■([^\s，。；：:,;！？、■【】]{4,30}[ \u3000]+)(?=\S)(.*)$", re.MULTILINE
)
"""Groups: the indent, the title with the space after it, the text."""
_MIN_TEXT = 10
_MIN_ITEMS = 2


def cut_leads(text: str) -> str:
    """``text`` with each lead-titled paragraph's lead on lines of its own; other files unchanged."""
    if "■" not in text:  # most files: no regex run
        return text
    found = [m for m in _SQUARE.finditer(text) if _paragraph(m.group(3))]
    if len(found) < _MIN_ITEMS:
        return text
    out = []
    last = 0
    for m in found:
        indent, title, rest = m.groups()
        apart = "" if m.start() < 2 or text[m.start() - 2] == "\n" else "\n"  # a blank line before the item
        out += [text[last : m.start()], apart, f"{indent}■\n{indent}{title}\n{indent}{rest}"]
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _paragraph(rest: str) -> bool:
    return len(rest) >= _MIN_TEXT and ("，" in rest or "。" in rest)
