"""Turn the bytes of one file into clean text, or say clearly why not.

Bulletins reach users as UTF-8 (with or without a BOM), as GB18030/GBK from
older Windows tools, as Big5 from Taiwan and Hong Kong, or as UTF-16 saved by
Notepad.  Legacy encodings decode almost any byte string to *something*, so the
decoding is chosen by how plausible its result is as Chinese text, not by the
first codec that does not fail: the share of its characters that are common
Han characters (GB2312 level 1 and Big5's frequently used set, taken from the
codecs themselves), CJK punctuation, or ordinary ASCII.  A file whose best
decoding is still implausible — random bytes behind a byte-order mark, say —
is refused with the reason instead of imported as mojibake.

Whatever arrives, the rest of the importer sees one form: ``str`` with ``\\n``
line ends, normalised to NFC.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from functools import cache

from reader.errors import BadInputError

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Largest file accepted (20 MiB): a year of daily bulletins is a few MB; anything larger is not one issue."""

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
LEGACY_CODECS: tuple[tuple[str, str], ...] = (
    ("gb18030", "gb18030"),
    ("cp950", "big5"),
    ("big5hkscs", "big5-hkscs"),
)
"""Codecs tried, in this order, for text that is not UTF-8: (Python codec, label stored with the issue)."""

PLAUSIBLE = 0.85
"""Least share of plausible characters (see ``plausibility``) for a decoding to be taken as text."""

_CONTROL_SHARE_LIMIT = 0.05  # share of control characters above which a file is taken for binary
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_SAMPLE_CHARS = 200_000


REPAIRABLE_SHARE = 0.05
"""Largest share of a file's bytes that may be invalid for it to be read as UTF-8 or GB18030 with
those bytes repaired (``_mostly_one_encoding``) rather than refused."""
REPAIRED_LINE = 0.95
"""Least ``plausibility`` for a flawed line to be read in the other encoding: UTF-8 Chinese misread
as GB18030 is mostly rare (level-2) hanzi, about half plausible, so this keeps a cut UTF-8 line from
being turned into mojibake."""


def decode_bytes(data: bytes, source_name: str) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise ``BadInputError`` naming ``source_name`` and the reason."""
    text, encoding, _note = decode_with_note(data, source_name)
    return text, encoding


def decode_with_note(data: bytes, source_name: str) -> tuple[str, str, str | None]:
    """``decode_bytes``, and what a user should be told of the decoding (bytes repaired), if anything."""
    if len(data) > MAX_FILE_BYTES:
        raise BadInputError(
            source_name, f"file is too large ({len(data):,} bytes; the limit is {MAX_FILE_BYTES:,} bytes)"
        )
    if not data:
        raise BadInputError(source_name, "file is empty")
    text, encoding, note = _decode(data, source_name)
    if not (encoding.startswith("utf-8") and _has_no_control_bytes(data)) and _looks_binary(text):
        raise BadInputError(source_name, "file is binary, not text (it holds NUL or other control bytes)")
    text = unicodedata.normalize("NFC", line_ends(text))
    if not text.strip():
        raise BadInputError(source_name, "file is empty (it holds only white space)")
    return text, encoding, note


def line_ends(text: str) -> str:
    """Every line end as ``\\n``: ``\\r\\n`` and a lone ``\\r`` (Windows, classic Mac OS), and U+2028 LINE
    SEPARATOR and U+2029 PARAGRAPH SEPARATOR, with which some editors and web exports end lines and
    paragraphs alone (the importer reads lines split at ``\\n``: a file of them was one line).  A substring
    test before each replacement spares the passes over most files, which end lines with ``\\n`` alone."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text:
        text = text.replace("\u2028", "\n")
    if "\u2029" in text:
        text = text.replace("\u2029", "\n")
    return text


def _decode(data: bytes, source_name: str) -> tuple[str, str, str | None]:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text, encoding = _decode_with_bom(data[len(bom) :], codec, label, source_name)
            return _stray_nuls_read(text, encoding, None, len(text), source_name)
    if b"\x00" in data:
        wide = _bomless_utf16(data)
        if wide is None:
            return _with_stray_nuls(data, source_name)
        return (*wide, None)
    return _decode_narrow(data, source_name)


_STRAY_NUL_SHARE = 0.001
"""Largest share of NUL bytes in a file that is otherwise text in a narrow encoding: a PDF extractor
writes one where a glyph maps to no character (PyMuPDF for a font's unmapped ``‟``); more are binary."""


