"""A lead closed by the reporter's slash byline ends its paragraph in a file whose paragraphs break.

Charity pages extracted one block a line and put one after another in a file (a blank line between the
pages) give many lines that end no sentence — headlines, subtitles, days, sub-heads, the lead with its
byline run on (``…吞下藥丸。報導．攝影╱某某``) — so the file reads as broken across lines and lines not
ending a sentence are joined to the next.  The byline after a finished sentence closes the lead as a full
stop does (as in a hard-wrapped file): the lead is not run into the next paragraph and the byline is read.
Written for the test: invented families, fund and reporters.
"""

from __future__ import annotations

from reader.importer import parse_text

_BODY = [
    "他說，去年冬天在工地跌了一跤，醫生說是椎間盤突出，要開刀，但手術費和看護費他都拿不出來，只好吃止痛藥硬撐。",
    "家計靠補助",
    "當地里長說，一家人靠老農津貼與低收補助過活，已轉介基金會協助。",
]


_LEADS = [
    "「阿公，藥要吃喔。」10歲的小萱端著溫水走到床邊，看著72歲阿公吳進發慢慢吞下藥丸。",
    "清晨5點，16歲的阿宏扶著中風的爸爸陳大明下床，一步一步走到浴室，替他刷牙洗臉。",
    "雙眼幾近失明的黃阿枝摸索著床沿，替車禍後臥床的兒子翻身、擦澡，動作熟練得像看得見。",
]
_HEADS = [
    ["A9001 阿公腰傷 孫女端藥", "祖孫3人「靠補助過日子」", "2015年06月12日"],
    ["A9002 單親爸中風 兒輟學顧家", "16歲兒「先顧爸爸再說」", "2015年06月13日"],
    ["A9003 盲母顧癱兒 撐一天算一天", "獨子車禍腦傷臥床", "2015年06月14日"],
]
_BYLINES = ["報導．攝影╱林曉安", "報導•攝影╱陳家豪", "報導╱林曉安　攝影╱陳家豪"]
_PAGES = [
    [*head, lead + byline, *_BODY, "基金會編號：" + head[0][:5]]
    for head, lead, byline in zip(_HEADS, _LEADS, _BYLINES, strict=True)
]


def test_each_lead_keeps_its_byline_and_ends_before_the_next_paragraph() -> None:
    issue = parse_text("\n\n".join("\n".join(page) for page in _PAGES) + "\n", "pages.txt")
    assert [a.title for a in issue.articles] == [head[0] for head in _HEADS]
    names = [[p.name for p in a.byline] for a in issue.articles]
    assert names == [["林曉安"], ["陳家豪"], ["林曉安", "陳家豪"]]
    for article, lead in zip(issue.articles, _LEADS, strict=True):
        assert article.blocks[0].text == lead
        assert article.blocks[1].text == _BODY[0]
