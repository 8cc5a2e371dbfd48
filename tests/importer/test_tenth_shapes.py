"""Shapes the tenth held-out set brought (tests/data/corpus/tenth/SOURCES.md): each test is written from
the text of a real item there, with the furniture the set invented around it."""

from reader.importer import decode_bytes, parse_text


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
        "五年来,东莞市政协第十二届委员会积极组织政协委员和各参加单位通过提案参政议政、建言献策、共"
        "提交提案1987件,"
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


def test_a_bulletins_items_numbered_from_its_top_are_its_articles_and_its_editors_note_is_the_issues() -> (
    None
):
    text = (  # r01 of the tenth set (a Word copy)
        "人大工作信息\n"
        "\n"
        "第2期\n"
        "\n"
        "县人大常委会办公室编\u3000\u3000\u3000\u3000\u3000\u30002026年2月10日\n"
        "━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
        "\n"
        "编者按：本期摘编县、区人大常委会主任会议和人代会主席团会议情况，供参阅。\n"
        "\n"
        "一、县十七届人大常委会第二十九次主任会议召开\n"
        "\u3000\u30004月3日上午,县人大常委会主任叶云生主持召开县十七届人大常委会第二十九次主任会议,"
        "县人大常委会副主任周运开、丁正平、许世宏、王永红出席会议,常委会驻会委员、各委室负责人、县"
        "纪委监委驻县人大机关纪检监察组组长列席会议。县发改委主要负责同志在研究有关议题时列席会议。"
        "\n"
        "\u3000\u3000会议听取了关于2024年县本级政府投资项目计划和2023年项目计划执行情况的汇报,听取"
        "了关于全县油茶产业发展情况、县总医院管理运行情况的调研报告,研究了《东至县本级政府投资项目"
        "人大审查监督工作规程》《东至县乡镇人大工作任务清单》及关于调整县人大常委会组成人员联系乡镇"
        "人大、基层县人大代表工作安排。\n"
        "\u3000\u3000会议还研究了提请县十七届人大常委会第二十次会议审议的人事事项及关于召开县十七届"
        "人大常委会第二十次会议的有关安排。\n"
        "\n"
        "二、县十六届人大常委会举行第33次主任会议\n"
        "\u3000\u300010月14日,县十六届人大常委会举行第33次主任会议。\n"
        "\u3000\u3000县人大常委会主任董世尧主持会议,县人大常委会副主任许建新、袁光洪、罗涓溪、潘世"
        "惠出席会议,县人大常委会各委室主任、副主任列席会议。\n"
        "\u3000\u3000会议听取讨论了关于县人大常委会对《县人民政府关于高中教育发展情况的报告》、《县"
        "人民政府关于全县农民专业合作组织发展情况的报告》、《县人民政府关于农村环境卫生整治工作的报"
        "告》的书面审议意见。会议还听取讨论了县人大常委会《关于全县重大工程和重点项目推进情况的调研"
        "报告》及视察组关于对县城区部分重大建设项目进行视察的报告。根据审议意见和视察报告,县人大常"
        "委会提出了进一步做好各项工作的意见,并转交县人民政府政府及其有关部门办理。\n"
        "\u3000\u3000会议听取讨论了县人大常委会将在10月开展的《关于对县城污水处理工作进行视察的视察"
        "方案》、《关于对中医医院迁建工作进行视察的视察方案》和《关于对代表建议、重点办理情况进行调"
        "查的方案》。\u3000\u3000(宁艳)\n"
        "\n"
        "三、区十六届人大一次会议主席团举行第四次会议\n"
        "\u3000\u30001月14日上午,区十六届人大一次会议主席团举行第四次会议。区委书记李志军,区委副书"
        "记、代区长戴勇,区十五届人大常委会主任、大会主席团常务主席范大玉,区委副书记陈允春出席。\n"
        "\u3000\u3000会议听取了各代表团审议区人大常委会及“两院”工作报告情况的汇报;听取并通过议案处"
        "理意见的报告;听取并通过国民经济社会发展计划和财政预算草案的审查结果报告;通过大会各项决议("
        "草案),并提交各代表团审议。\n"
        "\n"
        "四、区十九届人大五次会议举行主席团第三次会议\n"
        "\u3000\u30002月4日上午,区十九届人大五次会议举行主席团第三次会议,区人大常委会副主任刘先伟主持会议。\n"
        "\u3000\u3000区委书记蔡华刚代表区委就补选区人大常委会主任、区人大常委会委员人选情况作了说明"
        ";听取了代表对关于接受辞职的决定(草案)的酝酿意见;表决通过了提交第二次全体会议表决的关于接受"
        "辞职的决定(草案);表决通过了提交代表酝酿讨论的区人大常委会主任、区人大常委会委员候选人名单("
        "草案);听取了代表对区十九届人大五次会议选举办法(草案)的酝酿意见;表决通过了提交第二次全体会"
        "议表决的区十九届人大五次会议选举办法(草案);听取了关于代表审议区人大常委会、区人民法院、区"
        "人民检察院报告情况,决定对上述报告的修改意见;表决通过了提交代表酝酿讨论的各项决议(草案)。\n"
        "\n"
        "━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
        "报：市人大常委会办公室\n"
        "送：县委办公室，县政府办公室\n"
        "发：各乡镇人大主席团，县人大常委会各委室\n"
        "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000"
        "\u3000（共印40份）\n"
    )
    issue = parse_text(text, "rdgzxx_word.txt")
    assert [a.title for a in issue.articles] == [
        "县十七届人大常委会第二十九次主任会议召开",
        "县十六届人大常委会举行第33次主任会议",
        "区十六届人大一次会议主席团举行第四次会议",
        "区十九届人大五次会议举行主席团第三次会议",
    ]
    assert issue.articles[0].text.startswith("4月3日上午,县人大常委会主任叶云生主持召开")
    aside = {item.text: item.reason for item in issue.boilerplate}
    assert (
        aside["编者按：本期摘编县、区人大常委会主任会议和人代会主席团会议情况，供参阅。"]
        == "editor's note on the issue"
    )
    assert aside["报：市人大常委会办公室"] == "distribution list"


