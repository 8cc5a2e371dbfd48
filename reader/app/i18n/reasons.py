"""Import failures and warnings from the core, in the user's language.

The core (importer, ingest, store) has no Qt and speaks English: the CLI prints its
messages as they are.  The window shows them translated: each message the core can
give is matched here by a pattern whose named groups (a size, a line number, a
detail) carry over into the translated template.  A message with no pattern (a new
one, or an operating-system error text) is shown as it is: untranslated but never lost.
``tests/app/test_translations.py`` makes each real failure and checks it is covered.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from reader.app.i18n import QT_TRANSLATE_NOOP

_P = [
    (r"no such file or folder", QT_TRANSLATE_NOOP("Reasons", "no such file or folder")),
    (r"no such file", QT_TRANSLATE_NOOP("Reasons", "no such file")),
    (
        r"file is (?P<size>[\d.]+) MiB, over the (?P<limit>\d+) MiB limit",
        QT_TRANSLATE_NOOP("Reasons", "file is {size} MiB, over the {limit} MiB limit"),
    ),
    (
        r"file is too large \((?P<size>[\d,]+) bytes; the limit is (?P<limit>[\d,]+) bytes\)",
        QT_TRANSLATE_NOOP("Reasons", "file is too large ({size} bytes; the limit is {limit} bytes)"),
    ),
    (r"cannot read: (?P<detail>.+)", QT_TRANSLATE_NOOP("Reasons", "cannot read: {detail}")),
    (r"file is empty", QT_TRANSLATE_NOOP("Reasons", "file is empty")),
    (
        r"file is empty \(it holds only white space\)",
        QT_TRANSLATE_NOOP("Reasons", "file is empty (it holds only white space)"),
    ),
    (
        r"file is binary, not text \(it holds NUL or other control bytes\)",
        QT_TRANSLATE_NOOP("Reasons", "file is binary, not text (it holds NUL or other control bytes)"),
    ),
    (
        r"file is binary, not text \(it holds NUL bytes\)",
        QT_TRANSLATE_NOOP("Reasons", "file is binary, not text (it holds NUL bytes)"),
    ),
    (
        r"undecodable bytes: starts with a (?P<label>\S+) byte-order mark but (?P<detail>.+)",
        QT_TRANSLATE_NOOP("Reasons", "undecodable bytes: starts with a {label} byte-order mark but {detail}"),
    ),
    (
        r"undecodable bytes at offset (?P<offset>\d+): not UTF-8, GB18030/GBK, Big5 or UTF-16 text",
        QT_TRANSLATE_NOOP(
            "Reasons", "undecodable bytes at offset {offset}: not UTF-8, GB18030/GBK, Big5 or UTF-16 text"
        ),
    ),
    (
        r"undecodable bytes: not UTF-8, and as GB18030 or Big5 it decodes to unprintable or unusual "
        r"characters \((?P<share>\d+)% of them\)",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "undecodable bytes: not UTF-8, and as GB18030 or Big5 it decodes to unprintable or unusual "
            "characters ({share}% of them)",
        ),
    ),
    (
        r"not text: it starts with a (?P<label>\S+) byte-order mark, but read that way "
        r"(?P<share>\d+)% of its characters are unusual \(random bytes or another encoding\)",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "not text: it starts with a {label} byte-order mark, but read that way {share}% of its "
            "characters are unusual (random bytes or another encoding)",
        ),
    ),
    (
        r"file holds no text, only rules, page numbers or web-page chrome",
        QT_TRANSLATE_NOOP("Reasons", "file holds no text, only rules, page numbers or web-page chrome"),
    ),
    (
        r"set aside as not part of any article: (?P<detail>.+)",
        QT_TRANSLATE_NOOP("Reasons", "set aside as not part of any article: {detail}"),
    ),
    (
        r"table of contents: '(?P<title>.*)' not found in the text",
        QT_TRANSLATE_NOOP("Reasons", "table of contents: '{title}' not found in the text"),
    ),
    (
        r"the importer failed on this file \((?P<detail>.+)\); please report it",
        QT_TRANSLATE_NOOP("Reasons", "the importer failed on this file ({detail}); please report it"),
    ),
    (
        r"could not write to the library: (?P<detail>.+)",
        QT_TRANSLATE_NOOP("Reasons", "could not write to the library: {detail}"),
    ),
    (
        r"layout not recognised: imported as one article titled by its first line",
        QT_TRANSLATE_NOOP(
            "Reasons", "layout not recognised: imported as one article titled by its first line"
        ),
    ),
    (
        r"line (?P<line>\d+): text before the first title kept as (its own article|an article)",
        QT_TRANSLATE_NOOP(
            "Reasons", "line {line}: text before the first title kept as an article of its own"
        ),
    ),
    (
        r"line (?P<line>\d+): article has no title; titled by its first sentence",
        QT_TRANSLATE_NOOP("Reasons", "line {line}: article has no title; titled by its first sentence"),
    ),
    (
        r"Markdown text before the first '#' title kept as an article of its own",
        QT_TRANSLATE_NOOP(
            "Reasons", "Markdown text before the first '#' title kept as an article of its own"
        ),
    ),
    (
        r"table of contents: '(?P<title>.*)' has no page number; read as body text",
        QT_TRANSLATE_NOOP("Reasons", "table of contents: '{title}' has no page number; read as body text"),
    ),
    (
        r"table of contents: '(?P<title>.*)' \(page (?P<page>\d+)\) not found in the text",
        QT_TRANSLATE_NOOP("Reasons", "table of contents: '{title}' (page {page}) not found in the text"),
    ),
    (
        r"the library is locked by another program; close it and try again",
        QT_TRANSLATE_NOOP("Reasons", "the library is locked by another program; close it and try again"),
    ),
]
PATTERNS = [(re.compile(pattern + r"\Z"), template) for pattern, template in _P]


_SET_ASIDE_KINDS = {
    "web page header": QT_TRANSLATE_NOOP("Reasons", "web page header"),
    "web page footer": QT_TRANSLATE_NOOP("Reasons", "web page footer"),
    "web page toolbar": QT_TRANSLATE_NOOP("Reasons", "web page toolbar"),
    "web page information": QT_TRANSLATE_NOOP("Reasons", "web page information"),
    "web page menu": QT_TRANSLATE_NOOP("Reasons", "web page menu"),
    "web page links": QT_TRANSLATE_NOOP("Reasons", "web page links"),
    "running head": QT_TRANSLATE_NOOP("Reasons", "running head"),
    "repeated title": QT_TRANSLATE_NOOP("Reasons", "repeated title"),
    "advertisement": QT_TRANSLATE_NOOP("Reasons", "advertisement"),
    "page editors": QT_TRANSLATE_NOOP("Reasons", "page editors"),
    "distribution list": QT_TRANSLATE_NOOP("Reasons", "distribution list"),
    "empty section heading": QT_TRANSLATE_NOOP("Reasons", "empty section heading"),
    # set aside without a warning, shown in the set-aside lines dialog
    "page number": QT_TRANSLATE_NOOP("Reasons", "page number"),
    "rule or table border": QT_TRANSLATE_NOOP("Reasons", "rule or table border"),
    "picture left out": QT_TRANSLATE_NOOP("Reasons", "picture left out"),
    "table of contents": QT_TRANSLATE_NOOP("Reasons", "table of contents"),
    "heading of the full texts": QT_TRANSLATE_NOOP("Reasons", "heading of the full texts"),
    "issue title": QT_TRANSLATE_NOOP("Reasons", "issue title"),
    "web page title": QT_TRANSLATE_NOOP("Reasons", "web page title"),
    "issue header": QT_TRANSLATE_NOOP("Reasons", "issue header"),
    "issue notes": QT_TRANSLATE_NOOP("Reasons", "issue notes"),
    "front matter": QT_TRANSLATE_NOOP("Reasons", "front matter"),
    "time stamp": QT_TRANSLATE_NOOP("Reasons", "time stamp"),
    "heading number": QT_TRANSLATE_NOOP("Reasons", "heading number"),
    "media tag": QT_TRANSLATE_NOOP("Reasons", "media tag"),
}
_COUNTED = re.compile(r"(?<!\d)(?P<count>\d{1,9}) (?P<kind>[^\d]{1,60}?) lines?")


def set_aside_reason(reason: str) -> str:
    """Why the importer set a line aside (``page number``), in the current language."""
    known = _SET_ASIDE_KINDS.get(reason)
    return QCoreApplication.translate("Reasons", known) if known else reason


def translate_reason(reason: str) -> str:
    """``reason`` in the current language; unchanged when no pattern knows it."""
    for pattern, template in PATTERNS:
        found = pattern.match(reason)
        if found:
            values = found.groupdict()
            if "detail" in values and reason.startswith("set aside"):
                values["detail"] = _counts(values["detail"])
            return QCoreApplication.translate("Reasons", template).format(**values)
    return reason


def _counts(detail: str) -> str:
    """``9 web page header lines, 1 web page footer line`` in the current language."""
    parts = []
    for piece in detail.split(", "):
        found = _COUNTED.fullmatch(piece)
        if found and found.group("kind") in _SET_ASIDE_KINDS:
            kind = QCoreApplication.translate("Reasons", _SET_ASIDE_KINDS[found.group("kind")])
            parts.append(
                QCoreApplication.translate("Reasons", "{kind}: {count} lines").format(
                    kind=kind, count=found.group("count")
                )
            )
        else:
            parts.append(piece)
    return QCoreApplication.translate("Reasons", ", ").join(parts)


def known(reason: str) -> bool:
    """Whether ``reason`` has a translation (tests check every real failure is known)."""
    return any(pattern.match(reason) for pattern, _template in PATTERNS)
