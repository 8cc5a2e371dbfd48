"""Names and bodies the recogniser must not find in common words of government writing.

Names the context rules *confirm* are recognised wherever they recur in the library, so a word a rule
mistakes for a name fills the People index: each shape below once put a common word there.

Every sentence was written for this test; the expected names were written from the sentences.
"""

from __future__ import annotations

import pytest

from reader.entities import rules
from reader.entities.lac import Word
from reader.entities.recogniser import Recogniser


def confirmed(recogniser: Recogniser, text: str) -> set[str]:
    (analysis,) = recogniser.analyse_many([text])
    return analysis.confirmed


def people(recogniser: Recogniser, text: str) -> list[str]:
    return [m.text for m in recogniser.recognise(text) if m.kind == "person"]


@pytest.mark.parametrize(
    "text",
    [
        "全镇推进“一村一档”全覆盖，群众办事更方便。",  # a slogan in quotes, then a verb phrase
        "这座大桥集“桥、岛、隧”于一体，全长约十公里。",
        "把安全生产当作“头等大事”来抓，层层压实责任。",
    ],
)
def test_a_closing_quote_before_an_ordinary_word_confirms_no_one(recogniser: Recogniser, text: str) -> None:
    assert confirmed(recogniser, text) == set()
    assert people(recogniser, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("村里评出的“最美家庭好人”张德顺，几十年照顾瘫痪的邻居。", "张德顺"),  # after an honour
        ("“我们一定把路修好。”周立群，村里的老支书，这样对大家说。", "周立群"),  # after quoted speech
        ("“谣言终究是谣言”秦海峰：事实胜于雄辩", "秦海峰"),  # a headline's speaker before a colon
    ],
)
def test_a_name_after_an_honour_a_quoted_speech_or_before_a_colon_is_confirmed(
    recogniser: Recogniser, text: str, name: str
) -> None:
    assert name in confirmed(recogniser, text)


def test_goods_and_groups_listed_before_等_are_no_people(recogniser: Recogniser) -> None:
    text = "防范化解政府债务、金融、房地产等领域风险，稳定高校毕业生、农民工、退役军人等群体就业。"
    assert confirmed(recogniser, text) == set()
    assert people(recogniser, text) == []
    leaders = "市领导王建国、李秀英、赵志刚等出席会议。"  # a list of names before 等/出席 still confirms them
    assert {"王建国", "李秀英", "赵志刚"} <= confirmed(recogniser, leaders)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("田间的新品种番茄。通讯员供图", []),  # 供图: the correspondent supplied the photo, unnamed
        ("（记者陈向东 整理）", ["陈向东"]),
        ("（记者陈向东整合）", ["陈向东"]),
        ("全市中小学生科普摄影大赛\n颁奖仪式举行", []),  # 摄影 inside a word is no photographer's role
        ("本报讯（记者 刘晓 通讯员 钱永华）", ["刘晓", "钱永华"]),
        ("摄影：孙立 \n", ["孙立"]),
    ],
)
def test_credit_words_after_a_role_are_not_names(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in rules.byline_names(text)] == names


def test_surnamed_so_and_so_or_a_people_is_no_name(recogniser: Recogniser) -> None:
    assert people(recogniser, "列车上一位袁姓司机员当场受伤。") == []  # 袁姓: "surnamed 袁"
    assert people(recogniser, "部落里的阿美族青年回乡创业。") == []  # 阿美族: an ethnic group
    assert people(recogniser, "姓王的村民王大山说，路修好了。") == ["王大山"]


