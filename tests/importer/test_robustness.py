"""Any text imports without a crash, and no word of it is lost (hypothesis-generated pages)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.errors import BadInputError
from reader.importer import parse_bytes, parse_text
from reader.importer.text import EDITOR_CODE

from .test_no_text_lost import TOC_MARKER, WORD, _haystack

PIECES = [
    "本报讯(记者 张静)", "记者 唐 翀 通讯员 武 强", "本报记者 王尧 摄", "图① 与师生共同进餐。", "②5", "③5",
    "开发区", "示范区巡察办:", "城区时讯", "——开发区招商局工作纪实", "聚焦组建专班团队 全方位开展招商",
    "8月2日下午,会议召开。", "会议指出,要突出抓好招商引资", "。", "，", "……", "目录", "要闻 3", "# 标题",
    "## 小标题", "2023年", "(原载2024年9月30日《驻马店日报》T03版)", "桥头堡作用", "|", "  ", "\n", "\n\n",
    "\n\n\n", "\r\n", "A", "7",
]  # fmt: skip
page = st.lists(
    st.sampled_from(PIECES) | st.text(alphabet="会议召开发展，。 \n", max_size=8), max_size=60
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page)
def test_any_page_parses_and_keeps_every_word(text: str) -> None:
    try:
        issue = parse_text(text, "random.txt")
    except BadInputError as error:
        assert error.reason.startswith(("file is empty", "file holds no text"))
        assert not "".join(WORD.findall(text))
        return
    assert issue.articles and issue.layout in {
        "toc_bulletin",
        "markdown_feature",
        "markdown_digest",
        "newspaper_page",
        "article",
        "fallback",
    }
    haystack = _haystack(issue)
    for line in re.split(r"\r\n|\r|\n", text):
        if TOC_MARKER.match(line.strip()):
            continue
        for word in WORD.findall(EDITOR_CODE.sub(r" \1", line.strip())):  # a code is split off its text
            assert word in haystack, (word, issue)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_parse_or_fail_with_a_named_reason(data: bytes) -> None:
    try:
        issue = parse_bytes(data, "blob.bin")
    except BadInputError as error:
        assert error.source == "blob.bin" and error.reason
    else:
        assert issue.articles
