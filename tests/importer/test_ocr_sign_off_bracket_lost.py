"""A scanned bulletin's item closed by its writer's sign-off whose opening bracket the OCR lost
(``…任务过半。 县政府办 王立)``): still the sign-off — it names the writer and ends the item, so the next
item's title is not taken into its text (session 38, ``leftovers23``).  Text written for the test (invented
county, offices and people)."""

import pytest

from reader.importer import parse_text
from reader.importer.ends import signed_off

_ISSUE = (
    "第8期\n"
    "山溪县人民政府办公室编 2025年9月10日\n"
    "我县召开三季度安全生产工作会议\n"
    "9月8日，县政府召开三季度安全生产工作会议，通报前期安全生产检查发现的问题，\n"
    "部署下一阶段工作。会议要求，各乡镇、各部门要压实安全生产责任，深入开展\n"
    "隐患排查整治，坚决遏制较大以上事故发生。 {open}县政府办 王立)\n\n"
    "县农业农村局开展秋季农机安全检查\n"
    "9月以来，县农业农村局联合县交警大队开展秋季农机安全检查，共检查农机具\n"
    "320台，排除隐患46处。 (县农业农村局 张敏)\n\n"
    "石桥镇完成秋季造林一千亩\n"
    "石桥镇组织干部群众在荒山荒坡植树造林，完成秋季造林任务一千亩，成活率达\n"
    "到九成以上，栽植侧柏、油松等苗木六万余株，带动农户增收。 (石桥镇 陈光)\n"
)


@pytest.mark.parametrize("opening", ["(", ""])
def test_a_sign_off_without_its_opening_bracket(opening):
    issue = parse_text(_ISSUE.format(open=opening), "sxzwxx_8_scan.txt")
    assert [(a.title, [p.name for p in a.byline]) for a in issue.articles] == [
        ("我县召开三季度安全生产工作会议", ["王立"]),
        ("县农业农村局开展秋季农机安全检查", ["张敏"]),
        ("石桥镇完成秋季造林一千亩", ["陈光"]),
    ]


def test_only_a_closing_bracket_left_open_is_read_so():
    assert signed_off("隐患排查整治，坚决遏制较大以上事故发生。 县政府办 王立)")
    assert not signed_off("(会议要求各乡镇压实责任，坚决遏制事故发生。 详见附件)")
    assert not signed_off("坚决遏制较大以上事故发生。县政府办王立)")  # no gap: no sign-off to read
