"""Text whose layout is not recognised: one article, titled by its first line, nothing dropped.

The first line becomes the title when it is short enough to be one; a long
first line is also kept in the body (so the title is an abbreviation, never
the only copy of the text).
"""

from __future__ import annotations

from reader.importer.model import ParsedArticle
from reader.importer.paragraphs import breaks_across_blank_lines, build_body, content_lines
from reader.importer.text import MAX_HEADING_CHARS, is_heading_like, shorten

LAYOUT = "fallback"


def parse(text: str, warnings: list[str]) -> list[ParsedArticle]:
    lines = content_lines(text)
    warnings.append("layout not recognised: imported as one article titled by its first line")
    if not lines:
        return []
    first = lines[0].text
    standalone_title = len(first) <= MAX_HEADING_CHARS and (is_heading_like(first) or len(lines) > 1)
    body_lines = lines[1:] if standalone_title and len(lines) > 1 else lines
    body = build_body(body_lines, breaks_across_blank_lines(lines))
    title = first if standalone_title and len(lines) > 1 else shorten(first)
    article = ParsedArticle(title, blocks=body.blocks, editor_codes=body.editor_codes)
    article.source_note = body.source_note
    article.credit = body.credit
    article.byline = body.credit_people
    return [article]
