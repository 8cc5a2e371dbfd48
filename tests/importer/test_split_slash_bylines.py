"""The writer and the photographer credited apart on one line: ``文╱某甲 攝影╱某乙``.

A charity article extracted from its web page one block a line credits its reporter either jointly
(``報導．攝影╱某某``) or — when two people did the work — the text and the photographs each with its
own role and slash, the two pairs on one line with a space between (``文╱林曉安 攝影╱陳家豪``,
``文／…　圖／…``), that line under the intro or run on at the intro's end
(``…藥丸。報導╱林曉安　攝影╱陳家豪``).  Both people are the article's byline and the credit is no part
of its text, as the joint credit is.
Written for the test: invented family, place and reporters.
"""

from __future__ import annotations

from reader.importer import parse_text
from reader.importer.linekinds import slash_byline

_INTRO = "「阿公，藥要吃喔。」10歲的小萱端著溫水走到床邊，看著72歲阿公吳進發慢慢吞下藥丸。"
_HEAD = [
    "A9001 阿公腰傷 孫女端藥",
    "祖孫3人「靠補助過日子」",
    "2015年06月12日",
    "吳進發（右）腰傷臥床，孫女小萱（左）放學後幫忙照料。",
]
_BODY = [
    "吳進發說，兒子5年前車禍過世，媳婦改嫁後，他獨力帶大兩個孫女，「我以前在碼頭扛貨，現在腰直不起來，什麼都做不了。」",
    "孫女放學做家事",
    "當地里長說，祖孫3人靠老農津貼與低收補助過活，每月不到1萬5000元，蘋果基金會訪視後已撥款暫紓困境。",
    "基金會編號：A9001",
]


def _article(lines: list[str]):
    issue = parse_text("\n".join(lines) + "\n", "a9001.txt")
    assert [a.title for a in issue.articles] == ["A9001 阿公腰傷 孫女端藥"]
    return issue.articles[0]


def test_two_role_slash_pairs_on_one_line_are_one_byline() -> None:
    assert slash_byline("文╱林曉安 攝影╱陳家豪") == [("文", "林曉安"), ("攝影", "陳家豪")]
    assert slash_byline("報導╱林曉安　攝影╱陳家豪") == [("報導", "林曉安"), ("攝影", "陳家豪")]
    assert slash_byline("文／王小明　圖／李大同、張文華") == [
        ("文", "王小明"),
        ("圖", "李大同"),
        ("圖", "張文華"),
    ]


def test_pairs_whose_roles_are_no_credit_are_not_a_byline() -> None:
    assert slash_byline("收入╱支出 去年╱今年") is None
    assert slash_byline("文╱林曉安 說明╱陳家豪") is None


def test_split_credit_on_its_own_line_under_the_intro() -> None:
    article = _article([*_HEAD, _INTRO, "文╱林曉安 攝影╱陳家豪", *_BODY])
    assert [p.name for p in article.byline] == ["林曉安", "陳家豪"]
    assert article.subtitle == "祖孫3人「靠補助過日子」"
    assert article.text.startswith(_INTRO + "\n吳進發說")
    assert "林曉安" not in article.text


def test_split_credit_run_on_at_the_end_of_the_intro() -> None:
    article = _article([*_HEAD, _INTRO + "報導╱林曉安　攝影╱陳家豪", *_BODY])
    assert [p.name for p in article.byline] == ["林曉安", "陳家豪"]
    assert article.text.startswith(_INTRO + "\n吳進發說")
    assert "陳家豪" not in article.text


def test_split_credit_with_blank_lines_between_blocks() -> None:
    article = _article("\n\n".join([*_HEAD, _INTRO, "文╱林曉安 攝影╱陳家豪", *_BODY]).split("\n"))
    assert [p.name for p in article.byline] == ["林曉安", "陳家豪"]
    assert "林曉安" not in article.text
