"""A newspaper's photo page as a Markdown note: many photos' captions over the text, credits as printed.

A picture page (视觉版) saved one article a note: front matter, ``# title``, the ``>`` source line, then
every photo's caption — once with its credit after two ideographic spaces (``…作业。　　王天水摄``), then
the caption and the credit on lines of their own — and only then the text.  The paper pads a two-character
name to three (``罗  金摄``), sets two spaces after an agency's role (``新华社记者  晋美多吉摄``) and credits
an organisation's picture as ``…供图``.  Every caption goes with the credits, however many photos the page
has; the text opens at its first paragraph.  Written for the test: a fictional city's page, invented
photographers.
"""

from __future__ import annotations

from reader.importer import parse_text
from reader.importer.linekinds import Kind, kind_of

_PHOTOS = (
    ("云崖港新建的自动化码头，岸桥可无人操作。", "林  青摄"),
    ("青川大桥主塔合龙，全桥长1.8公里。", "汪小禾摄"),
    ("云崖市第一条有轨电车线路试运行。", "新华社记者  林晓溪摄"),
    ("雾溪隧道贯通，缩短两岸行车时间40分钟。", "云崖市交通局供图"),
    ("改造后的老码头成为市民休闲的滨水公园。", "周  舟摄"),
    ("智能巡检机器人在变电站作业。", "石一川摄"),
)


def _page() -> str:
    captions = []
    for caption, credit in _PHOTOS:
        captions += [f"{caption}\u3000\u3000{credit}", caption, credit]
    return "\n\n".join(
        [
            "---",
            'title: "一座港城的新通途"',
            "date: 2026-02-03",
            'section: "第08版"',
            "---",
            "# 一座港城的新通途",
            "> 本报记者  韩  舟《云崖日报》（2026年02月03日第 08 版）",
            *captions,
            "码头、大桥、隧道、电车，五年来，云崖市的交通网越织越密。",
            "港口向新而行",
            "自动化码头投用后，集装箱装卸效率提高三成。",
        ]
    )


def test_captions_with_padded_and_agency_credits_are_captions() -> None:
    assert kind_of("云崖港新建的自动化码头，岸桥可无人操作。\u3000\u3000林  青摄") is Kind.CAPTION
    assert kind_of("云崖市第一条有轨电车线路试运行。\u3000\u3000新华社记者  林晓溪摄") is Kind.CAPTION
    assert kind_of("雾溪隧道贯通，缩短两岸行车时间40分钟。\u3000\u3000云崖市交通局供图") is Kind.CAPTION
    assert kind_of("云崖市交通局供图") is Kind.CREDIT


def test_every_caption_of_a_photo_page_goes_with_the_credits() -> None:
    issue = parse_text(_page(), "x.md")
    assert [article.title for article in issue.articles] == ["一座港城的新通途"]
    article = issue.articles[0]
    assert article.text.startswith("码头、大桥、隧道、电车，五年来，云崖市的交通网越织越密。")
    assert "摄" not in article.text and "供图" not in article.text
    assert article.credit is not None
    assert "智能巡检机器人在变电站作业。" in article.credit
    assert [person.name for person in article.byline] == ["韩舟"]
