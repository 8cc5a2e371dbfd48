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


def _hex_escaped(text: str) -> str:
    return "".join(ch if ord(ch) < 128 else "".join(f"\\'{b:02x}" for b in ch.encode("gbk")) for ch in text)


def _u_escaped(text: str) -> str:
    return "".join(
        ch if ord(ch) < 128 else f"\\u{ord(ch) - 65536 if ord(ch) > 32767 else ord(ch)}?" for ch in text
    )


def test_rtf_with_code_page_hex_escapes_is_read_as_its_text():
    style = {"head": "\\qc\\fs36", "title": "\\qc\\b", "para": "\\fi480"}
    lines = [
        "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 " + _hex_escaped("宋体") + ";}}",
        "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 ",
    ]
    for kind, text in _brief_blocks():
        lines.append(f"\\pard{style[kind]} {_hex_escaped(text)}\\b0\\par")
    data = ("\r\n".join(lines) + "\r\n}\r\n").encode("ascii")
    issue = parse_bytes(data, "brief.txt")
    _check_brief(issue)
    assert "宋体" not in "".join(a.text for a in issue.articles)  # the font table is no text


def test_rtf_with_signed_unicode_escapes_is_read_as_its_text():
    lines = [
        "{\\rtf1\\ansi\\deff0\\uc1{\\fonttbl{\\f0\\fnil Arial;}}",
        "{\\info{\\title " + _u_escaped("简报") + "}}",
    ]
    for kind, text in _brief_blocks():
        indent = "\\fi640" if kind == "para" else "\\qc"
        lines.append("{\\pard\\plain" + indent + " " + _u_escaped(text) + "\\par}")
    data = ("\n".join(lines) + "\n}\n").encode("ascii")
    assert b"\\u-" in data  # characters past U+7FFF are negative numbers
    _check_brief(parse_bytes(data, "brief.txt"))


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
