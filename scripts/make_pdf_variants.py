"""Typeset the five sample issues of ``reader/data/samples/`` as PDFs and extract each PDF with four tools.

Why: issue 9 ("conversion invariance") — users receive these texts from whatever PDF extractor was
at hand, so the importer must find the same articles in every extraction of one printed issue.
This script makes that test data from the samples themselves: it prints each sample the way such
an issue is printed (a 目录 bulletin on A4, a feature on A4, newspaper pages in columns), then runs
``pdftotext``, ``pdftotext -layout``, PyMuPDF and pdfminer.six on the PDF and writes
``tests/data/pdf_variants/<sample stem>/<tool>.txt``.  The newspaper samples 002–004 are printed
twice: as stacked pages (each article a band across the page, its body in 2–3 columns below) for
the main set, and as module pages (articles side by side on a grid — the hard case, where
pdftotext reads headline rows across modules) for ``tests/data/pdf_variants_modules/``.  The tests
only read those texts, so they do not need any of the tools below.

Every Han character of a sample must survive into every extraction: ``check_han`` compares them as
multisets and the script fails if a single one is lost.

Tools (test-data only, deliberately not project dependencies):

    apt-get install poppler-utils fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei
    pip install reportlab pymupdf pdfminer.six

Run from the repository root:

    python scripts/make_pdf_variants.py [--out tests/data/pdf_variants]
        [--modules-out tests/data/pdf_variants_modules] [--pdf-dir DIR]

What is printed is the sample's text and nothing else (no invented masthead, date or folio):
the layout roles (section, kicker, title, subtitle, byline, caption, credit …) are this script's
reading of each sample, written out below (``SECTIONS_000``, ``SUBHEADINGS_000``, ``PAGE_ROLES``,
``PHOTOS``; 001 is read from its Markdown).  Lines that the sample splits in the middle of a
sentence (residue of an earlier conversion) are printed as one paragraph, as a reader sees them.
The only text added is the page footer (``- N -`` in the bulletin, ``第 N 页`` in the feature) and
the real page numbers of the bulletin's 目录; the only text left out is the bulletin's last line,
a lone ``|`` (table residue).  The roles are checked against the hand-written
``tests/data/pdf_variants/expected.json`` (kicker, title, subtitle of every article, in order), and
the 目录's page numbers against the pages where pdftotext finds the titles.  Every PDF is rendered
twice and must come out byte for byte the same, so the extractions do not drift between runs.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import metadata
from io import BytesIO
from pathlib import Path
from typing import TypeVar
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib import textsplit as _textsplit_module
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import paragraph as _paragraph_module

ROOT = Path(__file__).resolve().parent.parent
LIBRARY = ROOT / "reader" / "data" / "samples"
OUT = ROOT / "tests" / "data" / "pdf_variants"
OUT_MODULES = ROOT / "tests" / "data" / "pdf_variants_modules"

FONT_FILES = {  # name: (Debian file, index in the collection)
    "Ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),  # AR PL UMing CN: body text
    "Kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),  # AR PL UKai CN: bylines, captions
    "Hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),  # WenQuanYi Zen Hei: headings
}
FONT_PACKAGES = ("fonts-arphic-uming", "fonts-arphic-ukai", "fonts-wqy-zenhei", "poppler-utils")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
EDITOR_CODE = re.compile(r"[①-⑳]\d+$")
SENTENCE_END = set("。！？!?”」』）)…—；;：:")
COVERAGE: dict[str, set[int]] = {}
T = TypeVar("T")
# Line-breaking rules (禁则) of Chinese typesetting, used by BodyText
CANNOT_START = set("，。、；：？！）》」』”’…—,.;:?!)%％·")
CANNOT_END = set("（《「『“‘(")
RUN = re.compile(r"[0-9A-Za-z.%①-⑳]")  # numbers, Latin words and editor codes are not broken
# reportlab's own list (used for headlines) lacks the Chinese closing marks: a title line could start with ”
for _module in (_paragraph_module, _textsplit_module):
    _module.ALL_CANNOT_START += "，；：？！”’》）」』…—"


# ---------------------------------------------------------------------------------------------
# Fonts and text styling
# ---------------------------------------------------------------------------------------------


def register_fonts() -> None:
    for name, (path, index) in FONT_FILES.items():
        if not Path(path).exists():
            sys.exit(f"{path}: font missing — apt-get install {' '.join(FONT_PACKAGES)}")
        font = TTFont(name, path, subfontIndex=index)
        pdfmetrics.registerFont(font)
        COVERAGE[name] = set(font.face.charToGlyph)


def markup(text: str, font: str) -> str:
    """Escape text for a Paragraph; characters the font lacks fall back to Ming (full coverage)."""
    out = []
    for ch in text:
        piece = escape(ch)
        if font != "Ming" and ord(ch) not in COVERAGE[font] and not ch.isspace():
            piece = f'<font name="Ming">{piece}</font>'
        out.append(piece)
    return "".join(out)


def style(name: str, font: str, size: float, leading: float | None = None, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=leading or size * 1.45, wordWrap="CJK", **kw
    )


class BoldParagraph(Paragraph):
    """A paragraph filled and stroked (text render mode 2): the faux bold CJK headlines of print.

    ``toc_key`` lets the bulletin record the page a title starts on; split parts keep the key so a
    title broken over a page still counts from its first part.
    """

    toc_key: str | None = None
    pages: dict[str, int] | None = None

    def draw(self) -> None:
        canv = self.canv
        if self.toc_key and self.pages is not None:
            self.pages.setdefault(self.toc_key, canv.getPageNumber())
        canv.saveState()
        canv.setLineWidth(self.style.fontSize * 0.03)
        canv.setStrokeColor(self.style.textColor)
        canv._code.append("2 Tr")
        super().draw()
        canv.restoreState()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.toc_key, part.pages = self.toc_key, self.pages
        return parts


def para(text: str, st: ParagraphStyle, bold: bool = False) -> Paragraph:
    cls = BoldParagraph if bold else Paragraph
    return cls(markup(text, st.fontName), st)


def greedy_breaks(
    text: str,
    char_width: Callable[[int], float],
    first: float,
    rest: float,
    drop_spaces: bool = False,
    squeeze: float = 0.0,
) -> list[tuple[int, int]]:
    """Fill each line until the next character does not fit: the default of typesetting software.

    The break moves back (at most 4 characters) only for the 禁则: no line starts with closing
    punctuation or ends with an opening one, numbers and Latin words stay whole.  With
    ``drop_spaces`` (headlines) a space where a line ends is not carried to the next line; a space
    is not a preferred break, it only vanishes when the line happens to be full there.  With
    ``squeeze`` (points) a closing mark that overflows by no more than that is pulled into the line
    (挤进, the first choice of Chinese typesetting rules) instead of pushing a character out.
    """
    lines: list[tuple[int, int]] = []
    start, used, i, avail = 0, 0.0, 0, first
    while i < len(text):
        w = char_width(i)
        if used + w > avail + 0.01 and i > start:
            if text[i] in CANNOT_START and used + w <= avail + squeeze + 0.01:
                used += w
                i += 1
                continue
            b = i
            while (
                b > start + 1
                and i - b < 5
                and (
                    text[b] in CANNOT_START
                    or text[b - 1] in CANNOT_END
                    or (RUN.match(text[b]) and RUN.match(text[b - 1]))
                )
            ):
                b -= 1
            if i - b >= 5 or b <= start + 1:
                b = i
            lines.append((start, b))
            start, i, used, avail = b, b, 0.0, rest
            while drop_spaces and i < len(text) and text[i] == " ":
                start = i = i + 1
            continue
        used += w
        i += 1
    lines.append((start, len(text)))
    return lines


class BodyText(Flowable):
    """A justified body paragraph set the way CJK typesetting software sets it.

    reportlab's Paragraph leaves CJK lines ragged (it justifies with word spacing only) and
    hangs punctuation into the margin; printed columns are flush on both sides.  Lines are
    filled greedily, never start with closing punctuation nor end with an opening one, keep
    numbers whole, and are justified with character spacing (the PDF ``Tc`` operator) up to
    0.08 em — below the gap at which extractors start inserting spaces.  ``lead`` characters at
    the start are set in ``lead_font`` (a bold dateline).  Splits across columns and pages.
    ``squeeze`` (em) lets a line take a closing mark by tightening its spacing (see
    ``greedy_breaks``): narrow columns then stay flush instead of ending short where a mark was
    pushed out.  The bulletin and the module pages are set without it, as they always were.
    """

    last_is_cut = False  # a part cut off by a column or page end: its last line is justified too

    def __init__(
        self,
        text: str,
        font: str,
        size: float,
        leading: float,
        indent: float = 0,
        lead: int = 0,
        lead_font: str = "Hei",
        space_before: float = 0,
        squeeze: float = 0,
    ) -> None:
        super().__init__()
        self.text, self.font, self.size, self.leading, self.indent = text, font, size, leading, indent
        self.squeeze = squeeze
        self.lead, self.lead_font = lead, lead_font
        self.spaceBefore = space_before
        self.lines: list[tuple[int, int]] = []
        self._width = 0.0

    def _font(self, i: int) -> str:
        return self.lead_font if i < self.lead else self.font

    def _w(self, i: int) -> float:
        return pdfmetrics.stringWidth(self.text[i], self._font(i), self.size)

    def _break(self, width: float) -> list[tuple[int, int]]:
        return greedy_breaks(self.text, self._w, width - self.indent, width, squeeze=self.squeeze * self.size)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._width = aw
        self.lines = self._break(aw)
        self.width, self.height = aw, self.leading * len(self.lines)
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self.wrap(aw, ah)
        fit = int((ah + 0.01) // self.leading)
        if fit < 1 or fit >= len(self.lines):
            return []
        cut = self.lines[fit][0]
        first = BodyText(
            self.text[:cut],
            self.font,
            self.size,
            self.leading,
            self.indent,
            self.lead,
            self.lead_font,
            self.spaceBefore,
            self.squeeze,
        )
        rest = BodyText(
            self.text[cut:],
            self.font,
            self.size,
            self.leading,
            0,
            max(0, self.lead - cut),
            self.lead_font,
            squeeze=self.squeeze,
        )
        first.last_is_cut = True
        return [first, rest]

    def draw(self) -> None:
        canv = self.canv
        for n, (a, b) in enumerate(self.lines):
            x = self.indent if n == 0 else 0
            y = self.height - n * self.leading - self.size * 0.9
            natural = sum(self._w(i) for i in range(a, b))
            avail = self._width - x
            last = n == len(self.lines) - 1 and not self.last_is_cut
            spacing = (avail - natural) / (b - a - 1) if b - a > 1 and not last else 0.0
            if spacing > 0.08 * self.size or (spacing < 0 and not self.squeeze):
                spacing = 0.0
            tx = canv.beginText(x, y)
            tx.setCharSpace(spacing)
            i = a
            while i < b:  # runs of one font
                j = i
                while j < b and self._font(j) == self._font(i):
                    j += 1
                tx.setFont(self._font(i), self.size)
                tx.textOut(self.text[i:j])
                i = j
            canv.drawText(tx)


def headline(text: str, st: ParagraphStyle, width: float) -> BoldParagraph:
    """A headline too long for one line breaks at its space, as a designer sets 对仗 titles.

    Used for 000's bulletin titles and the module pages; the stacked pages and 001 use ``Headline``.
    """
    left, space, right = text.partition(" ")
    balanced = left.count("“") == left.count("”") and " " not in right
    if space and balanced and pdfmetrics.stringWidth(text, st.fontName, st.fontSize) > width:
        return BoldParagraph(f"{markup(left, st.fontName)}<br/>{markup(right, st.fontName)}", st)
    return BoldParagraph(markup(text, st.fontName), st)


def font_for(ch: str, font: str) -> str:
    """The font a character is drawn in: ``font`` if it has the glyph, else Ming (as ``markup``)."""
    return font if font == "Ming" or ord(ch) in COVERAGE[font] or ch.isspace() else "Ming"


def font_runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` cut into runs drawn in one font each (see ``font_for``)."""
    runs: list[tuple[str, str]] = []
    for ch in text:
        f = font_for(ch, font)
        if runs and runs[-1][1] == f:
            runs[-1] = (runs[-1][0] + ch, f)
        else:
            runs.append((ch, f))
    return runs