def test_a_documents_own_numbered_heads_stay_inside_it() -> None:
    text = (  # the ninth set's notice JG under an invented masthead (c01)
        "政策文件选编\n"
        "\n"
        "第3期\n"
        "\n"
        "办公室\u3000编印\u3000\u3000\u3000\u30002019年2月1日\n"
        "━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
        "\n"
        "关于立即开展落实民生19项核查点情况意见通知\n"
        "\n"
        "各市（州）、县（市、区）人民政府，省政府各部门、各直属机构：\n"
        "\u3000\u3000现将《国务院关于对稳增长促改革调结构惠民生政策措施落实情况开展全面督查的通知》"
        "（国发明电〔2014〕1号）转发你们，请按照通知要求立即开展自查，要对4个方面、19个重点领域的60"
        "项重点内容逐一对照检查，确保国务院政策措施落实到位。现就有关工作通知如下。\n"
        "一、各地自查\n"
        "\u3000\u3000各市（州）、县（市、区）要按照督查的内容和重点，对本地区贯彻实施情况开展逐项自"
        "查。对落实较好的，要认真总结经验做法；对落实进展缓慢的，要逐一查明原因，抓紧贯彻落实。各市"
        "（州）于6月20日18：00前通过全省政府系统公文无纸化传输平台向省政府报送自查报告（含电子文档"
        "）。\n"
        "二、部门自查\n"
        "\u3000\u3000省级部门要按照职责分工，从行业主管部门的角度进行深入自查，客观反映工作进展情况"
        "及成效，抓紧落实相关措施，梳理发现执行中存在的问题，确保决策措施的贯彻落实取得实质进展。19"
        "个方面督查重点，由所涉及的省政府办公厅、住房城乡建设厅、省发展改革委、环境保护厅、民政厅、"
        "省经济和信息化委、文化厅、省政府金融办、商务厅、科技厅、农业厅、水利厅、省扶贫移民局、财政"
        "厅、人力资源社会保障厅等省级主管部门（单位）牵头完成自查报告，其他相关部门（单位）配合，于"
        "6月20日18：00前通过全省政府系统公文无纸化传输平台向省政府报送自查报告（含电子文档）。\n"
        "三、重点抽查\n"
        "\u3000\u3000省政府将对省级重点部门、重点地区稳增长促改革调结构惠民生政策措施落实情况开展抽"
        "查，了解掌握具体情况，及时发现具有倾向性、苗头性、典型性的问题，确保决策措施的贯彻落实取得"
        "实质进展。\n"
        "\u3000\u3000特此通知。\n"
    )
    issue = parse_text(text, "zcwjxb_word.txt")
    assert [a.title for a in issue.articles] == ["关于立即开展落实民生19项核查点情况意见通知"]
    assert "二、部门自查" in issue.articles[0].text


_SUMMARY = (
    "全国人民代表大会常务委员会工作报告(摘要)\n\n"
    "新华社北京3月9日电 受全国人大常委会委托,全国人大常委会委员长张德江3月9日向十二届全国人大四次会议作"
    "《全国人民代表大会常务委员会工作报告》。报告摘要如下:\n"
)


