"""The pure pieces: periods, normalisation, filters, alignment, sorting, matching."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.errors import ReaderError
from reader.research import matching
from reader.research.filters import Filters
from reader.research.kwic import ArticleInfo, Occurrence, aligned, display_width, sort_occurrences
from reader.research.trend import UNDATED, per_10k, period_of, period_range
from reader.store import search as search_store


def test_periods() -> None:
    assert [period_of("2024-03-15", by) for by in ("day", "month", "year")] == [
        "2024-03-15",
        "2024-03",
        "2024",
    ]
    assert period_of(None, "month") == period_of("", "year") == period_of("2024-3-1", "day") == UNDATED
    assert period_range("2023-11", "2024-02", "month") == ["2023-11", "2023-12", "2024-01", "2024-02"]
    assert period_range("2024-02-28", "2024-03-01", "day") == ["2024-02-28", "2024-02-29", "2024-03-01"]
    assert period_range("2022", "2024", "year") == ["2022", "2023", "2024"]
    assert period_range("2024-05", "2024-05", "month") == ["2024-05"]


def test_per_10k() -> None:
    assert per_10k(3, 20_000) == 1.5
    assert per_10k(0, 0) == 0.0


def test_filters_round_trip_without_article_ids() -> None:
    filters = Filters(date_from="2024-01-01", section="要闻", tag="跟进", article_ids=frozenset({1, 2}))
    again = Filters.from_json(filters.to_json())
    assert again == Filters(date_from="2024-01-01", section="要闻", tag="跟进")
    assert again.describe() == "2024-01-01 – … · 要闻 · #跟进"
    assert Filters().empty and not again.empty
    with pytest.raises(ReaderError, match="not a date"):
        Filters(date_to="2024-02-30")


def test_display_width_counts_wide_characters_twice() -> None:
    assert display_width("ab") == 2
    assert display_width("发展") == 4
    assert display_width("２０，。") == 8


def _line(left: str, right: str, date: str | None, source: str, start: int = 0) -> Occurrence:
    info = ArticleInfo(start, 1, start, "t", date, source, None)
    return Occurrence(info, "text", start, "发展", left, right)


def test_alignment_puts_every_match_in_the_same_column() -> None:
    lines = [_line("高质量", "新", None, "a"), _line("ab推动", "x", None, "a"), _line("", "y", None, "a")]
    columns = {display_width(aligned(line, 5).split("【")[0]) for line in lines}
    assert columns == {10}


def test_sorts_by_nearest_left_character_then_reading_order() -> None:
    a = _line("推动高质量", "理念", "2024-02-01", "b.txt", 1)
    b = _line("促进", "新局", "2023-01-01", "a.txt", 2)
    c = _line("高质量", "理念", None, "a.txt", 3)
    # 进 < 量; 高质量 read backwards is a prefix of 推动高质量 read backwards
    assert sort_occurrences([a, b, c], "left") == [b, c, a]
    assert sort_occurrences([a, b, c], "right") == [b, a, c]
    assert sort_occurrences([a, b, c], "date") == [b, a, c]
    assert sort_occurrences([a, b, c], "source") == [b, c, a]
    with pytest.raises(ValueError):
        sort_occurrences([a], "size")  # type: ignore[arg-type]


TEXT = st.text(alphabet="发展ＡａAa2２０0 　哈,，\n", max_size=40)


@settings(max_examples=300, deadline=None)
@given(text=TEXT, query=st.text(alphabet="发展ＡａAa2２０0 　哈,，", min_size=1, max_size=5))
def test_matcher_spans_equal_the_search_hit_spans(text: str, query: str) -> None:
    matcher = matching.Matcher.for_query(query)
    assert matcher.spans(text) == search_store.hit_spans(text, query)
    assert matcher.count(text) == len(matcher.spans(text))


BYTES_TEXT = st.text(alphabet="发發髮展高质質量ＡａAa2２０0 　哈,，\n𠀀é", max_size=40)


@settings(max_examples=300, deadline=None)
@given(
    text=BYTES_TEXT,
    query=st.text(alphabet="发發展高质量ＡａAa2２０0 　哈,，𠀀é", min_size=1, max_size=6),
    fold_variants=st.booleans(),
)
def test_counting_in_utf8_bytes_equals_counting_in_text(text: str, query: str, fold_variants: bool) -> None:
    """Whole encoded characters match only on character boundaries (UTF-8 is self-synchronising)."""
    plain = matching.Matcher.for_query(query, fold_variants)
    binary = matching.Matcher.for_query(query, fold_variants, binary=True)
    assert binary.count(text.encode()) == plain.count(text) == len(plain.spans(text))
    joined = text.replace(" ", "\n")
    assert binary.count_joined(joined.encode()) == plain.count_joined(joined)


def test_a_binary_term_counts_in_text_when_bytes_would_need_many_scans() -> None:
    one = matching.Matcher.for_query("招商", binary=True)
    assert one.terms[0].binary and not one.decodes
    many = matching.Matcher.for_query("高质量发展", binary=True)  # 12 spellings once variants fold
    assert many.decodes and many.count("高質量發展，高质量发展".encode()) == 2


def test_a_term_with_many_spellings_uses_one_pattern() -> None:
    term = matching.Matcher.for_query("reader").terms[0]  # r, e, a, d: four spellings each
    assert term.literals is None and term.pattern is not None
    assert term.positions("ReAdEr ＲＥＡＤＥＲ reader") == [0, 7, 14]
    few = matching.Matcher.for_query("ab").terms[0]
    assert few.literals is not None and len(few.literals) == 16


def test_fold_classes_invert_the_search_fold() -> None:
    classes = matching.fold_classes()
    assert classes["a"] == {"a", "A", "ａ", "Ａ"}
    assert classes[" "] == {" ", "\u3000"}
    assert "发" not in classes or "发" in classes["发"]


def test_a_term_is_looked_for_only_in_the_spellings_a_text_holds() -> None:
    term = matching.Matcher.for_query("2024").terms[0]  # 16 spellings: each digit full- or half-width
    assert term.spellings_in("2024年") == ["2024"]  # no full-width digit at all: one scan decides
    assert term.spellings_in("２０２４年与2024年") == ["2024", "２０２４"]
    assert term.spellings_in("２０24年") == ["２０24"]
    assert term.spellings_in("２０２３年") == []
    assert term.positions("２０24年、2024年") == [0, 6]
    assert term.count("２０24年、2024年、2024") == 3
