# ruff: noqa: E501
"""Build the twentythird set's files from items.py.

A: 漾河报 2026-04-16, pages 1–2, typeset by reportlab (two columns a page, masthead, photo, 简讯 column, ad box),
   rendered by pdftoppm -r 200 and read by tesseract -l chi_sim with --psm 3, 4 and 6 (a01–a03).
B: 棠州日报 2026-04-20 第5版, three columns, pdftoppm -r 150; tesseract --psm 3 (b01) and --psm 4 (b02); the page
   "scanned" (b03): ImageMagick turns it by 1.1°, adds noise and a little blur, then tesseract --psm 3.
C: 漾河政务信息 第12期, typeset A4, "scanned" twice with ImageMagick (c01: 0.6°, noise; c02: −1.4°, noise, blur,
   grey background) and read by tesseract --psm 3 (c01) and --psm 6 (c02).

Run with a Python that has reportlab (5.1 was used; pdftoppm, tesseract 5 + chi_sim, ImageMagick 6 `convert` on PATH):
    PYTHONPATH=/path/to/reportlab python make/build.py
Intermediate PDFs and images go to make/tmp/ (not committed).
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


def run(cmd):
    subprocess.run(cmd, check=True, capture_output=True)


def styles():
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))

    def st(name, size, lead, **kw):
        return ParagraphStyle(name, fontName=FONT, fontSize=size, leading=lead, wordWrap="CJK", **kw)

    return dict(
        kicker=st("kicker", 12, 16, alignment=TA_CENTER, spaceBefore=4),
        title=st("title", 19, 25, alignment=TA_CENTER, spaceAfter=6),
        title2=st("title2", 15, 20, alignment=TA_CENTER, spaceBefore=10, spaceAfter=5),
        body=st("body", 10.5, 15, firstLineIndent=21),
        right=st("right", 10.5, 15, alignment=TA_RIGHT),
        caption=st("caption", 9.5, 13),
        label=st("label", 14, 20, alignment=TA_CENTER, spaceBefore=10, spaceAfter=4),
        brief=st("brief", 11.5, 16, spaceBefore=6),
        small=st("small", 9.5, 13),
        smallc=st("smallc", 9.5, 13, alignment=TA_CENTER),
        mast=st("mast", 30, 38, alignment=TA_CENTER),
        mast2=st("mast2", 12, 18, alignment=TA_CENTER),
        sub=st("sub", 12, 18, alignment=TA_CENTER),
    )


class Photo:
    """A grey box standing for a picture."""

    @staticmethod
    def make(width, height):
        from reportlab.platypus import Flowable

        class _Photo(Flowable):
            def wrap(self, aw, ah):
                return width, height

            def draw(self):
                self.canv.setFillGray(0.78)
                self.canv.rect(0, 0, width, height, stroke=0, fill=1)

        return _Photo()


def boxed(rows, width, st):
    """Paragraphs in a ruled box (an ad, a notice)."""
    from reportlab.platypus import Paragraph, Table, TableStyle

    t = Table([[Paragraph(r, st)] for r in rows], colWidths=[width])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, "black"), ("TOPPADDING", (0, 0), (-1, -1), 3)]))
    return t


def story_flow(s, S, title_style="title2"):
    from reportlab.platypus import Paragraph

    flow = [Paragraph(s["title"], S[title_style])]
    paras = list(s["paras"])
    if s.get("dateline"):
        paras[0] = s["dateline"] + paras[0]
    flow += [Paragraph(p, S["body"]) for p in paras]
    if s.get("signoff"):
        flow[-1] = Paragraph(paras[-1] + "（" + s["signoff"] + "）", S["body"])
    if s.get("jump"):
        flow.append(Paragraph(s["jump"], S["right"]))
    return flow


def a_pdf(path):  # noqa: PLR0915
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Spacer,
    )

    S = styles()
    W, H = A4
    m = 40
    gap = 16
    colw = (W - 2 * m - gap) / 2

    def head1(c, doc):
        c.saveState()
        c.setFont(FONT, 40)
        c.drawCentredString(W / 2, H - 80, it.A_PAPER)
        c.setFont(FONT, 10)
        c.drawString(m, H - 100, it.A_MASTHEAD[0])
        c.drawRightString(W - m, H - 100, it.A_MASTHEAD[1])
        ban, name, ed = it.A_PAGES[0]
        c.drawString(m, H - 116, it.A_DATE)
        c.drawRightString(W - m, H - 116, f"{ban}　{name}　　{ed}")
        c.setLineWidth(1.5)
        c.line(m, H - 124, W - m, H - 124)
        c.restoreState()

    def head2(c, doc):
        c.saveState()
        c.setFont(FONT, 10)
        ban, name, ed = it.A_PAGES[1]
        c.drawString(m, H - 50, f"{ban}　{name}")
        c.drawCentredString(W / 2, H - 50, f"{it.A_PAPER}　{it.A_DATE}")
        c.drawRightString(W - m, H - 50, ed)
        c.setLineWidth(1)
        c.line(m, H - 58, W - m, H - 58)
        c.restoreState()

    top1 = H - 130
    p1 = [Frame(m, m, colw, top1 - m, id="l1"), Frame(m + colw + gap, m, colw, top1 - m, id="r1")]
    top2 = H - 64
    p2 = [Frame(m, m, colw, top2 - m, id="l2"), Frame(m + colw + gap, m, colw, top2 - m, id="r2")]
    doc = BaseDocTemplate(path, pagesize=A4, invariant=1, title=it.A_PAPER)
    doc.addPageTemplates([PageTemplate("p1", p1, onPage=head1), PageTemplate("p2", p2, onPage=head2)])

    L = it.A_LEAD
    flow = [Paragraph(L["kicker"], S["kicker"]), Paragraph(L["title"], S["title"])]
    paras = [L["dateline"] + L["page1"][0], *L["page1"][1:]]
    flow += [Paragraph(p, S["body"]) for p in paras]
    flow.append(Paragraph("（下转第2版）", S["right"]))
    for s in it.A_P1:
        flow += story_flow(s, S)
    flow.append(FrameBreak())
    ph = it.A_PHOTO
    flow += [Paragraph(ph["title"], S["title2"]), Photo.make(colw, 150), Spacer(1, 4)]
    flow.append(Paragraph(ph["caption"] + "　" + ph["credit"], S["caption"]))
    flow.append(Paragraph(it.A_BRIEFS_LABEL, S["label"]))
    for t, text, who in it.A_BRIEFS:
        flow.append(Paragraph("■" + t, S["brief"]))
        flow.append(Paragraph(text + "（" + who + "）", S["body"]))
    flow.append(Spacer(1, 12))
    flow.append(boxed(it.A_AD, colw - 6, S["small"]))
    flow.append(NextPageTemplate("p2"))
    flow.append(FrameBreak())
    flow.append(Paragraph("（上接第1版）" + L["page2"][0], S["body"]))
    flow += [Paragraph(p, S["body"]) for p in L["page2"][1:]]
    for i, s in enumerate(it.A_P2):
        if i == 2:
            flow.append(FrameBreak())
        flow += story_flow(s, S)
    doc.build(flow)


def b_pdf(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer

    S = styles()
    W, H = A4
    m = 36
    gap = 12
    colw = (W - 2 * m - 2 * gap) / 3

    def head(c, doc):
        c.saveState()
        ban, name, ed = it.B_PAGE
        c.setFont(FONT, 22)
        c.drawString(m, H - 62, f"{ban}　{name}")
        c.setFont(FONT, 10)
        c.drawRightString(W - m, H - 52, f"{it.B_PAPER}　{it.B_DATE}")
        c.drawRightString(W - m, H - 66, ed)
        c.setLineWidth(1.5)
        c.line(m, H - 74, W - m, H - 74)
        c.restoreState()

    top = H - 80
    frames = [Frame(m + i * (colw + gap), m, colw, top - m, id=f"c{i}") for i in range(3)]
    doc = BaseDocTemplate(path, pagesize=A4, invariant=1, title=it.B_PAPER)
    doc.addPageTemplates([PageTemplate("p", frames, onPage=head)])
    s1, s2, s3 = it.B_STORIES
    flow = story_flow(s1, S, "title")
    flow.append(FrameBreak())
    flow += [
        Photo.make(colw, 120),
        Spacer(1, 4),
        Paragraph(it.B_PHOTO["caption"] + "　" + it.B_PHOTO["credit"], S["caption"]),
    ]
    flow += story_flow(s2, S)
    flow.append(FrameBreak())
    flow += story_flow(s3, S)
    flow.append(Paragraph(it.B_BRIEFS_LABEL, S["label"]))
    for t, text, who in it.B_BRIEFS:
        flow.append(Paragraph("▲" + t, S["brief"]))
        flow.append(Paragraph(text + "（" + who + "）", S["body"]))
    flow.append(Spacer(1, 10))
    flow.append(boxed(it.B_NOTICE, colw - 6, S["small"]))
    doc.build(flow)


def c_pdf(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer

    S = styles()
    doc = SimpleDocTemplate(
        path,
        pagesize=A4,
        invariant=1,
        title=it.C_NAME,
        leftMargin=64,
        rightMargin=64,
        topMargin=56,
        bottomMargin=56,
    )
    flow = [Paragraph(it.C_NAME, S["mast"]), Spacer(1, 6), Paragraph(it.C_ISSUE, S["mast2"]), Spacer(1, 8)]
    flow.append(Paragraph(it.C_OFFICE + "　　　　　　　　　　　　" + it.C_DATE, S["sub"]))
    flow.append(HRFlowable(width="100%", thickness=1.6, color="black", spaceBefore=2, spaceAfter=8))
    for s in it.C_ITEMS:
        flow.append(Paragraph(s["title"], S["title2"]))
        flow += [Paragraph(p, S["body"]) for p in s["paras"][:-1]]
        flow.append(Paragraph(s["paras"][-1] + s["signoff"], S["body"]))
    flow.append(Spacer(1, 24))
    flow.append(HRFlowable(width="100%", thickness=0.8, color="black", spaceAfter=4))
    flow += [Paragraph(x, S["small"]) for x in it.C_DISTRIBUTION[:3]]
    flow.append(HRFlowable(width="100%", thickness=0.8, color="black", spaceBefore=4, spaceAfter=2))
    flow.append(Paragraph(it.C_DISTRIBUTION[3], S["right"]))
    doc.build(flow)


def pages(pdf, stem, dpi):
    run(["pdftoppm", "-r", str(dpi), "-png", pdf, os.path.join(TMP, stem)])
    return sorted(
        os.path.join(TMP, p) for p in os.listdir(TMP) if p.startswith(stem + "-") and p.endswith(".png")
    )


def scan(png, out, angle, blur, grey):
    """A page as a flatbed scanner gives it: slightly turned, noisy, a little soft, on off-white paper."""
    cmd = ["convert", png, "-background", "white", "-rotate", str(angle), "-seed", "23"]
    cmd += ["-attenuate", "0.6", "+noise", "Gaussian"]
    if blur:
        cmd += ["-blur", f"0x{blur}"]
    if grey:
        cmd += ["-level", "0%,100%,1.0", "+level", f"{grey}%,100%"]
    cmd += ["-colorspace", "Gray", out]
    run(cmd)
    return out


def ocr(images, psm):
    text = ""
    for img in images:
        done = subprocess.run(
            ["tesseract", img, "-", "-l", "chi_sim", "--psm", str(psm)], check=True, capture_output=True
        )
        text += done.stdout.decode("utf-8")
    return text


def write(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    os.makedirs(TMP, exist_ok=True)
    a = os.path.join(TMP, "yhb_20260416.pdf")
    a_pdf(a)
    imgs = pages(a, "yhb", 200)
    write("a01_yhb_20260416_p1-2_scan-200dpi_tesseract-psm3.txt", ocr(imgs, 3))
    write("a02_yhb_20260416_p1-2_scan-200dpi_tesseract-psm4.txt", ocr(imgs, 4))
    write("a03_yhb_20260416_p1-2_scan-200dpi_tesseract-psm6.txt", ocr(imgs, 6))

    b = os.path.join(TMP, "tzrb_20260420_b05.pdf")
    b_pdf(b)
    imgs = pages(b, "tzrb", 150)
    write("b01_tzrb_20260420_b05_3col_tesseract-psm3.txt", ocr(imgs, 3))
    write("b02_tzrb_20260420_b05_3col_tesseract-psm4.txt", ocr(imgs, 4))
    big = pages(b, "tzrb300", 300)
    scanned = [scan(big[0], os.path.join(TMP, "tzrb_scan.png"), 1.1, 0.6, 0)]
    write("b03_tzrb_20260420_b05_3col_scan-rotated-noise_tesseract-psm3.txt", ocr(scanned, 3))

    c = os.path.join(TMP, "yhzwxx_12.pdf")
    c_pdf(c)
    big = pages(c, "yhzw", 300)
    write(
        "c01_yhzwxx_12_scan-rotated_tesseract-psm3.txt",
        ocr([scan(big[0], os.path.join(TMP, "yhzw_scan1.png"), 0.6, 0, 0)], 3),
    )
    write(
        "c02_yhzwxx_12_scan-rotated-grey_tesseract-psm6.txt",
        ocr([scan(big[0], os.path.join(TMP, "yhzw_scan2.png"), -1.4, 0.8, 12)], 6),
    )


if __name__ == "__main__":
    main()