_LEADER_NULS = re.compile(r"(?<!\x00)\x00{2,}+(?=[ \t]{0,40}\d{1,4}[ \t]{0,8}(?:\r|\n|$))")
"""A run of NULs before a page number at a line's end: a contents line's dot leaders, which a converter
(ghostscript's ``ps2ascii``) writes as a NUL a glyph.  Possessive, and starting only where a run starts."""


def _without_leader_nuls(data: bytes) -> tuple[bytes, str | None]:
    """``data`` without its NUL leader runs, and a note saying how many were dropped."""
    kept = _LEADER_NULS.sub("", data.decode("latin-1")).encode("latin-1")  # a byte a character: bytes kept
    return kept, _leader_note(len(data) - len(kept))


def _leader_note(dropped: int) -> str | None:
    if not dropped:
        return None
    return f"{dropped} NUL bytes in contents leaders (dots the converting tool could not write) dropped"


def _with_stray_nuls(data: bytes, source_name: str) -> tuple[str, str, str | None]:
    """Text with a few stray NUL bytes: read as it would be without them (no encoding this module reads
    uses a NUL inside a multi-byte character), each NUL kept as U+FFFD where it stood, with a note; runs
    of NULs in a contents line's leaders are dropped first (a note says so)."""
    data, leaders = _without_leader_nuls(data)
    if data.count(b"\x00") > len(data) * _STRAY_NUL_SHARE:
        raise BadInputError(source_name, "file is binary, not text (it holds NUL bytes)")
    text, encoding, note = _stray_nuls_read(*_decode_narrow(data, source_name), len(data), source_name)
    return text, encoding, f"{leaders}; {note}" if leaders and note else leaders or note


def _stray_nuls_read(
    text: str, encoding: str, note: str | None, size: int, source_name: str
) -> tuple[str, str, str | None]:
    """``text`` with its few NULs (of a file of ``size`` units) as U+FFFD and a note saying so.

    Also behind a byte-order mark: WordPad ends an RTF file with a NUL, and a copy saved with a BOM
    must read as the copy without one does."""
    kept = _LEADER_NULS.sub("", text)
    leaders = _leader_note(len(text) - len(kept))
    text, size = kept, size - (len(text) - len(kept))
    note = f"{note}; {leaders}" if note and leaders else note or leaders
    count = text.count("\x00")
    if not count:
        return text, encoding, note
    if count > size * _STRAY_NUL_SHARE:
        raise BadInputError(source_name, "file is binary, not text (it holds NUL bytes)")
    plural = "s" if count > 1 else ""
    stray = f"{count} NUL byte{plural} (a character the converting tool could not write) read as U+FFFD"
    return text.replace("\x00", "\ufffd"), encoding, f"{note}; {stray}" if note else stray


