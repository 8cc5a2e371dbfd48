"""Shapes found on held-out half L (``benchmarks/score_entities.py --half L``).

Each test is one shape of text the recogniser read wrongly on files nobody had tuned it on; the sentences
are made up for the test and name nobody from those files.  The model's reading is stated (the reading
LAC gave such text), so the rules are what is tested.
"""

from __future__ import annotations

from reader.entities.recogniser import Recogniser
from tests.entities.shapes import found_in_reading as found
from tests.helpers.model_words import model_reading


def test_law_firms_maternity_hospitals_and_village_clinics_are_bodies(recogniser: Recogniser) -> None:
    """律师事务所 (a law firm, its 律师 written right after it: jieba's word 事务所律师 must not hide the
    ending), 妇幼保健院 and a village's 卫生室 end a body's name."""
    text = "辩护人、南溪明德律师事务所律师贺晓东出庭。县人民医院、县妇幼保健院和城关镇花园村卫生室参加。"
    model = model_reading(
        text,
        ("ORG", "南溪明德律师事务所", 0),
        ("PER", "贺晓东", 0),
        ("ORG", "县人民医院", 0),
        ("LOC", "城关镇", 0),
        ("LOC", "花园村", 0),
    )
    assert found(recogniser, text, model, "organization") == [
        "南溪明德律师事务所",
        "县人民医院",
        "县妇幼保健院",
        "花园村卫生室",
    ]


def test_a_name_the_model_read_on_across_a_space_ends_at_the_space(recogniser: Recogniser) -> None:
    """A list's 「name　post」 lines: the model reads the name on across the space into the post's body
    (某某某　县教育局); a name-shaped word before the space is the name, the rest no part of it.  A padded
    name (龚　丽: one character each side) stays whole."""
    text = "葛秀兰　城关镇中心学校校长\n鲁文华　县教育局人事股股长\n龚　丽　县第二小学教师"
    model = model_reading(
        text,
        ("PER", "葛秀兰\u3000城关镇中心学校", 0),
        ("PER", "鲁文华\u3000县教育局", 0),
        ("PER", "龚\u3000丽", 0),
    )
    assert found(recogniser, text, model, "person") == ["葛秀兰", "鲁文华", "龚\u3000丽"]


def test_a_name_before_its_body_in_brackets_in_a_list_is_a_person(recogniser: Recogniser) -> None:
    """An honours list's 「name（body）」 entries, two a line, a padded name among them: the word alone
    before the brackets is a person where the brackets hold a body and nothing else, though the model
    read no name there.  A body's short form before brackets (县一中（高中部）) is no name."""
    text = "邹晓梅（县第二中学）　　柏小燕（城关镇中心学校）\n何　静（县特殊教育学校）　　县一中（高中部）"
    model = model_reading(
        text,
        ("PER", "邹晓梅", 0),
        ("ORG", "县第二中学", 0),
        ("ORG", "城关镇中心学校", 0),
        ("ORG", "县特殊教育学校", 0),
    )
    assert found(recogniser, text, model, "person") == ["邹晓梅", "柏小燕", "何\u3000静"]


def test_a_removal_of_a_concurrent_post_bounds_its_name(recogniser: Recogniser) -> None:
    """免去某某兼任的…职务: the notice's verb and 兼任的 bound the name as 免去某某的 does, though jieba cuts
    the name into a word and a character (柯文|涛) and the model's reading is not taken."""
    text = "免去柯文彬兼任的县城市管理局副局长职务。"
    model = model_reading(text, ("PER", "柯文彬", 0))
    assert found(recogniser, text, model, "person") == ["柯文彬"]


def test_a_role_the_model_read_as_a_name_takes_no_name_after_it(recogniser: Recogniser) -> None:
    """与人民陪审员某某某、某某某组成合议庭: the model reads the role (人民陪审员) as a name of its own right
    before the first juror's; the role is no name and the two are not one."""
    text = "与人民陪审员何丽君、章建平组成合议庭。"
    model = model_reading(text, ("PER", "人民陪审员", 0), ("PER", "何丽君", 0), ("PER", "章建平", 0))
    assert found(recogniser, text, model, "person") == ["何丽君", "章建平"]


def test_a_native_of_a_township_or_village_keeps_its_place(recogniser: Recogniser) -> None:
    """某某乡人, 某某村人 (a native of it): jieba's words 乡人 and 村人 must not take the level character
    from the place the model read."""
    text = "伤者罗某（男，52岁，柘溪乡人）被送往医院，另一名伤者系枫林村人。"
    model = model_reading(text, ("PER", "罗某", 0), ("LOC", "柘溪乡", 0), ("LOC", "枫林村", 0))
    assert found(recogniser, text, model, "place") == ["柘溪乡", "枫林村"]


