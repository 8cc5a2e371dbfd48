# ruff: noqa: E501  (file names and furniture lines are data, one line each)
"""Build the sixteenth held-out set from items.py (real texts) and invented issue furniture.

Run: /work/wt-sixteenth/.venv/bin/python make/build.py  (reportlab, pymupdf, pdfminer.six, python-docx in the venv;
pdftotext, pdftoppm, tesseract (+ chi_sim), pandoc, w3m, lynx, html2text on PATH, fonts-arphic-uming).
Writes ../*.txt; PDFs, PNGs, .docx and HTML go to make/tmp/ (not committed).
"""

import html
import os
import subprocess

import docx
import fitz
import items as I
from pdfminer.high_level import extract_text
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TMP = os.path.join(HERE, "tmp")
os.makedirs(TMP, exist_ok=True)
pdfmetrics.registerFont(TTFont("UMing", "/usr/share/fonts/truetype/arphic/uming.ttc", subfontIndex=2))
CLOSERS = "，。、；：？！”’）》」』,.;:?!)"
IND = "\u3000\u3000"


def write(name, text, enc="utf-8", crlf=False, bom=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = b"\xff\xfe" + text.encode(enc) if enc == "utf-16-le" else text.encode(enc)
    if bom and enc == "utf-8":
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def run(cmd):
    return subprocess.run(cmd, check=True, capture_output=True).stdout.decode("utf-8")


def save(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def wrap_width(text, width, size):
    """Cut text into lines that fit width at size; a closing mark never starts a line."""
    out, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, "UMing", size) > width and ch not in CLOSERS:
            out.append(cur)
            cur = ""
        cur += ch
    if cur:
        out.append(cur)
    return out


class Page:
    """A one-column A4 document: centred heads, wrapped paragraphs, a folio 「- N -」 per page."""

    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.W, self.H = A4
        self.page, self.y = 1, self.H - 70
        self.L, self.R = 70, self.W - 70

    def need(self, h):
        if self.y - h < 70:
            self.c.setFont("UMing", 9)
            self.c.drawCentredString(self.W / 2, 40, f"- {self.page} -")
            self.c.showPage()
            self.page += 1
            self.y = self.H - 70

    def centre(self, s, size=12, gap=1.8):
        self.need(size * gap)
        self.c.setFont("UMing", size)
        self.c.drawCentredString(self.W / 2, self.y, s)
        self.y -= size * gap

    def right(self, s, size=11, gap=1.7):
        self.need(size * gap)
        self.c.setFont("UMing", size)
        self.c.drawRightString(self.R, self.y, s)
        self.y -= size * gap

    def left(self, s, size=11, gap=1.7):
        self.need(size * gap)
        self.c.setFont("UMing", size)
        self.c.drawString(self.L, self.y, s)
        self.y -= size * gap

    def para(self, s, size=11, gap=1.7, indent=True):
        lines = wrap_width((IND if indent else "") + s, self.R - self.L, size)
        for ln in lines:
            self.left(ln, size, gap)
        self.y -= 3

    def rule(self):
        self.c.line(self.L, self.y + 8, self.R, self.y + 8)
        self.y -= 8

    def space(self, h=8):
        self.y -= h

    def close(self):
        self.c.setFont("UMing", 9)
        self.c.drawCentredString(self.W / 2, 40, f"- {self.page} -")
        self.c.save()


def ocr(pdf, stem, lang="chi_sim"):
    """Render every page at 150 dpi and read it back with tesseract: real OCR, as a scanner would give it."""
    run(["pdftoppm", "-r", "150", "-png", pdf, os.path.join(TMP, stem)])
    pages = sorted(p for p in os.listdir(TMP) if p.startswith(stem + "-") and p.endswith(".png"))
    out = []
    for p in pages:
        base = os.path.join(TMP, p[:-4])
        run(["tesseract", os.path.join(TMP, p), base, "-l", lang])
        with open(base + ".txt", encoding="utf-8") as f:
            out.append(f.read())
    return "".join(out)


# ---------------------------------------------------------------- A: 审判动态 2024年第5期 (2024-06-20)

A_HEAD = ["审 判 动 态", "第5期", "城南区人民法院办公室编　　　　　　　　2024年6月20日"]


def a_pdf(path):
    p = Page(path)
    p.centre(A_HEAD[0], 22, 1.6)
    p.centre(A_HEAD[1], 12)
    p.centre(A_HEAD[2], 11)
    p.rule()
    p.left("【法院动态】", 13, 2.0)
    for it in I.COURT_NEWS:
        p.centre(it["title"], 14, 1.9)
        if it.get("author"):
            p.centre("作者:" + it["author"], 11)
        for t in it["paras"]:
            p.para(t)
        p.space()
    p.left("【以案释法】", 13, 2.0)
    for n, it in zip("一二", I.CASES, strict=True):
        p.centre("案例" + n, 12)
        p.centre(it["title"], 14, 1.9)
        if it.get("subtitle"):
            for ln in wrap_width(it["subtitle"], p.R - p.L - 60, 11):
                p.centre(ln, 11)
        for k in ("meta", "keywords"):
            if it.get(k):
                p.para(it[k], 10, indent=False)
        for head, paras in it["parts"]:
            p.left(f"【{head}】", 11)
            for t in paras:
                p.para(t)
        p.space()
    p.rule()
    p.left("报:区委政法委,区人大常委会　　送:区检察院,区司法局　　发:院内各庭室", 10)
    p.close()


def a_html(path):
    body = [
        '<div class="top">城南区人民法院　|　首页 &gt; 审务公开 &gt; 审判动态</div>',
        "<h2>审判动态(第5期)</h2>",
        "<p>发布时间:2024-06-20 09:30　来源:院办公室　浏览次数:218</p>",
        "<p>【字号 大 中 小】　【打印本页】　【关闭窗口】</p>",
        "<hr>",
        "<h3>法院动态</h3>",
    ]
    for it in I.COURT_NEWS:
        body.append(f"<h4>{html.escape(it['title'])}</h4>")
        if it.get("author"):
            body.append(f"<p>作者:{it['author']}</p>")
        body += [f"<p>{html.escape(t)}</p>" for t in it["paras"]]
    body.append("<h3>以案释法</h3>")
    for n, it in zip("一二", I.CASES, strict=True):
        body.append(f"<h4>案例{n}　{html.escape(it['title'])}</h4>")
        if it.get("subtitle"):
            body.append(f"<p><b>{html.escape(it['subtitle'])}</b></p>")
        for k in ("meta", "keywords"):
            if it.get(k):
                body.append(f"<p>{html.escape(it[k])}</p>")
        for head, paras in it["parts"]:
            body.append(f"<p><b>【{head}】</b></p>")
            body += [f"<p>{html.escape(t)}</p>" for t in paras]
    body += [
        "<hr>",
        "<p>上一篇:城南区法院召开2024年审判执行工作推进会　　下一篇:城南区法院开展“送法进社区”活动</p>",
        "<p>【打印本页】　【关闭窗口】</p>",
        "<p>主办:城南区人民法院　地址:城南区法院路18号　邮编:410000</p>",
    ]
    save(
        path,
        '<html><head><meta charset="utf-8"><title>审判动态(第5期)</title></head><body>'
        + "\n".join(body)
        + "</body></html>",
    )


def build_a():
    pdf = os.path.join(TMP, "a.pdf")
    a_pdf(pdf)
    write("a01_spdt_5_scan_tesseract.txt", ocr(pdf, "a"))
    write("a02_spdt_5_pdftotext_gb18030_crlf.txt", run(["pdftotext", pdf, "-"]), "gb18030", crlf=True)
    h = os.path.join(TMP, "a.html")
    a_html(h)
    write(
        "a03_spdt_5_web_w3m.txt",
        run(["w3m", "-dump", "-T", "text/html", "-cols", "80", "-I", "UTF-8", "-O", "UTF-8", h]),
    )
    ht = run(["html2text", "-utf8", "-width", "1000", h]) if False else html2text_py(h)
    write("a04_spdt_5_web_html2text_utf16le.txt", ht, "utf-16-le")


def html2text_py(path):
    import html2text

    h = html2text.HTML2Text()
    h.body_width = 0
    with open(path, encoding="utf-8") as f:
        return h.handle(f.read())


# ---------------------------------------------------------------- B: 人大工作通讯 2024年第4期 (2024-04-15)

B_HEAD = ["人大工作通讯", "2024年第4期(总第88期)", "县人大常委会办公室编　　　　　　　　2024年4月15日"]


def b_pdf(path):
    p = Page(path)
    p.centre(B_HEAD[0], 22, 1.6)
    p.centre(B_HEAD[1], 12)
    p.centre(B_HEAD[2], 11)
    p.rule()
    p.left("【会议动态】", 13, 2.0)
    for it in I.RD:
        p.centre(it["title"], 14, 1.9)
        for t in it["paras"]:
            p.para(t)
        p.space()
    p.left("【人事任免】", 13, 2.0)
    p.centre(I.RM["title"], 14, 1.9)
    p.centre(I.RM["passed"], 10)
    for t in I.RM["lines"]:
        p.para(t)
    p.space()
    p.rule()
    p.left("送:县委常委,县人大常委会组成人员,各乡镇人大主席团", 10)
    p.close()


def b_docx(path):
    d = docx.Document()
    for s in B_HEAD:
        d.add_paragraph(s)
    d.add_paragraph("会议动态", style="Heading 1")
    for it in I.RD:
        d.add_paragraph(it["title"], style="Heading 2")
        for t in it["paras"]:
            d.add_paragraph(t)
    d.add_paragraph("人事任免", style="Heading 1")
    d.add_paragraph(I.RM["title"], style="Heading 2")
    d.add_paragraph(I.RM["passed"])
    tab = d.add_table(rows=1, cols=2)
    tab.rows[0].cells[0].text = "任命"
    tab.rows[0].cells[1].text = "职务"
    for t in I.RM["lines"]:
        names, post = t[2:].split("为", 1)
        r = tab.add_row().cells
        r[0].text = names
        r[1].text = post.rstrip("。")
    d.add_paragraph("送:县委常委,县人大常委会组成人员,各乡镇人大主席团")
    d.save(path)


def build_b():
    pdf = os.path.join(TMP, "b.pdf")
    b_pdf(pdf)
    write("b01_rdtx_4_pdftotext-layout_utf8bom.txt", run(["pdftotext", "-layout", pdf, "-"]), bom=True)
    doc = fitz.open(pdf)
    write("b02_rdtx_4_pymupdf_gb18030_crlf.txt", "".join(pg.get_text() for pg in doc), "gb18030", crlf=True)
    write("b03_rdtx_4_scan_tesseract.txt", ocr(pdf, "b"))
    dx = os.path.join(TMP, "b.docx")
    b_docx(dx)
    write("b04_rdtx_4_docx_pandoc-gfm.txt", run(["pandoc", "-f", "docx", "-t", "gfm", "--columns=80", dx]))


# ---------------------------------------------------------------- C: 领导讲话选编 2024年第2期 (2024-03-08)

C_HEAD = ["领导讲话选编", "2024年第2期(总第14期)", "县委办公室编　　　　　　　　2024年3月8日"]
TAPE = {id(I.GL), id(I.WM)}  # speeches closing with 「(根据录音整理)」


def c_pdf(path):
    p = Page(path)
    p.centre(C_HEAD[0], 22, 1.6)
    p.centre(C_HEAD[1], 12)
    p.centre(C_HEAD[2], 11)
    p.rule()
    for it in I.SPEECHES:
        if it["main"]:
            p.centre(it["main"], 15, 1.9)
            p.centre("——" + it["title"], 12)
        else:
            p.centre(it["title"], 15, 1.9)
        p.centre(it["speaker"], 12)
        p.centre(it["date"], 11)
        for t in it["paras"]:
            p.para(t, indent=t != "同志们:")
        if id(it) in TAPE:
            p.right("(根据录音整理)", 10)
        p.space(14)
    p.rule()
    p.left("(内部资料　注意保存)", 10)
    p.close()


def c_docx(path):
    d = docx.Document()
    for s in C_HEAD:
        d.add_paragraph(s)
    for it in I.SPEECHES:
        if it["main"]:
            d.add_paragraph(it["main"], style="Heading 1")
            d.add_paragraph("——" + it["title"])
        else:
            d.add_paragraph(it["title"], style="Heading 1")
        d.add_paragraph(it["speaker"])
        d.add_paragraph(it["date"])
        for t in it["paras"]:
            d.add_paragraph(t)
        if id(it) in TAPE:
            d.add_paragraph("(根据录音整理)")
    d.add_paragraph("(内部资料　注意保存)")
    d.save(path)


def c_html(path):
    body = [
        '<div class="nav">首页 &gt; 领导讲话 &gt; 讲话选编</div>',
        f"<h1>{C_HEAD[0]}</h1>",
        f"<p>{C_HEAD[1]}　{C_HEAD[2]}</p>",
    ]
    for it in I.SPEECHES:
        if it["main"]:
            body.append(f"<h2>{html.escape(it['main'])}</h2><h3>——{html.escape(it['title'])}</h3>")
        else:
            body.append(f"<h2>{html.escape(it['title'])}</h2>")
        body.append(f"<p align=center>{it['speaker']}</p><p align=center>{it['date']}</p>")
        body += [f"<p>{html.escape(t)}</p>" for t in it["paras"]]
        if id(it) in TAPE:
            body.append("<p align=right>(根据录音整理)</p>")
    body.append("<hr><p>(内部资料　注意保存)　　返回顶部</p>")
    save(
        path,
        '<html><head><meta charset="utf-8"><title>领导讲话选编</title></head><body>'
        + "\n".join(body)
        + "</body></html>",
    )


def build_c():
    dx = os.path.join(TMP, "c.docx")
    c_docx(dx)
    write(
        "c01_ldjh_2_docx_pandoc-plain.txt", run(["pandoc", "-f", "docx", "-t", "plain", "--columns=80", dx])
    )
    pdf = os.path.join(TMP, "c.pdf")
    c_pdf(pdf)
    write("c02_ldjh_2_pdfminer.txt", extract_text(pdf))
    write("c03_ldjh_2_scan_tesseract.txt", ocr(pdf, "c"))
    h = os.path.join(TMP, "c.html")
    c_html(h)
    write(
        "c04_ldjh_2_web_lynx_gbk.txt",
        run(["lynx", "-dump", "-nolist", "-width=80", "-assume_charset=utf-8", "-display_charset=utf-8", h]),
        "gbk",
    )


if __name__ == "__main__":
    build_a()
    build_b()
    build_c()
