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


def test_an_items_head_of_name_comma_post_gives_the_post() -> None:
    """A report's items on the persons it deals with (处理建议 of an accident report, a 通报's list), each
    opening with the name, a comma and the post (「（一）某某，车间当班班长，对事故负有…」): the commas
    bound the post.  A résumé's sex after the comma (某某，男，…) is no post."""
    text = (
        "三、处理建议\n"
        "（一）蒋立平，车间当班班长，对事故负有直接责任。\n"
        "（二）严秋月，项目部安全员，建议解除劳动合同。\n"
        "3．符志明，县住建局副局长，建议给予政务警告处分。\n"
        "（四）柏文静，女，汉族，1985年生。\n"
    )
    assert sorted(pairs(text)) == sorted(
        [
            ("蒋立平", "车间当班班长"),
            ("严秋月", "项目部安全员"),
            ("符志明", "县住建局副局长"),
        ]
    )


def test_a_name_then_its_post_chain_on_a_line_of_its_own() -> None:
    """A commendation's list of 「name　post」 lines (the name first, a space, the post chain to the line's
    end): each name holds its chain, a bare title after a party post taking that post's unit."""
    text = (
        "三、优秀教育工作者（3名）\n"
        "戴志鹏　县第三中学党总支书记、校长\n"
        "葛秀兰　城关镇中心学校校长\n"
        "鲁文华　县教育局人事股股长\n"
    )
    assert sorted(pairs(text)) == sorted(
        [
            ("戴志鹏", "县第三中学党总支书记"),
            ("戴志鹏", "县第三中学校长"),
            ("葛秀兰", "镇中心学校校长"),  # the town is the post's place
            ("鲁文华", "县教育局人事股股长"),
        ]
    )


def test_concurrent_and_seconded_posts_after_the_name() -> None:
    """「某某同志兼任post（不占职数）」 and 「某某同志挂任post」 (a cadre seconded from elsewhere): the post
    ends at the bracket of its note; 「免去某某兼任的post职务」 removes the concurrent post held."""
    text = (
        "龙振宇同志兼任县政府办公室副主任（不占职数）。"
        "邹海燕同志挂任县人民医院副院长，挂职时间一年。"
        "免去沈立军兼任的县城市管理局副局长职务。"
    )
    assert sorted(pairs(text)) == sorted(
        [
            ("龙振宇", "县政府办公室副主任"),
            ("邹海燕", "县人民医院副院长"),
            ("沈立军", "县城市管理局副局长"),
        ]
    )


def test_a_judges_grade_after_the_post_chain_is_no_post() -> None:
    """某庭副庭长、一级法官某某: a judge's or a procurator's grade (一级法官, 三级检察官) written last in the
    chain before the name is a rank, as 主任医师 is; the post is the chain before it."""
    text = "县法院民事审判庭副庭长、一级法官伍振东主持，县检察院第一检察部副主任、三级检察官苏晴出庭。"
    found = pairs(text, person=["伍振东", "苏晴"])
    assert ("伍振东", "县法院民事审判庭副庭长") in found
    assert ("苏晴", "县检察院第一检察部副主任") in found


def test_a_title_before_the_name_does_not_hide_the_name_and_its_verb() -> None:
    """某医院心内科副主任医师某某同志挂任…副院长: the 任 of 主任医师 reads first as a verb with no name before
    it (科副主|任); that reading is no notice, and the name with its own verb after it still is."""
    text = "市中心医院骨科副主任医师庞立新同志挂任县人民医院副院长，挂职时间一年。"
    assert pairs(text, person=["庞立新"]) == [("庞立新", "县人民医院副院长")]


def test_a_label_in_brackets_after_a_body_gives_its_post() -> None:
    """承办机构：某局某某市场监管所（所长：某某）: a label and a name in brackets after a body, as a 公示
    writes its officer — the label is the post, bare as printed.  A contact in brackets gives none."""
    text = "承办机构：县市场监督管理局石桥市场监管所（所长：韩春来）、县档案馆（联系人：伍晓东）。"
    assert pairs(text) == [("韩春来", "所长")]


def test_a_chain_does_not_start_with_the_verb_before_it() -> None:
    """检察长某某带领第一检察部主任某某: the verb (带领) before a unit's post is no part of the post."""
    text = "县检察院检察长邓启明带领第一检察部主任卢晓燕等到县自然资源局座谈。"
    found = pairs(text, person=["邓启明", "卢晓燕"])
    assert ("卢晓燕", "第一检察部主任") in found
    assert not any(post.startswith("带领") for _name, post in found)


def test_the_head_of_a_group_set_up_by_the_notice_is_its_zuzhang() -> None:
    """成立由副县长某某任组长…的调查组: 组长 (and 副组长) given by 任 is the head of the group the sentence
    sets up, a post though no body is written before it; a bare 主任 so given stays none."""
    text = "县政府成立事故调查组，由副县长苏立平任组长。会议决定由周建国任主任。"
    found = pairs(text, person=["苏立平", "周建国"])
    assert ("苏立平", "组长") in found
    assert ("周建国", "主任") not in found


def test_persons_listed_before_a_shared_verb_share_its_post() -> None:
    """县应急管理局局长某某、县总工会副主席某某任副组长: each name of a list of 「post name」 items joined
    by 、 holds what the verb after the last gives, beside its own post."""
    text = "由副县长苏立平任组长，县应急管理局局长龙海波、县总工会副主席舒丽华任副组长。"
    found = pairs(text, person=["苏立平", "龙海波", "舒丽华"])
    assert ("龙海波", "副组长") in found
    assert ("舒丽华", "副组长") in found
    assert ("龙海波", "县应急管理局局长") in found
    assert ("苏立平", "副组长") not in found


def test_the_presiding_judge_of_a_bench_is_a_post() -> None:
    """本案由某庭副庭长某某担任审判长: 审判长 (the judge presiding over the bench of the case) given by 担任
    is a post, as the head of a group the sentence sets up is."""
    text = "本案由县法院民事审判庭副庭长伍振东担任审判长，与人民陪审员何丽君组成合议庭。"
    found = pairs(text, person=["伍振东", "何丽君"])
    assert ("伍振东", "审判长") in found
    assert ("伍振东", "县法院民事审判庭副庭长") in found
