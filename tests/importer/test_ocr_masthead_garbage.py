"""A bulletin's name, printed in large type over its number, read by OCR as fragments and stray marks
(``三    务信息``, ``人   ^      二``, ``/7K/ ]]``).  Those lines at the top, over the issue's number and its
compiler's line, are the masthead the OCR could not read: set aside with it, so the issue is still read as
items (session 38, ``leftovers23``).  Text written for the test (invented county, offices and people)."""

import pytest

from reader.importer import parse_text
from reader.importer.boilerplate import ocr_debris

_ITEMS = (
    "第8期\n"
    "山溪县人民政府办公室编 2025年9月10日\n"
    "我县召开三季度安全生产工作会议\n"
    "9月8日，县政府召开三季度安全生产工作会议，通报前期检查发现的问题，部署下一阶段\n"
    "安全生产工作。 (县政府办 王立)\n\n"
    "县农业农村局开展秋季农机安全检查\n"
    "9月以来，县农业农村局联合县交警大队开展秋季农机安全检查，共检查农机具320台，\n"
    "排除隐患46处。 (县农业农村局 张敏)\n\n"
    "石桥镇完成秋季造林一千亩\n"
    "石桥镇组织干部群众在荒山荒坡植树造林，完成秋季造林任务一千亩。 (石桥镇 陈光)\n"
)


@pytest.mark.parametrize(
    "debris",
    [
        "三    务信息\n人   ^             二\n山溪政务  百/忆、\\\n",
        ">兰 河]       妇住目\n/7KV/ Rn  区 2 信 /CN\n",
    ],
)
def test_a_masthead_read_as_debris_leaves_the_items(debris):
    issue = parse_text(debris + _ITEMS, "sxzwxx_8_scan.txt")
    assert [(a.title, [p.name for p in a.byline]) for a in issue.articles] == [
        ("我县召开三季度安全生产工作会议", ["王立"]),
        ("县农业农村局开展秋季农机安全检查", ["张敏"]),
        ("石桥镇完成秋季造林一千亩", ["陈光"]),
    ]
    assert issue.issue_date == "2025-09-10"
    assert set(debris.splitlines()) <= {b.text for b in issue.boilerplate}


def test_what_debris_is():
    assert ocr_debris("人   ^             二")
    assert ocr_debris("/7KV/ Rn  区 2 信 /CN")
    assert ocr_debris("三    务信息")
    assert not ocr_debris("政 务 信 息")
    assert not ocr_debris("“改革创新、奋发有为”大讨论")
    assert not ocr_debris("山溪县人民政府办公室编        2025年9月10日")
