# ruff: noqa: E501
"""Build the twentyfourth set's files from items.py: typeset as PDF by reportlab, read back by PDF text engines.

A: 澄溪县人民政府公报 2026年第3期, A5, a cover with the 目录 (group heads, dot leaders, page numbers filled in by a
   second pass), four documents run on page after page under a running head and a 「— N —」 footer;
   read by PDFium (pypdfium2 ``get_text_range``, a01) and pdfplumber ``extract_text()`` (a02).
B: 沅州日报 2026-05-08 第3版, A4, three columns; pdfplumber ``extract_text(layout=True)`` (b01), ``mutool draw -F txt``
   (b02), PyMuPDF ``get_text("blocks")`` joined by newlines (b03).
C: 农业农村工作简报 第6期, A4, 编者按 in a box, three items, 报/送/发; PyMuPDF ``get_text()`` (c01), PDFium (c02).
D: 澄溪政务信息 2026年第15期, A5, two pages, 栏目 heads 【…】, running head on page 2, footer on each page;
   ``mutool draw -F txt`` (d01), pdfplumber ``extract_text()`` (d02).

Run with a Python that has reportlab, pypdfium2, pdfplumber and pymupdf (mutool on PATH):
    PYTHONPATH=/tmp/tw24pkgs python3 make/build.py
Intermediate PDFs go to make/tmp/ (not committed).
"""

import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import items as it

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TMP = os.path.join(HERE, "tmp")
FONT = "STSong-Light"


def styles():
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))

    def st(name, size, lead, **kw):
        return ParagraphStyle(name, fontName=FONT, fontSize=size, leading=lead, wordWrap="CJK", **kw)

    return dict(
        title=st("title", 18, 24, alignment=TA_CENTER, spaceAfter=6),
        title2=st("title2", 14, 19, alignment=TA_CENTER, spaceBefore=10, spaceAfter=5),
        doct=st("doct", 13, 19, alignment=TA_CENTER, spaceBefore=14, spaceAfter=4),
        number=st("number", 10.5, 15, alignment=TA_CENTER, spaceAfter=6),
        body=st("body", 10.5, 16, firstLineIndent=21),
        plain=st("plain", 10.5, 16),
        right=st("right", 10.5, 16, alignment=TA_RIGHT),
        label=st("label", 13, 19, spaceBefore=10, spaceAfter=4),
        labelc=st("labelc", 13, 19, alignment=TA_CENTER, spaceBefore=10, spaceAfter=4),
        brief=st("brief", 11.5, 16, spaceBefore=6),
        small=st("small", 9.5, 14),
        toc=st("toc", 10.5, 17),
        mast=st("mast", 28, 36, alignment=TA_CENTER),
        mast2=st("mast2", 12, 18, alignment=TA_CENTER),
        sub=st("sub", 11, 17, alignment=TA_CENTER),
    )


