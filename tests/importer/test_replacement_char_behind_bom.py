"""An RTF file written in escapes (all ASCII: ``\\'b9\\'d8``) whose one non-ASCII character is a U+FFFD (a
character a converter could not write — WordPad's closing NUL once read) reads the same behind a
byte-order mark as without one; it was refused as "100% of its characters are unusual"
(``conversion_probe.py``, ``utf-8-bom``, twentieth's a01; session 36, ``leftovers22``).  Notice written
for the test (an invented county)."""

from __future__ import annotations

import codecs

from reader.importer import parse_bytes

NOTICE = (
    "关于做好汛期值班工作的通知\n河西县各乡镇人民政府：\n"
    + "各单位要严格执行二十四小时值班和领导带班制度，确保信息畅通。\n" * 12
    + "河西县人民政府办公室\n2026年6月3日\n"
)


def _rtf(text: str) -> str:
    """``text`` as WordPad writes it in a Chinese code page: each GBK byte ``\\'xx``, a ``\\par`` a line."""
    body = "".join(
        "".join(f"\\'{byte:02x}" for byte in line.encode("gbk")) + "\\par\n" for line in text.splitlines()
    )
    head = "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\n\\f0 "
    return head + body + "}\n"


def test_an_ascii_rtf_with_a_replacement_character_reads_the_same_behind_a_bom() -> None:
    source = _rtf(NOTICE) + "\ufffd"
    plain = parse_bytes(source.encode("utf-8"), "notice.rtf.txt")
    issue = parse_bytes(codecs.BOM_UTF8 + source.encode("utf-8"), "notice.rtf.txt")
    assert issue.articles[0].title == plain.articles[0].title == "关于做好汛期值班工作的通知"
    assert issue.articles[0].text == plain.articles[0].text
    assert issue.issue_date == plain.issue_date
