# ruff: noqa: E501  (file names and furniture lines are data, one line each)
"""Build the seventeenth held-out set from items.py (real texts) and invented issue furniture.

Run: /work/wt-seventeenth/.venv/bin/python make/build.py  (reportlab, pymupdf, pdfminer.six, python-docx, html2text in
the venv; pdftotext, pandoc, w3m, lynx on PATH, fonts-arphic-uming).
Writes ../*.txt; PDFs, .docx and HTML go to make/tmp/ (not committed).
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


def html2text_py(path):
    import html2text

    h = html2text.HTML2Text()
    h.body_width = 0
    with open(path, encoding="utf-8") as f:
        return h.handle(f.read())


def page_doc(title, body):
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        + "\n".join(body)
        + "</body></html>"
    )


def count(it):
    return sum(len(p) for p in it["paras"])


# ---------------------------------------------------------------- A: 云溪日报 2025-11-29, as a news-database export

PAPER, DAY = "云溪日报", "2025-11-29"
RULE = "=" * 70


def a_wisenews():
    """A WiseNews-style text export: a header, then one record per article with 「标题：」 … 「正文：」 fields."""
    n = len(I.RECORDS)
    out = [
        "慧科新闻检索 WiseSearch",
        f"检索条件：媒体={PAPER}；日期={DAY}",
        f"共 {n} 篇文章　　导出时间：2025-12-01 10:32",
        "",
    ]
    for k, r in enumerate(I.RECORDS, 1):
        out += [
            RULE,
            f"文档 {k} / {n}",
            f"标题：{r['title']}",
            f"来源：{PAPER}",
            f"日期：{DAY}",
            f"版次：{r['page']}",
            f"版名：{r['page_name']}",
            f"作者：{r['author']}",
            f"字数：{count(r)}",
            "正文：",
        ]
        for t in r["paras"]:
            out += [t, ""]
    out += [RULE, "© 本内容由慧科讯业有限公司提供，仅供内部参考，不得转载。", ""]
    return "\n".join(out)


def a_cnki():
    """A CNKI 报纸库 「自定义」 export: bilingual field labels, the body only as a 摘要 of 120 characters."""
    out = []
    for r in I.RECORDS:
        body = "".join(r["paras"])
        authors = "".join(a + ";" for a in r["author"].split())
        out += [
            "SrcDatabase-来源库: 中国重要报纸全文数据库",
            f"Title-题名: {r['title']}",
            f"Author-作者: {authors}",
            f"Source-报纸: {PAPER}",
            f"PubTime-发表时间: {DAY}",
            f"Page-版号: {r['page'][1:-1]}",
            f"Column-栏目: {r['page_name']}",
            f"Summary-摘要: {body[:120]}……",
            "",
            "",
        ]
    return "\n".join(out)


def a_brackets():
    """An export with 【标题】-style labels, records numbered 「1.」 and set apart by a dashed rule."""
    out = [f"{PAPER} {DAY} 全部版面文章（{len(I.RECORDS)}条）", ""]
    for k, r in enumerate(I.RECORDS, 1):
        out += [
            f"{k}.",
            f"【标题】{r['title']}",
            f"【作者】{r['author']}",
            f"【报纸】{PAPER}",
            f"【日期】{DAY}",
            f"【版号】{r['page']}",
            f"【版名】{r['page_name']}",
            "【正文】",
        ]
        out += ["　　" + t for t in r["paras"]]
        out += ["-" * 40, ""]
    return "\n".join(out)


def a_html(path):
    """The same export as the database's 「打印」 page: title, a piped meta line, the text."""
    body = [f"<h1>{PAPER}　{DAY}</h1>", f"<p>共 {len(I.RECORDS)} 篇　|　打印　|　关闭</p>"]
    for k, r in enumerate(I.RECORDS, 1):
        meta = f"{PAPER} | {DAY} | {r['page']} | {r['page_name']} | 作者：{r['author']} | 字数：{count(r)}"
        body += [f"<hr><h3>{k}. {html.escape(r['title'])}</h3>", f"<p>{meta}</p>"]
        body += [f"<p>{html.escape(t)}</p>" for t in r["paras"]]
    body.append("<hr><p>版权所有 慧科讯业有限公司　仅供内部参考</p>")
    save(path, page_doc(PAPER, body))


