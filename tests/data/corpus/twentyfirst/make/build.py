# ruff: noqa: E501
"""Render every file of the twentyfirst set from items.py through real tools.

A: typeset by reportlab (two columns, DroidSansFallbackFull embedded, running header, 「第 N 页 共 M 页」 footer),
   then extracted by `pdftotext -raw` (poppler), PyMuPDF `page.get_text("blocks")`, pdfminer.six with odd
   LAParams, and pypdf `extract_text()`.
B: a 公众号 article page (HTML written here) saved as MHTML by the `email` package the way Chrome saves one
   (multipart/related, quoted-printable UTF-8 HTML, a base64 picture, a CSS part) and the way old IE saved .mht
   (charset gb18030, Content-Location), and the phone's copy of the same article as text.
C: a Word plain-text save (one line a paragraph, tables as tabs, GB18030, CRLF) and a print to text at 38
   columns (lines cut mid-word, tables as pipes, 「第 N 页 共 M 页」 every 30 lines).
Run with a Python that has reportlab, pymupdf, pdfminer.six, pypdf:  python make/build.py
"""

import base64
import email.encoders
import email.generator
import email.policy
import html
import io
import os
import quopri
import subprocess
import sys
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import items as it

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TMP = os.path.join(HERE, "tmp")
FONT = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
_CMAP = {}


def runs(text):
    """The text cut into (font, run): characters the CJK font has no glyph for (digits, %, “”) set in DejaVu Serif,
    as a word processor's font fallback does — so the PDF holds two fonts, as real ones do."""
    out = []
    for ch in text:
        font = "Droid" if ord(ch) in _CMAP or ch in " \u3000" else "Latin"
        if out and out[-1][0] == font:
            out[-1][1] += ch
        else:
            out.append([font, ch])
    return out


def mixed(text):
    return "".join(run if font == "Droid" else f'<font name="Latin">{run}</font>' for font, run in runs(text))


def draw(canvas, x, y, text, size, centre=False):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = sum(stringWidth(run, font, size) for font, run in runs(text))
    x = x - width / 2 if centre else x
    for font, run in runs(text):
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, font, size)


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


# ------------------------------------------------------------------ A
def a_story(styles):
    from reportlab.platypus import FrameBreak, Paragraph, Spacer

    s = [
        Paragraph(mixed(it.A_NAME), styles["mast"]),
        Paragraph(mixed(it.A_NUMBER), styles["centre"]),
        Paragraph(mixed(f"{it.A_OFFICE}　　　　　　　　{it.A_DATE}"), styles["centre"]),
        Spacer(1, 6),
        Paragraph(mixed(it.A_NOTE), styles["note"]),
        FrameBreak(),
    ]
    for title, paras, sign in it.A_ITEMS:
        s.append(Paragraph(mixed(title), styles["title"]))
        s += [Paragraph(mixed(p), styles["body"]) for p in paras]
        if sign:
            s.append(Paragraph(mixed(sign), styles["sign"]))
        s.append(Spacer(1, 8))
    s += [Spacer(1, 10)] + [Paragraph(mixed(line), styles["tail"]) for line in it.A_TAIL]
    return s


