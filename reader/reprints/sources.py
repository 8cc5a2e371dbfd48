"""``原载…`` notes: where a reprinted article first appeared."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_NOTE = re.compile(
    r"(?:原载|原刊|转载自|转自|来源[:：]?)\s*"
    r"(?:(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日)?\s*"
    r"《(?P<pub>[^《》]{1,30})》\s*"
    r"(?:(?P<page>[A-Za-z]?\d{1,3})\s*版|第\s*(?P<page2>[A-Za-z]?\d{1,3})\s*版)?"
)


@dataclass(frozen=True)
class SourceNote:
    publication: str
    date: str | None  # ISO
    page: str | None  # as printed: "T03"


def parse_note(text: str | None) -> SourceNote | None:
    """``(原载2024年9月30日《驻马店日报》T03版)`` → 驻马店日报, 2024-09-30, T03."""
    if not text:
        return None
    match = _NOTE.search(text)
    if match is None:
        return None
    date = None
    if match.group("y"):
        try:
            date = dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d"))).isoformat()
        except ValueError:
            date = None
    return SourceNote(match.group("pub"), date, match.group("page") or match.group("page2"))
