"""Files that are almost, but not quite, one encoding are read with a warning instead of refused.

What a user would notice: a bulletin cut in the middle of its last character by the tool that saved
it, or with a line pasted in from a GBK file, used to be refused whole ("undecodable bytes"); a
UTF-16 file saved without a byte-order mark was refused as binary unless a good share of it was ASCII.
"""

from __future__ import annotations

import pytest

from reader.errors import BadInputError
from reader.importer import parse_bytes

TITLE = "县里召开防汛工作会议"
PARAGRAPH = "会议强调，要压实防汛责任，加强隐患排查，确保安全度汛。"
TEXT = f"{TITLE}\n\n{PARAGRAPH}\n{PARAGRAPH}\n{PARAGRAPH}\n"


def test_a_file_cut_inside_its_last_character_keeps_its_text_and_says_so() -> None:
    data = TEXT.rstrip("\n").encode("utf-8")[:-1]  # "。" is three bytes: two are left
    issue = parse_bytes(data, "cut.txt")
    assert issue.encoding == "utf-8"
    assert issue.articles[0].title == TITLE
    assert issue.articles[0].text.endswith("确保安全度汛\ufffd")
    assert issue.warnings[0] == "1 line was not UTF-8 (the first is line 5): 1 with bytes replaced by \ufffd"


def test_a_line_pasted_from_a_gbk_file_is_read_as_gbk() -> None:
    pasted = "附：县应急管理局供稿。".encode("gbk")
    data = TEXT.encode("utf-8") + pasted + b"\n"
    issue = parse_bytes(data, "mixed.txt")
    assert issue.encoding == "utf-8"
    assert "附：县应急管理局供稿。" in issue.articles[0].text
    assert "\ufffd" not in issue.articles[0].text
    assert issue.warnings[0] == "1 line was not UTF-8 (the first is line 6): 1 read as GB18030"


def test_a_stray_byte_replaces_only_what_it_broke() -> None:
    good = TEXT.encode("utf-8")
    at = good.index(PARAGRAPH.encode()) + 3  # after "会", before "议"
    issue = parse_bytes(good[:at] + b"\xff" + good[at:], "stray.txt")
    text = issue.articles[0].text
    assert text.count(PARAGRAPH) == 2 and "会\ufffd议强调" in text
    assert issue.warnings[0].startswith("1 line was not UTF-8 (the first is line 3)")


def test_a_file_mostly_not_utf8_is_still_refused() -> None:
    with pytest.raises(BadInputError, match="undecodable bytes"):
        parse_bytes(TITLE.encode("utf-8") + bytes(range(0x80, 0xA0)) * 2, "garbage.txt")


def test_a_clean_file_has_no_decoding_warning() -> None:
    assert not any("UTF-8" in warning for warning in parse_bytes(TEXT.encode(), "clean.txt").warnings)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_and_little_ascii(codec: str) -> None:
    data = TEXT.encode(codec)  # NUL bytes in its line breaks and in 开 (U+5F00): 6 of 156
    assert data.count(0) == 6
    issue = parse_bytes(data, "wide.txt")
    assert issue.encoding == codec
    assert issue.articles[0].title == TITLE
    assert issue.articles[0].text.count(PARAGRAPH) == 3


def test_a_gbk_file_with_a_line_pasted_from_a_utf8_one_reads_both() -> None:
    pasted = "附：县应急管理局供稿。".encode()
    issue = parse_bytes(TEXT.encode("gbk") + pasted + "\n完。\n".encode("gbk"), "gbk.txt")
    assert issue.encoding == "gb18030"
    assert issue.articles[0].text.endswith("附：县应急管理局供稿。\n完。")
    assert issue.warnings[0] == "1 line was not GB18030 (the first is line 6): 1 read as UTF-8"


def test_a_gbk_file_cut_inside_its_last_character_keeps_its_text() -> None:
    data = TEXT.rstrip("\n").encode("gbk")[:-1]  # "。" is two bytes in GBK: one is left
    issue = parse_bytes(data, "cut-gbk.txt")
    assert issue.encoding == "gb18030"
    assert issue.articles[0].text.endswith("确保安全度汛\ufffd")
    assert issue.warnings[0].startswith("1 line was not GB18030 (the first is line 5)")
