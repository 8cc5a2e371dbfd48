"""A section label whose closing bracket a scan's text lost (``【法院动态`` over the first item's title):
still the section's label, not the first line of the title (session 35, ``leftovers21``; sixteenth set's
a01, tesseract).  Text written for the test (invented court and people)."""

from reader.importer import parse_text
from reader.importer.headers import _continues

SCAN = (
    "审判动态\n\n"
    "第5期\n"
    "河西区人民法院办公室编             2024年6月20日\n\n"
    "【法院动态\n"
    "区人大常委会通过区法院人事任免事项\n"
    "作者:王明\n\n"
    "5月28日,在区人大常委会第七次会议上,区法院院长代表区法院提请任免12名工作人员。\n\n"
    "与会委员以不记名投票方式通过了任免。\n\n"
    "区法院举行人民陪审员任命仪式\n\n"
    "6月11日上午,区法院举行人民陪审员任命书颁发仪式,20位新任人民陪审员领到任命书。\n\n"
    "【以案释法】\n"
    "赠与合同纠纷案\n\n"
    "原告诉称,被告擅自将夫妻共同财产赠与他人,请求确认赠与无效。法院依法支持了原告的诉请。\n"
)


def test_an_unclosed_label_over_the_first_title_names_the_section():
    issue = parse_text(SCAN, "spdt_scan_tesseract.txt")
    assert [(a.section, a.title) for a in issue.articles] == [
        ("法院动态", "区人大常委会通过区法院人事任免事项"),
        ("法院动态", "区法院举行人民陪审员任命仪式"),
        ("以案释法", "赠与合同纠纷案"),
    ]
    assert [p.name for p in issue.articles[0].byline] == ["王明"]


def test_a_bracketed_headline_broken_at_the_column_still_runs_on():
    """``【券商中`` / ``国】国债逆回购…``: the bracket closes on the next line, so the lines are one title."""
    assert _continues("【券商中", "国】国债逆回购最佳时点来了")
    assert not _continues("【法院动态", "区人大常委会通过区法院人事任免事项")
