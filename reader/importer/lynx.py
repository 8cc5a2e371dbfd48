"""A text browser's link numbers: ``lynx -dump`` writes ``[9]`` before every link's text and lists the
links' addresses at the end under ``References`` (``   9. http://…``).

The numbers are the browser's, not the page's: left in, ``[1]首页 [2]政务公开`` reads as a heading, not as
the page's menu, and ``[9]【县长…调研…】`` keeps a number in the item's title.  So when a file ends with
such a list, each ``[n]`` whose ``n`` the list holds is taken out of the text above it; nothing else is
touched, the line breaks stay, and the list itself is set aside later as the page's footer (where the
addresses stay recorded).  A ``[1]`` in a file without the list (a footnote's mark) is kept.
"""

from __future__ import annotations

import re

_REFERENCES = re.compile(
    r"^References[ \t]*\n((?:[ \t]*(?:(?:\d+\.[ \t]+\S+|(?:Visible|Hidden) links:)[ \t]*)?(?:\n|$))+)",
    re.MULTILINE,
)
"""The list's heading and its entries (``   12. http://…``; lynx may head the ones not shown on the page
``Hidden links:``), blank lines between them allowed."""
_ENTRY = re.compile(r"^[ \t]*(\d+)\.", re.MULTILINE)
_NUMBER = re.compile(r"\[(\d+)\]")
_MIN_ENTRIES = 2


def drop_link_numbers(text: str) -> tuple[str, str | None]:
    """``text`` without lynx's ``[n]`` link numbers, and a note saying how many went; unchanged (and no
    note) for a file without a ``References`` list of numbered addresses at its end."""
    if "References" not in text:  # most files: no regex run
        return text, None
    listed = _references(text)
    if listed is None:
        return text, None
    at, numbers = listed
    body = text[:at]
    dropped = 0

    def drop(match: re.Match[str]) -> str:
        nonlocal dropped
        if int(match.group(1)) not in numbers:
            return match.group(0)
        dropped += 1
        return ""

    body = _NUMBER.sub(drop, body)
    if not dropped:
        return text, None
    note = (
        f"lynx dump: {dropped} link numbers ([1], [2] …) taken out of the text; "
        "the References list they number is set aside"
    )
    return body + text[at:], note


def _references(text: str) -> tuple[int, set[int]] | None:
    """Where the last ``References`` list starts and the numbers it holds: 1, 2, 3 … in order, the list
    ending the file (a text that only mentions references holds no such list)."""
    start = text.rfind("References")
    found = _REFERENCES.match(text, start)  # ``^``: only at a line's start
    if found is None or text[found.end() :].strip():
        return None
    numbers = [int(n) for n in _ENTRY.findall(found.group(1))]
    if len(numbers) < _MIN_ENTRIES or numbers != list(range(1, len(numbers) + 1)):
        return None
    return found.start(), set(numbers)
