"""A contents page whose dot leaders a converter wrote as NUL bytes is text, not binary.

Ghostscript's ``ps2ascii`` writes a NUL for every glyph it cannot map to a character; a PDF's 目录 drawn
with 「·」 leaders comes out as ``title`` + a run of NULs + spaces + the page number on each contents
line (twentysixth's d02). Each run counted as stray NULs, so a short issue went over the stray-NUL
share and the whole file was refused as binary. A run standing before a page number at a line's end
is the leaders: it is dropped (with a note), and the contents read as contents.
"""

from __future__ import annotations

import codecs

import pytest

from reader.errors import BadInputError
from reader.importer import parse_bytes

ITEMS = [
    ("河西街道开展夏季消防演练", "６月３日，河西街道组织辖区商户开展夏季消防演练，参加人员八十余人。"),
    ("老年食堂新增送餐上门服务", "街道老年食堂自本月起为行动不便的老人提供送餐上门服务，每餐加收两元。"),
    ("居民议事会商定停车难对策", "南苑小区居民议事会经过三轮协商，确定了错峰停车和共享车位的办法。"),
]


def _issue(leader: str) -> str:
    lines = [
        "                    河西街道简讯",
        "               2025年第6期　　2025年6月20日",
        "                      目　录",
    ]
    for n, (title, _) in enumerate(ITEMS, 1):
        lines.append(f"          {title}{leader * (30 - 2 * len(title) // 2)}              {n + 1}")
    lines.append("                         - 1 -")
    for title, para in ITEMS:
        lines += [f"                   {title}", f"         　　{para}"]
    return "\r\n".join(lines) + "\r\n"


def test_nul_leaders_on_contents_lines_are_not_binary() -> None:
    issue = parse_bytes(_issue("\x00").encode("utf-8"), "hxjx_6.txt")
    assert [a.title for a in issue.articles] == [title for title, _ in ITEMS]
    assert [a.text for a in issue.articles] == [para for _, para in ITEMS]
    assert [entry.title for entry in issue.toc] == [title for title, _ in ITEMS]
    assert any("NUL" in w and "leader" in w for w in issue.warnings)
    assert "\ufffd" not in "".join(item.text for item in issue.boilerplate)


def test_nul_leaders_behind_a_bom_read_the_same() -> None:
    plain = parse_bytes(_issue("\x00").encode("utf-8"), "hxjx_6.txt")
    issue = parse_bytes(codecs.BOM_UTF8 + _issue("\x00").encode("utf-8"), "hxjx_6.txt")
    assert [a.title for a in issue.articles] == [a.title for a in plain.articles]
    assert [e.title for e in issue.toc] == [e.title for e in plain.toc]


def test_nul_runs_elsewhere_still_make_a_file_binary() -> None:
    """A run of NULs not before a page number at a line's end is no leader: counted as before."""
    data = _issue("\x00").replace("\x00", "").replace("消防", "消\x00\x00\x00\x00防").encode("utf-8")
    with pytest.raises(BadInputError, match="binary"):
        parse_bytes(data * 1, "hxjx_6.txt")
