"""Traditional-character text (Hong Kong, Macau, Taiwan) is recognised like its simplified twin.

The model, the dictionaries and the rules know simplified Chinese; the recogniser reads a traditional
text through a one-character-for-one simplified reading and gives each mention back as printed.
Sentences written for this test, each with its simplified twin written by hand.
"""

from __future__ import annotations

import pytest

from reader.entities.recogniser import Recogniser
from reader.textfold import simplified

PAIRS = [
    ("澳門特別行政區行政長官岑浩輝出席頒獎典禮。", "澳门特别行政区行政长官岑浩辉出席颁奖典礼。"),
    ("臺北市政府副市長李四維今天視察河濱公園工程。", "台北市政府副市长李四维今天视察河滨公园工程。"),
    ("香港特區政府勞工及福利局局長孫玉菡會見記者。", "香港特区政府劳工及福利局局长孙玉菡会见记者。"),
]


def spans(recogniser: Recogniser, text: str) -> list[tuple[str, int, int]]:
    return [(m.kind, m.start, m.end) for m in recogniser.recognise(text)]


@pytest.mark.parametrize(("traditional", "simple"), PAIRS)
def test_a_traditional_text_has_the_mentions_of_its_simplified_twin(
    recogniser: Recogniser, traditional: str, simple: str
) -> None:
    assert simplified(traditional) == simple  # the twin is the reading, character for character
    assert spans(recogniser, traditional) == spans(recogniser, simple)
    assert spans(recogniser, simple)  # there is something to compare
    for mention in recogniser.recognise(traditional):
        assert mention.text == traditional[mention.start : mention.end]  # as printed


def test_the_people_of_a_traditional_text_are_named_as_printed(recogniser: Recogniser) -> None:
    text = PAIRS[1][0]
    found = [(m.kind, m.text) for m in recogniser.recognise(text) if m.kind in ("person", "position")]
    assert found == [("position", "臺北市政府副市長"), ("person", "李四維")]
    (analysis,) = recogniser.analyse_many([text])
    assert analysis.confirmed == {"李四維"}  # confirmed by the post before it, in the printed script


def test_a_rejection_or_an_entry_in_either_script_applies_to_both() -> None:
    rejecting = Recogniser(rejections=["岑浩辉"])
    assert [m for m in rejecting.recognise(PAIRS[0][0]) if m.kind == "person"] == []
    adding = Recogniser(user_entries=[("頒獎典禮", "organization")])
    assert ("organization", "颁奖典礼") in [(m.kind, m.text) for m in adding.recognise(PAIRS[0][1])]


def test_simplified_text_is_read_unchanged() -> None:
    text = "什么着台风，干部干净，后来发展。"  # characters that are also traditional forms stay
    assert simplified(text) == text


@pytest.mark.parametrize(
    ("text", "post", "name"),
    [
        ("澳門特別行政區行政長官賀一誠出席開幕典禮。", "行政長官", "賀一誠"),  # Hong Kong and Macau titles
        ("政務司司長陳國基在記者會上回應提問。", "司長", "陳國基"),
        (
            "行政長官李家超明(18)日下午出席立法會答問會。",
            "行政長官",
            "李家超",
        ),  # 明(18)日: "tomorrow, the 18th"
        ("市委书记王晓明日前表示，要抓好落实。", "市委书记", "王晓明"),  # 明日前 is no such day
    ],
)
def test_titles_of_hong_kong_and_macau_introduce_their_holder(
    recogniser: Recogniser, text: str, post: str, name: str
) -> None:
    found = [(m.kind, m.text) for m in recogniser.recognise(text) if m.kind in ("position", "person")]
    assert ("position", post) in found
    assert ("person", name) in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("立法會主席范徐麗泰表示歡迎各界參與。", "范徐麗泰"),
        ("行政長官林鄭月娥今日出席青年論壇並致辭。", "林鄭月娥"),
        ("香港特区行政长官林郑月娥10日会见内地企业家代表。", "林郑月娥"),
        ("副书记王李明出席会议并讲话。", "王李明"),  # two surnames, then a one-character given name
    ],
)
def test_a_name_with_two_surnames_after_a_post_is_whole(recogniser: Recogniser, text: str, name: str) -> None:
    """Married women in Hong Kong and Taiwan put the husband's surname first: four characters."""
    assert [m.text for m in recogniser.recognise(text) if m.kind == "person"] == [name]


def test_a_body_of_two_surname_characters_in_a_list_of_leaders_is_no_name(recogniser: Recogniser) -> None:
    """全 and 国 are both surnames, but 全国人大 is the congress: 全国 is a word, so no married name."""
    text = "省政协常委、社会法制委员会副主任李建新、全国人大常委会副秘书长王丽华出席座谈会。"
    assert [m.text for m in recogniser.recognise(text) if m.kind == "person"] == ["李建新", "王丽华"]
