"""Every word of every input line ends up in some field of the parsed issue."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks.mutation_probe import haystack as _haystack

from .conftest import SEEDS, parsed, seed_bytes

WORD = re.compile(r"\w+")
TOC_MARKER = re.compile(r"^目\s*录$", re.MULTILINE)  # the heading of a table of contents: structure, not text
HANZI = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("key", sorted(SEEDS))
def test_every_word_of_every_line_is_kept(key: str) -> None:
    haystack = _haystack(parsed(key))
    for number, line in enumerate(seed_bytes(key).decode("utf-8").split("\n"), 1):
        if TOC_MARKER.match(line):
            continue
        for word in WORD.findall(line):
            assert word in haystack, f"{SEEDS[key]} line {number}: {word!r} lost"


@pytest.mark.parametrize("key", sorted(SEEDS))
def test_no_hanzi_is_dropped_anywhere(key: str) -> None:
    """Counting characters catches a repeated paragraph that lost its second copy."""
    have = Counter(HANZI.findall(_haystack(parsed(key))))
    need = Counter(HANZI.findall(TOC_MARKER.sub("", seed_bytes(key).decode("utf-8"))))
    assert not need - have


@pytest.mark.parametrize("key", sorted(SEEDS))
def test_article_text_is_its_blocks_joined_by_newlines(key: str) -> None:
    for article in parsed(key).articles:
        assert article.text == "\n".join(block.text for block in article.blocks)
        assert article.blocks, article.title
        assert all(block.text and block.text == block.text.strip() for block in article.blocks)
