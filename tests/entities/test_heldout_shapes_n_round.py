"""Shapes found on held-out half N (``benchmarks/score_entities.py --half N``).

Each test is one shape of text the recogniser read wrongly on files nobody had tuned it on; the sentences
are made up for the test and name nobody from those files.  The model's reading is stated (the reading
LAC gave such text), so the rules are what is tested.
"""

from __future__ import annotations

from reader.entities.lac import Word
from reader.entities.recogniser import Recogniser
from tests.entities.shapes import found_in_reading as found
from tests.helpers.model_words import model_reading


def test_a_notices_name_before_wei_is_whole_though_jieba_reads_a_word_across_it(
    recogniser: Recogniser,
) -> None:
    """「聘任某某华为…」: the notice's verb and 为 bound the name, though jieba reads 华为 (a company) as a
    word and the model cuts the name before it, as an election's verb does (选举某某华为…)."""
    text = "聘任郑美华为县人民医院院长，聘期五年。"
    model = model_reading(text, ("PER", "郑美", 0), ("ORG", "华为", 0), ("ORG", "县人民医院", 0))
    assert found(recogniser, text, model, "person") == ["郑美华"]


def test_an_items_enumerator_in_brackets_is_no_part_of_the_body_after_it(recogniser: Recogniser) -> None:
    """「（二）县某局、县某局要…」: a numbered item's （二） opens the paragraph; a place in brackets inside a
    company's name (某某(上海)实业有限公司) is the name's, a numeral in brackets before a body is not."""
    text = "（二）县应急管理局、县林业局要加强巡查。"
    model = model_reading(text, ("ORG", "县应急管理局", 0), ("ORG", "县林业局", 0))
    assert found(recogniser, text, model, "organization") == ["县应急管理局", "县林业局"]


def test_a_meeting_verb_jieba_tags_as_a_noun_ends_the_walk_back_from_a_body(recogniser: Recogniser) -> None:
    """「某县领导会见某国某市代表团」: jieba tags 会见 (and 参观, 座谈) as nouns, so the walk back
    from 代表团 ran over the verb and the county's leaders to the headline's start.  The delegation is
    read as People's Daily reads one (某国代表团); the county before the verb is a place."""
    text = "蓼汀县领导会见越南胡志明市代表团"
    model = model_reading(text, ("LOC", "蓼汀县", 0), ("LOC", "越南", 0), ("PER", "胡志明市代表团", 0))
    assert found(recogniser, text, model, "organization") == ["越南胡志明市代表团"]
    assert found(recogniser, text, model, "place") == ["蓼汀县"]


def test_a_toll_station_and_a_service_area_are_sites(recogniser: Recogniser) -> None:
    """「某某东收费站」, 「某某服务区」: an expressway's toll station and service area are sites named by the
    place and a direction; the model reads the place with its direction and leaves the ending out."""
    text = "车辆从沪昆高速蓼汀北收费站驶出，在G320线蓼汀东收费站、桐岗服务区休息。"
    model = model_reading(
        text,
        ("LOC", "沪昆高速", 0),
        ("LOC", "蓼汀北", 0),
        ("LOC", "G320线", 0),
        ("LOC", "蓼汀东", 0),
        ("LOC", "桐岗", 0),
    )
    assert found(recogniser, text, model, "place") == [
        "沪昆高速",
        "蓼汀北收费站",
        "G320线",
        "蓼汀东收费站",
        "桐岗服务区",
    ]


def test_an_addresss_chain_of_places_before_a_park_is_places(recogniser: Recogniser) -> None:
    """「湖北省荆门市东宝区某某工业园纬二路6号」: a chain of two places or more before a site is the
    address's places, one by one, and the site begins after them (a town before a museum,
    某镇某某陈列馆, stays the site's)."""
    text = "地址：湖北省荆门市东宝区栗溪工业园纬二路6号。"
    model = model_reading(text, ("LOC", "湖北省荆门市东宝区栗溪工业园", 0), ("LOC", "纬二路", 0))
    assert found(recogniser, text, model, "place") == ["湖北省", "荆门市", "东宝区", "栗溪工业园", "纬二路"]


def test_a_floor_ends_a_buildings_or_bodys_name(recogniser: Recogniser) -> None:
    """「某某大厦12楼」, 「县某某中心一楼新闻发布厅」: a floor (12楼, 一楼, 3层) after a building or a body is
    where in it, no part of its name; the hall on the floor (…发布厅, 厅 a body's ending elsewhere) is no
    body."""
    text = "地址：某路8号银泰大厦12楼。地点：县档案中心一楼新闻发布厅"
    model = model_reading(text, ("LOC", "银泰大厦12楼", 0), ("ORG", "县档案中心", 0))
    assert found(recogniser, text, model, "place") == ["银泰大厦"]
    assert found(recogniser, text, model, "organization") == ["县档案中心"]


