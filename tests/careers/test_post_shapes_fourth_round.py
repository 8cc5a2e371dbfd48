"""Post shapes found on the fourth held-out round (``benchmarks/score_entities.py``, halves A, C, D and E).

Each test is one shape of text whose (person, post) pair the careers ledger missed; the sentences are
written here and name nobody from the gold files.
"""

from __future__ import annotations

from reader.careers.claims import Context, extract

from .mentions import pairs as _pairs


def test_an_appointment_of_several_names_gives_the_post_to_each() -> None:
    """任命张三、李四为…: the names listed with 、 before 为 all get the post, in a first and a later
    clause; a clause opening with 任命 is a notice of its own (任命|宁远 is no name)."""
    text = (
        "会议任命周海波为市文化委员会主任，林小雨、何振东为市文化委员会副主任；"
        "任命宁远、罗明为市审计局副局长。"
    )
    assert set(_pairs(text)) == {
        ("周海波", "市文化委员会主任"),
        ("林小雨", "市文化委员会副主任"),
        ("何振东", "市文化委员会副主任"),
        ("宁远", "市审计局副局长"),
        ("罗明", "市审计局副局长"),
    }


def test_words_before_a_listed_name_that_are_no_names_give_no_claim() -> None:
    """决定春耕、夏种为…: the list must be names (a known surname, two to four characters)."""
    assert _pairs("会议决定春耕、夏种为今年重点工作。") == []


def test_the_term_an_appointment_is_of_is_not_part_of_the_post() -> None:
    """任命某某为第三任…主任: 第三任 / 第十届 say which term; the post is the body's title, and a long body
    with its term no longer runs past the longest post the ledger reads."""
    text = (
        "会议任命邓文涛为第三任省人大常委会民族宗教侨务外事委员会主任，"
        "谢冰、邵阳为第三任省人大常委会民族宗教侨务外事委员会副主任。"
    )
    assert set(_pairs(text)) == {
        ("邓文涛", "省人大常委会民族宗教侨务外事委员会主任"),
        ("谢冰", "省人大常委会民族宗教侨务外事委员会副主任"),
        ("邵阳", "省人大常委会民族宗教侨务外事委员会副主任"),
    }


def _byline_pairs(byline: str) -> list[tuple[str, str]]:
    fields = {"text": "同志们：今天召开全县大会。", "byline_text": byline}
    return [(c.name, c.post) for c in extract(fields, [], Context("2025-03-01"))]


def test_a_speakers_byline_of_post_and_name_gives_the_post() -> None:
    """A speech collection's 「副县长　某某」 line (post, ideographic space, name) is the speaker's post;
    a reporter's byline gives none, in either script."""
    assert _byline_pairs("副县长\u3000韩立平") == [("韩立平", "副县长")]
    assert _byline_pairs("市委副书记、市长 钟子健") == [("钟子健", "市委副书记"), ("钟子健", "市长")]
    assert _byline_pairs("縣長\u3000蔡明德") == [("蔡明德", "縣長")]
    assert _byline_pairs("记者\u3000韩立平") == []
    assert _byline_pairs("韩立平 钟子健") == []


def test_a_units_title_before_a_name_is_a_post_without_a_place_before_it() -> None:
    """检验科主任某某, 预算审查委员会主任某某: a unit's name and a title, after a function word or at a
    phrase's start, with no place or level character before it; a bare title still gives nothing."""
    text = "竞赛由检验科主任罗文静主持，预算审查委员会主任邱世杰作说明，主任韦家明讲评。"
    spans = {"person": ["罗文静", "邱世杰", "韦家明"], "position": ["主任"]}
    assert _pairs(text, **spans) == [("罗文静", "检验科主任"), ("邱世杰", "预算审查委员会主任")]


def test_an_appointment_list_set_as_a_table_gives_each_rows_names_its_post() -> None:
    """A 任免名单 as a pipe table (a header 任命 | 职务, then names | post per row): every name of a row
    is appointed to its post — a name with a 「·」 where the recogniser found it, a body holding 与 or 经,
    rows on lines of their own or run together as the importer may store them."""
    text = (
        "| 任命 | 职务 |\n|---|---|\n"
        "| 阿依古丽·吐尔逊、邹建国 | 省人大农业与农村委员会副主任委员 |\n"
        "| 季文博 | 省人大财政经济委员会主任委员 |\n"
        "| 另行通知 | 省人大监察和司法委员会委员 |"
    )
    spans = {"person": ["阿依古丽·吐尔逊", "邹建国", "季文博"]}
    expected = [
        ("阿依古丽·吐尔逊", "省人大农业与农村委员会副主任委员"),
        ("邹建国", "省人大农业与农村委员会副主任委员"),
        ("季文博", "省人大财政经济委员会主任委员"),
    ]
    assert _pairs(text, **spans) == expected
    glued = text.replace("|\n", "|")
    assert _pairs(glued, **spans) == expected


def test_a_table_without_an_appointment_header_gives_no_post() -> None:
    """A table of names and posts under another header (a duty roster) is not read as appointments."""
    text = "| 值班 | 电话 |\n| 邹建国 | 省人大财政经济委员会主任委员 |"
    assert _pairs(text, person=["邹建国"]) == []


def test_a_unit_after_a_character_that_may_be_inside_a_name_starts_no_post() -> None:
    """区域经济学会副会长某某: 经 is a function word only sometimes; the unit must not start after it (a
    post 「济学会副会长」), nor after 与 / 和 inside a longer body's name (half H: 经济 and a body joining
    two sectors with 和 are now read as words of the name, so both posts are read whole, never
    「济学会副会长」 or 「信息化局局长」)."""
    text = "省区域经济学会副会长卫东方，市工业和信息化局局长柏青出席。"
    assert _pairs(text, person=["卫东方", "柏青"]) == [
        ("卫东方", "省区域经济学会副会长"),
        ("柏青", "市工业和信息化局局长"),
    ]
