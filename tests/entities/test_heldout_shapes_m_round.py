"""Shapes found on held-out half M (``benchmarks/score_entities.py --half M``).

Each test is one shape of text the recogniser read wrongly on files nobody had tuned it on; the sentences
are made up for the test and name nobody from those files.  The model's reading is stated (the reading
LAC gave such text), so the rules are what is tested.
"""

from __future__ import annotations

from reader.entities.recogniser import Recogniser
from tests.entities.shapes import found_in_reading as found
from tests.helpers.model_words import model_reading


def test_the_names_of_a_post_label_line_are_persons(recogniser: Recogniser) -> None:
    """An election result's or a division of work's lines: a post as the label (a note in brackets after it
    perhaps), a colon or a space, then names joined by 、 to the line's end.  Each is a person, though
    the model reads 向 as a preposition (向|晓峰) or jieba a name's first characters as a place (龙海|波).
    A label that is no post (主要任务：向上汇报) names nobody."""
    text = (
        "居委会副主任：向晓峰\n村委会委员：罗金花、向春生\n副镇长　向明辉\n"
        "党支部书记、村委会主任（一肩挑）：龙海波\n主要任务：向上汇报"
    )
    model = model_reading(
        text,
        ("PER", "晓峰", 0),
        ("PER", "罗金花", 0),
        ("PER", "向春生", 0),
        ("PER", "向", 2),
        ("PER", "明辉", 0),
        ("PER", "龙海波", 0),
    )
    assert found(recogniser, text, model, "person") == ["向晓峰", "罗金花", "向春生", "向明辉", "龙海波"]


def test_a_time_limits_within_and_a_preposition_are_no_part_of_the_body(recogniser: Recogniser) -> None:
    """「3日内向乡党委反映」: the model reads 内 (of the time limit) and 向 into the body after them."""
    text = "有异议的，可在公示之日起3日内向乡党委反映。"
    model = model_reading(text, ("ORG", "内", 0), ("ORG", "向", 0), ("ORG", "乡党委", 0))
    assert found(recogniser, text, model, "organization") == ["乡党委"]


def test_an_owners_attribute_before_a_body_is_no_part_of_its_name(recogniser: Recogniser) -> None:
    """县属国有某林场, 市属某煤矿, 局属某站: who owns the body (某属, 国有) is said before its name."""
    text = "县属国有白石林场和市属大明煤矿参加。"
    model = model_reading(text, ("LOC", "白石林场", 0), ("ORG", "大明煤矿", 0))
    assert found(recogniser, text, model, "organization") == ["白石林场", "大明煤矿"]


def test_a_party_committees_inspection_group_and_office_are_bodies(recogniser: Recogniser) -> None:
    """A party committee's numbered 巡察组 (市委第二巡察组) and its 巡察办 are bodies where they act or sign
    (before a post they are the post's level body, as 市委组织部 in 市委组织部部长)."""
    text = "市委第二巡察组向县交通局党组反馈巡察情况。（市委巡察办　供稿）"
    model = model_reading(text, ("ORG", "市委", 0), ("ORG", "县交通局", 0), ("ORG", "市委", 1))
    assert found(recogniser, text, model, "organization") == ["市委第二巡察组", "县交通局党组", "市委巡察办"]


def test_a_county_named_in_full_is_a_place_where_its_short_form_stands_alone(recogniser: Recogniser) -> None:
    """「…出生于柘岭县…，为柘岭的发展…」: the model reads the short form (柘岭) as a name, but the text names
    the county in full (柘岭县, read as a place): the short form is the county."""
    text = "他出生于柘岭县青山乡，为柘岭的发展倾注了毕生心血。"
    model = model_reading(text, ("LOC", "柘岭县", 0), ("LOC", "青山乡", 0), ("PER", "柘岭", 1))
    assert found(recogniser, text, model, "person") == []
    assert found(recogniser, text, model, "place") == ["柘岭县", "青山乡", "柘岭"]


def test_a_village_written_after_its_township_or_a_listed_village(recogniser: Recogniser) -> None:
    """「青山乡杉木冲村」, 「柳溪村、桐子冲村村民」: a name of two to four characters and 村 right after a
    township or after a listed village and its 、 is a village, though jieba reads a verb in it (冲).  A
    word of the dictionary before 村 (新农村) is none."""
    text = "他出生于南岭县青山乡杉木冲村，后迁居柳溪村、桐子冲村村民组。白沙镇新农村建设。"
    model = model_reading(
        text,
        ("LOC", "南岭县", 0),
        ("LOC", "青山乡", 0),
        ("LOC", "杉木", 0),
        ("LOC", "柳溪村", 0),
        ("LOC", "白沙镇", 0),
    )
    assert found(recogniser, text, model, "place") == [
        "南岭县",
        "青山乡",
        "杉木冲村",
        "柳溪村",
        "桐子冲村",
        "白沙镇",
    ]


