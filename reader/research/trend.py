"""Phrases over time: occurrences and articles per day, month or year, per 10,000 characters.

Why normalise: a month with twice as many bulletins mentions everything twice
as often.  The denominator is every character of the searched fields (kicker,
title, subtitle, body) of the articles published in the period under the same
filters, so ``per_10k_chars`` reads "how many times in 10,000 characters of
what was published then".  Periods without any occurrence are kept (zero), so
a chart shows gaps as gaps.  Articles without an issue date cannot be placed
in time: they form one ``undated`` period after the dated ones, so the rows
always add up to the concordance's count.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import IO, Any, Literal

from reader.research.kwic import ArticleInfo
from reader.research.matching import Matcher

Granularity = Literal["day", "month", "year"]
GRANULARITIES: tuple[Granularity, ...] = ("day", "month", "year")
UNDATED = "undated"
CSV_COLUMNS = ("period", "query", "occurrences", "articles", "chars", "per_10k_chars")
_LENGTH = {"day": 10, "month": 7, "year": 4}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def period_of(issue_date: str | None, by: Granularity) -> str:
    """``2024-03-15`` → ``2024-03-15`` / ``2024-03`` / ``2024``; no or malformed date → ``undated``."""
    if not issue_date or not _ISO_DATE.fullmatch(issue_date):
        return UNDATED
    return issue_date[: _LENGTH[by]]


def _next(period: str, by: Granularity) -> str:
    if by == "year":
        return f"{int(period) + 1:04d}"
    if by == "month":
        year, month = int(period[:4]), int(period[5:7])
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    return (dt.date.fromisoformat(period) + dt.timedelta(days=1)).isoformat()


def period_range(first: str, last: str, by: Granularity) -> list[str]:
    """Every period from ``first`` to ``last`` inclusive, empty ones too."""
    periods = [first]
    while periods[-1] < last:
        periods.append(_next(periods[-1], by))
    return periods


def _counts(totals: dict[tuple[int, str], list[int]], number: int, period: str) -> tuple[int, int]:
    """A query's occurrences and articles in a period (none when it had no hit there)."""
    occurrences, articles = totals.get((number, period), (0, 0))
    return occurrences, articles


def per_10k(occurrences: int, chars: int) -> float:
    return occurrences * 10_000 / chars if chars else 0.0


@dataclass(frozen=True)
class TrendRow:
    period: str
    query: str
    occurrences: int
    articles: int
    chars: int
    publication: str | None = None  # set in the per-publication breakdown

    @property
    def per_10k_chars(self) -> float:
        return per_10k(self.occurrences, self.chars)

    def as_dict(self) -> dict[str, Any]:
        row: dict[str, Any] = {"period": self.period, "query": self.query}
        if self.publication is not None:
            row["publication"] = self.publication
        row.update(
            occurrences=self.occurrences,
            articles=self.articles,
            chars=self.chars,
            per_10k_chars=round(self.per_10k_chars, 4),
        )
        return row


@dataclass(frozen=True)
class Appearance:
    issue_date: str
    article_id: int
    title: str
    source: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "issue_date": self.issue_date,
            "article_id": self.article_id,
            "title": self.title,
            "source": self.source,
        }


@dataclass(frozen=True)
class QuerySummary:
    """One query over the whole range: totals, first and last dated appearance, publications."""

    query: str
    occurrences: int
    articles: int
    first: Appearance | None
    last: Appearance | None
    publications: list[TrendRow]  # period "all", one row per publication, most occurrences first

    def as_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "occurrences": self.occurrences,
            "articles": self.articles,
            "first": self.first.as_dict() if self.first else None,
            "last": self.last.as_dict() if self.last else None,
            "publications": [row.as_dict() for row in self.publications],
        }


@dataclass(frozen=True)
class Trend:
    by: Granularity
    queries: list[str]
    periods: list[str]  # dated periods in order, then ``undated`` when some text has no date
    rows: list[TrendRow]  # period by period, the queries in their order within each
    summaries: list[QuerySummary]
    by_publication: list[TrendRow] = field(default_factory=list)

    def series(self, query: str) -> list[TrendRow]:
        """The dated rows of one query, oldest first (what a chart draws)."""
        return [row for row in self.rows if row.query == query and row.period != UNDATED]

    def as_dict(self) -> dict[str, Any]:
        return {
            "by": self.by,
            "queries": self.queries,
            "periods": self.periods,
            "rows": [row.as_dict() for row in self.rows],
            "summaries": [summary.as_dict() for summary in self.summaries],
        }


def _appearance(info: ArticleInfo) -> Appearance:
    return Appearance(info.issue_date or "", info.article_id, info.title, info.source)


