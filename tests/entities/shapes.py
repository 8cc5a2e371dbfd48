"""What the held-out shape tests read from a sentence: the recogniser's mentions of some kinds, and the
careers ledger's (name, post) pairs — one reading for every round's tests."""

from __future__ import annotations

from reader.careers.claims import Context, MentionSpan, extract
from reader.entities.lac import Word
from reader.entities.recogniser import Recogniser


def found(recogniser: Recogniser, text: str, *kinds: str) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in recogniser.recognise(text) if m.kind in kinds]


def pairs(recogniser: Recogniser, text: str) -> list[tuple[str, str]]:
    """The careers ledger's (name, post) pairs of ``text`` read with the recogniser's mentions."""
    spans = [MentionSpan(m.kind, "text", m.start, m.end) for m in recogniser.recognise(text)]
    return [(c.name, c.post) for c in extract({"text": text}, spans, Context("2025-03-01"))]


def found_in_reading(recogniser: Recogniser, text: str, words: list[Word], kind: str) -> list[str]:
    """The mentions of ``kind`` the rules make of ``text`` given the model's reading ``words``."""
    return [m.text for m in recogniser.analyse(text, words).mentions if m.kind == kind]
