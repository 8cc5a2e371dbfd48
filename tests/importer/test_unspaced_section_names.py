"""Plain section names in a bulletin saved as text with no blank line anywhere (Word's "save as text"
with its lines wrapped): the first name (``工作动态``) right over the first title is read as the section,
and a later name standing the same way (``队伍建设``) is the next section's, not the kicker of the item
under it (session 35, ``leftovers21``; fourteenth set's a02).  Text written for the test."""

from reader.importer import parse_text

BRIEF = (
    "教育简报\n"
    "2025年第9期\n"
    "县教育局办公室编            2025年5月20日\n"
    "工作动态\n"
    "河西区中小学开展文明校园创建活动\n"
    "　　近期,河西区教育局积极组织辖区各中小学校开展以“\n"
    "文明校园,从我做起”为主题的创建活动。在活动中,各中\n"
    "小学结合自身实际,融入办学特色,从校园文化环境、教育\n"
    "活动开展、舆论营造等方面入手,开展丰富多彩的活动,让\n"
    "学生知晓创建、关心创建、融入创建。\n"
    "县教育局部署清明节文明祭扫主题教育\n"
    "　　清明节前后,县教育局在全县中小学生中开展文明祭扫\n"
    "主题教育活动,通过印发倡议书、召开主题班会、组织学生\n"
    "集会等方式,引导学生树立文明祭祀新风尚,增强森林防火\n"
    "和绿色环保意识,提升文化自信。\n"
    "队伍建设\n"
    "县召开庆祝教师节暨表彰大会\n"
    "　　9月9日,在教师节来临之际,县里召开庆祝教师节暨\n"
    "表彰大会,表彰为全县教育工作作出突出贡献的先进集体和\n"
    "先进个人。会议表彰了20名最美乡村教师、60名优秀班\n"
    "主任和17个教育质量管理先进集体。\n"
    "全县中小学教师师德演讲比赛圆满结束\n"
    "　　近日,由县教育局主办的全县中小学教师师德演讲比赛\n"
    "圆满结束。各中小学校积极组织广大教师参加了本次活动,\n"
    "经学校初赛和县级预赛,共有21名教师进入决赛,共评选\n"
    "出一等奖3名、二等奖7名、三等奖11名。\n"
    "报：市教育局\n"
    "送：县委教育工作领导小组各成员单位\n"
)


def test_a_later_name_standing_as_the_first_one_does_is_a_section():
    issue = parse_text(BRIEF, "jyjb_wrap26.txt")
    assert [(a.section, a.kicker, a.title) for a in issue.articles] == [
        ("工作动态", None, "河西区中小学开展文明校园创建活动"),
        ("工作动态", None, "县教育局部署清明节文明祭扫主题教育"),
        ("队伍建设", None, "县召开庆祝教师节暨表彰大会"),
        ("队伍建设", None, "全县中小学教师师德演讲比赛圆满结束"),
    ]


def test_a_short_line_over_a_title_under_a_bracketed_first_section_stays_a_kicker():
    """The first name in brackets (``【工作动态】``) is no plain name right over a title: nothing shows a
    plain short line further down to be a section's name, so it keeps its reading."""
    bracketed = BRIEF.replace("工作动态\n", "【工作动态】\n", 1)
    issue = parse_text(bracketed, "jyjb_wrap26.txt")
    assert issue.articles[2].section != "队伍建设"
