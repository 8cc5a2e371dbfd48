"""Shapes the tenth held-out set brought (tests/data/corpus/tenth/SOURCES.md): each test is written from
the text of a real item there, with the furniture the set invented around it."""

from reader.importer import parse_text


def test_a_traditional_pages_skip_link_and_trail_from_its_home_page_are_set_aside() -> None:
    text = (  # m01 of the tenth set, its first three items
        "跳過導航\n"
        "首頁 > 新聞 > 新聞摘錄\n"
        "\n"
        "政府新聞摘錄（第201期）\n"
        "\n"
        "發佈時間：2025-11-17\u3000來源：澳門特別行政區政府入口網站\n"
        "\n"
        "配合市政署維修下水道及路面等工作多處道路周三起實施交通管制\n"
        "\n"
        "配合市政署維修下水道、路面及伸縮縫等工作,經跨部門協調,馬大臣街、魯子高街、臘八\n"
        "街、海港前地行車天橋及海港前地內路,於11月19日起,將陸續實施交通管制,涉及的臨時措\n"
        "施包括封閉交通、有限度通車及反方向行車。部份施工路段亦會影響巴士運作,多條巴士路\n"
        "線於11月19及20日每日晚上8時至翌日上午6時亦會改道行駛。\n"
        "\n"
        "勞工局與休閒企業合作推出就業+培訓專項計劃明起接受申請\n"
        "\n"
        '為促進本地人才職業發展,勞工事務局(下稱“勞工局")和美高梅金殿超濠股份有限公司(下\n'
        "稱“美高梅”)合作推出“美高梅獅展非凡餐飲及廚藝人才發展計劃”(下稱“計劃”),以“先入職\n"
        "、後培訓”方式,為本澳居民提供專業培訓及工作實踐,計劃由明(18)日起接受申請。\n"
        "\n"
        "行政長官岑浩輝明日發表2026年施政報告\n"
        "\n"
        "行政長官岑浩輝明(18)日下午3時在立法會發表2026年施政報告,並於下午5時30分在政府總\n"
        "部舉行新聞發佈會,就施政報告內容回答記者提問。岑浩輝後(19)日下午3時列席立法會全\n"
        "體會議,回應議員關於2026年施政報告的提問。\n"
        "\n"
        "分享\u3000列印\u3000返回頁首\n"
        "版權所有\u3000澳門特別行政區政府\n"
    )
    issue = parse_text(text, "xwzl_webpage_w3m.txt")  # w3m's dump of a page, wrapped at 80 columns
    assert [a.title for a in issue.articles] == [
        "配合市政署維修下水道及路面等工作多處道路周三起實施交通管制",
        "勞工局與休閒企業合作推出就業+培訓專項計劃明起接受申請",
        "行政長官岑浩輝明日發表2026年施政報告",
    ]
    aside = {item.text: item.reason for item in issue.boilerplate}
    assert aside["跳過導航"] == "web page header"
    assert aside["首頁 > 新聞 > 新聞摘錄"] == "web page header"
    assert issue.issue_date == "2025-11-17"


def test_a_markdown_exports_backslash_escapes_are_markup_not_text() -> None:
    text = (
        "# 政协信息（2023年第3期）\n\n## 工作动态\n\n"
        "### 图解\\|东莞政协这5年:提交提案1987件,立案率达92%\n\n"
        "今天(1月9日),东莞市政协十三届一次会议正式开幕。\n\n\\[图片\\]\n\n"
        "五年来,东莞市政协第十二届委员会积极组织政协委员和各参加单位通过提案参政议政、建言献策、共提交提案1987件,"
        "比上届增加485件。经过严格审查,立案1828件,立案率达92%。\n\n"
        "### 民盟东莞市委提案获中共市委书记督办\n\n"
        "民盟东莞市委《关于加快发展东莞现代服务业集聚区的建议》提案被选为2015年市政协重点提案,"
        "由中共东莞市委书记徐建华督办。\n\n"
        "### 深圳市宝安区政协召开提案交办会\n\n深圳市宝安区近日召开2017年政协提案交办会。\n"
    )
    issue = parse_text(text, "zxxx_pandoc.md")
    assert [a.title for a in issue.articles] == [
        "图解|东莞政协这5年:提交提案1987件,立案率达92%",
        "民盟东莞市委提案获中共市委书记督办",
        "深圳市宝安区政协召开提案交办会",
    ]
    assert "\\" not in issue.articles[0].text
