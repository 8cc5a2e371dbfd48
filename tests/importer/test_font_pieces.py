"""pypdf breaks a line at each change of font: a footer or running head whose figures are set in another
font than its words comes out one piece a line (``第`` / ``1`` / ``页 共`` / ``2`` / ``页``).  The pieces
are joined back into their line, so the page number and the bulletin's name are read (and set aside) as
such; and a page's head read out right over its foot, between two pages' text, is the running head."""

from reader.importer import parse_text
from reader.importer.lines import Document, split_lines
from reader.importer.narrow import join_font_pieces

BRIEF = [
    "第 ", "1", " 页 共 ", "2", " 页",
    " 河西政务信息",
    " 2026年第3期",
    " 河西县人民政府办公室编 2026年3月2日",
    " 石桥镇开展春季植树活动",
    "3月5日，石桥镇组织干部群众在荒山植树，共栽种树苗一万余株。",
    " 县人社局举办专场招聘会",
    "3月8日，县人社局在县城广场举办专场招聘会，提供岗位一千余个。",
    "河西政务信息　", "2026", "年第", "3", "期",
    "第 ", "2", " 页 共 ", "2", " 页",
    " 县交通局推进农村公路建设",
    "今年县交通局计划完成农村公路改造120公里，目前已开工项目17个。",
]  # fmt: skip


def test_a_footer_in_pieces_is_one_page_number():
    issue = parse_text("\n".join(BRIEF), "brief.txt")
    assert "".join(a.title + a.text for a in issue.articles).count("页") == 0
    assert issue.publication == "河西政务信息"
    aside = {(item.text, item.reason) for item in issue.boilerplate}
    assert ("第2页 共2页", "page number") in aside
    assert ("河西政务信息2026年第3期", "running head") in aside


def test_figures_alone_in_a_text_are_not_joined():
    document = Document(split_lines("全县新增企业\n12\n家\n个体户\n30\n户"))
    join_font_pieces(document)
    assert len(document.lines) == 6
