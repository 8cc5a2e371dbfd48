# ruff: noqa: E501
"""Render every file of the twentysecond set from items.py through office and document tools.

A: a .docx written with python-docx (masthead, 栏目 as Heading 1, titles as Heading 2, a Word table, a
   「List Number」 list, right-aligned sign-offs), then read by pandoc (`-t markdown`: ATX headings, a multiline
   table, 「1.  」 list items; pandoc's 72-column soft wrap breaks only at spaces, so Chinese lines stay whole),
   LibreOffice (`--convert-to txt`), a python-docx paragraph dump, antiword (from a .doc LibreOffice
   saved) and lynx (`-dump` of the HTML LibreOffice exported).
B: pandoc Markdown (footnotes, a pipe table, an ordered list) made a .docx by pandoc, then read by pandoc
   (`-t markdown-simple_tables-multiline_tables --markdown-headings=setext`: Setext titles, a grid table, [^n]
   footnotes; and `-t plain`), LibreOffice (`--convert-to txt`) and catdoc (from a .doc
   LibreOffice saved).
Run with a Python that has python-docx:  python make/build.py   (pandoc, soffice, antiword, catdoc, lynx needed)
"""

import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import items as it

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TMP = os.path.join(HERE, "tmp")


def run(*cmd, cwd=None):
    return subprocess.run(cmd, check=True, capture_output=True, cwd=cwd).stdout


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def soffice(src, target):
    """LibreOffice headless conversion into TMP; returns the written file's path."""
    profile = "file://" + os.path.join(TMP, "lo-profile")
    run(
        "soffice",
        f"-env:UserInstallation={profile}",
        "--headless",
        "--convert-to",
        target,
        "--outdir",
        TMP,
        src,
    )
    stem = os.path.splitext(os.path.basename(src))[0]
    ext = target.split(":")[0]
    return os.path.join(TMP, f"{stem}.{ext}")


# ------------------------------------------------------------------ A
def a_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "仿宋_GB2312"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    normal.font.size = Pt(16)

    def para(text, align=None, bold=False, size=None, red=False, indent=True):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if red:
            r.font.color.rgb = RGBColor(0xCC, 0, 0)
        if align is not None:
            p.alignment = align
        elif indent:
            p.paragraph_format.first_line_indent = Pt(32)
        return p

    para(it.A_NAME, WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=36, red=True)
    para(it.A_NUMBER, WD_ALIGN_PARAGRAPH.CENTER)
    para(f"{it.A_OFFICE}　　　　{it.A_DATE}", WD_ALIGN_PARAGRAPH.CENTER)
    for section, entries in it.A_SECTIONS:
        doc.add_heading(section, level=1)
        for title, paras, listed, table, sign in entries:
            doc.add_heading(title, level=2)
            for text in paras:
                para(text)
            for text in listed or []:
                doc.add_paragraph(text, style="List Number")
            if table:
                t = doc.add_table(rows=len(table), cols=len(table[0]))
                t.style = "Table Grid"
                for row, cells in zip(t.rows, table, strict=True):
                    for cell, text in zip(row.cells, cells, strict=True):
                        cell.text = text
            if sign:
                para(sign, WD_ALIGN_PARAGRAPH.RIGHT)
    for line in it.A_DIST:
        para(line, WD_ALIGN_PARAGRAPH.LEFT)
    para(it.A_PRINT, WD_ALIGN_PARAGRAPH.LEFT)
    doc.save(path)


def a_dump(path):
    """What a python-docx script prints: every body paragraph's text, a line each (tables are not paragraphs)."""
    from docx import Document

    return "\n".join(p.text for p in Document(path).paragraphs) + "\n"


def build_a():
    src = os.path.join(TMP, "tyjb_5.docx")
    a_docx(src)
    write("a01_tyjb_5_python-docx_pandoc-markdown.txt", run("pandoc", "-f", "docx", "-t", "markdown", src))
    txt = soffice(src, "txt:Text (encoded):UTF8")
    with open(txt, "rb") as f:
        write("a02_tyjb_5_python-docx_libreoffice-txt.txt", f.read())
    write("a03_tyjb_5_python-docx_paragraph-dump.txt", a_dump(src).encode("utf-8"))
    doc = soffice(src, "doc:MS Word 97")
    write(
        "a04_tyjb_5_doc_antiword_gb18030_crlf.txt",
        run("antiword", "-m", "UTF-8.txt", doc).decode("utf-8").replace("\n", "\r\n").encode("gb18030"),
    )
    page = soffice(src, "html:HTML (StarWriter)")
    write(
        "a05_tyjb_5_libreoffice-html_lynx.txt",
        run("lynx", "-dump", "-nolist", "-width=80", "-assume_charset=utf-8", "-display_charset=utf-8", page),
    )


# ------------------------------------------------------------------ B
def b_markdown():
    lines = [
        f"**{it.B_NAME}**",
        "",
        it.B_NUMBER,
        "",
        f"{it.B_OFFICE}　　　　{it.B_DATE}",
        "",
        "------------------------------------------------------------------------",
        "",
    ]
    notes = []
    for title, paras, footnotes, sign in it.B_ITEMS:
        lines += [f"## {title}", ""]
        for text in paras:
            if text == "TABLE":
                head, *rows = it.B_TABLE
                lines.append("| " + " | ".join(head) + " |")
                lines.append("|" + "|".join("------" for _ in head) + "|")
                lines += ["| " + " | ".join(r) + " |" for r in rows]
            elif text == "LIST":
                lines += [f"{n}. {t}" for n, t in enumerate(it.B_LIST, 1)]
            else:
                lines.append(text)
            lines.append("")
        if sign:
            lines += [f'::: {{custom-style="Signoff"}}\n{sign}\n:::', ""]
        notes += [f"[^{n}]: {t}" for n, t in footnotes.items()]
    lines += ["------------------------------------------------------------------------", "", it.B_DIST, ""]
    lines += notes
    return "\n".join(lines) + "\n"


def build_b():
    md = os.path.join(TMP, "lyzwxx_3.md")
    with open(md, "w", encoding="utf-8") as f:
        f.write(b_markdown())
    src = os.path.join(TMP, "lyzwxx_3.docx")
    run("pandoc", "-f", "markdown", "-t", "docx", "-o", src, md)
    write(
        "b01_lyzwxx_3_pandoc-docx_pandoc-markdown-setext-grid.txt",
        run(
            "pandoc",
            "-f",
            "docx",
            "-t",
            "markdown-simple_tables-multiline_tables",
            "--markdown-headings=setext",
            src,
        ),
    )
    write("b02_lyzwxx_3_pandoc-docx_pandoc-plain.txt", run("pandoc", "-f", "docx", "-t", "plain", src))
    txt = soffice(src, "txt:Text (encoded):UTF8")
    with open(txt, "rb") as f:
        write(
            "b03_lyzwxx_3_pandoc-docx_libreoffice-txt_crlf.txt",
            f.read().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"),
        )
    doc = soffice(src, "doc:MS Word 97")
    write("b04_lyzwxx_3_doc_catdoc.txt", run("catdoc", "-d", "utf-8", doc))


if __name__ == "__main__":
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    build_a()
    build_b()
