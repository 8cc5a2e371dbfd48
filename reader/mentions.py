"""Value types every layer shares about entities: the kinds, the fields they sit in, a mention.

Neutral ground between the store and the recogniser, so neither imports the other; importing
this loads no jieba and no model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = ("person", "position", "place", "organization", "date", "quantity")
"""The six kinds of entity, in the order the legend shows them."""

FIELDS = ("title", "kicker", "subtitle", "text")
"""The article fields the recogniser reads; a mention's offsets are into one of them.  The order is
the recogniser's (its fingerprints join the fields in it): keep it."""

READING_ORDER = ("kicker", "title", "subtitle", "text")
"""The same fields as a page prints them, the kicker above the title: the order lines are listed in."""


@dataclass(frozen=True)
class Mention:
    kind: str
    start: int
    end: int
    text: str


def normalise_name(text: str) -> str:
    """The index key of a mention: padded names lose their spaces (唐 翀 → 唐翀)."""
    return re.sub(r"\s+", "", text)
