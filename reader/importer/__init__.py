"""The importer: bytes of one bulletin file in, a ``ParsedIssue`` out.

Pure functions — no SQL, no Qt — so the store, the CLI, the window and the
benchmarks all parse the same way.  ``parse_bytes`` raises ``BadInputError``
(naming the file and the reason) for input that is not a text bulletin;
anything that *is* text always imports, if need be through the fallback
layout, and every non-empty line ends up in some field of the result.
"""

from __future__ import annotations

import re
import unicodedata

from reader.errors import BadInputError
from reader.importer.decode import MAX_FILE_BYTES, decode_bytes
from reader.importer.layouts import fallback, markdown_feature, newspaper_page, toc_bulletin
from reader.importer.layouts.detect import detect_layout
from reader.importer.metadata import infer_issue_date, infer_publication, infer_title
from reader.importer.model import Block, BlockKind, BylineEntry, ParsedArticle, ParsedIssue, TocEntry

__all__ = [
    "MAX_FILE_BYTES",
    "Block",
    "BlockKind",
    "BylineEntry",
    "ParsedArticle",
    "ParsedIssue",
    "TocEntry",
    "decode_bytes",
    "parse_bytes",
    "parse_text",
]

_RESIDUE = re.compile(r"^[|│┃┆┊¦_=~\-–*+\s]+$")
"""Lines made only of rules and table borders left over from conversion (``|``): not text."""
_RESIDUE_CHAR = re.compile(r"[|│┃┆┊¦_=~\-–*+]")


def parse_bytes(data: bytes, source_name: str) -> ParsedIssue:
    """Decode and parse one file's bytes; ``source_name`` (usually the file name) appears in errors."""
    text, encoding = decode_bytes(data, source_name)
    # decode_bytes already gave NFC with "\n" line ends, and dropping a leading U+FEFF (a starter that
    # never composes) keeps it NFC: the same text parse_text would make, without two more passes.
    issue = _parse_normalised(text.lstrip("\ufeff"), source_name)
    issue.encoding = encoding
    return issue


def parse_text(text: str, source_name: str) -> ParsedIssue:
    """Parse already-decoded text (any line ends; normalised to ``\\n`` and NFC here)."""
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))
    return _parse_normalised(text, source_name)


def _parse_normalised(text: str, source_name: str) -> ParsedIssue:
    if not text.strip():
        raise BadInputError(source_name, "file is empty (it holds only white space)")
    warnings: list[str] = []
    text = _drop_residue(text, warnings)
    if not text.strip():
        raise BadInputError(source_name, "file holds no text, only rules or table borders such as '|'")
    layout = detect_layout(text)
    toc: list[TocEntry] = []
    if layout == toc_bulletin.LAYOUT:
        articles, toc = toc_bulletin.parse(text, warnings)
    elif layout == markdown_feature.LAYOUT:
        articles = markdown_feature.parse(text, warnings)
    elif layout == newspaper_page.LAYOUT:
        articles = newspaper_page.parse(text, warnings)
    else:
        articles = fallback.parse(text, warnings)
    if not articles:
        warnings.append(f"no articles found in the {layout} layout")
        layout = fallback.LAYOUT
        articles = fallback.parse(text, warnings)
    publication = infer_publication(text)
    return ParsedIssue(
        layout=layout,
        articles=articles,
        title=infer_title(publication, articles),
        publication=publication,
        issue_date=infer_issue_date(articles),
        warnings=warnings,
        toc=toc,
    )


def _drop_residue(text: str, warnings: list[str]) -> str:
    if not _RESIDUE_CHAR.search(text):  # a residue line holds at least one of these; most files hold none
        return text
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if line.strip() and _RESIDUE.match(line):
            warnings.append(f"line {number + 1}: dropped conversion residue {line.strip()!r}")
            lines[number] = ""
    return "\n".join(lines)
