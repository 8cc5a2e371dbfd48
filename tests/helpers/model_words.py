"""The recogniser's model reading, as an entity test states it."""

from __future__ import annotations

from reader.entities.lac import Word


def model_reading(text: str, *spans: tuple[str, str, int]) -> list[Word]:
    """The model's words for ``text`` as a test states them: (tag, word, occurrence) — the rules are what
    is tested, on a reading the model is known to give such text."""
    words = []
    for tag, word, occurrence in spans:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(word, start + 1)
        words.append(Word(start, start + len(word), tag, 5.0))
    return sorted(words, key=lambda w: w.start)
