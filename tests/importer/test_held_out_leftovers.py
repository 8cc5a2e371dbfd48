"""Shapes behind the held-out sets' last misses (session 26, branch ``leftovers``), each on a text written
for its test: a PDF extractor's comma moved to the next line's start, a photo caption wrapped at the
column over the next story's headline, a page's 导读 box over the folio, a PDF's text with a blank line
after every line.  The expected values are read off the texts."""

from __future__ import annotations

from reader.importer import parse_text

DIGEST_WITH_A_HANGING_COMMA = (
    "市政新闻摘录\n\n"
    "全市春季义务植树活动下周启动\n"
    "为改善城乡生态环境，市绿化委员会决定于下周在全市范围内开展春季义务植\n"
    "树活动，各区县将结合实际安排植树地点和树种，鼓励市民带领家人积极参与。\n"
    "今年全市计划新增绿地一百二十公顷，栽植各类苗木三十万株，重点补齐城郊\n"
    "公园和河道两岸的绿化短板。\n\n"
    "市图书馆明日起延长周末开放时间\n"
    "市图书馆馆长李明明(6)日上午在新闻发布会上宣布延长周末开放时间\n"
    ",并介绍了新增的自习座位和电子阅览服务，读者可通过手机预约座位，每人\n"
    "每天限约一次。\n\n"
    "老旧小区加装电梯工作全面铺开\n"
    "记者从市住房和城乡建设局获悉，今年全市将为一百个老旧小区加装电梯，居\n"
    "民可向所在街道提出申请，符合条件的项目可获得每台二十万元的补助资金。\n"
)


def test_a_line_whose_comma_the_extractor_moved_onto_the_next_line_is_text_not_a_title() -> None:
    articles = parse_text(DIGEST_WITH_A_HANGING_COMMA, "digest.txt").articles
    assert [a.title for a in articles] == [
        "全市春季义务植树活动下周启动",
        "市图书馆明日起延长周末开放时间",
        "老旧小区加装电梯工作全面铺开",
    ]
    assert articles[1].kicker is None
    lead = "市图书馆馆长李明明(6)日上午在新闻发布会上宣布延长周末开放时间,并介绍了"
    assert articles[1].text.startswith(lead)


def test_a_contents_head_over_a_last_line_of_dots_imports_and_keeps_the_dots() -> None:
    articles = parse_text("目录\n……", "short.txt").articles  # the contents reader looked below the last line
    assert [(a.title, a.text) for a in articles] == [("目录", "……")]
