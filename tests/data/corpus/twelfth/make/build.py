"""Build the twelfth held-out set from items.py (real texts) and invented issue furniture.

Run: /tmp/tw_v/bin/python make/build.py   (venv with reportlab, pymupdf, pdfminer.six;
pdftotext, lynx, pandoc, html2text on PATH).  Writes ../*.txt; PDFs and HTML go to make/tmp/ (not committed).
"""

import html
import os
import subprocess

import fitz
import items as I
from pdfminer.high_level import extract_text
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TMP = os.path.join(HERE, "tmp")
os.makedirs(TMP, exist_ok=True)
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(UnicodeCIDFont("MSung-Light"))
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

pdfmetrics.registerFont(TTFont("UMing", "/usr/share/fonts/truetype/arphic/uming.ttc", subfontIndex=2))

CLOSERS = "，。、；：？！”’）》」』,.;:?!)"
IND = "\u3000\u3000"


def write(name, text, enc="utf-8", crlf=False, bom=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode(enc)
    if bom and enc == "utf-8":
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def save_html(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw).stdout


# ---------------------------------------------------------------- D1: 乡镇工作动态 2025年第6期

D1_SECTIONS = [
    ("镇村动态", [I.TS, I.MG, I.JL]),
    ("志愿服务", [I.ZZ]),
    ("基层党建", [I.HY]),
]
D1_NOTE = (
    "按语：入汛以来，各镇防汛、秸秆禁烧等重点工作任务较重。现将部分镇的工作做法刊发如下，供各地学习借鉴。"
)
D1_TAIL = [
    "报送：县委、县人大、县政府、县政协领导",
    "抄送：县直各部门，各镇（街道）党（工）委",
    "编辑：吴晓燕　　审核：郑国华　　　　（共印40份）",
]


def d1_word():
    """Word 'save as text': one line per paragraph, ideographic indents, 【栏目】 heads, 本期要目."""
    L = [
        "乡镇工作动态",
        "",
        "2025年第6期（总第118期）",
        "",
        "县委办公室编　　　　　　　　　　2025-03-14",
        "━━━━━━━━━━━━━━━━━━━━━━",
        "",
        "本期要目",
    ]
    for sec, its in D1_SECTIONS:
        L.append(f"【{sec}】")
        L += [f"　　{it['title']}" for it in its]
    L.append("")
    for sec, its in D1_SECTIONS:
        L += [f"【{sec}】", ""]
        if sec == "镇村动态":
            L += [IND + D1_NOTE, ""]
        for it in its:
            L.append(it["title"])
            L += [IND + p for p in it["paras"]]
            L.append(("来源：" if it["key"] in ("TS", "HY") else "供稿：") + it["source"])
            L.append("")
    L += ["━━━━━━━━━━━━━━━━━━━━━━", *D1_TAIL]
    return "\n".join(L) + "\n"


def d1_wechat():
    """A WeChat post copied as text: account line, emoji, ■ section marks, 1. 2. heads, ▲ captions."""
    L = [
        "乡镇工作动态｜2025年第6期",
        "原创 县委办公室 乡镇工作动态 2025-03-14 08:30 浙江",
        "",
        "📢 本期导读",
        "",
    ]
    n = 0
    for _sec, its in D1_SECTIONS:
        for it in its:
            n += 1
            L.append(f"{n}. {it['title']}")
    L += ["", "▼"]
    n = 0
    for sec, its in D1_SECTIONS:
        L += ["", f"■ {sec}", ""]
        for it in its:
            n += 1
            L += [f"{n}. {it['title']}", ""]
            for j, p in enumerate(it["paras"]):
                L += [p, ""]
                if j == 0 and it["key"] in ("TS", "JL", "HY"):
                    L += ["[图片]", "▲ 活动现场", ""]
            L += [f"来源：{it['source']}", ""]
    L += ["END", "", "编辑｜吴晓燕　审核｜郑国华", "", "👇 点个“在看”，让更多人看到"]
    return "\n".join(L) + "\n"


def d1_markdown():
    """A note app's Markdown export: # title, > 按语, ## 【栏目】, ### numbered heads, **来源**."""
    L = ["# 乡镇工作动态（2025年第6期）", "", "*县委办公室编 · 2025.3.14*", "", "## 本期要目", ""]
    for sec, its in D1_SECTIONS:
        L.append(f"- **{sec}**：" + "；".join(it["title"] for it in its))
    L.append("")
    n = 0
    for sec, its in D1_SECTIONS:
        L += [f"## 【{sec}】", ""]
        if sec == "镇村动态":
            L += ["> " + D1_NOTE, ""]
        for it in its:
            n += 1
            L += [f"### {n}. {it['title']}", ""]
            L += [x for p in it["paras"] for x in (p, "")]
            L += [f"**来源**：{it['source']}", ""]
        L += ["---", ""]
    L += [t + "  " for t in D1_TAIL]
    return "\n".join(L) + "\n"


def d1_html():
    """The issue as a county web page for pandoc: 发布时间 in full-width digits, h2 【栏目】, h3 titles."""
    h = [
        '<html><head><meta charset="utf-8"><title>乡镇工作动态</title></head><body>',
        '<div class="nav"><a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; '
        '<a href="#">工作动态</a></div>',
        "<h1>乡镇工作动态（２０２５年第６期）</h1>",
        "<p>发布时间：２０２５年３月１４日　　来源：县委办公室</p>",
    ]
    for sec, its in D1_SECTIONS:
        h.append(f"<h2>【{sec}】</h2>")
        if sec == "镇村动态":
            h.append(f"<p><strong>{html.escape(D1_NOTE)}</strong></p>")
        for it in its:
            h.append(f"<h3>{html.escape(it['title'])}</h3>")
            h += [f"<p>{html.escape(p)}</p>" for p in it["paras"]]
            h.append(f"<p>来源：{it['source']}</p>")
    h += ["<hr>"] + [f"<p>{t}</p>" for t in D1_TAIL] + ["<p>【打印本页】【关闭窗口】</p></body></html>"]
    return "\n".join(h)


# ---------------------------------------------------------------- PDF typesetting


def title_lines(title, n=24):
    """A long headline breaks after the last comma, space or middle dot that keeps a line within n."""
    if len(title) <= n:
        return [title]
    cut = max(title.rfind(c, 0, n) for c in ",，·　 ")
    return [title[: cut + 1].rstrip(), title[cut + 1 :].lstrip()] if cut > 0 else wrap(title, n)


def wrap(text, n):
    """Cut text into lines of n characters; a closing mark never starts a line."""
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
    def __init__(self, path, font, header=None, footer=None):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.font, self.header, self.footer = font, header, footer
        self.W, self.H = A4
        self.page = 0
        self.new_page()

    def new_page(self):
        if self.page:
            self.c.showPage()
        self.page += 1
        self.y = self.H - 60
        if self.header and self.page > 1:
            self.c.setFont(self.font, 9)
            self.c.drawCentredString(self.W / 2, self.H - 40, self.header)
            self.c.line(60, self.H - 45, self.W - 60, self.H - 45)
            self.y = self.H - 75
        if self.footer:
            self.c.setFont(self.font, 9)
            self.c.drawCentredString(self.W / 2, 30, self.footer.format(n=self.page))

    def line(self, s, size=11, x=None, centre=False, right=False, gap=1.6):
        if self.y < 60:
            self.new_page()
        self.c.setFont(self.font, size)
        if centre:
            self.c.drawCentredString(self.W / 2, self.y, s)
        elif right:
            self.c.drawRightString(self.W - 60, self.y, s)
        else:
            self.c.drawString(x or 60, self.y, s)
        self.y -= size * gap

    def para(self, s, size=11, first_indent=True):
        n = int((self.W - 120) / size)
        lines = wrap(("\u3000\u3000" if first_indent else "") + s, n)
        for ln in lines:
            self.line(ln, size)

    def rule(self):
        self.c.line(60, self.y + 6, self.W - 60, self.y + 6)
        self.y -= 8

    def save(self):
        self.c.showPage()
        self.c.save()


def d1_pdf(path):
    p = Page(path, "UMing", header="乡镇工作动态　2025年第6期", footer="— {n} —")
    p.line("乡镇工作动态", 26, centre=True, gap=2)
    p.line("2025年第6期（总第118期）", 12, centre=True)
    p.line("县委办公室编", 11, x=60, gap=0)
    p.line("2025.3.14", 11, right=True)
    p.rule()
    p.line("本期要目", 13, centre=True)
    for sec, its in D1_SECTIONS:
        p.line(f"【{sec}】", 11)
        for it in its:
            p.line(it["title"], 10.5, x=80)
    p.y -= 10
    for sec, its in D1_SECTIONS:
        p.line(f"【{sec}】", 14, gap=2)
        if sec == "镇村动态":
            p.para(D1_NOTE, 10.5)
            p.y -= 6
        for it in its:
            for t in title_lines(it["title"]):
                p.line(t, 15, centre=True, gap=1.7)
            for q in it["paras"]:
                p.para(q)
            p.line(("来源：" if it["key"] in ("TS", "HY") else "供稿：") + it["source"], 10.5, right=True)
            p.y -= 6
    p.rule()
    for t in D1_TAIL:
        p.line(t, 10)
    p.save()


# ---------------------------------------------------------------- D2: 云岭县报 第3版 (2022-04-28)

D2_ITEMS = [I.JP, I.QT, I.JM]


def d2_pdf(path):
    p = Page(path, "STSong-Light")
    p.line("云岭县报", 11, x=60, gap=0)
    p.line("2022年4月28日　星期四", 11, x=220, gap=0)
    p.line("第3版　乡村振兴", 11, right=True)
    p.line("责任编辑：刘明远　　版式：许丹", 9, right=True)
    p.rule()
    jp = I.JP
    p.line(jp["kicker"], 12, x=200, gap=1.4)
    p.line("赴铜鼓镇开展支部联建暨　主题党日活动", 18, centre=True, gap=1.9)
    for q in jp["paras"]:
        p.para(q, 10.5)
    p.y -= 8
    qt = I.QT
    p.line(qt["title"], 16, centre=True, gap=1.7)
    p.line(qt["byline_line"], 10.5, centre=True)
    for q in qt["paras"]:
        p.para(q, 10.5)
    p.y -= 8
    jm = I.JM
    p.line(jm["title"], 16, centre=True, gap=1.7)
    for q in jm["paras"]:
        p.para(q, 10.5)
    p.y -= 8
    p.rule()
    p.line("【图片新闻】", 12, x=60)
    sx = I.SX
    p.line(sx["title"], 15, centre=True, gap=1.5)
    p.line(sx["subtitle"], 11, centre=True)
    p.c.setFillGray(0.8)
    p.c.rect(60, p.y - 60, 160, 66, fill=1, stroke=0)
    p.c.rect(240, p.y - 60, 160, 66, fill=1, stroke=0)
    p.c.setFillGray(0)
    p.y -= 75
    for q in sx["paras"]:
        p.para(q, 10, first_indent=False)
    p.line(sx["credit"], 10, right=True)
    p.save()


def d2_epaper_html():
    """A 数字报 article-list page: 版面 line, 刊发日期 lines, the kicker over the letter-spaced title."""
    h = [
        '<html><head><meta charset="utf-8"><title>云岭县报数字报</title></head><body>',
        "<p>A3:乡村振兴　总第2764期 &gt;2022-04-28编印</p>",
        "<p><a href='#'>上一版</a>　<a href='#'>下一版</a>　<a href='#'>PDF下载</a></p><hr>",
    ]
    jp = I.JP
    h += [
        f"<h4>{jp['kicker']}</h4>",
        "<h2>赴铜鼓镇开展支部联建暨 主 题 党 日 活 动</h2>",
        "<p>刊发日期:2022-04-28 阅读次数: 作者:  语音阅读:</p>",
    ]
    h += [f"<p>\u3000\u3000{html.escape(q)}</p>" for q in jp["paras"]]
    qt = I.QT
    h += [
        f"<h2>{qt['title']}</h2>",
        f"<p>{qt['byline_line']}</p>",
        "<p>刊发日期:2022-04-28 阅读次数: 作者:  语音阅读:</p>",
    ]
    h += [f"<p>\u3000\u3000{html.escape(q)}</p>" for q in qt["paras"]]
    jm = I.JM
    h += [f"<h2>{html.escape(jm['title'])}</h2>", "<p>刊发日期:2022-04-28 阅读次数: 作者:  语音阅读:</p>"]
    h += [f"<p>\u3000\u3000{html.escape(q)}</p>" for q in jm["paras"]]
    sx = I.SX
    h += ["<h3>【图片新闻】</h3>", f"<h2>{sx['title']}</h2>", f"<h4>{sx['subtitle']}</h4>", "<p>[图片]</p>"]
    h += [f"<p>{html.escape(q)}</p>" for q in sx["paras"]]
    h += [
        f"<p align='right'>{sx['credit']}</p>",
        "<hr><p>云岭县报社版权所有　地址：县城文化路8号</p></body></html>",
    ]
    return "\n".join(h)


# ---------------------------------------------------------------- D3: 鄉訊 traditional community paper

D3_ITEMS = [I.KM, I.BD, I.LF, I.XS]


def d3_head_byline(it):
    return it.get("byline_line")


def d3_word():
    L = ["鄉　訊", "第45期　　2025年2月1日（週六）", "社區報刊聯誼會　編印", "", "＊　＊　＊", ""]
    for it in D3_ITEMS:
        L.append(it["title"])
        if it.get("byline_line"):
            L.append(it["byline_line"])
        L.append(it["date"])
        L += [IND + p for p in it["paras"]]
        L += ["", "＊　＊　＊", ""]
    L += ["本刊園地公開，歡迎投稿。投稿信箱：xiangxun@example.org"]
    return "\n".join(L) + "\n"


def d3_pdf(path):
    p = Page(path, "UMing", header="鄉訊　第45期", footer="第{n}頁")
    p.line("鄉　訊", 26, centre=True, gap=2)
    p.line("第45期　　2025年2月1日（週六）　　社區報刊聯誼會　編印", 10.5, centre=True)
    p.rule()
    for it in D3_ITEMS:
        for t in title_lines(it["title"], 22):
            p.line(t, 15, centre=True, gap=1.7)
        meta = it["date"] + ("　" + it["byline_line"] if it.get("byline_line") else "")
        p.line(meta, 10, right=True)
        for q in it["paras"]:
            p.para(q, 11)
        p.y -= 10
    p.rule()
    p.line("本刊園地公開，歡迎投稿。", 10)
    p.save()


def d3_html():
    h = [
        '<html><head><meta charset="utf-8"><title>鄉訊 第45期</title></head><body>',
        "<h1>鄉訊 第45期</h1><p>出刊日期：2025年2月1日</p>",
        "<ul><li><a href='#'>首頁</a></li><li><a href='#'>地方新聞</a></li>"
        "<li><a href='#'>聯絡我們</a></li></ul>",
    ]
    for it in D3_ITEMS:
        h.append(f"<h2>{html.escape(it['title'])}</h2>")
        meta = it["date"] + ("　" + it["byline_line"] if it.get("byline_line") else "")
        h.append(f"<p><em>{meta}</em></p>")
        h += [f"<p>{html.escape(q)}</p>" for q in it["paras"]]
    h.append("<hr><p>本刊園地公開，歡迎投稿。</p></body></html>")
    return "\n".join(h)


def d3_markdown():
    L = ["# 鄉訊 第45期", "", "出刊：2025.2.1", ""]
    for it in D3_ITEMS:
        L += [f"## {it['title']}", ""]
        meta = f"*{it['date']}*" + (f" {it['byline_line']}" if it.get("byline_line") else "")
        L += [meta, ""]
        L += [x for p in it["paras"] for x in (p, "")]
    return "\n".join(L)


# ---------------------------------------------------------------- main


def main():
    # D1
    write("a01_xzgzdt_2025n6_word_utf8bom_crlf.txt", d1_word(), crlf=True, bom=True)
    pdf = os.path.join(TMP, "xzgzdt_2025n6.pdf")
    d1_pdf(pdf)
    write("a02_xzgzdt_2025n6_pdftotext.txt", run(["pdftotext", "-enc", "UTF-8", pdf, "-"]).decode())
    write("a03_xzgzdt_2025n6_wechat.txt", d1_wechat())
    write("a04_xzgzdt_2025n6_notes_markdown.txt", d1_markdown())
    hp = os.path.join(TMP, "xzgzdt_2025n6.html")
    save_html(hp, d1_html())
    txt = run(["pandoc", "-f", "html", "-t", "plain", "--wrap=none", hp]).decode()
    write("a05_xzgzdt_2025n6_pandoc-plain_gbk_crlf.txt", txt, enc="gbk", crlf=True)
    # D2
    pdf = os.path.join(TMP, "ylxb_b03.pdf")
    d2_pdf(pdf)
    write(
        "p01_ylxb_b03_pdftotext-layout.txt", run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, "-"]).decode()
    )
    doc = fitz.open(pdf)
    write("p02_ylxb_b03_pymupdf_gb18030.txt", "".join(pg.get_text() for pg in doc), enc="gb18030")
    hp = os.path.join(TMP, "ylxb_b03.html")
    save_html(hp, d2_epaper_html())
    write(
        "p03_ylxb_b03_epaper_lynx.txt",
        run(
            ["lynx", "-dump", "-nolist", "-width=80", "-assume_charset=utf-8", "-display_charset=utf-8", hp]
        ).decode(),
    )
    # D3
    write("t01_xiangxun_45_word_big5_crlf.txt", d3_word(), enc="cp950", crlf=True)
    pdf = os.path.join(TMP, "xiangxun_45.pdf")
    d3_pdf(pdf)
    write("t02_xiangxun_45_pdfminer.txt", extract_text(pdf))
    hp = os.path.join(TMP, "xiangxun_45.html")
    save_html(hp, d3_html())
    write(
        "t03_xiangxun_45_html2text_utf16le.txt",
        run(["html2text", "-utf8", "-width", "80", hp]).decode(),
        enc="utf-16",
    )
    write("t04_xiangxun_45_notes_markdown.txt", d3_markdown())


if __name__ == "__main__":
    main()
