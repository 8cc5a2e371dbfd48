"""A web page saved as it was served (its HTML source), read as the text a browser shows.

Researchers who collect bulletins with a script often save each page's HTML as it came (`.txt`
or `.html`), where a person would have copied the text or run w3m. Read as plain text, such a
file is one article titled ``<!DOCTYPE html>``. Here the markup becomes what the rest of the
importer already reads from a browser's, w3m's or html2text's text: one line per block element, a
blank line around paragraphs, headings as Markdown's (``to_text``), table cells side by side,
entities resolved, the page's head, scripts and styles left out (a page's ``<title>`` is the site's
label for it, not a line of its text).  The web-page rules downstream (trails, labels, footers)
then see what they know.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser


def _tags(names: str) -> frozenset[str]:
    return frozenset(names.split())


_HEADING = _tags("h1 h2 h3")
"""Headings, written as Markdown's ``#`` headings: the importer reads a Markdown page's headings as
the titles that split it, as it does pandoc's and html2text's."""
_MARKDOWN_SIGN = re.compile(r"[\\`*_\[\]<>#|]")
"""Signs Markdown would read as markup, escaped with a backslash (which the Markdown reader removes)."""
_PARAGRAPH = _tags(
    "p h4 h5 h6 table ul ol dl blockquote pre section article header footer nav aside "
    "figure form hr main address fieldset details"
)
"""Elements set apart by a blank line, as a browser sets them apart by a margin."""
_LINE = _tags("div br li tr dt dd caption figcaption center summary legend option")
"""Elements that start a line of their own."""
_CELL = frozenset(("td", "th"))
_BOLD = frozenset(("b", "strong"))
_HIDDEN = _tags("head script style noscript template svg iframe object select")
"""Elements whose content a reader never sees as text."""
_IN_HEAD = _tags("title meta link style script base noscript template")
"""What a page's head holds; any other element starts its body, as in a browser."""
_VOID = _tags("area base br col embed hr img input link meta param source track wbr")
"""Elements without an end tag: never open, so never hide what follows."""

_DOCUMENT = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL
)
_TAG = re.compile(r"<(?:p|div|br|span|a|td|tr|li|h[1-6]|table|img|font|strong|b)[\s/>]", re.I)
_END_TAG = re.compile(r"</(?:p|div|span|a|td|tr|li|h[1-6]|table|font|strong|b)>", re.I)
FRAGMENT_TAGS = 12
"""Tags (and as many end tags) in a file's first 4,096 characters for it to be taken for HTML that
has no ``<html>`` around it (a page's content area saved alone, which starts with a tag: Markdown
with HTML inside is read as Markdown).  Bulletins quote a tag or two at most; this many in a few
lines of text is markup."""
_SPACES = re.compile(r"[ \t\n\r\f]+")  # HTML's white space: never U+3000, which is text
_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_WIDE_BREAK = re.compile(f"(?<=[{_WIDE}])[ \\t\\r\\f]*\\n[ \\t\\n\\r\\f]*(?=[{_WIDE}])")
"""A line break of the source between two Chinese characters or marks: nothing, where a browser
shows the break as a space between Latin words (CSS Text: segment breaks between wide characters
are removed)."""
_BLANK_RUN = re.compile(r"\n{3,}")

NOTE = "read as a web page's HTML source: its markup, head, scripts and styles left out"


def is_html(text: str) -> bool:
    """Whether ``text`` is a web page's HTML source rather than text."""
    if _DOCUMENT.match(text[:4096]):
        return True
    head = text[:4096]
    return (
        head.lstrip().startswith("<")  # not Markdown (``#`` headings, front matter) with HTML inside
        and len(_TAG.findall(head)) >= FRAGMENT_TAGS
        and len(_END_TAG.findall(head)) >= FRAGMENT_TAGS
    )


