"""A scanned bulletin's last item signed off (``…一千亩。 (石桥镇 陈光)``), with one stray character under
the sign-off: a speck the OCR read as a character (``下``) or the page's number (``2``), over the
distribution list — also where the sign-off fills a wrapped line and the stray touches it.  The sign-off
still names the writer (session 38, ``leftovers23``).  Text written for the
test (invented county, offices and people)."""

import pytest

from reader.importer import parse_text

_ISSUE = (
    "第8期\n"
    "山溪县人民政府办公室编 2025年9月10日\n"
    "我县召开三季度安全生产工作会议\n"
    "9月8日，县政府召开三季度安全生产工作会议，通报前期安全生产检查发现的问题，\n"
    "部署下一阶段安全生产工作。会议要求，各乡镇、各部门要压实安全生产责任，\n"
    "深入开展隐患排查整治，坚决遏制较大以上事故发生。 (县政府办 王立)\n\n"
    "县农业农村局开展秋季农机安全检查\n"
    "9月以来，县农业农村局联合县交警大队开展秋季农机安全检查，共检查农机具\n"
    "320台，排除隐患46处，为农机手发放安全操作手册一千二百余份，确保秋收\n"
    "期间农业机械安全作业。 (县农业农村局 张敏)\n\n"
    "石桥镇完成秋季造林一千亩\n"
    "石桥镇组织干部群众在荒山荒坡植树造林，完成秋季造林任务一千亩，成活率达\n"
    "到九成以上，栽植侧柏、油松等苗木六万余株，带动农户增收。 (石桥镇 陈光)\n"
    "{stray}"
    "报：市政府办公室，县委、县人大常委会、县政协主要领导。\n"
    "发：各乡镇人民政府，县直各单位。\n"
)


@pytest.mark.parametrize("stray", ["", "下\n", "\n下\n\n", "2\n"])
def test_a_stray_character_under_the_sign_off(stray):
    issue = parse_text(_ISSUE.format(stray=stray), "sxzwxx_8_scan.txt")
    assert [(a.title, [p.name for p in a.byline]) for a in issue.articles] == [
        ("我县召开三季度安全生产工作会议", ["王立"]),
        ("县农业农村局开展秋季农机安全检查", ["张敏"]),
        ("石桥镇完成秋季造林一千亩", ["陈光"]),
    ]


def test_a_last_paragraph_of_one_word_is_no_stray():
    text = _ISSUE.format(stray="").replace("陈光)\n", "陈光)\n\n特此通报。\n")
    assert [p.name for p in parse_text(text, "a.txt").articles[2].byline] == []
