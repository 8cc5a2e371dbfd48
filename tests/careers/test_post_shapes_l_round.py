"""Post shapes found on held-out half L (``benchmarks/score_entities.py --half L``).

Each test is one shape of text whose (person, post) pairs the careers ledger missed; the sentences are
written here and name nobody from the gold files.
"""

from __future__ import annotations

from .mentions import pairs


def test_a_notices_label_lines_give_the_name_its_field() -> None:
    """A 公示's label lines (中标结果公示, 行政处罚信息公示): 「项目经理：某某」, 「技术负责人：某某」,
    「总监理工程师：某某」 under the company that won, 「法定代表人：某某」 or 「负责人：某某」 under the
    party named.  The label is the post, bare as printed (the body is the line above); a contact or an officer
    of the notice (联系人, 执法人员) holds none."""
    text = (
        "中标人：青禾路桥工程有限公司\n"
        "项目经理：邹明辉\n"
        "技术负责人：贺佳琪\n"
        "总监理工程师：殷少峰\n"
        "当事人：南岭县惠民粮油有限公司\n"
        "法定代表人：阎志刚\n"
        "负责人：蒲晓燕\n"
        "执法人员：柴立新、吕春燕\n"
        "联系人：伍晓东\n"
    )
    assert sorted(pairs(text)) == sorted(
        [
            ("邹明辉", "项目经理"),
            ("贺佳琪", "技术负责人"),
            ("殷少峰", "总监理工程师"),
            ("阎志刚", "法定代表人"),
            ("蒲晓燕", "负责人"),
        ]
    )
