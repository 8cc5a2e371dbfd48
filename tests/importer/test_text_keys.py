"""The parsing shortcuts in ``text.py`` must answer exactly what the slow forms they replace answer."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.importer.text import EDITOR_CODE, KEY_STABLE_HEAD, find_editor_code, key_head, match_key

_MIDDLE_DOTS = str.maketrans({"•": "・", "·": "・", "‧": "・", "･": "・"})

# hanzi, the characters key_head trusts, and characters NFKC or match_key do change or combine
_ALPHABET = st.sampled_from(
    list("驻马店日报、。“”‘’《》「」『』【】—0123456789①⑤⑳")
    + list("ﬁ㈠Ａ１，（）…・•·‧･ｶﾞ\u0301\u0338\u3099 \u3000\t\u00a0<=>a")
)
_TEXT = st.text(alphabet=_ALPHABET, max_size=24)


def _reference_key(text: str) -> str:
    """``match_key`` as first written: regex white space removal, then the middle-dot table."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).translate(_MIDDLE_DOTS)


def test_key_head_characters_pass_through_match_key_unchanged() -> None:
    # Characters inside a canonical decomposition of two or more can compose with a neighbour.
    composing = {
        part
        for code in range(0x110000)
        if len(decomposed := unicodedata.normalize("NFD", chr(code))) >= 2
        for part in decomposed
    }
    trusted = [chr(code) for code in range(0x10000) if KEY_STABLE_HEAD.fullmatch(chr(code))]
    assert len(trusted) == 0x9FFF - 0x4E00 + 1 + 15 + 10  # hanzi, 15 marks, ASCII digits
    for char in trusted:
        assert unicodedata.normalize("NFKC", char) == char, hex(ord(char))
        assert unicodedata.normalize("NFD", char) == char, hex(ord(char))
        assert unicodedata.combining(char) == 0, hex(ord(char))
        assert char not in composing, hex(ord(char))
        assert match_key(char) == char, hex(ord(char))


def test_key_head_examples() -> None:
    assert key_head("驻马店市收听收看全省教育大会") == "驻马店市收听"
    assert key_head("“陪餐”护航 确保师生用餐安全") == "“陪餐”护航"
    assert key_head("（一）聚焦") == ""  # a fullwidth parenthesis becomes "(" under NFKC
    assert key_head("e\u0301") == ""


@settings(max_examples=600, deadline=None)
@given(_TEXT)
def test_match_key_is_the_reference_key_and_starts_with_key_head(text: str) -> None:
    key = match_key(text)
    assert key == _reference_key(text)
    assert key.startswith(key_head(text))


@settings(max_examples=600, deadline=None)
@given(_TEXT)
def test_find_editor_code_agrees_with_the_regex(text: str) -> None:
    expected = EDITOR_CODE.search(text)
    found = find_editor_code(text)
    if expected is None:
        assert found is None
    else:
        assert found is not None and (found.span(), found.group(1)) == (expected.span(), expected.group(1))


def test_find_editor_code_examples() -> None:
    match = find_editor_code("…今年累计接待游客。⑥7 ")
    assert match is not None and match.group(1) == "⑥7"
    assert find_editor_code("共有 12 家企业") is None
    assert find_editor_code("第⑩1") is not None
