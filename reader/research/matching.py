"""Every occurrence of a query's terms, matched exactly as the library search matches articles.

The search decides that a term occurs when it is a substring of the *folded*
field (``reader.store.search.query_terms`` folds the query with
``reader.textfold.fold``).  Folding a whole library to find occurrences is the
slow way: ``str.translate`` runs per character in Python's slow path (about
8 s for the 37 million characters of the 50,000-article benchmark library).

Why preimages instead: folding is one character in, one character out, so
``fold(text)[p:p+n] == term`` exactly when every ``text[p+i]`` is one of the
characters that fold to ``term[i]``.  Those sets are computed once per process
by folding every code point and inverting the result; a term whose characters
no other character folds to is then found in the raw text with ``str.find``
(C speed), a term with a few foldable characters as a handful of literal
strings, and any other as a regular expression of character classes.  Offsets
are offsets into the text as stored.

Why a binary form too: decoding UTF-8 into Python strings is most of the cost of
reading 46,000 articles (≈ 150 ms of 320), and counting needs no decoding.  A
term's spellings encoded as UTF-8 are found in the stored bytes exactly where the
spellings occur in the text, because UTF-8 is self-synchronising: an encoded
character never starts inside another one, so a match of whole encoded characters
always begins on a character boundary.  ``Matcher.for_query(…, binary=True)``
counts in ``bytes`` (offsets would be in bytes, so it offers counts only).

The fold and the terms come from the search module itself, so when folding
learns more (simplified/traditional variants), this module follows without a
change: ``fold_variants`` is passed through wherever the search API takes a
``variants`` option and ignored where it does not (yet).
"""

from __future__ import annotations

import inspect
import itertools
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from reader import textfold
from reader.store import search as search_store

MAX_LITERALS = 32  # a term with more spellings than this is found by one regular expression
MAX_BINARY_SCANS = 4  # a binary term that needs more scans of the bytes counts in decoded text
# Planes 0–3 hold every CJK character; plane 14 holds variation selectors and tags.
_CODE_POINTS = (range(0, 0xD800), range(0xE000, 0x40000), range(0xE0000, 0xE1000))
_CHUNK = 1024


@cache
def _takes_variants(function: Callable[..., Any]) -> bool:
    return "variants" in inspect.signature(function).parameters


def variants_supported() -> bool:
    """Whether the search can fold simplified/traditional variants (the search index decides)."""
    return _takes_variants(search_store.query_terms) and _takes_variants(textfold.fold)


def search_options(fold_variants: bool, function: Callable[..., Any]) -> dict[str, bool]:
    """``{"variants": fold_variants}`` when ``function`` of the search API takes it, else nothing."""
    return {"variants": fold_variants} if _takes_variants(function) else {}


def query_terms(query: str, fold_variants: bool = True) -> list[str]:
    """The folded terms the search matches (whitespace-separated, all required)."""
    return search_store.query_terms(query, **search_options(fold_variants, search_store.query_terms))


def fold_text(text: str, fold_variants: bool = True) -> str:
    """The search's own folding of ``text`` (same length as ``text``)."""
    return textfold.fold(text, **search_options(fold_variants, textfold.fold))


@cache
def fold_classes(fold_variants: bool = True) -> dict[str, frozenset[str]]:
    """Folded character → every character that folds to it, for the characters folding changes.

    A character absent from the result folds only from itself.  Built by folding
    every code point once (a few tens of milliseconds) and comparing in chunks,
    so only the blocks where folding changes anything are walked in Python.
    """
    source = "".join(chr(code) for block in _CODE_POINTS for code in block)
    folded = fold_text(source, fold_variants)
    classes: dict[str, set[str]] = {}
    for offset in range(0, len(source), _CHUNK):
        if source[offset : offset + _CHUNK] == folded[offset : offset + _CHUNK]:
            continue
        for original, image in zip(
            source[offset : offset + _CHUNK], folded[offset : offset + _CHUNK], strict=True
        ):
            if original != image:
                classes.setdefault(image, set()).add(original)
    for image, members in classes.items():
        if fold_text(image, fold_variants) == image:
            members.add(image)
    return {image: frozenset(members) for image, members in classes.items()}


