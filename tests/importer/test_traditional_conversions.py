"""Traditional-script bulletins: the shapes a simplified word list alone would miss.

Each text here is written in traditional characters as a Hong Kong, Taiwan or Macau copy (or a
converter) prints it; the importer should read the outline its simplified twin gives.
"""

from __future__ import annotations

from reader.importer import parse_bytes
from reader.importer.model import BylineEntry

SIGNED_ITEMS = """\
工作動態
第3期
東灣鎮黨政辦編  2025年4月2日

鎮村動態

東灣鎮開展春季植樹活動
3月12日，東灣鎮組織機關幹部和志願者在後山植樹，共栽種樹苗800餘株。（東灣鎮黨政辦  林曉紅）

北嶺村召開村民代表大會
4月1日，北嶺村召開村民代表大會，審議通過村規民約修訂稿。（文/圖 黃志強）
"""


def test_a_traditional_sign_off_names_its_writer_under_the_office_or_role_as_printed() -> None:
    issue = parse_bytes(SIGNED_ITEMS.encode("utf-8"), "gzdt3.txt")
    assert [a.title for a in issue.articles] == ["東灣鎮開展春季植樹活動", "北嶺村召開村民代表大會"]
    assert issue.articles[0].byline == [BylineEntry("東灣鎮黨政辦", "林曉紅")]
    assert issue.articles[1].byline == [BylineEntry("文/圖", "黃志強")]
    assert issue.articles[1].byline_text == "（文/圖 黃志強）"


CREDITED_ITEMS = """\
院系簡報
第5期
2025年6月20日

學院新聞

法學院舉辦模擬法庭大賽
6月18日，法學院第十屆模擬法庭大賽決賽在學術報告廳舉行，八支隊伍角逐冠軍。
文字：何思遠
圖片：鄭雅文
編輯：許嘉怡

經濟學院開展畢業生座談會
6月19日，經濟學院邀請二十名應屆畢業生座談，聽取他們對課程設置的意見。
圖片：林子晴   文字：周曉彤   編輯：許嘉怡   審核：陳立新

化學院舉行實驗室安全演練
同日下午，化學院在實驗樓開展消防疏散演練，三百餘名師生參加。
文字：吳嘉豪   編輯：許嘉怡
"""


def test_traditional_credit_labels_close_each_item_and_name_its_writer() -> None:
    """圖片：/ 審核： are 图片：/ 审核： in simplified: a credit block of them ends the item above it."""
    issue = parse_bytes(CREDITED_ITEMS.encode("utf-8"), "yxjb5.txt")
    assert [a.title for a in issue.articles] == [
        "法學院舉辦模擬法庭大賽",
        "經濟學院開展畢業生座談會",
        "化學院舉行實驗室安全演練",
    ]
    assert [[e.name for e in a.byline] for a in issue.articles] == [["何思遠"], ["周曉彤"], ["吳嘉豪"]]


WEB_PAGE = """\
大埔墟街市完成翻新重新開放

2025-05-08 10:12:31　來源：社區新聞網

【本網訊】經過八個月的翻新工程，大埔墟街市今日重新開放，新增無障礙通道及冷氣系統，攤檔數目維持不變。

用微信掃碼二維碼

分享至好友和朋友圈

街市管理處表示，翻新期間暫遷的商戶已全部遷回，首週將推出優惠活動吸引街坊光顧。

“第三屆社區好店評選”火熱進行中！【點擊投票】

責任編輯：梁詠詩
"""


def test_a_traditional_web_pages_buttons_and_advert_are_set_aside_from_its_text() -> None:
    """用微信掃碼二維碼 is the share button 用微信扫码二维码, 【點擊投票】 an advert's 【点击投票】."""
    issue = parse_bytes(WEB_PAGE.encode("utf-8"), "dpxs.txt")
    (article,) = issue.articles
    assert article.title == "大埔墟街市完成翻新重新開放"
    assert [block.text[:6] for block in article.blocks] == ["【本網訊】經", "街市管理處表"]
    aside = {line.text: line.reason for line in issue.boilerplate}
    assert aside["用微信掃碼二維碼"] == "web page toolbar"
    assert aside["“第三屆社區好店評選”火熱進行中！【點擊投票】"] == "advertisement"


DIGEST = """\
《社區晚報》 (20250612)

新聞摘要

本期節目主要內容：

1.全港長者醫療券使用範圍擴大；

2.港鐵新線列車開始試運行；

3.天文台發出今年首個酷熱天氣警告。

詳細新聞

全港長者醫療券使用範圍擴大

醫務衞生局今日宣布，長者醫療券可用於更多基層醫療服務，由下月一日起生效。

港鐵新線列車開始試運行

港鐵公司表示，新線列車今日起在夜間進行試運行，預計年底通車。

天文台發出今年首個酷熱天氣警告

天文台上午發出今年首個酷熱天氣警告，提醒市民多喝水，避免長時間在戶外工作。
"""
DIGEST_TITLES = ["全港長者醫療券使用範圍擴大", "港鐵新線列車開始試運行", "天文台發出今年首個酷熱天氣警告"]


def test_a_traditional_digest_finds_its_items_through_its_contents_list() -> None:
    """新聞摘要 / 本期節目主要內容 head the numbered contents list as 新闻摘要 / 本期节目主要内容 do; 詳細新聞
    over the items in full is no section, as 详细新闻 is not."""
    issue = parse_bytes(DIGEST.encode("utf-8"), "sqwb.txt")
    assert [(a.section, a.title) for a in issue.articles] == [(None, t) for t in DIGEST_TITLES]
    aside = [(item.text, item.reason) for item in issue.boilerplate]
    assert ("詳細新聞", "heading of the full texts") in aside
    assert issue.issue_date == "2025-06-12"


