"""A story's photo caption printed between its date and its lead, where the reporter signs the lead.

A charity article extracted from its web page one block a line prints the headline, the subtitle, the
day, the first photo's caption, then the lead paragraph closed by the reporter's slash byline — run on at
its end (``…吞下藥丸。報導．攝影╱某某``) or on the next line.  A caption naming no one's place in the
picture (no ``（右）``) is still the photo's: the lines between the day and the lead that the byline
signs are captions, kept as the article's credit, and the text starts at the lead.
Written for the test: invented family, place and reporter.
"""

from __future__ import annotations

from reader.importer import parse_text

_CAPTION = "吳進發腰傷後只能躺在床上，兩個孫女放學回家便輪流替他按摩、端水，再趕著寫功課。"
_LEAD = (
    "「阿公，藥要吃喔。」10歲的小萱端著溫水走到床邊，看著72歲阿公吳進發慢慢吞下藥丸，"
    "才轉身去收衣服；吳進發望著孫女瘦小的背影說：「是我拖累她們了。」"
)
_HEAD = ["A9001 阿公腰傷 孫女端藥", "祖孫3人「靠補助過日子」", "2015年06月12日"]
_BODY = [
    "吳進發說，兒子5年前車禍過世，媳婦改嫁後，他獨力帶大兩個孫女，「我以前在碼頭扛貨，一天能扛兩百多袋，"
    "現在腰直不起來，連走到巷口買菜都要休息好幾次，什麼都做不了，只能靠孫女照顧。」他說，去年冬天在工地"
    "跌了一跤，醫生說是椎間盤突出，要開刀，但手術費和看護費他都拿不出來，只好吃止痛藥硬撐。",
    "孫女放學做家事",
    "當地里長說，祖孫3人靠老農津貼與低收補助過活，已轉介基金會協助。",
    "12歲的姊姊小琪說，每天放學先煮飯、洗衣服，再陪妹妹寫功課，「阿公以前照顧我們，現在換我們照顧他，"
    "我長大要當護士。」",
    "小萱的導師說，姊妹倆功課都不錯，學校已替她們申請午餐補助，也請社工定期到家裡關心。",
    "鄰居陳太太說，吳家三口平常省吃儉用，她偶爾送些青菜過去，「阿公很客氣，每次都要塞錢給我。」",
    "基金會編號：A9001",
]


def _article(lines: list[str], sep: str = "\n"):
    issue = parse_text(sep.join(lines) + "\n", "a9001.txt")
    assert [a.title for a in issue.articles] == ["A9001 阿公腰傷 孫女端藥"]
    return issue.articles[0]


def test_caption_over_a_lead_with_its_byline_run_on() -> None:
    article = _article([*_HEAD, _CAPTION, _LEAD + "報導．攝影╱林曉安", *_BODY])
    assert article.text.startswith(_LEAD + "\n吳進發說")
    assert article.credit == _CAPTION
    assert [p.name for p in article.byline] == ["林曉安"]


def test_caption_over_a_lead_with_its_byline_under_it() -> None:
    article = _article([*_HEAD, _CAPTION, _LEAD, "報導•攝影╱林曉安", *_BODY])
    assert article.text.startswith(_LEAD + "\n吳進發說")
    assert article.credit == _CAPTION


def test_two_captions_and_blank_lines_between_blocks() -> None:
    second = "小萱說，長大想當護士。"
    article = _article([*_HEAD, _CAPTION, second, _LEAD + "報導•攝影╱林曉安", *_BODY], sep="\n\n")
    assert article.text.startswith(_LEAD + "\n吳進發說")
    assert article.credit == _CAPTION + "\n" + second


def test_no_byline_on_the_lead_leaves_the_first_paragraph() -> None:
    """Without the reporter's signature closing the second block, the first is the story's own text."""
    article = _article([*_HEAD, _CAPTION, _LEAD, *_BODY])
    assert article.text.startswith(_CAPTION)


def test_paragraph_of_several_sentences_over_a_signed_block_is_text() -> None:
    opening = "吳進發今年72歲。他年輕時在碼頭扛貨，養大一家人。"
    article = _article([*_HEAD, opening, _LEAD + "報導．攝影╱林曉安", *_BODY])
    assert article.text.startswith(opening)
