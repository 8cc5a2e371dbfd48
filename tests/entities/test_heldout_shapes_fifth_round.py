"""Shapes found on the fifth held-out round (``benchmarks/score_entities.py --half F``).

Each test is one shape of text the recogniser read wrongly on files nobody had tuned it on; the sentences
are made up for the test and name nobody from those files.
"""

from __future__ import annotations

import pytest

from reader.careers.claims import Context, MentionSpan, extract
from reader.careers.lexicon import lexicon
from reader.careers.posts import parse_post
from reader.entities.recogniser import Recogniser
from reader.entities.rules import SOURCE_TAG, byline_names, split_byline_names
from tests.helpers.model_words import model_reading


def pairs(recogniser: Recogniser, text: str) -> list[tuple[str, str]]:
    """The careers ledger's (name, post) pairs of ``text`` read with the recogniser's mentions."""
    spans = [MentionSpan(m.kind, "text", m.start, m.end) for m in recogniser.recognise(text)]
    return [(c.name, c.post) for c in extract({"text": text}, spans, Context("2025-03-01"))]


def test_two_names_a_line_break_ran_together_in_a_byline_are_two_people() -> None:
    """（记者 高帆\\n张珺） rejoined as 高帆张珺: two surnames, each with a one-character given name."""
    text = "本报讯（记者 高帆张珺）3月2日，县委召开常委会议。"
    assert [text[s:e] for s, e in byline_names(text)] == ["高帆", "张珺"]


@pytest.mark.parametrize("name", ["欧阳仪宇", "范徐丽泰", "司马光明"])
def test_a_four_character_name_stays_one_name_in_a_byline(name: str) -> None:
    """A compound surname (欧阳, 司马) or a married name with two surnames first is one person."""
    assert split_byline_names(name) == [(0, 4)]


def test_a_name_the_model_cut_short_once_is_read_whole_where_it_reads_it_whole(
    recogniser: Recogniser,
) -> None:
    """胡永才|政治… and 对胡永|才涉嫌…: 才 also reads as an adverb, so the model cut the name once."""
    text = "会议指出，胡永才政治野心极度膨胀。对胡永才涉嫌犯罪案件依法提起公诉。"
    words = model_reading(text, ("PER", "胡永才", 0), ("PER", "胡永", 1))
    people = [m.text for m in recogniser.analyse(text, words).mentions if m.kind == "person"]
    assert people == ["胡永才", "胡永才"]


def test_a_village_the_model_cut_after_its_first_character_is_one_place(recogniser: Recogniser) -> None:
    """吉安县永和镇|前|岭村: the one-character place before a village is the village's first character."""
    text = "吉安县永和镇前岭村利用村委会搬迁之机大摆宴席，前岭村党支部书记受到处分。"
    words = model_reading(
        text, ("LOC", "吉安县", 0), ("LOC", "永和镇", 0), ("LOC", "前", 0), ("LOC", "岭村", 0)
    )
    places = [m.text for m in recogniser.analyse(text, words).mentions if m.kind == "place"]
    assert places[:3] == ["吉安县", "永和镇", "前岭村"]
    assert "岭村" not in places


@pytest.mark.parametrize(
    ("phrase", "post", "organisation"),
    [
        ("市水利局党支部委员", "市水利局党支部委员", "市水利局党支部"),
        ("县农业局党总支委员", "县农业局党总支委员", "县农业局党总支"),
    ],
)
def test_a_member_of_a_party_branch_committee_holds_a_post(phrase: str, post: str, organisation: str) -> None:
    """委员 alone is a member of anything; a member of a 党支部 / 党总支 committee holds a post there."""
    parsed = parse_post(lexicon(), phrase)
    assert parsed is not None
    assert (parsed.post, parsed.organisation) == (post, organisation)


def test_a_member_of_an_office_is_still_no_post() -> None:
    assert parse_post(lexicon(), "市政府办公室委员") is None


