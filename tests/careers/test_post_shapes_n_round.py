"""Post shapes found on held-out half N (``benchmarks/score_entities.py --half N``).

Each test is one shape of text whose (person, post) pairs the careers ledger missed; the sentences are
written here and name nobody from the gold files.
"""

from __future__ import annotations

from .mentions import pairs


def test_a_post_and_a_name_after_a_label_or_in_a_dated_row_with_a_phone() -> None:
    """A press conference's head (「主持人：post chain　name」), a contact line
    (「联系人：post　name　phone」) and a duty roster's rows
    (「date　　post chain　name　　phone」, a note such as （挂职） after the post):
    the label or the date before, the space and the phone after bound the post.
    An office and a name (「联系人：某办公室秘书科　某某」) hold no post, nor a
    credit label's name."""
    text = (
        "主持人：市委宣传部副部长、市政府新闻办主任　韩立春\n"
        "联系人：市红十字会秘书长　樊秀英　　0731-5556088\n"
        "日　期　　带班领导　　联系电话\n"
        "5月1日　　市委常委、常务副市长　姚振邦　　13807311234\n"
        "5月2日　　副市长（挂职）　骆长青　　13807315678\n"
        "联系人：市政府办公室秘书科　牛晓燕　　0731-5551234\n"
        "摄影：记者　甘小平\n"
    )
    assert sorted(pairs(text)) == sorted(
        [
            ("韩立春", "市委宣传部副部长"),
            ("韩立春", "市政府新闻办主任"),
            ("樊秀英", "市红十字会秘书长"),
            ("姚振邦", "市委常委"),
            ("姚振邦", "常务副市长"),
            ("骆长青", "副市长"),
        ]
    )


def test_a_removal_of_names_joined_by_commas_gives_each_the_post() -> None:
    """「免去a、b的post职务」: every name of the list held the post removed, as 任命a、b为… gives it."""
    text = "免去卓文涛、郜晓梅的省交通运输厅副厅长职务。"
    assert sorted(pairs(text)) == [("卓文涛", "省交通运输厅副厅长"), ("郜晓梅", "省交通运输厅副厅长")]


def test_a_removal_of_his_other_post_after_an_appointment() -> None:
    """「任命a为post，免去其post职务」: 其 is the person just appointed, who held the post removed."""
    text = "任命苗志勇为县统计局局长，免去其县民政局副局长职务；任命戈静为县档案局局长。"
    assert sorted(pairs(text)) == sorted(
        [("苗志勇", "县统计局局长"), ("苗志勇", "县民政局副局长"), ("戈静", "县档案局局长")]
    )


def test_an_ambassador_and_a_consul_general_of_the_republic() -> None:
    """「任命a为中华人民共和国驻某国特命全权大使」: the republic's name holds a 和, a body's own word, not a
    function word a post cannot run through; 特命全权大使 and 总领事 are posts."""
    text = "任命莫晓川为中华人民共和国驻秘鲁共和国特命全权大使；免去甄立人的中华人民共和国驻大阪总领事职务。"
    assert sorted(pairs(text)) == sorted(
        [
            ("莫晓川", "中华人民共和国驻秘鲁共和国特命全权大使"),
            ("甄立人", "中华人民共和国驻大阪总领事"),
        ]
    )


def test_notices_of_names_with_rare_surnames_of_the_hundred_family_list() -> None:
    """蒯, 贲, 隗, 逄 and the like are surnames of the 百家姓 (and of the importer's own list): a notice's
    name with one of them is a name."""
    text = "任命贲晓东为县民政局局长；免去蒯永强、逄丽君的县民政局副局长职务；免去隗春生的县林业局局长职务。"
    assert sorted(pairs(text)) == sorted(
        [
            ("贲晓东", "县民政局局长"),
            ("蒯永强", "县民政局副局长"),
            ("逄丽君", "县民政局副局长"),
            ("隗春生", "县林业局局长"),
        ]
    )
