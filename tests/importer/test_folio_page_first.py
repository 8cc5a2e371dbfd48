"""A newspaper page's folio printed page first — ``第2版　民生新闻`` at the left, the paper's name, day and
weekday at the right — read onto one line (pdfplumber, PDFium, ``pdftotext -layout``: the two halves apart
by a run of spaces or ideographic spaces).  The paper is the word right before the day, not the page's
number; a folio opening with the paper names it first, as before."""

import pytest

from reader.importer import parse_text

BODY = """
河口镇新建农贸市场投入使用
本报讯（记者　罗晓东）10月8日，河口镇新建农贸市场正式投入使用，市场设摊位一百二十个。
县医院开展义诊进社区活动
本报讯（通讯员　钟岚）10月6日，县人民医院组织专家走进城南社区，为居民测量血压。
"""


@pytest.mark.parametrize(
    "folio",
    [
        "第2版　民生新闻　　　　安远晚报　2025年10月9日　星期四",
        "第2版       民生新闻                              安远晚报   2025年10月9日 星期四",
        "安远晚报　2025年10月9日　星期四　第2版　民生新闻",
    ],
)
def test_the_paper_in_a_folio(folio):
    issue = parse_text(folio + "\n" + BODY, "page.txt")
    assert issue.publication == "安远晚报"
    assert issue.issue_date == "2025-10-09"
    assert [a.section for a in issue.articles] == ["第2版", "第2版"]
