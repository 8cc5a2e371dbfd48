"""Post shapes found on held-out half I (``benchmarks/score_entities.py --half I``).

Each test is one shape of text whose (person, post) pairs the careers ledger missed; the sentences are
written here and name nobody from the gold files.
"""

from __future__ import annotations

from reader.careers.claims import Context, MentionSpan, extract
from reader.careers.lexicon import lexicon

from .mentions import pairs


def test_a_pre_appointment_notice_gives_the_posts_held_not_the_proposed_one() -> None:
    """任前公示: 「某某，女，汉族，…，现任A、B，拟任C。」 — A and B are held; C is only proposed."""
    text = (
        "经县委研究，拟提拔任用以下同志：\n"
        "贺兰芳，女，汉族，1984年3月生，四川南充人，大学学历，中共党员，现任县林业局副局长，拟任县林业局局长。\n"
        "阿依古丽·吐尔洪，女，维吾尔族，1987年9月生，现任城南镇党委委员、副镇长，拟任城南镇镇长。"
    )
    assert pairs(text) == [
        ("贺兰芳", "县林业局副局长"),
        ("阿依古丽·吐尔洪", "镇党委委员"),
        ("阿依古丽·吐尔洪", "副镇长"),
    ]


def test_a_roster_line_gives_its_label_to_the_name_after_the_colon() -> None:
    """村委会主任：某某（分工）: a roster's post is a label and the name follows the colon, padded or not;
    a village committee's 委员 is a post; a credit line (编辑：某某) is none."""
    text = "村委会主任：韩建国（全面工作）\n村委会委员：苗　青（民政）\n编辑：杜小川"
    assert pairs(text) == [("韩建国", "村委会主任"), ("苗青", "村委会委员")]


def test_an_attendance_list_read_as_one_byline_gives_each_name_its_post() -> None:
    """参会人员 lines 「post　name」 one under another, which the importer joins into one byline: each name
    takes the post before it (a 党组书记、局长 chain too); a reporter's byline gives none."""
    byline = "县卫生健康局局长　石磊 县教育局党组书记、局长　古丽娜·艾山 县统计局副局长　冉　冬"
    claims = extract({"byline_text": byline}, [], Context("2025-03-01"))
    assert [(c.name, c.post) for c in claims] == [
        ("石磊", "县卫生健康局局长"),
        ("古丽娜·艾山", "县教育局党组书记"),
        ("古丽娜·艾山", "县教育局局长"),
        ("冉冬", "县统计局副局长"),
    ]
    assert extract({"byline_text": "记者 石磊 冉冬"}, [], Context("2025-03-01")) == []


def test_a_police_station_is_a_body_of_a_post() -> None:
    """某某派出所所长: the 所 that ends a unit's name is no function word (所以, 所有)."""
    text = "杏坪派出所所长宁志刚带队巡逻。"
    assert pairs(text, person=["宁志刚"], position=["所长"]) == [("宁志刚", "杏坪派出所所长")]


def test_a_name_transliterated_in_parts_is_a_name() -> None:
    """买买提·某某: the middle dot joins the parts of a Uyghur's (or a foreigner's) name."""
    assert lexicon().is_name("阿依古丽·吐尔洪")
    assert not lexicon().is_name("·吐尔洪")


def test_an_attendance_list_taken_for_a_heading_gives_each_name_its_post() -> None:
    """参会人员：县某局副局长　某　某 — the list's first line (with its label or alone) taken for a heading
    or a kicker by the importer is read as a byline of post and name is; a heading that also reads as
    post + name gives its pair once."""
    for heading in ("参会人员： 县统计局副局长　冉　冬", "县统计局副局长　冉　冬"):
        claims = extract({"title": heading}, [], Context("2025-03-01"))
        assert [(c.name, c.post) for c in claims] == [("冉冬", "县统计局副局长")]
    assert extract({"kicker": "参会人员： 县统计局　冉冬"}, [], Context("2025-03-01")) == []
    text = "县委书记　路远航"
    spans = [MentionSpan("position", "title", 0, 4), MentionSpan("person", "title", 5, 8)]
    assert [(c.name, c.post) for c in extract({"title": text}, spans, Context("2025-03-01"))] == [
        ("路远航", "县委书记")
    ]