class Headline(Flowable):
    """A headline in one size, wrapped where the line is full — at that character, not at a space.

    This is what typesetting software does when nobody breaks the line by hand: ``…驻马店建`` /
    ``设行稳致远``.  A headline that fits stays on one line.  Each line is centred and drawn filled
    and stroked (faux bold, as ``BoldParagraph``).
    """

    def __init__(self, text: str, font: str, size: float, leading: float, space_after: float = 0) -> None:
        super().__init__()
        self.text, self.font, self.size, self.leading = text, font, size, leading
        self.spaceAfter = space_after
        self.lines: list[str] = []

    def _w(self, i: int) -> float:
        ch = self.text[i]
        return pdfmetrics.stringWidth(ch, font_for(ch, self.font), self.size)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        breaks = greedy_breaks(self.text, self._w, aw, aw, drop_spaces=True)
        self.lines = [self.text[a:b].rstrip(" ") for a, b in breaks]
        self.width, self.height = aw, self.leading * len(self.lines)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setLineWidth(self.size * 0.03)
        for n, line in enumerate(self.lines):
            runs = font_runs(line, self.font)
            width = sum(pdfmetrics.stringWidth(run, f, self.size) for run, f in runs)
            tx = canv.beginText((self.width - width) / 2, self.height - n * self.leading - self.size * 0.9)
            tx.setTextRenderMode(2)
            for run, f in runs:
                tx.setFont(f, self.size)
                tx.textOut(run)
            canv.drawText(tx)
        canv.restoreState()


