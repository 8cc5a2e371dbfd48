# ruff: noqa: PLR0915
"""Build the twentysixth set's files from items.py.

Needs pandoc (2.17), ghostscript's ps2ascii, and reportlab + html2text on the path
(`pip install --target /tmp/tw26pkgs reportlab html2text`; run with PYTHONPATH=/tmp/tw26pkgs).
Run: python3 make/build.py   (writes ../*.txt / ../*.md, and the PDFs and sources under make/tmp/)
"""

import os
import subprocess
import sys

import html2text
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TMP = os.path.join(HERE, "tmp")
sys.path.insert(0, HERE)
import items as it  # noqa: E402


def write(name, text, encoding="utf-8", crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(encoding))


def pandoc(markdown, to, *extra):
    done = subprocess.run(
        ["pandoc", "-f", "markdown", "-t", to, *extra],
        input=markdown.encode(),
        capture_output=True,
        check=True,
    )
    return done.stdout.decode()


def bold_speaker(p):
    """「周建华委员说：…」 → 「**周建华委员**说：…」 (a 简报 sets the speaker in bold)."""
    for cue in ("说：", "建议，", "提出，"):
        head, sep, rest = p.partition(cue)
        if sep and len(head) <= 24 and "，" not in head[:-1] and "。" not in head:
            return f"**{head}**{sep}{rest}"
    return p


# ---------------------------------------------------------------- A: 会议简报
def a_markdown():
    out = [f"**{it.A_NAME}**", "", it.A_ISSUE, "", f"{it.A_OFFICE}　　{it.A_DATE}", "", "------", ""]
    for x in it.A_ITEMS:
        out += [f"# {x['title']}", ""]
        for p in x["paras"]:
            out += [bold_speaker(p), ""]
    out += ["------", "", "发：常委会组成人员，列席会议人员", ""]
    return "\n".join(out)


def a_obsidian():
    out = [
        "---",
        "tags: [人大, 会议简报, 栎川]",
        "created: 2026-11-02",
        "source: 纸质简报",
        "---",
        f"# {it.A_NAME}（{it.A_ISSUE}）",
        "",
        "> [!info] 出处",
        f"> {it.A_OFFICE}　{it.A_DATE}",
        "> 手工录入，标点依原件。",
        "",
    ]
    for x in it.A_ITEMS:
        out += [f"## {x['title']}", ""]
        paras = x["paras"]
        out += [paras[0], ""]
        for p in paras[1:]:
            b = bold_speaker(p)
            out += [f"> {b}" if b != p else p, ""]
    out += ["---", "相关笔记：[[栎川县人大常委会组成人员名单]]　[[2026年代表建议办理台账]]", ""]
    return "\n".join(out)


# ---------------------------------------------------------------- B: 督查通报 合刊
def b_markdown():
    out = [
        f"**{it.B_NAME}**",
        "",
        it.B_ISSUE,
        "",
        f"{it.B_OFFICE}　　{it.B_DATE}",
        "",
        "------",
        "",
        "**目　　录**",
        "",
    ]
    seen = None
    for x in it.B_ITEMS:
        if x["section"] != seen:
            seen = x["section"]
            out += [seen, ""]
        out += [f"{x['title']}……………………{x['page']}", ""]
    seen = None
    for x in it.B_ITEMS:
        if x["section"] != seen:
            seen = x["section"]
            out += [f"## {seen}", ""]
        out += [f"### {x['title']}", ""]
        for p in x["paras"]:
            out += [p, ""]
    out += ["------", ""]
    for line in it.B_DISTRIBUTION:
        out += [line, ""]
    out += [f"{it.B_OFFICE.split('　')[0]}　　　　{it.B_DATE}印发", ""]
    return "\n".join(out)


# ---------------------------------------------------------------- C: 防汛值班日报
def c_markdown():
    out = [f"**{it.C_NAME}**", "", it.C_ISSUE, "", f"{it.C_OFFICE}　　{it.C_DATE}", "", "------", ""]
    for x in it.C_ITEMS:
        out += [f"## {x['title']}", ""]
        for p in x["paras"]:
            out += [p, ""]
        t = x.get("table")
        if t:
            out += [t["caption"], ""]
            out += ["| " + " | ".join(t["head"]) + " |", "|" + "|".join("---" for _ in t["head"]) + "|"]
            out += ["| " + " | ".join(r) + " |" for r in t["rows"]]
            out += [""]
    out += ["------", "", it.C_FOOTER, ""]
    return "\n".join(out)


def html2text_wrapped(markdown, width):
    html = pandoc(markdown, "html")
    h = html2text.HTML2Text()
    h.body_width = width
    return h.handle(html)


# ---------------------------------------------------------------- D: 社区报
def d_author(x):
    if not x["author"]:
        return None
    return f"（{x['author']}）" if x["section"] == "社区动态" else f"□ {x['author']}"