def test_gbk_text_once_read_as_latin_1_is_read_back_as_chinese() -> None:
    misread = _SUMMARY.encode("gbk").decode("latin-1").encode("utf-8")  # È«¹úÈËÃñ´ú±í…
    text, encoding = decode_bytes(misread, "npc.txt")
    assert text == _SUMMARY
    assert encoding == "gb18030 read as latin-1"


def test_gbk_text_once_read_as_windows_1252_is_read_back_as_chinese() -> None:
    item = (  # traditional characters in GBK: their bytes 0x80-0x9F are where Windows-1252 differs
        "行政長官岑浩輝明日發表2026年施政報告\n\n"
        "行政長官岑浩輝明(18)日下午3時在立法會發表2026年施政報告,並於下午5時30分在政府總部舉行新聞發佈會,"
        "就施政報告內容回答記者提問。\n"
    )

    def windows_1252(byte: int) -> str:  # the five bytes it leaves undefined come out as C1 controls
        try:
            return bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            return chr(byte)

    misread = "".join(windows_1252(byte) for byte in item.encode("gbk"))
    assert "•" in misread and "ˆ" in misread  # not what Latin-1 gives
    text, encoding = decode_bytes(misread.encode("utf-8"), "mo.txt")
    assert (text, encoding) == (item, "gb18030 read as latin-1")


def test_western_text_with_accents_stays_as_it_is() -> None:
    text = (
        "Le Conseil législatif de Macao a adopté la loi. Die Regierung hat die Maßnahmen beschlossen.\n" * 3
    )
    assert decode_bytes(text.encode("utf-8"), "note.txt") == (text, "utf-8")


def test_an_org_exports_title_keyword_titles_it_and_its_star_headings_stay_inside() -> None:
    text = (
        "#+TITLE: 区长在代表会上工作汇报\n#+OPTIONS: toc:nil num:nil\n\n各位代表:\n\n"
        "现在,我代表区人民政府向大会作工作报告,请予审议,并请各位政协委员和其他列席人员提出意见。\n\n"
        "* 一、五年政府工作回顾\n\n"
        "统计、审计、农机、移民、物价、双拥、民族宗教、档案、地方志等工作也都取得了新的成绩。\n\n"
        "* 二、今后五年政府工作的总体要求和奋斗目标\n"
    )
    issue = parse_text(text, "report.org.txt")
    assert [a.title for a in issue.articles] == ["区长在代表会上工作汇报"]
    assert issue.articles[0].text.startswith("各位代表:\n现在,我代表区人民政府")
    assert "五年政府工作回顾" in issue.articles[0].text
    assert {item.text: item.reason for item in issue.boilerplate}[
        "#+OPTIONS: toc:nil num:nil"
    ] == "front matter"


def test_a_markdown_list_of_starred_items_is_not_read_as_org_headings() -> None:
    text = "# 政协信息\n\n* 民盟东莞市委提案获中共市委书记督办\n* 深圳市宝安区政协召开提案交办会\n"
    issue = parse_text(text, "list.md")
    assert all("#" not in a.text for a in issue.articles)
    assert "民盟东莞市委提案获中共市委书记督办" in "".join(a.text for a in issue.articles)


