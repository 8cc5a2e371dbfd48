"""A bulletin converted with its footnotes gathered at the end (pandoc's Markdown ``[^1]: …``, its plain text
``[1] …``), under the 报/送/发 line: the distribution line is still the issue's, the notes stay the items'
text, and the last item's sign-off above them still names its writers."""

from reader.importer import parse_text

BRIEF = """云岭政务信息

第7期

云岭县人民政府办公室　　　　2025年5月20日

县人社局建成“家门口”就业服务站

今年以来，县人社局建成就业服务站点38个{m1}，为求职者提供岗位推荐等服务。

（县人社局　蒙晓东）

县税务局走访小微企业

县税务局组建服务团队，走访小微企业和个体工商户96户{m2}，辅导税费优惠政策。

（县税务局　黄世杰　梁美玲）

报：市政府办公室。　送：县委、县人大、县政协办公室。　发：各乡镇人民政府，县直各单位。

{n1}其中乡镇站点21个、城区社区站点17个。

{n2}数据来源：县税务局统计台账。
"""


def _read(m1, m2, n1, n2):
    return parse_text(BRIEF.format(m1=m1, m2=m2, n1=n1, n2=n2), "brief.txt")


def test_markdown_footnotes_under_the_distribution_line():
    issue = _read("[^1]", "[^2]", "[^1]: ", "[^2]: ")
    last = issue.articles[-1]
    assert [entry.name for entry in last.byline] == ["黄世杰", "梁美玲"]
    assert "其中乡镇站点21个" in last.text
    assert any(b.text.startswith("报：市政府办公室") for b in issue.boilerplate)


def test_plain_footnotes_under_the_distribution_line():
    issue = _read("[1]", "[2]", "[1] ", "[2] ")
    assert [entry.name for entry in issue.articles[-1].byline] == ["黄世杰", "梁美玲"]
    assert [entry.name for entry in issue.articles[0].byline] == ["蒙晓东"]
