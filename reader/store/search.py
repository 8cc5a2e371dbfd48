"""Library-wide search that behaves exactly like a substring match, answered from an index.

Why bigrams.  A query of n ≥ 2 characters becomes an FTS5 *phrase* of its
n − 1 overlapping character pairs: ``高质量`` → ``高质 质量`` at consecutive
positions, which holds exactly when the query is a substring of the field.
Pairs are far more selective than single characters (``市`` is in 98 % of the
articles, ``市重`` in few), so a phrase's cost follows its rarest pair — the
size of the answer — rather than the size of the library.  Every token is the
hex of two UTF-16 units of the folded text (``招商`` → ``62db5546``), so
punctuation, digits and Latin letters are searchable like any character, and
user input never reaches FTS5 as syntax: only hex inside double quotes does.

A one-character query has no pair, so each article also puts its *distinct*
characters in a second, position-free table (``detail=none``: a row id per
character and article, a fraction of the size of a positional index), with
the title's characters again under a ``t`` prefix for ranking.  The hundred or
so characters of ``COMMON`` (in most articles of real bulletins: ``的``, ``，``,
``发``…) are stored by their absence instead (``n`` + hex), beside a token ``a``
every article has, and found as ``a NOT n…``: a fifth fewer rows.  Whitespace is
never stored: no query term holds any.

Fields: the title is its own column (ranking puts title hits first);
body, kicker and subtitle share the other, joined by line breaks: no query
term holds whitespace, so no phrase can span two fields.

Why row ids are dates.  Each index row's id is a day slot (later dates get
smaller slots) ``<< 13`` plus its number within the day, so FTS5's native
ascending row-id order *is* newest-first date order (undated articles last).
Slots are dense day numbers, not ``YYYYMMDD << 32``: FTS5 stores each row id
as a varint delta, and small gaps made the index 22 % smaller.  Every result
stream is therefore ``MATCH … ORDER BY rowid LIMIT k``, which stops after k
rows however many articles match; a date filter is a row-id range; the next
page starts above the last row id seen (keyset pagination: page 1,000 costs
what page 1 does).  Ascending, not descending with the date as is: SQLite
3.40's FTS5 drops rows from ``AND``/phrase queries read in descending order
on a large index (measured: 675 of 22,093 for ``项目建设`` at 50,000 articles).

A day holds 8,192 index rows; more go to the undated tail (found, filtered by
date exactly, but listed after the dated articles).

Ranking ("relevance", the default): articles whose title contains every term,
then the rest; newest first within each tier.  It is the order a reader of
bulletins expects and, unlike bm25, needs no pass over every match (bm25 scores
all 498,656 matches of ``的`` before it returns one).  A result set of up to
``RANK_PROBE`` articles is read in one pass and ranked here; a bigger one is
read tier by tier, each a stream that stops after the page.  Counts for display
stop at ``COUNT_LIMIT`` ("10,000+").  ``sort="date"`` is one stream, newest first.

Why tombstones: the index is contentless (the encoded text would otherwise be
stored a second time), and SQLite before 3.43 cannot delete from a contentless
table without the original values — which the store has already overwritten
by the time it re-indexes an article.  So each indexed version is an index row
named by ``search_docs.doc_id``; replacing or removing an article just drops
its ``search_docs`` row (``ON DELETE CASCADE`` does it when the article goes),
and every query joins through ``search_docs``.  Dead rows cost a little disk
until ``rebuild_index`` (``maintain`` runs it when they pile up).

Variant folding (``variants=True``, the default) indexes and queries text
folded by ``reader.textfold.fold(…, variants=True)``: ``發展`` finds ``发展``.
With ``variants=False`` the same index yields candidates (a superset), and
each is checked against the text folded by width and case only.
"""

from __future__ import annotations

import binascii
import hashlib
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import Any, Literal, NamedTuple

from sqlite_utils import Database

from reader.textfold import FOLD_TABLE, fold, has_variants, table_fingerprint, variant_map

SNIPPET_CHARS = 80
SNIPPET_LEAD = 24  # characters shown before the first hit
COUNT_LIMIT = 10_000  # counts for display stop here: "10,000+"
DAY_BITS = 13  # row id = day slot << DAY_BITS | number within the day
Sort = Literal["relevance", "date"]
TIERS = ("title", "rest")
COMMON = (
    ",。的、中发20在日和新一大人国月全为1出会()进开成作化动行上展生家:4等地年力来工时个“”区业实主建高"
    "现多看到部对有3以加要5方平入推合体了文9重不联同强长市设前视好分8记近代与民能是持深用经总提交本"
)
"""Folded characters found in at least half of the 252 articles of the real bulletins of the
development corpus and the samples (``benchmarks/common_chars.py``): stored by absence.  Any
set is exact; this one only decides the size (a character in fewer than half of a library's
articles costs more by absence than by presence).  Changing it rebuilds the index."""


# ---- encoding -----------------------------------------------------------------------------------


def _units(text: str) -> bytes:
    return text.encode("utf-16-be", "surrogatepass")


def grams(folded: str) -> str:
    """Space-separated bigram tokens of already folded text: ``"招商引"`` → ``"62db5546 55465f15"``."""
    return _pairs(_units(folded))


def _pairs(data: bytes) -> str:
    """Bigram tokens of UTF-16 bytes, built with strided slices and ``bytes.hex``: all in C."""
    n = len(data) // 2
    if n < 2:
        return ""
    pairs = bytearray(4 * (n - 1))
    pairs[0::4] = data[0:-2:2]
    pairs[1::4] = data[1:-2:2]
    pairs[2::4] = data[2::2]
    pairs[3::4] = data[3::2]
    return pairs.hex(" ", 4)


def query_terms(query: str, *, variants: bool = True) -> list[str]:
    """Folded, de-duplicated whitespace-separated terms (U+3000 counts as a space)."""
    return list(dict.fromkeys(fold(query, variants=variants).split()))


def _is_char(term: str) -> bool:
    return len(_units(term)) == 2


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    title: str
    snippet: str
    snippet_hits: list[tuple[int, int]]  # offsets of the hits inside snippet
    key: tuple[int, int] = (0, 0)  # (tier, index row id): pass as ``after`` for the next page


def _fingerprint(body_and_title: bytes | memoryview, body: int) -> bytes:
    """12 bytes that change when the indexed text does, stored as a blob: a digest of the body piece
    (text, kicker and subtitle joined, as indexed) followed by the title, as UTF-16 units, salted
    with the body's length in bytes (so no text moves between the two unseen).

    The index entry is a function of these two pieces (and the issue date, checked apart), so
    equal digests mean an equal entry.  Hashing the units ``prepare_many`` already holds costs a
    fraction of encoding each field again.  A row written by older code (a digest of the four
    fields, or hex text) never equals it: such an article is indexed again the next time its file
    is imported with changes, once.
    """
    return hashlib.blake2b(body_and_title, digest_size=12, salt=body.to_bytes(16, "little")).digest()