class Photo(Flowable):
    """A grey box with a thin frame where the photograph was printed: no text, as in a real PDF."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.box = (width, height)
        self.spaceAfter = 4
        self.hAlign = "CENTER"

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = min(self.box[0], aw)
        self.height = self.box[1]
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFillColor(colors.Color(0.82, 0.82, 0.8))
        self.canv.setStrokeColor(colors.Color(0.4, 0.4, 0.4))
        self.canv.setLineWidth(0.5)
        self.canv.rect(0, 0, self.width, self.height, fill=1, stroke=1)


# ---------------------------------------------------------------------------------------------
# Reading the samples
# ---------------------------------------------------------------------------------------------


@dataclass
class Block:
    kind: str  # para | heading | subheading | caption | credit | source | facts
    text: str = ""
    lines: list[list[str]] = field(default_factory=list)  # facts: groups of lines


@dataclass
class Article:
    title: str
    kicker: str | None = None
    subtitle: str | None = None
    label: str | None = None  # a column label printed above the headline (e.g. 乡村纪行)
    byline: str | None = None  # a byline line printed under the headline
    date_line: str | None = None
    photos: int = 0
    blocks: list[Block] = field(default_factory=list)


def ends_sentence(piece: str) -> bool:
    piece = EDITOR_CODE.sub("", piece.rstrip())
    return not piece or piece[-1] in SENTENCE_END


def join_broken(pieces: list[str], log: list[str]) -> list[str]:
    """Rejoin body pieces that the sample splits mid-sentence (an earlier column break)."""
    out: list[str] = []
    for piece in pieces:
        if out and not ends_sentence(out[-1]):
            log.append(f"joined …{out[-1][-8:]} + {piece[:8]}…")
            out[-1] += piece
        else:
            out.append(piece)
    return out


def paragraphs_to_blocks(items: list[tuple[str, str]], log: list[str]) -> list[Block]:
    """(kind, text) items in order → blocks, with consecutive body pieces rejoined where broken."""
    blocks: list[Block] = []
    run: list[str] = []

    def flush() -> None:
        blocks.extend(Block("para", p) for p in join_broken(run, log))
        run.clear()

    for kind, text in items:
        if kind == "para":
            run.append(text)
        else:
            flush()
            blocks.append(Block(kind, text))
    flush()
    return blocks


def sample_path(key: str) -> Path:
    (path,) = LIBRARY.glob(f"{key}_*.txt")
    return path


# --- 000: bulletin with 目录 ----------------------------------------------------------------

SECTIONS_000 = ("特别关注", "上级调研", "重要会议", "重大活动", "简明动态", "报网文摘")
SUBHEADINGS_000 = (
    "“链”上发力:绘就产业集群新图谱",
    "“质”上求新:打造项目建设强引擎",
    "以优促稳:强化要素保障硬支撑",
    "文明创建 擦亮城市底色",
    "精神引领 凝聚榜样力量",
    "文明新风浸润百姓生活",
)
BYLINE_000 = re.compile(r"^驻马店日报记者\s")
SOURCE_000 = re.compile(r"^\(原载.*\)$")
TOC_ENTRY = re.compile(r"^(.*\S)\s+(\d+)$")


@dataclass
class Bulletin:
    toc: list[tuple[str, str | None]]  # (section, None) or (title, printed page)
    body: list[tuple[str | None, Article]]  # (section that starts here, article)
    dropped: list[str]


def read_000(log: list[str]) -> Bulletin:
    lines = [ln.strip() for ln in sample_path("000").read_text(encoding="utf-8").split("\n")]
    lines = [ln for ln in lines if ln]
    dropped = [ln for ln in lines if re.fullmatch(r"[|｜│]+", ln)]
    lines = [ln for ln in lines if ln not in dropped]  # the trailing '|' is table residue, not print
    assert lines[0] == "目录"
    body_start = lines.index(SECTIONS_000[0], 2)
    toc: list[tuple[str, str | None]] = []
    pending = ""
    for line in lines[1:body_start]:
        if line in SECTIONS_000:
            toc.append((line, None))
        elif m := TOC_ENTRY.match(line):
            toc.append((pending + m.group(1), m.group(2)))
            pending = ""
        else:
            pending += line
    titles = [t for t, page in toc if page]
    body: list[tuple[str | None, Article]] = []
    section: str | None = None
    items: list[tuple[str, str]] = []
    i = body_start

    def close() -> None:
        if body:
            body[-1][1].blocks = paragraphs_to_blocks(items, log)
        items.clear()

    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if line in SECTIONS_000:
            section = line
        elif titles and line in (titles[0], titles[0][: len(line)]) and (line + nxt).startswith(titles[0]):
            close()
            title = titles.pop(0)
            if line != title:
                i += 1  # the title wraps onto the next line in the sample
            body.append((section, Article(title)))
            section = None
        elif BYLINE_000.match(line):
            body[-1][1].byline = line
        elif SOURCE_000.match(line):
            items.append(("source", line))
        elif line in SUBHEADINGS_000:
            items.append(("subheading", line))
        else:
            items.append(("para", line))
        i += 1
    close()
    assert not titles, f"titles of the 目录 not found in the body: {titles}"
    return Bulletin(toc, body, dropped)


# --- 001: Markdown feature -------------------------------------------------------------------


def read_001(log: list[str]) -> Article:
    """Markdown: ``#`` title, ``##``/``###`` headings; chunks with hard breaks (two trailing spaces)
    are the fact boxes of the printed page, one fact a line, consecutive chunks one box."""
    raw = sample_path("001").read_text(encoding="utf-8")
    chunks = [c.split("\n") for c in re.split(r"\n\s*\n", raw) if c.strip()]
    article: Article | None = None
    items: list[tuple[str, str]] = []
    blocks: list[Block] = []
    for chunk in chunks:
        if any(line.endswith("  ") for line in chunk):
            if items:
                blocks.extend(paragraphs_to_blocks(items, log))
                items.clear()
            if blocks and blocks[-1].kind == "facts":
                blocks[-1].lines.append([ln.strip() for ln in chunk])
            else:
                heading = blocks.pop().text if blocks and blocks[-1].kind == "subheading" else ""
                blocks.append(Block("facts", heading, [[ln.strip() for ln in chunk]]))
            continue
        for text in (ln.strip() for ln in chunk):
            if text.startswith("# "):
                article = Article(text[2:].strip())
            elif text.startswith("## "):
                items.append(("heading", text[3:].strip()))
            elif text.startswith("### "):
                items.append(("subheading", text[4:].strip()))
            elif article and not items and article.date_line is None and re.fullmatch(r"\d{4}年", text):
                article.date_line = text
            elif article and not items and article.byline is None and text.startswith("本报记者"):
                article.byline = text
            else:
                items.append(("para", text))
        if items and items[-1][0] == "subheading":  # may head a fact box: keep it a block
            blocks.extend(paragraphs_to_blocks(items, log))
            items.clear()
    blocks.extend(paragraphs_to_blocks(items, log))
    assert article is not None
    article.blocks = blocks
    return article


# --- 002–004: newspaper pages ----------------------------------------------------------------

PAGE_ROLES: dict[str, dict[str, tuple[str, ...]]] = {
    "002": {
        "kicker": (
            "凝心聚力 真抓实干",
            "驿城区",
            "驿城区城市管理局",
            "驿城区水利局",
            "驿城区科协",
            "新华街道",
            "东风街道",
            "胡庙乡",
        ),
        "title": (
            "驿城区统筹推进各项重点工作落实落细",
            "强化宣传 促文明",
            "全力以赴加快重点项目建设",
            "开展集中整治 优化市容环境",
            "政协第十四届驻马店市驿城区委员会常务委员会第二次会议召开",
            "以赛促学 以学促干",
            "对口帮扶 助力乡村振兴",
            "坚持党管武装 强化使命担当",
            "精准排查 筑牢疫情防控屏障",
            "织密“扫黄打非”防护网",
        ),
        "credit": ("记者 吴勇峰 见习记者 张楠 摄影报道",),
    },
    "003": {
        "kicker": (
            "让科技创新成为最强发展引擎和核心竞争力",
            "打造创建“亮点” 破解治理“难点”",
            "“烦心路”变“暖心路”",
            "示范区启动主题党团队日活动",
            "示范区巡察办:",
            "湖滨路街道纪工委:",
        ),
        "title": (
            "示范区党工委(扩大)会议暨党工委理论学习中心组第七次集体学习会议召开",
            "示范区推动文明城市创建提质增效",
            "3家企业入选全省第二批“专精特新”拟认定名单",
            "闫庄村“五星工坊”分享集体经济红利",
            "为170名困难青少年送上暖冬物品",
            "强化巡中指导 力促巡察提质增效",
            "做实日常监督 提升工作质效",
            "自主创新助力产业升级",
        ),
        "label": ("乡村纪行",),
        "credit": ("本报记者 王尧 摄",),
    },
    "004": {
        "banner": ("城区时讯",),
        "kicker": ("开发区", "金桥办事处", "高新区", "开发区医保中心"),
        "title": (
            "“四个聚焦”蓄积发展新动能",
            "线上培训党员发展对象",
            "组织广大党员干部无偿献血",
            "“陪餐”护航 确保师生用餐安全",
            "开展企业化工安全生产技能培训",
            "以教育项目建设推动教育基础设施提档升级",
            "城乡居民医保征缴宣传进高校",
            "美丽小尹庄 幸福庄户人",
        ),
        "subtitle": ("——开发区招商局招商引资提质增效工作纪实",),
        "byline": ("记者 唐 翀 通讯员 武 强 夏慧锋", "记者 唐 翀 通讯员 宣茂松 文/图", "记者 许伟"),
        "subheading": (
            "聚焦组建专班团队 全方位开展招商",
            "聚焦拓展招商渠道 走出去敲门引资",
            "聚焦找准投资定位 请进来共赢发展",
            "聚焦优化营商环境 一站式精准服务",
        ),
        "caption": ("图① 与师生共同进餐。", "图② 抽检食材质量。⑥2"),
    },
}
PHOTOS = {"强化宣传 促文明": 1, "自主创新助力产业升级": 1, "“陪餐”护航 确保师生用餐安全": 2}


@dataclass
class NewsPage:
    banner: str | None
    articles: list[Article]


def read_page(key: str, log: list[str]) -> NewsPage:
    roles = {text: role for role, texts in PAGE_ROLES[key].items() for text in texts}
    lines = [ln.strip() for ln in sample_path(key).read_text(encoding="utf-8").split("\n")]
    banner = None
    articles: list[Article] = []
    head: dict[str, str] = {}
    items: list[tuple[str, str]] = []

    def close() -> None:
        if articles:
            articles[-1].blocks += paragraphs_to_blocks(items, log)
        items.clear()

    for line in filter(None, lines):
        role = roles.get(line, "para")
        if role == "banner":
            banner = line
        elif role in ("label", "kicker"):
            close()
            head[role] = line
        elif role == "title":
            close()
            articles.append(Article(line, photos=PHOTOS.get(line, 0), **head))
            head = {}
        elif role in ("subtitle", "byline"):
            setattr(articles[-1], role, line)
        else:
            items.append((role, line))
    close()
    found = [a.title for a in articles]
    assert found == list(PAGE_ROLES[key]["title"]), found
    return NewsPage(banner, articles)


# ---------------------------------------------------------------------------------------------
# 000: an A4 bulletin — 目录 with leaders and real page numbers, 栏目, titles, footers "- N -"
# ---------------------------------------------------------------------------------------------

A4_MARGINS = dict(left=27 * mm, right=27 * mm, top=30 * mm, bottom=28 * mm)


class TocEntry(Flowable):
    """One 目录 line: the title (wrapped if long), dotted leader, page number flush right."""

    def __init__(self, title: str, page: str, font: str = "Ming", size: float = 12) -> None:
        super().__init__()
        self.title, self.page, self.font, self.size = title, page, font, size
        self.leading = size * 1.75
        self.lines: list[str] = []

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        room = aw - pdfmetrics.stringWidth("000", self.font, self.size) - 3 * self.size
        self.lines, line = [], ""
        for ch in self.title:
            if pdfmetrics.stringWidth(line + ch, self.font, self.size) > room:
                self.lines.append(line)
                line = ""
            line += ch
        self.lines.append(line)
        self.width, self.height = aw, self.leading * len(self.lines)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFont(self.font, self.size)
        y = self.height - self.size
        for n, line in enumerate(self.lines):
            indent = 0 if n == 0 else self.size
            c.drawString(indent, y, line)
            if n == len(self.lines) - 1:
                x_end = indent + pdfmetrics.stringWidth(line, self.font, self.size) + self.size * 0.5
                num_w = pdfmetrics.stringWidth(self.page, self.font, self.size)
                dot_w = pdfmetrics.stringWidth(".", self.font, self.size) * 1.6
                dots = int((self.width - num_w - self.size * 0.25 - x_end) / dot_w)
                c.drawString(x_end, y, "." * max(dots, 3)) if dots > 0 else None
                c.drawRightString(self.width, y, self.page)
            y -= self.leading


class PagedDoc(BaseDocTemplate):
    """One frame per page and a centred footer made by ``footer(page_number)``."""

    def __init__(self, path: Path, footer: Callable[[int], str], pagesize=A4, **margins: float) -> None:
        margins = {**A4_MARGINS, **margins}
        super().__init__(
            str(path),
            pagesize=pagesize,
            leftMargin=margins["left"],
            rightMargin=margins["right"],
            topMargin=margins["top"],
            bottomMargin=margins["bottom"],
            invariant=1,
            title="",
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._footer)])
        self.footer = footer

    def _footer(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFont("Ming", 11)
        canv.drawCentredString(self.pagesize[0] / 2, 15 * mm, self.footer(canv.getPageNumber()))
        canv.restoreState()


def bulletin_story(b: Bulletin, pages: dict[str, int]) -> list[Flowable]:
    st_toc_head = style("toc_head", "Hei", 22, alignment=TA_CENTER, spaceAfter=18)
    st_toc_sec = style("toc_sec", "Hei", 13, spaceBefore=8, spaceAfter=2)
    st_sec = style("sec", "Hei", 15, leading=22, spaceBefore=14, spaceAfter=2)
    st_title = style("title", "Hei", 18, leading=27, alignment=TA_CENTER, spaceBefore=12, spaceAfter=10)
    st_byline = style("byline", "Kai", 13, alignment=TA_CENTER, spaceAfter=8)
    st_sub = style("sub", "Hei", 14, leading=26, firstLineIndent=28, spaceBefore=6)
    st_source = style("source", "Kai", 12, leading=22, alignment=TA_RIGHT, spaceBefore=4)
    story: list[Flowable] = [para("目录", st_toc_head, bold=True)]
    for text, printed in b.toc:
        if printed is None:
            story.append(para(text, st_toc_sec, bold=True))
        else:
            story.append(TocEntry(text, str(pages.get(text, 99))))
    story.append(PageBreak())
    for section, article in b.body:
        if section:
            story += [para(section, st_sec, bold=True), HRFlowable(width="100%", thickness=1.2, spaceAfter=4)]
        title = headline(article.title, st_title, A4[0] - A4_MARGINS["left"] - A4_MARGINS["right"])
        title.toc_key, title.pages = article.title, pages
        story.append(title)
        if article.byline:
            story.append(para(article.byline, st_byline))
        for block in article.blocks:
            if block.kind == "para":
                story.append(BodyText(block.text, "Ming", 14, 26, indent=28))
                continue
            st = {"subheading": st_sub, "source": st_source}[block.kind]
            story.append(para(block.text, st, bold=block.kind == "subheading"))
    return story


def render_000(b: Bulletin, path: Path) -> dict[str, int]:
    """Build until the 目录's page numbers are the pages the titles really landed on."""
    printed: dict[str, int] = {}
    for _ in range(5):
        landed: dict[str, int] = {}
        doc = PagedDoc(path, lambda n: f"- {n} -")
        doc.build(bulletin_story(b, _Recorder(printed, landed)))
        if landed == printed:
            return landed
        printed = landed
    raise RuntimeError("目录 page numbers did not settle")


