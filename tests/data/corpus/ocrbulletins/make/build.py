# ruff: noqa: E501
"""Build the ocrbulletins set's files from items.py: single-column A4 bulletins, typeset, rasterised, OCR'd.

Each bulletin is typeset by reportlab (CID font STSong-Light, not embedded, so poppler draws it with the system's
Noto CJK; ``invariant=1``): a masthead (name at 30 pt, the issue, the compiling office and the date on one line, a
thick rule), an optional 目录, 栏目 heads, items with titles and sign-offs, page numbers 「— N —」 at the foot and
the 报/送/发 footer between rules. ``pdftoppm`` renders the pages (200–300 dpi); some pages are "scanned" with
Pillow/numpy (turned by a small angle, Gaussian noise, a grey paper, a slight blur); tesseract 5.3 ``-l chi_sim``
reads them with ``--psm 3`` or ``--psm 6``; pages are concatenated as tesseract printed them (no form feed).

Run with a Python that has reportlab, numpy and Pillow (pdftoppm, tesseract 5 + chi_sim on PATH):
    PYTHONPATH=/tmp/ocrb_rl python3 make/build.py
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
        mast=st("mast", 32, 40, alignment=TA_CENTER),
        issue=st("issue", 13, 20, alignment=TA_CENTER),
        sub=st("sub", 12, 18),
        toc_head=st("toc_head", 13, 20, alignment=TA_CENTER, spaceBefore=4, spaceAfter=2),
        toc=st("toc", 11, 17, leftIndent=24),
        column=st("column", 14, 20, spaceBefore=10, spaceAfter=2),
        title=st("title", 16, 22, alignment=TA_CENTER, spaceBefore=10, spaceAfter=4),
        subtitle=st("subtitle", 12, 17, alignment=TA_RIGHT, spaceAfter=4),
        body=st("body", 12, 20, firstLineIndent=24),
        head=st("head", 12, 20, firstLineIndent=24),
        note=st("note", 11.5, 18, firstLineIndent=23, spaceBefore=2, spaceAfter=4),
        small=st("small", 11, 17),
        right=st("right", 11, 17, alignment=TA_RIGHT),
    )


def folio(canvas, doc):
    from reportlab.lib.pagesizes import A4

    canvas.saveState()
    canvas.setFont(FONT, 11)
    canvas.drawCentredString(A4[0] / 2, 34, f"— {doc.page} —")
    canvas.restoreState()


def bulletin_pdf(path, b):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer

    S = styles()
    doc = SimpleDocTemplate(
        path,
        pagesize=A4,
        invariant=1,
        title=b["name"],
        leftMargin=70,
        rightMargin=70,
        topMargin=56,
        bottomMargin=64,
    )
    flow = [Paragraph(b["name"], S["mast"]), Spacer(1, 4), Paragraph(b["issue"], S["issue"])]
    if b.get("signer"):
        flow.append(Paragraph("　" * 27 + b["signer"], S["sub"]))
    flow.append(Spacer(1, 6))
    gap = max(2, 36 - len(b["office"]) - len(b["date"]))
    flow.append(Paragraph(b["office"] + "　" * gap + b["date"], S["sub"]))
    flow.append(HRFlowable(width="100%", thickness=1.8, color="black", spaceBefore=2, spaceAfter=8))
    if b.get("toc"):
        flow.append(Paragraph("目　　录", S["toc_head"]))
        for col, items in b["columns"]:
            if col:
                flow.append(Paragraph(col, S["toc"]))
            for s in items:
                flow.append(Paragraph("　　" + s["title"], S["toc"]))
        flow.append(HRFlowable(width="100%", thickness=0.6, color="black", spaceBefore=6, spaceAfter=4))
    if b.get("note"):
        flow.append(Paragraph(b["note"], S["note"]))
    for col, items in b["columns"]:
        if col:
            flow.append(Paragraph(col, S["column"]))
        for s in items:
            flow.append(Paragraph(s["title"], S["title"]))
            if s.get("subtitle"):
                flow.append(Paragraph(s["subtitle"], S["subtitle"]))
            for p in s["paras"][:-1]:
                flow.append(Paragraph(p, S["head"] if len(p) < 12 else S["body"]))
            flow.append(Paragraph(s["paras"][-1] + s["signoff"], S["body"]))
    flow.append(Spacer(1, 28))
    flow.append(HRFlowable(width="100%", thickness=0.8, color="black", spaceAfter=4))
    flow += [Paragraph(x, S["small"]) for x in b["distribution"][:-1]]
    flow.append(HRFlowable(width="100%", thickness=0.8, color="black", spaceBefore=4, spaceAfter=2))
    flow.append(Paragraph(b["distribution"][-1], S["right"]))
    doc.build(flow, onFirstPage=folio, onLaterPages=folio)


def pages(pdf, stem, dpi):
    run(["pdftoppm", "-r", str(dpi), "-png", pdf, os.path.join(TMP, stem)])
    return sorted(
        os.path.join(TMP, p) for p in os.listdir(TMP) if p.startswith(stem + "-") and p.endswith(".png")
    )


def scan(png, angle, noise, grey, blur, seed):
    """A page as a flatbed scanner gives it: turned by a small angle, noisy, on off-white paper, a little soft."""
    import numpy as np
    from PIL import Image, ImageFilter

    img = Image.open(png).convert("L")
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype(np.float32)
    a = grey + a * (255.0 - grey) / 255.0
    rng = np.random.default_rng(seed)
    a += rng.normal(0.0, noise, a.shape)
    out = png[:-4] + f"_scan{seed}.png"
    Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).save(out)
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


# (file, bulletin, dpi, psm, scan parameters or None)
FILES = [
    ("a01_lxzwxx_7_p1-2_300dpi_tesseract-psm3.txt", "A", 300, 3, None),
    (
        "a02_lxzwxx_7_p1-2_scan-200dpi-rotated-noise_tesseract-psm6.txt",
        "A",
        200,
        6,
        dict(angle=0.8, noise=14, grey=18, blur=0.4, seed=7),
    ),
    (
        "b01_yygzjb_15_scan-250dpi-rotated_tesseract-psm3.txt",
        "B",
        250,
        3,
        dict(angle=-0.7, noise=10, grey=10, blur=0, seed=15),
    ),
    ("b02_yygzjb_15_300dpi_tesseract-psm6.txt", "B", 300, 6, None),
    (
        "c01_htxxzb_3_scan-300dpi-rotated-grey_tesseract-psm3.txt",
        "C",
        300,
        3,
        dict(angle=1.0, noise=12, grey=30, blur=0.6, seed=3),
    ),
    ("d01_fprdjb_22_200dpi_tesseract-psm3.txt", "D", 200, 3, None),
    (
        "d02_fprdjb_22_scan-300dpi-rotated-noise_tesseract-psm6.txt",
        "D",
        300,
        6,
        dict(angle=-1.2, noise=16, grey=12, blur=0.5, seed=22),
    ),
    (
        "e01_qcfxjb_4_scan-300dpi-noise_tesseract-psm3.txt",
        "E",
        300,
        3,
        dict(angle=0.4, noise=18, grey=20, blur=0.7, seed=4),
    ),
    ("e02_qcfxjb_4_200dpi_tesseract-psm6.txt", "E", 200, 6, None),
]


def main():
    os.makedirs(TMP, exist_ok=True)
    for key, b in it.ISSUES.items():
        bulletin_pdf(os.path.join(TMP, key + ".pdf"), b)
    for name, key, dpi, psm, sc in FILES:
        imgs = pages(os.path.join(TMP, key + ".pdf"), f"{key}{dpi}", dpi)
        if sc:
            imgs = [scan(p, **sc) for p in imgs]
        write(name, ocr(imgs, psm))
        print(name, len(imgs), "pages")


if __name__ == "__main__":
    main()