def _has_border(term: str) -> bool:
    """Whether two occurrences of ``term`` can overlap (a proper prefix equals a suffix)."""
    return any(term[:size] == term[-size:] for size in range(1, len(term)))


Text = Any  # ``str``, or ``bytes`` for a binary term: both have find, count, ``in``


class Term:
    """One folded term and how to find it in unfolded text (``bytes`` of UTF-8 when ``binary``)."""

    def __init__(self, folded: str, classes: dict[str, frozenset[str]], binary: bool = False) -> None:
        self.text = folded
        self.length = len(folded)  # in characters
        self.overlaps = _has_border(folded)
        self.binary = binary
        choices: list[list[Text]] = [sorted(classes.get(char, {char})) for char in folded]
        plain: Text = folded
        if binary:
            choices = [[char.encode() for char in choice] for choice in choices]
            plain = folded.encode()
        empty: Text = b"" if binary else ""
        spellings = 1
        for choice in choices:
            spellings *= len(choice)
        self.literals: list[str] | None = None
        self.pattern: re.Pattern[str] | None = None
        self.single: str | None = None  # one spelling that cannot overlap itself: ``str.count`` is exact
        # Text with none of the term's other spellings' characters holds at most the plain one:
        # a scan per such character (C, like ``str.count``) instead of one per spelling saves
        # most when characters have several forms (高质量发展: 4 characters, 12 spellings).
        own = [char.encode() if binary else char for char in folded]
        others = sorted({char for n, choice in enumerate(choices) for char in choice if char != own[n]})
        self.plain = plain if all(own[n] in choice for n, choice in enumerate(choices)) else None
        self.others = tuple(others) if self.plain and 0 < len(others) < spellings - 1 else None
        if spellings <= MAX_LITERALS:
            self.literals = [empty.join(parts) for parts in itertools.product(*choices)]
            if len(self.literals) == 1 and not self.overlaps:
                self.single = self.literals[0]
        else:
            self.pattern = re.compile(empty.join(_position(choice, binary) for choice in choices))

    def spellings_in(self, text: str) -> list[str] | None:
        """The spellings that ``text`` holds, or None when only the regular expression can tell."""
        if self.others is not None and not any(char in text for char in self.others):
            return [self.plain] if self.plain in text else []  # type: ignore[list-item, operator]
        if self.literals is None:
            return None
        if len(self.literals) == 1:
            return self.literals
        return [literal for literal in self.literals if literal in text]

    def positions(self, text: str) -> list[int]:
        """Start of every occurrence, overlapping ones included, in order."""
        present = self.spellings_in(text)
        if present is not None:
            found = [p for literal in present for p in _find_all(text, literal)]
            return sorted(found) if len(present) > 1 else found
        assert self.pattern is not None
        found = []
        match = self.pattern.search(text)
        while match is not None:
            found.append(match.start())
            match = self.pattern.search(text, match.start() + 1)
        return found

    def count(self, text: str) -> int:
        """``len(self.positions(text))``, without building the list when occurrences cannot overlap."""
        if self.single is not None:
            return text.count(self.single)
        if self.overlaps:
            return len(self.positions(text))
        if self.others is not None and not any(char in text for char in self.others):
            return text.count(self.plain)  # type: ignore[arg-type]  # plain is bytes when text is
        if self.literals is not None:
            # a count per spelling: asking first which spellings occur costs a scan per absent one
            # all the same (no two spellings can overlap: the folded term has no border)
            total = 0
            for literal in self.literals:
                total += text.count(literal)
            return total
        assert self.pattern is not None
        return sum(1 for _match in self.pattern.finditer(text))