def a_pdf(path, total):
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate

    droid = TTFont("Droid", FONT)
    pdfmetrics.registerFont(droid)
    pdfmetrics.registerFont(TTFont("Latin", LATIN))
    _CMAP.update(droid.face.charToGlyph)
    base = dict(fontName="Droid", wordWrap="CJK")
    styles = {
        "mast": ParagraphStyle("mast", fontSize=30, leading=40, alignment=TA_CENTER, **base),
        "centre": ParagraphStyle("centre", fontSize=11, leading=16, alignment=TA_CENTER, **base),
        "note": ParagraphStyle("note", fontSize=12, leading=20, firstLineIndent=24, **base),
        "title": ParagraphStyle(
            "title", fontSize=15, leading=22, alignment=TA_CENTER, spaceBefore=4, spaceAfter=4, **base
        ),
        "body": ParagraphStyle("body", fontSize=12.5, leading=22, firstLineIndent=25, **base),
        "sign": ParagraphStyle("sign", fontSize=12, leading=20, alignment=TA_RIGHT, **base),
        "tail": ParagraphStyle("tail", fontSize=10, leading=15, **base),
    }
    w, h = A4
    m, gap = 56, 18
    col = (w - 2 * m - gap) / 2
    top_h = 170

    def furniture(canvas, doc):
        if doc.page > 1:
            draw(canvas, m, h - 40, f"{it.A_NAME}　{it.A_NUMBER.split('（')[0]}", 9)
            canvas.line(m, h - 44, w - m, h - 44)
        draw(canvas, w / 2, 30, f"第 {doc.page} 页 共 {total} 页", 9, centre=True)

    first = [
        Frame(m, h - m - top_h, w - 2 * m, top_h, id="top"),
        Frame(m, 50, col, h - m - top_h - 50, id="l1"),
        Frame(m + col + gap, 50, col, h - m - top_h - 50, id="r1"),
    ]
    later = [Frame(m, 50, col, h - m - 50, id="l"), Frame(m + col + gap, 50, col, h - m - 50, id="r")]
    doc = BaseDocTemplate(path, pagesize=A4, title=it.A_NAME)
    doc.addPageTemplates(
        [PageTemplate("first", first, onPage=furniture), PageTemplate("later", later, onPage=furniture)]
    )
    story = a_story(styles)
    story.insert(0, NextPageTemplate("later"))
    doc.build(story)
    return doc.page


def build_a():
    pdf = os.path.join(TMP, "qlzwxx_9.pdf")
    pages = a_pdf(pdf, "?")
    pages = a_pdf(pdf, pages)
    raw = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"], capture_output=True, check=True
    ).stdout
    write("a01_qlzwxx_9_two-column-pdf_pdftotext-raw.txt", raw)
    import pymupdf

    blocks = []
    with pymupdf.open(pdf) as d:
        for page in d:
            blocks += [b[4].strip() for b in page.get_text("blocks") if b[6] == 0]
    write("a02_qlzwxx_9_two-column-pdf_pymupdf-blocks.txt", ("\n\n".join(blocks) + "\n").encode())
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    odd = LAParams(char_margin=1.0, line_margin=2.5, word_margin=0.05, boxes_flow=-0.5)
    write(
        "a03_qlzwxx_9_two-column-pdf_pdfminer-line-margin-2.5.txt", extract_text(pdf, laparams=odd).encode()
    )
    from pypdf import PdfReader

    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    write("a04_qlzwxx_9_two-column-pdf_pypdf.txt", text.encode())


# ------------------------------------------------------------------ B
def b_html():
    e = html.escape
    body = [
        f'<h1 class="rich_media_title" id="activity-name">{e(it.B_TITLE)}</h1>',
        f'<div id="meta_content"><span class="original">原创</span> <a id="js_name">{e(it.B_ACCOUNT)}</a> '
        f'<em id="publish_time">2026年03月18日 07:30</em></div>',
        '<div class="rich_media_content" id="js_content">',
        f'<p style="text-align:center"><span style="color:#0080ff">{e(it.B_TOP)}</span></p>',
        '<p><img src="cid:banner@mhtml" alt=""></p>',
    ]
    marks = ["📌", "🚌", "🌼", "🚧"]
    for n, ((title, paras), mark) in enumerate(zip(it.B_ITEMS, marks, strict=False), 1):
        body.append(f'<section><p style="text-align:center"><strong>0{n}</strong></p>')
        body.append(f'<p><strong><span style="color:#c00000">{mark}{e(title)}</span></strong></p>')
        body += [f"<p>{e(p)}</p>" for p in paras]
        body.append("</section>")
    body += [f"<p>{e(line)}</p>" for line in it.B_TAIL]
    body.append("</div>")
    body.append(
        '<div id="js_tags"><a>阅读原文</a> <span>阅读 3261</span> <span>分享</span> <span>收藏</span> <span>点赞</span> <span>在看</span></div>'
    )
    head = f'<head><meta charset="utf-8"><title>{e(it.B_TITLE)}</title><link rel="stylesheet" href="cid:css@mhtml"></head>'
    return "<!DOCTYPE html><html>" + head + "<body>" + "\n".join(body) + "</body></html>\n"


PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def mhtml(charset, chrome):
    msg = MIMEMultipart("related", type="text/html")
    if chrome:
        msg["From"] = "<Saved by Blink>"
        msg["Snapshot-Content-Location"] = "https://mp.weixin.qq.com/s/Zy4Qk2mFhTnB8xLwP0aRcA"
    else:
        msg["From"] = (
            "=?gb2312?B?"
            + base64.b64encode("<由 Windows Internet Explorer 8 保存>".encode("gb2312")).decode()
            + "?="
        )
    if chrome:
        msg["Subject"] = Header(it.B_TITLE, "utf-8").encode()
    else:
        msg["Subject"] = "=?gb2312?B?" + base64.b64encode(it.B_TITLE.encode("gb18030")).decode() + "?="
    msg["Date"] = "Wed, 18 Mar 2026 08:02:41 +0800"
    page = MIMEBase("text", "html", charset=charset)
    del page["MIME-Version"]
    raw = b_html().replace("utf-8", charset).encode(charset)
    # Chrome and IE quote only what must be (spaces stay spaces); the email package's encoder would quote them too
    page.set_payload(quopri.encodestring(raw, quotetabs=False).decode("ascii"))
    page["Content-Transfer-Encoding"] = "quoted-printable"
    page["Content-Location"] = "https://mp.weixin.qq.com/s/Zy4Qk2mFhTnB8xLwP0aRcA"
    msg.attach(page)
    css = MIMEText(".rich_media_title{font-size:22px}\n#js_content p{line-height:1.75}\n", "css", "utf-8")
    del css["MIME-Version"]
    css["Content-ID"] = "<css@mhtml>"
    msg.attach(css)
    img = MIMEBase("image", "png")
    del img["MIME-Version"]
    img.set_payload(PNG)
    email.encoders.encode_base64(img)
    img["Content-ID"] = "<banner@mhtml>"
    msg.attach(img)
    out = io.BytesIO()
    email.generator.BytesGenerator(out, policy=email.policy.SMTP).flatten(msg)
    return out.getvalue()


def phone_copy():
    lines = [
        it.B_TITLE,
        "原创 " + it.B_ACCOUNT + " " + it.B_ACCOUNT,
        "2026年03月18日 07:30 发表于柘源",
        "",
        it.B_TOP,
        "",
    ]
    marks = ["📌", "🚌", "🌼", "🚧"]
    for n, ((title, paras), mark) in enumerate(zip(it.B_ITEMS, marks, strict=False), 1):
        lines += [f"0{n}", mark + title, *paras, ""]
    lines += [*it.B_TAIL, "", "阅读原文", "阅读 3261", "分享 收藏 点赞 在看"]
    return "\n".join(lines) + "\n"


def build_b():
    import email.encoders  # noqa: F401

    write("b01_zyfb_20260318_wechat-article_chrome-mhtml.txt", mhtml("utf-8", True))
    write("b02_zyfb_20260318_wechat-article_ie-mht_gb18030.txt", mhtml("gb18030", False))
    write("b03_zyfb_20260318_wechat-article_phone-copy_emoji.txt", phone_copy().encode())


# ------------------------------------------------------------------ C
def c_paragraphs(table):
    out = [it.C_NAME, it.C_OFFICE + "　　" + it.C_DATE, ""]
    for number, title, paras, sign in it.C_ITEMS:
        out.append(number + title)
        for p in paras:
            out.append(table(p) if "\t" in p and not p.startswith("附件") else "　　" + p)
        if sign:
            out.append(sign)
        out.append("")
    return out + it.C_TAIL


def pipes(row):
    return "|" + "|".join(row.split("\t")) + "|"


def wrap38(lines):
    out = []
    for line in lines:
        while len(line) > 38:
            out.append(line[:38])
            line = line[38:]
        out.append(line)
    pages = [out[i : i + 30] for i in range(0, len(out), 30)]
    done = []
    for n, page in enumerate(pages, 1):
        done += [*page, "", f"第 {n} 页 共 {len(pages)} 页", ""]
    return done


def build_c():
    word = "\r\n".join(c_paragraphs(lambda p: p)) + "\r\n"
    write("c01_fcgzdt_4_word-txt_long-lines_tabs_gb18030_crlf.txt", word.encode("gb18030"))
    printed = "\n".join(wrap38(c_paragraphs(pipes))) + "\n"
    write("c02_fcgzdt_4_print-38col_page-footers_pipes.txt", printed.encode())


if __name__ == "__main__":
    import email.encoders

    os.makedirs(TMP, exist_ok=True)
    build_a()
    build_b()
    build_c()
