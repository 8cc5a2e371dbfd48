"""Two issues written for the tests: a Hong Kong release in traditional characters and a mainland
report in simplified ones, both naming the same official (林鄭月娥 three times, 林郑月娥 once)."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from reader import ingest
from reader.entities.pipeline import annotate_saved

HONG_KONG = """政府新聞公報
2021年5月3日

行政長官出席青年論壇

行政長官林鄭月娥今日出席青年論壇並致辭。林鄭月娥表示，特區政府會繼續支持青年發展。

行政長官會見訪港團

行政長官林鄭月娥今日在禮賓府會見訪港團，介紹香港最新情況。
"""

MAINLAND = """港澳动态
2021年5月10日

香港特区行政长官会见内地企业家

香港特区行政长官林郑月娥10日会见内地企业家代表，介绍香港经济情况。
"""


def two_scripts_library(db: Database, tmp_path: Path) -> None:
    (tmp_path / "hk.txt").write_text(HONG_KONG, encoding="utf-8")
    (tmp_path / "cn.txt").write_text(MAINLAND, encoding="utf-8")
    ingest.import_paths(db, [tmp_path / "hk.txt", tmp_path / "cn.txt"], after_save=annotate_saved)