def build_a():
    write("a01_ybrb_wisenews-export_utf8.txt", a_wisenews())
    write("a02_ybrb_cnki-export_gb18030_crlf.txt", a_cnki(), "gb18030", crlf=True)
    write("a03_ybrb_bracket-export_utf8bom.txt", a_brackets(), bom=True)
    h = os.path.join(TMP, "a.html")
    a_html(h)
    write(
        "a04_ybrb_print-page_lynx_gbk.txt",
        run(["lynx", "-dump", "-nolist", "-width=80", "-assume_charset=utf-8", "-display_charset=utf-8", h]),
        "gbk",
    )


# ---------------------------------------------------------------- B: 经济运行简报 2025年第5期 (2025-05-28)

B_HEAD = ["经济运行简报", "2025年第5期(总第53期)", "县统计局编　　　　　　　　　　2025年5月28日"]
B_ITEMS = [I.YY, "TABLE", I.WC, I.FQ]
B_END = "报送:县委、县人大、县政府、县政协主要领导　　　送:县发改局、县经信局、县财政局"
COLS = (0, 190, 270, 360)


def b_pdf(path):
    p = Page(path)
    p.centre(B_HEAD[0], 22, 1.6)
    p.centre(B_HEAD[1], 12)
    p.centre(B_HEAD[2], 11)
    p.rule()
    for it in B_ITEMS:
        if it == "TABLE":
            p.centre(I.TABLE_TITLE, 14, 1.9)
            for row in I.TABLE:
                p.need(16)
                p.c.setFont("UMing", 10)
                for x, cell in zip(COLS, row, strict=True):
                    p.c.drawString(p.L + 20 + x, p.y, cell.replace("  ", "\u3000"))
                p.y -= 16
            p.space(4)
            for t in I.TABLE_NOTES:
                p.para(t, 9, indent=False)
            p.space()
            continue
        p.centre(it["title"], 14, 1.9)
        for t in it["paras"]:
            if isinstance(t, tuple):
                p.left("\u3000\u3000" + t[1], 11)
            else:
                p.para(t)
        p.space()
    p.rule()
    p.para(B_END, 9, indent=False)
    p.close()


def b_docx(path):
    d = docx.Document()
    for s in B_HEAD:
        d.add_paragraph(s)
    for it in B_ITEMS:
        if it == "TABLE":
            d.add_paragraph(I.TABLE_TITLE, style="Heading 1")
            tab = d.add_table(rows=0, cols=4)
            for row in I.TABLE:
                cells = tab.add_row().cells
                for c, v in zip(cells, row, strict=True):
                    c.text = v.strip()
            for t in I.TABLE_NOTES:
                d.add_paragraph(t)
            continue
        d.add_paragraph(it["title"], style="Heading 1")
        for t in it["paras"]:
            d.add_paragraph(t[1] if isinstance(t, tuple) else t)
    d.add_paragraph(B_END)
    d.save(path)


def build_b():
    pdf = os.path.join(TMP, "b.pdf")
    b_pdf(pdf)
    write("b01_jjyx_5_pdftotext-layout_utf8bom.txt", run(["pdftotext", "-layout", pdf, "-"]), bom=True)
    doc = fitz.open(pdf)
    blocks = "\n".join(b[4] for pg in doc for b in pg.get_text("blocks"))
    write("b02_jjyx_5_pymupdf-blocks_gb18030_crlf.txt", blocks, "gb18030", crlf=True)
    dx = os.path.join(TMP, "b.docx")
    b_docx(dx)
    write(
        "b03_jjyx_5_docx_pandoc-plain.txt", run(["pandoc", "-f", "docx", "-t", "plain", "--columns=80", dx])
    )
    write("b04_jjyx_5_pdfminer.txt", extract_text(pdf))


# ---------------------------------------------------------------- C: 纪检监察信息 2025年第12期 (2025-06-16), and the CMS pages

C_HEAD = ["内部资料　注意保存", "纪检监察信息", "第12期", "县纪委监委办公室编　　　　　　　　2025年6月16日"]
C_SIGN = "签发:王建华　　核稿:刘晓燕"
C_SECTIONS = [("通报曝光", [I.JG, I.HC]), ("数据发布", [I.WH, I.SD])]
C_END = [
    "报:市纪委监委",
    "送:县委常委,县人大常委会、县政府、县政协主要领导",
    "发:各乡镇(街道)纪(工)委,县纪委监委各派驻纪检监察组",
    "(共印30份)",
]
LINKS = {  # 相关链接 under each CMS page: another item of the series and invented titles
    id(I.JG): ["中央纪委对8起违反中央八项规定精神的典型问题发出通报", "县纪委监委召开节前廉政提醒谈话会"],
    id(I.WH): ["县纪委监委开展节假日作风纪律专项检查", "中央纪委通报13起违反中央八项规定精神问题"],
    id(I.HC): ["县纪委监委通报2起形式主义官僚主义典型问题"],
    id(I.SD): ["7月全国查处违反中央八项规定精神问题5178起", "县纪委监委公布举报电话和网址"],
}


