"""Files whose converter spaced every paragraph with extra blank lines read as the same articles.

A web page built with ``<p>&nbsp;</p>`` spacers, or copied out of some browsers, comes with two or
three blank lines wherever another tool writes one.  Counting them as "something new begins" cut a
single web article into five or six pieces (``lines.scale_gaps``).
"""

from __future__ import annotations

import itertools
import json
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.importer import ParsedIssue, parse_bytes
from reader.importer.lines import scale_gaps, split_lines

from .conftest import SEED_DIR
from .test_corpus import norm

CORPORA = Path(__file__).resolve().parent.parent / "data" / "corpus"
FILES = sorted([*CORPORA.glob("*/*.txt"), *SEED_DIR.glob("*.txt")])


def _respaced(data: bytes, spacing: str) -> bytes:
    """``data`` (UTF-8) with every run of ``n`` blank lines made ``spacing``'s count: ``n × 2``,
    ``n × 3`` or ``n + 1``; a line holding a form feed is a page break, not a blank line."""
    out: list[str] = []
    blank = 0
    for line in data.decode("utf-8").replace("\r\n", "\n").split("\n"):
        if not line.strip() and "\f" not in line:
            blank += 1
            continue
        if out and blank:
            out.extend([""] * {"double": 2 * blank, "triple": 3 * blank, "spacer": blank + 1}[spacing])
        out.append(line)
        blank = 0
    return ("\n".join(out) + "\n").encode("utf-8")


@cache
def _as_utf8(path: Path) -> bytes:
    from reader.importer.decode import decode_with_note

    return decode_with_note(path.read_bytes(), path.name)[0].encode("utf-8", "surrogatepass")


def _summary(issue: ParsedIssue) -> list[tuple]:
    return [
        (a.section, a.kicker, norm(a.title), a.subtitle, [p.name for p in a.byline], norm(a.text))
        for a in issue.articles
    ]


def _gold(path: Path) -> dict:
    return json.loads((path.parent / "GOLD.json").read_text(encoding="utf-8"))[path.name]


# Web articles rendered by w3m, each one article; with their blank lines doubled, each was cut up
WEB_ARTICLES = [
    CORPORA / "sixth" / "s06_sina_bjnews_12306_20181228_w3m_gb18030.txt",
    CORPORA / "sixth" / "s08_toutiao_chinanet_coldwave_20191125_w3m_crlf.txt",
    CORPORA / "seventh" / "n06_toutiao_wangyong_20200309_w3m_gb18030.txt",
    CORPORA / "fourth" / "f19_wuxi_traffic_20190517_w3m_gb18030.txt",
]


@pytest.mark.parametrize("spacing", ["double", "spacer"])
@pytest.mark.parametrize("path", WEB_ARTICLES, ids=lambda path: path.name[:24])
def test_a_web_article_spaced_wider_is_still_its_one_gold_article(path: Path, spacing: str) -> None:
    gold = _gold(path)
    issue = parse_bytes(_respaced(_as_utf8(path), spacing), path.name)
    assert [norm(a.title) for a in issue.articles] == [norm(a["title"]) for a in gold["articles"]]
    assert issue.issue_date == gold["issue_date"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(FILES), spacing=st.sampled_from(["double", "triple", "spacer"]))
def test_wider_blank_line_spacing_gives_the_same_issue(path: Path, spacing: str) -> None:
    """Every real file of the held-out sets and the seeds: the same articles, field by field."""
    original = parse_bytes(_as_utf8(path), path.name)
    respaced = parse_bytes(_respaced(_as_utf8(path), spacing), path.name)
    assert _summary(respaced) == _summary(original)
    assert (respaced.issue_date, respaced.title, respaced.layout) == (
        original.issue_date,
        original.title,
        original.layout,
    )


def _gaps(text: str) -> list[int]:
    lines = split_lines(text)
    scale_gaps(lines)
    return [line.gap for line in lines]


def test_doubled_gaps_count_as_single_and_wider_breaks_keep_their_rank() -> None:
    text = "甲\n\n乙\n\n丙\n\n丁\n\n\n\n戊\n\n己\n"  # 1, 1, 1, 3, 1 blank lines: nothing to scale
    assert _gaps(text) == [0, 1, 1, 1, 3, 1]
    assert _gaps(text.replace("\n\n", "\n\n\n")) == [0, 1, 1, 1, 3, 1]  # 2, 2, 2, 5, 2 blank lines
    assert _gaps(text.replace("\n\n", "\n\n\n\n")) == [0, 1, 1, 1, 2, 1]  # 3, 3, 3, 7, 3: still the widest


def test_a_file_without_blank_lines_keeps_its_few_wide_breaks() -> None:
    """Two wide breaks between runs of lines are section breaks, not spacing."""
    text = "一行\n二行\n三行\n\n\n四行\n五行\n六行\n七行\n\n\n八行\n九行\n十行\n"
    assert _gaps(text) == [0, 0, 0, 2, 0, 0, 0, 2, 0, 0]


def test_a_scaled_gap_still_tells_a_set_aside_line_from_blank_lines() -> None:
    """``number − gap − unspaced`` is the line after the one above: no line stood between them."""
    lines = split_lines("甲\n\n\n乙\n\n\n丙\n\n\n丁\n\n\n\n\n戊\n")
    scale_gaps(lines)
    for above, line in itertools.pairwise(lines):
        assert above.number + 1 == line.number - line.gap - line.unspaced


ITEMS = [
    (
        "县委召开常委会议研究冬季安全生产工作",
        "11月18日，县委书记主持召开县委常委会议，传达学习上级部署。",
        "会议强调，要压紧压实各方责任。",
    ),
    (
        "全县招商引资项目集中签约",
        "11月19日，我县举行招商引资项目集中签约仪式，现场签约项目8个。",
        "签约项目涵盖新材料、食品加工等领域。",
    ),
    (
        "县人大常委会视察农村饮水安全工程",
        "11月20日，县人大常委会组织部分组成人员视察农村饮水工程。",
        "视察组一行实地察看了水厂和管网改造现场。",
    ),
    (
        "城关镇启动老旧小区改造二期工程",
        "近日，城关镇老旧小区改造二期工程开工，涉及小区12个。",
        "改造内容包括屋面防水、管网更新等。",
    ),
    (
        "县医院开展义诊进社区活动",
        "11月21日，县人民医院组织20余名医务人员走进社区开展义诊。",
        "活动共接待群众300余人次。",
    ),
]


@pytest.mark.parametrize("blank_lines", [1, 2, 3])
def test_a_bulletin_without_blank_lines_but_between_items_keeps_its_items(blank_lines: int) -> None:
    """No blank line inside an item; one, two or three between items: the same five items."""
    lines = ["政务信息", "第45期", "县委办公室编印  2025年11月24日"]
    for item in ITEMS:
        lines.extend([""] * blank_lines)
        lines.extend(item)
    issue = parse_bytes(("\n".join(lines) + "\n").encode("utf-8"), "zwxx45.txt")
    assert [(a.title, [b.text for b in a.blocks]) for a in issue.articles] == [
        (title, [first, second]) for title, first, second in ITEMS
    ]
    assert issue.issue_date == "2025-11-24"
