"""Input that is not a text bulletin fails with one clear error naming the file and the reason."""

from __future__ import annotations

import codecs

import pytest

from reader.errors import BadInputError, ReaderError
from reader.importer import MAX_FILE_BYTES, decode_bytes, parse_bytes, parse_text


def _error(data: bytes, name: str = "bad.txt") -> BadInputError:
    with pytest.raises(BadInputError) as caught:
        parse_bytes(data, name)
    assert isinstance(caught.value, ReaderError)
    assert caught.value.source == name
    assert str(caught.value).startswith(f"{name}: ")
    assert "\n" not in str(caught.value)
    return caught.value


def test_empty_file() -> None:
    assert _error(b"").reason == "file is empty"


@pytest.mark.parametrize("data", [b"   \n\r\n\t", codecs.BOM_UTF8 + b"\n\n", "\u3000\n".encode()])
def test_white_space_only_file(data: bytes) -> None:
    assert _error(data).reason.startswith("file is empty")


def test_whitespace_only_text() -> None:
    with pytest.raises(BadInputError, match="empty"):
        parse_text(" \n \n", "blank.txt")


def test_binary_file_with_nul_bytes() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"
    assert "binary" in _error(png, "photo.png").reason


def test_binary_file_made_of_control_bytes() -> None:
    data = bytes(range(1, 32)) * 40 + "正文".encode()
    assert "binary" in _error(data).reason


def test_file_over_the_size_limit() -> None:
    assert MAX_FILE_BYTES == 20 * 1024 * 1024
    reason = _error(b"a" * (MAX_FILE_BYTES + 1), "huge.txt").reason
    assert reason.startswith("file is too large") and f"{MAX_FILE_BYTES:,}" in reason


def test_file_at_the_size_limit_is_accepted() -> None:
    line = "示范区召开会议。\n".encode()
    data = line * (MAX_FILE_BYTES // len(line))
    assert len(data) <= MAX_FILE_BYTES
    text, encoding = decode_bytes(data, "big.txt")
    assert encoding == "utf-8" and text.startswith("示范区召开会议。")


def test_undecodable_bytes() -> None:
    reason = _error("会议召开".encode() + b"\x80\xff\xfe text", "mixed.txt").reason
    assert reason.startswith("undecodable bytes at offset 12")


def test_utf16_bom_with_broken_body() -> None:
    assert _error(codecs.BOM_UTF16_LE + "会议".encode("utf-16-le") + b"\x00\xd8").reason.startswith(
        "undecodable bytes: starts with a utf-16 byte-order mark"
    )


def test_gb18030_garbage_is_not_taken_for_text() -> None:
    private_use = "\ue4c5".encode("gb18030") * 50  # decodes, but only to private-use code points
    assert "unprintable" in _error(private_use).reason
