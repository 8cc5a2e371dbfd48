"""Value types of the career ledger that the store and ``reader.careers`` share.

Neutral ground below both (as ``reader.mentions`` is for entities), so the store can hand back
claims without importing the code that finds them.
"""

from __future__ import annotations

from dataclasses import dataclass

Unit = tuple[str, str | None]  # (name, place): the person a claim anchors


@dataclass(frozen=True)
class Claim:
    name: str
    post: str
    place: str | None
    organisation: str | None
    kind: str  # mention | appointment | removal
    date: str | None  # ISO: the day the text says this was so
    field: str
    start: int  # the claim's span (post and name) in the field
    end: int
    printed: str  # the post as printed


@dataclass
class StoredClaim:
    """A claim as the store gives it back: with its article and where that article was printed."""

    claim_id: int
    article_id: int
    name: str
    post: str
    place: str | None
    organisation: str | None
    kind: str
    date: str | None
    printed: str
    field: str = "text"
    start: int = 0
    end: int = 0
    title: str = ""
    publication: str | None = None
    article_key: str = ""


@dataclass(frozen=True)
class Correction:
    """A user's merge or split of two units (people), kept by text so it outlives every rewrite."""

    action: str  # merge | split
    unit: Unit
    other: Unit