DIGEST_MARKDOWN = """\
# 社區晚報 2025-06-12

## 本期節目主要內容

本期節目主要內容：
1、全港長者醫療券使用範圍擴大；
2、港鐵新線列車開始試運行；
3、天文台發出今年首個酷熱天氣警告。

## 1. 全港長者醫療券使用範圍擴大

醫務衞生局今日宣布，長者醫療券可用於更多基層醫療服務，由下月一日起生效。

## 2. 港鐵新線列車開始試運行

港鐵公司表示，新線列車今日起在夜間進行試運行，預計年底通車。

## 3. 天文台發出今年首個酷熱天氣警告

天文台上午發出今年首個酷熱天氣警告，提醒市民多喝水，避免長時間在戶外工作。
"""


def test_a_traditional_markdown_digests_contents_heading_is_no_item() -> None:
    """``## 本期節目主要內容`` over the list is the contents, and the list's numbers leave the titles."""
    issue = parse_bytes(DIGEST_MARKDOWN.encode("utf-8"), "sqwb.md")
    assert [a.title for a in issue.articles] == DIGEST_TITLES


REPORT = """\
臨江市2025年政府工作報告

2025年1月15日在臨江市第九屆人民代表大會第五次會議上 臨江市市長 葉建國

各位代表：

現在，我代表市人民政府，向大會報告工作，請予審議，並請市政協委員提出意見。

過去一年，全市經濟穩步恢復，城鄉居民收入持續增長，社會保持和諧穩定。
"""


def test_a_traditional_reports_occasion_line_names_its_speaker() -> None:
    """``…會議上 臨江市市長 葉建國``: the occasion and the speaker on one line, as in simplified."""
    (article,) = parse_bytes(REPORT.encode("utf-8"), "zfgzbg.txt").articles
    assert article.byline == [BylineEntry("臨江市市長", "葉建國")]
    assert article.subtitle == "2025年1月15日在臨江市第九屆人民代表大會第五次會議上"


RESOLUTION = """\
                    臨江市人民代表大會常務委員會
                 關於批準臨江市2025年市級預算調整
                          方案的決議
      （2025年8月28日臨江市第九屆人民代表大會常務委員會第十五次會議通過）

　　臨江市第九屆人民代表大會常務委員會第十五次會議聽取了市財政局局長的報告，並進行了審議。
　　會議決定，批準臨江市2025年市級預算調整方案。
"""


def test_a_traditional_documents_title_over_three_lines_is_one_title() -> None:
    """The issuing body, ``關於…`` and ``…的決議``: one title, as ``关于…`` / ``…的决议`` are."""
    (article,) = parse_bytes(RESOLUTION.encode("utf-8"), "jueyi.txt").articles
    assert article.title == "臨江市人民代表大會常務委員會關於批準臨江市2025年市級預算調整方案的決議"


LINKED_PAGE = """\
  * [首頁](http://www.example.com/)
  * [要聞](http://news.example.com/)

您所在的位置： [首頁](http://www.example.com/) > [快訊](http://kx.example.com/)

## 荃灣區議會通過社區設施改善計劃

2025-03-02 10:20來源：社區新聞網作者：陳家明

荃灣區議會昨日通過社區設施改善計劃，將在今年內翻新三個公園和兩個休憩處。

## 爲你推薦

[西九文化區新展館下月開幕](http://news.example.com/1.html)

西九文化區管理局表示新展館將於下月開幕

2025-03-0109:12

[機場第三跑道啓用首月航班量上升](http://news.example.com/2.html)

機管局公布第三跑道啓用首月的航班數據

2025-03-0108:40
"""


def test_a_traditional_pages_related_links_heading_is_not_its_headline() -> None:
    """``## 爲你推薦`` (为你推荐 as OpenCC writes it) heads links to other pages: the page's one
    headline is the ``##`` above it, and the links are set aside with the page."""
    issue = parse_bytes(LINKED_PAGE.encode("utf-8"), "tsuen-wan.md")
    (article,) = issue.articles
    assert article.title == "荃灣區議會通過社區設施改善計劃"
    assert article.byline == [BylineEntry("作者", "陳家明")]
    aside = {line.text: line.reason for line in issue.boilerplate}
    assert aside["爲你推薦"] == "web page links"


EPAPER_PAGE = """\
   B2:社區生活　總第1532期 >2024-09-10編印

   上一版　下一版　PDF下載
     __________________________________________________________________

荃灣舉辦長者健康日活動

   刊發日期:2024-09-10 閱讀次數: 作者: 語音閱讀:

   　　本報訊 (記者 陳家明)
   荃灣區日前舉辦長者健康日活動，為區內三百多名長者免費檢查血壓、血糖和視力。

   　　活動還設有防跌講座，由物理治療師示範簡單的居家運動。

沙田新單車徑下月啓用

   刊發日期:2024-09-10 閱讀次數: 作者: 語音閱讀:

   　　本報訊 沙田區新建的單車徑將於下月啓用，全長約四公里，連接三個屋邨。
"""


def test_a_traditional_epaper_pages_folio_is_no_title() -> None:
    """``B2:社區生活　總第1532期 >2024-09-10編印`` is the page's folio (…总第…期 …编印), not a headline."""
    issue = parse_bytes(EPAPER_PAGE.encode("utf-8"), "b02.txt")
    assert [a.title for a in issue.articles] == ["荃灣舉辦長者健康日活動", "沙田新單車徑下月啓用"]
    assert issue.issue_date == "2024-09-10"
    aside = {line.text: line.reason for line in issue.boilerplate}
    assert aside["B2:社區生活　總第1532期 >2024-09-10編印"] == "page folio"
