"""The same issue, however it was converted, imports to the same articles (Hypothesis properties).

Users receive one issue re-wrapped at another column width, with CRLF or LF line ends, with more
or fewer blank lines between paragraphs, in another encoding.  None of that may change what the
importer finds: titles, kickers, subtitles, bylines and the text of every article.
"""

from __future__ import annotations

import codecs
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.importer import ParsedIssue, parse_bytes, parse_text
from reader.importer.lines import display_width

from .conftest import SEEDS, parsed, seed_bytes
from .test_corpus import CORPUS, norm

NEWSPAPERS = ("002", "003", "004")
_SENTENCE_END = re.compile(r"[。！？!?；]”?$")


def _summary(issue: ParsedIssue) -> list[tuple]:
    rows = []
    for a in issue.articles:
        rows.append((a.kicker, norm(a.title), a.subtitle, [p.name for p in a.byline], norm(a.text)))
    return rows


def _wrap(paragraph: str, width: int) -> list[str]:
    """Cut a paragraph into lines of ``width`` cells, the way a PDF column cuts it."""
    lines, current, used = [], "", 0.0
    for char in paragraph:
        cell = display_width(char)
        if used + cell > width and current:
            lines.append(current)
            current, used = "", 0.0
        current += char
        used += cell
    if current:
        lines.append(current)
    return lines


def render(issue: ParsedIssue, width: int) -> str:
    """An issue as a PDF extraction gives it: headers as printed, paragraphs cut at ``width``, no blank
    lines inside an article, three between articles."""
    out: list[str] = []
    if issue.toc:
        out.append("目录")
        section = None
        for entry in issue.toc:
            if entry.section != section:
                section = entry.section
                out.append(section or "")
            out.append(f"{entry.title} {entry.page}")
    section = None
    for article in issue.articles:
        out.extend(["", "", ""])  # articles stand apart on the page: pdftotext leaves blank lines
        if issue.toc and article.section != section:
            section = article.section
            out.append(section or "")
        elif not issue.toc and article.section and article.section != section:
            section = article.section
            out.append(section)
        out.extend(x for x in (article.kicker, article.title, article.subtitle, article.byline_text) if x)
        for block in article.blocks:
            out.extend(_wrap(block.text, width) if len(block.text) > width else [block.text])
        if article.editor_codes:
            out[-1] += article.editor_codes[-1]
        out.extend(x for x in (article.credit, article.source_note) if x)
    return "\n".join(out) + "\n"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=st.sampled_from(["000", *NEWSPAPERS]), width=st.integers(min_value=24, max_value=44))
def test_rewrapping_paragraphs_at_another_width_keeps_the_articles(key: str, width: int) -> None:
    original = parsed(key)
    rewrapped = parse_text(render(original, width), SEEDS[key])
    assert [norm(a.title) for a in rewrapped.articles] == [norm(a.title) for a in original.articles]
    for new, old in zip(rewrapped.articles, original.articles, strict=True):
        assert (new.kicker, new.subtitle) == (old.kicker, old.subtitle), old.title
        assert [p.name for p in new.byline] == [p.name for p in old.byline], old.title
        assert norm(new.text) == norm(old.text), old.title


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    key=st.sampled_from(sorted(SEEDS)),
    line_end=st.sampled_from(["\n", "\r\n", "\r"]),
    gaps=st.lists(st.integers(min_value=0, max_value=2), min_size=1, max_size=400),
)
def test_line_ends_and_blank_lines_between_paragraphs_do_not_matter(
    key: str, line_end: str, gaps: list[int]
) -> None:
    """Between two paragraph lines (text, not headings) any number of blank lines, 0 to 2."""
    lines = seed_bytes(key).decode("utf-8").split("\n")
    out: list[str] = []
    k = 0
    for i, line in enumerate(lines):
        if not line.strip():
            previous = next((x for x in reversed(out) if x.strip()), "")
            following = next((x for x in lines[i + 1 :] if x.strip()), "")
            if _paragraph(previous) and _paragraph(following):
                continue  # dropped here, put back below in the number Hypothesis chose
            out.append(line)
            continue
        previous = next((x for x in reversed(out) if x.strip()), "")
        if out and _paragraph(previous) and _paragraph(line):
            while out and not out[-1].strip():
                out.pop()
            out.extend([""] * gaps[k % len(gaps)])
            k += 1
        out.append(line)
    variant = parse_bytes(line_end.join(out).encode(), SEEDS[key])
    assert _summary(variant) == _summary(parsed(key))


def _paragraph(line: str) -> bool:
    """A line of running text: long, and either ending a sentence or too long for a heading."""
    text = line.strip()
    if text.startswith("#") or len(text) < 30:
        return False
    return len(text) >= 60 or bool(_SENTENCE_END.search(text))


TRADITIONAL = ("d29_appledaily_tw_A3700_untouched.txt", "d31_appledaily_tw_A3300_article_utf8.txt")


@settings(max_examples=12, deadline=None)
@given(
    name=st.sampled_from(TRADITIONAL),
    encoding=st.sampled_from(["big5", "cp950", "gb18030", "utf-16", "utf-8-sig", "utf-16-be"]),
)
def test_re_encoding_a_file_gives_the_same_articles(name: str, encoding: str) -> None:
    text = (CORPUS / name).read_bytes().decode("utf-8")
    bom = codecs.BOM_UTF16_BE if encoding == "utf-16-be" else b""
    data = bom + text.encode(encoding)
    assert _summary(parse_bytes(data, name)) == _summary(parse_bytes(text.encode(), name))


def test_random_bytes_behind_a_byte_order_mark_are_refused_not_imported_as_mojibake() -> None:
    import random

    rng = random.Random(7)
    noise = bytes(rng.randrange(0x20, 0xD8) for _ in range(3000))  # as UTF-16, never a surrogate
    from reader.errors import BadInputError

    try:
        parse_bytes(codecs.BOM_UTF16_LE + noise, "noise.txt")
    except BadInputError as error:
        assert error.reason.startswith("not text: it starts with a utf-16 byte-order mark")
        assert "unusual" in error.reason
    else:
        raise AssertionError("mojibake was imported")


def test_display_width_counts_han_as_one_cell_and_ascii_as_half() -> None:
    assert display_width("会议2024年") == 3 + 2
    assert _SENTENCE_END.search("结束。")
