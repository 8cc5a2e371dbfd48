"""Post shapes found on the third held-out round (``benchmarks/score_entities.py``, halves A, C and D).

Each test is one shape of text whose (person, post) pair the careers ledger missed; the sentences are
written here and name nobody from the gold files.
"""

from __future__ import annotations

from reader.careers.lexicon import lexicon
from reader.careers.posts import parse_chain

from .mentions import pairs as _pairs


def test_a_units_party_secretary_and_director_are_both_posts() -> None:
    """党委书记、局长: the bare 局长 is the director of the unit whose party secretary the name is."""
    text = "省水文勘测局党委书记、局长周明远出席会议。党组书记、主任吴建国主持。"
    spans = {
        "organization": ["省水文勘测局"],
        "person": ["周明远", "吴建国"],
        "position": ["党委书记、局长", "党组书记、主任"],
    }
    assert _pairs(text, **spans) == [
        ("周明远", "省水文勘测局党委书记"),
        ("周明远", "省水文勘测局局长"),
        ("吴建国", "党组书记"),
        ("吴建国", "主任"),
    ]


def test_two_posts_joined_by_jian_are_two_posts_of_one_body() -> None:
    """副理事长兼秘书长: 兼 joins a second post in the same body; the body is not 某学会副."""
    posts = parse_chain(lexicon(), "省土壤学会副理事长兼秘书长")
    assert [(p.post, p.organisation) for p in posts] == [
        ("省土壤学会副理事长", "省土壤学会"),
        ("省土壤学会秘书长", "省土壤学会"),
    ]


def test_a_bare_title_after_a_member_post_is_still_no_post() -> None:
    """市委常委、主任 says nothing about where the 主任 is held: no chain (the name gets no post)."""
    assert parse_chain(lexicon(), "市委常委、主任") == []


def test_a_former_post_keeps_its_body_without_the_word_former() -> None:
    posts = parse_chain(lexicon(), "省地质研究院原院长")
    assert [(p.post, p.organisation) for p in posts] == [("省地质研究院原院长", "省地质研究院")]


def test_a_title_right_after_a_name_is_the_names_post() -> None:
    """张三副书记结合…: the recogniser marks no bare title after a name; the lexicon's title is read."""
    text = "分管农业的赵海平副书记结合本村实际作了部署。"
    assert _pairs(text, person=["赵海平"]) == [("赵海平", "副书记")]


def test_a_title_that_runs_on_into_another_word_is_no_post() -> None:
    """书记员 is a court clerk and 主任医师 a physician's grade, not 书记 or 主任 posts."""
    text = "法院孙立新书记员宣读了判决，医院林晓东副主任医师介绍了病情。"
    assert _pairs(text, person=["孙立新", "林晓东"]) == []


def test_a_body_before_the_name_and_a_title_after_it_are_one_post() -> None:
    """省委某某书记, 某局某某局长 (in either script): the body, the name, then the bare title."""
    text = "会议传达了省委孟庆华书记的讲话。"
    spans = {"organization": ["省委"], "person": ["孟庆华"]}
    assert _pairs(text, **spans) == [("孟庆华", "省委书记")]
    traditional = "在民政總局鄭嘉欣局長陪同下參觀。"
    spans = {"organization": ["民政總局"], "person": ["鄭嘉欣"], "position": ["局長"]}
    assert _pairs(traditional, **spans) == [("鄭嘉欣", "民政總局局長")]


def test_a_deputy_post_goes_to_every_name_of_a_list_whose_names_carry_a_rank() -> None:
    """副会长张三教授、李四教授、王五研究员: the rank after each name does not end the list."""
    text = "省植物学会副会长方立群教授、沈秋实教授、韩雪梅研究员出席。"
    spans = {"position": ["省植物学会副会长"], "person": ["方立群", "沈秋实", "韩雪梅"]}
    assert _pairs(text, **spans) == [
        ("方立群", "省植物学会副会长"),
        ("沈秋实", "省植物学会副会长"),
        ("韩雪梅", "省植物学会副会长"),
    ]


def test_a_body_found_a_few_words_before_the_title_is_the_posts_body() -> None:
    """某科学院|南京分院原|院长, 某学会|副理事长兼|秘书长: the branch, 原 and 兼 belong to the post."""
    text = "省农业科学院果树分院原院长顾明轩、市摄影家协会副主席兼秘书长陶志清出席。"
    spans = {
        "organization": ["省农业科学院", "市摄影家协会"],
        "position": ["院长", "秘书长"],
        "person": ["顾明轩", "陶志清"],
    }
    assert _pairs(text, **spans) == [
        ("顾明轩", "省农业科学院果树分院原院长"),
        ("陶志清", "市摄影家协会副主席"),
        ("陶志清", "市摄影家协会秘书长"),
    ]


