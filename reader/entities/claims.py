"""A mention, and the set of non-overlapping spans a recogniser run has claimed so far.

Rules run in order of confidence; the first rule to claim a character wins, so
a weaker rule can never cut through a stronger one's span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    kind: str
    start: int
    end: int
    text: str


class Claims:
    """Non-overlapping spans of one text, first claim wins."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.owner = [False] * len(text)
        self.spans: list[Mention] = []

    def taken(self, start: int, end: int) -> bool:
        return any(self.owner[start:end])

    def add(self, kind: str, start: int, end: int) -> bool:
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if start >= end or self.taken(start, end):
            return False
        self.owner[start:end] = [True] * (end - start)
        self.spans.append(Mention(kind, start, end, self.text[start:end]))
        return True

    def mentions(self) -> list[Mention]:
        return sorted(self.spans, key=lambda m: m.start)


def normalise_name(text: str) -> str:
    """The index key of a mention: padded names lose their spaces (唐 翀 → 唐翀)."""
    return re.sub(r"\s+", "", text)
