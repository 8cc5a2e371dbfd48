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


# A short bilingual page as w3m renders it: a rule of ━ for each <hr>, English beside traditional text.
RULED_PAGE = (
    "政府新聞簡報\nGovernment News Digest\n\n第3期 Issue No. 3　2024年5月8日\n\n"
    "Library opens new reading room\n圖書館新閱覽室啟用\n\n"
    "新閱覽室位於三樓,提供座位一百個,開放時間為上午九時至晚上八時。\n\n" + "━" * 60 + "\n\n"
    "Road works on the coastal avenue\n海濱大馬路進行道路工程\n\n"
    "工程於下周一展開,為期兩個月,期間部分車道封閉。\n\n" + "━" * 60 + "\n"
)


@pytest.mark.parametrize("encode", [lambda t: t.encode("utf-8-sig"), lambda t: t.encode("gb18030")])
def test_a_page_ruled_with_box_drawing_reads_in_any_encoding(encode: Callable[[str], bytes]) -> None:
    """Box-drawing rules are no sign of mojibake: the page reads from UTF-8 with a BOM and from GB18030
    as it does from plain UTF-8 (before, 120 ━ of 260 non-ASCII characters refused it as 'unusual')."""
    assert decode_bytes(encode(RULED_PAGE), "page.txt")[0] == RULED_PAGE
    assert (
        parse_bytes(encode(RULED_PAGE), "page.txt").issue_date
        == parse_bytes(RULED_PAGE.encode(), "p").issue_date
    )


def test_a_lone_box_drawing_character_still_counts_against_a_decoding() -> None:
    from reader.importer.decode import plausibility

    assert plausibility("中文━") < plausibility("中文━━━") == 1.0
