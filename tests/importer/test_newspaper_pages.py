"""002–004: newspaper pages — many articles, kickers, subtitles, bylines, datelines, photo news."""

from __future__ import annotations

from reader.importer import BlockKind, BylineEntry

from .conftest import parsed

HEADINGS_002 = [  # (kicker, title)
    ("凝心聚力 真抓实干", "驿城区统筹推进各项重点工作落实落细"),
    (None, "强化宣传 促文明"),
    ("驿城区", "全力以赴加快重点项目建设"),
    ("驿城区城市管理局", "开展集中整治 优化市容环境"),
    (None, "政协第十四届驻马店市驿城区委员会常务委员会第二次会议召开"),
    ("驿城区水利局", "以赛促学 以学促干"),
    ("驿城区科协", "对口帮扶 助力乡村振兴"),
    ("新华街道", "坚持党管武装 强化使命担当"),
    ("东风街道", "精准排查 筑牢疫情防控屏障"),
    ("胡庙乡", "织密“扫黄打非”防护网"),
]
HEADINGS_003 = [
    (
        "让科技创新成为最强发展引擎和核心竞争力",
        "示范区党工委(扩大)会议暨党工委理论学习中心组第七次集体学习会议召开",
    ),
    ("打造创建“亮点” 破解治理“难点”", "示范区推动文明城市创建提质增效"),
    (None, "3家企业入选全省第二批“专精特新”拟认定名单"),
    ("“烦心路”变“暖心路”", "闫庄村“五星工坊”分享集体经济红利"),
    ("示范区启动主题党团队日活动", "为170名困难青少年送上暖冬物品"),
    ("示范区巡察办:", "强化巡中指导 力促巡察提质增效"),
    ("湖滨路街道纪工委:", "做实日常监督 提升工作质效"),
    (None, "自主创新助力产业升级"),
]
HEADINGS_004 = [
    (None, "“四个聚焦”蓄积发展新动能"),
    ("开发区", "线上培训党员发展对象"),
    ("金桥办事处", "组织广大党员干部无偿献血"),
    (None, "“陪餐”护航 确保师生用餐安全"),
    ("高新区", "开展企业化工安全生产技能培训"),
    ("开发区", "以教育项目建设推动教育基础设施提档升级"),
    ("开发区医保中心", "城乡居民医保征缴宣传进高校"),
    (None, "美丽小尹庄 幸福庄户人"),
]


def _headings(key: str) -> list[tuple[str | None, str]]:
    return [(a.kicker, a.title) for a in parsed(key).articles]


def test_002_articles_kickers_and_titles() -> None:
    assert parsed("002").layout == "newspaper_page"
    assert _headings("002") == HEADINGS_002


def test_003_articles_kickers_and_titles() -> None:
    assert parsed("003").layout == "newspaper_page"
    assert _headings("003") == HEADINGS_003


def test_004_articles_kickers_and_titles() -> None:
    assert parsed("004").layout == "newspaper_page"
    assert _headings("004") == HEADINGS_004


def test_subtitles_and_sections() -> None:
    first = parsed("004").articles[0]
    assert first.subtitle == "——开发区招商局招商引资提质增效工作纪实"
    assert [a.subtitle for a in parsed("004").articles[1:]] == [None] * 7
    assert {a.section for a in parsed("004").articles} == {"城区时讯"}
    assert parsed("004").sections == ["城区时讯"]
    assert [a.section for a in parsed("003").articles] == [None] * 4 + ["乡村纪行"] + [None] * 3
    assert parsed("002").sections == []


def test_padded_byline_line() -> None:
    first = parsed("004").articles[0]
    assert first.byline_text == "记者 唐 翀 通讯员 武 强 夏慧锋"
    assert first.byline == [
        BylineEntry("记者", "唐翀"),
        BylineEntry("通讯员", "武强"),
        BylineEntry("通讯员", "夏慧锋"),
    ]
    assert first.blocks[0].text.startswith("今年以来,开发区招商局以改革创新为动力")
    village = parsed("004").articles[-1]
    assert (village.byline_text, village.byline) == ("记者 许伟", [BylineEntry("记者", "许伟")])


def test_dateline_stays_in_text_and_feeds_the_byline() -> None:
    first = parsed("002").articles[0]
    assert first.dateline == "本报讯(记者 郑付生 通讯员 张伟)"
    assert first.text.startswith("本报讯(记者 郑付生 通讯员 张伟)8月2日下午,驿城区领导干部会议召开,")
    assert first.byline == [BylineEntry("记者", "郑付生"), BylineEntry("通讯员", "张伟")]
    assert parsed("003").articles[0].byline == [BylineEntry("记者", "张亚丹")]
    assert parsed("003").articles[0].dateline == "本报讯(记者张亚丹)"
    blood = parsed("004").articles[2]
    assert blood.byline == [BylineEntry("记者", "唐翀"), BylineEntry("通讯员", "李辰舒")]
    datelines = [a.dateline is not None for a in parsed("002").articles]
    assert datelines == [True, False] + [True] * 8


def test_subheadings_inside_a_long_article_are_not_new_articles() -> None:
    first = parsed("004").articles[0]
    assert [b.text for b in first.blocks if b.kind is BlockKind.HEADING] == [
        "聚焦组建专班团队 全方位开展招商",
        "聚焦拓展招商渠道 走出去敲门引资",
        "聚焦找准投资定位 请进来共赢发展",
        "聚焦优化营商环境 一站式精准服务",
    ]


def test_photo_news_credits_and_captions() -> None:
    promo = parsed("002").articles[1]
    assert promo.credit == "记者 吴勇峰 见习记者 张楠 摄影报道"
    assert promo.byline == [BylineEntry("记者", "吴勇峰"), BylineEntry("见习记者", "张楠")]
    assert "摄影报道" not in promo.text and promo.editor_codes == ["⑥7"]
    robot = parsed("003").articles[-1]
    assert robot.credit == "本报记者 王尧 摄"
    assert robot.byline == [BylineEntry("本报记者", "王尧")]
    assert robot.text.startswith(
        "12月26日,技术人员在平高新松电力智能装备(河南)有限公司车间内调试开关室复合机器人。"
    )
    assert robot.text.endswith("具有完全自主知识产权,处于国内一流水平。")
    meals = parsed("004").articles[3]
    assert meals.credit == "记者 唐 翀 通讯员 宣茂松 文/图"
    assert meals.byline == [BylineEntry("记者", "唐翀"), BylineEntry("通讯员", "宣茂松")]
    assert [(b.kind, b.text) for b in meals.blocks[-2:]] == [
        (BlockKind.CAPTION, "图① 与师生共同进餐。"),
        (BlockKind.CAPTION, "图② 抽检食材质量。"),
    ]
    assert meals.editor_codes == ["③5", "⑥2"]


def test_truncated_article_end_is_not_glued_to_the_next_title() -> None:
    east, hu = parsed("002").articles[8:10]
    assert east.text.endswith("充分发挥场所码追踪溯源作用,确保各场所")
    assert hu.kicker == "胡庙乡" and "胡庙乡" not in east.text


def test_text_after_an_editor_code_without_a_heading_stays_in_the_article() -> None:
    village = parsed("004").articles[-1]
    assert village.editor_codes == ["③5"]
    assert village.blocks[-2].text.startswith("据介绍,关王庙乡先对小尹庄村长年积存的生活垃圾")
    assert village.blocks[-1].text == "为方便群众出行,关王庙乡整"
