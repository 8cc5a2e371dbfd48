"""Concordance lines (keyword in context): every occurrence with its left and right context.

Contexts are the characters of the same field right before and after the match,
at most ``width`` of them; line breaks and tabs inside a context become spaces
(one for one, so a context is still exactly as long as the text it shows) so
every line of a concordance is one line.  The match itself is the stored text,
so ``article[field][start:start + len(match)] == match`` always holds.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from typing import IO, Any, Literal, NamedTuple

from reader.mentions import READING_ORDER
from reader.research.matching import Matcher

FIELDS = READING_ORDER  # the searched fields, in reading order
FIELD_ORDER = {name: number for number, name in enumerate(FIELDS)}
Sort = Literal["date", "left", "right", "source"]
SORTS: tuple[Sort, ...] = ("date", "left", "right", "source")
DEFAULT_WIDTH = 20
CSV_COLUMNS = (
    "article_id", "field", "start", "end", "left", "match", "right",
    "issue_date", "publication", "source_file", "title",
)  # fmt: skip
_UNDATED = "\uffff"  # sorts after every date
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)


class ArticleInfo(NamedTuple):
    """What a concordance line shows about its article; shared by all of the article's lines."""

    article_id: int
    issue_id: int
    position: int
    title: str
    issue_date: str | None
    source_file: str
    publication: str | None

    @property
    def source(self) -> str:
        """The publication when the importer found one, else the file name."""
        return self.publication or self.source_file

    def reading_key(self) -> tuple[str, int, int]:
        """Oldest issue first, undated last; then the issue's own order."""
        return (self.issue_date or _UNDATED, self.issue_id, self.position)


class Occurrence(NamedTuple):
    """One concordance line.  A tuple: a common word gives hundreds of thousands of them."""

    article: ArticleInfo
    field: str
    start: int
    match: str
    left: str
    right: str

    @property
    def end(self) -> int:
        return self.start + len(self.match)

    def as_dict(self) -> dict[str, Any]:
        article = self.article
        return {
            "article_id": article.article_id,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "left": self.left,
            "match": self.match,
            "right": self.right,
            "issue_date": article.issue_date,
            "publication": article.publication,
            "source_file": article.source_file,
            "title": article.title,
        }


def _one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def occurrences_in(
    article: ArticleInfo, values: Iterable[str | None], matcher: Matcher, width: int = DEFAULT_WIDTH
) -> list[Occurrence]:
    """The article's lines, field by field in ``FIELDS`` order (``values`` in that order too).

    Written for speed: a common word gives a line every few hundred characters,
    and this loop runs once per line.
    """
    found: list[Occurrence] = []
    append = found.append
    make = tuple.__new__
    only = matcher.only
    for field, value in zip(FIELDS, values, strict=True):
        if not value:
            continue
        present = only.spellings_in(value) if only is not None else None
        if present is not None:  # one term: if the field holds one spelling of it, find that inline
            if len(present) == 1:
                literal = present[0]
                start = value.find(literal)
                if start == -1:
                    continue
                flat = _one_line(value)
                size = len(literal)
                while start != -1:
                    end = start + size
                    left = flat[start - width : start] if start >= width else flat[:start]
                    append(make(Occurrence, (article, field, start, literal, left, flat[end : end + width])))
                    start = value.find(literal, start + 1)
                continue
            if not present:
                continue
        spans = matcher.spans(value)
        if spans:
            flat = _one_line(value)
            for start, end in spans:
                left = flat[start - width : start] if start >= width else flat[:start]
                append(
                    make(Occurrence, (article, field, start, value[start:end], left, flat[end : end + width]))
                )
    return found


def _by_reading(item: Occurrence) -> tuple[str, int, int, int, int]:
    return (*item.article.reading_key(), FIELD_ORDER[item.field], item.start)


def sort_occurrences(items: list[Occurrence], by: Sort = "date") -> list[Occurrence]:
    """A new list in the chosen order; ties keep reading order (date, issue, article, field, offset).

    ``left`` sorts by the context read backwards from the match, the nearest
    character first, as concordancers do; ``source`` by publication (or file).
    """
    ordered = sorted(items, key=_by_reading)
    if by == "left":
        ordered.sort(key=lambda item: item.left[::-1])
    elif by == "right":
        ordered.sort(key=lambda item: item.right)
    elif by == "source":
        ordered.sort(key=lambda item: (item.article.source, item.article.source_file))
    elif by != "date":
        raise ValueError(f"unknown sort {by!r}; choose one of {', '.join(SORTS)}")
    return ordered


def display_width(text: str) -> int:
    """Columns a terminal gives ``text``: two for East Asian wide and full-width characters."""
    return len(text) + len(_WIDE.findall(text))


def aligned(item: Occurrence, width: int, marks: tuple[str, str] = ("【", "】")) -> str:
    """``left`` right-aligned in a column of ``width`` characters, the match marked, then ``right``."""
    pad = max(0, 2 * width - display_width(item.left))
    return f"{' ' * pad}{item.left}{marks[0]}{item.match}{marks[1]}{item.right}"


def write_csv(items: Iterable[Occurrence], stream: IO[str]) -> int:
    """One header row then one row per line (``CSV_COLUMNS``); returns the number of lines written."""
    writer = csv.writer(stream)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for item in items:
        row = item.as_dict()
        writer.writerow([row[column] if row[column] is not None else "" for column in CSV_COLUMNS])
        count += 1
    return count


def iter_dicts(items: Iterable[Occurrence]) -> Iterator[dict[str, Any]]:
    return (item.as_dict() for item in items)
