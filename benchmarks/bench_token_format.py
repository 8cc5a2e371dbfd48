"""FTS5 insert CPU of the same search rows with today's tokens (8 hex digits a pair) and with one
non-ASCII code point per UTF-16 unit (6 bytes of UTF-8 a pair of Chinese characters).

Run by hand (not a test); alternate the formats, the machine is shared::

    .venv/bin/python benchmarks/bench_token_format.py --files /work/benchdata/files50k --format hex
    .venv/bin/python benchmarks/bench_token_format.py --files /work/benchdata/files50k --format char

Both go into a fresh UTF-16 library with the store's search tables (``tokenize='ascii'``, which
takes every non-ASCII byte as a token character), 2,000 rows a transaction; a phrase query is
asked of both as a check that they index the same thing.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.importer import parse_bytes
from reader.store import issues

Row = tuple[str, str, str]


def _rows(files: Path, count: int) -> tuple[list[Row], float]:
    paths = sorted(files.glob("*.txt"))[:count]
    rows = []
    for path in paths:
        for article in issues.prepare_issue(parse_bytes(path.read_bytes(), path.name)).articles:
            rows.append((article.search.body, article.search.title, article.search.chars))
    return rows, sum(path.stat().st_size for path in paths) / 1e6


def _point(unit: int) -> str:
    """A UTF-16 unit as a non-ASCII code point, skipping the surrogates (a bijection)."""
    return chr(unit + 0x80 if unit + 0x80 < 0xD800 else unit + 0x880)


def _pairs(tokens: str) -> str:
    return " ".join(_point(int(t[:4], 16)) + _point(int(t[4:], 16)) for t in tokens.split())


def _chars(tokens: str) -> str:
    def one(token: str) -> str:
        if token == "a":
            return token
        if token[0] in "nt":
            return token[0] + _point(int(token[1:], 16))
        return _point(int(token, 16))

    return " ".join(one(token) for token in tokens.split())


def _library(path: str) -> sqlite3.Connection:
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.unlink(path + suffix)
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("encoding='UTF-16le'", "page_size=16384", "journal_mode=WAL", "synchronous=NORMAL"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("PRAGMA cache_size=-65536")
    conn.execute(
        "CREATE VIRTUAL TABLE g USING fts5(body, title, content='', tokenize='ascii', "
        "detail=full, columnsize=0)"
    )
    conn.execute(
        "CREATE VIRTUAL TABLE c USING fts5(chars, content='', tokenize='ascii', detail=none, columnsize=0)"
    )
    for table in "gc":
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', 33554432)")
    return conn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=Path, required=True)
    parser.add_argument("--format", choices=("hex", "char"), required=True)
    parser.add_argument("--count", type=int, default=300, help="files to take, in name order")
    parser.add_argument("--out", default="/tmp/bench-token-format.db")
    args = parser.parse_args()
    rows, mb = _rows(args.files, args.count)
    phrase = "62db5546 55465f15"  # 招商引
    if args.format == "char":
        rows = [(_pairs(body), _pairs(title), _chars(chars)) for body, title, chars in rows]
        phrase = _pairs(phrase)
    conn = _library(args.out)
    start = time.process_time()
    for first in range(0, len(rows), 2000):
        chunk = list(enumerate(rows[first : first + 2000], start=first + 1))
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO g(rowid, body, title) VALUES (?, ?, ?)", [(n, b, t) for n, (b, t, _c) in chunk]
        )
        conn.executemany("INSERT INTO c(rowid, chars) VALUES (?, ?)", [(n, c) for n, (_b, _t, c) in chunk])
        conn.execute("COMMIT")
    cpu = time.process_time() - start
    hits = conn.execute("SELECT count(*) FROM g WHERE g MATCH ?", [f'"{phrase}"']).fetchone()[0]
    size = sum(os.path.getsize(args.out + s) for s in ("", "-wal") if os.path.exists(args.out + s))
    print(
        f"{args.format}: {len(rows)} articles, {mb:.1f} MB of source: insert + commit CPU "
        f"{cpu * 1000 / mb:.1f} ms/MB; 招商引 in {hits} articles; file + log {size / 1e6:.1f} MB; "
        f"load {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
