#!/usr/bin/env python3
"""Rebuild the applewide set from the stored copies in build/src and build/apple.

src/apple_*.raw are done_case .txt files as read (untouched texts).  src/txt_*.raw are the done_case .txt
files of the cases whose .htm page is extracted: the page's intro, paragraphs and sub-heads carry the same
text, split at <br> the way the .txt splits its lines.  apple/*_parts.txt hold the page's elements in order,
one a line (kind TAB html, entity-encoded as stored); `@N` stands for line N of the case's .txt, and the
build checks that every line of the .txt is used once, in order.
"""

import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = os.path.dirname(HERE)
BR = re.compile(r"<br>", re.IGNORECASE)
REF = re.compile(r"@(\d+)")


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8", newline="") as f:
        return f.read()


def apple(case):
    """h1, h2, date, captions where the figures stand, intro and paragraphs split at <br>, sub-heads."""
    txt_path = os.path.join(SRC, f"txt_{case}.raw")
    txt = read(f"txt_{case}.raw").split("\n") if os.path.exists(txt_path) else []
    used = []

    def line(m):
        used.append(int(m.group(1)))
        return html.escape(txt[int(m.group(1))], quote=False)

    lines = []
    with open(os.path.join(HERE, "apple", f"{case}_parts.txt"), encoding="utf-8") as f:
        for row in f:
            _kind, value = row.rstrip("\n").split("\t", 1)
            text = html.unescape(REF.sub(line, value))
            for part in BR.split(text):
                part = part.strip()
                if part:
                    lines.append(part)
    assert used == list(range(len(txt))), (case, used)
    return lines


def write(name, text, encoding="utf-8", crlf=False, bom=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    if encoding == "utf-16le":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        data = text.encode(encoding)  # strict: a character the codec lacks stops the build
        if bom:
            data = b"\xef\xbb\xbf" + data
    assert data.decode("utf-16" if encoding == "utf-16le" else encoding).lstrip("\ufeff") == text
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def one_line_per_block(case):
    """d31 / d34: one line per block."""
    return "\n".join(apple(case)) + "\n"


def blank_between_blocks(cases):
    """d30: a blank line between blocks, two between articles."""
    return "\n\n\n".join("\n\n".join(apple(c)) for c in cases) + "\n"


def main():
    write("a01_appledaily_tw_A2999_untouched.txt", read("apple_A2999.raw"))
    write("a02_appledaily_tw_A3030_untouched.txt", read("apple_A3030.raw"))
    write("a03_appledaily_tw_A3160_untouched_big5_crlf.txt", read("apple_A3160.raw"), "cp950", crlf=True)
    write("a04_appledaily_tw_A3350_untouched_utf16le.txt", read("apple_A3350.raw"), "utf-16le")
    write("a05_appledaily_tw_A3560_untouched_gb18030_crlf.txt", read("apple_A3560.raw"), "gb18030", crlf=True)
    # three .txt files one after another, two blank lines between them (as d30 puts its articles)
    texts = [read(f"apple_{c}.raw") for c in ("A3110", "A3280", "A3470")]
    write(
        "a06_appledaily_tw_A3110-A3470_txt_assembled_utf8bom_crlf.txt",
        "\n\n\n".join(texts) + "\n",
        bom=True,
        crlf=True,
    )
    write("a07_appledaily_tw_A3005_article_big5_crlf.txt", one_line_per_block("A3005"), "cp950", crlf=True)
    write(
        "a08_appledaily_tw_A3240_article_gb18030_crlf.txt", one_line_per_block("A3240"), "gb18030", crlf=True
    )
    write("a09_appledaily_tw_A3200_article_utf8bom.txt", one_line_per_block("A3200"), bom=True)
    write(
        "a10_appledaily_tw_A3320_article_big5_crlf.txt", blank_between_blocks(["A3320"]), "cp950", crlf=True
    )
    write(
        "a11_appledaily_tw_A3900_article_utf16le_crlf.txt", one_line_per_block("A3900"), "utf-16le", crlf=True
    )
    write("a13_appledaily_tw_A3800_article_utf8.txt", one_line_per_block("A3800"))
    write(
        "a12_appledaily_tw_A3060-A3520_assembled_gb18030_crlf.txt",
        blank_between_blocks(["A3060", "A3420", "A3520"]),
        "gb18030",
        crlf=True,
    )


if __name__ == "__main__":
    main()
