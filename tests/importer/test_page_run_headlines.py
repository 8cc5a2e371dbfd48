"""Headlines of a paper's page run printed to PDF (one story per run of pages, a 《paper》（day 第 NN 版）
line under every title, ``第 N 页`` footers), read back by an extractor that keeps a title's wide gaps
(PyMuPDF, pdfminer: ``“枫桥”夜市旺  摊主笑颜开（走基层·…``).

* A title in two parts, apart by a wide gap, whose second part opens a bracket or quote it does not close
  goes on in the next line: one headline wrapped at the page's width, not a kicker set beside the title
  (``展世界艺术画卷  建文化交流平台`` is one: both parts whole).
* A title of three lines cut at the page's width (``南岭县召开第三季度重点项目建设推进会部`` /
  ``署招商引资与项目建设下阶段工作任务（县`` / ``委县政府重点工作）``): the first two lines equally wide,
  the second going on in the third (an open bracket) — one headline, not a kicker over a two-line title.
* A kicker ending in a dash (``…县城关镇党委书记林晓岚——``) over the title, with a blank line or the
  page's top between them, is the title's kicker — not the last line of the story above, nor a page
  header.
* A page run sets every headline at one size, so its titles are cut at one width: the lines a bracket
  shows were cut (``…（走基层·“夜``) tell that width.  A heading line of another width over a shorter
  title was not cut there — a kicker over the title (``南岭县城关镇开展“夜市管家”服务`` over
  ``夜市管理有了新帮手``), not the title's first line.

All names, places and figures are invented for the test."""

from reader.importer import parse_text

PYMUPDF = """“枫桥”夜市旺  摊主笑颜开（走基层·“夜
经济”新观察）
本报记者  陶  然
《南岭日报》（2026年3月5日 第 07 版）
入夜，南岭县城关镇枫桥老街灯火通明，七十多个摊位一字排开，
烤串、米粉、竹编小物样样都有，游客摩肩接踵。
“去年摊位还不到三十个，现在每晚要排号。”摊主何青松说。
第 41 页
展城乡融合新路  建共富示范片区
本报记者  章一帆
《南岭日报》（2026年3月5日 第 07 版）
3月3日，南岭县首批城乡融合示范片区建设启动，计划用三年时
间，带动沿线十二个村发展特色产业。
第 42 页
"""

THREE_LINES = """南岭县召开第三季度重点项目建设推进会部
署招商引资与项目建设下阶段工作任务（县
委县政府重点工作）
《南岭日报》（2026年3月5日 第 07 版）
本报讯  3月4日，南岭县召开第三季度重点项目建设推进会，通报全县
四十二个重点项目进展情况。
第 45 页
"""

KICKERS = """南岭县项目推进会在城关镇举行（第三季度
重点项目）
《南岭日报》（2026年3月5日 第 07 版）
本报讯  3月4日，南岭县第三季度重点项目建设推进会在城关镇新区举
行，会议通报了四十二个重点项目的进展。截至九月底，全县重点项目
累计完成投资六十八亿元，占年度计划的百分之七十九。
第 46 页
南岭县城关镇开展“夜市管家”服务
夜市管理有了新帮手
本报记者  陶  然
《南岭日报》（2026年3月5日 第 07 版）
入夜，城关镇枫桥老街的摊位前，身穿红马甲的“夜市管家”来回巡
查，提醒摊主规范经营。今年以来，城关镇从退休干部、社区网格员和
摊主代表中招募志愿者六十余名，组成“夜市管家”服务队，分三个班
次轮流值守，帮助摊主调解纠纷、引导游客停车、清理垃圾杂物。
第 47 页
石门乡首届高山茶文化节开幕（文旅融合乡村
行）
本报记者  章一帆
《南岭日报》（2026年3月5日 第 07 版）
3月4日，石门乡首届高山茶文化节开幕，村民现场教授采茶、制茶技
艺，一季春茶能带动全村增收六十多万元，吸引周边游客两千余人次。
第 48 页
"""

DASHED = """城关镇党委书记林晓岚——

“让老街的烟火气更浓一些”
本报记者  陶  然
《南岭日报》（2026年3月5日 第 07 版）
“夜市要办得长久，关键是让摊主挣到钱、让居民睡好觉。”林晓岚
说。城关镇为此划定经营时段，安排专人夜间巡查。
今年以来，老街新增就业岗位三百余个。

第 43 页

南岭县石门乡推动茶旅融合——

春茶开采，游客进茶园
本报记者  章一帆
《南岭日报》（2026年3月5日 第 07 版）
3月4日，石门乡高山茶园迎来首批采茶游客，村民现场教授采茶、
制茶技艺。
“一季春茶，能带动全村增收六十多万元。”乡党委书记祝远说。

第 44 页
"""


def test_wide_gap_before_an_open_bracket_is_one_wrapped_headline():
    issue = parse_text(PYMUPDF, "nanling_0305_ban07_pymupdf.txt")
    heads = [(article.kicker, "".join(article.title.split())) for article in issue.articles]
    assert heads[0] == (None, "“枫桥”夜市旺摊主笑颜开（走基层·“夜经济”新观察）")
    assert heads[1] == ("建共富示范片区", "展城乡融合新路")  # two whole parts: a kicker set beside


def test_a_title_cut_into_three_lines_is_one_title():
    issue = parse_text(THREE_LINES, "nanling_0305_ban07_pymupdf.txt")
    article = issue.articles[0]
    assert (article.kicker, article.title) == (
        None,
        "南岭县召开第三季度重点项目建设推进会部署招商引资与项目建设下阶段工作任务（县委县政府重点工作）",
    )


def test_a_heading_line_not_as_wide_as_the_cut_titles_is_a_kicker():
    issue = parse_text(KICKERS, "nanling_0305_ban07_pdftotext.txt")
    heads = [(article.kicker, article.title) for article in issue.articles]
    assert heads == [
        (None, "南岭县项目推进会在城关镇举行（第三季度重点项目）"),
        ("南岭县城关镇开展“夜市管家”服务", "夜市管理有了新帮手"),
        (None, "石门乡首届高山茶文化节开幕（文旅融合乡村行）"),
    ]


def test_a_dashed_kicker_over_the_title_is_its_kicker():
    issue = parse_text(DASHED, "nanling_0305_ban07_pdftotext.txt")
    heads = [(article.kicker, article.title) for article in issue.articles]
    assert heads == [
        ("城关镇党委书记林晓岚——", "“让老街的烟火气更浓一些”"),
        ("南岭县石门乡推动茶旅融合——", "春茶开采，游客进茶园"),
    ]
    first_text = "".join(block.text for block in issue.articles[0].blocks)
    assert first_text.endswith("今年以来，老街新增就业岗位三百余个。")
