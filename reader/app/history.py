"""Back and forward over the places a reader visited: articles and entity pages alike.

Why entity pages are places too: after "article A → click 鲍常勇 → his page", Back must
return to A, the article the reader came from.  When only articles were recorded, Back
from the entity page skipped A and went to the article before it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ArticlePlace:
    article_id: int


@dataclass(frozen=True)
class EntityPlace:
    kind: str
    text: str


Place = ArticlePlace | EntityPlace


class History:
    def __init__(self) -> None:
        self.places: list[Place] = []
        self.position = -1

    @property
    def current(self) -> Place | None:
        return self.places[self.position] if self.position >= 0 else None

    def visit(self, place: Place) -> None:
        """Record a place the reader went to; forward history after the current place is dropped."""
        if place == self.current:
            return
        del self.places[self.position + 1 :]
        self.places.append(place)
        self.position = len(self.places) - 1

    def can_go(self, step: int) -> bool:
        return 0 <= self.position + step < len(self.places)

    def go(self, step: int) -> Place | None:
        """Move ``step`` places (−1 back, +1 forward); None (and no move) at either end."""
        if not self.can_go(step):
            return None
        self.position += step
        return self.places[self.position]

    def forget_article(self, article_id: int) -> None:
        """Drop an article that left the library (removed issue), keeping the current place in step."""
        kept = []
        for number, place in enumerate(self.places):
            if place == ArticlePlace(article_id):
                if number <= self.position:
                    self.position -= 1
                continue
            kept.append(place)
        self.places = kept
        self.position = max(-1, min(self.position, len(kept) - 1))
