# ruff: noqa: E501
"""Render the twentieth set's files from make/items.py (run: python3 make/build.py).

a0*: 汀溪政务信息 2026年第7期 as an RTF file saved under a .txt name: WordPad's RTF (ansicpg936, every Chinese
     character as GBK bytes in \\'xx escapes), an RTF writer's \\uN? escapes (signed 16-bit, past U+7FFF
     negative, as the RTF spec has it), and the text with U+2029 between paragraphs and U+2028 inside the masthead;
b0*: 汀溪报 2026年4月8日 as an e-paper site's text version (第01版：要闻 … lines between the pages, 本报讯（记者 …）
     openings, a lead story jumping to page 2 with （下转第2版）/（上接第1版）): UTF-8 LF; classic Mac CR-only in
     GB18030; UTF-16BE with its byte-order mark, CRLF (without the mark the
     shared scorer, which knows BOMs, UTF-8, GB18030 and CP950, cannot read the file);
c0*: 汀溪县2026年一季度重点工作进展情况, numbered at three levels (一、 / （一） / 1.): Word's plain-text save of
     auto-numbered lists (number, tab, text; GB18030, CRLF); a Markdown note export with YAML front matter
     (# 一、…, ## （一）…, 1. lists); a OneNote page copied as text (page title, date and time lines, the levels
     as tab indents).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from items import (  # noqa: E402
    BRIEF_DATE,
    BRIEF_ITEMS,
    BRIEF_NAME,
    BRIEF_NO,
    BRIEF_OFFICE,
    PAGES,
    PAPER,
    PAPER_DATE,
    PAPER_NO,
    PAPER_WEEKDAY,
    REPORT,
    REPORT_DATE,
    REPORT_INTRO,
    REPORT_OFFICE,
    REPORT_TITLE,
)

IDS = "　"
CN_NUM = "一二三四五六七八九十"


def write(name, text, encoding="utf-8", newline="\n"):
    text = text.replace("\n", newline)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(encoding))


# ---------------------------------------------------------------- a: the 简报 as RTF
def rtf_ascii(ch):
    return "\\" + ch if ch in "\\{}" else ch


def rtf_gbk(text):
    """WordPad (RichEdit) under code page 936: each GBK byte as \\'xx."""
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append(rtf_ascii(ch))
        else:
            out.append("".join(f"\\'{b:02x}" for b in ch.encode("gbk")))
    return "".join(out)


def rtf_unicode(text):
    """\\uN? escapes, N a signed 16-bit number, ? the one-byte fallback (\\uc1)."""
    out = []
    for ch in text:
        n = ord(ch)
        if n < 128:
            out.append(rtf_ascii(ch))
        else:
            out.append(f"\\u{n - 65536 if n > 32767 else n}?")
    return "".join(out)


def brief_blocks():
    """(kind, text) for the 简报: masthead lines, titles, paragraphs, sign-offs."""
    out = [("mast", BRIEF_NAME), ("no", BRIEF_NO), ("office", f"{BRIEF_OFFICE}{IDS * 4}{BRIEF_DATE}")]
    for it in BRIEF_ITEMS:
        out.append(("title", it["title"]))
        out += [("para", p) for p in it["paras"]]
        if it["sign"]:
            out.append(("sign", it["sign"]))
    return out


def wordpad_rtf():
    head = [
        "{\\rtf1\\ansi\\ansicpg936\\deff0\\nouicompat\\deflang1033\\deflangfe2052{\\fonttbl{\\f0\\fnil\\fcharset134 "
        + rtf_gbk("宋体")
        + ";}{\\f1\\fnil\\fcharset134 "
        + rtf_gbk("黑体")
        + ";}}",
        "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 ",
    ]
    body = []
    for kind, text in brief_blocks():
        if kind == "mast":
            body.append(
                "\\pard\\sa200\\sl276\\slmult1\\qc\\f1\\fs52\\lang2052 " + rtf_gbk(text) + "\\f0\\fs24\\par"
            )
        elif kind in ("no", "office"):
            body.append("\\pard\\sa200\\sl276\\slmult1\\qc " + rtf_gbk(text) + "\\par")
        elif kind == "title":
            body.append("\\pard\\sa200\\sl276\\slmult1\\qc\\b\\fs32 " + rtf_gbk(text) + "\\b0\\fs24\\par")
        elif kind == "para":
            body.append("\\pard\\sa200\\sl276\\slmult1\\fi480 " + rtf_gbk(text) + "\\par")
        else:
            body.append("\\pard\\sa200\\sl276\\slmult1\\qr " + rtf_gbk(text) + "\\par")
    return "\r\n".join(head + body) + "\r\n}\r\n\x00"


def unicode_rtf():
    head = [
        "{\\rtf1\\ansi\\deff0\\uc1{\\fonttbl{\\f0\\froman\\fprq2\\fcharset0 Times New Roman;}{\\f1\\fnil\\fprq2\\fcharset134 "
        + rtf_unicode("宋体")
        + ";}}",
        "{\\colortbl;\\red0\\green0\\blue0;}",
        "{\\info{\\title "
        + rtf_unicode(BRIEF_NAME + BRIEF_NO)
        + "}{\\author "
        + rtf_unicode("县政府办公室")
        + "}}",
        "\\paperw11906\\paperh16838\\margl1800\\margr1800\\margt1440\\margb1440",
    ]
    body = []
    for kind, text in brief_blocks():
        style = {
            "mast": "\\qc\\b\\fs44",
            "no": "\\qc",
            "office": "\\qc",
            "title": "\\qc\\b\\fs32",
            "para": "\\qj\\fi640",
            "sign": "\\qr",
        }[kind]
        body.append("{\\pard\\plain\\f1\\fs28" + style + " " + rtf_unicode(text) + "\\par}")
    return "\n".join(head + body) + "\n}\n"