class _Recorder(dict):
    """Page numbers to print (``printed``) while recording where titles land (``landed``)."""

    def __init__(self, printed: dict[str, int], landed: dict[str, int]) -> None:
        super().__init__(printed)
        self.landed = landed

    def setdefault(self, key: str, value: int) -> int:  # called by BoldParagraph.draw
        return self.landed.setdefault(key, value)


# ---------------------------------------------------------------------------------------------
# 001: an A4 feature — one article, title, date line, byline, headings, fact boxes, "第 N 页"
# ---------------------------------------------------------------------------------------------


def render_001(article: Article, path: Path) -> None:
    st_meta = style("meta", "Kai", 12, alignment=TA_CENTER, spaceAfter=4)
    st_h2 = style("h2", "Hei", 16, leading=24, alignment=TA_CENTER, spaceBefore=16, spaceAfter=8)
    st_h3 = style("h3", "Hei", 12.5, leading=20, spaceBefore=10, spaceAfter=4)
    st_box_head = style("boxh", "Hei", 11.5, leading=18, alignment=TA_CENTER, spaceAfter=4)
    st_fact = style("fact", "Kai", 10.5, leading=16, leftIndent=8, spaceAfter=2)
    story: list[Flowable] = [Headline(article.title, "Hei", 22, 32, space_after=8)]
    story += [para(t, st_meta) for t in (article.date_line, article.byline) if t]
    story.append(HRFlowable(width="100%", thickness=0.8, spaceBefore=4, spaceAfter=10))
    for block in article.blocks:
        if block.kind == "facts":
            cell: list[Flowable] = [para(block.text, st_box_head, bold=True)] if block.text else []
            for n, group in enumerate(block.lines):
                cell += [Spacer(1, 6)] if n else []
                cell += [para(fact, st_fact) for fact in group]
            box = Table([[cell]], colWidths=[A4[0] - 54 * mm - 40])
            box.setStyle(
                TableStyle(
                    [
                        ("BOX", (0, 0), (-1, -1), 0.8, colors.Color(0.45, 0.2, 0.15)),
                        ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.96, 0.93, 0.88)),
                        ("LEFTPADDING", (0, 0), (-1, -1), 10),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                        ("TOPPADDING", (0, 0), (-1, -1), 8),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                    ]
                )
            )
            story += [Spacer(1, 8), box, Spacer(1, 10)]
            continue
        if block.kind == "para":
            story.append(BodyText(block.text, "Ming", 11, 19, indent=22))
            continue
        st = {"heading": st_h2, "subheading": st_h3}[block.kind]
        story.append(para(block.text, st, bold=True))
    PagedDoc(path, lambda n: f"第 {n} 页", left=25 * mm, right=25 * mm).build(story)