def _counting_term(folded: str, classes: dict[str, frozenset[str]]) -> Term:
    """A term for counting in UTF-8 bytes, or in text when that is faster.

    In bytes every spelling costs a scan of the whole text; a one-character check
    (``others``) is a fast ``memchr``-like scan only in ``str``, a three-byte needle in
    bytes is among the slowest.  Measured on 26,363 articles: 高质量发展 (12 spellings)
    266 ms in bytes, 125 ms decoded (decoding included); 招商 (one) 23 ms in bytes, 56 decoded.
    """
    term = Term(folded, classes, binary=True)
    scans = len(term.literals) if term.literals is not None and not term.overlaps else MAX_BINARY_SCANS + 1
    return term if scans <= MAX_BINARY_SCANS and term.others is None else Term(folded, classes)


def _position(choice: list[Text], binary: bool) -> Text:
    """One character of a term as a regular expression: a class of its spellings.

    In bytes a multi-byte character is no single unit, so its spellings are alternatives.
    """
    if len(choice) == 1:
        return re.escape(choice[0])
    if binary:
        return b"(?:" + b"|".join(map(re.escape, choice)) + b")"
    return f"[{''.join(map(re.escape, choice))}]"


def _find_all(text: Text, literal: Text) -> list[int]:
    found = []
    position = text.find(literal)
    while position != -1:
        found.append(position)
        position = text.find(literal, position + 1)
    return found


class Matcher:
    """A query's terms: ``spans`` equals ``reader.store.search.hit_spans`` on any text, only faster."""

    def __init__(self, terms: Sequence[str], fold_variants: bool = True, binary: bool = False) -> None:
        classes = fold_classes(fold_variants)
        self.binary = binary
        self.terms = tuple(_counting_term(term, classes) if binary else Term(term, classes) for term in terms)
        # a binary matcher decodes the bytes when one of its terms counts faster in text
        self.decodes = binary and any(not term.binary for term in self.terms)
        # one term with one spelling: ``str.find`` on the raw text is the whole match
        only = self.terms[0] if len(self.terms) == 1 else None
        self.literal = only.literals[0] if only and only.literals and len(only.literals) == 1 else None
        self.only = only  # one term: the concordance finds the spellings a field holds (usually one) inline

    @classmethod
    def for_query(cls, query: str, fold_variants: bool = True, *, binary: bool = False) -> Matcher:
        """The query's matcher; ``binary``: one that counts in UTF-8 ``bytes`` (counts only)."""
        return cls(query_terms(query, fold_variants), fold_variants, binary)

    def __bool__(self) -> bool:
        return bool(self.terms)

    def spans(self, text: str | None) -> list[tuple[int, int]]:
        """Every occurrence of every term as ``(start, end)``, sorted; overlapping ones included.

        Two different terms never give the same span (equal spans would mean equal
        folded text), so the spans of all terms together need no de-duplication.
        """
        if not text:
            return []
        assert not self.binary, "offsets in bytes are not offsets in the text"
        if self.literal is not None:  # the common case, kept free of per-call overhead
            literal, length = self.literal, len(self.literal)
            find = text.find
            position = find(literal)
            spans = []
            while position != -1:
                spans.append((position, position + length))
                position = find(literal, position + 1)
            return spans
        spans = [(p, p + term.length) for term in self.terms for p in term.positions(text)]
        return sorted(spans) if len(self.terms) > 1 else spans

    def count(self, text: Text | None) -> int:
        """Occurrences of all terms (overlapping ones included) in ``text``."""
        if not text:
            return 0
        if self.decodes:
            return sum(self._counts(text))
        if len(self.terms) == 1:
            return self.terms[0].count(text)
        return sum(term.count(text) for term in self.terms)

    def _counts(self, data: bytes) -> list[int]:
        decoded = data.decode()
        return [term.count(data if term.binary else decoded) for term in self.terms]  # type: ignore[arg-type]

    def count_joined(self, joined: Text) -> int:
        """Occurrences of all terms in the fields joined by line breaks, or 0 when some term is missing.

        Exact because a term never contains whitespace (the query is split on it),
        so no occurrence can span the line break between two fields.
        """
        if self.decodes:
            counts = self._counts(joined)
        elif len(self.terms) == 1:
            return self.terms[0].count(joined)
        else:
            counts = [term.count(joined) for term in self.terms]
        return sum(counts) if all(counts) else 0