def test_a_bodys_office_stationed_in_a_place_is_one_body(recogniser: Recogniser) -> None:
    """「某组织驻华代表处」, 「某市人民政府驻某地联络处」: 驻 + the place + an office's ending
    (代表处, 办事处, 联络处) after a body is that body's office there, one organisation — the place
    (华 for China) is the office's."""
    text = "世界粮食计划署驻华代表处官员来访。免去某某的蓼汀市人民政府驻深圳联络处主任职务。"
    model = model_reading(
        text, ("ORG", "世界粮食计划署驻华", 0), ("ORG", "蓼汀市人民政府", 0), ("ORG", "深圳联络处", 0)
    )
    assert found(recogniser, text, model, "organization") == [
        "世界粮食计划署驻华代表处",
        "蓼汀市人民政府驻深圳联络处",
    ]
    assert found(recogniser, text, model, "place") == []


def test_a_bank_named_by_its_role_in_a_payment_is_no_body(recogniser: Recogniser) -> None:
    """「开户行：某某银行某支行」, 收款行, 开户银行: the label names the bank's role in the payment, the
    bank after the colon is the body."""
    text = "户名：县红十字会\n开户行：中国建设银行蓼汀县支行\n收款行：蓼汀农商银行"
    model = model_reading(
        text,
        ("ORG", "县红十字会", 0),
        ("ORG", "开户行", 0),
        ("ORG", "中国建设银行蓼汀县支行", 0),
        ("ORG", "收款行", 0),
        ("ORG", "蓼汀农商银行", 0),
    )
    assert found(recogniser, text, model, "organization") == [
        "县红十字会",
        "中国建设银行蓼汀县支行",
        "蓼汀农商银行",
    ]


def test_a_named_hospitals_or_colleges_head_where_jieba_joins_the_ending_and_the_title(
    recogniser: Recogniser,
) -> None:
    """「某县人民医院院长」, 「某某技术学院院长」: jieba reads 医院院长 and 学院院长 as one post word;
    before a named body the ending (医院, 学院) is the body's and the post is the title after it."""
    text = "聘任陶立新为蓼汀县人民医院院长；任命葛文为蓼汀职业技术学院院长。"
    model = model_reading(
        text,
        ("PER", "陶立新", 0),
        ("ORG", "蓼汀县人民医院", 0),
        ("PER", "葛文", 0),
        ("ORG", "蓼汀职业技术学院", 0),
    )
    assert found(recogniser, text, model, "organization") == ["蓼汀县人民医院", "蓼汀职业技术学院"]


def test_an_offices_or_bureaus_section_written_after_it_is_one_body(recogniser: Recogniser) -> None:
    """「联系人：县政府办公室秘书科　某某」, 「县卫生健康局医政科、…」: a 科 written right after an
    office or a bureau and ending its phrase is that body's section, one organisation (as a bureau's
    股 is)."""
    text = "联系人：县政府办公室秘书科　袁立群　　0731-5551234\n县卫生健康局医政科、县医保局负责。"
    model = model_reading(
        text,
        ("ORG", "县政府办公室", 0),
        ("PER", "袁立群", 0),
        ("ORG", "县卫生健康局", 0),
        ("ORG", "县医保局", 0),
    )
    assert found(recogniser, text, model, "organization") == [
        "县政府办公室秘书科",
        "县卫生健康局医政科",
        "县医保局",
    ]


def test_an_international_bodys_name_ends_with_its_organisation(recogniser: Recogniser) -> None:
    """「国际某某组织项目官员」: the model reads the body's name without 组织 (a common noun to it); an
    organisation's 组织 written right after the model's body is its ending."""
    text = "4月10日，国际竹类组织项目官员来县调研。"
    model = model_reading(text, ("ORG", "国际竹类", 0))
    model = [Word(w.start, w.end, w.tag, 0.0) for w in model]  # the model unsure of its reading
    assert found(recogniser, text, model, "organization") == ["国际竹类组织"]


def test_a_local_bodys_organising_verb_stays_out_of_its_name(recogniser: Recogniser) -> None:
    """「县教育局组织开展培训」: 组织 after a local body is the verb; only an international body's name
    (国际…, 世界…) ends with it."""
    text = "县教育局组织开展培训。"
    model = model_reading(text, ("ORG", "县教育局", 0))
    assert found(recogniser, text, model, "organization") == ["县教育局"]


def test_a_level_governments_office_jieba_lists_is_one_body_with_it(recogniser: Recogniser) -> None:
    """「（县政府新闻办供稿）」: 新闻办 is a body of jieba's dictionary, and the level body before it (县政府)
    says whose office it is — one organisation, as 市政府|研究室 is."""
    text = "谢谢大家！\n（县政府新闻办供稿）"
    model = model_reading(text, ("ORG", "县政府新闻", 0))
    assert found(recogniser, text, model, "organization") == ["县政府新闻办"]