# ---------------------------------------------------------------------------------------------
# 002–004: newspaper pages — article modules on a column grid, packed like a real page
# ---------------------------------------------------------------------------------------------


@dataclass
class PagePlan:
    pagesize: tuple[float, float]
    grid: int  # columns of the page grid
    spans: dict[str, int]  # title → grid columns the article takes (its body runs in as many columns)
    margin: float = 14 * mm
    gutter: float = 8 * mm  # ≥ 2 em of body type, so pdfminer (char_margin 2.0) keeps columns apart
    body_size: float = 9.5


PLANS = {
    "002": PagePlan(
        A3,
        4,
        {
            "驿城区统筹推进各项重点工作落实落细": 3,
            "强化宣传 促文明": 1,
            "全力以赴加快重点项目建设": 2,
            "开展集中整治 优化市容环境": 2,
            "政协第十四届驻马店市驿城区委员会常务委员会第二次会议召开": 3,
            "以赛促学 以学促干": 1,
            "对口帮扶 助力乡村振兴": 2,
            "坚持党管武装 强化使命担当": 1,
            "精准排查 筑牢疫情防控屏障": 1,
            "织密“扫黄打非”防护网": 2,
        },
    ),
    "003": PagePlan(
        A3,
        3,
        {
            "示范区党工委(扩大)会议暨党工委理论学习中心组第七次集体学习会议召开": 3,
            "示范区推动文明城市创建提质增效": 2,
            "3家企业入选全省第二批“专精特新”拟认定名单": 1,
            "闫庄村“五星工坊”分享集体经济红利": 2,
            "为170名困难青少年送上暖冬物品": 1,
            "强化巡中指导 力促巡察提质增效": 2,
            "做实日常监督 提升工作质效": 1,
            "自主创新助力产业升级": 3,
        },
        body_size=9.5,
    ),
    "004": PagePlan(
        A3,
        3,
        {
            "“四个聚焦”蓄积发展新动能": 3,
            "线上培训党员发展对象": 1,
            "组织广大党员干部无偿献血": 1,
            "“陪餐”护航 确保师生用餐安全": 1,
            "开展企业化工安全生产技能培训": 2,
            "以教育项目建设推动教育基础设施提档升级": 1,
            "城乡居民医保征缴宣传进高校": 1,
            "美丽小尹庄 幸福庄户人": 2,
        },
        body_size=10,
    ),
}
TITLE_SIZE = {1: 16, 2: 21, 3: 26, 4: 30}
_SCRATCH = Canvas(BytesIO())  # measuring draws here and is thrown away


def body_flowables(article: Article, size: float, squeeze: float = 0) -> list[Flowable]:
    """An article's body as printed in newspaper columns: paragraphs with a bold ``本报讯(…)``
    dateline, bold sub-headings, captions and a right-aligned credit where the sample has them."""
    st_sub = style("sub", "Hei", size + 0.5, leading=size * 1.6, spaceBefore=4, spaceAfter=2)
    st_caption = style("cap", "Kai", size - 1, leading=size * 1.35, spaceBefore=2)
    st_credit = style("credit", "Kai", size - 1, leading=size * 1.4, alignment=TA_RIGHT, spaceBefore=2)
    out: list[Flowable] = []
    for n, block in enumerate(article.blocks):
        if block.kind == "para":
            m = re.match(r"本报讯[(（][^)）]*[)）]", block.text) if n == 0 else None
            lead = m.end() if m else 0  # the dateline, set bold
            body = BodyText(
                block.text, "Ming", size, size * 1.42, indent=2 * size, lead=lead, squeeze=squeeze
            )
            out.append(body)
        else:
            st = {"subheading": st_sub, "caption": st_caption, "credit": st_credit}[block.kind]
            out.append(para(block.text, st, bold=block.kind == "subheading"))
    return out


def fill_columns(
    make: Callable[[], list[Flowable]],
    canv: Canvas,
    x: float,
    top: float,
    h: float,
    ncols: int,
    width: float,
    gutter: float,
) -> list[Flowable]:
    """Pour a fresh story from ``make`` into ``ncols`` columns of height ``h``; return what is left.

    Measuring draws on ``_SCRATCH``; each call builds its flowables anew, so a story can be poured
    any number of times (the balancing search does).
    """
    story = make()
    for n in range(ncols):
        frame = Frame(x + n * (width + gutter), top - h, width, h, 0, 0, 0, 0, showBoundary=0)
        while story:
            if frame.add(story[0], canv, trySplit=0):
                story.pop(0)
                continue
            parts = frame.split(story[0], canv)  # a paragraph runs on into the next column
            if len(parts) > 1 and frame.add(parts[0], canv, trySplit=0):
                story[0:1] = parts[1:]
            break
        if not story:
            break
    return story


