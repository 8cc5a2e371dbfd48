"""A printed rule under a bulletin's masthead as a scan's OCR reads it: a run of ``一`` (the character
one), perhaps with a speck or two of debris after it (``一一一一一人”Ww``).  Not text: set aside as a rule is,
so the 栏目 head under it labels the first item rather than reading as a title over it (session 40,
``leftovers26``).  A line of text opening with ``一一`` (``一一记…``: a 副题's dash misread) is kept.  Text
written for the test (invented district, offices and people)."""

from reader.importer import parse_text

_TEXT = (
    "人大工作简报\n"
    "第8期 (总第95期)\n"
    "青川区人大常委会办公室 2025年11月6日\n"
    "一一一一一人”Ww\n"
    "【常委会动态]\n"
    "区人大常委会召开第九次主任会议\n"
    "11月4日，区人大常委会召开第九次主任会议，研究了常委会第十五次会议的议程草案。 (研究室 宋佳)\n"
    "区人大常委会开展食品安全执法检查\n"
    "11月2日，区人大常委会执法检查组深入学校食堂、农贸市场开展食品安全执法检查。 (教科文卫委 吴浩)\n"
)


def _read(text: str) -> list[tuple[str | None, str | None, str]]:
    issue = parse_text(text, "qcrdjb_8_scan.txt")
    return [(a.section, a.kicker, a.title) for a in issue.articles]


def test_a_rule_read_as_ones_is_set_aside():
    assert _read(_TEXT) == [
        ("常委会动态", None, "区人大常委会召开第九次主任会议"),
        ("常委会动态", None, "区人大常委会开展食品安全执法检查"),
    ]


def test_a_rule_of_ones_alone_too():
    assert _read(_TEXT.replace("一一一一一人”Ww", "一一一一一一一一一一")) == _read(_TEXT)
