"""pypdf's footer in pieces (``第`` / ``1`` / ``頁 共`` / ``2`` / ``頁``) in a traditional-script copy is the
page number as in the simplified one: the join knew only 页, so the pieces stayed apart and the first
item's title became ``第`` (``conversion_probe.py``, ``traditional``, twentyfirst's a04; session 36,
``leftovers22``).  Brief written for the test (an invented county)."""

from reader.importer import parse_text

BRIEF = [
    "第 ", "1", " 頁 共 ", "2", " 頁",
    " 河西政務信息",
    " 2026年第3期",
    " 河西縣人民政府辦公室編 2026年3月2日",
    " 石橋鎮開展春季植樹活動",
    "3月5日，石橋鎮組織幹部群眾在荒山植樹，共栽種樹苗一萬餘株。",
    " 縣人社局舉辦專場招聘會",
    "3月8日，縣人社局在縣城廣場舉辦專場招聘會，提供崗位一千餘個。",
    "第 ", "2", " 頁 共 ", "2", " 頁",
    " 縣交通局推進農村公路建設",
    "今年縣交通局計劃完成農村公路改造120公里，目前已開工項目17個。",
]  # fmt: skip


def test_a_traditional_footer_in_pieces_is_one_page_number():
    issue = parse_text("\n".join(BRIEF), "brief.txt")
    assert issue.articles[0].title == "石橋鎮開展春季植樹活動"
    assert "".join(a.title + a.text for a in issue.articles).count("頁") == 0
    aside = {(item.text, item.reason) for item in issue.boilerplate}
    assert ("第2頁 共2頁", "page number") in aside
    assert "第1頁 共2頁" in {text for text, _ in aside}  # with the masthead it stands over