def to_text(source: str) -> str:
    """The text a browser shows for ``source``, a line per block and blank lines between paragraphs.

    With ``h1``–``h3`` headings on the page it is written as Markdown (headings as ``#`` lines, every
    sign Markdown reads escaped), which the importer splits at; without, as plain text.  Either way a
    line in bold alone — an old page's item title over its paragraphs — is set apart by blank lines.
    """
    reader = _TextOf()
    reader.feed(source)
    reader.close()
    text = "".join(reader.pieces)
    lines = []
    for line in text.split("\n"):
        line = line.strip(" ")
        if _bold_alone(line):
            lines += ["", line, ""]
        else:
            lines.append(line)
    text = _BOLD_MARK.sub("", "\n".join(lines))
    if reader.headings:
        text = _HEADING_MARK.sub(
            lambda mark: "#" * int(mark.group(1)) + " ", _MARKDOWN_SIGN.sub(r"\\\g<0>", text)
        )
    else:
        text = _HEADING_MARK.sub("", text)
    return _BLANK_RUN.sub("\n\n", text).strip("\n") + "\n"


_BOLD_OPEN, _BOLD_CLOSE, _HEADING_OPEN = "\ufdd0", "\ufdd1", "\ufdd2"
"""Marks the reader writes around bold text and before a heading's level (noncharacters: never text)."""
_BOLD_MARK = re.compile("[\ufdd0\ufdd1]")
_HEADING_MARK = re.compile("\ufdd2([1-6])")
_OWN_MARKS = re.compile("[\ufdd0-\ufdd2]")
_BOLD_SPAN = re.compile("\ufdd0[^\ufdd0\ufdd1]*\ufdd1")
BOLD_TITLE_CHARS = 40
"""Longest line in bold alone set apart as a title: longer bold is emphasised text."""


def _bold_alone(line: str) -> bool:
    """Whether ``line`` is bold text and nothing else, short, and not a sentence."""
    if not line.startswith(_BOLD_OPEN) or _BOLD_SPAN.sub("", line).strip():
        return False
    words = _BOLD_MARK.sub("", line).strip()
    return 2 <= len(words) <= BOLD_TITLE_CHARS and words[-1] not in "。！？；：，,.;:!?"


class _TextOf(HTMLParser):
    """Collects a page's visible text with line breaks where its blocks begin and end, bold text and
    headings marked for ``to_text``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.hidden: list[str] = []  # open hidden elements, innermost last
        self.pre = 0
        self.headings = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if "head" in self.hidden and tag not in _IN_HEAD:  # ``</head>`` and ``<body>`` may be left out:
            del self.hidden[self.hidden.index("head") :]  # what cannot stand in the head ends it
        if tag in _HIDDEN and tag not in _VOID:
            self.hidden.append(tag)
        elif not self.hidden:
            self._break(tag, opening=True)
            if tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.hidden:
            self._break(tag, opening=True)

    def handle_endtag(self, tag: str) -> None:
        if self.hidden:
            if tag in self.hidden:
                del self.hidden[len(self.hidden) - 1 - self.hidden[::-1].index(tag) :]
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag != "br":
            self._break(tag, opening=False)

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if data.startswith("<![CDATA["):  # a section the file's end cut off, given back as it stands
            self._cdata(data[9:])
            return
        data = _OWN_MARKS.sub("", data)
        self.pieces.append(
            data if self.pre else _SPACES.sub(" ", _WIDE_BREAK.sub("", data).replace("\u00a0", " "))
        )

    def unknown_decl(self, data: str) -> None:
        if data.startswith("CDATA["):
            self._cdata(data[6:])

    def handle_comment(self, data: str) -> None:
        if data.startswith("[CDATA["):  # how newer parsers report a CDATA section outside foreign content
            self._cdata(data[7:].removesuffix("]]"))

    def _cdata(self, inner: str) -> None:
        """A CDATA section's content, read as markup: a feed's HTML item text, when a broken feed (cut
        short, a line lost) is read as a page — the parser would otherwise drop every item's text."""
        if self.hidden:
            return
        section = _TextOf()
        section.pre = self.pre
        section.feed(inner)
        section.close()
        self.pieces.extend(section.pieces)
        self.headings += section.headings

    def _break(self, tag: str, *, opening: bool) -> None:
        if tag in _HEADING:
            self.headings += opening
            self.pieces.append(f"\n\n{_HEADING_OPEN}{tag[1]}" if opening else "\n\n")
        elif tag in _BOLD:
            self.pieces.append(_BOLD_OPEN if opening else _BOLD_CLOSE)
        elif tag in _PARAGRAPH:
            self.pieces.append("\n\n")
        elif tag in _LINE:
            self.pieces.append("\n")
        elif tag in _CELL and opening:
            self.pieces.append(" ")
