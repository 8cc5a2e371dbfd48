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
