"""A file wrapped twice: a text browser's dump (lines already cut at about 140 columns, each indented)
cut again at 80 columns (Word's "insert line breaks", a mail client).  Every long line is left as a
piece reaching 80 columns and a remainder flush left under it, so a paragraph's indent is lost halfway
and its next line — indented, as wide as the cut — reads as a title over text
(``乡民政办负责人介绍，…每周至少上门或`` became an item of its own).  ``narrow.rejoin_recut`` joins each
piece to its remainder where the pairs share the first wrap's width: the file as it was before the
second cut, read as that file is."""

from benchmarks.conversion_probe import hard_wrapped
from reader.importer import parse_text
from reader.importer.narrow import rejoin_recut

FIRST_WRAP = """   青岚县政务信息

   2025年第21期　县政府办公室编　　2025年11月3日

青岚县召开秋冬季森林防火工作部署会

   10月14日，青岚县召开秋冬季森林防火工作部署会，总结今年以来森林防火工作，分析当前防火形势，安排部署秋冬季森林防火各项任务。副县长周立新
   出席会议并讲话，县应急管理局、县林业局、县消防救援大队和各乡镇分管负责人参加会议，会上还观看了森林火灾警示教育片。

   会议指出，今年入秋以来全县降水偏少，林下可燃物积累较多，祭祀用火、农事用火明显增加，森林火险等级持续偏高，各乡镇、各部门要克服麻痹思想
   ，把森林防火作为当前一项重要工作抓紧抓实。

   会议要求，要落实网格化管理责任，护林员每天上山巡护不少于两次；要加强重点时段和重点部位管控，在进山路口设置检查卡点；要做好扑火队伍、物
   资和装备准备，确保一旦发生火情能够打早打小打了，同时严格执行二十四小时值班和领导带班制度，火情信息要在第一时间报告县森林防火指挥部办公
   室。

枫桥乡开展独居老人冬季走访慰问

   近日，枫桥乡组织乡村两级干部和志愿者分成六个小组，走访慰问辖区内八十七名独居老人，为老人送去棉被、大米和食用油，详细了解老人的身体状况
   和生活需求，并帮助检查家中用电用气安全。

   乡民政办负责人介绍，今年冬季将为每位独居老人明确一名结对干部，每周至少上门或电话联系一次，遇到雨雪冰冻天气及时上门查看，做到老人有事有
   人管、有困难有人帮，对行动不便的老人，乡卫生院还将每月安排医生上门测量血压、血糖，建立健康档案。

石溪镇完成农村公路安全隐患排查

   截至10月底，石溪镇已完成辖区一百二十六公里农村公路安全隐患排查，共发现临水临崖路段缺少护栏、弯道视距不足等隐患二十三处，目前已整改十九
   处，其余四处将在年底前整改到位。

   下一步，该镇将建立农村公路日常巡查制度，由各村护路员每周巡查一次，发现问题及时上报，并联合交警中队开展农村道路交通安全宣传，提高群众出
   行安全意识。

"""

