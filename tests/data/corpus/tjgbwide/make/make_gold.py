"""Write tjgbwide's GOLD.json from values written by reading the files (``../SOURCES.md``, "Gold"), and
check that each title's characters and each ``first_chars`` occur in their file (white space ignored).

    python tests/data/corpus/tjgbwide/make/make_gold.py
"""

from __future__ import annotations

import json
import re

from build import FILES, SET, source

TITLE = "政府工作报告"
ROWS = {  # year: (subtitle as printed, speaker's name, issue date, first 20 characters of the text)
    "2012": ("----2012年2月29日在海拉尔区第十三届人民代表大会第六次会议上", "张天喜", "2012-02-29",
             "各位代表：现在，我代表区政府向大会作工作"),
    "2013": ("----2013年2月28日在海拉尔区第十四届人民代表大会第二次会议上", "杜联合", "2013-02-28",
             "各位代表：现在，我代表区政府向大会作工作"),
    "2014": ("--2014年2月19日在海拉尔区第十四届人民代表大会第三次会议上", "杜联合", "2014-02-19",
             "各位代表：现在，我代表海拉尔区人民政府向"),
    "2015": ("--2015年2月5日在海拉尔区第十四届人民代表大会第四次会议上", "杜联合", "2015-02-05",
             "各位代表：现在，我代表海拉尔区人民政府向"),
    "2018": ("—2018年3月7日在海拉尔区第十五届人民代表大会第二次会议上", "杨国宏", "2018-03-07",
             "各位代表：现在，我代表海拉尔区人民政府向"),
    "2019": ("——2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上", "萨国文", "2019-03-04",
             "各位代表：现在，我代表区人民政府向大会报"),
}  # fmt: skip


def _flat(text: str) -> str:
    return re.sub(r"\s", "", text)


def main() -> None:
    gold = {}
    for name, year, _, _ in FILES:
        subtitle, speaker, day, first = ROWS[year]
        flat = _flat(source(year))
        for piece in (TITLE, subtitle, speaker, first):
            assert _flat(piece) in flat, (name, piece)
        gold[name] = {
            "issue_date": day,
            "publication": None,
            "articles": [
                {
                    "title": TITLE,
                    "kicker": None,
                    "subtitle": subtitle,
                    "section": None,
                    "byline": [speaker],
                    "first_chars": first,
                }
            ],
        }
    (SET / "GOLD.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(gold), "files")


if __name__ == "__main__":
    main()
