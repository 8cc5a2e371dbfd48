"""The samples typeset as PDFs and extracted by four tools import to the sample's own articles.

``tests/data/pdf_variants/`` holds each sample of ``reader/data/samples/`` printed the way such an issue is
printed (a bulletin with its 目录 on A4, a feature, newspaper pages with columns) and extracted by
``pdftotext``, ``pdftotext -layout``, PyMuPDF and pdfminer.six (``scripts/make_pdf_variants.py``
made them; its README says how).  ``expected.json`` lists each sample's articles, written by
reading the sample.  Every extraction must give at least 95 % of those titles exactly (white space
aside), and for the titles it finds the same bylines as the sample itself imports to.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from reader.importer import ParsedIssue, parse_bytes

from .conftest import SEEDS, parsed
from .test_corpus import norm

VARIANTS = Path(__file__).parents[1] / "data" / "pdf_variants"
EXPECTED: dict[str, dict] = json.loads((VARIANTS / "expected.json").read_text(encoding="utf-8"))
TOOLS = ("pdftotext", "pdftotext-layout", "pymupdf", "pdfminer")
KEYS = {Path(name).stem: key for key, name in SEEDS.items()}


@cache
def extraction(stem: str, tool: str) -> ParsedIssue:
    return parse_bytes((VARIANTS / stem / f"{tool}.txt").read_bytes(), f"{stem}.txt")


@pytest.mark.parametrize("tool", TOOLS)
@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_extraction_gives_the_samples_titles(stem: str, tool: str) -> None:
    found = [norm(a.title) for a in extraction(stem, tool).articles]
    wanted = [norm(a["title"]) for a in EXPECTED[stem]["articles"]]
    matched = sum(1 for title in wanted if title in found)
    assert matched >= 0.95 * len(wanted), sorted(set(wanted) - set(found))


@pytest.mark.parametrize("tool", TOOLS)
@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_extraction_gives_the_same_bylines_as_the_sample(stem: str, tool: str) -> None:
    sample = {norm(a.title): [p.name for p in a.byline] for a in parsed(KEYS[stem]).articles}
    for article in extraction(stem, tool).articles:
        if norm(article.title) in sample:
            assert [p.name for p in article.byline] == sample[norm(article.title)], article.title


@pytest.mark.parametrize("tool", TOOLS)
@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_extraction_gives_the_samples_kickers_and_subtitles(stem: str, tool: str) -> None:
    for article, gold in zip(extraction(stem, tool).articles, EXPECTED[stem]["articles"], strict=False):
        if norm(article.title) == norm(gold["title"]):
            assert (norm(article.kicker), norm(article.subtitle)) == (
                norm(gold["kicker"]),
                norm(gold["subtitle"]),
            )
