"""A ``本报…电`` dateline as a scan's OCR prints it: the month's figure lost (``本报白石月10日电``)
and the bracket before the writers read as an angle bracket (``〈记者方雨晴 …)``, as
``test_ocr_dateline_angle_bracket`` has it for ``本报讯``): still the story's dateline, its writers
named (session 40, ``leftovers26``).  Text written for the test (invented county, towns and people)."""

from reader.importer import parse_text
from reader.importer.linekinds import dateline_opening

_PAGE = (
    "青川日报 2025年9月12日 星期五\n\n"
    "第3版 综合新闻\n\n"
    "白石县秋茶开采带动茶农增收\n\n"
    "本报白石9月10日电 (记者方雨晴 通讯员 吴浩) 眼下正是秋茶采摘的好时节，白石县各乡镇的茶园里一派忙碌。\n\n"
    "今年以来，该县新建标准化茶园三千亩，带动八百余户茶农增收。\n\n"
    "白马镇新建两座便民桥\n\n"
    "本报讯 (记者 宋佳) 近日，白马镇两座便民桥建成通行，方便了沿河三个村的群众出行。\n"
)

_WRITERS = [("记者", "方雨晴"), ("通讯员", "吴浩")]


def _first(text: str) -> tuple[str | None, list[tuple[str, str]]]:
    article = parse_text(text, "qcrb_20250912_p3_scan.txt").articles[0]
    return article.dateline, [(p.role, p.name) for p in article.byline]


def test_the_month_lost():
    text = _PAGE.replace("本报白石9月10日电", "本报白石月10日电")
    assert _first(text) == ("本报白石月10日电 (记者方雨晴 通讯员 吴浩)", _WRITERS)


def test_the_bracket_read_as_an_angle_bracket():
    text = _PAGE.replace("电 (记者方雨晴", "电 〈记者方雨晴")
    assert _first(text) == ("本报白石9月10日电 〈记者方雨晴 通讯员 吴浩)", _WRITERS)


def test_both():
    text = _PAGE.replace("本报白石9月10日电 (记者", "本报白石月10日电 〈记者")
    assert _first(text)[1] == _WRITERS


def test_what_still_opens_no_dateline():
    assert dateline_opening("本报白石月电 (记者方雨晴)") is None  # no day
    assert dateline_opening("本报白石9月10日电 〈白石县志〉 记载") == "本报白石9月10日电"  # no role after it
