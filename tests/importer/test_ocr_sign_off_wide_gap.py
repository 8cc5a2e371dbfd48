"""A sign-off set two or more spaces after the sentence it closes (``…事故发生。  (县应急管理局 宋佳)``: a
scan's OCR spaces out what the page set apart), in a copy with no blank line: still the item's end, so the
next item's title is not glued to it (session 40, ``leftovers26``).  Text written for the test (invented
county, offices and people)."""

from reader.importer import parse_text
from reader.importer.ends import signed_off

_TEXT = (
    "政务信息\n"
    "第5期\n"
    "青川县人民政府办公室编 2025年5月12日\n"
    "县政府召开防汛工作会议\n"
    "5月9日，县政府召开全县防汛工作会议，部署今年防汛备汛工作。副县长方雨晴出\n"
    "席会议并讲话。\n"
    "会议要求，各乡镇要落实防汛责任，做好隐患排查和物资储备，坚决防范\n"
    "较大以上灾害发生。  (县应急管理局 宋佳)\n"
    "县人社局“送岗上门”助力农民工就业\n"
    "今年以来，县人社局组织工作人员深入十二个乡镇开展“送岗上门”服务，把县内三\n"
    "十六家企业的一千余个岗位送到群众家门口。 (县人社局 吴浩)\n"
)


def test_a_sign_off_set_wide_apart_ends_the_item():
    issue = parse_text(_TEXT, "qczwxx_5_scan.txt")
    assert [(a.title, [p.name for p in a.byline]) for a in issue.articles] == [
        ("县政府召开防汛工作会议", ["宋佳"]),
        ("县人社局“送岗上门”助力农民工就业", ["吴浩"]),
    ]


def test_what_reads_as_signed_off():
    assert signed_off("较大以上灾害发生。  (县应急管理局 宋佳)")
    assert signed_off("较大以上灾害发生。   (县应急管理局 宋佳)")
    assert not signed_off("较大以上灾害发生 (县应急管理局 宋佳)")  # no sentence ended before it


_WRAPPED = (
    "政务信息\n"
    "第5期\n"
    "青川县人民政府办公室编 2025年5月12日\n"
    "【工作动态】\n"
    "县政府召开防汛工作会议\n"
    "5月9日，县政府召开全县防汛工作会议，通报前期汛情形势，部署\n"
    "下一阶段重点工作。副县长方雨晴出席会议并讲话。\n"
    "会议要求，各乡镇、各部门要压紧压实防汛责任， 聚焦山洪、地\n"
    "质灾害和城市内涝等重点领域，开展拉网式隐患排查，做到排查到位、\n"
    "整改到位、责任到位，坚决防范较大灾害发生。  (县应急管理局 宋佳)\n"
    "县人社局“ 送岗上门”助力农民工就业\n"
    "今年以来，县人社局组织工作人员深入十二个乡镇开展“送岗上门”服\n"
    "务，把县内三十六家企业的一千二百余个岗位送到群众家门口。\n"
    "截至4月底，已举办村级招聘活动二十一场，达成就业意向六百余人，\n"
    "帮助一百九十名脱贫劳动力实现就近就业。 (县人社局 吴浩)\n"
    "【基层信息】\n"
    "石门镇建成三个村级电商服务站\n"
    "近日，石门镇枫木村、高坪村、大塘村三个村级电商服务站建成投入\n"
    "使用，为群众提供快递收发、农产品代销和网上缴费等服务，已帮助\n"
    "村民销售土鸡蛋、茶油、腊肉等农产品三万余元。 (石门镇 方雨晴)\n"
)


def test_in_a_wrapped_copy_the_full_signed_line_is_no_paragraph_above_a_tail():
    issue = parse_text(_WRAPPED, "qczwxx_5_scan.txt")
    assert [(a.title, [p.name for p in a.byline]) for a in issue.articles] == [
        ("县政府召开防汛工作会议", ["宋佳"]),
        ("县人社局“ 送岗上门”助力农民工就业", ["吴浩"]),
        ("石门镇建成三个村级电商服务站", ["方雨晴"]),
    ]
