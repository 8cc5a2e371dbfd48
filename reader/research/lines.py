"""A concordance's first answer: how many lines, in which articles, in what order — contexts later.

Why: for a common word the lines are most of the work.  At 50,000 articles ``发展``
has 187,602 of them; decoding the 46,451 articles' text and cutting every context
took ≈ 0.6 s of the 0.85 s a full concordance cost, yet a window shows thirty
lines at a time.  So the first answer counts occurrences in the stored bytes
(``Matcher.for_query(…, binary=True)``, no decoding) and keeps, per article in
reading order, only its id and its number of lines.  A line is cut when it is
asked for: its article is read (with the next few in the order shown, which the
view will ask for next) and its lines built by the same ``occurrences_in`` as the
full concordance, so they are the same lines.

Orders that need no context (date, source, either way round) are permutations of
articles; the context orders (left, right) need every line and are made by
``materialize`` on a worker thread.  The lines reflect the library as it was
when counted: if an article has changed since, its rows may come back ``None``
(the window counts again whenever the library changes).
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

from reader.research.kwic import ArticleInfo, Occurrence, Sort, occurrences_in, sort_occurrences
from reader.research.matching import Matcher

Loader = Callable[[list[int]], Iterable[Sequence[Any]]]  # article ids → rows as store.articles_with_text
BATCH = 24  # articles read at once when a line is asked for: a screenful and more
CACHED = 4096  # articles whose lines are kept


def article_info(row: Sequence[Any]) -> ArticleInfo:
    """The ``ArticleInfo`` of a row of ``reader.store.research.articles_with_text``."""
    article_id, issue_id, position, title, issue_date, source_file, publication = row[:7]
    return ArticleInfo(article_id, issue_id, position, title, issue_date, source_file, publication)


def lines_of_row(row: Sequence[Any], matcher: Matcher, width: int) -> list[Occurrence]:
    return occurrences_in(article_info(row), row[7:11], matcher, width)


@dataclass
class LineIndex:
    """The articles with lines, in reading order (date, issue, position), and how many each has."""

    matcher: Matcher
    width: int
    article_ids: list[int]
    counts: list[int]
    sources: list[tuple[str, str]]  # (publication or file, file): the "source" order
    loader: Loader | None = None  # set by whoever shows the lines (the window: its own connection)
    _cache: OrderedDict[int, list[Occurrence]] = field(default_factory=OrderedDict, repr=False)

    def view(self, sort: Sort = "date", descending: bool = False) -> LazyLines:
        """The lines in ``sort`` order; only orders of whole articles (date, source) are lazy."""
        if sort == "date":
            order: Sequence[int] = range(len(self.article_ids))
        elif sort == "source":
            order = sorted(range(len(self.article_ids)), key=self.sources.__getitem__)
        else:
            raise ValueError(f"sorting by {sort} needs every line: materialize() first")
        if descending:
            order = order[::-1]
        return LazyLines(self, order, descending)

    def lines(self, number: int, ahead: Sequence[int]) -> list[Occurrence]:
        """The lines of article ``number`` (an index into ``article_ids``); on a miss the articles
        of ``ahead`` (those shown around it, the next first) are read in the same query."""
        found = self._cache.get(number)
        if found is not None:
            self._cache.move_to_end(number)
            return found
        if self.loader is None:
            raise RuntimeError("no loader: the lines of a concordance index are read on demand")
        wanted = [number, *(n for n in ahead if n != number and n not in self._cache)][:BATCH]
        position = {self.article_ids[n]: n for n in wanted}
        for n in wanted:
            self._cache[n] = []  # an article gone since the count keeps no lines
        for row in self.loader(list(position)):
            self._cache[position[row[0]]] = lines_of_row(row, self.matcher, self.width)
        while len(self._cache) > CACHED:
            self._cache.popitem(last=False)
        return self._cache[number]


class LazyLines(Sequence[Occurrence | None]):
    """A concordance's lines in one order, each cut when first asked for (see the module)."""

    def __init__(self, index: LineIndex, order: Sequence[int], reverse: bool) -> None:
        self.line_index = index
        self.order = order
        self.reverse = reverse  # lines within an article run backwards (a descending order)
        self._starts = list(itertools.accumulate((index.counts[n] for n in order), initial=0))

    def __len__(self) -> int:
        return self._starts[-1]

    @overload
    def __getitem__(self, row: int) -> Occurrence | None: ...

    @overload
    def __getitem__(self, row: slice) -> list[Occurrence | None]: ...

    def __getitem__(self, row: int | slice) -> Occurrence | list[Occurrence | None] | None:
        if isinstance(row, slice):
            return [self[n] for n in range(*row.indices(len(self)))]
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError(row)
        slot = bisect_right(self._starts, row) - 1
        number = self.order[slot]
        within = row - self._starts[slot]
        if self.reverse:
            within = self.line_index.counts[number] - 1 - within
        nearby = [*self.order[slot : slot + BATCH], *self.order[max(0, slot - BATCH // 2) : slot]]
        lines = self.line_index.lines(number, nearby)
        return lines[within] if within < len(lines) else None

    def __iter__(self) -> Iterator[Occurrence | None]:
        for row in range(len(self)):
            yield self[row]

    def article_ids(self) -> list[int]:
        """The articles in this order (each once)."""
        return [self.line_index.article_ids[n] for n in self.order]

    def materialize(self, rows: Iterable[Sequence[Any]]) -> list[Occurrence]:
        """Every line in this order, built from ``rows`` (``articles_with_text`` of ``article_ids()``,
        any order) — for a sort by context or an export, on a worker thread (nothing is cached)."""
        by_id = {row[0]: lines_of_row(row, self.line_index.matcher, self.line_index.width) for row in rows}
        found: list[Occurrence] = []
        for article_id in self.article_ids():
            lines = by_id.get(article_id, [])
            found.extend(reversed(lines) if self.reverse else lines)
        return found


def sorted_lines(lines: list[Occurrence], sort: Sort, descending: bool) -> list[Occurrence]:
    """``lines`` (in date order) in any order, contexts included; ties keep reading order."""
    ordered = sort_occurrences(lines, sort)
    if descending:
        ordered.reverse()
    return ordered