def test_a_townships_seat_is_the_township(recogniser: Recogniser) -> None:
    """某某乡集镇 (the township's seat, 集镇, in an address): the model reads it as one place; the place is
    the township.  A town whose name ends in 集 (张集镇) keeps it."""
    text = "经营场所：南岭县石桥乡集镇建设路5号。张集镇集镇规划获批。"
    model = model_reading(
        text,
        ("LOC", "南岭县", 0),
        ("LOC", "石桥乡集镇", 0),
        ("LOC", "建设路", 0),
        ("LOC", "张集镇集镇", 0),
    )
    assert found(recogniser, text, model, "place") == ["南岭县", "石桥乡", "建设路", "张集镇"]


def test_a_document_numbers_issuer_names_no_place(recogniser: Recogniser) -> None:
    """某市监罚〔2025〕8号: the abbreviation of the issuing office before a document number's year is no
    place (溪市 is no city) and no body; the body named in the sentence still is one."""
    text = "依据《行政处罚决定书》（溪市监罚〔2025〕8号），南岭县市场监管局依法处理。"
    model = model_reading(text, ("LOC", "溪市", 0), ("ORG", "南岭县市场监管局", 0))
    assert found(recogniser, text, model, "place") == []
    assert found(recogniser, text, model, "organization") == ["南岭县市场监管局"]


def test_a_companys_shop_named_by_its_place_is_one_body(recogniser: Recogniser) -> None:
    """当事人：某某连锁有限公司|南岭石桥店: the model reads the shop's name (its county and village, then 店)
    as a place after the company; the company's shop is one body, and no place."""
    text = "当事人：南岭仁和大药房连锁有限公司南岭石桥店\n负责人：向晓梅"
    model = model_reading(
        text, ("ORG", "南岭仁和大药房连锁有限公司", 0), ("LOC", "南岭石桥店", 0), ("PER", "向晓梅", 0)
    )
    assert found(recogniser, text, model, "organization") == ["南岭仁和大药房连锁有限公司南岭石桥店"]
    assert found(recogniser, text, model, "place") == []


def test_a_numbered_roads_section_gives_its_two_ends(recogniser: Recogniser) -> None:
    """S206线石桥至柳塘段, X018县道老鸦岭至槐树坪段: a numbered road's section runs from one place to another;
    both ends are places, the first though the model reads it with nothing (it is glued to the road's
    number)."""
    text = "南岭县S206线石桥至柳塘段改建工程开工，X018县道老鸦岭至槐树坪段同步施工。"
    model = model_reading(
        text,
        ("LOC", "南岭县", 0),
        ("LOC", "S206线", 0),
        ("LOC", "柳塘段", 0),
        ("LOC", "老鸦岭", 0),
        ("LOC", "槐树坪段", 0),
    )
    assert found(recogniser, text, model, "place") == [
        "南岭县",
        "S206线",
        "石桥",
        "柳塘",
        "X018县道",
        "老鸦岭",
        "槐树坪",
    ]


def test_a_bureaus_unit_written_after_it_is_one_body_with_it(recogniser: Recogniser) -> None:
    """承办机构：某局石桥市场监管所、某局执法稽查大队: a bureau's unit (a 所 of a place, a 大队) written right
    after the bureau, its phrase ending there, is one body — the model reads the bureau alone, or the
    level apart from the rest."""
    text = "案件承办机构：县市场监督管理局石桥市场监管所（所长：韩春来）、县市场监督管理局执法稽查大队"
    model = model_reading(
        text,
        ("ORG", "县", 0),
        ("ORG", "市场监督管理局", 0),
        ("PER", "韩春来", 0),
        ("ORG", "县市场监督管理局", 0),
    )
    assert found(recogniser, text, model, "organization") == [
        "县市场监督管理局石桥市场监管所",
        "县市场监督管理局执法稽查大队",
    ]


def test_bodies_a_space_apart_the_model_read_as_one_are_two(recogniser: Recogniser) -> None:
    """A list of bodies a space apart on one line (先进集体: 某镇中心学校　某乡某小学): the model reads two of
    them as one organisation across the space; a complete body before the space ends there."""
    text = "一、先进集体\n城关镇中心学校　石桥乡柳溪小学　北山镇中心幼儿园"
    model = model_reading(
        text, ("ORG", "城关镇中心学校\u3000石桥乡柳溪小学", 0), ("ORG", "北山镇中心幼儿园", 0)
    )
    assert found(recogniser, text, model, "organization") == [
        "城关镇中心学校",
        "石桥乡柳溪小学",
        "北山镇中心幼儿园",
    ]