def _digest(body: str, title: str) -> bytes:
    """``_fingerprint`` of the two pieces as strings."""
    encoded = _utf16(body)
    return _fingerprint(encoded + _utf16(title), len(encoded))


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le", "surrogatepass")


class Prepared(NamedTuple):
    """An article's index entry, computed without the database.

    Encoding is pure Python work; the importer prepares entries in its parse
    workers while the writer waits on SQLite.  The token columns are ASCII bytes:
    bound as blobs where this SQLite indexes them (``_blob_tokens``), they reach FTS5
    as they are, where text would be converted to the library's UTF-16 and back.
    A tuple, not a dataclass: the writer unpickles one per article, and a tuple is
    rebuilt from its fields in one call, where a dataclass object gets a ``__dict__``.
    """

    fingerprint: bytes
    body: bytes
    title: bytes
    chars: bytes


def prepare(*, kicker: str | None, title: str, subtitle: str | None, text: str) -> Prepared:
    """One article's entry: ``prepare_many`` of one."""
    return prepare_many([(kicker, title, subtitle, text)])[0]


Fields = tuple[str | None, str, str | None, str]
"""An article's indexed fields: kicker, title, subtitle, text."""


CHUNK = 256
"""Articles prepared in one numpy pass at most: bounds the per-issue character matrices (articles ×
distinct characters) of an issue with thousands of articles."""


def prepare_many(articles: Sequence[Fields]) -> list[Prepared]:
    """The entries of many articles (an issue's), folded and encoded together: about 20 µs an article.

    Body, kicker and subtitle are one string joined by line breaks: no query term
    holds whitespace, so no phrase can match across the join.  The character table
    gets each distinct UTF-16 unit once: de-duplicating here, in the parse workers,
    is cheaper than making the single writer do it.

    Every article's fields go through numpy in one pass: folded unit by unit
    (``str.translate`` calls back into Python for each character), paired, and
    de-duplicated per article in a matrix of articles × the issue's distinct characters;
    numpy's overhead per call would otherwise cost more than the work on an article of a
    few hundred characters.  Text outside the Basic Multilingual Plane (surrogate pairs),
    or folded out of it, takes the code-point path (``_prepare_wide``).
    """
    import numpy as np  # here, not at module level: searching from the CLI never pays the import

    if len(articles) > CHUNK:
        chunks = (articles[at : at + CHUNK] for at in range(0, len(articles), CHUNK))
        return [entry for chunk in chunks for entry in prepare_many(chunk)]
    pieces: list[str] = []
    for kicker, title, subtitle, text in articles:
        pieces.append("\n".join(value for value in (text, kicker, subtitle) if value))
        pieces.append(title or "")
    data = _utf16("".join(pieces))
    units = _fold_units()[_as_index(np, np.frombuffer(data, dtype="<u2"))]
    if units.size and bool(((units >> 11) == 0xD800 >> 11).any()):  # a surrogate: not one unit a character
        return _prepare_wide(np, articles, pieces)
    bounds = _bounds(np, pieces)
    view, at = memoryview(data), (2 * bounds).tolist()
    digests = [
        _fingerprint(view[at[2 * n] : at[2 * n + 2]], at[2 * n + 1] - at[2 * n]) for n in range(len(articles))
    ]
    return _entries(np, units, bounds, digests)


def _bounds(np: Any, pieces: list[str]) -> Any:
    """The offsets of the pieces (body, title, body, title …) in their joined text, and its end."""
    bounds = np.zeros(len(pieces) + 1, dtype=np.int64)
    np.cumsum([len(piece) for piece in pieces], out=bounds[1:])
    return bounds


def _entries(np: Any, units: Any, bounds: Any, digests: list[bytes]) -> list[Prepared]:
    """The entries of the articles whose folded pieces are ``units`` (one unit a character), cut at
    ``bounds``, with their fingerprints."""
    pairs, before = _index_pairs(np, units, bounds[:-1])
    # each piece's pairs: from the first that begins in it to the last that ends in it
    first = before[bounds[:-1]].tolist()
    last = before[np.maximum(bounds[1:] - 1, 0)].tolist()
    tokens = binascii.hexlify(pairs, b" ", 4)  # 9 bytes a token, the separator included
    spans = [_cut(tokens, 9, a, b) for a, b in zip(first, last, strict=True)]
    chars = _chars_per_article(np, units, bounds)
    return [Prepared(digest, spans[2 * n], spans[2 * n + 1], chars[n]) for n, digest in enumerate(digests)]