def test_a_meetings_words_between_a_body_and_a_title_make_no_post() -> None:
    text = "县政府召开专题会议传达学习省长孔德明讲话精神。"
    spans = {"organization": ["县政府"], "position": ["省长"], "person": ["孔德明"]}
    assert ("孔德明", "县政府召开专题会议传达学习省长") not in _pairs(text, **spans)


def test_a_party_branch_secretary_is_a_post_like_a_party_secretary() -> None:
    """支部书记 is 党支部书记 written short; a bare 党委书记 or 党支部书记 was already a post."""
    text = "会议由支部书记邓国梁主持。"
    assert _pairs(text, person=["邓国梁"], position=["支部书记"]) == [("邓国梁", "支部书记")]


def test_a_post_before_the_organisation_a_name_comes_from_is_the_names_post() -> None:
    """某学会副主任、某大学某学院张三: the post, a 、, the person's own organisation, the name."""
    text = "省气象学会副理事长、江城大学大气科学学院严海波教授主持开幕式。"
    spans = {"organization": ["省气象学会", "江城大学大气科学学院"], "person": ["严海波"]}
    assert _pairs(text, **spans) == [("严海波", "省气象学会副理事长")]


def test_a_name_and_post_before_the_list_keep_the_post_to_that_name() -> None:
    """县长张三、市教育局李四: 县长 is 张三's, and 李四 (after a name, not a post) gets none."""
    text = "县长孙文博、市教育局钱立新出席。"
    spans = {"position": ["县长"], "person": ["孙文博", "钱立新"], "organization": ["市教育局"]}
    assert _pairs(text, **spans) == [("孙文博", "县长")]


def test_a_sector_bureau_title_is_no_place_of_the_same_name() -> None:
    """公安局长: the public security bureau's head, not the 局长 of 公安县 (a county is written 公安县)."""
    lex = lexicon()
    read = [(p.post, p.place) for p in parse_chain(lex, "市委常委、公安局长")]
    assert read == [("市委常委", None), ("市公安局长", None)]
    assert [(p.post, p.place) for p in parse_chain(lex, "公安副局长")] == [("公安副局长", None)]
    county = parse_chain(lex, "公安县公安局长")  # the county written in full keeps it
    assert [(p.post, p.place) for p in county] == [("县公安局长", "公安县")]


def test_a_chain_of_posts_never_runs_over_other_peoples_names() -> None:
    """Names and posts run together with no 、 (a copy that lost its punctuation): each name's post is the
    one right before it, never a chain swallowing the names before it."""
    text = "市政协主席王立群常务副市长赵明市政协副主席、农工党某市委主委孙晓梅出席。国务委员陈光远参观。"
    spans = {
        "person": ["王立群", "赵明", "孙晓梅", "陈光远", "国务"],  # 国务: a reading of 国务委员 as a name
        "position": ["市政协主席", "常务副市长", "市政协副主席", "市委主委"],
    }
    pairs = _pairs(text, **spans)
    assert ("王立群", "市政协主席") in pairs and ("赵明", "常务副市长") in pairs
    hers = [post for name, post in pairs if name == "孙晓梅"]
    assert hers[0] == "市政协副主席" and len(hers) == 2  # the list's first post, from the last name on
    assert not any(other in post for post in hers for other in ("王立群", "赵明"))
    assert ("陈光远", "国务委员") in pairs  # the bogus name inside the title does not cut it


def test_a_place_and_its_heads_title_share_the_level_character() -> None:
    """西平县长, 驻马店市长: the level character is written once, as the title's first character — the
    place is the county (the city) and the post 县长 (市长), as 西平县县长 reads."""
    lex = lexicon()
    for text, post, place in (("西平县长", "县长", "西平县"), ("驻马店市长", "市长", "驻马店市")):
        assert [(p.post, p.place) for p in parse_chain(lex, text)] == [(post, place)]
    assert [(p.post, p.place) for p in parse_chain(lex, "西平县县长")] == [("县长", "西平县")]


def test_a_court_of_a_rank_is_no_place_named_by_the_ranks_first_character() -> None:
    """市中级人民法院院长: the city's intermediate court, not 市中区's (a district's short name, 市中,
    is never followed by 级: its rank would follow the full name)."""
    lex = lexicon()
    court = parse_chain(lex, "市中级人民法院院长")
    assert [(p.post, p.place) for p in court] == [("市中级人民法院院长", None)]
    district = parse_chain(lex, "市中区人民法院院长")
    assert [(p.post, p.place) for p in district] == [("区人民法院院长", "市中区")]
