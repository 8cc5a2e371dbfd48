"""The pure re-anchoring module: selectors, the three Hypothesis stages, the bounded edit-distance search."""

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import anchoring
from reader.anchoring import AnchorMethod, TextPositionSelector, TextQuoteSelector
from tests.helpers.samples import seed_bytes

TEXT = (
    "9月2日,市委常委会召开会议,市委书记鲍常勇主持并讲话。会议指出,要强化党的创新理论武装。"
    "会议传达全省数字化转型推进会议精神,强调要结合驻马店市产业发展实际,聚焦应用场景,选准主攻方向。"
)


def brute_force(pattern: str, text: str, anchored: bool) -> list[int]:
    """Textbook DP over columns: the reference the bit-vector version must equal."""
    column = list(range(len(pattern) + 1))
    out = []
    for j, char in enumerate(text):
        new = [j + 1 if anchored else 0]
        for i in range(1, len(pattern) + 1):
            new.append(min(column[i] + 1, new[i - 1] + 1, column[i - 1] + (pattern[i - 1] != char)))
        column = new
        out.append(column[-1])
    return out


@settings(max_examples=300, deadline=None)
@given(
    pattern=st.text(alphabet="甲乙丙a", min_size=1, max_size=80),
    text=st.text(alphabet="甲乙丙丁a", max_size=60),
    anchored=st.booleans(),
)
def test_myers_equals_the_textbook_dynamic_programme(pattern: str, text: str, anchored: bool) -> None:
    assert anchoring.myers_scores(pattern, text, anchored=anchored) == brute_force(pattern, text, anchored)


def test_describe_keeps_32_characters_of_context_each_side() -> None:
    start = TEXT.index("市委书记")
    quote, position = anchoring.describe(TEXT, start, start + 12)
    assert quote.exact == "市委书记鲍常勇主持并讲话"
    assert quote.prefix == "9月2日,市委常委会召开会议,"  # the text only has 15 characters before
    assert len(quote.suffix) == 32 and quote.suffix.startswith("。会议指出")
    assert position == TextPositionSelector(start, start + 12)


@pytest.mark.parametrize("span", [(5, 5), (-1, 3), (0, len(TEXT) + 1)])
def test_describe_refuses_empty_or_out_of_range_spans(span: tuple[int, int]) -> None:
    with pytest.raises(ValueError, match="non-empty range"):
        anchoring.describe(TEXT, *span)


def test_stored_offsets_win_when_they_still_hold_the_quote() -> None:
    start = TEXT.index("会议指出")
    quote, position = anchoring.describe(TEXT, start, start + 4)
    found = anchoring.anchor(TEXT, quote, position)
    assert found is not None
    assert (found.start, found.end, found.method) == (start, start + 4, AnchorMethod.POSITION)


def test_exact_search_picks_the_occurrence_whose_context_matches() -> None:
    # "会议" occurs five times; the stored context says it is the one before "精神".
    target = TEXT.index("会议精神")
    quote, _ = anchoring.describe(TEXT, target, target + 2)
    shifted = "导语。" + TEXT
    found = anchoring.anchor(shifted, quote, TextPositionSelector(target, target + 2))
    assert found is not None
    assert found.method is AnchorMethod.EXACT
    assert (found.start, found.end) == (target + 3, target + 5)


def test_position_breaks_ties_between_identical_contexts() -> None:
    text = "甲乙丙" * 20  # "乙丙甲" starts at 1, 4, 7, ...
    found = anchoring.anchor(text, TextQuoteSelector("乙丙甲"), TextPositionSelector(32, 35))
    assert found is not None
    assert (found.start, found.end, found.method) == (31, 34, AnchorMethod.EXACT)


def test_a_corrected_character_inside_the_quote_is_found_approximately() -> None:
    start = TEXT.index("会议传达")
    end = TEXT.index("选准主攻方向") + 6
    quote, position = anchoring.describe(TEXT, start, end)
    corrected = TEXT.replace("数字化转型", "数字化转形")  # a one-character correction inside the quote
    found = anchoring.anchor(corrected, quote, position)
    assert found is not None
    assert found.method is AnchorMethod.FUZZY
    assert (found.start, found.end, found.errors) == (start, end, 1)
    assert "数字化转形" in corrected[found.start : found.end]


def test_a_rewritten_passage_is_not_attached_anywhere() -> None:
    start = TEXT.index("会议传达")
    end = TEXT.index("选准主攻方向") + 6
    quote, position = anchoring.describe(TEXT, start, end)
    rewritten = (
        TEXT[:start]
        + "与会同志围绕乡村振兴和城市更新两个议题展开讨论,并就下一阶段工作作出安排。"
        + TEXT[end:]
    )
    assert anchoring.anchor(rewritten, quote, position) is None


def test_short_quotes_get_no_approximate_matching() -> None:
    assert anchoring.anchor("甲乙丙丁", TextQuoteSelector("甲乙戊")) is None


def test_find_occurrence_counts_from_one() -> None:
    assert anchoring.find_occurrence(TEXT, "会议", 1) == TEXT.index("会议")
    assert anchoring.find_occurrence(TEXT, "会议", 2) == TEXT.index("会议", TEXT.index("会议") + 1)
    assert anchoring.find_occurrence(TEXT, "会议", 99) is None
    assert anchoring.find_occurrence(TEXT, "", 1) is None


def test_approximate_search_over_a_20k_character_article_is_fast() -> None:
    seeds = "".join(seed_bytes(prefix).decode("utf-8") for prefix in ("000", "003"))
    text = seeds[:20_000]
    assert len(text) == 20_000
    start = 12_000
    original = text[start : start + 300]
    quote = TextQuoteSelector(original[:150] + "错" + original[151:290], text[start - 32 : start], "")
    began = time.perf_counter()
    found = anchoring.anchor(text, quote, TextPositionSelector(start, start + 290))
    elapsed = time.perf_counter() - began
    assert found is not None and found.method is AnchorMethod.FUZZY
    assert (found.start, found.end) == (start, start + 290)
    assert elapsed < 0.5, f"took {elapsed:.3f}s"