def min_height(make: Callable[[], list[Flowable]], ncols: int, width: float, gutter: float) -> float:
    """The least column height that holds the whole story: columns balanced, as on a real page."""
    lo, hi = 0.0, 3000.0
    if fill_columns(make, _SCRATCH, 0, hi, hi, ncols, width, gutter):
        raise ValueError("does not fit a page even alone")
    while hi - lo > 0.5:
        mid = (lo + hi) / 2
        fits = not fill_columns(make, _SCRATCH, 0, mid, mid, ncols, width, gutter)
        lo, hi = (lo, mid) if fits else (mid, hi)
    return hi + 1


class Module:
    """One article on the page: headline across its width, body balanced over its columns."""

    def __init__(self, article: Article, span: int, plan: PagePlan, col_w: float) -> None:
        self.article, self.span, self.plan, self.col_w = article, span, plan, col_w
        self.width = span * col_w + (span - 1) * plan.gutter
        self.head_h = self._min_height(self.head, 1, self.width)
        self.body_h = self._min_height(self.body, span, col_w)
        self.height = self.head_h + self.body_h

    def head(self) -> list[Flowable]:
        a, size = self.article, TITLE_SIZE[self.span]
        out: list[Flowable] = []
        if a.label:
            label = style("label", "Hei", 11, borderWidth=0.8, borderColor=colors.black, borderPadding=3)
            out += [para(a.label, label, bold=True), Spacer(1, 8)]
        if a.kicker:
            out.append(para(a.kicker, style("kicker", "Hei", max(11, size * 0.5), alignment=TA_CENTER)))
        out.append(
            headline(
                a.title, style("title", "Hei", size, leading=size * 1.3, alignment=TA_CENTER), self.width
            )
        )
        if a.subtitle:
            out.append(para(a.subtitle, style("sub", "Hei", max(11, size * 0.45), alignment=TA_CENTER)))
        if a.byline:
            out.append(para(a.byline, style("byline", "Kai", 10, alignment=TA_CENTER, spaceBefore=3)))
        out.append(Spacer(1, 6))
        photo_w = min(self.width, 100 * mm)
        out += [Photo(photo_w, photo_w * 0.62) for _ in range(a.photos)]
        return out

    def body(self) -> list[Flowable]:
        return body_flowables(self.article, self.plan.body_size)

    def _fill(
        self,
        make: Callable[[], list[Flowable]],
        canv: Canvas,
        x: float,
        top: float,
        h: float,
        ncols: int,
        width: float,
    ) -> list[Flowable]:
        return fill_columns(make, canv, x, top, h, ncols, width, self.plan.gutter)

    def _min_height(self, make: Callable[[], list[Flowable]], ncols: int, width: float) -> float:
        try:
            return min_height(make, ncols, width, self.plan.gutter)
        except ValueError:
            raise ValueError(f"{self.article.title}: does not fit a page even alone") from None

    def draw(self, canv: Canvas, x: float, top: float) -> None:
        assert not self._fill(self.head, canv, x, top, self.head_h, 1, self.width)
        assert not self._fill(self.body, canv, x, top - self.head_h, self.body_h, self.span, self.col_w)
        canv.setStrokeColor(colors.Color(0.3, 0.3, 0.3))
        canv.setLineWidth(0.4)
        for n in range(1, self.span):  # column rules
            rx = x + n * (self.col_w + self.plan.gutter) - self.plan.gutter / 2
            canv.line(rx, top - self.head_h, rx, top - self.height)


def render_page(page: NewsPage, plan: PagePlan, path: Path) -> int:
    """Pack modules in article order onto a skyline of grid columns, as high up as they go.

    An article may take more columns than planned (and so grow shorter) when that lets it fit in
    the space left on the page; a new page starts only when no width fits.
    """
    w, h = plan.pagesize
    col_w = (w - 2 * plan.margin - (plan.grid - 1) * plan.gutter) / plan.grid
    canv = Canvas(str(path), pagesize=plan.pagesize, invariant=1)
    top_y = h - plan.margin
    if page.banner:
        canv.setFont("Hei", 34)
        canv.drawString(plan.margin, top_y - 34, page.banner)
        canv.setLineWidth(2.5)
        canv.line(plan.margin, top_y - 44, w - plan.margin, top_y - 44)
        top_y -= 56
    skyline = [top_y] * plan.grid
    pages = 1
    for article in page.articles:
        planned = plan.spans[article.title]
        modules = {span: Module(article, span, plan, col_w) for span in range(planned, plan.grid + 1)}
        if modules[plan.grid].height > h - 2 * plan.margin:
            raise ValueError(f"{article.title}: taller than a page")
        fits = [
            (min(skyline[c : c + span]), -span, -c)
            for span, module in modules.items()
            for c in range(plan.grid - span + 1)
            if min(skyline[c : c + span]) - module.height >= plan.margin
        ]
        if not fits:
            canv.showPage()
            pages += 1
            skyline = [h - plan.margin] * plan.grid
            fits = [(skyline[0], -planned, 0)]
        top, span, col = max(fits, key=lambda f: (f[0], f[1] == -planned, f[2]))
        module, span, col = modules[-span], -span, -col
        x = plan.margin + col * (col_w + plan.gutter)
        module.draw(canv, x, top)
        bottom = top - module.height - 5 * mm
        canv.setLineWidth(0.8)
        canv.line(x, bottom + 2.5 * mm, x + module.width, bottom + 2.5 * mm)
        skyline[col : col + span] = [bottom] * span
    canv.showPage()
    canv.save()
    return pages


# ---------------------------------------------------------------------------------------------
# 002–004 stacked: full-width article bands, body in 2–3 balanced columns, flowing over pages
# ---------------------------------------------------------------------------------------------


@dataclass
class StackPlan:
    pagesize: tuple[float, float] = A4
    margin: float = 15 * mm
    min_gutter: float = 8 * mm  # 2.3 em of body type, so pdfminer (char_margin 2.0) keeps columns apart
    body_size: float = 10
    title_size: float = 22  # every headline; a long one wraps where the line is full
    three_columns_from: int = 600  # body characters: shorter articles run in two columns
    min_lines: int = 3  # body lines that must follow a head on its page, else the band starts anew
    squeeze: float = 0.5  # em a line may tighten to take a closing mark (the mark's blank half)

    @property
    def width(self) -> float:
        return self.pagesize[0] - 2 * self.margin

    def grid(self, ncols: int) -> tuple[float, float]:
        """(column width, gutter): columns a whole number of characters wide, as newspapers count
        them, so a line of full-width characters fills its column; the gutters take the rest."""
        chars = int((self.width - (ncols - 1) * self.min_gutter) / ncols / self.body_size)
        col_w = chars * self.body_size
        return col_w, (self.width - ncols * col_w) / (ncols - 1)


