# ruff: noqa: E501
"""Build the twentyfifth set's files from items.py.

Needs (build only, never the reader's runtime): python-docx, docx2python and odfpy
(titles are .odt headings, drawn by odt2txt with a rule of 「=」 or 「-」 under them)
(`pip install --target /tmp/tw25pkgs python-docx docx2python odfpy`, run with PYTHONPATH=/tmp/tw25pkgs),
`abiword` (3.0.5, Debian) and `odt2txt` (0.5, Debian). Run: PYTHONPATH=/tmp/tw25pkgs python3 make/build.py
"""

import html
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TMP = os.path.join(HERE, "tmp")
sys.path.insert(0, HERE)
import items as it  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx2python import docx2python  # noqa: E402
from odf import opendocument, style, table, text  # noqa: E402


def write(name, s):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(s)


# --- A: the e-paper page as HTML, "saved as text" by a browser, and pasted from a PDF viewer ---------


def a_html():
    h = [
        "<html><head><title>泷阳新闻数字报-第1版：要闻</title></head><body>",
        '<div class="top"><a href="#">首页</a> | <a href="#">往期回顾</a> | <a href="#">PDF下载</a></div>',
        f'<div class="mast"><h1>{it.A_PAPER}</h1><p>{it.A_OWNER}　{it.A_DATE}</p></div>',
        '<div class="nav"><span>上一版</span> <span>下一版</span><h3>版面导航</h3><ul>',
    ]
    h += [f'<li><a href="#">{n}</a></li>' for n in it.A_NAV]
    h += ["</ul><h3>本版标题</h3><ul>"]
    h += [f'<li><a href="#">{s["title"]}</a></li>' for s in it.A_STORIES]
    h += ["</ul></div>", f'<div class="page"><p>{it.A_PAGE[0]}：{it.A_PAGE[1]}</p>']
    for s in it.A_STORIES:
        h.append(f'<div class="article"><h2>{html.escape(s["title"])}</h2>')
        if s["caption"]:
            h.append(f'<div class="pic"><img src="p.jpg" alt=""><p class="caption">{s["caption"]}</p></div>')
        paras = list(s["paras"])
        paras[0] = s["dateline"] + paras[0]
        h += [f"<p>　　{p}</p>" for p in paras]
        if s["credit"]:
            h.append(f'<p class="credit">{s["credit"]}</p>')
        h.append("</div>")
    h += [
        f"<p>{it.A_EDITORS}</p></div>",
        '<div class="foot"><p>泷阳县融媒体中心版权所有　未经授权不得转载</p></div></body></html>',
    ]
    return "\n".join(h)


class SaveAsText(HTMLParser):
    """A browser's "save page as text": block elements each a paragraph apart by a blank line, list items
    with a leading "  * ", links as their text, images dropped, lines wrapped at 72 columns counting a CJK character
    as two."""

    BLOCK = frozenset({"p", "div", "h1", "h2", "h3", "li", "ul", "title"})

    def __init__(self):
        super().__init__()
        self.blocks, self.cur, self.skip = [], "", False

    def flush(self):
        t = re.sub(r"[ \n]+", " ", self.cur).strip(" ")
        if t:
            self.blocks.append(t)
        self.cur = ""

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.skip = True
        if tag in self.BLOCK:
            self.flush()
        if tag == "li":
            self.cur = "  * "

    def handle_endtag(self, tag):
        if tag == "title":
            self.skip = False
            self.cur = ""
        if tag in self.BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur += data


def width(c):
    return 2 if ord(c) > 0x2E7F else 1


def wrap(s, cols):
    lines, cur, w = [], "", 0
    for c in s:
        if w + width(c) > cols and c not in "，。、；：？！”）》%":
            lines.append(cur)
            cur, w = "", 0
        cur += c
        w += width(c)
    if cur:
        lines.append(cur)
    return lines


