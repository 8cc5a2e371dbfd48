"""A bulletin item's sign-off whose closing bracket a scan's OCR lost (``…已全部到位。 (县民政局 孙丽``, at
the end of the item's text): the writer is still named (session 39, ``ocrbulletins``; the opening bracket
lost is ``test_ocr_sign_off_bracket_lost``).  Text written for the test (invented county, offices and
people)."""

from reader.importer import parse_text
from reader.importer.ends import unclosed_sign_off

_TEXT = (
    "工作简报\n\n"
    "第9期\n"
    "山溪县人民政府办公室编 2025年11月6日\n\n"
    "县民政局发放冬季救助物资\n"
    "11月以来，县民政局向困难群众发放棉被、大米等冬季救助物资，涉及一千二百余户。\n"
    "救助物资已全部到位。 (县民政局 孙丽\n\n"
    "石桥镇开展冬季消防安全检查\n"
    "近日，石桥镇组织人员对辖区内商铺、学校和养老机构开展消防安全检查，整改隐患十一处。\n"
    "“安全无小事。” (石桥镇 赵明\n\n"
    "报：县委办、县政府办。\n"
    "（共印40份）\n"
)


def test_a_sign_off_that_lost_its_closing_bracket_names_the_writer():
    issue = parse_text(_TEXT, "sxgzjb_9_scan.txt")
    assert [(a.title, [p.name for p in a.byline]) for a in issue.articles] == [
        ("县民政局发放冬季救助物资", ["孙丽"]),
        ("石桥镇开展冬季消防安全检查", ["赵明"]),
    ]


def test_what_reads_as_such_a_sign_off():
    assert unclosed_sign_off("救助物资已全部到位。 (县民政局 孙丽").group("people") == "县民政局 孙丽"
    assert unclosed_sign_off("“安全无小事。” (石桥镇 赵明").group("people") == "石桥镇 赵明"
    assert unclosed_sign_off("已全部到位。 (县民政局 孙丽)") is None  # closed: the usual sign-off
    assert unclosed_sign_off("会议审议了以下文件 (一") is None  # no sentence ended before it
    assert unclosed_sign_off("主要做法如下。 (一)加强领导") is None


def test_a_sign_off_cut_at_the_line_end_goes_on_to_its_bracket_with_no_blank_lines():
    text = (
        "工作简报\n第9期\n山溪县人民政府办公室编 2025年11月6日\n"
        "县民政局发放冬季救助物资\n"
        "11月以来，县民政局向困难群众发放棉被、大米等冬季救助物资，涉及一千二百余户，救助物\n"
        "资已于11月5日前全部发放到位，群众反映良好，各乡镇均已完成签收手续。 (县民政局 孙\n"
        "丽)\n"
        "石桥镇开展冬季消防安全检查\n"
        "近日，石桥镇组织人员对辖区内商铺、学校和养老机构开展消防安全检查，整改隐患十一处。\n"
        "(石桥镇 赵明)\n"
    )
    issue = parse_text(text, "sxgzjb_9_scan.txt")
    assert [(a.title, [p.name for p in a.byline]) for a in issue.articles] == [
        ("县民政局发放冬季救助物资", ["孙丽"]),
        ("石桥镇开展冬季消防安全检查", ["赵明"]),
    ]
