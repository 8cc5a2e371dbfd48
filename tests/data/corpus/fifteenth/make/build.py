# ruff: noqa: E501  (file names and furniture lines are data, one line each)
"""Build the fifteenth held-out set from items.py (real texts) and invented issue furniture.

Run: /tmp/f15_v/bin/python make/build.py   (venv with reportlab, pymupdf, pdfminer.six, python-docx;
pdftotext, pandoc, w3m, lynx on PATH, fonts-arphic-uming).  Writes ../*.txt; PDFs, .docx and HTML go
to make/tmp/ (not committed).
"""

import html
import os
import subprocess

import docx
import fitz
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


def run(cmd):
    return subprocess.run(cmd, check=True, capture_output=True).stdout.decode("utf-8")


def save(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def wrap(text, n):
    """Cut text into lines of about n characters; a closing mark never starts a line."""
    out, cur = [], ""
    for ch in text:
        if len(cur) >= n and ch not in CLOSERS:
            out.append(cur)
            cur = ""
        cur += ch
    if cur:
        out.append(cur)
    return out


# ---------------------------------------------------------------- A: 縣市政新聞摘報 第3期 (traditional, 民國 dates)

A_SECTIONS = [("縣政動態", [I.NT, I.ZB, I.CH]), ("地方活動", [I.PH, I.TD])]
A_DATES = {
    id(I.CH): (113, 1, 12),
    id(I.ZB): (113, 1, 12),
    id(I.NT): (112, 12, 22),
    id(I.PH): (111, 12, 19),
    id(I.TD): (110, 5, 15),
}


def roc(d, style):
    y, m, dd = d
    return {"dash": f"{y}-{m:02d}-{dd:02d}", "dot": f"{y}.{m:02d}.{dd:02d}", "cjk": f"{y}年{m}月{dd}日"}[
        style
    ]


def a_lines(date_style, head):
    """The digest's body: 【section】 heads, title, a 發布日期 line in 民國 form, paragraphs, captions."""
    L = []
    for sec, its in A_SECTIONS:
        L += [head(sec), ""]
        for it in its:
            L += [it["title"], f"發布日期：{roc(A_DATES[id(it)], date_style)}", ""]
            for p in it["paras"]:
                L += [IND + p, ""]
            if it.get("caption"):
                L += [f"圖說：{it['caption']}", ""]
    return L


def a_copy():
    """A plain copy as the county office keeps it: 民國 masthead date, 【section】 heads, Big5 + CRLF."""
    L = ["縣市政新聞摘報", "第3期", "中華民國113年1月20日", "編印：縣政府新聞及行銷處", "", "＝" * 30, ""]
    L += a_lines("dash", lambda s: f"【{s}】")
    L += ["＝" * 30, "本摘報僅供機關內部參考，新聞內容以各縣市政府發布者為準。", ""]
    return "\n".join(L)


def a_html(path):
    body = [
        '<div class="nav">首頁 &gt; 新聞與公告 &gt; 新聞摘報</div>',
        "<h1>縣市政新聞摘報 第3期</h1>",
        "<p>發布日期：113-01-20　發布單位：新聞及行銷處　瀏覽人次：312</p>",
        "<hr>",
    ]
    for sec, its in A_SECTIONS:
        body.append(f"<h2>{sec}</h2>")
        for it in its:
            body.append(f"<h3>{html.escape(it['title'])}</h3>")
            body.append(f"<p class=date>{roc(A_DATES[id(it)], 'dot')}</p>")
            body += [f"<p>{html.escape(p)}</p>" for p in it["paras"]]
            if it.get("caption"):
                body.append(f"<p><img src=a.jpg alt=''><br>{html.escape(it['caption'])}</p>")
    body += [
        "<hr>",
        "<p>回上一頁　｜　列印　｜　分享至 Facebook　｜　LINE</p>",
        "<p>地址：縣政府新聞及行銷處　電話：(08)732-0415　上班時間：週一至週五 08:00-17:30</p>",
    ]
    save(
        path,
        '<html><head><meta charset="utf-8"><title>縣市政新聞摘報</title></head><body>'
        + "\n".join(body)
        + "</body></html>",
    )


def a_mail():
    """The digest forwarded as a plain-text e-mail (headers, a note, 原始郵件 block, the digest, a -- signature)."""
    L = [
        "From: 王小姐 <news.office@example.gov.tw>",
        "To: 各局處聯絡人 <liaison@example.gov.tw>",
        "Subject: 轉寄：縣市政新聞摘報 第3期",
        "Date: Mon, 22 Jan 2024 09:15:02 +0800",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "各位同仁好：",
        "",
        "轉寄本期新聞摘報，請參閱。如有新聞稿請於每週四前提供。",
        "",
        "-----原始郵件-----",
        "寄件者: 新聞及行銷處 <press@example.gov.tw>",
        "寄件日期: 2024年1月20日 下午 04:32",
        "收件者: 王小姐 <news.office@example.gov.tw>",
        "主旨: 縣市政新聞摘報 第3期",
        "",
        "縣市政新聞摘報　第3期　中華民國113年1月20日",
        "",
    ]
    L += a_lines("cjk", lambda s: f"■ {s}")
    L += ["--", "王小姐", "縣政府新聞及行銷處 新聞科", "電話：(08)732-0415 分機 2231", ""]
    return "\n".join(L)


class Cols:
    """A two-column A4 page: masthead across, then text flowing down column 1, then column 2."""

    def __init__(self, path, gap=28):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.W, self.H = A4
        self.colw = (self.W - 100 - gap) / 2
        self.xs = [50, 50 + self.colw + gap]
        self.col, self.page, self.top = 0, 1, self.H - 60
        self.y = self.top

    def across(self, s, size, gap=1.7):
        self.c.setFont("UMing", size)
        self.c.drawCentredString(self.W / 2, self.y, s)
        self.y -= size * gap
        self.top = self.y

    def rule(self):
        self.c.line(50, self.y + 8, self.W - 50, self.y + 8)
        self.y -= 6
        self.top = self.y

    def next_col(self):
        if self.col == 0:
            self.col, self.y = 1, self.top
        else:
            self.c.setFont("UMing", 9)
            self.c.drawCentredString(self.W / 2, 30, f"- {self.page} -")
            self.c.showPage()
            self.page += 1
            self.col, self.top = 0, self.H - 60
            self.y = self.top

    def line(self, s, size=10.5, gap=1.55, indent=0):
        if self.y < 60:
            self.next_col()
        self.c.setFont("UMing", size)
        self.c.drawString(self.xs[self.col] + indent, self.y, s)
        self.y -= size * gap

    def text(self, s, size=10.5, first=IND):
        for ln in wrap(first + s, int(self.colw / size)):
            self.line(ln, size)

    def save(self):
        self.c.setFont("UMing", 9)
        self.c.drawCentredString(self.W / 2, 30, f"- {self.page} -")
        self.c.showPage()
        self.c.save()


def a_pdf(path):
    p = Cols(path)
    p.across("縣市政新聞摘報", 24, 1.9)
    p.across("第3期　　中華民國一一三年一月二十日　　縣政府新聞及行銷處編印", 10)
    p.rule()
    for sec, its in A_SECTIONS:
        p.line(f"【{sec}】", 12)
        for it in its:
            for ln in wrap(it["title"], int(p.colw / 13)):
                p.line(ln, 13, 1.5)
            for s in it["paras"]:
                p.text(s)
            if it.get("caption"):
                p.text(it["caption"], 9, first="")
    p.save()


# ---------------------------------------------------------------- B: 政策文件选编 2025年第2期 (simplified, 文号)

B_DOCS = [I.HG, I.DY, I.GZ, I.HN]
B_HEAD = ["政策文件选编", "2025年第2期（总第14期）", "市人民政府办公室编　　　　　　　　　　2025年5月30日"]
B_TAIL = [
    "抄送：市委办公室，市人大常委会办公室，市政协办公室。",
    "市人民政府办公室　　　　　　　　　　2025年5月30日印发",
]


def b_toc():
    out = ["目　　录"]
    for n, d in enumerate(B_DOCS, 1):
        no = f"（{d['docno']}）" if d["docno"] else ""
        out.append(f"{d['title']}{no}……………{n * 2 - 1}")
    return out


def b_blocks():
    """(kind, text) blocks of the issue, kinds: mast, toc, no, title, to, p, head, sign, note, att, tail."""
    B = [("mast", B_HEAD[0]), ("mast2", B_HEAD[1]), ("mast3", B_HEAD[2])]
    B += [("toc", t) for t in b_toc()]
    for d in B_DOCS:
        if d["docno"]:
            B.append(("no", d["docno"]))
        B += [("title", t) for t in d["title_lines"]]
        if d.get("to"):
            B.append(("to", d["to"]))
        for s in d["paras"]:
            B.append(("head", s[1:]) if s.startswith("#") else ("p", s))
        B += [("sign", s) for s in d.get("sign", [])]
        if d.get("note"):
            B.append(("note", d["note"]))
        if d.get("att_title"):
            B.append(("att", d["att_title"]))
            for s in d["att"]:
                B.append(("head", s[1:]) if s.startswith("#") else ("p", s))
        B.append(("break", ""))
    B += [("tail", t) for t in B_TAIL]
    return B


def b_docx(path):
    d = docx.Document()
    C, R = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    style = {
        "mast": (26, True, C),
        "mast2": (14, False, C),
        "mast3": (12, False, None),
        "toc": (12, False, None),
        "no": (14, False, C),
        "title": (18, True, C),
        "to": (14, False, None),
        "p": (14, False, None),
        "head": (14, True, None),
        "sign": (14, False, R),
        "note": (14, False, None),
        "att": (18, True, C),
        "tail": (12, False, None),
    }
    for kind, text in b_blocks():
        if kind == "break":
            d.add_page_break()
            continue
        size, bold, align = style[kind]
        para = d.add_paragraph()
        run_ = para.add_run(("\u3000\u3000" if kind == "p" else "") + text)
        run_.bold, run_.font.size = bold, Pt(size)
        if align is not None:
            para.alignment = align
    d.save(path)


def b_pdf(path):
    c = canvas.Canvas(path, pagesize=A4)
    W, H = A4
    st = {"y": H - 70, "page": 1}

    def new_page():
        c.setFont("UMing", 10)
        c.drawCentredString(W / 2, 30, f"— {st['page']} —")
        c.showPage()
        st["page"] += 1
        st["y"] = H - 70

    def put(s, size, how="left", gap=1.7):
        if st["y"] < 70:
            new_page()
        c.setFont("UMing", size)
        if how == "centre":
            c.drawCentredString(W / 2, st["y"], s)
        elif how == "right":
            c.drawRightString(W - 70, st["y"], s)
        else:
            c.drawString(70, st["y"], s)
        st["y"] -= size * gap

    n = int((W - 140) / 13)
    for kind, text in b_blocks():
        if kind == "break":
            new_page()
        elif kind in ("mast", "att", "title"):
            put(text, {"mast": 26, "att": 15, "title": 15}[kind], "centre")
        elif kind in ("mast2", "no"):
            put(text, 13, "centre")
        elif kind == "sign":
            put(text, 13, "right")
        elif kind == "p":
            for ln in wrap(IND + text, n):
                put(ln, 13)
        else:
            for ln in wrap(text, n):
                put(ln, 13 if kind != "toc" else 11)
    c.setFont("UMing", 10)
    c.drawCentredString(W / 2, 30, f"— {st['page']} —")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- C: 社区志愿服务周报 (公众号 → Markdown; two-column PDF)

C_ITEMS = [I.RM, I.HX, I.SY, I.LZ]


def c_markdown():
    """A 公众号 post scraped to Markdown: account line, cover image, bold sub-heads, > quote, link list."""
    L = [
        "# 社区志愿服务周报｜第21期",
        "",
        "原创 社区志愿服务周报 [邻里志愿汇](javascript:void(0);)",
        "",
        "*2025年11月20日 18:00* *北京*",
        "",
        "![](https://mmbiz.qpic.cn/mmbiz_jpg/Xq3kBd0cover/640?wx_fmt=jpeg)",
        "",
        "> 本期编发四个社区的志愿服务活动，欢迎各社区来稿。",
        "",
    ]
    for n, it in enumerate(C_ITEMS, 1):
        L += [f"**{n:02d}**", "", f"**{it['title']}**", ""]
        for k, p in enumerate(it["paras"]):
            if it.get("subheads", {}).get(k):
                L += [f"**{it['subheads'][k]}**", ""]
            L += [p, ""]
            if k == 0:
                L += [f"![](https://mmbiz.qpic.cn/mmbiz_png/Xq3kBd0{n}{k}/640?wx_fmt=png)", ""]
        for cap in it.get("captions", []):
            L += [f"![]({'https://mmbiz.qpic.cn/mmbiz_jpg/Xq3kBd0cap/640'})", "", f"*{cap}*", ""]
        if it.get("tail"):
            L += [it["tail"], ""]
        L += ["* * *", ""]
    L += [
        "**往期回顾**",
        "",
        "- [社区志愿服务周报｜第20期](https://mp.weixin.qq.com/s/AbC20)",
        "- [社区志愿服务周报｜第19期](https://mp.weixin.qq.com/s/AbC19)",
        "",
        "编辑：周晓　审核：陈立",
        "",
        "[阅读原文](https://mp.weixin.qq.com/s/AbC21)",
        "",
        "阅读 865",
        "",
    ]
    return "\n".join(L)


def c_pdf(path):
    p = Cols(path, gap=20)
    p.across("社区志愿服务周报", 24, 1.9)
    p.across("第21期　　2025年11月20日　　邻里志愿汇编", 10)
    p.rule()
    for it in C_ITEMS:
        for ln in wrap(it["title"], int(p.colw / 13)):
            p.line(ln, 13, 1.5)
        for k, s in enumerate(it["paras"]):
            if it.get("subheads", {}).get(k):
                p.line(it["subheads"][k], 10.5)
            p.text(s)
        for cap in it.get("captions", []):
            p.text(cap, 9, first="")
        if it.get("tail"):
            p.text(it["tail"], 9, first="")
    p.save()


def main():
    write("a01_xszb_3_copy_big5_crlf.txt", a_copy(), enc="cp950", crlf=True)
    ah = os.path.join(TMP, "xszb_3.html")
    a_html(ah)
    write(
        "a02_xszb_3_web_lynx.txt",
        run(["lynx", "-dump", "-nolist", "-width=80", "-display_charset=utf-8", "-assume_charset=utf-8", ah]),
    )
    write("a03_xszb_3_email_fwd.txt", a_mail())
    ap = os.path.join(TMP, "xszb_3.pdf")
    a_pdf(ap)
    write("a04_xszb_3_2col_pdftotext-layout.txt", run(["pdftotext", "-layout", "-enc", "UTF-8", ap, "-"]))
    bd = os.path.join(TMP, "zcwj_2.docx")
    b_docx(bd)
    write("b01_zcwj_2_docx_pandoc-plain.txt", run(["pandoc", "-f", "docx", "-t", "plain", "--wrap=none", bd]))
    write("b04_zcwj_2_docx_pandoc-gfm.txt", run(["pandoc", "-f", "docx", "-t", "gfm", "--wrap=none", bd]))
    bp = os.path.join(TMP, "zcwj_2.pdf")
    b_pdf(bp)
    write(
        "b02_zcwj_2_pdftotext-layout_utf8bom.txt",
        run(["pdftotext", "-layout", "-enc", "UTF-8", bp, "-"]),
        bom=True,
    )
    doc = fitz.open(bp)
    write(
        "b03_zcwj_2_pymupdf_gb18030_crlf.txt", "".join(pg.get_text() for pg in doc), enc="gb18030", crlf=True
    )
    write("c01_sqzy_21_wechat_markdown.txt", c_markdown())
    cp = os.path.join(TMP, "sqzy_21.pdf")
    c_pdf(cp)
    write("c02_sqzy_21_2col_pdftotext.txt", run(["pdftotext", "-enc", "UTF-8", cp, "-"]))
    write("c03_sqzy_21_2col_pdftotext-layout.txt", run(["pdftotext", "-layout", "-enc", "UTF-8", cp, "-"]))
    write(
        "c04_sqzy_21_2col_pdftotext-raw_utf16le.txt",
        run(["pdftotext", "-raw", "-enc", "UTF-8", cp, "-"]),
        enc="utf-16-le",
    )


if __name__ == "__main__":
    main()