def test_what_a_body_issued_ends_the_model_s_organisation(recogniser: Recogniser) -> None:
    """据教育部消息|教育部基础教育司…: the model reads 教育部消息 as a body and joins it to the next one."""
    text = "据教育部消息教育部基础教育司近日印发通知。"
    words = model_reading(text, ("ORG", "教育部消息", 0), ("ORG", "教育部基础教育司", 0))
    bodies = [m.text for m in recogniser.analyse(text, words).mentions if m.kind == "organization"]
    assert bodies == ["教育部", "教育部基础教育司"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("【南方财经报】沪指收盘下跌1.2%\n两市成交放量。", ["南方财经报"]),
        ("　　【海峡金融网】多家银行下调存款利率", ["海峡金融网"]),
        ("【情况通报】关于近期安全检查的情况", []),  # a kind of document, no paper
        ("【工作动态】\n县里召开会议。", []),  # a section's label on its own line
        ("据了解，【南方财经报】一文指出", []),  # not at the start of a line
    ],
)
def test_a_paper_or_site_in_brackets_opening_a_digest_s_headline_is_a_source(
    text: str, expected: list[str]
) -> None:
    """A fund site's digest opens each headline with the paper or site it took it from."""
    assert [m.group(1) for m in SOURCE_TAG.finditer(text)] == expected


def test_the_source_of_a_digest_s_headline_is_an_organisation(recogniser: Recogniser) -> None:
    text = "【南方财经报】沪指收盘下跌，两市成交放量。"
    assert ("organization", "南方财经报") in [(m.kind, m.text) for m in recogniser.recognise(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("英国首相布朗表示，将提前举行大选。", [("place", "英国"), ("position", "首相"), ("person", "布朗")]),
        ("日本首相安倍表示，将提前举行大选。", [("place", "日本"), ("position", "首相"), ("person", "安倍")]),
    ],
)
def test_a_country_s_prime_minister_is_a_post_before_the_name(
    recogniser: Recogniser, text: str, expected: list[tuple[str, str]]
) -> None:
    """jieba holds 英国首相 as one word: the country is a place, 首相 a post, the name after it a person."""
    found = [
        (m.kind, m.text) for m in recogniser.recognise(text) if m.kind in ("place", "position", "person")
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("根据文件要求，东山林场党支部于4月3日组织召开会议。", [("organization", "东山林场党支部")]),
        ("红星机械厂党委召开专题会议。", [("organization", "红星机械厂党委")]),
        (
            "东山林场党支部书记王林主持会议。",  # the post takes the branch: 东山林场 | 党支部书记
            [("organization", "东山林场"), ("position", "党支部书记"), ("person", "王林")],
        ),
    ],
)
def test_a_body_s_party_branch_is_one_organisation(
    recogniser: Recogniser, text: str, expected: list[tuple[str, str]]
) -> None:
    """The model reads 某某林场 and leaves 党支部 after it: the branch of the body is the body named."""
    kinds = ("organization", "position", "person")
    assert [(m.kind, m.text) for m in recogniser.recognise(text) if m.kind in kinds] == expected


def test_a_named_association_before_its_chair_keeps_its_ending(recogniser: Recogniser) -> None:
    """jieba's word 协会会长 gave the post the body's ending (某某基金业|协会会长): the association is the
    organisation, 会长 the post, and the ledger's post is the whole."""
    text = "会上，中国钢结构行业协会会长张立新强调。"
    kinds = ("organization", "position", "person")
    assert [(m.kind, m.text) for m in recogniser.recognise(text) if m.kind in kinds] == [
        ("organization", "中国钢结构行业协会"),
        ("position", "会长"),
        ("person", "张立新"),
    ]
    assert pairs(recogniser, text) == [("张立新", "中国钢结构行业协会会长")]


def test_a_county_party_secretary_stays_one_post(recogniser: Recogniser) -> None:
    """县委书记 is a level body's post, not a body's ending and a title: the county before it is a place."""
    text = "石泉县县委书记违规借用越野车，受到党内警告处分。"
    kinds = ("place", "position")
    assert [(m.kind, m.text) for m in recogniser.recognise(text) if m.kind in kinds] == [
        ("place", "石泉县"),
        ("position", "县委书记"),
    ]
