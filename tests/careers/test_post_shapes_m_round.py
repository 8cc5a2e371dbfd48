"""Post shapes found on held-out half M (``benchmarks/score_entities.py --half M``).

Each test is one shape of text whose (person, post) pairs the careers ledger missed; the sentences are
written here and name nobody from the gold files.
"""

from __future__ import annotations

from .mentions import pairs


def test_an_election_results_label_with_a_note_and_names_joined_by_commas() -> None:
    """A village election's result lines: a label that may carry a note in brackets before its colon
    (「党支部书记、村委会主任（一肩挑）：某某」), and several names joined by 、 after it, a name perhaps
    with its own note (「某某（兼）」).  Each name holds every post of the label."""
    text = (
        "二、杨柳村\n"
        "党总支书记、村委会主任（一肩挑）：程国庆\n"
        "党总支委员：苗春华、钟志远\n"
        "村委会委员：苗春华（兼）、柯玉兰\n"
        "联系人：俞小兵\n"
    )
    assert sorted(pairs(text)) == sorted(
        [
            ("程国庆", "党总支书记"),
            ("程国庆", "村委会主任"),
            ("苗春华", "党总支委员"),
            ("钟志远", "党总支委员"),
            ("苗春华", "村委会委员"),
            ("柯玉兰", "村委会委员"),
        ]
    )


def test_a_post_and_a_name_on_a_line_of_their_own_head_the_lines_after() -> None:
    """A division of work among a government's leaders: each leader's block opens with a line that is only
    the post, a space and the name (「常务副市长　某某」, a note in brackets after the name perhaps), the
    duties on the lines below.  A credit line (「编辑　某某」) holds no post."""
    text = (
        "市长　谭国梁\n"
        "主持全面工作。\n"
        "常务副市长　闵立强\n"
        "负责常务工作。\n"
        "副市长　戴春芳（挂职）\n"
        "协助分管招商引资工作。\n"
        "副市长、市公安局局长　车文斌\n"
        "分管市公安局。\n"
        "编辑　褚雨婷\n"
    )
    assert sorted(pairs(text)) == sorted(
        [
            ("谭国梁", "市长"),
            ("闵立强", "常务副市长"),
            ("戴春芳", "副市长"),
            ("车文斌", "副市长"),
            ("车文斌", "市公安局局长"),
        ]
    )


def test_a_biographys_list_of_posts_held_belongs_to_the_name_its_paragraph_opens_with() -> None:
    """An obituary's or a biography's career: the paragraph opens with the name (「某某同志1950年3月出生
    于…」), and a sentence with no name of its own lists the posts held (「历任A、B，C，D。」, 「先后任…」),
    split by 、 and ，.  Each is that name's post (a bare title after a 、 of the body before it).  A list
    after a name of its own (「其妻某某曾任…」) is not the paragraph's person's."""
    text = (
        "沉痛悼念宁振邦同志\n"
        "宁振邦同志1948年5月出生，1966年8月参加工作。历任柏树湾公社党委副书记、社长，东关区委书记，"
        "县水利局局长，县人大常委会副主任。2008年6月退休。其妻冉秀兰曾任县妇联主席。\n"
    )
    assert sorted(pairs(text, person=["冉秀兰"])) == sorted(
        [
            ("宁振邦", "柏树湾公社党委副书记"),
            ("宁振邦", "柏树湾公社社长"),
            ("宁振邦", "东关区委书记"),
            ("宁振邦", "县水利局局长"),
            ("宁振邦", "县人大常委会副主任"),
            ("冉秀兰", "县妇联主席"),
        ]
    )


def test_a_post_then_a_grade_in_brackets_before_the_name() -> None:
    """「某县政协原副主席（正县级）某某同志」: a grade in brackets between the post and the name ends the
    post; the post is the name's as printed."""
    text = "久经考验的忠诚战士，南岭县政协原副主席（正县级）殷德厚同志，因病医治无效逝世。\n"
    assert pairs(text, person=["殷德厚"], organization=["南岭县政协"]) == [("殷德厚", "南岭县政协原副主席")]


def test_a_townships_committee_member_for_organisation_work() -> None:
    """A township party committee's members with a portfolio (组织委员, 宣传委员, 纪检委员) hold a post:
    「镇党委组织委员某某」 as a contact, 「乡党委宣传委员某某」 in running text."""
    text = "（联系人：镇党委组织委员邱志刚，电话：0700-1234567）乡党委宣传委员苏丽娜主持会议。\n"
    assert sorted(pairs(text, person=["邱志刚", "苏丽娜"])) == sorted(
        [("邱志刚", "镇党委组织委员"), ("苏丽娜", "乡党委宣传委员")]
    )


def test_a_spaced_tables_column_of_posts_held() -> None:
    """A 遴选 or 任前公示 list set as a table of cells a space apart, its head naming a column 姓名 and one
    of the posts held (原工作单位及职务, 现任职务): each row's name holds its cell's post.  A column of posts
    to come (拟任职务) gives none."""
    text = (
        "姓名　性别　原工作单位及职务　遴选单位\n"
        "滕志强　男　柏溪镇人民政府党政办公室主任　县委办公室\n"
        "邝丽华　女　棠梨乡农业综合服务中心副主任　县财政局\n"
        "公示期间如有异议，请反映。\n"
        "姓名　性别　拟任职务\n"
        "韦海涛　男　县水利局局长\n"
    )
    assert sorted(pairs(text)) == sorted(
        [("滕志强", "柏溪镇人民政府党政办公室主任"), ("邝丽华", "棠梨乡农业综合服务中心副主任")]
    )