def a_savepage():
    p = SaveAsText()
    p.feed(a_html())
    p.flush()
    out = []
    for b in p.blocks:
        out += wrap(b, 72)
        if not b.startswith("  * "):
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def a_pdfviewer():
    """Text copied from a PDF viewer showing the printed page: every printed line broken (20 characters a column
    line, no first-line indents), the titles' lines, the page's head line and the editors' line copied where the
    content stream draws them (after the second story), the footer at the end."""
    out = [it.A_PAPER, f"{it.A_OWNER}　{it.A_DATE}"]
    for i, s in enumerate(it.A_STORIES):
        out += wrap(s["title"], 36)
        paras = list(s["paras"])
        paras[0] = s["dateline"] + paras[0]
        for p in paras:
            out += wrap("　　" + p, 40)
        if s["caption"]:
            out += wrap(s["caption"], 40)
        if s["credit"]:
            out.append(s["credit"])
        if i == 1:
            out += [f"{it.A_DATE}　{it.A_PAGE[0]}　{it.A_PAGE[1]}", it.A_EDITORS]
    out.append("泷阳县融媒体中心版权所有")
    return "\r\n".join(x.lstrip("　") for x in out) + "\r\n"


# --- B–E: Word and OpenDocument files -----------------------------------------------------------------


class Doc:
    """The same issue as a .docx (python-docx) and an .odt (odfpy)."""

    def __init__(self):
        self.d = Document()
        self.o = opendocument.OpenDocumentText()
        c = style.Style(name="C", family="paragraph")
        c.addElement(style.ParagraphProperties(textalign="center"))
        b = style.Style(name="B", family="paragraph")
        b.addElement(style.ParagraphProperties(textindent="0.8cm"))
        self.o.automaticstyles.addElement(c)
        self.o.automaticstyles.addElement(b)
        self.ostyle = {"c": c, "b": b}
        self.ntab = 0

    def para(self, s, kind="b", size=None, bold=False, head=0):
        """A paragraph; `head` makes it an .odt heading of that outline level (the .docx keeps a bold paragraph)."""
        p = self.d.add_paragraph()
        r = p.add_run(s)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if kind == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "b":
            p.paragraph_format.first_line_indent = Pt(24)
        if head:
            self.o.text.addElement(text.H(outlinelevel=head, text=s))
        else:
            self.o.text.addElement(
                text.P(stylename=self.ostyle[kind], text=s) if kind in self.ostyle else text.P(text=s)
            )

    def table(self, rows):
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
        self.ntab += 1
        ot = table.Table(name=f"T{self.ntab}")
        ot.addElement(table.TableColumn(numbercolumnsrepeated=len(rows[0])))
        for row in rows:
            tr = table.TableRow()
            for cell in row:
                tc = table.TableCell()
                tc.addElement(text.P(text=cell))
                tr.addElement(tc)
            ot.addElement(tr)
        self.o.text.addElement(ot)

    def box(self, lines):
        t = self.d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        cell = t.cell(0, 0)
        cell.text = lines[0]
        for s in lines[1:]:
            cell.add_paragraph(s)
        self.ntab += 1
        ot = table.Table(name=f"T{self.ntab}")
        ot.addElement(table.TableColumn())
        tr = table.TableRow()
        tc = table.TableCell()
        for s in lines:
            tc.addElement(text.P(text=s))
        tr.addElement(tc)
        ot.addElement(tr)
        self.o.text.addElement(ot)

    def rule(self):
        self.para("━" * 20, "c")

    def save(self, stem):
        os.makedirs(TMP, exist_ok=True)
        self.d.save(os.path.join(TMP, stem + ".docx"))
        self.o.save(os.path.join(TMP, stem + ".odt"))
        return os.path.join(TMP, stem)


def b_doc():
    d = Doc()
    d.para(it.B_NAME, "c", 26, True)
    d.para(it.B_ISSUE, "c")
    d.para(f"{it.B_OFFICE}　　　　　　　　{it.B_DATE}", "l")
    d.rule()
    for x in it.B_ITEMS:
        d.para(x["title"], "c", 16, True, head=2)
        for p in x["paras"]:
            d.para(p)
        d.para(x["credit"], "r")
    d.rule()
    d.para(it.B_DISTRIBUTION, "l")
    return d.save("ztjb_8")


