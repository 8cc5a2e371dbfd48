"""The importer's speed shortcuts must answer exactly what the slower forms they replace answer.

Each reference below is the form the importer used before (a regex ``sub`` or ``findall`` over the
whole line, a loop over every character, a window counted afresh for every line), written out here.
"""

from __future__ import annotations

import itertools
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.importer import boilerplate, columns, decode, lines, runons, toc
from reader.importer.linekinds import Kind, is_date_line, kind_of
from reader.importer.model import BlockKind
from reader.importer.text import CLOSING_QUOTES, SENTENCE_END, ends_sentence
from reader.store import compact

_SPACES = list(" \t\u00a0\u3000\u2003\x0b\u200b")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*_SPACES, "a", "中", "。"]), max_size=16))
def test_run_on_breaks_are_what_the_patterns_find(line: str) -> None:
    assert runons._breaks(line) == len(runons._SPACE_RUN.findall(line)) + len(runons._INDENT.findall(line))


def test_run_on_breaks_after_every_character() -> None:
    for code in range(0x3100):  # ASCII, Latin, the spaces and punctuation up to the CJK symbols
        char = chr(code)
        for line in (f"x{char}   y", f"{char}   y", f"a{char}\u3000\u3000b", f"a{char * 3}b"):
            expected = len(runons._SPACE_RUN.findall(line)) + len(runons._INDENT.findall(line))
            assert runons._breaks(line) == expected, hex(code)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("12.、．)）（(一三十●★ \u3000标题")), max_size=10))
def test_toc_numbering_is_taken_off_as_sub_did(text: str) -> None:
    assert toc._unnumbered(text) == toc._NUMBERING.sub("", text)


def test_date_lines_are_what_kind_of_calls_dates() -> None:
    samples = [
        "2024年6月12日",
        "2024年6月12日 星期三",
        "中国网 2019-11-25 10:37:31",
        "Mon, 01 Nov 2021 02:46:58 GMT",
        "民国十三年",
        "（2024年6月12日）",
        "本报讯 2024年6月12日",
        "第15期",
        "县人民政府办公室编 2024年6月12日",
        "2018年12月28日 19:55 新京报",
        "记者 张三 2024",
        "12",
    ]
    for text in samples:
        assert is_date_line(text) == (kind_of(text) is Kind.DATE), text


def _reference_rooms(widths: list[float], reach: int = 6) -> list[float]:
    rounded = [round(width) for width in widths]
    rooms = []
    for k in range(len(rounded)):
        window = Counter(rounded[max(0, k - reach) : k + reach + 1])
        best = max(window, key=lambda w: (window[w] + window.get(w - 1, 0) + window.get(w + 1, 0), w))
        near = [w for w in widths[max(0, k - reach) : k + reach + 1] if abs(round(w) - best) <= 1]
        rooms.append(max(near))
    return rooms


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([9.5, 10.0, 10.5, 11.0, 12.5, 20.0, 20.5, 21.0, 22.5, 30.0, 31.5]), max_size=40),
    st.integers(min_value=1, max_value=6),
)
def test_rooms_are_the_reference_rooms(widths: list[float], reach: int) -> None:
    assert lines._rooms(widths, reach) == _reference_rooms(widths, reach)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab中  \t\u3000")), max_size=20), max_size=30))
def test_pages_let_go_early_hold_no_columns(page: list[str]) -> None:
    if columns._column_starts([columns._pieces(line) for line in page]) is not None:
        assert columns._may_have_columns(page)


def test_a_page_in_columns_is_not_let_go() -> None:
    page = ["这是第一栏的一行文字  这是第二栏的一行文字"] * 4
    assert columns._column_starts([columns._pieces(line) for line in page]) is not None
    assert columns._may_have_columns(page)


def _reference_plausibility(text: str) -> float:
    common = decode._common_hanzi()
    good, total = 0.0, 0
    sample = text[: decode._SAMPLE_CHARS]
    for char in sample:
        if char < "\x80":
            continue
        total += 1
        ruled = "\u2500" <= char <= "\u257f" and char * 3 in sample  # part of a rule somewhere in the sample
        if char in common or decode._is_cjk_punctuation(char) or decode._is_typographic(char) or ruled:
            good += 1
        elif "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or char >= "\U00020000":
            good += 0.5
    return 1.0 if total == 0 else good / total


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_plausibility_is_the_per_character_score(data: bytes) -> None:
    for codec in ("gb18030", "big5", "utf-16-le"):
        text = data.decode(codec, "replace")
        assert decode.plausibility(text) == _reference_plausibility(text)


def _reference_run_words(part: str) -> int:
    if not 4 <= len(part) <= 16:
        return 0
    ends = {0: 0}
    for start in range(len(part)):
        if start not in ends:
            continue
        for size in range(1, min(6, len(part) - start) + 1):
            if part[start : start + size] in boilerplate.CHROME_WORDS:
                ends.setdefault(start + size, ends[start] + 1)
    return ends.get(len(part), 0)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*sorted(boilerplate.CHROME_WORDS), "的", "会议", "x", "发展"]), max_size=5))
def test_runs_of_buttons_are_found_as_before(words: list[str]) -> None:
    part = "".join(words)
    assert boilerplate._chrome_run_words(part) == _reference_run_words(part)
    for n in range(8):  # ends in a long button: the old test, on every ending
        end = part[-n:] if n else ""
        old = len(end) <= 6 and any(end[-m:] in boilerplate._LONG_CHROME for m in range(3, len(end)))
        assert boilerplate._ends_in_chrome(end) == old, end


def _reference_ends_sentence(text: str) -> bool:
    text = text.rstrip().rstrip(CLOSING_QUOTES) if text.rstrip()[-1:] in CLOSING_QUOTES else text.rstrip()
    return bool(text) and (text[-1] in SENTENCE_END or text.endswith("——"))


def test_sentence_ends_are_read_as_before() -> None:
    alphabet = ["", " ", "\u3000", "\n", "”", "’", "」", "。", "!", "—", "——", "发"]
    for size in range(5):
        for pieces in itertools.product(alphabet, repeat=size):
            text = "".join(pieces)
            assert ends_sentence(text) == _reference_ends_sentence(text), repr(text)
    assert ends_sentence("会议强调，要抓好落实。”") and not ends_sentence("“暖心路”")


def test_files_without_a_page_run_together_come_back_as_they_were() -> None:
    paragraph = "会议强调，" + "要抓好各项工作落实，" * 40  # a long paragraph: no runs of spaces to cut at
    text = f"标题\n\n{paragraph}\n\n{paragraph}\n"
    assert runons.split_run_ons(text) is text
    page = "第一条消息内容   第二条消息内容   第三条消息内容   第四条消息内容" + "。" * 300
    assert runons.split_run_ons(f"标题\n{page}\n{paragraph}") == (
        "标题\n第一条消息内容\n第二条消息内容\n第三条消息内容\n第四条消息内容" + "。" * 300 + f"\n{paragraph}"
    )


def test_block_kinds_are_stored_by_their_values() -> None:
    kinds = [
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
        BlockKind.HEADING,
        BlockKind.LIST_ITEM,
        BlockKind.PARAGRAPH,
    ]
    assert compact.kinds_json(kinds) == '[2,"heading","list_item",1]'
    assert compact.kinds_json(kinds) == compact.kinds_json([kind.value for kind in kinds])
