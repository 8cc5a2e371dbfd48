#!/usr/bin/env python3
"""Rebuild the samesources set from the stored copies in build/src and build/apple.

src/*.md, src/*.csv, src/apple_A3400.raw are the repositories' texts as read (CSV: the whole stored file;
the set takes its ``full_text`` cell). apple/*_parts.txt hold the HTML elements of the stored .htm pages
(entity-encoded as stored), one element per line: kind TAB html.
"""

import csv
import html
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = os.path.dirname(HERE)


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8", newline="") as f:
        return f.read()


def cell(name):
    rows = list(csv.DictReader(io.StringIO(read(name), newline="")))
    assert len(rows) == 1
    return rows[0]["full_text"]


def apple(name):
    """h1, h2, date, captions where the figures stand, intro and paragraphs split at <br>, sub-heads."""
    lines = []
    with open(os.path.join(HERE, "apple", name), encoding="utf-8") as f:
        for row in f:
            _kind, value = row.rstrip("\n").split("\t", 1)
            text = html.unescape(value)
            for part in text.split("<br>"):
                part = part.strip()
                if part:
                    lines.append(part)
    return lines


def write(name, text, encoding="utf-8", crlf=False, bom=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    if encoding == "utf-16le":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        data = text.encode(encoding)
        if bom:
            data = b"\xef\xbb\xbf" + data
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def main():
    write("s01_xwlb_20221020_md.txt", read("xwlb_20221020.md"))
    write("s02_xwlb_20230916_md_utf16le_crlf.txt", read("xwlb_20230916.md"), "utf-16le", crlf=True)
    write("s03_xwlb_20240323_md_gb18030_crlf.txt", read("xwlb_20240323.md"), "gb18030", crlf=True)
    write("s04_xwlb_20241009_md.txt", read("xwlb_20241009.md"))
    write("s05_xwlb_20251115_md_utf8bom.txt", read("xwlb_20251115.md"), bom=True)
    write("s06_xwlb_20260312_md.txt", read("xwlb_20260312.md"))
    write("s07_gwr_jilin_2026_webpage.txt", cell("gwr_jilin.csv"))
    write("s08_gwr_henan_2026_webpage_gb18030_crlf.txt", cell("gwr_henan.csv"), "gb18030", crlf=True)
    write(
        "s09_gwr_ningxia_2026_govsite_webpage_utf8bom_crlf.txt", cell("gwr_ningxia.csv"), bom=True, crlf=True
    )
    write("s10_gwr_tianjin_2026_webpage_utf16le.txt", cell("gwr_tianjin.csv"), "utf-16le")
    write("s11_rmrb_20260101_ban04_markdown_ad.txt", read("pdm_20260101_04_ad.md"))
    write("s12_rmrb_20260102_ban01_markdown_brief_gb18030.txt", read("pdm_20260102_01_brief.md"), "gb18030")
    write("s13_rmrb_20260105_ban13_markdown_culture_crlf.txt", read("pdm_20260105_13_culture.md"), crlf=True)
    write(
        "s14_rmrb_20250205_ban05_markdown_comment_utf8bom.txt", read("pdm_20250205_05_comment.md"), bom=True
    )
    write("s15_rmrb_20260108_ban20_markdown_fukan.txt", read("pdm_20260108_20_fukan.md"))
    write(
        "s16_rmrb_20250220_ban09_markdown_theory_utf16le_crlf.txt",
        read("pdm_20250220_09_theory.md"),
        "utf-16le",
        crlf=True,
    )
    write("s17_rmrb_20260108_ban19_markdown_law.txt", read("pdm_20260108_19_law.md"))
    write(
        "s18_rmrb_20260108_ban07_markdown_xinhua_gb18030_crlf.txt",
        read("pdm_20260108_07_xinhua.md"),
        "gb18030",
        crlf=True,
    )
    write("s19_rmrb_20250220_ban13_markdown_qa.txt", read("pdm_20250220_13_qa.md"))
    write("s20_appledaily_tw_A3400_untouched.txt", read("apple_A3400.raw"))
    # A3051 as d30 lays out an article: a blank line between blocks; Big5 (cp950) + CRLF
    write(
        "s21_appledaily_tw_A3051_article_big5_crlf.txt",
        "\n\n".join(apple("A3051_parts.txt")) + "\n",
        "cp950",
        crlf=True,
    )
    # A3090 as d31: one line per block, UTF-8 LF
    write("s22_appledaily_tw_A3090_article_utf8.txt", "\n".join(apple("A3090_parts.txt")) + "\n")


if __name__ == "__main__":
    main()
