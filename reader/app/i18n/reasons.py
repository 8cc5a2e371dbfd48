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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
        r"undecodable bytes at offset (?P<offset>\d+): not UTF-8, GB18030/GBK or UTF-16 text",
        QT_TRANSLATE_NOOP(
            "Reasons", "undecodable bytes at offset {offset}: not UTF-8, GB18030/GBK or UTF-16 text"
        ),
    ),
    (
        r"undecodable bytes: not UTF-8, and as GB18030 it decodes to unprintable characters",
        QT_TRANSLATE_NOOP(
            "Reasons", "undecodable bytes: not UTF-8, and as GB18030 it decodes to unprintable characters"
        ),
    ),
    (
        r"file holds no text, only rules or table borders such as '\|'",
        QT_TRANSLATE_NOOP("Reasons", "file holds no text, only rules or table borders such as '|'"),
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
        r"line (?P<line>\d+): dropped conversion residue (?P<detail>.+)",
        QT_TRANSLATE_NOOP("Reasons", "line {line}: dropped conversion residue {detail}"),
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
        r"no articles found in the (?P<layout>\S+) layout",
        QT_TRANSLATE_NOOP("Reasons", "no articles found in the {layout} layout"),
    ),
    (
        r"the library is locked by another program; close it and try again",
        QT_TRANSLATE_NOOP("Reasons", "the library is locked by another program; close it and try again"),
    ),
]
PATTERNS = [(re.compile(pattern + r"\Z"), template) for pattern, template in _P]


def translate_reason(reason: str) -> str:
    """``reason`` in the current language; unchanged when no pattern knows it."""
    for pattern, template in PATTERNS:
        found = pattern.match(reason)
        if found:
            return QCoreApplication.translate("Reasons", template).format(**found.groupdict())
    return reason


def known(reason: str) -> bool:
    """Whether ``reason`` has a translation (tests check every real failure is known)."""
    return any(pattern.match(reason) for pattern, _template in PATTERNS)
