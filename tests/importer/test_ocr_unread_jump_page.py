"""A jump line whose page number a scan's OCR could not read (``(下转第?版)``, tesseract's question mark for
a digit) still ends the story it jumps from: it is no kicker over the next story's headline (session 36,
``twentythird``).  Text written for the test (invented county and people)."""

from reader.importer import parse_text
from reader.importer.ends import jumps_in, jumps_out


def _page(mark: str) -> str:
    return (
        "我县春季重点项目集中开工\n\n"
        "本报讯 (记者 骆丹青) 4月12日，南坪县春季重点项目集中开工，总投资46亿元。\n"
        f"(下转第{mark}版)\n\n"
        "县政协调研农村饮水安全保障工作\n\n"
        "本报讯 (记者 柯文静) 4月11日，县政协副主席何家栋带队调研全县农村饮水安全保障工作。\n"
    )


def test_an_unread_page_in_a_jump_line_keeps_it_the_jump():
    first, second = parse_text(_page("?"), "nprb_scan_tesseract.txt").articles
    assert (second.title, second.kicker) == ("县政协调研农村饮水安全保障工作", None)
    assert first.text.endswith("(下转第?版)")
    assert [(a.title, a.kicker) for a in parse_text(_page("2"), "a.txt").articles] == [
        (a.title, a.kicker) for a in parse_text(_page("?"), "b.txt").articles
    ]


def test_jump_lines_with_an_unread_page():
    assert jumps_out("(下转第?版)") and jumps_in("(上接第？版)在工业园区")
    assert not jumps_out("(下转第?期)")
