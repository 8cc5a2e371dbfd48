"""Photo captions printed over a page-run story's first paragraph, each with its credit, go with the
credits, not into the text — also as raw ``pdftotext`` gives them, the credit's role on a line of its
own, apart from the name (``本报记者`` / blank / ``陶然摄``), and as pdfminer does, a blank line under
every line, so a caption's wrapped lines stand as far apart as a paragraph's: under a story's print line
that spacing is the file's, not a paragraph's end.  A web page with a blank under every line (lynx) is no
page run: there a paragraph over a picture's caption stays text.

All names, places and figures are invented for the test."""

from reader.importer import parse_text

HEAD = """南岭与邻邦青年共叙友谊（友城回响·2026年度
回眸）
阮氏秋河
《南岭日报》（2026年3月5日 第 03 版）
"""

TEXT = """今年春天，我作为邻邦青年代表，第一次来到南岭县城关镇，参
加两地青年联谊活动。走进茶园，我跟着老茶农学采茶、学炒茶，手
上磨出了薄茧，心里却格外踏实。这次经历让我更加坚定了学好中文
的决心。
第 23 页
友城青年的“双向奔赴”
本报记者  章一帆
《南岭日报》（2026年3月5日 第 03 版）
3月4日，南岭县城关镇迎来一批邻邦青年，他们走进茶园和竹编工
坊，体验当地传统手艺。城关镇为此专门设计了三条研学线路，串起
老街、茶园和非遗工坊，让来访青年在一天之内看到小城的不同面貌。
第 24 页
"""

RAW = (
    HEAD
    + """今年3月，邻邦青年代表团走进南岭县城关镇枫桥老街，体验竹编
技艺。

本报记者

陶然摄
今年3月，邻邦青年代表团走进南岭县城关镇枫桥老街，体验竹编
技艺。
本报记者

陶然摄
"""
    + TEXT
)


def test_captions_whose_credit_role_stands_apart_go_with_the_credits():
    first = parse_text(RAW, "nanling_ban03_pdftotext.txt").articles[0]
    assert first.text.startswith("今年春天，我作为邻邦青年代表")
    assert "邻邦青年代表团走进南岭县城关镇枫桥老街" in (first.credit or "")


def _spaced(text: str) -> str:
    """pdfminer's output: a blank line under every line."""
    return "".join(line + "\n\n" for line in text.split("\n") if line)


PDFMINER = _spaced(
    HEAD
    + """今年3月，邻邦青年代表团走进南岭县城关镇枫桥老街，体验竹编
技艺。　　本报记者
陶然摄
由南岭县城关镇承建的枫桥老街夜市是全县首个步行街区。图为夜市
一角。　　本报记者  陶然摄
"""
    + TEXT
)


def test_captions_in_a_file_with_a_blank_line_under_every_line_go_with_the_credits():
    first = parse_text(PDFMINER, "nanling_ban03_pdfminer.txt").articles[0]
    assert first.text.startswith("今年春天，我作为邻邦青年代表")
    assert "图为夜市一角" in (first.credit or "")
