"""Post shapes found on held-out half K (``benchmarks/score_entities.py --half K``).

Each test is one shape of text whose (person, post) pairs the careers ledger missed; the sentences are
written here and name nobody from the gold files.
"""

from __future__ import annotations

from .mentions import pairs


def test_an_election_notices_label_lines_give_each_name_the_label() -> None:
    """A 换届 公告's results as label lines: the label spaced to a width (书　　记：, 副 书 记：), one name or
    several a space apart after its colon, or a note in brackets and the names on the next line (委　　员
    （按姓氏笔画为序）：); a two-character name padded to three (程　芳) is one name.  Each name holds the
    label, bare as printed: the notice's own body is the one it is of."""
    text = (
        "现将选举结果公告如下：\n"
        "书　　记：邵明远\n"
        "副 书 记：程　芳　贾永强\n"
        "委　　员（按姓氏笔画为序）：\n"
        "程　芳　邵明远　贾永强　阚立群\n"
        "联系电话：0731-1234567\n"
    )
    assert sorted(pairs(text)) == sorted(
        [
            ("邵明远", "书记"),
            ("程芳", "副书记"),
            ("贾永强", "副书记"),
            ("程芳", "委员"),
            ("邵明远", "委员"),
            ("贾永强", "委员"),
            ("阚立群", "委员"),
        ]
    )


def test_a_label_line_that_is_no_post_gives_nothing() -> None:
    """A credit or contact line (编　　辑：某某, 联 系 人：某某) has no title: no claim."""
    assert pairs("编　　辑：邵明远\n联 系 人：程　芳　贾永强\n") == []


def test_a_section_chief_a_manager_and_a_communitys_grid_worker_are_posts() -> None:
    """股长 (a county bureau's section chief), 经理 (a company department's manager), and the
    posts a community or a bureau assigns to a named person (网格员, 安全员) are posts of the person after
    them."""
    text = (
        "由县统计局综合股股长符晓岚负责。公司财务部经理严德胜到场。"
        "城关镇柳岸社区网格员葛丽华、县应急管理局安全员包振宇值守。"
    )
    people = ["符晓岚", "严德胜", "葛丽华", "包振宇"]
    assert pairs(text, person=people) == [
        ("符晓岚", "县统计局综合股股长"),
        ("严德胜", "公司财务部经理"),
        ("葛丽华", "镇柳岸社区网格员"),  # the town is the post's place
        ("包振宇", "县应急管理局安全员"),
    ]


def test_the_places_the_recogniser_found_before_a_post_are_the_posts() -> None:
    """某乡某社区|网格员某某, where neither place is in the gazetteer: the recogniser's places written right
    before its position are the post's (the 社区's 网格员), as a body found there is."""
    text = "排查不及时。苇溪乡柳岸社区网格员葛丽华未上报。"
    found = pairs(text, place=["苇溪乡", "柳岸社区"], position=["网格员"], person=["葛丽华"])
    assert found == [("葛丽华", "苇溪乡柳岸社区网格员")]


def test_then_and_now_before_the_posts_of_a_chain_are_no_part_of_them() -> None:
    """由时任某局办公室主任、现任某站站长某某经办: 时任 (then serving as) and 现任 (now serving as) say when
    each post was held; the posts are what follows them."""
    text = "该事项由时任县林业局办公室主任、现任县苗木服务站站长覃立新经办。"
    assert pairs(text, person=["覃立新"]) == [
        ("覃立新", "县林业局办公室主任"),
        ("覃立新", "县苗木服务站站长"),
    ]