def c_doc():
    d = Doc()
    d.para(it.C_NAME, "c", 28, True)
    d.para(it.C_KIND, "c", 16)
    d.para(it.C_ISSUE, "c")
    d.para(f"{it.C_OFFICE}　　　　　　　　{it.C_DATE}", "l")
    d.rule()
    last = None
    for x in it.C_ITEMS:
        if x["section"] != last:
            d.para(x["section"], "l", 14, True, head=1)
            last = x["section"]
        d.para(x["title"], "c", 16, True, head=2)
        for p in x["paras"]:
            d.para(p)
        if x["table"]:
            d.table(x["table"])
            d.para(it.C_FOOTNOTE, "l", 9)
    return d.save("wmly_zk2")


def d_doc():
    d = Doc()
    d.para(it.D_NAME, "c", 26, True)
    d.para(it.D_ISSUE, "c")
    d.para(f"{it.D_OFFICE}　　　　　　　　{it.D_DATE}", "l")
    d.rule()
    d.para(it.D_TABLE_TITLE, "c", 14, True)
    d.table(it.D_TABLE)
    d.para(it.D_NOTE, "l", 9)
    for x in it.D_ITEMS:
        d.para(x["title"], "c", 16, True, head=2)
        for p in x["paras"]:
            d.para(p)
    return d.save("tjyb_2026-5")


def e_doc():
    d = Doc()
    d.para(it.E_NAME, "c", 26, True)
    d.para(it.E_ISSUE, "c")
    d.para(f"{it.E_OFFICE}　　　　　　　　{it.E_DATE}", "l")
    d.rule()
    d.para("本期要目", "l", 14, True)
    for x in it.E_ITEMS:
        d.para("◆" + x["title"], "l")
    d.rule()
    for x in it.E_ITEMS:
        d.para(x["title"], "c", 16, True, head=2)
        for p in x["paras"]:
            d.para(p)
        d.para(x["signoff"], "r")
        if x["instruction"]:
            who, words = x["instruction"]
            d.box(["【领导批示】", f"{who.replace('　', '')}批示：{words}"])
    d.rule()
    d.para(it.E_DISTRIBUTION, "l")
    return d.save("yjglxx_12")


def abiword(stem):
    out = stem + ".abw.txt"
    subprocess.run(
        ["abiword", "--to=txt", f"--to-name={out}", stem + ".docx"], check=True, capture_output=True
    )
    with open(out, encoding="utf-8") as f:
        return f.read()


def odt2txt(stem):
    return subprocess.run(
        ["odt2txt", "--encoding=UTF-8", stem + ".odt"], check=True, capture_output=True, text=True
    ).stdout


def d2p(stem):
    with docx2python(stem + ".docx") as r:
        return r.text


def pydocx_dump(stem):
    """A python-docx dump in body order: each paragraph's text on a line, each table row's cells joined by tabs."""
    doc = Document(stem + ".docx")
    out = []
    for el in doc.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[1]
        if tag == "p":
            out.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for tr in el.iter():
                if tr.tag.endswith("}tr"):
                    cells = [
                        "".join(t.text or "" for t in tc.iter() if t.tag.endswith("}t"))
                        for tc in tr.iterchildren()
                        if tc.tag.endswith("}tc")
                    ]
                    out.append("\t".join(cells))
    return "\n".join(out) + "\n"


def main():
    write("a01_lyxw_20260618_b1_epaper_savepage.txt", a_savepage())
    write("a02_lyxw_20260618_b1_pdfviewer-paste_crlf.txt", a_pdfviewer())
    b = b_doc()
    write("b01_ztjb_8_docx_abiword.txt", abiword(b))
    write("b02_ztjb_8_odt_odt2txt.txt", odt2txt(b))
    c = c_doc()
    write("c01_wmly_zk2_docx_docx2python.txt", d2p(c))
    write("c02_wmly_zk2_odt_odt2txt.txt", odt2txt(c))
    dd = d_doc()
    write("d01_tjyb_2026-5_odt_odt2txt.txt", odt2txt(dd))
    write("d02_tjyb_2026-5_docx_python-docx-dump.txt", pydocx_dump(dd))
    e = e_doc()
    write("e01_yjglxx_12_docx_abiword.txt", abiword(e))
    write("e02_yjglxx_12_docx_python-docx-dump.txt", pydocx_dump(e))


if __name__ == "__main__":
    main()
