"""A bulletin item's sign-off naming an office and one writer whose surname a scan's OCR misread
(``（县农业局 皂晓雯）`` for 阜/袁…, ``〈研究室 草立新)``): the office before it vouches for the name, so the
writer is named as printed (session 40, ``leftovers26``; the bracket shapes are ``test_ocr_sign_off_*``).
A lone token, or one after no office, still has to pass the surname check.  Text written for the test
(invented county, offices and people)."""

from reader.importer import parse_text

_TEXT = (
    "工作简报\n\n"
    "第12期\n"
    "青石县人民政府办公室编 2025年10月9日\n\n"
    "县农业局开展秋粮收购检查\n"
    "10月以来，县农业局对全县十二个收购点开展秋粮收购检查，督促落实收购政策。\n"
    "检查组要求各收购点严格执行最低收购价，不得压级压价。 (县农业局 皂晓雯)\n\n"
    "白水镇完成冬修水利规划\n"
    "近日，白水镇编制完成冬修水利规划，计划新修山塘三座，清淤渠道十二公里。\n"
    "“水利是农业的命脉。” 〈白水镇水利站 草立新)\n\n"
    "县图书馆举办读书分享会\n"
    "10月8日，县图书馆举办读书分享会，六十余名读者参加。 (县图书馆 整理)\n\n"
    "报：县委办、县政府办。\n"
    "（共印40份）\n"
)


def _bylines(text: str) -> list[tuple[str, list[str]]]:
    issue = parse_text(text, "qsgzjb_12_scan.txt")
    return [(a.title, [p.name for p in a.byline]) for a in issue.articles]


def test_an_office_vouches_for_a_writer_whose_surname_ocr_misread():
    assert _bylines(_TEXT) == [
        ("县农业局开展秋粮收购检查", ["皂晓雯"]),
        ("白水镇完成冬修水利规划", ["草立新"]),
        ("县图书馆举办读书分享会", []),  # 整理: two characters, a word, not a writer
    ]


def test_the_same_name_alone_or_after_no_office_is_not_read():
    text = _TEXT.replace("(县农业局 皂晓雯)", "(皂晓雯)").replace("〈白水镇水利站 草立新)", "(记得 草立新)")
    assert [names for _, names in _bylines(text)] == [[], [], []]


def test_a_known_surname_is_read_as_before():
    text = _TEXT.replace("皂晓雯", "袁晓雯")
    assert _bylines(text)[0] == ("县农业局开展秋粮收购检查", ["袁晓雯"])
