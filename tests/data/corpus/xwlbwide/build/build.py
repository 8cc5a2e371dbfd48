#!/usr/bin/env python3
"""Rebuild the xwlbwide set from the stored copies in build/src and build/apple.

src/*.md and src/apple_*.raw are the repositories' texts as read. apple/*_parts.txt hold the HTML elements
of the stored .htm pages (entity-encoded as stored), one element per line: kind TAB html.
"""

import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = os.path.dirname(HERE)
BR = re.compile(r"<br>", re.IGNORECASE)


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8", newline="") as f:
        return f.read()


def apple(name):
    """h1, h2, date, captions where the figures stand, intro and paragraphs split at <br>, sub-heads."""
    lines = []
    with open(os.path.join(HERE, "apple", name), encoding="utf-8") as f:
        for row in f:
            _kind, value = row.rstrip("\n").split("\t", 1)
            text = html.unescape(value)
            for part in BR.split(text):
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
    write("x01_xwlb_20220925_md.txt", read("xwlb_20220925.md"))
    write("x02_xwlb_20221001_md_gb18030_crlf.txt", read("xwlb_20221001.md"), "gb18030", crlf=True)
    write("x03_xwlb_20221231_md_utf8bom.txt", read("xwlb_20221231.md"), bom=True)
    write("x04_xwlb_20230122_md_utf16le_crlf.txt", read("xwlb_20230122.md"), "utf-16le", crlf=True)
    write("x05_xwlb_20231001_md.txt", read("xwlb_20231001.md"))
    write("x06_xwlb_20240101_md_gb18030.txt", read("xwlb_20240101.md"), "gb18030")
    write("x07_xwlb_20240210_md.txt", read("xwlb_20240210.md"))
    write("x08_xwlb_20250129_md_utf8bom_crlf.txt", read("xwlb_20250129.md"), bom=True, crlf=True)
    write("x09_xwlb_20250903_md.txt", read("xwlb_20250903.md"))
    write("x10_xwlb_20260217_md_utf16le.txt", read("xwlb_20260217.md"), "utf-16le")
    write("x11_rmrb_20260106_ban08_markdown_visual.txt", read("pdm_20260106_08_visual.md"))
    write(
        "x12_rmrb_20260106_ban13_markdown_society_gb18030_crlf.txt",
        read("pdm_20260106_13_society.md"),
        "gb18030",
        crlf=True,
    )
    write("x13_rmrb_20260106_ban14_markdown_ecology_utf8bom.txt", read("pdm_20260106_14_ecology.md"), bom=True)
    write("x14_rmrb_20260106_ban16_markdown_humanities_crlf.txt", read("pdm_20260106_16_humanities.md"), crlf=True)
    write("x15_rmrb_20260106_ban19_markdown_partybuilding.txt", read("pdm_20260106_19_partybuilding.md"))
    write(
        "x16_rmrb_20260109_ban18_markdown_countryside_utf16le_crlf.txt",
        read("pdm_20260109_18_countryside.md"),
        "utf-16le",
        crlf=True,
    )
    write("x17_rmrb_20260109_ban19_markdown_health_gb18030.txt", read("pdm_20260109_19_health.md"), "gb18030")
    write("x18_rmrb_20250221_ban07_markdown_news.txt", read("pdm_20250221_07_news.md"))
    write("x19_appledaily_tw_A3020_untouched.txt", read("apple_A3020.raw"))
    write("x20_appledaily_tw_A3250_untouched_utf8bom.txt", read("apple_A3250.raw"), bom=True)
    # A3550 as d30 lays out an article: a blank line between blocks; Big5 (cp950) + CRLF
    write(
        "x21_appledaily_tw_A3550_article_big5_crlf.txt",
        "\n\n".join(apple("A3550_parts.txt")) + "\n",
        "cp950",
        crlf=True,
    )
    # A3450 as d31: one line per block, UTF-8 LF
    write("x22_appledaily_tw_A3450_article_utf8.txt", "\n".join(apple("A3450_parts.txt")) + "\n")


if __name__ == "__main__":
    main()
