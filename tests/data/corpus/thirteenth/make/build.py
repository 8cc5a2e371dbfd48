"""Build the thirteenth held-out set from items.py (real texts) and invented issue furniture.

Run: /tmp/th13_v/bin/python make/build.py   (venv with reportlab, python-docx, docx2txt;
pdftotext, pandoc, w3m, lynx, html2text on PATH, fonts-arphic-uming).  Writes ../*.txt; PDFs, .docx and
HTML go to make/tmp/ (not committed).
"""

import os
import subprocess
import unicodedata

import docx
import docx2txt
import items as I
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
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


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw).stdout


def save(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def is_head(p):
    return p.startswith("#")


# ---------------------------------------------------------------- A: 政务信息 2025年第15期 (区政府办)

A_SECTIONS = [("政务要情", [I.MH]), ("安全生产", [I.ZY]), ("党建工作", [I.ZS, I.QD])]
A_TAIL = [
    "报：区委、区人大常委会、区政协主要领导",
    "送：区委办公室、区人大常委会办公室、区政协办公室",
    "发：各街道办事处，区政府各部门",
]


def a_items():
    n = 0
    for sec, its in A_SECTIONS:
        yield "sec", sec
        for it in its:
            n += 1
            yield "item", (n, it)


def a_docx(path):
    """A Word bulletin: masthead, each section name in a one-cell table, items 【n】title, indented
    paragraphs."""
    d = docx.Document()

    def para(text, size=12, bold=False, align=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)
        if align:
            p.alignment = align
        return p

    para("政务信息", 26, True, WD_ALIGN_PARAGRAPH.CENTER)
    para("2025年第15期", 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    para("区人民政府办公室编　　　　　　　　　　2025年4月8日")
    for kind, v in a_items():
        if kind == "sec":
            t = d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            t.cell(0, 0).text = v
        else:
            n, it = v
            para(f"【{n}】{it['title']}", 14, True, WD_ALIGN_PARAGRAPH.CENTER)
            for p in it["paras"]:
                if is_head(p):
                    para(p[1:], 12, True)
                else:
                    para(IND + p)
            if it.get("sign"):
                para(it["sign"], 12, False, WD_ALIGN_PARAGRAPH.RIGHT)
    for ln in A_TAIL:
        para(ln)
    d.save(path)


def a_word_plain():
    """What pandoc / docx2txt give is tool output; this is used only for the fixed-width copy."""
    L = ["政务信息", "2025年第15期", "区人民政府办公室编　　2025年4月8日", ""]
    for kind, v in a_items():
        if kind == "sec":
            L += [f"[{v}]", ""]
        else:
            n, it = v
            L += [("C", f"【{n}】{it['title']}")]
            for p in it["paras"]:
                L += [("C", p[1:])] if is_head(p) else [("P", p)]
            if it.get("sign"):
                L += [("R", it["sign"])]
            L += [""]
    return L


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap_cols(text, cols):
    """Cut text into lines of at most `cols` display columns; a closing mark never starts a line."""
    out, cur = [], ""
    for ch in text:
        if width(cur + ch) > cols and ch not in CLOSERS:
            out.append(cur)
            cur = ""
        cur += ch
    if cur:
        out.append(cur)
    return out


def a_fixed40():
    """A fixed-width export: every line at most 40 columns, titles and heads centred with spaces."""
    out = []
    for x in a_word_plain():
        if isinstance(x, str):
            for ln in wrap_cols(x, 40) or [""]:
                w = width(ln)
                out.append(" " * ((40 - w) // 2) + ln if x in ("政务信息", "2025年第15期") else ln)
            continue
        kind, s = x
        if kind == "P":
            out += wrap_cols("    " + s, 40)
        elif kind == "R":
            out.append(" " * (40 - width(s)) + s)
        else:
            for ln in wrap_cols(s, 36):
                out.append(" " * ((40 - width(ln)) // 2) + ln)
    out += A_TAIL
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- PDF typesetting


def wrap(text, n):
    out, cur = [], ""
    for ch in text:
        if len(cur) >= n and ch not in CLOSERS:
            out.append(cur)
            cur = ""
        cur += ch
    if cur:
        out.append(cur)
    return out


class Page:
    def __init__(self, path, font, header=None, footer=None, header_first=False):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.font, self.header, self.footer, self.header_first = font, header, footer, header_first
        self.W, self.H = A4
        self.page = 0
        self.new_page()

    def new_page(self):
        if self.page:
            self.c.showPage()
        self.page += 1
        self.y = self.H - 60
        if self.header and (self.page > 1 or self.header_first):
            self.c.setFont(self.font, 9)
            self.c.drawString(60, self.H - 40, self.header)
            self.c.line(60, self.H - 45, self.W - 60, self.H - 45)
            self.y = self.H - 75
        if self.footer:
            self.c.setFont(self.font, 10)
            self.c.drawCentredString(self.W / 2, 30, self.footer.format(n=self.page))

    def line(self, s, size=11, x=None, centre=False, right=False, gap=1.6):
        if self.y < 70:
            self.new_page()
        self.c.setFont(self.font, size)
        if centre:
            self.c.drawCentredString(self.W / 2, self.y, s)
        elif right:
            self.c.drawRightString(self.W - 60, self.y, s)
        else:
            self.c.drawString(x or 60, self.y, s)
        self.y -= size * gap

    def para(self, s, size=11):
        for ln in wrap(IND + s, int((self.W - 120) / size)):
            self.line(ln, size)

    def boxed(self, s, size=12):
        if self.y < 90:
            self.new_page()
        self.c.rect(60, self.y - 5, self.W - 120, size + 9)
        self.line(s, size, x=68, gap=2.2)

    def rule(self):
        self.c.line(60, self.y + 6, self.W - 60, self.y + 6)
        self.y -= 8

    def save(self):
        self.c.showPage()
        self.c.save()


def a_pdf(path):
    """WPS/Word export to PDF: a running header and a 「— N —」 folio on every page, falling inside items."""
    p = Page(
        path,
        "UMing",
        header="政务信息　　　　　　　　　　　　　　　　　　　　　　　2025年第15期",
        footer="— {n} —",
        header_first=True,
    )
    p.line("政务信息", 28, centre=True, gap=2)
    p.line("2025年第15期", 13, centre=True)
    p.line("区人民政府办公室编", 11, gap=0)
    p.line("2025年4月8日", 11, right=True)
    p.rule()
    for kind, v in a_items():
        if kind == "sec":
            p.boxed(v)
        else:
            n, it = v
            t = it["title"]
            cut = t.rfind(" ", 0, 24) if len(t) > 24 else -1
            p.line(f"【{n}】{t if cut < 0 else t[:cut]}", 14, centre=True, gap=1.5)
            if cut > 0:
                p.line(t[cut + 1 :], 14, centre=True)
            for s in it["paras"]:
                if is_head(s):
                    p.line(s[1:], 12, x=60)
                else:
                    p.para(s, 12)
            if it.get("sign"):
                p.line(it["sign"], 11, right=True)
    p.rule()
    for ln in A_TAIL:
        p.line(ln, 10)
    p.save()


# ---------------------------------------------------------------- B: 市场监管安全生产周报 (date range)

B_SECTIONS = [("市场监管", [I.YD, I.LH]), ("安全生产", [I.ZL])]
B_HEAD = [
    "市场监管安全生产周报",
    "2025年第11期",
    "（2025年3月10日—3月16日）",
    "县市场监督管理局　县应急管理局　编",
]
B_TAIL = [
    "报送：县委办公室、县政府办公室",
    "抄送：各乡镇人民政府，县安委会各成员单位",
    "县市场监督管理局办公室　　　　　2025年3月17日印发",
]


def b_word():
    L = [B_HEAD[0], "", B_HEAD[1], B_HEAD[2], "", B_HEAD[3], "", "━━━━━━━━━━━━━━━━━━━━━━"]
    for sec, its in B_SECTIONS:
        L += ["", f"【{sec}】", ""]
        for it in its:
            L += [it["title"]]
            L += [IND + p for p in it["paras"]]
            L += [f"（来源：{it['source']}）", ""]
    L += ["━━━━━━━━━━━━━━━━━━━━━━", *B_TAIL]
    return "\n".join(L) + "\n"


def b_pdf(path):
    p = Page(path, "UMing", footer="- {n} -")
    p.line(B_HEAD[0], 24, centre=True, gap=2)
    p.line(B_HEAD[1], 12, centre=True)
    p.line(B_HEAD[2], 12, centre=True)
    p.line(B_HEAD[3], 11, centre=True)
    p.rule()
    for sec, its in B_SECTIONS:
        p.line(f"【{sec}】", 13)
        for it in its:
            p.line(it["title"], 14, centre=True)
            for s in it["paras"]:
                p.para(s)
            p.line(f"（来源：{it['source']}）", 10, right=True)
    p.rule()
    for ln in B_TAIL:
        p.line(ln, 10)
    p.save()


def b_html():
    body = []
    for sec, its in B_SECTIONS:
        body.append(f"<h2>【{sec}】</h2>")
        for it in its:
            body.append(f"<h3>{it['title']}</h3>")
            body += [f"<p>　　{x}</p>" for x in it["paras"]]
            body.append(f"<p>（来源：{it['source']}）</p>")
    return f"""<html><head><meta charset="utf-8"><title>{B_HEAD[0]}</title></head><body>
<p><a href="#">首页</a> | <a href="#">政务公开</a> | <a href="#">部门动态</a> | <a href="#">网上办事</a></p>
<p>当前位置：首页 &gt; 政务公开 &gt; 部门动态 &gt; 监管周报</p>
<h1>{B_HEAD[0]}（{B_HEAD[1]}）</h1>
<p>{B_HEAD[2]}</p>
<p>发布时间：2025-03-17　　来源：县市场监督管理局　　浏览次数：</p>
{chr(10).join(body)}
<p>{B_TAIL[0]}<br>{B_TAIL[1]}</p>
<p>【打印本页】　【关闭窗口】</p>
<p>主办：县人民政府办公室　　承办：县大数据中心</p>
</body></html>"""


# ---------------------------------------------------------------- C: 香港 新聞公報 (traditional)

C_ITEMS = [(I.FX, "16時30分"), (I.FL, "17時05分"), (I.ZG, "18時20分")]
C_DATE = "2022年8月5日（星期五）"


def c_copy():
    """Three press releases pasted one after another, as each page shows them."""
    L = ["香港特別行政區政府 新聞公報", "Press Releases", ""]
    for it, t in C_ITEMS:
        L += [it["title"], "＊" * (len(it["title"]) + 1), ""]
        for p in it["paras"]:
            L += [IND + p, ""]
        L += ["（完）", "", C_DATE, f"香港時間{t}", "", ""]
    return "\n".join(L)


def c_html():
    rel = []
    for it, t in C_ITEMS:
        rel.append(f"<h2>{it['title']}</h2>")
        rel += [f"<p>　　{p}</p>" for p in it["paras"]]
        rel.append(f"<p>完</p><p>{C_DATE}<br>香港時間{t}</p>")
        rel.append("<p><a href='#'>列印本頁</a> | <a href='#'>Print</a></p><hr>")
    return f"""<html><head><meta charset="utf-8"><title>新聞公報</title></head><body>
<p><a href="#">GovHK 香港政府一站通</a> | <a href="#">English</a> | <a href="#">簡體版</a></p>
<h1>新聞公報 Press Releases</h1>
<p>今日新聞 | 新聞資料庫 | 相關連結</p>
{chr(10).join(rel)}
<p>2022 | 重要告示 Important notices | 私隱政策 Privacy Policy</p>
<p>最後修訂日期：{C_DATE}</p>
</body></html>"""


# ---------------------------------------------------------------- D: e-paper page copied by select-all

D_ITEMS = [
    dict(I.XR),
    dict(
        title=I.ZY["title"],
        subtitle=None,
        byline="■蒋奇慧",
        words=f"本文字数:{sum(len(p) for p in I.ZY['paras'])}",
        paras=I.ZY["paras"],
    ),
]
D_DATE = "2025年06月10日"


def d_selectall():
    """Ctrl-A in the browser on the page's first article, then the second: nav, list, text, 返回目录."""
    L = [
        "新城区报",
        "首页 | 往期回顾 | 版面导航 | PDF下载 | 新城区新闻网",
        "2025年06月10日　星期二",
        "第一版:要闻",
        "上一版　下一版",
        "",
        "本版标题导航",
    ]
    L += [f"· {it['title']}" for it in D_ITEMS]
    L.append("")
    for k, it in enumerate(D_ITEMS):
        L += ["第一版:要闻", "", D_DATE, it["title"]]
        if it["subtitle"]:
            L.append(it["subtitle"])
        L += [it["words"], it["byline"]] + it["paras"]
        L += ["", "返回目录", "上一篇　下一篇" if k else "下一篇", ""]
    L += ["版权所有 新城区报社　　未经授权禁止转载", "技术支持：云报"]
    return "\n".join(L) + "\n"


def d_html():
    arts = []
    for it in D_ITEMS:
        sub = f"<h3>{it['subtitle']}</h3>" if it["subtitle"] else ""
        arts.append(
            f"<div><p>第一版:要闻</p><p>{D_DATE}</p><h1>{it['title']}</h1>{sub}<p>{it['words']}</p>"
            f"<p>{it['byline']}</p>"
            + "".join(f"<p>{p}</p>" for p in it["paras"])
            + "<p><a href='#'>返回目录</a></p></div><hr>"
        )
    nav = "".join(f"<li><a href='#'>{it['title']}</a></li>" for it in D_ITEMS)
    return f"""<html><head><meta charset="utf-8"><title>新城区报数字报</title></head><body>
<p><a href="#">首页</a> | <a href="#">往期回顾</a> | <a href="#">版面导航</a> | <a href="#">PDF下载</a></p>
<p>新城区报　2025年06月10日　星期二　第一版:要闻　<a href="#">上一版</a>　<a href="#">下一版</a></p>
<p>本版标题导航</p><ul>{nav}</ul>
{chr(10).join(arts)}
<p>版权所有 新城区报社</p></body></html>"""


def main():
    # A
    dpath = os.path.join(TMP, "zwxx_15.docx")
    a_docx(dpath)
    write(
        "a01_zwxx_15_docx_pandoc-plain.txt",
        run(["pandoc", "-f", "docx", "-t", "plain", "--wrap=none", dpath]).decode(),
    )
    write("a02_zwxx_15_docx2txt_gb18030_crlf.txt", docx2txt.process(dpath), "gb18030", crlf=True)
    write(
        "a03_zwxx_15_docx_pandoc-gfm.txt",
        run(["pandoc", "-f", "docx", "-t", "gfm", "--wrap=none", dpath]).decode(),
    )
    ppath = os.path.join(TMP, "zwxx_15.pdf")
    a_pdf(ppath)
    write(
        "a04_zwxx_15_wps-pdf_pdftotext_utf8bom_crlf.txt",
        run(["pdftotext", "-enc", "UTF-8", ppath, "-"]).decode(),
        bom=True,
        crlf=True,
    )
    write("a05_zwxx_15_fixed40_gbk.txt", a_fixed40(), "gbk")
    # B
    write("b01_jgzb_11_word_utf16le_crlf.txt", b_word(), "utf-16-le", crlf=True)
    bpath = os.path.join(TMP, "jgzb_11.pdf")
    b_pdf(bpath)
    write(
        "b02_jgzb_11_pdftotext-layout.txt",
        run(["pdftotext", "-layout", "-enc", "UTF-8", bpath, "-"]).decode(),
    )
    hpath = os.path.join(TMP, "jgzb_11.html")
    save(hpath, b_html())
    write(
        "b03_jgzb_11_govsite_w3m.txt", run(["w3m", "-dump", "-T", "text/html", "-cols", "80", hpath]).decode()
    )
    # C
    write("c01_hkpr_20220805_copy_crlf.txt", c_copy(), crlf=True)
    cpath = os.path.join(TMP, "hkpr_20220805.html")
    save(cpath, c_html())
    lx = run(["lynx", "-dump", "-nolist", "-width=80", "-display_charset=utf-8", cpath]).decode()
    write("c02_hkpr_20220805_lynx_big5hkscs_crlf.txt", lx, "big5hkscs", crlf=True)
    write("c03_hkpr_20220805_html2text.txt", run(["html2text", "-utf8", "-width", "80", cpath]).decode())
    # D
    write("d01_xcqb_0610_epaper_selectall.txt", d_selectall())
    epath = os.path.join(TMP, "xcqb_0610.html")
    save(epath, d_html())
    write(
        "d02_xcqb_0610_epaper_w3m_gb18030_crlf.txt",
        run(["w3m", "-dump", "-T", "text/html", "-cols", "80", epath]).decode(),
        "gb18030",
        crlf=True,
    )


if __name__ == "__main__":
    main()
