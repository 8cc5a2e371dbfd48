# ruff: noqa: E501  (file names and table rows are data, one line each)
"""Build the fourteenth held-out set from items.py (real texts) and invented issue furniture.

Run: /tmp/th14_v/bin/python make/build.py   (venv with reportlab, python-docx, docx2txt, pdfminer.six;
pdftotext, pandoc, w3m, html2text on PATH, fonts-arphic-uming).  Writes ../*.txt; PDFs, .docx and HTML go
to make/tmp/ (not committed).
"""

import os
import subprocess
import unicodedata

import docx
import docx2txt
import items as I
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
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


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw).stdout


def save(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def is_head(p):
    return p.startswith("#")


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


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


# ---------------------------------------------------------------- PDF typesetting (as thirteenth)


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

    def rule(self):
        self.c.line(60, self.y + 6, self.W - 60, self.y + 6)
        self.y -= 8

    def save(self):
        self.c.showPage()
        self.c.save()


def para_docx(d, text, size=12, bold=False, align=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


# ---------------------------------------------------------------- A: 教育简报 2025年第9期

A_SECTIONS = [("工作动态", [I.QJ, I.WM]), ("队伍建设", [I.LX, I.SD])]
A_EDIT = {id(I.QJ): "李敏", id(I.WM): "李敏", id(I.LX): "王芳", id(I.SD): "王芳"}
A_TAIL = [
    "报：市教育局，县委办公室，县政府办公室",
    "送：县委教育工作领导小组各成员单位",
    "发：各乡镇中心学校，县直各学校",
]


def a_mobile():
    """A phone browser's copy of the bulletin page: each visual line a line (about 16 characters),
    a 来源/编辑/审核 trio under each item, 阅读原文 and 分享到 at the end."""
    L = ["教育简报（2025年第9期）", "县教育局办公室", "2025-05-20 08:30", "", "字号：大 中 小", ""]
    for sec, its in A_SECTIONS:
        L += [f"▍{sec}", ""]
        for it in its:
            L += [*wrap(it["title"], 16), ""]
            for p in it["paras"]:
                L += [*wrap(p, 16), ""]
            L += [f"来源：{it['source']}", f"编辑：{A_EDIT[id(it)]}", "审核：周建国", ""]
    L += ["阅读原文", "", "分享到：", "微信  朋友圈  微博  QQ空间", "", "阅读 1286", "在看 12", "写留言"]
    return "\n".join(L) + "\n"


def a_wordtext():
    """Word 'Save as plain text' with 'insert line breaks': every line cut at 26 characters, no blank
    lines, the automatic numbering of sections (一、) and titles (1.) lost."""
    L = [*wrap("教育简报", 26), "2025年第9期", "县教育局办公室编            2025年5月20日"]
    for sec, its in A_SECTIONS:
        L.append(sec)
        for it in its:
            L += wrap(it["title"], 26)
            for p in it["paras"]:
                L += wrap(IND + p, 26)
    L += A_TAIL
    return "\n".join(L) + "\n"


def a_pdf(path):
    p = Page(
        path,
        "UMing",
        header="教育简报　　　　　　　　　　　　　　　　　　　　　　　2025年第9期",
        footer="- {n} -",
    )
    p.line("教育简报", 28, centre=True, gap=2)
    p.line("2025年第9期", 13, centre=True)
    p.line("县教育局办公室编", 11, gap=0)
    p.line("2025年5月20日", 11, right=True)
    p.rule()
    for sec, its in A_SECTIONS:
        p.line(f"【{sec}】", 13)
        for it in its:
            for ln in wrap(it["title"], 24):
                p.line(ln, 14, centre=True, gap=1.5)
            for s in it["paras"]:
                p.para(s, 12)
    p.rule()
    for ln in A_TAIL:
        p.line(ln, 10)
    p.save()


OCR_SWAP = {"一": "—", "日": "曰", "己": "已"}


def ocr(text):
    """Tesseract-like noise on a scan of the printed page: every second 「一」 read as 「—」, every third
    「日」 as 「曰」, a stray space inside every fifth line, ASCII commas for a few Chinese-width ones."""
    out, seen = [], {}
    for k, ln in enumerate(text.split("\n")):
        chars = []
        for ch in ln:
            if ch in OCR_SWAP:
                seen[ch] = seen.get(ch, 0) + 1
                step = 2 if ch == "一" else 3
                if seen[ch] % step == 0:
                    ch = OCR_SWAP[ch]
            chars.append(ch)
        ln = "".join(chars)
        if k % 5 == 3 and len(ln.strip()) > 8:
            i = len(ln) - len(ln.lstrip()) + 4
            ln = ln[:i] + " " + ln[i:]
        out.append(ln)
    return "\n".join(out)


# ---------------------------------------------------------------- B: 12345 热线 通报 (one document each)

LY_TITLE = "关于2022年4月份12345热线留言办理情况的通报"


def b_rx_docx(path):
    d = docx.Document()
    para_docx(d, I.RX["title"], 20, True, WD_ALIGN_PARAGRAPH.CENTER)
    para_docx(d, I.RX["range"], 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    for s in I.RX["paras"]:
        if is_head(s):
            para_docx(d, IND + s[1:], 12, True)
        else:
            para_docx(d, IND + s)
    para_docx(d, IND + I.RX["annex"])
    para_docx(d, "县12345政府服务热线办公室", 12, False, WD_ALIGN_PARAGRAPH.RIGHT)
    para_docx(d, "2016年3月11日", 12, False, WD_ALIGN_PARAGRAPH.RIGHT)
    d.save(path)


def b_rx_pdf(path):
    p = Page(path, "UMing", footer="— {n} —")
    p.line(I.RX["title"], 18, centre=True, gap=1.8)
    p.line(I.RX["range"], 12, centre=True, gap=2)
    for s in I.RX["paras"]:
        if is_head(s):
            p.line(IND + s[1:], 12)
        else:
            p.para(s, 12)
    p.para(I.RX["annex"], 12)
    p.line("县12345政府服务热线办公室", 12, right=True)
    p.line("2016年3月11日", 12, right=True)
    p.save()


def b_ly_docx(path):
    d = docx.Document()
    para_docx(d, LY_TITLE, 18, True, WD_ALIGN_PARAGRAPH.CENTER)
    para_docx(d, I.LY["main"])
    for s in I.LY["paras"]:
        para_docx(d, IND + (s[1:] if is_head(s) else s), 12, is_head(s))
    para_docx(d, IND + I.LY["annex"])
    para_docx(d, "市12345政务服务热线管理办公室", 12, False, WD_ALIGN_PARAGRAPH.RIGHT)
    para_docx(d, I.LY["date"], 12, False, WD_ALIGN_PARAGRAPH.RIGHT)
    d.add_page_break()
    para_docx(d, "附件")
    para_docx(d, "12345热线留言办理4月份情况统计表", 14, True, WD_ALIGN_PARAGRAPH.CENTER)
    t = d.add_table(rows=1 + len(I.LY["rows"]), cols=len(I.LY["head"]))
    t.style = "Table Grid"
    for j, h in enumerate(I.LY["head"]):
        t.cell(0, j).text = h
    for i, row in enumerate(I.LY["rows"]):
        for j, v in enumerate(row):
            t.cell(i + 1, j).text = v
    d.save(path)


def b_ly_pdf(path):
    p = Page(path, "UMing", footer="- {n} -")
    p.line(LY_TITLE, 16, centre=True, gap=2)
    p.line(I.LY["main"], 12)
    for s in I.LY["paras"]:
        if is_head(s):
            p.line(IND + s[1:], 12)
        else:
            p.para(s, 12)
    p.para(I.LY["annex"], 12)
    p.line("市12345政务服务热线管理办公室", 12, right=True)
    p.line(I.LY["date"], 12, right=True)
    p.new_page()
    p.line("附件", 12)
    p.line("12345热线留言办理4月份情况统计表", 14, centre=True, gap=2)
    xs = [40, 62, 120, 160, 200, 232, 262, 306, 338, 368, 405, 450, 495]
    for row in [
        [
            "序号",
            "单位",
            "派遣总数",
            "热线按时",
            "超时",
            "未办",
            "政民按时",
            "超时",
            "未办",
            "结案率",
            "按时率",
            "不满意",
            "不满意率",
        ]
    ] + I.LY["rows"]:
        p.c.setFont("UMing", 8)
        for x, v in zip(xs, row, strict=True):
            p.c.drawString(x, p.y, v)
        p.y -= 16
    p.save()


# ---------------------------------------------------------------- C: 理论学习简报 2025年第3期

C_HEAD = ["理论学习简报", "2025年第3期", "中共县委党校编　　　　　　　　　　2025年6月16日"]


def c_blocks():
    """(kind, text) blocks of the issue, shared by the .docx and the PDF."""
    B = [("T", I.WX["title"]), ("A", I.WX["author"]), ("P", I.WX["abstract"]), ("P", I.WX["keywords"])]
    B += [("P", s) for s in I.WX["paras"]] + [("N", "注释：")] + [("N", n) for n in I.WX["notes"]]
    B += [("T", I.DJ["title"]), ("A", I.DJ["author_line"])]
    B += [("H", s[1:]) if is_head(s) else ("P", s) for s in I.DJ["paras"]]
    B += [("N", "注释：")] + [("N", n) for n in I.DJ["notes"]]
    return B


def c_docx(path):
    d = docx.Document()
    para_docx(d, C_HEAD[0], 26, True, WD_ALIGN_PARAGRAPH.CENTER)
    para_docx(d, C_HEAD[1], 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    para_docx(d, C_HEAD[2])
    para_docx(d, "【编者按】本期刊发两篇党的建设理论文章，供全县党员干部学习参考。")
    for k, s in c_blocks():
        if k == "T":
            para_docx(d, s, 16, True, WD_ALIGN_PARAGRAPH.CENTER)
        elif k == "A":
            para_docx(d, s, 12, False, WD_ALIGN_PARAGRAPH.CENTER)
        elif k == "H":
            para_docx(d, IND + s, 12, True)
        elif k == "N":
            para_docx(d, s, 9)
        else:
            para_docx(d, IND + s)
    para_docx(d, "（内部资料　注意保存）", 10)
    d.save(path)


def c_pdf(path):
    p = Page(
        path,
        "UMing",
        header="理论学习简报　　　　　　　　　　　　　　　　　　　　2025年第3期",
        footer="第 {n} 页",
    )
    p.line(C_HEAD[0], 26, centre=True, gap=2)
    p.line(C_HEAD[1], 13, centre=True)
    p.line(C_HEAD[2], 11)
    p.rule()
    p.para("【编者按】本期刊发两篇党的建设理论文章，供全县党员干部学习参考。", 11)
    for k, s in c_blocks():
        if k == "T":
            for ln in wrap(s, 24):
                p.line(ln, 15, centre=True, gap=1.6)
        elif k == "A":
            p.line(s, 11, centre=True)
        elif k == "H":
            for ln in wrap(s, 36):
                p.line(ln, 12, x=60)
        elif k == "N":
            p.line(s, 9)
        else:
            p.para(s, 12)
    p.rule()
    p.line("（内部资料　注意保存）", 10)
    p.save()


# ---------------------------------------------------------------- D: bilingual government news digest (traditional)

D_HEAD = ["政府新聞簡報", "Government News Digest", "第5期 Issue No. 5", "2019年1月30日 30 January 2019"]


def d_copy():
    """A bilingual digest as a department types it: English title over the Chinese title, text, blank line."""
    L = [*list(D_HEAD), "", "＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝", ""]
    for it in I.MO:
        L += [it["en"], it["title"], IND + it["text"], ""]
    L += [
        "＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝",
        "新聞局 Government Information Bureau",
        "查詢 Enquiries: 2833 2886",
    ]
    return "\n".join(L) + "\n"


def d_html():
    items = "\n".join(
        f"<div class='item'><h2 lang='en'>{it['en']}</h2><h3>{it['title']}</h3><p>{it['text']}</p></div><hr>"
        for it in I.MO
    )
    return f"""<html><head><meta charset="utf-8"><title>{D_HEAD[0]} {D_HEAD[1]}</title></head><body>
<p><a href="#">繁體</a> | <a href="#">简体</a> | <a href="#">Português</a> | <a href="#">English</a></p>
<h1>{D_HEAD[0]}<br>{D_HEAD[1]}</h1>
<p>{D_HEAD[2]}　{D_HEAD[3]}</p>
{items}
<p>新聞局 Government Information Bureau | 私隱聲明 Privacy | 查詢 Enquiries</p>
</body></html>"""


def main():
    # A
    write("a01_jyjb_9_mobile_copy.txt", a_mobile())
    write("a02_jyjb_9_word-savetxt-wrap26_gb18030_crlf.txt", a_wordtext(), "gb18030", crlf=True)
    apath = os.path.join(TMP, "jyjb_9.pdf")
    a_pdf(apath)
    write("a03_jyjb_9_pdftotext.txt", run(["pdftotext", "-enc", "UTF-8", apath, "-"]).decode())
    lay = run(["pdftotext", "-layout", "-enc", "UTF-8", apath, "-"]).decode()
    write("a04_jyjb_9_scan-ocr_utf8_crlf.txt", ocr(lay), crlf=True)
    # B
    rxd = os.path.join(TMP, "rx_weekly.docx")
    b_rx_docx(rxd)
    write(
        "b01_12345_weekly_docx_pandoc-plain.txt",
        run(["pandoc", "-f", "docx", "-t", "plain", "--wrap=none", rxd]).decode(),
    )
    rxp = os.path.join(TMP, "rx_weekly.pdf")
    b_rx_pdf(rxp)
    write(
        "b02_12345_weekly_pdftotext-layout_utf8bom.txt",
        run(["pdftotext", "-layout", "-enc", "UTF-8", rxp, "-"]).decode(),
        bom=True,
    )
    lyd = os.path.join(TMP, "ly_month.docx")
    b_ly_docx(lyd)
    write("b03_12345_month_docx2txt_gb18030_crlf.txt", docx2txt.process(lyd), "gb18030", crlf=True)
    lyp = os.path.join(TMP, "ly_month.pdf")
    b_ly_pdf(lyp)
    write(
        "b04_12345_month_pdftotext-layout.txt",
        run(["pdftotext", "-layout", "-enc", "UTF-8", lyp, "-"]).decode(),
    )
    # C
    cd = os.path.join(TMP, "llxx_3.docx")
    c_docx(cd)
    write(
        "c01_llxx_3_docx_pandoc-plain.txt",
        run(["pandoc", "-f", "docx", "-t", "plain", "--wrap=none", cd]).decode(),
    )
    cp = os.path.join(TMP, "llxx_3.pdf")
    c_pdf(cp)
    write("c02_llxx_3_pdfminer.txt", extract_text(cp))
    write("c03_llxx_3_docx2txt_utf16le.txt", docx2txt.process(cd), "utf-16-le")
    # D
    write("d01_xwjb_5_bilingual_copy_big5_crlf.txt", d_copy(), "cp950", crlf=True)
    dh = os.path.join(TMP, "xwjb_5.html")
    save(dh, d_html())
    write("d02_xwjb_5_bilingual_html2text.txt", run(["html2text", "-utf8", "-width", "80", dh]).decode())
    write(
        "d03_xwjb_5_bilingual_w3m.txt", run(["w3m", "-dump", "-T", "text/html", "-cols", "80", dh]).decode()
    )


if __name__ == "__main__":
    main()
