"""A page run of a paper printed to PDF (one story per run of pages, a 《paper》（day 第 NN 版） line under
every title): the writer's name alone on the line between a whole title and that print line is the
byline — also a name of four characters after a single surname, as a transliterated name is written
(``阮氏秋河``), which elsewhere reads as a phrase.  A title's wrapped tail of four characters there is
not a name: the title above it has not ended (no closing bracket or quote), so it goes on there.  The
print line is what shows the name: it is read so in a file printing no other writer the same way (raw
``pdftotext`` splits ``本报记者  章一帆`` into blocks).

All names, places and figures are invented for the test."""

from reader.importer import parse_text

SECOND = """第 23 页
友城青年的“双向奔赴”
本报记者  章一帆
《南岭日报》（2026年3月5日 第 03 版）
3月4日，南岭县城关镇迎来一批邻邦青年，他们走进茶园和竹
编工坊，体验当地传统手艺。城关镇为此专门设计了三条研学线路，
串起老街、茶园和非遗工坊，让来访青年在一天之内看到小城的不同
面貌。
“我们希望青年朋友们不只是来看一看，更能留下来做点事。”城
关镇负责人说，明年还将组织两地青年共同参与茶园管护。
第 24 页
"""

FOUR_CHARACTERS = (
    """共同书写南岭与邻邦友好交往新篇章（友城回
响·2026年度回眸）
阮氏秋河
《南岭日报》（2026年3月5日 第 03 版）
今年春天，我作为邻邦青年代表，第一次来到南岭县城关镇，参
加两地青年联谊活动。走进茶园，我跟着老茶农学采茶、学炒茶，手
上磨出了薄茧，心里却格外踏实。这次经历让我更加坚定了学好中文
的决心。
我相信，两地青年可以一起做的事情还有很多，友谊的种子会在
更多人心中生根发芽。
"""
    + SECOND
)

WRAPPED_TAIL = (
    """南岭县城关镇推动城乡融合发展取得新成效的
关键一步
《南岭日报》（2026年3月5日 第 03 版）
3月4日，南岭县城关镇城乡融合示范片区首批项目开工，计划
用三年时间带动沿线十二个村发展特色产业。示范片区串联老街、茶
园和竹编工坊，配套建设冷链仓储和电商服务站，让农产品走得更远
更快。
“片区建起来，村里的年轻人愿意回来了。”枫桥村村民何青松
说，他的竹编网店今年已接到订单两千余件。
"""
    + SECOND
)


def test_a_four_character_name_over_the_print_line_is_the_byline():
    issue = parse_text(FOUR_CHARACTERS, "nanling_ban03_pdftotext.txt")
    titles = [a.title for a in issue.articles]
    assert titles == ["共同书写南岭与邻邦友好交往新篇章（友城回响·2026年度回眸）", "友城青年的“双向奔赴”"]
    first = issue.articles[0]
    assert first.kicker is None
    assert [b.name for b in first.byline] == ["阮氏秋河"]
    assert first.text.startswith("今年春天，我作为邻邦青年代表")
    assert [b.name for b in issue.articles[1].byline] == ["章一帆"]


def test_the_name_is_read_where_no_other_byline_line_shows_the_file_prints_writers():
    split = FOUR_CHARACTERS.replace("本报记者  章一帆\n", "本报记者\n\n章一帆\n")
    issue = parse_text(split, "nanling_ban03_pdftotext.txt")
    first = issue.articles[0]
    assert first.title == "共同书写南岭与邻邦友好交往新篇章（友城回响·2026年度回眸）"
    assert [b.name for b in first.byline] == ["阮氏秋河"]


def test_a_title_tail_of_four_characters_under_a_full_line_stays_in_the_title():
    issue = parse_text(WRAPPED_TAIL, "nanling_ban03_pdftotext.txt")
    first = issue.articles[0]
    assert first.title == "南岭县城关镇推动城乡融合发展取得新成效的关键一步"
    assert first.byline == []