def c_pdf(path):
    p = Page(path)
    p.left(C_HEAD[0], 10)
    p.centre(C_HEAD[1], 22, 1.6)
    p.centre(C_HEAD[2], 12)
    p.left(C_HEAD[3], 11)
    p.right(C_SIGN, 10)
    p.rule()
    for sec, its in C_SECTIONS:
        p.left(f"【{sec}】", 13, 2.0)
        for it in its:
            p.centre(it["title"], 14, 1.9)
            for t in it["paras"]:
                p.para(t)
            p.space()
    p.rule()
    for t in C_END[:-1]:
        p.left(t, 10)
    p.right(C_END[-1], 10)
    p.close()


def c_docx(path):
    d = docx.Document()
    d.add_paragraph(C_HEAD[0])
    for s in C_HEAD[1:]:
        d.add_paragraph(s)
    d.add_paragraph(C_SIGN)
    for sec, its in C_SECTIONS:
        d.add_paragraph(f"【{sec}】")
        for it in its:
            d.add_paragraph(it["title"], style="Heading 2")
            for t in it["paras"]:
                d.add_paragraph(t)
    for t in C_END:
        d.add_paragraph(t)
    d.save(path)


def cms_lines(it):
    """One CMS article page as a browser's select-all copy gives it."""
    out = [
        "您当前的位置:首页 > 工作动态 > 通报曝光",
        "",
        it["title"],
        "",
        f"发布时间:{it['time']}　来源:{it['source']}　浏览次数:{len(it['title']) * 37}",
        "【字体:大 中 小】",
        "",
    ]
    for t in it["paras"]:
        out += ["　　" + t, ""]
    out += ["【打印】【关闭】", "", "相关链接"]
    out += ["· " + t for t in LINKS[id(it)]]
    out += ["", "县纪委监委主办　地址:县府路8号　举报电话:12388", "", ""]
    return out


def c_html(path):
    body = []
    for it in I.JJ:
        body += [
            '<div class="pos">您当前的位置:<a href="/">首页</a> &gt; 工作动态 &gt; 通报曝光</div>',
            f"<h2>{html.escape(it['title'])}</h2>",
            f"<p>发布时间:{it['time']}　来源:{it['source']}　浏览次数:{len(it['title']) * 37}</p>",
            "<p>【字体:大 中 小】</p>",
        ]
        body += [f"<p>{html.escape(t)}</p>" for t in it["paras"]]
        body += ["<p>【打印】【关闭】</p>", "<h4>相关链接</h4><ul>"]
        body += [f"<li><a href='#'>{html.escape(t)}</a></li>" for t in LINKS[id(it)]]
        body += ["</ul>", "<hr><p>县纪委监委主办　地址:县府路8号　举报电话:12388</p>"]
    save(path, page_doc("通报曝光", body))


def build_c():
    pdf = os.path.join(TMP, "c.pdf")
    c_pdf(pdf)
    write("c01_jjxx_12_pdftotext.txt", run(["pdftotext", pdf, "-"]))
    dx = os.path.join(TMP, "c.docx")
    c_docx(dx)
    write(
        "c02_jjxx_12_docx_pandoc-plain_gbk_crlf.txt",
        run(["pandoc", "-f", "docx", "-t", "plain", "--columns=80", dx]),
        "gbk",
        crlf=True,
    )
    write("c03_tbbg_cms-copy_utf8_crlf.txt", "\n".join(ln for it in I.JJ for ln in cms_lines(it)), crlf=True)
    h = os.path.join(TMP, "c.html")
    c_html(h)
    write(
        "c04_tbbg_cms_w3m_gb18030.txt",
        run(["w3m", "-dump", "-T", "text/html", "-cols", "80", "-I", "UTF-8", "-O", "UTF-8", h]),
        "gb18030",
    )


if __name__ == "__main__":
    build_a()
    build_b()
    build_c()
