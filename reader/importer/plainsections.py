"""A bulletin's section named in plain words: ``基层信息`` alone between blank lines over its items.

The header reader sees only one article's lines, so a short line over a title is that title's kicker
(``引题``).  Whether it names a section shows only across articles: a section's name stands set apart
over the first of two or more items, and the items after it have nothing over their titles.  This
pass reads that shape over the whole issue and moves the name from the first item's kicker to the
section of every item under it, up to the next section's name.  Nothing is dropped: the name stays
with the articles as their section.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.importer.lines import Line
from reader.importer.model import ParsedArticle
from reader.importer.names import is_issuer

if TYPE_CHECKING:
    from reader.importer.segment import Span

_NAME = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])?([\u4e00-\u9fff]{2,8})$"
)
"""A short noun phrase, Han characters only (no punctuation), perhaps counted (``二、基层信息``)."""
_MIN_ITEMS = 2  # a section holds at least this many items, its first one included
_MIN_SECTIONS = 2  # names of this shape in one issue: a run of sections, not one story's 引题


def plain_section_names(pairs: list) -> None:
    """Give each run of items under a plain section name that name as their section (see the module)."""
    unspaced = _no_blank_in_headers(pairs)
    names = {
        k
        for k, (_, article) in enumerate(pairs)
        if article.kicker and _names_a_section(pairs, k, unspaced=unspaced)
    }
    labelled = {k for k in range(len(pairs)) if names and _named_over_title(pairs, k)}
    if len(names) + len(labelled) < _MIN_SECTIONS:
        return  # one short line over a title, once: as likely a stacked headline's first line (引题)
    section: str | None = None
    for k, (_span, article) in enumerate(pairs):
        if k in names:
            section, article.kicker = _name_in(article.kicker), None
            article.section = section
        elif k in labelled:
            section = article.section  # 乡镇速递: a name the header read as a column's, heading a run too
        elif article.section is not None or article.kicker is not None:
            section = None  # a section or a kicker of its own: the plain name's run has ended
        elif section is not None:
            article.section = section


def _no_blank_in_headers(pairs: list) -> bool:
    """No item's header holds a blank line (a file with none anywhere: LibreOffice's text of a Word file, a
    line a paragraph): a section's name stands right over its title, as every title stands over its text."""
    return len(pairs) >= _MIN_ITEMS and all(line.gap == 0 for span, _ in pairs for line in span.header)


def _named_over_title(pairs: list, k: int) -> bool:
    """Item ``k``'s section is the plain name on its header's first line, over its title (``乡镇速递``,
    read as a column's name by the header), and the next item is plain: the name heads a run as a plain
    name the header left as a kicker does."""
    span, article = pairs[k]
    header = span.header
    if article.section is None or len(header) < 2 or header[0].text != article.section:
        return False
    if _NAME.match(article.section) is None or not header[1].text.endswith(article.title):
        return False
    following = [item for _, item in pairs[k + 1 : k + _MIN_ITEMS]]
    return len(following) == _MIN_ITEMS - 1 and all(
        item.blocks and item.section is None and item.kicker is None for item in following
    )


def numbered_section_names(pairs: list) -> None:
    """In an issue whose items are numbered 【1】, 【2】 … (every item has its number, so nothing but a title
    opens one), a plain name set apart over an item's title names a section even over one item: each such
    name heads its item and the ones after it, up to the next name; an item's section already given by
    its own 【section】 line stays.  Called only for such issues."""
    names = {k for k, (span, article) in enumerate(pairs) if _names_one(span, article)}
    given = {article.section for _, article in pairs if article.section}
    if not names or len(names) + len(given) < _MIN_SECTIONS:
        return
    section: str | None = None
    previous: str | None = None
    for k, (_span, article) in enumerate(pairs):
        inherited = article.section is None or article.section == previous
        previous = article.section
        if k in names:
            section, article.kicker = _name_in(article.kicker), None
            article.section = section
        elif section is not None and inherited and article.kicker is None:
            article.section = section


def _names_one(span: Span, article: ParsedArticle) -> bool:
    """The item's kicker is a plain name (not an office) right over its one-line numbered title (the number
    already taken off the title, still on the line): the count marks the title, so no blank line is
    needed around the name (a converter may have drawn it in a one-cell table, or dropped the gaps)."""
    header = span.header
    return (
        article.kicker is not None
        and _NAME.match(article.kicker) is not None
        and not is_issuer(article.kicker)
        and bool(article.blocks)
        and len(header) >= 2
        and header[0].text == article.kicker
        and header[1].text.endswith(article.title)
    )


def _name_in(kicker: str | None) -> str:
    """The name of a kicker ``_names_a_section`` has read as a section's name."""
    match = _NAME.match(kicker or "")
    if match is None:
        raise ValueError(f"no section name in {kicker!r}")
    return match.group(1)


def plain_section_name(pairs: list, k: int, *, unspaced: bool = False) -> str | None:
    """The section name item ``k``'s kicker is (``二、部门信息`` → ``部门信息``), read as ``_names_a_section``
    reads it; None when it is no such name.  ``unspaced``: the issue's first section name stands right
    over the first title with no blank line (``first_name_unspaced``), so a later name may too."""
    if not _names_a_section(pairs, k, unspaced=unspaced):
        return None
    return _name_in(pairs[k][1].kicker)


def first_name_unspaced(pairs: list) -> bool:
    """``工作动态`` / ``青春正能量…`` with no blank line anywhere (a word processor's text saved with its
    lines wrapped): the first item's section is the plain name on the line right over its title.  Such a
    file sets no name apart by blank lines, so a later name is known by standing the same way."""
    if not pairs:
        return False
    span, article = pairs[0]
    header = span.header
    return len(header) >= 2 and header[0].text == article.section and header[1].gap == 0


def _names_a_section(pairs: list, k: int, *, unspaced: bool = False) -> bool:
    """The kicker of item ``k`` is a section's name: a short phrase of Han characters only (a kicker
    that leads into a headline is longer or punctuated) naming a topic, not an office (``金桥办事处``
    over a story is the office it is about), standing alone between blank lines as the
    first line of the item's header right over its one-line title, and the next item, just as plain
    (a title, no kicker, no section), follows — a kicker belongs to one story, a section heads more."""
    span, article = pairs[k]
    if article.section is not None or article.kicker is None or not _NAME.match(article.kicker):
        return False
    if is_issuer(article.kicker):
        return False  # 金桥办事处 over a page's story: the office the story is about, its kicker
    if not _set_apart_over_title(span.header, article, first=k == 0, unspaced=unspaced):
        return False
    following = [item for _, item in pairs[k + 1 : k + _MIN_ITEMS]]
    return (
        bool(article.blocks)
        and len(following) == _MIN_ITEMS - 1
        and all(item.blocks and item.section is None and item.kicker is None for item in following)
    )


def _set_apart_over_title(
    header: list[Line], article: ParsedArticle, *, first: bool, unspaced: bool = False
) -> bool:
    """The header's first line is the kicker, set apart by blank lines above (or opening the issue's
    first item) and under it, and its second line the title; or, where the first section's name stood
    right over its title (``unspaced``), the kicker stands the same way, no blank line either side."""
    if len(header) < 2:
        return False
    apart = (header[0].gap > 0 or first) and header[1].gap > 0
    as_the_first = unspaced and header[0].gap == 0 and header[1].gap == 0
    return (
        (apart or as_the_first)
        and header[0].text == article.kicker
        and header[1].text.endswith(article.title)  # 案例一　冯某诉李某…案: a number the title left behind
    )
