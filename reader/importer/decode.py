"""Turn the bytes of one file into clean text, or say clearly why not.

Bulletins reach users as UTF-8 (with or without a BOM), as GB18030/GBK from
older Windows tools, or as UTF-16 saved by Notepad.  Whatever arrives, the rest
of the importer sees one form: ``str`` with ``\\n`` line ends, normalised to NFC
(which leaves what a reader sees unchanged but makes equal text compare equal).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

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
_CONTROL_SHARE_LIMIT = 0.05  # share of control characters above which a file is taken for binary
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ODD = re.compile(r"[\ue000-\uf8ff\x80-\x9f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])


def decode_bytes(data: bytes, source_name: str) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise ``BadInputError`` naming ``source_name`` and the reason."""
    if len(data) > MAX_FILE_BYTES:
        raise BadInputError(
            source_name, f"file is too large ({len(data):,} bytes; the limit is {MAX_FILE_BYTES:,} bytes)"
        )
    if not data:
        raise BadInputError(source_name, "file is empty")
    text, encoding = _decode(data, source_name)
    if not (encoding.startswith("utf-8") and _has_no_control_bytes(data)) and _looks_binary(text):
        raise BadInputError(source_name, "file is binary, not text (it holds NUL or other control bytes)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise BadInputError(source_name, "file is empty (it holds only white space)")
    return text, encoding


def _decode(data: bytes, source_name: str) -> tuple[str, str]:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), label
            except UnicodeDecodeError as exc:
                raise BadInputError(
                    source_name, f"undecodable bytes: starts with a {label} byte-order mark but {exc.reason}"
                ) from exc
    if b"\x00" in data:
        raise BadInputError(source_name, "file is binary, not text (it holds NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise BadInputError(
                source_name,
                f"undecodable bytes at offset {utf8_error.start}: not UTF-8, GB18030/GBK or UTF-16 text",
            ) from None
    if not _plausible_gb18030(text):
        raise BadInputError(
            source_name, "undecodable bytes: not UTF-8, and as GB18030 it decodes to unprintable characters"
        )
    return text, "gb18030"


def _plausible_gb18030(text: str) -> bool:
    """GB18030 maps almost any byte string to *something*; reject results full of private-use or C1 codes."""
    return len(_ODD.findall(text)) <= len(text) // 100


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    return "\x00" in sample or len(_CONTROL.findall(sample)) > len(sample) * _CONTROL_SHARE_LIMIT


def _has_no_control_bytes(data: bytes) -> bool:
    """Exact shortcut for UTF-8 input, where a control character is always its own single byte.

    Deleting bytes is a fast C loop over bytes; the regex in :func:`_looks_binary` walks characters.
    """
    return len(data.translate(None, _CONTROL_BYTES)) == len(data)