def separators_text():
    ls, ps = "\u2028", "\u2029"
    paras = [ls.join([BRIEF_NAME, BRIEF_NO, f"{BRIEF_OFFICE}{IDS * 4}{BRIEF_DATE}"])]
    for kind, text in brief_blocks()[3:]:
        paras.append(IDS * 2 + text if kind == "para" else text)
    return ps.join(paras) + "\n"


# ---------------------------------------------------------------- b: the e-paper's text version
def paper_text():
    out = [PAPER, f"{PAPER_DATE}{IDS}{PAPER_WEEKDAY}{IDS}{PAPER_NO}", ""]
    jumps = []
    for page in PAGES:
        out += [f"第{page['no']}版：{page['name']}", ""]
        for _title, paras in jumps:
            out += ["（上接第1版）", *[IDS * 2 + p for p in paras], ""]
        jumps = []
        for art in page["articles"]:
            out.append(art["title"])
            if art["subtitle"]:
                out.append(art["subtitle"])
            first, *rest = art["paras"]
            out.append(IDS * 2 + art["lead"] + first)
            out += [IDS * 2 + p for p in rest]
            if art["jump_paras"]:
                out.append(IDS * 2 + "（下转第2版）")
                jumps.append((art["title"], art["jump_paras"]))
            out.append("")
    out += ["汀溪报社出版　地址：汀溪县城关镇文昌路18号　邮政编码：334500", "本报数字版由汀溪融媒体中心制作"]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- c: the report numbered at three levels
def word_list_txt():
    out = [REPORT_TITLE, REPORT_OFFICE, REPORT_DATE, "", IDS * 2 + REPORT_INTRO]
    for i, sec in enumerate(REPORT):
        out.append(f"{CN_NUM[i]}、\t{sec['head']}")
        for j, it in enumerate(sec["items"]):
            out.append(f"（{CN_NUM[j]}）\t{it['title']}")
            out += [IDS * 2 + p for p in it["paras"]]
            out += [f"{k}.\t{p}" for k, p in enumerate(it["points"], start=1)]
    return "\n".join(out) + "\n"


def markdown_note():
    out = [
        "---",
        f"title: {REPORT_TITLE}",
        "created: 2026-04-15 09:12",
        "updated: 2026-04-15 10:40",
        "tags:",
        "  - 工作动态",
        "  - 一季度",
        f"source: {REPORT_OFFICE}",
        "---",
        "",
        f"# {REPORT_TITLE}",
        "",
        f"{REPORT_OFFICE}　{REPORT_DATE}",
        "",
        REPORT_INTRO,
        "",
    ]
    for i, sec in enumerate(REPORT):
        out += [f"## {CN_NUM[i]}、{sec['head']}", ""]
        for j, it in enumerate(sec["items"]):
            out += [f"### （{CN_NUM[j]}）{it['title']}", ""]
            for p in it["paras"]:
                out += [p, ""]
            if it["points"]:
                out += [f"{k}. {p}" for k, p in enumerate(it["points"], start=1)] + [""]
    return "\n".join(out)


def onenote_copy():
    out = [REPORT_TITLE, "2026年4月15日", "10:32", "", REPORT_OFFICE, REPORT_DATE, "", REPORT_INTRO, ""]
    for i, sec in enumerate(REPORT):
        out.append(f"{CN_NUM[i]}、{sec['head']}")
        for j, it in enumerate(sec["items"]):
            out.append(f"\t（{CN_NUM[j]}）{it['title']}")
            out += [f"\t\t{p}" for p in it["paras"]]
            out += [f"\t\t{k}. {p}" for k, p in enumerate(it["points"], start=1)]
        out.append("")
    return "\n".join(out)


FILES = {
    "a01_txzwxx_7_wordpad-rtf_ansicpg936.txt": (wordpad_rtf, "ascii", "\n"),
    "a02_txzwxx_7_rtf_unicode-escapes.txt": (unicode_rtf, "ascii", "\n"),
    "a03_txzwxx_7_u2028-u2029-separators.txt": (separators_text, "utf-8", "\n"),
    "b01_txb_20260408_epaper-text_utf8.txt": (paper_text, "utf-8", "\n"),
    "b02_txb_20260408_epaper-text_mac-cr_gb18030.txt": (paper_text, "gb18030", "\r"),
    "b03_txb_20260408_epaper-text_utf16be-bom_crlf.txt": (
        lambda: "\ufeff" + paper_text(),
        "utf-16-be",
        "\r\n",
    ),
    "c01_txzdgz_2026q1_word-txt_list-tabs_gb18030_crlf.txt": (word_list_txt, "gb18030", "\r\n"),
    "c02_txzdgz_2026q1_markdown-yaml.txt": (markdown_note, "utf-8", "\n"),
    "c03_txzdgz_2026q1_onenote-copy_tabs.txt": (onenote_copy, "utf-8", "\n"),
}

if __name__ == "__main__":
    for name, (fn, enc, nl) in FILES.items():
        write(name, fn(), enc, nl)
    print(f"{len(FILES)} files")
