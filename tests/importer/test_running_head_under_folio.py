"""A PDF read by an engine that prints no form feeds (pdfplumber's ``extract_text()`` or PDFium's text pages
joined by a newline): each page's foot comes last on the page, its running head first on the next, so a
bulletin's head (``东岭政务信息　2025年第8期``) stands right under the page number of the page before.
The page number starts a page there as a form feed would: the head is the running head, not a title or a
subtitle of the item whose title ends the page above.  The foot may name its maker beside the number
(``东岭县人民政府办公室编印 第1页``): a page number still, not a title."""

from reader.importer import parse_text

BRIEF = """东岭政务信息
2025年第8期
东岭县人民政府办公室　2025年6月3日
【工作动态】
县水利局开展汛前隐患排查
5月28日，县水利局组织技术人员对全县12座小型水库开展汛前隐患排查，共发现并整改隐患9处。（县水利局　韩卫）
县图书馆开放夜间阅览室
东岭县人民政府办公室编印 第1页
东岭政务信息 2025年第8期
县图书馆自6月1日起开放夜间阅览室，每天开放至晚上九点，暑期还将举办少儿读书会。（县图书馆　邱岚）
"""

TOC = """东岭县人民政府公报
2025年第4期（总第60期）
东岭县人民政府办公室编　2025年4月30日出版
目　　录
【县政府文件】
东岭县人民政府关于印发东岭县2025年为民办实事项目的通知
…………………… 2
【县政府办公室文件】
东岭县人民政府办公室关于做好2025年森林防火工作的通知
…………………… 3
— 1 —
东岭县人民政府公报 2025年第4期
【县政府文件】
东岭县人民政府关于印发东岭县2025年为民办实事项目的通知
东政发〔2025〕3号
各乡镇人民政府，县政府各部门：
现将《东岭县2025年为民办实事项目》印发给你们，请认真抓好落实。
东岭县人民政府
2025年4月2日
— 2 —
东岭县人民政府公报 2025年第4期
【县政府办公室文件】
东岭县人民政府办公室关于做好2025年森林防火工作的通知
东政办发〔2025〕9号
各乡镇人民政府，县政府各部门：
当前已进入森林防火紧要期，现将有关事项通知如下。
东岭县人民政府办公室
2025年4月10日
— 3 —
"""


def test_a_foot_naming_its_maker_is_a_page_number():
    issue = parse_text(BRIEF, "brief.txt")
    titles = [a.title for a in issue.articles]
    assert titles == ["县水利局开展汛前隐患排查", "县图书馆开放夜间阅览室"]
    aside = {(b.text, b.reason) for b in issue.boilerplate}
    assert ("东岭县人民政府办公室编印 第1页", "page number") in aside


def test_the_head_under_a_page_number_is_the_running_head():
    issue = parse_text(BRIEF, "brief.txt")
    assert issue.articles[1].subtitle is None
    assert issue.articles[1].text.startswith("县图书馆自6月1日起")
    aside = {(b.text, b.reason) for b in issue.boilerplate}
    assert ("东岭政务信息 2025年第8期", "running head") in aside


def test_a_toc_entry_does_not_run_on_into_the_next_pages_head():
    issue = parse_text(TOC, "gazette.txt")
    assert [a.title for a in issue.articles] == [
        "东岭县人民政府关于印发东岭县2025年为民办实事项目的通知",
        "东岭县人民政府办公室关于做好2025年森林防火工作的通知",
    ]
    aside = {(b.text, b.reason) for b in issue.boilerplate}
    assert ("东岭县人民政府公报 2025年第4期", "running head") in aside