def _decode_narrow(data: bytes, source_name: str) -> tuple[str, str, str | None]:
    """UTF-8, a legacy encoding, or one of them with a few flawed lines repaired."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            return (*_decode_legacy(data, utf8_error, source_name), None)
        except BadInputError:
            repaired = _mostly_one_encoding(data)
            if repaired is None:
                raise
            return repaired
    return (*(_misread_as_latin(text) or (text, "utf-8")), None)


_ESCAPED = re.compile(r"[\udc80-\udcff]")  # the regex reads the escapes: no lone surrogates in the source
_MIXED = (("utf-8", "gb18030", "UTF-8", "GB18030"), ("gb18030", "utf-8", "GB18030", "UTF-8"))
"""(main codec, the other, their names for the note): the two encodings a file is mostly in and the
other its flawed lines may be in — a UTF-8 file with lines pasted from a GBK one, or the reverse."""


def _mostly_one_encoding(data: bytes) -> tuple[str, str, str] | None:
    """Text mostly in one encoding (UTF-8 or GB18030) with a few invalid bytes, which no encoding reads
    as a whole: a character cut in two where a tool truncated the file, or lines pasted in from a
    file in the other encoding.

    The main encoding is the one that reads the file as the more plausible text (``PLAUSIBLE`` at
    least) with at most ``REPAIRABLE_SHARE`` of its bytes invalid: refusing the whole file for a cut
    character loses all its text, while a file that is mostly undecodable is not text with a flaw.
    Repaired line by line, a line being what gets pasted: a line valid in the other encoding and
    more plausible in it (``REPAIRED_LINE`` at least) is read in it — a UTF-8 line can also decode
    as GB18030, to mojibake, so every line is weighed — and a line valid in neither is read in the
    main one with U+FFFD for its bad bytes.  The note says how many lines and which was the first.
    """
    found = []
    for main, other, main_name, other_name in _MIXED:
        text = data.decode(main, "surrogateescape")
        bad = len(_ESCAPED.findall(text))
        if bad and bad <= len(data) * REPAIRABLE_SHARE:
            score = plausibility(_ESCAPED.sub("", text))  # GB18030 reads most bytes: as what, decides
            if score >= PLAUSIBLE:
                found.append((score, main, other, main_name, other_name))
    if not found:
        return None
    _score, main, other, main_name, other_name = max(found)
    lines: list[str] = []
    read, replaced = [], []
    for number, line in enumerate(data.split(b"\n"), 1):  # a line feed is never inside a character
        ours, theirs = _strictly(line, main), _strictly(line, other)
        if theirs is not None and _better(theirs, ours):
            lines.append(theirs)
            read.append(number)
        elif ours is None:
            lines.append(line.decode(main, "replace"))
            replaced.append(number)
        else:
            lines.append(ours)
    if not read and not replaced:
        return None  # not reached: an invalid byte is in some line, which then fails in the main codec
    how = [f"{len(read)} read as {other_name}"] if read else []
    how += [f"{len(replaced)} with bytes replaced by \ufffd"] if replaced else []
    count, first = len(read) + len(replaced), min(read + replaced)
    lines_were = "1 line was" if count == 1 else f"{count} lines were"
    note = f"{lines_were} not {main_name} (the first is line {first}): {', '.join(how)}"
    return "\n".join(lines), main, note


def _better(theirs: str | None, ours: str | None) -> bool:
    """Whether a line's reading in the other encoding is Chinese text and better than the main one's."""
    if theirs is None or theirs.isascii() or (score := plausibility(theirs)) < REPAIRED_LINE:
        return False
    return ours is None or plausibility(ours) < score


def _strictly(line: bytes, codec: str) -> str | None:
    try:
        return line.decode(codec)
    except UnicodeDecodeError:
        return None


def _misread_as_latin(text: str) -> tuple[str, str] | None:
    """Chinese text an earlier tool read as Latin-1 or Windows-1252 and saved as UTF-8 (``È«¹úÈËÃñ…`` for
    全国人民…): every byte of the GBK, Big5 or UTF-8 original became one Latin character.  Those bytes are
    written back and decoded as the most plausible Chinese encoding.

    Safe: only text with no Han character at all and a mass of Latin letters and signs (a third of its
    non-blank characters; Western text has a few accents among plain letters), and only when the bytes
    read back as Chinese of the plausibility any decoding must reach — nearly all common hanzi."""
    if _HAN_CHAR.search(text, 0, _SNIFF_CHARS) or not _LATIN_HIGH.search(text, 0, _SNIFF_CHARS):
        return None  # Chinese from the start, or no Latin signs up front: the usual files end here
    sample = text[:_SAMPLE_CHARS]
    if _HAN_CHAR.search(sample):
        return None
    high = sum(1 for char in sample if char >= "\x80")
    if high < _MIN_MISREAD or high * 3 < len("".join(sample.split())):
        return None
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        recoded = _windows_1252_bytes(text)
        if recoded is None:
            return None
        data = recoded
    for codec, label in (("utf-8", "utf-8"), *LEGACY_CODECS):
        try:
            recovered = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _HAN_CHAR.search(recovered) and plausibility(recovered) >= _PLAUSIBLE_RECOVERED:
            return recovered, f"{label} read as latin-1"
    return None


def _windows_1252_bytes(text: str) -> bytes | None:
    """The bytes Windows-1252 read as ``text`` (C1 controls stand for the five bytes it leaves undefined)."""
    out = bytearray()
    for char in text:
        if char <= "\xff":
            out.append(ord(char))
            continue
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            return None
    return bytes(out)


_HAN_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_HIGH = re.compile(
    r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]"
)
"""The characters Latin-1 and Windows-1252 read bytes 0x80–0xFF as."""
_SNIFF_CHARS = 4096
_MIN_MISREAD = 20  # Latin signs: fewer is a name or two, not a text
_PLAUSIBLE_RECOVERED = 0.95


def _decode_with_bom(body: bytes, codec: str, label: str, source_name: str) -> tuple[str, str]:
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as exc:
        raise BadInputError(
            source_name, f"undecodable bytes: starts with a {label} byte-order mark but {exc.reason}"
        ) from exc
    score = plausibility(text.replace("\ufffd", "") if "\ufffd" in text else text)
    if score < PLAUSIBLE:  # U+FFFD under a BOM: a character the converter could not write, as a NUL is
        raise BadInputError(
            source_name,
            f"not text: it starts with a {label} byte-order mark, but read that way "
            f"{100 * (1 - score):.0f}% of its characters are unusual (random bytes or another encoding)",
        )
    return text, label


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a byte-order mark: NUL bytes fill one half of every ASCII character."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if len(data) % 2 or min(even, odd) > max(even, odd) // 4:
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return (text, codec) if plausibility(text) >= PLAUSIBLE else None


def _decode_legacy(data: bytes, utf8_error: UnicodeDecodeError, source_name: str) -> tuple[str, str]:
    """The most plausible of the legacy Chinese encodings that decode ``data`` at all."""
    best: tuple[float, str, str] | None = None
    for codec, label in LEGACY_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        if best is None or score > best[0]:
            best = (score, text, label)
        if score >= 0.99:  # as good as text gets: no later codec can do meaningfully better
            break
    if best is None:
        raise BadInputError(
            source_name,
            f"undecodable bytes at offset {utf8_error.start}: not UTF-8, GB18030/GBK, Big5 or UTF-16 text",
        )
    score, text, label = best
    if score < PLAUSIBLE:
        raise BadInputError(
            source_name,
            "undecodable bytes: not UTF-8, and as GB18030 or Big5 it decodes to unprintable or "
            f"unusual characters ({100 * (1 - score):.0f}% of them)",
        )
    return text, label


def plausibility(text: str) -> float:
    """Share of ``text``'s non-ASCII characters that Chinese text is made of (1.0 for pure ASCII).

    Common Han characters and CJK/full-width punctuation count fully; other Han
    characters count half (real text holds a few, mojibake is mostly made of
    them); a box-drawing character counts where it draws a rule (three or more in a row: w3m's
    ━━━ for a page's <hr>); anything else — private use, control codes, Hangul, a lone box-drawing
    character, the scatter of scripts random bytes decode to — counts nothing.
    """
    common = _common_hanzi()
    good = 0.0
    total = 0
    sample = text[:_SAMPLE_CHARS]
    for char, count in Counter(sample).items():  # each distinct character judged once
        if char < "\x80":
            continue
        total += count
        if char in common or _is_cjk_punctuation(char) or _is_typographic(char) or _rule(char, sample):
            good += count
        elif "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or char >= "\U00020000":
            good += count / 2  # halves add up exactly in a float, in any order
    return 1.0 if total == 0 else good / total


def _is_cjk_punctuation(char: str) -> bool:
    return "\u3000" <= char <= "\u303f" or "\uff00" <= char <= "\uffef" or "\ufe30" <= char <= "\ufe4f"


_TYPOGRAPHIC = frozenset("·•‧・—–―…‘’“”′″※√×÷±≤≥℃°¥€£§№■□▲△●○◆◇★☆→←↑↓\u00a0\u2002\u2003\u2009\u200b\ufeff")


def _rule(char: str, sample: str) -> bool:
    """A box-drawing character repeated into a rule (─── ━━━ ═══), as text renderers draw one."""
    return "\u2500" <= char <= "\u257f" and char * 3 in sample


def _is_typographic(char: str) -> bool:
    """Punctuation, symbols and spaces typeset in Chinese text that are not in the CJK blocks."""
    return (
        char in _TYPOGRAPHIC
        or "\u2460" <= char <= "\u24ff"  # circled numbers ①, used for editor codes and lists
        or "\u2160" <= char <= "\u217f"  # Roman numerals Ⅰ Ⅱ
        or "\u00c0" <= char <= "\u024f"  # Latin letters with accents (names, places)
        or "\u0391" <= char <= "\u03c9"  # Greek (units, μg)
        or "\u00b2" <= char <= "\u00be"  # ² ³ ¼ ½
    )


@cache
def _common_hanzi() -> frozenset[str]:
    """GB2312's level-1 hanzi (3,755) and Big5's frequently used ones (5,401), read off the codecs."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):  # GB2312 level 1: rows 16-55
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    for code in range(0xA440, 0xC67F):  # Big5 常用字
        try:
            chars.add(code.to_bytes(2, "big").decode("cp950"))
        except UnicodeDecodeError:
            continue
    return frozenset(char for char in chars if len(char) == 1)


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    return "\x00" in sample or len(_CONTROL.findall(sample)) > len(sample) * _CONTROL_SHARE_LIMIT


def _has_no_control_bytes(data: bytes) -> bool:
    """Exact shortcut for UTF-8 input, where a control character is always its own single byte.

    Deleting bytes is a fast C loop over bytes; the regex in :func:`_looks_binary` walks characters.
    """
    return len(data.translate(None, _CONTROL_BYTES)) == len(data)