def leader(title, page, width, size=10.5):
    """A 目录 line: the title, 「…」 up to the page number at the right edge (dot leaders, as Word's 目录)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    used = stringWidth(title, FONT, size) % width
    dots = int((width - used - stringWidth(" " + str(page), FONT, size)) / stringWidth("…", FONT, size))
    if dots < 2:
        dots += int(width / stringWidth("…", FONT, size)) - 4
    return title + "…" * dots + " " + str(page)


def a_pdf(path):
    from reportlab.lib.pagesizes import A5
    from reportlab.platypus import HRFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer

    S = styles()
    W, H = A5
    m = 44

    def run(pages):
        found = {}

        class Doc(SimpleDocTemplate):
            def afterFlowable(self, fl):
                key = getattr(fl, "_doc_title", None)
                if key:
                    found[key] = self.page

        def cover(c, doc):
            c.saveState()
            c.setFont(FONT, 9)
            c.drawCentredString(W / 2, 26, "— 1 —")
            c.restoreState()

        def later(c, doc):
            c.saveState()
            c.setFont(FONT, 9)
            c.drawString(m, H - 32, it.A_HEAD)
            c.setLineWidth(0.8)
            c.line(m, H - 37, W - m, H - 37)
            c.drawCentredString(W / 2, 26, f"— {doc.page} —")
            c.restoreState()

        doc = Doc(
            path,
            pagesize=A5,
            invariant=1,
            title=it.A_NAME,
            leftMargin=m,
            rightMargin=m,
            topMargin=50,
            bottomMargin=44,
        )
        width = W - 2 * m
        flow = [Paragraph(it.A_NAME, S["mast"]), Spacer(1, 4), Paragraph(it.A_ISSUE, S["mast2"])]
        flow.append(Paragraph(it.A_OFFICE + "　　　　" + it.A_DATE, S["sub"]))
        flow.append(HRFlowable(width="100%", thickness=1.6, color="black", spaceBefore=2, spaceAfter=8))
        flow.append(Paragraph("目　　录", S["labelc"]))
        group = None
        for d in it.A_DOCS:
            if d["group"] != group:
                group = d["group"]
                flow.append(Paragraph(group, S["label"]))
            flow.append(Paragraph(leader(d["title"], pages.get(d["title"], 9), width), S["toc"]))
        flow.append(PageBreak())
        group = None
        for d in it.A_DOCS:
            if d["group"] != group:
                group = d["group"]
                flow.append(Paragraph(group, S["label"]))
            t = Paragraph(d["title"], S["doct"])
            t._doc_title = d["title"]
            flow += [t, Paragraph(d["number"], S["number"]), Paragraph(d["to"], S["plain"])]
            flow += [Paragraph(p, S["body"]) for p in d["paras"]]
            flow += [Spacer(1, 6), Paragraph(d["sign"], S["right"]), Paragraph(d["signdate"], S["right"])]
        doc.build(flow, onFirstPage=cover, onLaterPages=later)
        return found

    pages = run({})
    again = run(pages)
    assert again == pages, (pages, again)


def story_flow(s, S, title_style="title2"):
    from reportlab.platypus import Paragraph

    flow = [Paragraph(s["title"], S[title_style])]
    paras = list(s["paras"])
    if s.get("dateline"):
        paras[0] = s["dateline"] + paras[0]
    if s.get("signoff"):
        paras[-1] = paras[-1] + s["signoff"]
    flow += [Paragraph(p, S["body"]) for p in paras]
    return flow


def b_pdf(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

    S = styles()
    W, H = A4
    m = 36
    gap = 14
    colw = (W - 2 * m - 2 * gap) / 3

    def head(c, doc):
        c.saveState()
        ban, name = it.B_PAGE
        c.setFont(FONT, 20)
        c.drawString(m, H - 60, f"{ban}　{name}")
        c.setFont(FONT, 10)
        c.drawRightString(W - m, H - 50, f"{it.B_PAPER}　{it.B_DATE}")
        c.drawRightString(W - m, H - 64, it.B_EDITOR)
        c.setLineWidth(1.5)
        c.line(m, H - 72, W - m, H - 72)
        c.restoreState()

    top = H - 80
    frames = [Frame(m + i * (colw + gap), m, colw, top - m, id=f"c{i}") for i in range(3)]
    doc = BaseDocTemplate(path, pagesize=A4, invariant=1, title=it.B_PAPER)
    doc.addPageTemplates([PageTemplate("p", frames, onPage=head)])
    s1, s2, s3 = it.B_STORIES
    flow = story_flow(s1, S, "title")
    flow.append(FrameBreak())
    flow += story_flow(s2, S)
    flow += story_flow(s3, S)
    flow.append(FrameBreak())
    flow.append(Paragraph(it.B_BRIEFS_LABEL, S["labelc"]))
    for t, text, who in it.B_BRIEFS:
        flow.append(Paragraph("◆" + t, S["brief"]))
        flow.append(Paragraph(text + "（" + who + "）", S["body"]))
    doc.build(flow)


def c_pdf(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    S = styles()
    W, _H = A4

    def foot(c, doc):
        c.saveState()
        c.setFont(FONT, 9)
        c.drawCentredString(W / 2, 30, f"— {doc.page} —")
        c.restoreState()

    doc = SimpleDocTemplate(
        path,
        pagesize=A4,
        invariant=1,
        title=it.C_NAME,
        leftMargin=70,
        rightMargin=70,
        topMargin=56,
        bottomMargin=56,
    )
    flow = [Paragraph(it.C_NAME, S["mast"]), Spacer(1, 6), Paragraph(it.C_ISSUE, S["mast2"]), Spacer(1, 8)]
    flow.append(Paragraph(it.C_OFFICE + "　　　　　　　　　　　　" + it.C_DATE, S["sub"]))
    flow.append(HRFlowable(width="100%", thickness=1.6, color="black", spaceBefore=2, spaceAfter=10))
    box = Table([[Paragraph(it.C_NOTE, S["plain"])]], colWidths=[W - 150])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, "black"), ("TOPPADDING", (0, 0), (-1, -1), 5)]))
    flow.append(box)
    for s in it.C_ITEMS:
        flow += story_flow(s, S)
    flow.append(Spacer(1, 24))
    flow.append(HRFlowable(width="100%", thickness=0.8, color="black", spaceAfter=4))
    flow += [Paragraph(x, S["small"]) for x in it.C_DISTRIBUTION[:3]]
    flow.append(HRFlowable(width="100%", thickness=0.8, color="black", spaceBefore=4, spaceAfter=2))
    flow.append(Paragraph(it.C_DISTRIBUTION[3], S["right"]))
    doc.build(flow, onFirstPage=foot, onLaterPages=foot)


def d_pdf(path):
    from reportlab.lib.pagesizes import A5
    from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer

    S = styles()
    W, H = A5
    m = 40

    def first(c, doc):
        c.saveState()
        c.setFont(FONT, 9)
        c.drawCentredString(W / 2, 24, f"{it.D_FOOT}　　第{doc.page}页")
        c.restoreState()

    def later(c, doc):
        c.saveState()
        c.setFont(FONT, 9)
        c.drawString(m, H - 30, it.D_NAME)
        c.drawRightString(W - m, H - 30, it.D_ISSUE)
        c.setLineWidth(0.8)
        c.line(m, H - 35, W - m, H - 35)
        c.drawCentredString(W / 2, 24, f"{it.D_FOOT}　　第{doc.page}页")
        c.restoreState()

    doc = SimpleDocTemplate(
        path,
        pagesize=A5,
        invariant=1,
        title=it.D_NAME,
        leftMargin=m,
        rightMargin=m,
        topMargin=46,
        bottomMargin=42,
    )
    flow = [Paragraph(it.D_NAME, S["mast"]), Spacer(1, 4), Paragraph(it.D_ISSUE, S["mast2"])]
    flow.append(Paragraph(it.D_OFFICE + "　　　　" + it.D_DATE, S["sub"]))
    flow.append(HRFlowable(width="100%", thickness=1.6, color="black", spaceBefore=2, spaceAfter=6))
    for label, items in it.D_COLUMNS:
        flow.append(Paragraph(label, S["label"]))
        for s in items:
            flow += story_flow(s, S)
    flow.append(Spacer(1, 16))
    flow.append(HRFlowable(width="100%", thickness=0.8, color="black", spaceAfter=4))
    flow += [Paragraph(x, S["small"]) for x in it.D_DISTRIBUTION]
    flow.append(HRFlowable(width="100%", thickness=0.8, color="black", spaceBefore=4))
    doc.build(flow, onFirstPage=first, onLaterPages=later)


# ---------------------------------------------------------------- the engines


def pdfium(pdf):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    out = []
    for page in doc:
        tp = page.get_textpage()
        out.append(tp.get_text_range())
    return "\n".join(out)


def plumber(pdf, layout=False):
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        return "\n".join(p.extract_text(layout=layout) for p in doc.pages)


def mutool(pdf):
    done = subprocess.run(
        ["mutool", "draw", "-q", "-F", "txt", "-o", "-", pdf], check=True, capture_output=True
    )
    return done.stdout.decode("utf-8")


def pymupdf(pdf, blocks=False):
    import pymupdf as fitz

    doc = fitz.open(pdf)
    if blocks:
        return "\n".join(b[4] for page in doc for b in page.get_text("blocks"))
    return "".join(page.get_text() for page in doc)


def write(name, text):
    text = text.replace("\r\n", "\n")
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    os.makedirs(TMP, exist_ok=True)
    a = os.path.join(TMP, "cxgb_2026_3.pdf")
    a_pdf(a)
    write("a01_cxgb_2026-3_a5_pdfium.txt", pdfium(a))
    write("a02_cxgb_2026-3_a5_pdfplumber.txt", plumber(a))

    b = os.path.join(TMP, "yzrb_20260508_b03.pdf")
    b_pdf(b)
    write("b01_yzrb_20260508_b03_3col_pdfplumber-layout.txt", plumber(b, layout=True))
    write("b02_yzrb_20260508_b03_3col_mutool-txt.txt", mutool(b))
    write("b03_yzrb_20260508_b03_3col_pymupdf-blocks.txt", pymupdf(b, blocks=True))

    c = os.path.join(TMP, "nyjb_6.pdf")
    c_pdf(c)
    write("c01_nyjb_6_pymupdf.txt", pymupdf(c))
    write("c02_nyjb_6_pdfium.txt", pdfium(c))

    d = os.path.join(TMP, "cxzwxx_2026-15.pdf")
    d_pdf(d)
    write("d01_cxzwxx_2026-15_a5_mutool-txt.txt", mutool(d))
    write("d02_cxzwxx_2026-15_a5_pdfplumber.txt", plumber(d))


if __name__ == "__main__":
    main()