class Label(Flowable):
    """A column label (栏目 such as 乡村纪行) in a small box flush left above the article's head."""

    def __init__(self, text: str, size: float = 12, pad: float = 3) -> None:
        super().__init__()
        self.text, self.size, self.pad = text, size, pad
        self.spaceAfter = 6

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.height = aw, self.size + 2 * self.pad
        return self.width, self.height

    def draw(self) -> None:
        c, pad = self.canv, self.pad
        runs = font_runs(self.text, "Hei")
        width = sum(pdfmetrics.stringWidth(run, f, self.size) for run, f in runs)
        c.setLineWidth(0.8)
        c.rect(0, 0, width + 2 * pad, self.height, fill=0, stroke=1)
        tx = c.beginText(pad, pad + self.size * 0.14)
        for run, f in runs:
            tx.setFont(f, self.size)
            tx.textOut(run)
        c.drawText(tx)


class PhotoRow(Flowable):
    """One or more grey photo boxes side by side, centred in the band: no text, as in a real PDF."""

    def __init__(self, count: int, box_w: float, box_h: float, gap: float = 6 * mm) -> None:
        super().__init__()
        self.count, self.box_w, self.box_h, self.gap = count, box_w, box_h, gap
        self.spaceBefore = 2

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.height = aw, self.box_h
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        row_w = self.count * self.box_w + (self.count - 1) * self.gap
        x = (self.width - row_w) / 2
        c.setFillColor(colors.Color(0.82, 0.82, 0.8))
        c.setStrokeColor(colors.Color(0.4, 0.4, 0.4))
        c.setLineWidth(0.5)
        for n in range(self.count):
            c.rect(x + n * (self.box_w + self.gap), 0, self.box_w, self.box_h, fill=1, stroke=1)


def band_head(article: Article, plan: StackPlan, width: float) -> list[Flowable]:
    """Label, kicker, headline, subtitle and byline across the page, then the photos."""
    size = plan.title_size
    out: list[Flowable] = [Label(article.label)] if article.label else []
    if article.kicker:
        out.append(para(article.kicker, style("kicker", "Hei", 13, alignment=TA_CENTER, spaceAfter=2)))
    out.append(Headline(article.title, "Hei", size, size * 1.3, space_after=3))
    if article.subtitle:
        out.append(para(article.subtitle, style("sub", "Hei", 13, alignment=TA_CENTER, spaceAfter=2)))
    if article.byline:
        out.append(para(article.byline, style("byline", "Kai", 11, alignment=TA_CENTER, spaceBefore=2)))
    out.append(Spacer(1, 8))
    if article.photos:
        box_w = min(110 * mm, (width - (article.photos - 1) * 6 * mm) / article.photos)
        # a Spacer, not spaceAfter: a frame drops the spaceAfter of its last flowable
        out += [PhotoRow(article.photos, box_w, box_w * 0.64), Spacer(1, 8)]
    return out


def band_columns(article: Article, plan: StackPlan) -> int:
    """Three columns for a long article, two for a short one — or for one whose sub-headings
    would not fit a third of the page on one line."""
    col_w, _ = plan.grid(3)
    subheads = [b.text for b in article.blocks if b.kind == "subheading"]
    too_wide = any(pdfmetrics.stringWidth(t, "Hei", plan.body_size + 0.5) > col_w for t in subheads)
    long = sum(len(b.text) for b in article.blocks) >= plan.three_columns_from
    return 3 if long and not too_wide else 2


def render_stacked(page: NewsPage, plan: StackPlan, path: Path) -> int:
    """Set each article as a band across the page: head, photos, then its body balanced over 2–3
    columns; the next band starts below.  A band that does not fit runs its columns down to the
    foot of the page and goes on, balanced again, at the top of the next one."""
    w, h = plan.pagesize
    width = plan.width
    top, foot, x = h - plan.margin, plan.margin, plan.margin
    leading = plan.body_size * 1.42
    canv = Canvas(str(path), pagesize=plan.pagesize, invariant=1)
    y, pages = top, 1
    if page.banner:
        canv.setFont("Hei", 28)
        canv.drawString(x, y - 28, page.banner)
        canv.setLineWidth(2.5)
        canv.line(x, y - 37, w - x, y - 37)
        y -= 50

    def new_page() -> float:
        nonlocal pages
        canv.showPage()
        pages += 1
        return top

    def rules(ncols: int, upper: float, lower: float) -> None:
        col_w, gutter = plan.grid(ncols)
        canv.setStrokeColor(colors.Color(0.3, 0.3, 0.3))
        canv.setLineWidth(0.4)
        for n in range(1, ncols):
            rx = x + n * (col_w + gutter) - gutter / 2
            canv.line(rx, upper, rx, lower)

    for number, article in enumerate(page.articles):
        ncols = band_columns(article, plan)
        col_w, gutter = plan.grid(ncols)
        head = lambda a=article: band_head(a, plan, width)  # noqa: E731
        rest: Callable[[], list[Flowable]] = lambda a=article: body_flowables(  # noqa: E731
            a, plan.body_size, plan.squeeze
        )
        head_h = min_height(head, 1, width, 0)
        first = min(plan.min_lines * leading, min_height(rest, ncols, col_w, gutter))
        if number and y - head_h - first < foot:
            y = new_page()
        assert not fill_columns(head, canv, x, y, head_h, 1, width, 0)
        y -= head_h
        while True:
            need = min_height(rest, ncols, col_w, gutter)
            if need <= y - foot:
                assert not fill_columns(rest, canv, x, y, need, ncols, col_w, gutter)
                rules(ncols, y, y - need)
                y -= need
                break
            avail = y - foot
            left = fill_columns(rest, canv, x, y, avail, ncols, col_w, gutter)
            rules(ncols, y, foot)
            if not left:
                y = foot
                break
            rest = lambda r=rest, av=avail, n=ncols, cw=col_w, g=gutter: fill_columns(  # noqa: E731
                r, _SCRATCH, 0, av, av, n, cw, g
            )
            y = new_page()
        if number < len(page.articles) - 1:
            canv.setStrokeColor(colors.black)
            canv.setLineWidth(0.8)
            canv.line(x, y - 4 * mm, w - x, y - 4 * mm)
            y -= 9 * mm
    canv.showPage()
    canv.save()
    return pages


# ---------------------------------------------------------------------------------------------
# Extraction and the Han check
# ---------------------------------------------------------------------------------------------


def extract(pdf: Path) -> dict[str, str]:
    import pymupdf
    from pdfminer.high_level import extract_text

    def poppler(*flags: str) -> str:
        done = subprocess.run(
            ["pdftotext", *flags, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
        )
        return done.stdout.decode("utf-8")

    with pymupdf.open(pdf) as doc:
        mupdf = "".join(page.get_text() for page in doc)
    return {
        "pdftotext": poppler(),
        "pdftotext-layout": poppler("-layout"),
        "pymupdf": mupdf,
        "pdfminer": extract_text(str(pdf)),
    }


def han(text: str) -> Counter[str]:
    return Counter(HAN.findall(unicodedata.normalize("NFC", text)))


def check_han(sample: str, extracted: str) -> tuple[Counter[str], Counter[str]]:
    """(lost, added) Han characters of an extraction against its sample, as multisets."""
    need, have = han(sample), han(extracted)
    return need - have, have - need


def tool_versions() -> dict[str, str]:
    poppler = subprocess.run(["pdftotext", "-v"], capture_output=True, text=True).stderr.splitlines()[0]
    debs = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package} ${Version}\n", *FONT_PACKAGES], capture_output=True, text=True
    ).stdout.strip()
    import pymupdf

    return {
        "pdftotext": poppler,
        "reportlab": metadata.version("reportlab"),
        "pymupdf": f"{metadata.version('pymupdf')} (MuPDF {pymupdf.VersionFitz})",
        "pdfminer.six": metadata.version("pdfminer.six"),
        "debian": debs,
        "python": sys.version.split()[0],
    }


