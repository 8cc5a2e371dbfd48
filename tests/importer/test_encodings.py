"""Every seed gives the same result from GB18030, UTF-16, UTF-8-with-BOM, CRLF and CR copies."""

from __future__ import annotations

import codecs
import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.importer import ParsedIssue, decode_bytes, parse_bytes, parse_text

from .conftest import SEEDS, parsed, seed_bytes

VARIANTS: dict[str, tuple[Callable[[str], bytes], str]] = {
    "gb18030": (lambda text: text.encode("gb18030"), "gb18030"),
    "utf-16-le-bom": (
        lambda text: text.encode("utf-16"),
        "utf-16",
    ),  # Python writes a BOM, little-endian here
    "utf-16-be-bom": (lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "utf-16"),
    "utf-8-bom": (lambda text: text.encode("utf-8-sig"), "utf-8-sig"),
    "crlf": (lambda text: text.replace("\n", "\r\n").encode(), "utf-8"),
    "cr": (lambda text: text.replace("\n", "\r").encode(), "utf-8"),
    "gb18030-crlf": (lambda text: text.replace("\n", "\r\n").encode("gb18030"), "gb18030"),
}


def _without_encoding(issue: ParsedIssue) -> ParsedIssue:
    return dataclasses.replace(issue, encoding=None)


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("key", sorted(SEEDS))
def test_variant_parses_identically(key: str, variant: str, tmp_path: Path) -> None:
    encode, encoding = VARIANTS[variant]
    path = tmp_path / f"{variant}_{SEEDS[key]}"
    path.write_bytes(encode(seed_bytes(key).decode("utf-8")))
    issue = parse_bytes(path.read_bytes(), SEEDS[key])
    assert issue.encoding == encoding
    assert _without_encoding(issue) == _without_encoding(parsed(key))


def test_seeds_are_read_as_plain_utf8() -> None:
    assert {parsed(key).encoding for key in SEEDS} == {"utf-8"}


def test_text_is_nfc_normalised() -> None:
    decomposed = "Cafe\u0301 会议。"
    text, _ = decode_bytes(decomposed.encode(), "nfc.txt")
    assert text == "Caf\u00e9 会议。"
    assert parse_text(decomposed, "nfc.txt").articles[0].title == "Caf\u00e9 会议。"


def test_utf32_with_bom_is_read() -> None:
    text, encoding = decode_bytes("会议召开。\r\n".encode("utf-32"), "wide.txt")
    assert (text, encoding) == ("会议召开。\n", "utf-32")