def _prepare_wide(np: Any, articles: Sequence[Fields], pieces: list[str]) -> list[Prepared]:
    """``prepare_many`` for text with characters beyond the BMP: folded by code point, then encoded;
    an article whose folded text still has such characters goes by the string path."""
    codes = np.frombuffer("".join(pieces).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _fold_codes()
    folded = np.where(codes < table.size, table[np.minimum(codes, table.size - 1)], codes)
    if folded.size and int(folded.max()) > 0xFFFF:
        return [_prepare_one(*fields) for fields in articles]
    units = folded.astype(np.uint16)
    digests = [_digest(pieces[2 * n], pieces[2 * n + 1]) for n in range(len(articles))]
    return _entries(np, units, _bounds(np, pieces), digests)


def _as_index(np: Any, units: Any) -> Any:
    """``units`` as numpy's own index type, for looking them up in a table of 65,536 entries.

    numpy gathers and scatters with an array of ``intp`` at about three times the speed of one of
    ``uint16``, which it converts piece by piece on every lookup: converting once (≈ 6 µs for 30,000
    units) before two or more lookups of an issue's text saves ≈ 45 µs on each."""
    return units.astype(np.intp)


@cache
def _fold_units() -> Any:
    """``_fold_codes`` for the 65,536 UTF-16 units, as units: a unit that folds beyond the BMP maps
    to a surrogate (0xD800), as surrogates map to themselves, so one test finds both."""
    import numpy as np

    codes = _fold_codes()[:0x10000]
    return np.where(codes > 0xFFFF, 0xD800, codes).astype(np.uint16)


SPACED = 0x00200020
"""The token of every pair with whitespace in it (two spaces: no query term holds one), once per run."""


def _index_pairs(np: Any, units: Any, starts: Any) -> tuple[bytes, Any]:
    """The indexed pairs of ``units`` (pieces beginning at ``starts``) as 4-byte big-endian values, and
    for each unit offset how many of them come before the pair that begins there.

    A pair with whitespace can match no query, so a run of them becomes one ``SPACED`` token:
    it keeps the pairs on either side from being adjacent (a phrase never spans whitespace) at
    a fraction of the cost of the pairs it stands for.  Runs start afresh in each piece.
    """
    if units.size < 2:
        return b"", np.zeros(units.size + 1, dtype=np.int64)
    space, _common = _char_tables()
    values = units[:-1].astype(np.uint32) << 16 | units[1:]
    blank = space[_as_index(np, units)]
    spaced = blank[:-1] | blank[1:]
    values[spaced] = SPACED
    keep = np.ones(values.size, dtype=bool)
    keep[1:] = ~(spaced[1:] & spaced[:-1])
    keep[starts[starts < values.size]] = True
    before = np.zeros(units.size + 1, dtype=np.int64)
    np.cumsum(keep, out=before[1 : values.size + 1])
    before[values.size + 1 :] = before[values.size]
    return values[keep].astype(">u4").tobytes(), before


def _pair_tokens(pairs: bytes, low: int, high: int) -> bytes:
    """Tokens of the indexed pairs ``low``–``high`` (none when ``high`` is not above ``low``)."""
    return pairs[4 * low : 4 * high].hex(" ", 4).encode("ascii") if high > low else b""


def _indexed_pairs(data: bytes) -> bytes:
    """``_index_pairs`` of one piece of UTF-16 (big-endian) text, as tokens."""
    import numpy as np

    units = np.frombuffer(data, dtype=">u2").astype(np.uint16)
    pairs, before = _index_pairs(np, units, np.zeros(1, dtype=np.int64))
    return _pair_tokens(pairs, int(before[0]), int(before[max(units.size - 1, 0)]))


def _chars_per_article(np: Any, units: Any, bounds: Any) -> list[bytes]:
    """Per article, its character-table tokens (``_chars_tokens``), computed for all articles at once.

    ``bounds`` holds the unit offsets of the pieces, body and title of each article in turn.
    Which of the issue's distinct characters each article has is one boolean matrix (articles ×
    characters, filled by one scatter; ``set(text)`` would make a Python string per character,
    sorting ``(article, unit)`` keys cost more): read row by row it gives each article's characters
    in order, its columns of ``COMMON`` the ones lacking; the titles' few cells are sorted apart.
    """
    articles = (len(bounds) - 1) // 2
    space, common = _char_tables()
    lacking_token, title_token, common_units = _token_tables()
    index = _as_index(np, units)
    seen = np.zeros(0x10000, dtype=bool)
    seen[index] = True
    alphabet = np.flatnonzero(seen & ~space)  # the issue's distinct characters, whitespace aside
    width = alphabet.size + 1  # the last column: whitespace, and common characters the issue lacks
    column = np.full(0x10000, alphabet.size, dtype=np.int64)
    column[alphabet] = np.arange(alphabet.size)
    lengths = np.diff(bounds)
    cell = np.repeat(np.arange(articles, dtype=np.int64) * width, lengths[0::2] + lengths[1::2])
    cell += column[index]
    has = np.zeros((articles, width), dtype=bool)
    has.ravel()[cell] = True
    has[:, -1] = False
    lacking = ~has[:, column[common_units]]
    has[:, np.flatnonzero(common[alphabet] >= 0)] = False  # common characters go by absence
    found = np.flatnonzero(has)
    present = _hex_units(np, alphabet[found % width])
    present_at = np.searchsorted(found, np.arange(articles + 1) * width).tolist()
    found = np.flatnonzero(lacking)
    absent = lacking_token[found % len(COMMON)].tobytes()
    absent_at = np.searchsorted(found, np.arange(articles + 1) * len(COMMON)).tolist()
    title = _title_cells(np, cell, bounds)
    title = title[title % width != width - 1]
    in_title = title_token[alphabet[title % width]].tobytes()
    title_at = np.searchsorted(title, np.arange(articles + 1) * width).tolist()
    return [
        b" ".join(
            part
            for part in (
                _cut(present, 5, present_at[a], present_at[a + 1]),
                _cut(absent, 6, absent_at[a], absent_at[a + 1]),
                b"a" + in_title[6 * title_at[a] : 6 * title_at[a + 1]],
            )
            if part
        )
        for a in range(articles)
    ]


def _cut(tokens: bytes, width: int, low: int, high: int) -> bytes:
    """Tokens ``low``–``high`` of ``tokens`` (``width`` bytes each, separator included), without the
    last separator; none when ``high`` is not above ``low`` — not ``tokens[0:-1]``, every other
    article's tokens, when the first article has none."""
    return tokens[width * low : width * high - 1] if high > low else b""


def _hex_units(np: Any, values: Any) -> bytes:
    """``b"62db 5546"``: the hex of UTF-16 units, 5 bytes a token with the separator."""
    return binascii.hexlify(values.astype(">u2").tobytes(), b" ", 2)


def _title_cells(np: Any, cell: Any, bounds: Any) -> Any:
    """The distinct matrix cells of the titles' units, sorted: titles are short, so sorting them is cheap."""
    starts = bounds[1:-1:2]
    lengths = bounds[2::2] - starts
    total = int(lengths.sum())
    if not total:
        return cell[:0]
    offsets = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
    cells = np.sort(cell[np.arange(total) + offsets])
    return cells[np.concatenate(([True], cells[1:] != cells[:-1]))]


@cache
def _token_tables() -> tuple[Any, Any, Any]:
    """By place in ``COMMON`` its ``n`` token with a separator (``b"n7684 "``), by UTF-16 unit its title
    token (``b" t62db"``), and ``COMMON``'s units."""
    import numpy as np

    lacking = np.array([b"n%04x " % ord(char) for char in COMMON], dtype="S6")
    title = np.array([b" t%04x" % unit for unit in range(0x10000)], dtype="S6")
    return lacking, title, np.array([ord(char) for char in COMMON], dtype=np.int64)


def _chars_tokens(present: str, lacking: str, title: str) -> bytes:
    """An article's tokens: the hex of each character it has (common ones excepted), ``n`` + hex of each
    common character it lacks, ``a``, and ``t`` + hex of each character of its title."""
    title = "t" + title.replace(" ", " t") if title else ""
    return " ".join(part for part in (present, lacking, "a", title) if part).encode("ascii")


@cache
def _char_tables() -> tuple[Any, Any]:
    """By UTF-16 unit: whether it is whitespace (in no query term), and its place in ``COMMON`` (or −1)."""
    import numpy as np

    space = np.array([chr(unit).isspace() for unit in range(0x10000)], dtype=bool)
    common = np.full(0x10000, -1, dtype=np.int64)
    common[[ord(char) for char in COMMON]] = np.arange(len(COMMON))
    return space, common


def _prepare_one(kicker: str | None, title: str, subtitle: str | None, text: str) -> Prepared:
    """One article's entry by the string path: what ``prepare_many`` computes, for any text."""
    body = "\n".join(value for value in (text, kicker, subtitle) if value)
    body_units = _folded_units(body)
    title_folded = fold(title, variants=True) if title else ""
    title_units = _units(title_folded)
    every = {unit for unit in _unit_values(body_units + title_units) if not chr(unit).isspace()}
    in_title = sorted({unit for unit in _unit_values(title_units) if not chr(unit).isspace()})
    chars = _chars_tokens(
        " ".join(f"{unit:04x}" for unit in sorted(every) if chr(unit) not in COMMON),
        " ".join(f"n{ord(char):04x}" for char in COMMON if ord(char) not in every),
        " ".join(f"{unit:04x}" for unit in in_title),
    )
    fingerprint = _digest(body, title or "")
    return Prepared(fingerprint, _indexed_pairs(body_units), _indexed_pairs(title_units), chars)


def _folded_units(text: str) -> bytes:
    """``_units(fold(text, variants=True))``, folded code point by code point in numpy.

    ``str.translate`` calls back into Python for every character (a list lookup and
    an integer object each); an array lookup does the same mapping in C.  Text whose
    folded form leaves the Basic Multilingual Plane takes the string path, which
    writes the surrogate pairs.
    """
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _fold_codes()
    inside = codes < table.size
    folded = np.where(inside, table[np.where(inside, codes, 0)], codes)
    if folded.size and int(folded.max()) > 0xFFFF:
        return _units(fold(text, variants=True))
    return folded.astype(">u2").tobytes()


@cache
def _fold_codes() -> Any:
    """``fold(…, variants=True)`` of every code point it can change, as an array indexed by code point.

    Built by folding the string of all those code points, so it is ``fold`` by construction.
    """
    import numpy as np

    size = max(max(variant_map()), max(FOLD_TABLE)) + 1
    every = "".join(map(chr, range(size)))
    folded = fold(every, variants=True).encode("utf-32-le", "surrogatepass")
    return np.frombuffer(folded, dtype=np.uint32).copy()


def _unit_values(data: bytes) -> list[int]:
    """The UTF-16 units of big-endian ``data`` as integers."""
    return [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2)]