class TrendBuilder:
    """Collects articles one at a time (the store streams them) and returns a ``Trend``."""

    def __init__(self, queries: Sequence[str], matchers: Sequence[Matcher], by: Granularity) -> None:
        if by not in GRANULARITIES:
            raise ValueError(f"unknown period {by!r}; choose one of {', '.join(GRANULARITIES)}")
        self.queries = list(queries)
        self.matchers = list(matchers)
        self.by = by
        self._chars: dict[tuple[str, str], int] = {}
        self._hits: dict[tuple[int, str, str], list[int]] = {}
        self._first: dict[int, tuple[tuple[str, int, int], ArticleInfo]] = {}
        self._last: dict[int, tuple[tuple[str, int, int], ArticleInfo]] = {}

    def published(self, period: str, publication: str, chars: int) -> None:
        """An article's size in the denominator (every article passing the filters, matched or not)."""
        key = (period, publication)
        self._chars[key] = self._chars.get(key, 0) + chars

    def hit(self, number: int, period: str, publication: str, occurrences: int, info: ArticleInfo) -> None:
        """Query ``number`` is in the article ``info`` ``occurrences`` times (every term at least once)."""
        self.add(number, period, publication, occurrences, 1)
        if period != UNDATED:
            self.appears(number, info)

    def add(self, number: int, period: str, publication: str, occurrences: int, articles: int) -> None:
        """Query ``number``: ``occurrences`` times in ``articles`` articles of the period and publication."""
        slot = self._hits.setdefault((number, period, publication), [0, 0])
        slot[0] += occurrences
        slot[1] += articles

    def appears(self, number: int, info: ArticleInfo) -> None:
        """Query ``number`` is in the dated article ``info``: a candidate first or last appearance."""
        reading = info.reading_key()
        first = self._first.get(number)
        if first is None or reading < first[0]:
            self._first[number] = (reading, info)
        last = self._last.get(number)
        if last is None or reading > last[0]:
            self._last[number] = (reading, info)

    def _periods(self) -> list[str]:
        dated = sorted({period for period, _publication in self._chars if period != UNDATED})
        periods = period_range(dated[0], dated[-1], self.by) if dated else []
        if any(period == UNDATED for period, _publication in self._chars):
            periods.append(UNDATED)
        return periods

    def result(self) -> Trend:
        periods = self._periods()
        chars_per_period: dict[str, int] = {}
        for (period, _publication), chars in self._chars.items():
            chars_per_period[period] = chars_per_period.get(period, 0) + chars
        totals: dict[tuple[int, str], list[int]] = {}
        by_publication: list[TrendRow] = []
        for (number, period, publication), (occurrences, articles) in sorted(
            self._hits.items(), key=lambda item: (item[0][1], item[0][0], item[0][2])
        ):
            slot = totals.setdefault((number, period), [0, 0])
            slot[0] += occurrences
            slot[1] += articles
            chars = self._chars[(period, publication)]
            by_publication.append(
                TrendRow(period, self.queries[number], occurrences, articles, chars, publication)
            )
        rows = [
            TrendRow(period, query, *_counts(totals, number, period), chars_per_period.get(period, 0))
            for period in periods
            for number, query in enumerate(self.queries)
        ]
        return Trend(self.by, self.queries, periods, rows, self._summaries(), by_publication)

    def _summaries(self) -> list[QuerySummary]:
        summaries = []
        chars_per_publication: dict[str, int] = {}
        for (_period, publication), chars in self._chars.items():
            chars_per_publication[publication] = chars_per_publication.get(publication, 0) + chars
        for number, query in enumerate(self.queries):
            per_publication: dict[str, list[int]] = {}
            for (hit_number, _period, publication), (occurrences, articles) in self._hits.items():
                if hit_number == number:
                    slot = per_publication.setdefault(publication, [0, 0])
                    slot[0] += occurrences
                    slot[1] += articles
            publications = sorted(
                (
                    TrendRow("all", query, occ, art, chars_per_publication[name], name)
                    for name, (occ, art) in per_publication.items()
                ),
                key=lambda row: (-row.occurrences, row.publication or ""),
            )
            first, last = self._first.get(number, (None, None))[1], self._last.get(number, (None, None))[1]
            summaries.append(
                QuerySummary(
                    query,
                    sum(row.occurrences for row in publications),
                    sum(row.articles for row in publications),
                    _appearance(first) if first else None,
                    _appearance(last) if last else None,
                    publications,
                )
            )
        return summaries


def write_csv(trend: Trend, stream: IO[str], *, per_publication: bool = False) -> int:
    """``period,query,occurrences,articles,chars,per_10k_chars`` (with ``publication`` after ``query``
    in the per-publication breakdown, where ``chars`` is that publication's text in the period)."""
    columns = list(CSV_COLUMNS)
    rows = trend.by_publication if per_publication else trend.rows
    if per_publication:
        columns.insert(2, "publication")
    writer = csv.writer(stream)
    writer.writerow(columns)
    for row in rows:
        values = row.as_dict()
        writer.writerow([values[column] for column in columns])
    return len(rows)
