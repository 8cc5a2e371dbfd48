"""The filters a search, a concordance or a trend is narrowed by: the search panel's, as one value."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any

from reader.dates import iso_date
from reader.errors import ReaderError


@dataclass(frozen=True)
class Filters:
    """Issue dates (inclusive, ``YYYY-MM-DD``), section name, tag name, one issue, a set of articles.

    ``article_ids`` narrows to articles chosen elsewhere (one entity's articles);
    it is not saved with a saved search, which must follow the library as it grows.
    """

    date_from: str | None = None
    date_to: str | None = None
    section: str | None = None
    tag: str | None = None
    issue_id: int | None = None
    article_ids: frozenset[int] | None = None

    def __post_init__(self) -> None:
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None:
                try:
                    iso_date(value)
                except ValueError as error:
                    raise ReaderError(str(error)) from error

    @property
    def empty(self) -> bool:
        return all(getattr(self, item.name) is None for item in fields(self))

    def to_dict(self) -> dict[str, Any]:
        """What a saved search keeps: every filter but ``article_ids``, omitting the unset ones."""
        return {k: v for k, v in asdict(self).items() if v is not None and k != "article_ids"}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> Filters:
        data: dict[str, Any] = json.loads(text or "{}")
        known = {item.name for item in fields(cls)} - {"article_ids"}
        return cls(**{k: v for k, v in data.items() if k in known})

    def describe(self) -> str:
        """One short line for people: ``2024-01-01 – 2024-06-30 · 要闻 · #招商``."""
        parts = []
        if self.date_from or self.date_to:
            parts.append(f"{self.date_from or '…'} – {self.date_to or '…'}")
        if self.section:
            parts.append(self.section)
        if self.tag:
            parts.append(f"#{self.tag}")
        if self.issue_id is not None:
            parts.append(f"issue {self.issue_id}")
        if self.article_ids is not None:
            parts.append(f"{len(self.article_ids)} articles")
        return " · ".join(parts)
