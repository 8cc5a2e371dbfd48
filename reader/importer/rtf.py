"""A bulletin saved by a word processor as RTF under a ``.txt`` name (WordPad's or Word's "Rich Text Format"
save renamed): ``{\\rtf1\\ansi\\ansicpg936 … \\'cd\\'a1 … \\par`` — every Chinese character an escape, either
the code page's bytes in hex (``\\'xx``) or its Unicode number (``\\uN?``, N signed 16-bit, so characters
past U+7FFF are negative).

Read as text, such a file is one article of control words.  Here it becomes the text a word processor shows:
one line a paragraph (``\\par``; ``\\line`` a line break inside it), a paragraph with a first-line indent
(``\\fiN``, N > 0) opened by two ideographic spaces as a plain-text save writes it, and the groups that are
not text (font and colour tables, style sheet, document info, pictures, ``{\\*\\…}`` destinations) left out.

Only a file whose first characters are ``{\\rtf`` is read so (one ``startswith`` before anything else).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

NOTE = "read as an RTF document: its control words left out and its escaped characters shown"

_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([\r\n]+)|([^\\{}\r\n]+)", re.S
)
# destinations whose text a word processor does not show (fields show their result, not their code)
_SKIPPED = frozenset(
    (
        "fonttbl",
        "colortbl",
        "stylesheet",
        "info",
        "pict",
        "header",
        "headerl",
        "headerr",
        "headerf",
        "footer",
        "footerl",
        "footerr",
        "footerf",
        "listtable",
        "listoverridetable",
        "rsidtbl",
        "generator",
        "xmlnstbl",
        "themedata",
        "colorschememapping",
        "latentstyles",
        "datastore",
        "fldinst",
        "object",
        "objdata",
        "revtbl",
        "filetbl",
        "pgdsctbl",
        "footnote",
        "annotation",
        "bkmkstart",
        "bkmkend",
    )
)
_BREAKS = {"par": "\n", "line": "\n", "sect": "\n\n", "page": "\n", "row": "\n", "cell": "\t", "tab": "\t"}
_SYMBOLS = {"~": "\u00a0", "_": "\u2011", "-": "", "\\": "\\", "{": "{", "}": "}", "\n": "\n", "\r": "\n"}
_NAMED = {"emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019"}
_NAMED |= {"ldblquote": "\u201c", "rdblquote": "\u201d", "bullet": "\u2022", "emspace": "\u3000"}
_INDENT = "\u3000\u3000"


def is_rtf(text: str) -> bool:
    """Whether the file opens as an RTF document."""
    return text.lstrip("\ufeff \n")[:5] == "{\\rtf"


def _codec(text: str) -> str:
    """The code page of the document's ``\\'xx`` bytes: ``\\ansicpgN``; without it a Chinese font's charset
    (134 GB2312, 136 Big5); else Windows-1252, RTF's default."""
    head = text[:4096]
    if m := re.search(r"\\ansicpg(\d+)", head):
        number = m.group(1)
        name = {"936": "gb18030", "950": "cp950", "54936": "gb18030"}.get(number, f"cp{number}")
        try:
            return codecs.lookup(name).name
        except LookupError:
            return "cp1252"
    if "\\fcharset134" in head:
        return "gb18030"
    return "cp950" if "\\fcharset136" in head else "cp1252"


@dataclass
class _Group:
    """What a ``{…}`` group sets: whether its text is shown, how many fallback characters follow ``\\uN``,
    and the paragraph's first-line indent."""

    skip: bool = False
    uc: int = 1
    indent: bool = False


@dataclass
class _Reader:
    """The text shown so far, the code-page bytes not yet decoded and the open groups."""

    codec: str
    out: list[str] = field(default_factory=list)
    pending: bytearray = field(default_factory=bytearray)
    groups: list[_Group] = field(default_factory=lambda: [_Group()])
    fallback: int = 0
    line_open: bool = False

    def flush(self) -> None:
        """Decode the pending ``\\'xx`` bytes (a two-byte character comes as two escapes)."""
        if self.pending:
            shown = self.pending.decode(self.codec, errors="replace")
            self.pending.clear()
            self._put(shown)

    def emit(self, text: str) -> None:
        """Add shown text after any pending bytes."""
        self.flush()
        self._put(text)

    def _put(self, text: str) -> None:
        """A paragraph with a first-line indent opens with two ideographic spaces."""
        if not self.line_open and text.strip():
            if self.groups[-1].indent:
                self.out.append(_INDENT)
            self.line_open = True
        self.out.append(text)

    def end_line(self, text: str) -> None:
        """A paragraph, line or cell ends."""
        self.flush()
        self.out.append(text)
        self.line_open = text == "\t" and self.line_open


def _control(reader: _Reader, word: str, arg: str | None, first_in_group: bool) -> None:
    """One control word: a destination to leave out, a break, a paragraph property or a named character."""
    group = reader.groups[-1]
    if word in _SKIPPED and first_in_group:
        group.skip = True
    elif group.skip:
        return
    elif word in _BREAKS:
        reader.end_line(_BREAKS[word])
    elif word == "u" and arg is not None:
        reader.emit(chr(int(arg) % 65536))
        reader.fallback = group.uc
    elif word == "uc" and arg is not None:
        group.uc = int(arg)
    elif word == "pard":
        group.indent = False
    elif word == "fi" and arg is not None:
        group.indent = int(arg) > 0
    elif word in _NAMED:
        reader.emit(_NAMED[word])


def _open_group(reader: _Reader) -> None:
    """A group inherits its parent's state."""
    parent = reader.groups[-1]
    reader.groups.append(_Group(parent.skip, parent.uc, parent.indent))


def to_text(text: str) -> str:
    """The text an RTF document shows (see the module's docstring)."""
    reader = _Reader(_codec(text))
    first_in_group = False
    for m in _TOKEN.finditer(text.lstrip("\ufeff \n")):
        word, arg, byte, symbol, brace, _newline, plain = m.groups()
        starting, first_in_group = first_in_group, False
        if brace == "{":
            _open_group(reader)
            first_in_group = True
        elif brace == "}":
            reader.flush()
            if len(reader.groups) > 1:
                reader.groups.pop()
        elif symbol == "*":
            reader.groups[-1].skip = True
        elif reader.groups[-1].skip or _newline:
            continue
        elif reader.fallback and (byte or plain or symbol):
            _use_fallback(reader, byte, plain or symbol)
        elif word:
            _control(reader, word, arg, starting)
        elif byte:
            reader.pending.append(int(byte, 16))
        elif symbol is not None:
            reader.emit(_SYMBOLS.get(symbol, ""))
        elif plain:
            reader.emit(plain.replace("\x00", ""))
    reader.flush()
    return _paired("".join(reader.out))


def _use_fallback(reader: _Reader, byte: str | None, plain: str | None) -> None:
    """Drop the fallback characters a ``\\uN`` is followed by (``?`` or code-page bytes); a hex escape counts
    one, plain text one a character, and what is left of the text is shown."""
    if byte:
        reader.fallback -= 1
        return
    text = plain or ""
    dropped = min(reader.fallback, len(text))
    reader.fallback -= dropped
    if text[dropped:]:
        reader.emit(text[dropped:])


def _paired(text: str) -> str:
    """``\\uN`` escapes of UTF-16 surrogate halves joined into the characters they spell."""
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text
