"""Post shapes found on held-out half J (``benchmarks/score_entities.py --half J``).

Each test is one shape of text whose (person, post) pairs the careers ledger missed; the sentences are
written here and name nobody from the gold files.
"""

from __future__ import annotations

from reader.careers.claims import Context, extract

from .mentions import pairs, spans


def test_a_list_whose_verb_is_a_label_line_gives_each_line_its_post() -> None:
    """任免名单 「决定任命：」 then 「张三为某局局长；」 one a line, 「免去：」 then 「李四的某局局长职务；」:
    each line is the notice the label's verb and the line make; the list ends at the first line that is
    no item."""
    text = (
        "决定任命：\n"
        "邱振南为桦林县财政局局长；\n"
        "曹雅文为桦林县审计局局长。\n"
        "决定免去：\n"
        "甘少华的桦林县财政局局长职务。\n"
        "会议还听取了工作报告。"
    )
    assert pairs(text) == [
        ("邱振南", "桦林县财政局局长"),
        ("曹雅文", "桦林县审计局局长"),
        ("甘少华", "桦林县财政局局长"),
    ]


def test_a_notice_chain_keeps_the_posts_before_an_item_that_reads_as_none() -> None:
    """任命某某为某法院副院长、审判委员会委员、审判员: a bare 审判员 after a committee's 委员 names no
    body, but the posts before it are still the person's."""
    text = "任命韦晓光为桦林县人民法院副院长、审判委员会委员、审判员。"
    assert pairs(text) == [("韦晓光", "桦林县人民法院副院长"), ("韦晓光", "审判委员会委员")]


def test_an_adverb_of_time_before_the_verb_is_no_part_of_the_name() -> None:
    """某某曾任A、B: 曾 (and 现, 先后) between a name and 任 belongs to the verb, not to the name."""
    text = "经查，聂文博曾任柳溪镇党委书记、县林业局局长。"
    claims = extract({"text": text}, [], Context("2025-03-01"))
    assert [(c.name, c.printed) for c in claims] == [("聂文博", "柳溪镇党委书记"), ("聂文博", "县林业局局长")]


def test_a_post_in_brackets_after_a_name_is_the_names() -> None:
    """A 提案 report's 「某某委员（某支部主委）提出的…」: the bracket after the name holds the member's post;
    a bracket that holds no post (（女）, （右）) gives none."""
    text = "葛文澜委员（民进桦林县支部主委）提出的建议，由县教育局主办。席慧（女）参加。"
    assert pairs(text, person=["葛文澜", "席慧"]) == [("葛文澜", "民进桦林县支部主委")]


def test_a_rank_at_the_end_of_a_chain_leaves_the_posts_before_it() -> None:
    """某医院副院长、某科主任、主任医师张三: the rank written last (主任医师, 副主任医师, 教授) is no post,
    and the posts before it are the name's."""
    text = "县中医院副院长、骨伤科主任、主任医师柯永年，儿科副主任、副主任医师戚兰为患者义诊。"
    found = extract({"text": text}, spans(text, person=["柯永年", "戚兰"]), Context("2025-03-01"))
    assert [(c.name, c.printed) for c in found] == [
        ("柯永年", "县中医院副院长"),
        ("柯永年", "骨伤科主任"),
        ("戚兰", "儿科副主任"),
    ]


def test_a_tibetan_name_takes_the_post_of_a_list() -> None:
    """县人大常委会副主任某某、某某、次仁旺堆: a Tibetan name (two name elements, no surname) is a name, and
    takes the list's post like the names before it."""
    text = "县人大常委会副主任韦丽、孟川、次仁旺堆出席会议。"
    assert pairs(text, person=["韦丽", "孟川", "次仁旺堆"], position=["县人大常委会副主任"]) == [
        ("韦丽", "县人大常委会副主任"),
        ("孟川", "县人大常委会副主任"),
        ("次仁旺堆", "县人大常委会副主任"),
    ]


def test_a_procurator_is_a_post() -> None:
    """任命某某为某检察院检察员: 检察员 is a post, as 审判员 is."""
    text = "任命符海云为桦林县人民检察院检察员。"
    assert pairs(text) == [("符海云", "桦林县人民检察院检察员")]
