"""Files whose line breaks were lost: a scraped page kept as one line, its blocks apart by runs of spaces.

A scraper that joins a page's text nodes with spaces, or a tool that drops
line breaks, leaves the whole issue on one line (or a few): title, toolbar,
every paragraph.  Such a line still shows where its blocks end: a run of three
or more spaces between blocks, and the two ideographic spaces (``　　``) that
indent every paragraph of Chinese text.  The line is cut there, before any
other step reads it.  Only line breaks are added; no character is lost.
"""

from __future__ import annotations

import re

_LONG_LINE = 300  # characters: a line this long holding block breaks is a page, not a paragraph
_MIN_BREAKS = 3
_SPACE_RUN = re.compile(r"(?<=\S)[ \t\u00a0]{3,}(?=[^ \t\u00a0])")
_INDENT = re.compile(r"(?<=[^\s\u3000])(?=\u3000\u3000\S)")
_RUN = re.compile(r"[ \t\u00a0]{3,}")
"""The runs ``_SPACE_RUN`` cuts at, found without its look-arounds, which kept the regex engine from
skipping ahead to the next space: ``_breaks`` tests the characters on either side.  (A look-ahead
here instead would backtrack over every suffix of a long run of spaces at the end of a line.)"""


def split_run_ons(text: str) -> str:
    """``text`` with each run-on line cut into its blocks; files with ordinary lines unchanged."""
    if len(text) < _LONG_LINE:
        return text
    lines = text.split("\n")
    changed = False
    for k, line in enumerate(lines):
        if len(line) >= _LONG_LINE and (cut := _split(line)) != line:
            lines[k], changed = cut, True
    return "\n".join(lines) if changed else text  # most files: their long lines are paragraphs, not pages


def _split(line: str) -> str:
    if _breaks(line) < _MIN_BREAKS:
        return line  # a long paragraph, not a page run together
    return _INDENT.sub("\n", _SPACE_RUN.sub("\n", line))


def _breaks(line: str) -> int:
    """How many places ``_split`` would cut ``line``: runs of spaces after a character that is no space
    (as ``_SPACE_RUN`` finds them), and paragraph indents (``_INDENT`` needs two ideographic spaces)."""
    runs = 0
    if " " in line or "\t" in line or "\u00a0" in line:  # a run's characters: most paragraphs hold none
        runs = sum(1 for run in _RUN.finditer(line) if _between_text(line, run.start(), run.end()))
    return runs + (len(_INDENT.findall(line)) if "\u3000\u3000" in line else 0)


def _between_text(line: str, start: int, end: int) -> bool:
    """A run of spaces (the longest, as ``_RUN`` finds it) after a character that is no white space and
    before another character: where ``_SPACE_RUN`` cuts."""
    return start > 0 and end < len(line) and not line[start - 1].isspace()
