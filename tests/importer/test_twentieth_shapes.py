"""Shapes the twentieth held-out set brought (tests/data/corpus/twentieth/SOURCES.md).  Each test names the
shape with a small text written for it (an invented brief and invented items), not a copy of the set's
files."""

from reader.importer import parse_bytes, parse_text

BRIEF_TITLES = ("全镇完成小麦播种三万亩", "农技人员下村指导秋种")
BRIEF_PARAS = (
    "今年秋播，全镇完成小麦播种三万亩，比去年增加两千亩。",
    "播种质量普遍较好。",
    "十月中旬，镇农技站组织技术人员分赴各村指导秋种。",
)


def _brief_blocks() -> list[tuple[str, str]]:
    return [
        ("head", "河东农业简报"),
        ("head", "2025年第2期"),
        ("title", BRIEF_TITLES[0]),
        ("para", BRIEF_PARAS[0]),
        ("para", BRIEF_PARAS[1]),
        ("title", BRIEF_TITLES[1]),
        ("para", BRIEF_PARAS[2]),
    ]


def _check_brief(issue) -> None:
    titles = [a.title for a in issue.articles]
    assert list(BRIEF_TITLES) == titles[-2:]
    text = "\n".join(a.text for a in issue.articles)
    for para in BRIEF_PARAS:
        assert para in text
    assert "\\" not in text and "rtf" not in text


def test_unicode_line_and_paragraph_separators_end_lines():
    head = "\u2028".join(["河东农业简报", "2025年第2期"])
    paras = [head]
    for kind, text in _brief_blocks()[2:]:
        paras.append("　　" + text if kind == "para" else text)
    issue = parse_bytes(("\u2029".join(paras) + "\n").encode("utf-8"), "brief.txt")
    _check_brief(issue)
    assert "\u2028" not in "".join(a.text for a in issue.articles)


def test_unicode_separators_end_lines_in_decoded_text_too():
    text = "\u2029".join(
        ["河东农业简报", BRIEF_TITLES[0], "　　" + BRIEF_PARAS[0], BRIEF_TITLES[1], "　　" + BRIEF_PARAS[2]]
    )
    issue = parse_text(text, "brief.txt")
    assert [a.title for a in issue.articles][-2:] == list(BRIEF_TITLES)
