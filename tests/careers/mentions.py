"""Mentions as the recogniser would store them, for the careers' shape tests, and the pairs they give."""

from __future__ import annotations

from reader.careers.claims import Context, MentionSpan, extract


def spans(text: str, **kinds: list[str]) -> list[MentionSpan]:
    """Every listed text of each kind at its first occurrence in ``text``."""
    found = []
    for kind, texts in kinds.items():
        for item in texts:
            at = text.index(item)
            found.append(MentionSpan(kind, "text", at, at + len(item)))
    return found


def pairs(text: str, **kinds: list[str]) -> list[tuple[str, str]]:
    """The (name, post) pairs the careers ledger reads from ``text`` with those mentions."""
    return [(c.name, c.post) for c in extract({"text": text}, spans(text, **kinds), Context("2025-03-01"))]