# ---------------------------------------------------------------------------------------------


def check_expected(out: Path, readings: dict[str, list[Article]]) -> list[str]:
    """The layout roles typeset here and the hand-written expected.json must tell the same story."""
    path = out / "expected.json"
    if not path.exists():
        return [f"{path}: missing"]
    expected = json.loads(path.read_text(encoding="utf-8"))
    problems = []
    for key, articles in readings.items():
        gold = [(a["kicker"], a["title"], a["subtitle"]) for a in expected[sample_path(key).stem]["articles"]]
        typeset = [(a.kicker, a.title, a.subtitle) for a in articles]
        for n, (g, t) in enumerate(zip(gold, typeset, strict=False)):
            if g != t:
                problems.append(f"{key} article {n + 1}: expected.json {g} but typeset {t}")
        if len(gold) != len(typeset):
            problems.append(f"{key}: {len(gold)} articles in expected.json, {len(typeset)} typeset")
    return problems


def check_toc_pages(pdftotext: str, landed: dict[str, int]) -> list[str]:
    """Each 目录 number must be the page (form feed count) where pdftotext finds the title."""
    pages = [re.sub(r"\s", "", re.sub(r"(?m)^- \d+ -$", "", page)) for page in pdftotext.split("\f")]
    wrong = []
    for title, page in landed.items():
        here = pages[page - 1] + (pages[page] if page < len(pages) else "")
        if re.sub(r"\s", "", title) not in here or any(
            re.sub(r"\s", "", title) in p for p in pages[2 : page - 1]
        ):
            wrong.append(f"000: 目录 says {title} is on page {page}")
    return wrong


def copy_expected(out: Path, modules_out: Path, keys: Iterable[str]) -> None:
    """The module pages print the same articles: their expected.json is the main one's entries."""
    expected = json.loads((out / "expected.json").read_text(encoding="utf-8"))
    subset = {sample_path(key).stem: expected[sample_path(key).stem] for key in keys}
    text = json.dumps(subset, ensure_ascii=False, indent=1) + "\n"
    (modules_out / "expected.json").write_text(text, encoding="utf-8")


def render_twice(render: Callable[[Path], T], path: Path) -> T:
    """Render ``path`` twice and insist on identical bytes: the extractions must not drift between
    runs (reportlab's ``invariant=1`` fixes the dates and ids; nothing else may vary)."""
    again = path.with_name(path.stem + ".again.pdf")
    result = render(path)
    render(again)
    same = path.read_bytes() == again.read_bytes()
    again.unlink()
    if not same:
        raise RuntimeError(f"{path.name}: two renderings differ")
    return result


def check_columns(key: str, texts: dict[str, str], plan: StackPlan) -> list[str]:
    """The stacked pages must stay a column test: ``pdftotext -layout`` prints body columns side by
    side, and pdfminer never glues two columns into one line (no line wider than the widest column)."""
    problems = []
    side_by_side = re.compile(r"[\u4e00-\u9fff，。、”)）] {2,}[\u4e00-\u9fff“(（]")
    rows = sum(1 for line in texts["pdftotext-layout"].splitlines() if side_by_side.search(line))
    if rows < 20:
        problems.append(f"{key} pdftotext-layout: only {rows} lines with columns side by side")
    widest = plan.grid(2)[0] + plan.body_size
    for line in texts["pdfminer"].splitlines():
        if pdfmetrics.stringWidth(line.strip(), "Ming", plan.body_size) > widest:
            problems.append(f"{key} pdfminer: columns glued in {line.strip()[:30]}…")
    return problems


def extract_and_check(
    key: str, pdf: Path, target: Path, label: str, log: list[str]
) -> tuple[dict[str, str], list[str]]:
    """Write the four extractions of ``pdf`` under ``target``; no Han character may be lost."""
    sample = sample_path(key).read_text(encoding="utf-8")
    target.mkdir(parents=True, exist_ok=True)
    failures = []
    texts = extract(pdf)
    for tool, text in texts.items():
        (target / f"{tool}.txt").write_text(text, encoding="utf-8")
        lost, added = check_han(sample, text)
        log.append(
            f"{label} {tool:17} Han lost {sum(lost.values())}, added {''.join(sorted(added.elements()))!r}"
        )
        if lost:
            failures.append(f"{label} {tool}: {sum(lost.values())} Han lost: {''.join(sorted(lost))[:40]}")
    return texts, failures


def build(out: Path, modules_out: Path, pdf_dir: Path, log: list[str]) -> list[str]:
    (pdf_dir / "modules").mkdir(parents=True, exist_ok=True)
    register_fonts()
    made: dict[str, Path] = {}
    modules: dict[str, Path] = {}
    readings: dict[str, list[Article]] = {}
    bulletin = read_000(log)
    readings["000"] = [article for _, article in bulletin.body]
    log.append(f"000: dropped non-text residue lines {bulletin.dropped}")
    made["000"] = pdf_dir / f"{sample_path('000').stem}.pdf"
    landed = render_twice(lambda path: render_000(bulletin, path), made["000"])
    log.append(f"000: 目录 page numbers {sorted(set(landed.values()))}")
    feature = read_001(log)
    readings["001"] = [feature]
    made["001"] = pdf_dir / f"{sample_path('001').stem}.pdf"
    render_twice(lambda path: render_001(feature, path), made["001"])
    stack = StackPlan()
    for key in PLANS:
        page = read_page(key, log)
        readings[key] = page.articles
        made[key] = pdf_dir / f"{sample_path(key).stem}.pdf"
        pages = render_twice(lambda path, pg=page: render_stacked(pg, stack, path), made[key])
        modules[key] = pdf_dir / "modules" / f"{sample_path(key).stem}.pdf"
        module_pages = render_twice(
            lambda path, k=key, pg=page: render_page(pg, PLANS[k], path), modules[key]
        )
        log.append(f"{key}: stacked {pages} A4 page(s), modules {module_pages} A3 page(s)")
    failures = check_expected(out, readings)
    modules_out.mkdir(parents=True, exist_ok=True)
    copy_expected(out, modules_out, PLANS)
    for key, pdf in made.items():
        texts, lost = extract_and_check(key, pdf, out / sample_path(key).stem, key, log)
        failures += lost
        if key == "000":
            failures += check_toc_pages(texts["pdftotext"], landed)
        if key in PLANS:
            failures += check_columns(key, texts, stack)
    for key, pdf in modules.items():
        _, lost = extract_and_check(key, pdf, modules_out / sample_path(key).stem, f"{key} modules", log)
        failures += lost
    return failures


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT, help="the main set (stacked newspaper pages)")
    ap.add_argument("--modules-out", type=Path, default=OUT_MODULES, help="the module-page set (002–004)")
    ap.add_argument("--pdf-dir", type=Path, help="keep the PDFs here (default: a temporary folder)")
    ap.add_argument("--versions", action="store_true", help="print the tool versions as JSON and exit")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list the mid-sentence splits rejoined")
    args = ap.parse_args(list(argv) if argv is not None else None)
    if args.versions:
        print(json.dumps(tool_versions(), ensure_ascii=False, indent=1))
        return 0
    log: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        failures = build(args.out, args.modules_out, args.pdf_dir or Path(tmp), log)
    print("\n".join(line for line in log if args.verbose or not line.startswith("joined")))
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
