"""The shipped word lists, and one jieba tokenizer that knows them.

The lists live in ``reader/data/dictionaries`` (see ``reader/data/README.md`` for
sources and licences).  Everything is loaded once per process: building
jieba's prefix dictionary costs about a second, so the tokenizer is cached and
jieba's own on-disk cache is pointed at a private file instead of rebuilding.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jieba
import jieba.posseg
import platformdirs

from reader.resources import resource

jieba.setLogLevel(logging.WARNING)
logging.getLogger("jieba").setLevel(logging.WARNING)

PLACE_TAG = "ns"
ORG_TAG = "nt"
POSITION_TAG = "nposition"
BODY_ENDS = "局科处部厅所站院校队委办组室会社团司署行"
GLUED_BEFORE_TITLES = BODY_ENDS + "任"
"""The last character of a body (…局, …科, …处: ``BODY_ENDS``) or the verb 任, which jieba's
dictionary glues to the title after it in a word of its own (局局长, 处处长, 室主任, 任教授): such words
are dropped from our tokenizer, so the body keeps its character and the post starts where it does."""
NATIVE_OF = ("乡人", "村人")
"""A township's or village's level character and 人 (a native of it: 某某乡人, 某某村人), which jieba's
dictionary holds as words (乡人, fellow villagers): dropped from our tokenizer, so the place keeps its
level character."""
NAME_TAGS = (None, "nr", "nrfg", "nrt")
"""What jieba tags a word that may be a person's name (``None``: not in its dictionary)."""


def _lines(name: str) -> list[str]:
    text = resource("dictionaries", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Dictionaries:
    """The word lists as sets, ready for membership tests."""

    places: dict[str, str]  # name → level (province, county-alias, town, …)
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    titles: tuple[str, ...]  # longest first
    org_suffixes: tuple[str, ...]  # longest first
    tibetan_name_parts: frozenset[str] = frozenset()  # 扎西, 次仁: a Tibetan name is two of them


@cache
def _base_tags() -> dict[str, str]:
    """jieba's own part-of-speech table: the one ``jieba.posseg`` loaded on import (a second copy
    would cost another second of start-up)."""
    return dict(jieba.posseg.dt.word_tag_tab)


@cache
def dictionaries() -> Dictionaries:
    places: dict[str, str] = {}
    common = _base_tags()
    for line in _lines("places.tsv"):
        name, level, _full = line.split("\t")
        # an alias that is also an ordinary word (合作, 新建, 惠民) is not taken as a place
        if (level.endswith("alias") or len(name) <= 2) and common.get(name, "ns") != "ns":
            continue
        places[name] = level
    for line in _lines("world.tsv"):
        name, level = line.split("\t")
        # 万象, 金边, 利马: a two-character city that is also an ordinary word is left to the model
        if name not in places and (len(name) > 2 or common.get(name, "ns") == "ns"):
            places[name] = level
    for name in _lines("regions.txt"):
        places[name] = "region"  # 中原 the region, not the county alias of 中原区
    surnames = _lines("surnames.txt")
    titles = sorted(set(_lines("positions.txt")), key=len, reverse=True)
    suffixes = sorted(set(_lines("org_suffixes.txt")), key=len, reverse=True)
    return Dictionaries(
        places=places,
        surnames=frozenset(s for s in surnames if len(s) == 1),
        compound_surnames=frozenset(s for s in surnames if len(s) == 2),
        titles=tuple(titles),
        org_suffixes=tuple(suffixes),
        tibetan_name_parts=frozenset(_lines("tibetan_name_parts.txt")),
    )


def _cache_file() -> str:
    """jieba's prefix-dictionary cache, in this user's cache folder (not a temp folder every user shares)."""
    folder = Path(platformdirs.user_cache_dir("bulletin-reader", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder / "jieba.cache")


@cache
def tokenizer() -> jieba.Tokenizer:
    """A private jieba tokenizer with places and titles added; the global one is left alone."""
    tok = jieba.Tokenizer()
    tok.cache_file = _cache_file()
    tok.initialize()
    for name in dictionaries().places:
        tok.add_word(name, freq=2000, tag=PLACE_TAG)
    for title in dictionaries().titles:
        tok.add_word(title, freq=5000, tag=POSITION_TAG)
        for glued in (char + title for char in GLUED_BEFORE_TITLES):
            if tok.FREQ.get(glued):
                tok.del_word(glued)  # 医疗保障局|局长, 二科|科长, 任|教授: jieba's 局局长, 科科长, 任教授
    for word in NATIVE_OF:
        if tok.FREQ.get(word):
            tok.del_word(word)
    for suffix in dictionaries().org_suffixes:
        if len(suffix) >= 2:  # 网信办, 分行: kept whole so a name can end exactly at them
            tok.add_word(suffix, freq=5000, tag=ORG_TAG)
    return tok


@cache
def word_tags() -> dict[str, str]:
    """jieba's part-of-speech tag of every dictionary word, with ours on top."""
    tags = dict(_base_tags())
    words = dictionaries()
    for name in words.places:
        tags[name] = PLACE_TAG
    for title in words.titles:
        tags[title] = POSITION_TAG
    return tags
