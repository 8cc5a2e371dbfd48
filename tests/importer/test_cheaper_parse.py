"""Session 40's shortcuts in the parse answer exactly what the slower forms they replace answered.

Each reference is the form the importer used before (a width a line, a ``max`` with a key over a
``Counter``, the full edit distance), written out here.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.importer import narrow, script, toc
from reader.importer.lines import display_width
from reader.importer.text import page_digits, quote_gaps

_CHARS = list("ab 中。\t\u3000\f\x1c\u2028\x85\ud800\U0001f600é")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(_CHARS), max_size=12), max_size=12))
def test_recut_widths_are_each_lines_width(lines: list[str]) -> None:
    assert narrow._widths(lines) == [display_width(line.rstrip()) for line in lines]


def _reference_cut(widths: list[float]) -> int | None:
    long = [width for width in widths if width >= narrow._RECUT_LONG]
    if len(long) < narrow._RECUT_MIN_LONG:
        return None
    counts = Counter(round(width) for width in long)
    cut = max(counts, key=lambda w: (counts[w - 1] + counts[w] + counts[w + 1], w))
    if sum(1 for width in long if width > cut + narrow._RECUT_OVER) * narrow._RECUT_WIDER > len(long):
        return None
    return cut


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([5.0, 19.5, 20.0, 20.5, 21.0, 22.5, 23.0, 25.5, 30.0, 31.0]), max_size=40))
def test_second_cut_is_the_reference_cut(widths: list[float]) -> None:
    assert narrow._second_cut(widths) == _reference_cut(widths)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("第]|)?？ 1２二”“页期A")), max_size=12))
def test_reading_a_head_line_adds_no_page_sign(text: str) -> None:
    assert "版" not in page_digits(quote_gaps(text.strip()))


@settings(max_examples=300, deadline=None)
@given(st.from_regex(narrow._DAY_REST, fullmatch=True))
def test_rest_of_a_day_is_short(text: str) -> None:
    assert len(text) <= narrow._DAY_REST_CHARS


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=3))
def test_latin_line_ends_are_what_the_string_methods_say(text: str) -> None:
    assert (text[-1:] in narrow._LATIN_LETTERS) == (text[-1:].isascii() and text[-1:].isalpha())


def _reference_near(a: str, b: str) -> bool:
    if a == b or min(len(a), len(b)) < 5:
        return False
    allowed = max(1, min(len(a), len(b)) // 8)
    previous = list(range(len(b) + 1))
    for k, char in enumerate(a, 1):
        current = [k]
        for m, other in enumerate(b, 1):
            current.append(min(previous[m] + 1, current[m - 1] + 1, previous[m - 1] + (char != other)))
        previous = current
    return previous[-1] <= allowed


_KEY = st.text(alphabet=st.sampled_from(list("工作动态基层【】县")), min_size=4, max_size=18)


@settings(max_examples=500, deadline=None)
@given(_KEY, _KEY)
def test_near_keys_are_those_the_edit_distance_finds(a: str, b: str) -> None:
    assert toc.near_key(a, b) == _reference_near(a, b)


@settings(max_examples=300, deadline=None)
@given(_KEY)
def test_near_keys_one_edit_apart(a: str) -> None:
    for b in (a[1:], "县" + a, a[:-1] + "动", a[:2] + "态" + a[2:]):
        assert toc.near_key(a, b) == _reference_near(a, b)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_KEY | st.just(""), max_size=8),
    st.text(alphabet=st.sampled_from(list("工作动态【")), max_size=6),
)
def test_a_title_opens_a_key_as_the_prefixes_said(keys: list[str], start: str) -> None:
    prefixes = {key[:n] for key in keys for n in range(1, len(key) + 1)}
    assert toc._opens_a_key(sorted(keys), start) == (start in prefixes)


def test_a_simplified_reading_kept_is_the_reading_made_again() -> None:
    for text in ("記者 王文", "记者 王文", "動態", "", "記者 王文"):
        assert script.simplified(text) == script.simplified.__wrapped__(text) == script.simplified(text)
    assert script.simplified("記者來源") == "记者来源"
