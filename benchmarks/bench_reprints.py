"""Reprint detection on the 50,000-article benchmark library, against planted near-duplicates.

Run by hand (not a test)::

    .venv/bin/python benchmarks/bench_reprints.py --library /tmp/reprints/library.db   # builds it if missing

What counts as a reprint (``reader.reprints.detect``): two whole articles whose normalised texts
are at least 0.8 alike by the Indel ratio (2·LCS / total length).  The synthetic library
recombines 277 seed paragraphs, so it also holds natural reprints (articles made of the same one
or two long paragraphs) and very many partial overlaps (articles sharing a paragraph), which are
not reprints.  Scored against that definition:

* **planted recall** — ``--copies`` articles (seeded choice, ≥ 200 characters) copied with 1–10 %
  of their characters edited (substitutions, insertions, deletions in equal parts, characters
  drawn from the article), each written as a one-article Markdown file so the importer cannot
  split it otherwise (checked: a copy whose imported text is not the planted text is reported);
  half imported before the whole-library run, half after it through the import's own incremental
  path.  Found = the copy is in its source's cluster.
* **precision** — every pair the library reports, re-checked with an independent exact LCS
  (bit-parallel, Python integers, ``lcs_length`` below): a pair is right when its ratio is ≥ 0.8.
* **natural recall** — for ``--natural`` sampled articles, every article of the library at least
  0.8 alike, found by brute force (a proven upper bound — one-byte folding, ``similarity.folded``
  — over the whole library, then the exact LCS); found = in the same cluster.

Timings: the whole-library run (``reprints.index.rebuild``) beside a peer measured in the same run
(reading and normalising every text), and ``--late`` new synthetic issues imported one file at a
time, with the time spent in the reprint index inside each import.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import process
from rapidfuzz.distance import Indel

from benchmarks.bench_library import build, machine, write_files
from benchmarks.synthetic import render_text, synthetic_issues
from reader import ingest
from reader.reprints import index
from reader.reprints.clusters import clusters
from reader.reprints.detect import THRESHOLD
from reader.reprints.signature import normalise
from reader.reprints.similarity import folded
from reader.store import open_db
from reader.store import reprints as store

MIN_SOURCE_CHARS = 200


def lcs_length(a: str, b: str) -> int:
    """Exact LCS length (Hyyrö's bit-parallel algorithm on Python integers): the reference check."""
    if len(a) < len(b):
        a, b = b, a
    masks: dict[str, int] = {}
    for position, char in enumerate(b):
        masks[char] = masks.get(char, 0) | 1 << position
    full = (1 << len(b)) - 1
    row = full
    for char in a:
        matches = row & masks.get(char, 0)
        row = ((row + matches) | (row - matches)) & full
    return len(b) - row.bit_count()


def exact_ratio(a: str, b: str) -> float:
    return 2 * lcs_length(a, b) / (len(a) + len(b)) if a or b else 1.0


def edited(text: str, rate: float, rng: random.Random) -> str:
    chars = list(text)
    pool = [c for c in text if "\u4e00" <= c <= "\u9fff"] or ["的"]
    for _ in range(max(1, round(len(text) * rate))):
        where = rng.randrange(len(chars))
        if chars[where] == "\n":
            continue
        op = rng.randrange(3)
        if op == 0:
            chars[where] = rng.choice(pool)
        elif op == 1:
            chars.insert(where, rng.choice(pool))
        elif len(chars) > 1:
            del chars[where]
    return "".join(chars)


def plant(
    folder: Path, sources: list[tuple[int, str, str]], rng: random.Random, tag: str
) -> dict[Path, tuple[int, str]]:
    """One Markdown file per edited copy: path → (source article id, the planted text)."""
    planted = {}
    for number, (source_id, title, text) in enumerate(sources):
        copy = edited(text, rng.uniform(0.01, 0.10), rng)
        path = folder / f"planted_{tag}_{number:05d}.md"
        path.write_text(
            f"---\ndate: 2031-{1 + number % 12:02d}-{1 + number % 28:02d}\npublication: 转载{tag}\n---\n\n"
            f"# {title}\n\n{copy}\n",
            encoding="utf-8",
        )
        planted[path] = (source_id, copy)
    return planted


def planted_pairs(db: Any, planted: dict[Path, tuple[int, str]]) -> tuple[set[tuple[int, int]], list[str]]:
    """(copy id, source id) for every copy imported as the one article it was written as."""
    truth, problems = set(), []
    for path, (source_id, copy) in planted.items():
        rows = db.execute(
            "SELECT a.id, a.text FROM articles a JOIN issues i ON i.id = a.issue_id WHERE i.source_path = ?",
            [str(path.resolve())],
        ).fetchall()
        if len(rows) != 1 or normalise(rows[0][1]) != normalise(copy):
            problems.append(f"{path.name}: {len(rows)} articles")
            continue
        truth.add((rows[0][0], source_id))
    return truth, problems


def cluster_of(db: Any) -> dict[int, int]:
    member = {}
    for cluster in clusters(store.pairs(db, THRESHOLD), THRESHOLD):
        for article_id in cluster.article_ids:
            member[article_id] = cluster.article_ids[0]
    return member


def together(member: dict[int, int], a: int, b: int) -> bool:
    return member.get(a) is not None and member.get(a) == member.get(b)


def precision(db: Any) -> tuple[int, int, float]:
    pairs = store.pairs(db, THRESHOLD)
    texts = {i: normalise(t) for i, t in store.texts(db, {x for a, b, _s in pairs for x in (a, b)}).items()}
    started = time.perf_counter()
    wrong = [(a, b, s) for a, b, s in pairs if exact_ratio(texts[a], texts[b]) < THRESHOLD]
    for a, b, s in wrong[:5]:
        print(f"    wrong pair {a}–{b}: reported {s}, exact {exact_ratio(texts[a], texts[b]):.4f}")
    return len(pairs), len(wrong), time.perf_counter() - started


def natural_recall(db: Any, member: dict[int, int], sample: int, rng: random.Random) -> tuple[int, int]:
    """Brute force for sampled articles: every article ≥ 0.8 alike, and whether it shares the cluster."""
    rows = [(i, normalise(t)) for i, t in store.all_texts(db)]
    rows = [(i, t) for i, t in rows if len(t) >= 50]
    ids = [i for i, _t in rows]
    bytes_ = [folded(t) for _i, t in rows]
    chosen = rng.sample(range(len(rows)), sample)
    queries = [bytes_[k] for k in chosen]
    scorer = Indel.normalized_similarity
    scores = process.cdist(queries, bytes_, scorer=scorer, score_cutoff=THRESHOLD, workers=-1)
    true = found = 0
    for n, k in enumerate(chosen):
        for other in scores[n].nonzero()[0].tolist():
            if other != k and exact_ratio(rows[k][1], rows[other][1]) >= THRESHOLD:
                true += 1
                found += together(member, ids[k], ids[other])
    return true, found


def datasketch_peer(db: Any) -> tuple[float, int]:
    """The same candidate step with datasketch (the library our MinHash is held equal to): MinHash of
    every text's character 3-grams (128 permutations) and a ``MinHashLSH`` of 32 bands × 4 rows, each
    article inserted and queried.  No exact check: a lower bound of what a whole run costs with it."""
    from datasketch import MinHash, MinHashLSH

    started = time.perf_counter()
    lsh = MinHashLSH(num_perm=128, params=(32, 4))
    candidates = 0
    for article_id, text in store.all_texts(db):
        t = normalise(text)
        grams = list({t[k : k + 3].encode("utf-8") for k in range(len(t) - 2)})
        minhash = MinHash(num_perm=128)
        if grams:
            minhash.update_batch(grams)
        candidates += len(lsh.query(minhash))
        lsh.insert(article_id, minhash)
    return time.perf_counter() - started, candidates


def import_timed(db: Any, paths: list[Path]) -> tuple[float, float]:
    """Wall time of importing ``paths``, and the part of it spent in the reprint index."""
    spent = [0.0]
    original = index.index_articles

    def timed(*args: Any, **kwargs: Any) -> int:
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - started

    index.index_articles = timed  # type: ignore[assignment]
    try:
        started = time.perf_counter()
        report = ingest.import_paths(db, paths)
        wall = time.perf_counter() - started
    finally:
        index.index_articles = original  # type: ignore[assignment]
    if report.failed:
        raise SystemExit(f"import failed: {report.failed[0]}")
    return wall, spent[0]


def report_recall(label: str, member: dict[int, int], truth: set[tuple[int, int]]) -> None:
    found = sum(together(member, a, b) for a, b in truth)
    print(f"  recall, {label}: {found}/{len(truth)} = {found / max(1, len(truth)):.4f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, required=True, help="built here when missing")
    parser.add_argument("--source-db", type=Path, help="copy this library first (one this branch built)")
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--files", type=Path, help="build from this folder (bench_library's synthetic files)")
    parser.add_argument("--copies", type=int, default=1000, help="planted copies (half before the rebuild)")
    parser.add_argument("--late", type=int, default=20, help="new issues imported one by one after it")
    parser.add_argument("--natural", type=int, default=200, help="articles checked by brute force")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--datasketch-peer", action="store_true", help="time datasketch's MinHashLSH too")
    args = parser.parse_args(argv)
    print(machine())
    rng = random.Random(args.seed)
    args.library.parent.mkdir(parents=True, exist_ok=True)
    if not args.library.exists():
        if args.source_db:
            source, target = sqlite3.connect(args.source_db), sqlite3.connect(args.library)
            source.backup(target)
            source.close(), target.close()
            print(f"copied {args.source_db}")
        else:
            files = args.files or args.library.parent / "files"
            if not files.is_dir():
                files.mkdir(parents=True)
                write_files(files, args.articles, 2024)
            build(args.library, files)  # ingest.import_paths, the reprint pass at its end included
    db = open_db(args.library)
    long_enough = f"SELECT id, title, text FROM articles WHERE length(text) >= {MIN_SOURCE_CHARS}"
    sources = rng.sample(db.execute(long_enough).fetchall(), args.copies)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        early = plant(folder, sources[: args.copies // 2], rng, "early")
        wall, _spent = import_timed(db, list(early))
        print(f"planted {len(early)} copies before the whole-library run (import {wall:.1f} s)")
        articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        started = time.perf_counter()
        chars = sum(len(normalise(t)) for _i, t in store.all_texts(db))
        peer = time.perf_counter() - started
        started = time.perf_counter()
        index.rebuild(db)
        whole = time.perf_counter() - started
        print(f"whole library: {articles} articles, rebuild {whole:.1f} s; peer in the same run: reading "
              f"and normalising every text ({chars / 1e6:.0f} M characters) {peer:.1f} s")  # fmt: skip
        if args.datasketch_peer:
            seconds, candidates = datasketch_peer(db)
            print(f"peer in the same run: datasketch MinHash + MinHashLSH (32 × 4) over every text, "
                  f"candidates only ({candidates} found), {seconds:.1f} s")  # fmt: skip
        late_files = []
        for name, parsed in synthetic_issues(args.late * 25, seed=args.seed + 1):
            path = folder / f"late_{name}"
            path.write_text(render_text(parsed), encoding="utf-8")
            late_files.append(path)
        walls, spent = zip(*(import_timed(db, [path]) for path in late_files), strict=True)
        print(f"{len(late_files)} new issues imported one file at a time (parse, save, search index, "
              f"reprint index; entities and claims are tagged later)"
              f": max {max(walls):.3f} s, mean {sum(walls) / len(walls):.3f} s; "
              f"in the reprint index: max {max(spent):.3f} s, "
              f"mean {sum(spent) / len(spent):.3f} s")  # fmt: skip
        late = plant(folder, sources[args.copies // 2 :], rng, "late")
        wall, spent_late = import_timed(db, list(late))
        print(f"planted {len(late)} copies after it, imported as one batch: {wall:.1f} s "
              f"({spent_late:.1f} s in the reprint index)")  # fmt: skip
        early_truth, early_problems = planted_pairs(db, early)
        late_truth, late_problems = planted_pairs(db, late)
        for problem in (early_problems + late_problems)[:5]:
            print(f"  copy not imported as written: {problem}")
        member = cluster_of(db)
        print(f"results (similarity ≥ {THRESHOLD}):")
        report_recall("copies planted before the whole-library run", member, early_truth)
        report_recall("copies imported after it (incremental)", member, late_truth)
        report_recall("all planted copies", member, early_truth | late_truth)
        pairs, wrong, seconds = precision(db)
        print(f"  precision: {pairs - wrong}/{pairs} reported pairs are ≥ {THRESHOLD} alike by the exact "
              f"LCS = {(pairs - wrong) / max(1, pairs):.4f} (checked in {seconds:.0f} s)")  # fmt: skip
        if args.natural:
            true, found = natural_recall(db, member, args.natural, rng)
            print(f"  natural recall: {args.natural} sampled articles have {true} partners "
                  f"≥ {THRESHOLD} alike (brute force); {found} share their cluster "
                  f"= {found / max(1, true):.4f}")  # fmt: skip
        state = store.state(db)
        print(f"index: {state}; clusters {len(set(member.values()))}, clustered articles {len(member)}")


if __name__ == "__main__":
    main()
