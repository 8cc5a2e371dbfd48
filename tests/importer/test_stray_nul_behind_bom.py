"""A file's few stray NULs read the same with a byte-order mark as without one.

WordPad ends an RTF file with a NUL byte; the file without a BOM was read (the NUL as U+FFFD, with a
note), but the same file saved with a UTF-8 BOM was refused as binary (``conversion_probe.py``,
``utf-8-bom``, twentieth's a01).
"""

from __future__ import annotations

import codecs

import pytest

from reader.errors import BadInputError
from reader.importer import parse_bytes

NOTICE = (
    "关于做好汛期值班工作的通知\n各乡镇人民政府：\n"
    + "　　各单位要严格执行二十四小时值班和领导带班制度，确保信息畅通。\n" * 30
    + "县人民政府办公室\n2024年6月3日\n"
)


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_a_trailing_nul_behind_a_bom_is_read_as_without_the_bom(bom: bytes, codec: str) -> None:
    plain = parse_bytes((NOTICE + "\x00").encode("utf-8"), "notice.txt")
    issue = parse_bytes(bom + (NOTICE + "\x00").encode(codec), "notice.txt")
    assert issue.articles[0].title == plain.articles[0].title == "关于做好汛期值班工作的通知"
    assert issue.articles[0].text == plain.articles[0].text
    assert "1 NUL byte " in issue.warnings[0]


def test_many_nuls_behind_a_bom_are_still_binary() -> None:
    data = codecs.BOM_UTF8 + ("会议\x00" * 200).encode("utf-8")
    with pytest.raises(BadInputError, match="binary"):
        parse_bytes(data, "nuls.txt")