_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_key(issue_date: str | None) -> int:
    """A dense day number that sorts like the ISO string: ``(year × 13 + month) × 32 + day``.

    ``"2024-05"`` (no day) sorts just before ``"2024-05-01"``, as the strings do;
    0 for undated or unreadable dates.
    """
    match = _DATE.fullmatch(issue_date or "")
    if not match:
        return 0
    year, month, day = match.groups()
    return (int(year) * 13 + int(month or 0)) * 32 + int(day or 0)


TAIL = date_key("9999-12-31") + 1
"""The slot of undated articles: after every dated one, and the only slot without a size limit."""


def _slot(issue_date: str | None) -> int:
    """Newest first: a later date has a smaller slot; undated articles go to ``TAIL``."""
    key = date_key(issue_date)
    return TAIL - key if key else TAIL


# ---- writing ------------------------------------------------------------------------------------


def _meta(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM search_meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def _set_meta(db: Database, key: str, value: str) -> None:
    db.execute("INSERT OR REPLACE INTO search_meta (key, value) VALUES (?, ?)", [key, value])


def index_article(
    db: Database,
    article_id: int,
    *,
    kicker: str | None,
    title: str,
    subtitle: str | None,
    text: str,
    prepared: Prepared | None = None,
) -> None:
    """(Re)index one article; a no-op when its fields and issue date are unchanged since the last call."""
    entry = prepared or prepare(kicker=kicker, title=title, subtitle=subtitle, text=text)
    index_prepared(db, [(article_id, entry)])


class Entry(NamedTuple):
    """An article to (re)index; ``new``: saved in this transaction and never indexed, dated ``issue_date``."""

    article_id: int
    prepared: Prepared
    new: bool = False
    issue_date: str | None = None


def index_prepared(db: Database, entries: Iterable[Entry | tuple[int, Prepared]]) -> None:
    """Index many prepared articles in one go (FTS5 flushes at every savepoint: call once per group).

    Rows go into FTS5 in ascending row-id order: FTS5 flushes its pending terms
    to a new segment whenever a row id is not above the previous one, and a
    chronological import produces *falling* ids (newer issues sort first).  A
    ``new`` entry skips the look-up of its issue date and earlier index row.
    """
    conn = db.conn
    free: dict[int, int] = {}  # slot → next free row id in it
    rows: list[tuple[int, Prepared]] = []
    docs: list[tuple[int, int, bytes]] = []
    latest = {item[0]: item for item in entries}  # an article listed twice is indexed as last listed
    slots: dict[str | None, int] = {}  # issue date → slot: a group holds few dates
    for item in latest.values():
        article_id, entry = item[0], item[1]
        if isinstance(item, Entry) and item.new:
            slot = slots.get(item.issue_date) or slots.setdefault(item.issue_date, _slot(item.issue_date))
        else:
            key_row = conn.execute(
                "SELECT i.issue_date, d.fingerprint, d.doc_id FROM articles a "
                "JOIN issues i ON i.id = a.issue_id "
                "LEFT JOIN search_docs d ON d.article_id = a.id WHERE a.id = ?",
                [article_id],
            ).fetchone()
            slot = _slot(key_row[0]) if key_row else TAIL
            if key_row and key_row[1] == entry.fingerprint and min(key_row[2] >> DAY_BITS, TAIL) == slot:
                continue
            conn.execute("DELETE FROM search_docs WHERE article_id = ?", [article_id])
        doc_id = _next_id(db, free, slot)
        docs.append((doc_id, article_id, entry.fingerprint))
        rows.append((doc_id, entry))
    conn.executemany("INSERT INTO search_docs (doc_id, article_id, fingerprint) VALUES (?, ?, ?)", docs)
    rows.sort(key=lambda row: row[0])
    token = _token_value()
    conn.executemany(
        "INSERT INTO search_grams (rowid, body, title) VALUES (?, ?, ?)",
        [(doc_id, token(entry.body), token(entry.title)) for doc_id, entry in rows],
    )
    conn.executemany(
        "INSERT INTO search_chars (rowid, chars) VALUES (?, ?)",
        [(doc_id, token(entry.chars)) for doc_id, entry in rows],
    )
    conn.executemany("INSERT OR REPLACE INTO search_slots (slot, next) VALUES (?, ?)", free.items())


def _as_blob(tokens: bytes) -> bytes:
    return tokens


def _as_text(tokens: bytes) -> str:
    return tokens.decode("ascii")


@cache
def _token_value() -> Callable[[bytes], bytes | str]:
    """How token columns are bound: as blobs where this SQLite's FTS5 indexes a blob's bytes as the
    same text, else as text.

    Text bound to a UTF-16 library (``migrations.TEXT_ENCODING``) is converted to UTF-16 on binding
    and back to UTF-8 by FTS5: three bytes of every four the writer hands SQLite are token text, and
    the round trip was a quarter of the instructions of an insert.  A blob skips both.  Whether FTS5
    reads a blob as text is not documented, and it changed: SQLite 3.40 indexes the bytes, 3.54
    indexes nothing (no error).  So it is asked once per process, of a table made like the
    store's, in a UTF-16 database in memory: the index is the same either way.
    """
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("PRAGMA encoding = 'UTF-16le'")
        probe.execute("CREATE VIRTUAL TABLE p USING fts5(a, b, content='', tokenize='ascii', detail=full)")
        probe.execute("INSERT INTO p (rowid, a, b) VALUES (1, ?, ?)", [b"62db5546 55465f15", b"t62db"])
        found = probe.execute("SELECT rowid FROM p WHERE p MATCH ?", ['"62db5546 55465f15" AND t62db'])
        return _as_blob if found.fetchall() == [(1,)] else _as_text
    except sqlite3.Error:
        return _as_text
    finally:
        probe.close()


AUTOMERGE = 4
"""FTS5's default ``automerge``: what every committed state of a library holds (see ``index_group``)."""


def index_group(db: Database, entries: Iterable[Entry | tuple[int, Prepared]]) -> None:
    """``index_prepared`` for an import's group, writing its segments without merging any.

    FTS5 merges segments as they pile up (``automerge``) inside the flush at each commit: ≈ 12 ms
    of the single writer per MB imported, on the import's critical path.  Here the group's
    pending terms are flushed with ``automerge`` at 0 (a ``SAVEPOINT`` flushes them) and the
    setting is put back before the caller commits, so a crash or a rollback never leaves a
    library with merging off; ``merge_step`` does the merging after the import, in bounded
    steps (``ingest``).  ``crisismerge`` still caps the segments of a level.
    """
    _set_automerge(db, 0)
    index_prepared(db, entries)
    db.execute("SAVEPOINT search_flush")  # FTS5 writes its pending terms at every savepoint
    db.execute("RELEASE search_flush")
    _set_automerge(db, AUTOMERGE)


def _set_automerge(db: Database, value: int) -> None:
    for table in ("search_grams", "search_chars"):
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('automerge', ?)", [value])


def _next_id(db: Database, free: dict[int, int], slot: int) -> int:
    """The next unused row id of a day's slot (dead index rows count as used: FTS5 still holds them).

    ``search_slots`` keeps each slot's next id (the index tables keep no list of their rows:
    ``columnsize=0``).  A day holds 8,192 index rows; more go to the undated tail, listed after
    every dated article.
    """
    if slot not in free:
        row = db.execute("SELECT next FROM search_slots WHERE slot = ?", [slot]).fetchone()
        free[slot] = slot << DAY_BITS if row is None else int(row[0])
    doc_id = free[slot]
    if slot < TAIL and doc_id >= (slot + 1) << DAY_BITS:
        return _next_id(db, free, TAIL)
    free[slot] = doc_id + 1
    return doc_id


def reindex_issue(db: Database, issue_id: int) -> None:
    """Re-key an issue's articles after its date changed (row ids carry the date)."""
    rows = db.execute(
        "SELECT id, kicker, title, subtitle, text FROM articles WHERE issue_id = ?", [issue_id]
    ).fetchall()
    index_prepared(
        db, [(row[0], prepare(kicker=row[1], title=row[2], subtitle=row[3], text=row[4])) for row in rows]
    )


def remove_article(db: Database, article_id: int) -> None:
    db.execute("DELETE FROM search_docs WHERE article_id = ?", [article_id])


def dead_rows(db: Database, live: int | None = None) -> int:
    """Index rows no longer reachable from ``search_docs`` (replaced or removed articles); ``live``:
    the count of ``search_docs`` when the caller has it."""
    total = db.execute(
        "SELECT coalesce(sum(next - (slot << ?)), 0) FROM search_slots", [DAY_BITS]
    ).fetchone()[0]
    if live is None:
        live = _live_rows(db)
    return int(total - live)


def _live_rows(db: Database) -> int:
    return db.execute("SELECT count(*) FROM search_docs").fetchone()[0]


def _dead_piled_up(db: Database, max_dead_fraction: float) -> bool:
    """More dead rows than ``max_dead_fraction`` of the live ones (and than 100): time to rebuild."""
    live = _live_rows(db)
    return dead_rows(db, live) > max(100, live * max_dead_fraction)


def rebuild_index(db: Database) -> int:
    """Re-index every article from the ``articles`` table, dropping dead rows; returns the count."""
    for table in ("search_grams", "search_chars"):
        db.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
    db.execute("DELETE FROM search_docs")
    db.execute("DELETE FROM search_slots")
    done = 0
    last = 0
    while True:  # in slices, so a million articles are never all in memory
        rows = db.execute(
            "SELECT id, kicker, title, subtitle, text FROM articles WHERE id > ? ORDER BY id LIMIT 2000",
            [last],
        ).fetchall()
        if not rows:
            break
        index_prepared(
            db, [(row[0], prepare(kicker=row[1], title=row[2], subtitle=row[3], text=row[4])) for row in rows]
        )
        done += len(rows)
        last = rows[-1][0]
    _set_meta(db, "folding", _index_fingerprint())
    db.execute("DELETE FROM search_meta WHERE key = 'rebuild'")
    return done


def needs_rebuild(db: Database) -> bool:
    """A migration asked for it, or the folding (or ``COMMON``) changed since the index was built."""
    if _meta(db, "rebuild") is not None:
        return True
    folding = _meta(db, "folding")
    if folding is None:  # a new, empty library: nothing to rebuild, just record the folding
        _set_meta(db, "folding", _index_fingerprint())
        return False
    return folding != _index_fingerprint()


def _index_fingerprint() -> str:
    """What the index's tokens depend on besides the code: the folding tables and ``COMMON``."""
    return f"{table_fingerprint()}/{hashlib.blake2b(COMMON.encode(), digest_size=4).hexdigest()}"


def merge_step(db: Database, pages: int = 256) -> bool:
    """One bounded FTS5 incremental merge (about ``pages`` leaf pages written per table).

    Returns whether any merging was done, so an idle loop can call it until
    there is nothing left.  Bounded work, unlike ``optimize`` (which rewrites
    the whole index, 13 s and a 1.35 GB write-ahead log at 500,000 articles).
    """
    before = db.conn.total_changes
    for table in ("search_grams", "search_chars"):
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('merge', ?)", [pages])
    return db.conn.total_changes - before > 2


MERGE_PAGES = 256
"""Leaf pages (≈ 4 KB each) one step of ``merge_steps`` writes per table: a transaction of ≈ 20–40 ms
(64 pages cost ≈ 10 % more CPU per MB merged, 1,024 no less than 256)."""


def merge_steps(db: Database, *, steps: int | None = None, pages: int | None = None) -> bool:
    """Merge the index's segments in bounded steps, each its own transaction; True while work remains.

    An import writes its segments without merging (``index_group``); this merges them
    afterwards, off the import: the window runs a few steps at a time as a background job,
    so anything the user asks for waits one burst at most; ``ingest`` without a window runs a
    budget that follows the size of the import.  FTS5 keeps an unfinished merge in the index, so
    steps may be spread over any number of transactions and sessions.  ``steps=None``: until
    nothing is left to merge; ``pages``: ``MERGE_PAGES`` unless given.
    """
    done = 0
    while steps is None or done < steps:
        with db.atomic():
            merged = merge_step(db, pages or MERGE_PAGES)
        done += 1
        if not merged:
            return False
    return True


def maintain(db: Database, *, pages: int = 256, max_dead_fraction: float = 0.25) -> bool:
    """After an import: rebuild when dead rows pile up (amortised), else one bounded merge step.

    Returns True when it rebuilt.
    """
    if _dead_piled_up(db, max_dead_fraction):
        rebuild_index(db)
        return True
    merge_step(db, pages)
    return False


def optimize(db: Database, *, max_dead_fraction: float = 0.25) -> bool:
    """Rebuild when dead rows pile up, then merge every segment: a whole-index rewrite, never on import."""
    rebuilt = _dead_piled_up(db, max_dead_fraction)
    if rebuilt:
        rebuild_index(db)
    for table in ("search_grams", "search_chars"):
        db.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
    return rebuilt


# ---- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    issue_id: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    section: str | None = None
    article_ids: Iterable[int] | None = None
    collapse_reprints: bool = False  # a reprint cluster counts once: its first-published member stands for it


def _phrase(term: str) -> str:
    return f'"{grams(term)}"'


def _char_expr(terms: list[str], title: bool) -> str:
    """Every term a character of the title (``t`` tokens), or of the article (a common one: not absent)."""
    if title:
        return " AND ".join("t" + _units(term).hex() for term in terms)
    present = " AND ".join(_units(term).hex() for term in terms if term not in COMMON)
    absent = " OR ".join("n" + _units(term).hex() for term in terms if term in COMMON)
    return f"({present or 'a'}) NOT ({absent})" if absent else present


def _gram_expr(terms: list[str], title: bool) -> str:
    expression = " AND ".join(_phrase(term) for term in terms)
    return f"{{title}} : ({expression})" if title else expression


@dataclass(frozen=True)
class _Match:
    """The FROM/WHERE that finds one tier's index rows (alias ``f`` is the driving table)."""

    source: str
    where: list[str]
    params: list[Any]


def _match(terms: list[str], tier: str) -> _Match:
    """SQL for ``tier``: "all" (every match), "title" (every term in the title), "rest" (all − title)."""
    chars = [term for term in terms if _is_char(term)]
    pairs = [term for term in terms if not _is_char(term)]
    title = tier == "title"
    if not pairs:
        if tier == "rest":
            expression = f"({_char_expr(chars, False)}) NOT ({_char_expr(chars, True)})"
        else:
            expression = _char_expr(chars, title)
        return _Match("search_chars f", ["search_chars MATCH ?"], [expression])
    if tier == "rest" and not chars:
        expression = f"({_gram_expr(pairs, False)}) NOT ({_gram_expr(pairs, True)})"
        return _Match("search_grams f", ["search_grams MATCH ?"], [expression])
    where = ["f.search_grams MATCH ?"]
    params: list[Any] = [_gram_expr(pairs, title)]
    source = "search_grams f"
    if chars:
        source += " JOIN search_chars c ON c.rowid = f.rowid"
        where.append("c.search_chars MATCH ?")
        params.append(_char_expr(chars, title))
    if tier == "rest":  # mixed one- and many-character terms: drop rows whose title has them all
        where.append(
            "NOT EXISTS (SELECT 1 FROM search_grams g2 JOIN search_chars c2 ON c2.rowid = g2.rowid "
            "WHERE g2.rowid = f.rowid AND g2.search_grams MATCH ? AND c2.search_chars MATCH ?)"
        )
        params += [_gram_expr(pairs, True), _char_expr(chars, True)]
    return _Match(source, where, params)


@dataclass(frozen=True)
class _Part:
    """A row-id range of the index to read, in order; ``exact_dates``: check dates by the issues table."""

    low: int | None = None
    high: int | None = None
    exact_dates: bool = False


def _parts(filters: Filters) -> list[_Part]:
    """Where a date filter's rows are: their days' slots, then the tail (overflow of 8,192+ a day)."""
    if not (filters.date_from or filters.date_to):
        return [_Part()]
    low = _slot(filters.date_to) << DAY_BITS if filters.date_to else None
    high = (_slot(filters.date_from) + 1) << DAY_BITS if filters.date_from else TAIL << DAY_BITS
    return [_Part(low, high), _Part(TAIL << DAY_BITS, None, exact_dates=True)]


def _sql(
    select: str, match: _Match, filters: Filters, part: _Part, *, after: int | None = None
) -> tuple[str, list[Any]]:
    joins = [match.source, "JOIN search_docs d ON d.doc_id = f.rowid"]
    where = list(match.where)
    params = list(match.params)
    low = part.low if after is None or (part.low is not None and part.low > after) else after + 1
    if low is not None:
        where.append("f.rowid >= ?")
        params.append(low)
    if part.high is not None:
        where.append("f.rowid < ?")
        params.append(part.high)
    if part.exact_dates:
        joins.append("JOIN articles da ON da.id = d.article_id JOIN issues di ON di.id = da.issue_id")
        where.append("di.issue_date BETWEEN ? AND ?")
        params += [filters.date_from or "", filters.date_to or "\uffff"]
    if filters.issue_id is not None or filters.section is not None:
        joins.append("JOIN articles a ON a.id = d.article_id")
    if filters.issue_id is not None:
        where.append("a.issue_id = ?")
        params.append(filters.issue_id)
    if filters.section is not None:
        joins.append("JOIN sections s ON s.id = a.section_id")
        where.append("s.name = ?")
        params.append(filters.section)
    if filters.article_ids is not None:
        where.append("d.article_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(sorted({int(article_id) for article_id in filters.article_ids})))
    if filters.collapse_reprints:
        where.append("d.article_id NOT IN (SELECT article_id FROM reprint_members WHERE is_original = 0)")
    return f"SELECT {select} FROM {' '.join(joins)} WHERE {' AND '.join(where)}", params


def _needs_check(query: str, variants: bool) -> bool:
    """Exact-variants answers come from the folded index and are checked when folding could differ."""
    return not variants and has_variants(query)


def _verified(db: Database, terms: list[str], ids: list[int]) -> set[int]:
    """The ids among ``ids`` whose fields (width/case folded only) contain every term."""
    if not ids:
        return set()
    found = set()
    for article_id, *fields in db.execute(
        "SELECT id, kicker, title, subtitle, text FROM articles WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(ids)],
    ):
        folded = [fold(value) for value in fields if value]
        if all(any(term in value for value in folded) for term in terms):
            found.add(article_id)
    return found


def _stream(
    db: Database,
    terms: list[str],
    tier: str,
    filters: Filters,
    *,
    after: int | None,
    check: list[str] | None,
    batch: int,
) -> Iterator[tuple[int, int]]:
    """``(doc_id, article_id)`` of one tier, newest first, fetched ``batch`` rows at a time."""
    if tier == "title" and not all(_is_char(term) for term in terms):
        yield from _title_stream(db, terms, filters, after=after, check=check, batch=batch)
        return
    match = _match(terms, tier)
    for part in _parts(filters):
        yield from _part_rows(db, match, filters, part, after, check, batch)


def _part_rows(
    db: Database,
    match: _Match,
    filters: Filters,
    part: _Part,
    after: int | None,
    check: list[str] | None,
    batch: int,
) -> Iterator[tuple[int, int]]:
    """One row-id range's matches in order, ``batch`` rows at a time (doubling up to 2,000)."""
    start = after
    size = batch
    while True:
        sql, params = _sql("f.rowid, d.article_id", match, filters, part, after=start)
        rows = db.execute(f"{sql} ORDER BY f.rowid LIMIT ?", [*params, size]).fetchall()
        keep = _verified(db, check, [row[1] for row in rows]) if check is not None else None
        for doc_id, article_id in rows:
            if keep is None or article_id in keep:
                yield doc_id, article_id
        if len(rows) < size:
            break
        start = rows[-1][0]
        size = min(size * 2, 2000)


TITLE_SCAN = 300
"""Candidates a title tier checks by their titles before it hands over to FTS5 (``_title_stream``)."""


def _title_stream(
    db: Database,
    terms: list[str],
    filters: Filters,
    *,
    after: int | None,
    check: list[str] | None,
    batch: int,
) -> Iterator[tuple[int, int]]:
    """The title tier of terms with pairs: articles whose title holds every term, in row-id order.

    Why not only FTS5's ``{title} : "phrase"``: it reads the positions of *every* article holding the
    phrase's pairs to find the few with it in their title — 9 ms for ``超级工厂招商`` at 500,000
    articles, which no title holds.  The articles whose title has every character of the terms (the
    ``t`` tokens of the character table, no positions) are a superset, usually a small one: their
    titles are checked here, folded, as ``_tiered`` ranks a small result set.  Once ``TITLE_SCAN``
    candidates were read (``的市``: 6,326 titles with 的 and 市, none with 的市) the tier goes on
    after the last one read with the FTS5 column filter, so it never costs much more than before.
    Exact either way: a title that holds a term holds each of its characters.
    """
    hexes = [_units(term).hex() for term in terms]
    units = dict.fromkeys(text[i : i + 4] for text in hexes for i in range(0, len(text), 4))
    candidates = _Match(
        "search_chars f", ["search_chars MATCH ?"], [" AND ".join("t" + unit for unit in units)]
    )
    budget = TITLE_SCAN
    for part in _parts(filters):
        start, size = after, batch
        while budget > 0:
            sql, params = _sql("f.rowid, d.article_id", candidates, filters, part, after=start)
            rows = db.execute(f"{sql} ORDER BY f.rowid LIMIT ?", [*params, size]).fetchall()
            budget -= len(rows)
            keep = _titled(db, terms, [row[1] for row in rows])
            if check is not None:
                keep &= _verified(db, check, sorted(keep))
            for doc_id, article_id in rows:
                if article_id in keep:
                    yield doc_id, article_id
            if len(rows) < size:
                break
            start = rows[-1][0]
            size = min(size * 2, 2000)
        else:  # the budget ran out in this part: the rest of it, and the later parts, through FTS5
            yield from _part_rows(db, _match(terms, "title"), filters, part, start, check, batch)


def _titled(db: Database, terms: list[str], ids: list[int]) -> set[int]:
    """The ids among ``ids`` whose title, folded with variants, holds every term."""
    if not ids:
        return set()
    return {
        article_id
        for article_id, title in db.execute(
            "SELECT id, title FROM articles WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(ids)]
        )
        if all(term in fold(title or "", variants=True) for term in terms)
    }


RANK_PROBE = 500
"""Result sets up to this size are read in one pass and ranked in Python (titles checked from the
articles table): one scan of the index instead of one per tier, which matters for rare and no-hit
queries made of common pairs (every candidate's positions are checked).  Bigger ones stream tier
by tier, which stops after a page; the probe is what a page of a big result set pays extra."""


def _probe(
    db: Database, terms: list[str], filters: Filters, check: list[str] | None, cap: int
) -> list[tuple[int, int]]:
    """Up to ``cap + 1`` matches ``(doc_id, article_id)`` in row-id (date) order."""
    stream = _stream(db, terms, "all", filters, after=None, check=check, batch=min(cap + 1, 2000))
    return list(islice(stream, cap + 1))


def _tiered(db: Database, terms: list[str], rows: list[tuple[int, int]]) -> list[tuple[tuple[int, int], int]]:
    """A complete result set in relevance order: every term in the title first, then the rest."""
    titles = dict(
        db.execute(
            "SELECT id, title FROM articles WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps([article_id for _doc_id, article_id in rows])],
        )
    )
    first: list[tuple[tuple[int, int], int]] = []
    rest: list[tuple[tuple[int, int], int]] = []
    for doc_id, article_id in rows:
        title = fold(titles.get(article_id) or "", variants=True)
        if all(term in title for term in terms):
            first.append(((0, doc_id), article_id))
        else:
            rest.append(((1, doc_id), article_id))
    return first + rest


def _keys(
    db: Database,
    query: str,
    *,
    limit: int | None,
    after: tuple[int, int] | None,
    sort: Sort,
    variants: bool,
    filters: Filters,
    probe: bool = True,
) -> Iterator[tuple[tuple[int, int], int]]:
    """``((tier, doc_id), article_id)`` in result order, starting after the key ``after``."""
    terms = query_terms(query, variants=True)
    if not terms:
        return
    check = query_terms(query, variants=False) if _needs_check(query, variants) else None
    if sort == "relevance" and probe:
        rows = _probe(db, terms, filters, check, RANK_PROBE)
        if len(rows) <= RANK_PROBE:
            for key, article_id in _tiered(db, terms, rows):
                if after is None or key > after:
                    yield key, article_id
            return
    tiers = [(0, "all")] if sort == "date" else list(enumerate(TIERS))
    batch = max(1, min(limit or 500, 2000)) + (8 if check else 0)
    for number, tier in tiers:
        if after is not None and number < after[0]:
            continue
        start = after[1] if after is not None and number == after[0] else None
        for doc_id, article_id in _stream(db, terms, tier, filters, after=start, check=check, batch=batch):
            yield (number, doc_id), article_id


def search(
    db: Database,
    query: str,
    *,
    limit: int = 50,
    offset: int = 0,
    after: tuple[int, int] | None = None,
    sort: Sort = "relevance",
    variants: bool = True,
    issue_id: int | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    section: str | None = None,
    article_ids: Iterable[int] | None = None,
    collapse_reprints: bool = False,
) -> list[SearchHit]:
    """One page of hits with snippets, in ``sort`` order (see the module docstring).

    Page on with ``after=hits[-1].key`` (cost independent of depth); ``offset``
    is still accepted and walks from the start.
    """
    filters = Filters(issue_id, date_from, date_to, section, article_ids, collapse_reprints)
    return _search(db, query, limit, offset, after, sort, variants, filters)


def _search(
    db: Database,
    query: str,
    limit: int,
    offset: int,
    after: tuple[int, int] | None,
    sort: Sort,
    variants: bool,
    filters: Filters,
    probe: bool = True,
) -> list[SearchHit]:
    if limit <= 0:
        return []
    keys: list[tuple[tuple[int, int], int]] = []
    skip = max(offset, 0)
    for key, article_id in _keys(
        db, query, limit=limit + skip, after=after, sort=sort, variants=variants, filters=filters, probe=probe
    ):
        if skip:
            skip -= 1
            continue
        keys.append((key, article_id))
        if len(keys) >= limit:
            break
    return _hits(db, query, keys, variants)


def _hits(
    db: Database, query: str, keys: list[tuple[tuple[int, int], int]], variants: bool
) -> list[SearchHit]:
    """The page's articles with a snippet each."""
    if not keys:
        return []
    rows = {
        row[0]: row[1:]
        for row in db.execute(
            "SELECT id, kicker, title, subtitle, text FROM articles "
            "WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps([article_id for _key, article_id in keys])],
        )
    }
    terms = query_terms(query, variants=variants)
    hits = []
    for key, article_id in keys:
        kicker, title, subtitle, text = rows[article_id]
        snippet, snippet_hits = make_snippet(terms, [text, subtitle, kicker], variants=variants)
        hits.append(SearchHit(article_id, title, snippet, snippet_hits, key))
    return hits


def first_page(
    db: Database,
    query: str,
    *,
    limit: int = 50,
    at_most: int = COUNT_LIMIT,
    sort: Sort = "relevance",
    variants: bool = True,
    issue_id: int | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    section: str | None = None,
    article_ids: Iterable[int] | None = None,
    collapse_reprints: bool = False,
) -> tuple[int, list[SearchHit]]:
    """``(count, first page)`` from one pass over the index: what a new search in the window shows.

    The count stops at ``at_most + 1`` ("more than ``at_most``"); a result set that
    fits is ranked from that same pass, a bigger one is streamed tier by tier.
    """
    filters = Filters(issue_id, date_from, date_to, section, article_ids, collapse_reprints)
    terms = query_terms(query, variants=True)
    if not terms:
        return 0, []
    check = query_terms(query, variants=False) if _needs_check(query, variants) else None
    rows = _probe(db, terms, filters, check, RANK_PROBE)
    if len(rows) <= RANK_PROBE:  # the complete set, from one pass: rank it here
        keys = _tiered(db, terms, rows) if sort == "relevance" else [((0, doc), art) for doc, art in rows]
        return min(len(rows), at_most + 1), _hits(db, query, keys[:limit], variants)
    total = at_most + 1 if at_most < len(rows) else _count(db, terms, filters, check, at_most)
    return total, _search(db, query, limit, 0, None, sort, variants, filters, probe=False)


def count(
    db: Database,
    query: str,
    *,
    at_most: int | None = None,
    variants: bool = True,
    issue_id: int | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    section: str | None = None,
    article_ids: Iterable[int] | None = None,
    collapse_reprints: bool = False,
) -> int:
    """How many articles ``search`` would return without a limit.

    With ``at_most`` the count stops at ``at_most + 1``: a result above
    ``at_most`` means "more than that" (shown as "10,000+").
    """
    terms = query_terms(query, variants=True)
    if not terms:
        return 0
    filters = Filters(issue_id, date_from, date_to, section, article_ids, collapse_reprints)
    check = query_terms(query, variants=False) if _needs_check(query, variants) else None
    return _count(db, terms, filters, check, at_most)


def _count(
    db: Database, terms: list[str], filters: Filters, check: list[str] | None, at_most: int | None
) -> int:
    if check is not None:  # exact variants: count what survives the check
        stream = _stream(db, terms, "all", filters, after=None, check=check, batch=2000)
        return sum(1 for _row in (stream if at_most is None else islice(stream, at_most + 1)))
    found = 0
    match = _match(terms, "all")
    for part in _parts(filters):
        sql, params = _sql("1", match, filters, part)
        if at_most is not None:
            sql += " LIMIT ?"
            params.append(at_most + 1 - found)
        found += int(db.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])
        if at_most is not None and found > at_most:
            break
    return found


def matching_article_ids(db: Database, query: str, *, variants: bool = True) -> set[int]:
    """The exact set of articles where every term is a substring of some field, from the index."""
    return {
        article_id
        for _key, article_id in _keys(
            db, query, limit=None, after=None, sort="date", variants=variants, filters=Filters()
        )
    }


def _occurrences(haystack: str, needle: str) -> Iterator[int]:
    start = haystack.find(needle)
    while start != -1:
        yield start
        start = haystack.find(needle, start + 1)


def _spans(folded: str, terms: list[str]) -> list[tuple[int, int]]:
    spans = {(start, start + len(term)) for term in terms for start in _occurrences(folded, term)}
    return sorted(spans)


def hit_spans(text: str, query: str, *, variants: bool = True) -> list[tuple[int, int]]:
    """Every occurrence (overlaps included) of every term in ``text``, sorted; offsets index ``text``."""
    return _spans(fold(text, variants=variants), query_terms(query, variants=variants))


def make_snippet(
    terms: list[str], fields: list[str | None], *, variants: bool = True
) -> tuple[str, list[tuple[int, int]]]:
    """About ``SNIPPET_CHARS`` characters around the first hit in the first field that has one.

    Falls back to the start of the first field (the body) when only the title
    matched.  Line breaks become spaces so the snippet is one line; returned
    offsets point into the snippet string itself, ellipses included.
    """
    chosen, spans = fields[0] or "", []
    for value in fields:
        if value and (found := _spans(fold(value, variants=variants), terms)):
            chosen, spans = value, found
            break
    first = spans[0][0] if spans else 0
    start = max(0, min(first - SNIPPET_LEAD, len(chosen) - SNIPPET_CHARS))
    end = min(len(chosen), start + SNIPPET_CHARS)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(chosen) else ""
    body = chosen[start:end].replace("\r", " ").replace("\n", " ")
    shift = len(prefix) - start
    inside = [(max(a, start) + shift, min(b, end) + shift) for a, b in spans if a < end and b > start]
    return prefix + body + suffix, inside
