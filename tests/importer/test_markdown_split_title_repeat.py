"""A Markdown item whose headline the page prints again in pieces, over bold decks and the dateline.

A broadcast digest's item (``### 甲 乙``) whose page sets the headline's parts as bold lines of their own
(``**甲**`` / ``**乙**``, or only ``**甲**`` with ``乙`` opening the next bold paragraph), then bold decks
— one of them a whole bold summary with full stops — and only then the dateline paragraph
(``某某网消息（…）：``).  The pieces are the headline again (set aside); the bold lines between them and
the dateline are the decks (the subtitle), not the head of the text.  Written for the test: a fictional
county's digest.
"""

from __future__ import annotations

from reader.importer import parse_text

_SUMMARY = (
    "县委书记在讲话中强调，七十年来，岚溪人民艰苦奋斗、接续奋进，走出了一条山区县的发展新路。"
    "新征程上，要坚持生态立县、产业强县，奋力谱写岚溪高质量发展新篇章。"
)

_DIGEST = f"""# 《岚溪新闻》 (20260601)

## 本期要目

1.岚溪县庆祝建县七十周年大会隆重举行 县委书记发表讲话；

2.岚溪县举办建县七十周年成就展 县领导参观；

3.县政府召开防汛工作会议。

## 详细新闻

### 岚溪县庆祝建县七十周年大会隆重举行 县委书记发表讲话

<p><strong>岚溪县庆祝建县七十周年大会隆重举行</strong></p><p><strong>县委书记发表讲话</strong></p>\
<p><strong>{_SUMMARY}</strong></p><p><strong>县长主持 县人大常委会主任、县政协主席出席</strong></p>\
<p><strong>岚溪新闻网消息</strong>（岚溪新闻）：6月1日上午，岚溪县庆祝建县七十周年大会在县体育中心隆重举行。</p>\
<p>大会在雄壮的国歌声中开始。</p>

### 岚溪县举办建县七十周年成就展 县领导参观

<p><strong>岚溪县举办建县七十周年成就展</strong></p><p><strong>县领导参观强调，要用好成就展这本生动教材，\
激励全县干部群众接续奋斗。<br></strong></p>\
<p><strong>岚溪新闻网消息</strong>（岚溪新闻）：岚溪县建县七十周年成就展1日在县博物馆开展。</p>

### 县政府召开防汛工作会议

<p><strong>岚溪新闻网消息</strong>（岚溪新闻）：县政府1日下午召开防汛工作会议，部署主汛期各项工作。</p>
"""


def test_a_headline_printed_again_in_pieces_and_its_decks_leave_the_text() -> None:
    issue = parse_text(_DIGEST, "lanxi_digest.md")
    assert [a.title for a in issue.articles] == [
        "岚溪县庆祝建县七十周年大会隆重举行 县委书记发表讲话",
        "岚溪县举办建县七十周年成就展 县领导参观",
        "县政府召开防汛工作会议",
    ]
    first, second, third = issue.articles
    assert first.text.startswith("岚溪新闻网消息（岚溪新闻）：6月1日上午，岚溪县庆祝建县七十周年大会")
    assert second.text.startswith("岚溪新闻网消息（岚溪新闻）：岚溪县建县七十周年成就展1日")
    assert first.subtitle is not None and "县长主持" in first.subtitle and _SUMMARY in first.subtitle
    assert second.subtitle is not None and second.subtitle.startswith("县领导参观强调")
    assert third.subtitle is None
    repeats = [item.text for item in issue.boilerplate if item.reason == "repeated title"]
    assert repeats == [
        "岚溪县庆祝建县七十周年大会隆重举行",
        "县委书记发表讲话",
        "岚溪县举办建县七十周年成就展",
    ]


def test_a_bold_line_opening_like_the_headline_but_not_its_words_stays() -> None:
    """``**岚溪县庆祝**`` under ``### 岚溪县庆祝建县七十周年``: a word cut, not at a space — no repeat."""
    text = (
        "# 《岚溪新闻》 (20260602)\n\n## 详细新闻\n\n### 岚溪县庆祝建县七十周年 群众游园\n\n"
        "<p><strong>岚溪县庆祝</strong></p><p>今天，县城各公园游人如织。</p>\n"
    )
    issue = parse_text(text, "lanxi_digest2.md")
    assert not [item for item in issue.boilerplate if item.reason == "repeated title"]