CUT_AGAIN = """   青岚县政务信息

   2025年第21期　县政府办公室编　　2025年11月3日

青岚县召开秋冬季森林防火工作部署会

   10月14日，青岚县召开秋冬季森林防火工作部署会，总结今年以来森林防火工作，分析
当前防火形势，安排部署秋冬季森林防火各项任务。副县长周立新
   出席会议并讲话，县应急管理局、县林业局、县消防救援大队和各乡镇分管负责人参加
会议，会上还观看了森林火灾警示教育片。

   会议指出，今年入秋以来全县降水偏少，林下可燃物积累较多，祭祀用火、农事用火明
显增加，森林火险等级持续偏高，各乡镇、各部门要克服麻痹思想
   ，把森林防火作为当前一项重要工作抓紧抓实。

   会议要求，要落实网格化管理责任，护林员每天上山巡护不少于两次；要加强重点时段
和重点部位管控，在进山路口设置检查卡点；要做好扑火队伍、物
   资和装备准备，确保一旦发生火情能够打早打小打了，同时严格执行二十四小时值班和
领导带班制度，火情信息要在第一时间报告县森林防火指挥部办公
   室。

枫桥乡开展独居老人冬季走访慰问

   近日，枫桥乡组织乡村两级干部和志愿者分成六个小组，走访慰问辖区内八十七名独居
老人，为老人送去棉被、大米和食用油，详细了解老人的身体状况
   和生活需求，并帮助检查家中用电用气安全。

   乡民政办负责人介绍，今年冬季将为每位独居老人明确一名结对干部，每周至少上门或
电话联系一次，遇到雨雪冰冻天气及时上门查看，做到老人有事有
   人管、有困难有人帮，对行动不便的老人，乡卫生院还将每月安排医生上门测量血压、
血糖，建立健康档案。

石溪镇完成农村公路安全隐患排查

   截至10月底，石溪镇已完成辖区一百二十六公里农村公路安全隐患排查，共发现临水临
崖路段缺少护栏、弯道视距不足等隐患二十三处，目前已整改十九
   处，其余四处将在年底前整改到位。

   下一步，该镇将建立农村公路日常巡查制度，由各村护路员每周巡查一次，发现问题及
时上报，并联合交警中队开展农村道路交通安全宣传，提高群众出
   行安全意识。

"""

TITLES = [
    "青岚县召开秋冬季森林防火工作部署会",
    "枫桥乡开展独居老人冬季走访慰问",
    "石溪镇完成农村公路安全隐患排查",
]


def test_the_second_cut_is_undone():
    assert rejoin_recut(CUT_AGAIN) == FIRST_WRAP


def test_a_file_cut_twice_reads_as_before_the_second_cut():
    issue = parse_text(CUT_AGAIN, "qinglan_21.txt")
    assert [article.title for article in issue.articles] == TITLES
    before = parse_text(FIRST_WRAP, "qinglan_21.txt")
    assert [article.text for article in issue.articles] == [article.text for article in before.articles]
    assert issue.articles[1].text.startswith("近日，枫桥乡组织乡村两级干部")
    assert "乡民政办负责人介绍，今年冬季将为每位独居老人明确一名结对干部，每周至少上门或电话联系一次" in (
        issue.articles[1].text
    )


COLUMN = """县人社局举办金秋招聘会

10月12日，县人力资源和社会保障局在县城广场举办金秋招
聘会，五十二家企业提供就业岗位一千六百余个，现场达成
就业意向三百八十人。招聘会设置了技能岗位、普工岗位和
高校毕业生专区，县就业服务中心工作人员现场为求职者
提供政策咨询和职业指导服务，并发放创业担保贷款政策
宣传资料一千二百余份，受到求职群众欢迎。
据了解，今年以来县人社局已举办各类招聘活动十八场，
累计帮助二千三百余名城乡劳动者实现就业，其中脱贫劳
动力四百六十人，完成全年目标任务的百分之九十三。
县就业服务中心负责人表示，下一步将继续开展送岗位进
村入户活动，把就业服务送到群众家门口，让有就业意愿
的劳动者都能找到合适的工作岗位，确保完成全年任务。
"""


def test_a_column_of_text_is_no_second_cut():
    """A PDF column's lines: most reach the column's width and the lines under them are nearly as wide;
    no remainder short of the width stands under them, so nothing is joined."""
    assert rejoin_recut(COLUMN) == COLUMN


def test_a_file_with_lines_wider_than_the_cut_is_left():
    assert rejoin_recut(FIRST_WRAP) == FIRST_WRAP


def test_a_first_wrap_wider_than_two_pieces_is_joined_whole():
    """Cut at 56 columns, each 140-column line leaves two pieces and a remainder: the three are one line
    again (not the last piece and the remainder alone, with the first piece left over them)."""
    cut = hard_wrapped(FIRST_WRAP, 56)
    assert cut.count("\n") > FIRST_WRAP.count("\n") + 15
    assert rejoin_recut(cut) == FIRST_WRAP
    issue = parse_text(cut, "qinglan_21.txt")
    assert [article.title for article in issue.articles] == TITLES