@pytest.mark.parametrize(
    "text",
    [
        "大力推进西部陆海新通道建设，扩大高水平对外开放。",  # 陆海: a word the model barely reads as a name
        "全县干部群众踔厉奋发、勇毅前行，奋力谱写新篇章。",  # 踔厉: not even a surname
    ],
)
def test_a_two_character_word_the_model_barely_calls_a_name_is_none(
    recogniser: Recogniser, text: str
) -> None:
    assert people(recogniser, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "奋力谱写新时代新征程高质量发展新篇章。",
        "这是新时代党的建设总要求的重要内容。",
        "一批新能源汽车乘铁路专列出发，前往港口。",
    ],
)
def test_an_era_word_before_a_noun_is_no_organisation(recogniser: Recogniser, text: str) -> None:
    """新时代, 新能源: qualifiers of government writing the model reads as organisations."""
    assert [m.text for m in recogniser.recognise(text) if m.kind == "organization"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # jieba's dictionary holds 局局长, 组组长 and 任教授 as words: the body lost its last character
        ("国家医疗保障局局长章轲作了说明。", [("国家医疗保障局", "organization"), ("局长", "position")]),
        ("区纪委监委派驻纪检监察组组长刘晓峰列席。", [("组长", "position"), ("刘晓峰", "person")]),
        ("他1985年在农业大学任教授。", [("农业大学", "organization")]),  # 任: "served as", no post
    ],
)
def test_a_body_keeps_the_character_jieba_glues_to_the_title(
    recogniser: Recogniser, text: str, expected: list[tuple[str, str]]
) -> None:
    found = [
        (m.text, m.kind)
        for m in recogniser.recognise(text)
        if m.kind in ("organization", "position", "person")
    ]
    assert [item for item in found if item in expected or item[1] == "position"] == expected


def test_a_name_run_into_the_next_posts_body_stops_at_it(recogniser: Recogniser) -> None:
    """No 、 between a name and the next post: the model reads 刘海波市政协 as one name."""
    text = "副市长刘海波市政协副主席陈静出席。"
    start = text.index("刘海波")
    words = [Word(start, start + len("刘海波市政协"), "PER", 0.0)]
    analysis = recogniser.analyse(text, words)
    assert [m.text for m in analysis.mentions if m.kind == "person"][:1] == ["刘海波"]
    assert "刘海波" in analysis.confirmed


def test_and_every_after_a_post_is_no_name(recogniser: Recogniser) -> None:
    assert people(recogniser, "会议要求各位政协委员和各参加单位积极建言献策。") == []


def test_a_role_and_a_name_making_up_a_quotation_confirm_no_one(recogniser: Recogniser) -> None:
    assert "郑光荣" not in confirmed(recogniser, "全县开展“党员郑光荣”主题活动，走访困难群众。")
    assert "郑光荣" in confirmed(recogniser, "全县开展主题活动，党员郑光荣，走访困难群众。")


def test_a_river_the_model_reads_as_a_name_is_none(recogniser: Recogniser) -> None:
    assert people(recogniser, "系统治理，让窟野河发生了巨大而深刻的变化。") == []
    assert people(recogniser, "村民黄文河说，今年的收成很好。") == ["黄文河"]  # a surname first: a name


@pytest.mark.parametrize(
    "text",
    [
        "会议表彰了先进个人代表，向他们表示热烈祝贺。",  # 向 is a surname; 他们 is "them"
        "村干部逐户走访，向她们说明补贴政策。",
        "志愿者向大家表示感谢。",
        "镇长说，于我们而言，这是一次机会。",
    ],
)
def test_a_surname_before_a_pronoun_is_no_name(recogniser: Recogniser, text: str) -> None:
    found = people(recogniser, text)
    assert not [name for name in found if name[1:] in ("他们", "她们", "大家", "我们")], found
    assert not confirmed(recogniser, text) & {"向他们", "向她们", "向大家", "于我们"}


def test_a_pronoun_after_a_name_leaves_the_name() -> None:
    assert rules.is_name_shaped("向东")
    assert not rules.is_name_shaped("向他们")
    assert not rules.is_name_shaped("于我们")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市长王强3日到企业调研安全生产工作。", "王强"),
        ("县委书记赵学明今日主持召开常委会。", "赵学明"),
    ],
)
def test_the_day_after_a_name_ends_it(recogniser: Recogniser, text: str, name: str) -> None:
    assert people(recogniser, text) == [name]