def d_markdown():
    out = [f"**{it.D_NAME}**", "", f"{it.D_ISSUE}　　{it.D_DATE}", "", it.D_OFFICE, "", "**本期目录**", ""]
    seen = None
    for x in it.D_ITEMS:
        if x["section"] != seen:
            seen = x["section"]
            out += [f"「{seen}」", ""]
        out += [f"{x['title']} ………… {x['page']}", ""]
    seen = None
    for x in it.D_ITEMS:
        if x["section"] != seen:
            seen = x["section"]
            out += [f"# {seen}", ""]
        out += [f"## {x['title']}", ""]
        a = d_author(x)
        if a and a.startswith("□"):
            out += [a, ""]
        for p in x["paras"]:
            out += [p, ""]
        if a and not a.startswith("□"):
            out += [a, ""]
    for line in it.D_CLOSING:
        out += [line, ""]
    return "\n".join(out)


def wrap(text, n):
    return [text[i : i + n] for i in range(0, len(text), n)] or [""]


def d_pdf(path):
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(path, pagesize=(595, 842), invariant=1)
    f = "STSong-Light"
    page = [1]

    def folio():
        c.setFont(f, 9)
        c.drawString(60, 806, f"{it.D_NAME}　{it.D_ISSUE}")
        c.drawRightString(535, 806, "社区事　大家议")
        c.line(60, 800, 535, 800)
        c.drawCentredString(297, 40, f"- {page[0]} -")

    # cover: masthead and 目录
    c.setFont(f, 30)
    c.drawCentredString(297, 740, it.D_NAME)
    c.setFont(f, 11)
    c.drawCentredString(297, 712, f"{it.D_ISSUE}　　{it.D_DATE}")
    c.drawCentredString(297, 694, it.D_OFFICE)
    c.line(60, 684, 535, 684)
    c.setFont(f, 14)
    c.drawCentredString(297, 650, "本期目录")
    y = 620
    seen = None
    c.setFont(f, 12)
    for x in it.D_ITEMS:
        if x["section"] != seen:
            seen = x["section"]
            c.drawString(80, y, f"「{seen}」")
            y -= 22
        title = x["title"]
        dots = "·" * max(4, 36 - 2 * len(title))
        c.drawString(100, y, title + dots)
        c.drawRightString(515, y, str(x["page"]))
        y -= 22
    c.drawCentredString(297, 60, f"- {page[0]} -")
    c.showPage()
    page[0] += 1
    seen = None
    y = None
    for x in it.D_ITEMS:
        if y is None or y < 260:
            if y is not None:
                c.showPage()
                page[0] += 1
            folio()
            y = 770
        if x["section"] != seen:
            seen = x["section"]
            c.setFont(f, 16)
            c.drawString(60, y, f"【{seen}】")
            y -= 36
        c.setFont(f, 17)
        c.drawCentredString(297, y, x["title"])
        y -= 30
        a = d_author(x)
        c.setFont(f, 12)
        if a and a.startswith("□"):
            c.drawCentredString(297, y, a)
            y -= 24
        for p in x["paras"]:
            lines = wrap("　　" + p, 36)
            for line in lines:
                c.drawString(78, y, line)
                y -= 19
        if a and not a.startswith("□"):
            c.drawRightString(517, y, a)
            y -= 19
        y -= 24
    c.setFont(f, 10)
    for line in it.D_CLOSING:
        c.drawCentredString(297, y, line)
        y -= 16
    c.showPage()
    c.save()


def main():
    os.makedirs(TMP, exist_ok=True)
    am = a_markdown()
    with open(os.path.join(TMP, "a_source.md"), "w", encoding="utf-8") as fh:
        fh.write(am)
    write("a01_rdhyjb_2_obsidian-note.md", a_obsidian())
    write("a02_rdhyjb_2_pandoc-rst_crlf.txt", pandoc(am, "rst"), crlf=True)
    write("a03_rdhyjb_2_pandoc-org.txt", pandoc(am, "org"))
    bm = b_markdown()
    with open(os.path.join(TMP, "b_source.md"), "w", encoding="utf-8") as fh:
        fh.write(bm)
    write("b01_dctb_3-4_pandoc-asciidoc_utf8bom.txt", "\ufeff" + pandoc(bm, "asciidoc"))
    write("b02_dctb_3-4_html2text-bw40_gb18030.txt", html2text_wrapped(bm, 40), encoding="gb18030")
    cm = c_markdown()
    with open(os.path.join(TMP, "c_source.md"), "w", encoding="utf-8") as fh:
        fh.write(cm)
    write("c01_fxzbrb_87_pandoc-org_crlf.txt", pandoc(cm, "org"), crlf=True)
    write("c02_fxzbrb_87_html2text-bw40.txt", html2text_wrapped(cm, 40))
    dm = d_markdown()
    with open(os.path.join(TMP, "d_source.md"), "w", encoding="utf-8") as fh:
        fh.write(dm)
    write("d01_flsqb_4_pandoc-rst.txt", pandoc(dm, "rst"))
    pdf = os.path.join(TMP, "flsqb_4.pdf")
    d_pdf(pdf)
    text = subprocess.run(["ps2ascii", pdf], capture_output=True, check=True).stdout.decode()
    write("d02_flsqb_4_pdf_ps2ascii.txt", text)


if __name__ == "__main__":
    main()
