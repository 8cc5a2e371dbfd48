"""A bulletin item's list of attachments (``附件：１.…一览表`` / ``２.…联络表``) is the item's text, and the
unit's ``（…供稿）`` under it its source — not web-page chrome: the ``附件`` label set the first line
aside as ``web page information``, the second then read as an item of its own, set aside as ``web page
links`` with the sign-off (twentyfirst's c01/c02; session 36, ``leftovers22``).  Brief written for the
test (an invented county)."""

from reader.importer import parse_text

BRIEF = """河西工作动态
中共河西县委办公室　河西县人民政府办公室　　２０２６年３月２５日

①县委理论学习中心组专题学习优化营商环境
３月２３日，县委理论学习中心组举行专题学习会，围绕优化营商环境进行交流研讨。会议强调，要持续压减办理时间和环节。
②全县一季度重点项目集中开工
３月２０日，全县一季度重点项目集中开工仪式在河西经济开发区举行，此次集中开工项目２３个。
③县应急管理局部署春季森林防火工作
进入春季以来，县应急管理局会同县林业局成立４个督查组，对全县重点林区开展防火检查，排查整改隐患４１处。
　　附件：１.河西县２０２６年春季森林防火重点时段一览表
　　２.河西县森林火灾应急处置联络表
（县应急管理局供稿）

报：市委办公室、市政府办公室。
送：县四大家领导。
（共印６０份）
"""


def test_an_attachment_list_stays_in_its_item():
    issue = parse_text(BRIEF, "brief.txt")
    assert [a.title for a in issue.articles] == [
        "县委理论学习中心组专题学习优化营商环境",
        "全县一季度重点项目集中开工",
        "县应急管理局部署春季森林防火工作",
    ]
    item = issue.articles[2]
    assert item.text.endswith(
        "附件：１.河西县２０２６年春季森林防火重点时段一览表\n２.河西县森林火灾应急处置联络表"
    )
    assert item.source_note == "（县应急管理局供稿）"
    assert not [b for b in issue.boilerplate if b.reason.startswith("web page")]


def test_a_web_pages_attachment_label_is_still_chrome():
    """``附件：`` over a download link, no numbered list: the page's, as before."""
    page = BRIEF.replace("１.河西县２０２６年春季森林防火重点时段一览表", "").replace(
        "　　２.河西县森林火灾应急处置联络表\n", ""
    )
    issue = parse_text(page, "brief.txt")
    assert ("附件：", "web page information") in {(b.text, b.reason) for b in issue.boilerplate}
