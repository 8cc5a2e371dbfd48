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
