"""A bulletin's 目录 and its body read by OCR: the same title or 栏目 head printed twice, read twice,
is not always read alike (``【综合信息】`` over the items as ``【综合信息j】``, ``监测`` as ``监疯``,
a quote mark as ``*``).  The contents list still ends where its first line is printed again, and each
entry still finds its item, when the two readings differ by a character or two (session 39,
``ocrbulletins``).  Text written for the test (invented county, offices and people)."""

from reader.importer import parse_text
from reader.importer.toc import near_key

_HEAD = "工作信息\n第5期\n\n山溪县人民政府办公室编 2025年10月8日\n\n"


def _titles(issue):
    return [(a.section, a.title, [p.name for p in a.byline]) for a in issue.articles]


def test_a_section_head_read_otherwise_under_the_contents_ends_them():
    text = _HEAD + (
        "目录\n"
        "【综合信息】\n"
        "我县召开二〇二五年秋冬季森林防火工作会\n"
        "县交通运输局开展“平安出行”宣传活动\n"
        "【乡镇动态】\n"
        "石桥镇新建两座便民桥\n\n"
        "【综合信息j】\n\n"
        "我县召开二人〇二五年秋冬季森林防火工作会\n"
        "10月5日，县政府召开秋冬季森林防火工作会，安排部署今冬明春森林防火工作。\n"
        "会议要求各乡镇落实巡山护林责任，严控野外用火。 (县林业局 陈立)\n\n"
        "县交通运输局开展“平安出行”宣传活动\n"
        "国庆期间，县交通运输局在客运站、高速路口开展平安出行宣传，发放资料三千份。\n"
        "(县交通运输局 刘芳)\n\n"
        "【乡镇动态】\n\n"
        "石桥镇新建两座便民桥\n"
        "近日，石桥镇下坝村、河口村两座便民桥建成通行，解决了两村群众出行难题。\n"
        "(石桥镇 王敏)\n"
    )
    issue = parse_text(text, "sxgzxx_5_scan.txt")
    assert _titles(issue) == [
        ("综合信息", "我县召开二人〇二五年秋冬季森林防火工作会", ["陈立"]),
        ("综合信息", "县交通运输局开展“平安出行”宣传活动", ["刘芳"]),
        ("乡镇动态", "石桥镇新建两座便民桥", ["王敏"]),
    ]


def test_a_title_read_otherwise_in_the_body_finds_its_item():
    text = _HEAD + (
        "目 录\n\n"
        "我县全力做好“10·3”强降雨应对工作\n"
        "石桥镇连夜抢修受损供水管道\n"
        "县气象局加密天气监测预报\n\n"
        "我县全力做好“10*3”强降雨应对工作\n"
        "10月3日至4日，我县出现强降雨过程，县防指及时启动应急响应，转移群众四百余人。\n"
        "(县防办 李强)\n\n"
        "石桥镇连夜抢修受损供水管道\n"
        "10月4日凌晨，石桥镇供水主管道受损，镇里组织人员连夜抢修，当日恢复供水。\n"
        "(石桥镇 赵云)\n\n"
        "县气象局加密天气监疯预报\n\n"
        "强降雨期间，县气象局将天气监测预报由每三小时一次加密至每小时一次。\n"
        "(县气象局 周杰)\n"
    )
    issue = parse_text(text, "sxgzxx_5_scan.txt")
    assert [t for _, t, _ in _titles(issue)] == [
        "我县全力做好“10*3”强降雨应对工作",
        "石桥镇连夜抢修受损供水管道",
        "县气象局加密天气监疯预报",
    ]
    assert [b for _, _, b in _titles(issue)] == [["李强"], ["赵云"], ["周杰"]]


def test_what_reads_as_the_same_line():
    assert near_key("【综合信息j】", "【综合信息】")
    assert near_key("县气象局加密天气监疯预报", "县气象局加密天气监测预报")
    assert near_key("我县全力做好“10*3”强降雨应对工作", "我县全力做好“10·3”强降雨应对工作")
    assert not near_key("【乡镇动态】", "【综合信息】")
    assert not near_key("【工作动态】", "【基层动态】")  # two sections, not one read twice
    assert not near_key("石桥镇", "石坝镇")  # too short to tell
    assert not near_key("全市春耕生产进度快于去年同期", "全市夏收生产进度快于去年同期")
