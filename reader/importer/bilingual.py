"""English renderings printed beside the Chinese lines of a bilingual bulletin.

A department's bilingual newsletter or news digest prints every item's title twice: an English line
right over (or under) the Chinese title, then the Chinese text; its masthead says the name, the issue
number and the day in both languages (``政府新聞簡報`` / ``Government News Digest``, ``第5期 Issue No. 5``,
``2019年1月30日 30 January 2019``).  Read as they come, the English line takes the Chinese title's place
and the Chinese title reads as a first paragraph, so the whole digest runs into one article.

A file is read as bilingual when at least two English-only lines stand directly over a Chinese heading
(at most one blank line between, the Chinese line short and without a full stop) that stands over running
text.  Then those English lines, and English-only lines touching a Chinese line in the masthead (the
file's first lines), are set aside as the renderings they are, and the English words after the Chinese
words of the masthead's lines are taken off those lines (kept with the issue as pieces), so the
Chinese masthead, titles and texts are read as in a Chinese-only file.  Nothing is dropped: each line
or piece goes to the issue's boilerplate with the reason ``English rendering``.
"""

from __future__ import annotations

import re

from reader.importer.lines import Document, Line

REASON = "English rendering"

_ENGLISH = re.compile(r"^[#*]{0,6}\s?([A-Za-z][A-Za-z0-9'’.,:;&()/!?\-–— ]{2,160}?)\s?[#*]{0,6}$")
"""A line in English words only (Markdown heading marks at its edges allowed): ``Macao Literary Works
of 2018: submissions close this Friday``, ``***** Government News Digest *****``."""

_HAN = re.compile(r"[\u3400-\u9fff]")
_MIN_PAIRS = 2
_MAX_GAP = 1  # a web page's text (w3m, lynx) sets a blank line between the two
_MAX_HEADING = 40  # characters: a Chinese title, not a paragraph
_MIN_RUNNING_HAN = 10
_MASTHEAD_LINES = 8  # the masthead's lines are the file's first few
_ENGLISH_TAIL = re.compile(
    r"^(.{1,200}[\u3400-\u9fff])[ \u3000]+([A-Za-z0-9][A-Za-z0-9.,:'’ ]{1,60}[A-Za-z0-9.])$"
)
"""``第5期 Issue No. 5``, ``2019年1月30日 30 January 2019``: Chinese words then their English rendering."""
_WORDS_IN_TAIL = 2


def mark_renderings(document: Document) -> None:
    """Set aside the English renderings of a bilingual file's titles and masthead (see the module)."""
    lines = document.content()
    pairs = _pairs_over_headings(lines)
    if len(pairs) < _MIN_PAIRS:
        return
    for line, under in pairs:
        document.set_aside(line, REASON)
        under.gap += line.gap  # the title stands where its pair starts: the blank lines over both are its own
    top = lines[:_MASTHEAD_LINES]
    for before, line, after in zip([None, *top[:-1]], top, [*top[1:], None], strict=True):
        if _english(line) and (_touches_chinese(before, line) or _touches_chinese(line, after)):
            document.set_aside(line, REASON)
    for line in top:
        if line.aside is None:
            _take_off_english_tail(document, line)


def _worded(text: str) -> bool:
    """Two or more words, one of them in letters: ``Issue No. 5``, ``30 January 2019``."""
    return len(text.split()) >= _WORDS_IN_TAIL and re.search("[A-Za-z]{2}", text) is not None


def _pairs_over_headings(lines: list[Line]) -> list[tuple[Line, Line]]:
    """The English lines standing right over a Chinese title that is itself over running text."""
    return [
        (line, under)
        for line, under, text in zip(lines, lines[1:], lines[2:], strict=False)
        if under.gap <= _MAX_GAP and _english(line) and _chinese_heading(under) and _running(text, under)
    ]


def _running(line: Line, heading: Line) -> bool:
    """Text under a title: a line longer than the title, or one closing a sentence."""
    return len(_HAN.findall(line.text)) >= _MIN_RUNNING_HAN and (
        "。" in line.text or len(line.text) > len(heading.text)
    )


def _english(line: Line) -> bool:
    match = _ENGLISH.match(line.text)
    return match is not None and len(match.group(1).split()) >= _WORDS_IN_TAIL


def _chinese_heading(line: Line) -> bool:
    text = line.text
    return len(text) <= _MAX_HEADING and len(_HAN.findall(text)) >= 4 and "。" not in text


def _touches_chinese(upper: Line | None, lower: Line | None) -> bool:
    """Two lines with at most one blank line between, one of them with Chinese words."""
    if upper is None or lower is None or lower.gap > _MAX_GAP:
        return False
    return bool(_HAN.search(upper.text) or _HAN.search(lower.text))


def _take_off_english_tail(document: Document, line: Line) -> None:
    """``第5期 Issue No. 5`` → ``第5期`` (``Issue No. 5`` kept as a piece of the line set aside); the
    same again for a line holding two such pairs (``第5期 Issue No. 5　2019年1月30日 30 January 2019``)."""
    while (tail := _ENGLISH_TAIL.match(line.text)) and _worded(tail.group(2)):
        document.pieces_aside.append((line.number + 1, tail.group(2), REASON))
        line.text = tail.group(1)
        inner = _INNER_ENGLISH.search(line.text)
        if inner is None or not _worded(inner.group(1)):
            return
        document.pieces_aside.append((line.number + 1, inner.group(1), REASON))
        line.text = line.text[: inner.start()] + "\u3000" + line.text[inner.end() :]


_INNER_ENGLISH = re.compile(
    r"(?<=[\u3400-\u9fff])[ \u3000]+([A-Za-z0-9][A-Za-z0-9.,:'’ ]{1,60}[A-Za-z0-9.])"
    r"[ \u3000]+(?=\d|[\u3400-\u9fff])"
)
