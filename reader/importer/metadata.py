"""Issue title, publication and date, inferred only from what the text itself proves.

Date rule (so a user can predict it, and correct it with ``reader issue edit``):

1. Every full date in a source note (``(原载2024年9月30日《驻马店日报》T03版)``) is a
   candidate: the issue cannot be older than what it reprints.
2. Every month-day date that *opens* a paragraph or follows its dateline
   (``9月30日上午,…``, ``本报讯(记者 …)12月29日上午,…``) is a candidate: it is the
   day of the event reported.  Its year comes from the article's date line
   (``2023年``), else from the source notes, else from the years written in the
   paragraphs those dates open (the most frequent; a tie means no year).
   Without a year there is no date — the importer never guesses one.
3. The issue date is the latest candidate.  Dates inside running text
   (``将于12月31日…``) are ignored: they may lie in the future.

The issue title is the publication's masthead when the first lines carry one,
else the lead article's title; the publication is only the masthead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from itertools import islice

from reader.importer.bylines import parse_dateline
from reader.importer.model import ParsedArticle

_FULL_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_OPENING_DATE = re.compile(r"^(\d{1,2})月(\d{1,2})日")
_YEAR = re.compile(r"(\d{4})\s*年")
_MASTHEAD = re.compile(
    r"^《?([\u4e00-\u9fff]{2,12}(?:日报|晚报|时报|商报|简报|快报|周报|政务信息|工作动态|信息专报))》?$"
)
_MASTHEAD_WITHIN = 3


def infer_publication(text: str) -> str | None:
    """A masthead such as ``驻马店日报`` or ``《政务信息》`` on one of the first lines, else ``None``."""
    stripped = (line.strip() for line in text.split("\n"))
    for line in islice((line for line in stripped if line), _MASTHEAD_WITHIN):
        match = _MASTHEAD.match(line)
        if match:
            return match.group(1)
    return None


def infer_title(publication: str | None, articles: list[ParsedArticle]) -> str | None:
    if publication:
        return publication
    return articles[0].title if articles else None


def infer_issue_date(articles: list[ParsedArticle]) -> str | None:
    """ISO date of the issue by the rule in the module docstring, or ``None``."""
    candidates: list[dt.date] = []
    note_years: list[int] = []
    for article in articles:
        for match in _FULL_DATE.finditer(article.source_note or ""):
            day = _date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            if day:
                candidates.append(day)
                note_years.append(day.year)
    openings: list[tuple[ParsedArticle, int, int]] = []
    years: Counter[int] = Counter()
    for article in articles:
        for block in article.blocks:
            text = block.text
            dateline = parse_dateline(text)
            if dateline:
                text = text[len(dateline[0]) :]
            match = _OPENING_DATE.match(text) if text[:1].isdecimal() else None  # the regex opens with \d
            if match:
                openings.append((article, int(match.group(1)), int(match.group(2))))
                if "年" in block.text:
                    years.update(int(y) for y in _YEAR.findall(block.text))
    fallback_year = _fallback_year(note_years, years)  # the same for every article: found once
    for article, month, mday in openings:
        year = _year_for(article, fallback_year)
        if year is not None and (day := _date(year, month, mday)):
            candidates.append(day)
    return max(candidates).isoformat() if candidates else None


def _year_for(article: ParsedArticle, fallback_year: int | None) -> int | None:
    if article.date_line and (match := _YEAR.match(article.date_line)):
        return int(match.group(1))
    return fallback_year


def _fallback_year(note_years: list[int], years: Counter[int]) -> int | None:
    """The year for an article without a date line: the source notes', else the paragraphs' usual one."""
    if note_years:
        return max(note_years)
    ranked = years.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
