"""A page run of a paper printed to PDF gives every story its print line (《paper》（day 第 NN 版）) under
the title.  A short heading further down with no print line of its own — a column's note
(``开栏的话``) after the photo captions, a box label — is part of the story above, never a story of its
own, even where it follows a line that ends like a story's end (a photo credit, a finished sentence).

All names, places and figures are invented for the test."""

from reader.importer import parse_text

RUN = """南岭与邻邦青年共叙友谊（友城回响·2026年度
回眸）
阮氏秋河
《南岭日报》（2026年3月5日 第 03 版）
今年3月，邻邦青年代表团走进南岭县城关镇枫桥老街，体验竹编
技艺。

本报记者

陶然摄
今年3月，邻邦青年代表团走进南岭县城关镇枫桥老街，体验竹编
技艺。
本报记者

陶然摄
开栏的话
友城交往，贵在青年。
第 23 页
为记录两地青年交往的点点滴滴，本报自今日起推出“友城回响”栏
目，邀请亲历者讲述他们的故事。
今年春天，我作为邻邦青年代表，第一次来到南岭县城关镇，参加两
地青年联谊活动。走进茶园，我跟着老茶农学采茶、学炒茶，手上磨出
了薄茧，心里却格外踏实。
第 24 页
友城青年的“双向奔赴”
本报记者

章一帆
《南岭日报》（2026年3月5日 第 03 版）
3月4日，南岭县城关镇迎来一批邻邦青年，他们走进茶园和竹编工坊，
体验当地传统手艺。城关镇为此专门设计了三条研学线路，串起老街、
茶园和非遗工坊，让来访青年在一天之内看到小城的不同面貌。
第 25 页
"""


def test_a_label_without_a_print_line_stays_in_the_story_above():
    issue = parse_text(RUN, "nanling_ban03_pdftotext.txt")
    assert [a.title for a in issue.articles] == [
        "南岭与邻邦青年共叙友谊（友城回响·2026年度回眸）",
        "友城青年的“双向奔赴”",
    ]
    first = issue.articles[0]
    assert "开栏的话" in first.text
    assert "为记录两地青年交往的点点滴滴" in first.text
