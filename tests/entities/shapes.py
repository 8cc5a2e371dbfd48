"""What the held-out shape tests read from a sentence: the recogniser's mentions of some kinds, and the
careers ledger's (name, post) pairs — one reading for every round's tests."""

from __future__ import annotations

from reader.careers.claims import Context, MentionSpan, extract
from reader.entities.recogniser import Recogniser


def found(recogniser: Recogniser, text: str, *kinds: str) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in recogniser.recognise(text) if m.kind in kinds]


def pairs(recogniser: Recogniser, text: str) -> list[tuple[str, str]]:
    """The careers ledger's (name, post) pairs of ``text`` read with the recogniser's mentions."""
    spans = [MentionSpan(m.kind, "text", m.start, m.end) for m in recogniser.recognise(text)]
    return [(c.name, c.post) for c in extract({"text": text}, spans, Context("2025-03-01"))]