def test_a_towns_villages_and_communities_are_the_town(recogniser: Recogniser) -> None:
    """「白沙镇村（社区）“两委”换届」: 村（社区） is the bureaucrats' "villages (communities)" of the
    town; the model reads its 村 into the town's name."""
    text = "白沙镇村（社区）“两委”换届选举结果公告"
    model = model_reading(text, ("LOC", "白沙镇村", 0))
    assert found(recogniser, text, model, "place") == ["白沙镇"]


def test_a_named_party_committee_before_its_post_is_a_body(recogniser: Recogniser) -> None:
    """「曾任柳塘区委副书记、区长，石岗区委书记」: the model reads 柳塘区委 as a body, jieba's post
    word (区委副书记) takes its 区委; a party committee named by a place nobody knows is a body, its post
    the rest."""
    text = "他曾任柳塘区委副书记、区长，石岗区委书记。"
    model = model_reading(text, ("ORG", "柳塘区委", 0), ("ORG", "石岗区委", 0))
    assert found(recogniser, text, model, "organization") == ["柳塘区委", "石岗区委"]


def test_software_technology_and_industrial_parks_are_sites(recogniser: Recogniser) -> None:
    """An address's 某某软件园, a 科技园, a 工业园 or 工业园区 are named sites (other places), as a 产业园 is;
    the model reads only the name before the ending as a place."""
    text = "项目位于白沙工业园，研发中心设在南岭软件园B座，东湖科技园、青山工业园区设有分部。"
    model = model_reading(
        text, ("LOC", "白沙", 0), ("LOC", "南岭", 0), ("LOC", "东湖", 0), ("LOC", "青山", 0)
    )
    assert found(recogniser, text, model, "place") == [
        "白沙工业园",
        "南岭软件园",
        "东湖科技园",
        "青山工业园区",
    ]


def test_a_red_cross_society_after_a_verb(recogniser: Recogniser) -> None:
    """「联系县红十字会」 (a leader's liaison duties): the model reads the verb and the body as one word; a
    红十字会 ends a body's name as 总工会 does."""
    text = "联系县红十字会、县科协。"
    model = model_reading(text, ("ORG", "县科协", 0))
    assert found(recogniser, text, model, "organization") == ["县红十字会", "县科协"]


def test_a_compound_surname_the_model_read_alone_takes_its_given_name(recogniser: Recogniser) -> None:
    """A table row 「4　司马子墨　男　1997.09」: the model reads the compound surname alone (司马); the one
    or two characters after it, up to the cell's space, are the given name."""
    text = "3　韩露　女　2000.06　本科\n4　司马子墨　男　1997.09　本科"
    model = model_reading(text, ("PER", "韩露", 0), ("PER", "司马", 0))
    assert found(recogniser, text, model, "person") == ["韩露", "司马子墨"]


def test_a_body_the_model_read_across_a_table_cells_space(recogniser: Recogniser) -> None:
    """A row of a table a space apart (…　青州农业大学园艺学　县林业技术推广站技术员): the model reads the
    school's cell (with its major) across the space into the next cell's body.  The county's body after
    the space is a body of its own; no organisation holds the space."""
    text = "2　韦海涛　男　1998.11　本科　青州农业大学园艺学　县林业技术推广站技术员"
    model = model_reading(text, ("PER", "韦海涛", 0), ("ORG", "青州农业大学园艺学　县林业技术推广站", 0))
    orgs = found(recogniser, text, model, "organization")
    assert "县林业技术推广站" in orgs
    assert not any("\u3000" in org for org in orgs)


def test_a_bureaus_section_a_notice_sends_objections_to(recogniser: Recogniser) -> None:
    """「请向县交通运输局综合规划股反映」, 「与县委宣传部新闻科联系」: a 公示's contact is a bureau's (or a
    party department's) 股 or 科, framed by 向/与 and the verb after it; the section with its bureau is one
    body."""
    text = "如有异议，请向县交通运输局综合规划股反映，或与县委宣传部新闻科联系。"
    model = model_reading(text, ("ORG", "县交通运输局", 0), ("ORG", "县委宣传部", 0))
    assert found(recogniser, text, model, "organization") == ["县交通运输局综合规划股", "县委宣传部新闻科"]
