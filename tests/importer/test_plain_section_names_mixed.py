"""A bulletin's sections named in plain words (``综合信息`` … ``基层动态``), one name read as a column's
(``…动态``, set as the section by the header) and another not (left as the first item's kicker): the
two are the same kind of line, so each heads the items under it up to the next.  In a copy with no blank
line anywhere (LibreOffice's text of a Word file: a line a paragraph), such a name after a finished
paragraph, over a title over running text, opens the next item even where the item above has no
sign-off to close it."""

from reader.importer import parse_text

BRIEF = """云岭工作简报
2025年第3期
云岭县委办公室　　　　2025年3月10日

综合信息

青川镇推行“积分超市”激发村民参与热情

青川镇在全镇9个村推行“积分超市”，村民参加环境整治、志愿服务可获得积分兑换生活用品，今年已兑换积分3.2万分。

（青川镇　赵立群）

县林业局完成春季植树造林任务

县林业局组织干部群众在荒山荒坡植树造林，共完成人工造林1.8万亩，栽植苗木86万株，成活率达到92%以上。

基层动态

白沙乡建成农产品冷链仓储中心

白沙乡投资320万元建成农产品冷链仓储中心，可储存果蔬600吨，延长了本地柑橘的销售周期。

（白沙乡　钱文亮）

南岗镇开展防汛应急演练

南岗镇组织镇村干部和民兵应急分队开展防汛应急演练，参演人员120余人，检验了预案的可操作性。
"""
EXPECTED = [
    ("综合信息", "青川镇推行“积分超市”激发村民参与热情", ["赵立群"]),
    ("综合信息", "县林业局完成春季植树造林任务", []),
    ("基层动态", "白沙乡建成农产品冷链仓储中心", ["钱文亮"]),
    ("基层动态", "南岗镇开展防汛应急演练", []),
]


def _read(text):
    issue = parse_text(text, "brief.txt")
    return [(a.section, a.title, [entry.name for entry in a.byline]) for a in issue.articles]


def test_plain_names_with_blank_lines():
    assert _read(BRIEF) == EXPECTED


def test_plain_names_with_no_blank_line_anywhere():
    assert _read("\n".join(line for line in BRIEF.splitlines() if line) + "\n") == EXPECTED


def test_one_plain_line_over_a_title_in_a_run_stays_a_kicker():
    text = "\n".join(line for line in BRIEF.splitlines() if line and line != "基层动态") + "\n"
    read = _read(text)
    assert [title for _, title, _ in read] == [title for _, title, _ in EXPECTED]
    assert {section for section, _, _ in read} == {None}
