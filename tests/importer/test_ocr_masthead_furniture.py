"""A scanned bulletin's masthead as OCR reads it, with no blank line anywhere (``--psm 6``): a speck or the
masthead's rule read as marks (``|日]``, ``Ac``) over or inside the masthead, and the officer who signed the
issue (``签发人：杨立``) beside it.  They are the masthead's furniture, set aside with it, so the first item
keeps its title and the issue its day (session 39, ``ocrbulletins``).  Text written for the test (invented
county, offices and people)."""

import pytest

from reader.importer import parse_text

_ITEMS = (
    "县财政局开展惠民资金专项检查\n"
    "11月以来，县财政局对全县惠民惠农补贴资金发放情况开展专项检查，抽查农户三百余户。\n"
    "(县财政局 赵明)\n"
    "石桥镇建成农村养老服务站\n"
    "近日，石桥镇建成三个村级养老服务站，为老年人提供助餐、助浴和日间照料服务。\n"
    "(石桥镇 孙丽)\n"
)


@pytest.mark.parametrize(
    "masthead",
    [
        "工作简报\n|日]\n第9期\n山溪县人民政府办公室编 2025年11月6日\n",  # a speck under the name
        "Ac\n工作简报\n第9期\n山溪县人民政府办公室编 2025年11月6日\n",  # over the name
        "工作简报\n第9期\n签发人 : 杨立\n山溪县人民政府办公室编 2025年11月6日\n",  # the signer
    ],
)
def test_the_masthead_furniture_is_set_aside(masthead):
    issue = parse_text(masthead + _ITEMS, "sxgzjb_9_scan.txt")
    assert [(a.title, [p.name for p in a.byline]) for a in issue.articles] == [
        ("县财政局开展惠民资金专项检查", ["赵明"]),
        ("石桥镇建成农村养老服务站", ["孙丽"]),
    ]
    assert issue.issue_date == "2025-11-06"
    assert issue.publication == "工作简报"  # not ``Ac工作简报``