def test_a_desk_copy_spaced_after_every_line_has_its_flush_left_titles_over_indented_paragraphs() -> None:
    text = (  # m02 of the tenth set (a Word copy, a blank line after every paragraph)
        "政府新聞摘錄\n"
        "第201期\u30002025年11月17日\n"
        "────────────────────────────\n"
        "\n"
        "配合市政署維修下水道及路面等工作 多處道路周三起實施交通管制\n"
        "\n"
        "\u3000\u3000配合市政署維修下水道、路面及伸縮縫等工作,經跨部門協調,馬大臣街、魯子高街、臘八"
        "街、海港前地行車天橋及海港前地內路,於11月19日起,將陸續實施交通管制,涉及的臨時措施包括封閉"
        "交通、有限度通車及反方向行車。部份施工路段亦會影響巴士運作,多條巴士路線於11月19及20日每日"
        "晚上8時至翌日上午6時亦會改道行駛。\n"
        "\n"
        "勞工局與休閒企業合作推出就業+培訓專項計劃 明起接受申請\n"
        "\n"
        '\u3000\u3000為促進本地人才職業發展,勞工事務局(下稱“勞工局")和美高梅金殿超濠股份有限公司(下稱“美高梅”)合作推出“美高梅獅展非凡餐飲及廚藝人才發展計劃”(下稱“計劃”),以“先入職、後培訓”方式,為本澳居民提供專業培訓及工作實踐,計劃由明(18)日起接受申請。\n'
        "\n"
        "行政長官岑浩輝明日發表2026年施政報告\n"
        "\n"
        "\u3000\u3000行政長官岑浩輝明(18)日下午3時在立法會發表2026年施政報告,並於下午5時30分在政府"
        "總部舉行新聞發佈會,就施政報告內容回答記者提問。岑浩輝後(19)日下午3時列席立法會全體會議,回"
        "應議員關於2026年施政報告的提問。\n"
        "\n"
        "橫琴口岸及橫琴.澳門青年創業谷增設“澳政易”自助服務機\n"
        "\n"
        "\u3000\u3000為促進澳琴民生融合發展,澳門特區政府與橫琴粵澳深度合作區持續合作推進高頻政務服"
        "務“跨境通辦”,繼在橫琴政務服務中心及“澳門新街坊”澳門政務24小時自助服務中心提供多項澳門政務"
        "服務,在合作區商事服務局積極協調下,自2025年11月17日起,橫琴口岸及橫琴.澳門青年創業谷增設“澳"
        "政易”自助服務機,進一步便利在合作區內工作及生活的澳門居民。\n"
        "\n"
        "────────────────────────────\n"
        "（資料來源：澳門特別行政區政府入口網站）\n"
    )
    issue = parse_text(text, "xwzl_word.txt")
    assert [a.title for a in issue.articles] == [
        "配合市政署維修下水道及路面等工作 多處道路周三起實施交通管制",
        "勞工局與休閒企業合作推出就業+培訓專項計劃 明起接受申請",
        "行政長官岑浩輝明日發表2026年施政報告",
        "橫琴口岸及橫琴.澳門青年創業谷增設“澳政易”自助服務機",
    ]


def test_in_such_a_copy_a_short_sub_head_stays_in_its_story() -> None:
    text = (
        "政府新聞摘錄\n第201期　2025年11月17日\n\n"
        "行政長官岑浩輝明日發表2026年施政報告\n\n"
        "　　行政長官岑浩輝明(18)日下午3時在立法會發表2026年施政報告。\n\n"
        "列席立法會\n\n"
        "　　岑浩輝後(19)日下午3時列席立法會全體會議,回應議員關於2026年施政報告的提問。\n"
    )
    issue = parse_text(text, "xwzl_word.txt")
    assert [a.title for a in issue.articles] == ["行政長官岑浩輝明日發表2026年施政報告"]


def test_lynxs_dump_of_a_digest_page_has_its_flush_left_headings_as_titles() -> None:
    text = (  # m04 of the tenth set (lynx), its first three items
        "   跳過導航\n"
        "\n"
        "   首頁 > 新聞 > 新聞摘錄\n"
        "\n"
        "                       政府新聞摘錄（第152期）\n"
        "\n"
        "   發佈時間：2024-09-27\u3000來源：澳門特別行政區政府入口網站\n"
        "\n"
        "十七屆寰宇論壇橫琴舉行 多地共促新質生產力發展\n"
        "\n"
        "   由中國生產力促進中心協會、香港生產力促進局、澳門生產力暨科技轉移中心共同主辦第十七屆寰"
        "宇生產力論壇,今(27)日在橫琴粵澳深度合作區舉行。論壇\n"
        "   主題為“發展新質生產力,開創灣區新未來”,邀請到全國18個省14個地級市及海峽兩岸暨港澳地區近"
        "二百名的生產力中心體系同仁、專家學者及企業領袖,\n"
        "   共同探討如何充分發揮自身優勢,加速發展新質生產力。\n"
        "\n"
        "氹仔客運碼頭直升機場室內裝修工程動工\n"
        "\n"
        "   氹仔客運碼頭直升機場室內裝修工程於今日(27日)舉行動工儀式,出席部門有公共建設局、民航局、"
        "海事及水務局等。項目完工後,可進一步提升海空運輸的\n"
        "   能力,拓展多元市場的客源。\n"
        "\n"
        "衛生局呼籲國慶長假期間 居民應注意預防感染登革熱\n"
        "\n"
        "   國慶假期將至,本澳人員往來頻繁,衛生局呼籲居民加強各項防蚊措施以預防感染登革熱,倘有疑似症"
        "狀須儘快就醫。\n"
        "\n"
        "   分享\u3000列印\u3000返回頁首\n"
    )
    issue = parse_text(text, "xwzl_lynx.txt")
    assert [a.title for a in issue.articles] == [
        "十七屆寰宇論壇橫琴舉行 多地共促新質生產力發展",
        "氹仔客運碼頭直升機場室內裝修工程動工",
        "衛生局呼籲國慶長假期間 居民應注意預防感染登革熱",
    ]
