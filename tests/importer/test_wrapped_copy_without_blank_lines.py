"""A bulletin cut at a width (a PDF's or a text browser's lines) with every blank line dropped: an item's
title is a heading short of the width after a finished paragraph, over a lead that reaches the width
and picks up the title's words.  A story's sub-head over a paragraph going on (``此外…``) stays in it.

The text is written for this test (a made-up district's newsletter, traditional script, cut at 30
characters); the expected values are read off the text.
"""

from __future__ import annotations

from reader.importer import parse_bytes

NEWSLETTER = """\
社區通訊
第12期
2025年3月8日
北區舉辦春季植樹日活動
北區民政事務處今日在粉嶺公園舉辦春季植樹日活動，區內三百多名
居民和學生參加，共種下樹苗五百餘株。活動還設有環保攤位，介紹
廢物回收和減少使用膠袋的方法。
荃灣區議會與社福機構合作推出長者陪診服務
下月起接受登記
為支援獨居長者，荃灣區議會與三間社福機構合作推出長者陪診服務
，由受訓義工陪同長者往返診所及醫院覆診，服務將於下月起接受登
記，有需要的長者及家人可於辦公時間致電區議會辦事處查詢詳情。
沙田新單車徑周六起開放
沙田區新建的單車徑周六起開放，全長約四公里，連接三個屋邨和城
門河畔，沿途設有休息處和單車停泊位，區議會希望居民多以單車代
步。
沿線巴士站位稍作調整
此外，運輸署表示單車徑開放後，附近多條巴士路線的站位將稍作調
整，詳情可參閱車站告示。
"""


def test_titles_cut_at_the_width_with_no_blank_lines_start_items() -> None:
    """The second title takes two lines; the third follows a paragraph whose last line fills the width
    (its lead restates it); the sub-head over ``此外…`` stays in the third item."""
    issue = parse_bytes(NEWSLETTER.encode("utf-8"), "sqtx12.txt")
    assert [a.title for a in issue.articles] == [
        "北區舉辦春季植樹日活動",
        "荃灣區議會與社福機構合作推出長者陪診服務下月起接受登記",
        "沙田新單車徑周六起開放",
    ]
    assert issue.issue_date == "2025-03-08"
    assert "沿線巴士站位稍作調整" in "".join(block.text for block in issue.articles[2].blocks)


COUNTED_ITEMS = """\
東湖鎮政務信息　2025年第4期
東湖鎮黨政辦公室　編　2025年10月8日
〖工作動態〗
一、東湖鎮召開秋季防火工作會議
　　東湖鎮昨日召開秋季防火工作會議，各村負責人和護林員參加。
會議通報了去年以來的山林火情，部署了入秋後的巡查和值守。
二、東湖鎮開展食品安全專項檢查
　　本月上旬，東湖鎮市場監管所對轄區內學校食堂、餐館和小食店
開展專項檢查，共檢查經營戶四十二家，責令整改六家，並對從業人
員進行培訓和考核，重點查看食材進貨臺賬和餐具消毒記錄等工作
三、西嶺村完成飲水工程改造
　　西嶺村飲水工程改造日前完工，新鋪設管道三千餘米，全村三百
多戶村民用上了穩定的自來水。
〖公告〗
四、東湖鎮招聘社區工作人員公告
　　因工作需要，東湖鎮面向社會公開招聘社區工作人員，有關事項
公告如下。
一、招聘名額：社區工作人員三名。
二、報名條件：
年齡在三十五周歲以下，具有大專以上學歷。
"""


def test_an_issues_count_of_items_starts_each_item_wherever_the_line_above_broke_off() -> None:
    """一、 二、 三、 四、 through the issue under 〖…〗 labels: each starts an item, also after a full
    line that broke off mid-sentence (二、 → 三、); the last item's own parts, counted again (一、 二、),
    stay in it."""
    issue = parse_bytes(COUNTED_ITEMS.encode("utf-8"), "dhzwxx4.txt")
    assert [(a.section, a.title) for a in issue.articles] == [
        ("工作動態", "東湖鎮召開秋季防火工作會議"),
        ("工作動態", "東湖鎮開展食品安全專項檢查"),
        ("工作動態", "西嶺村完成飲水工程改造"),
        ("公告", "東湖鎮招聘社區工作人員公告"),
    ]
    assert "二、報名條件：" in [block.text for block in issue.articles[3].blocks]


PAGES_WITH_FOLIOS = """\
新聞摘錄
第2版
2025年6月7日
星期六
巴士新路線下周一開辦
運輸署宣布，新巴士路線下周一開辦，來往將軍澳和中環，
繁忙時間每十五分鐘一班。
運輸署表示，將因應乘客量調整
班次。
新聞摘錄
第3版
2025年6月7日
星期六
圖書館延長開放時間
康文署宣布，全港主要圖書館由下月起延長開放時間至晚上九時，
方便上班族借還書籍。
"""


def test_a_paragraphs_last_line_over_the_next_pages_folio_stays_in_the_text() -> None:
    """``班次。`` over ``新聞摘錄`` / ``第3版`` / ``2025年6月7日`` / ``星期六`` with no blank line between:
    a line ending a sentence is the paragraph's end, never the folio's first part."""
    issue = parse_bytes(PAGES_WITH_FOLIOS.encode("utf-8"), "xwzl.txt")
    assert "班次。" in [block.text for block in issue.articles[0].blocks]
    folio = [line.text for line in issue.boilerplate if line.reason == "page folio"]
    assert folio == [
        *("新聞摘錄", "第2版", "2025年6月7日", "星期六"),
        *("新聞摘錄", "第3版", "2025年6月7日", "星期六"),
    ]
