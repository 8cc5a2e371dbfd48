"""Reprint detection on the 50,000-article benchmark library, against planted near-duplicates.

Run by hand (not a test)::

    .venv/bin/python benchmarks/bench_reprints.py --library /work/benchdata/careers/library.db \
        --source-db /work/benchdata/b50k/library.db      # copy a library bench_library.py built
    .venv/bin/python benchmarks/bench_reprints.py --library /tmp/r.db --articles 50000   # or build one

Plants ``--copies`` edited copies of randomly chosen articles (1–10 % of the characters edited:
substitutions, insertions and deletions in equal parts, characters drawn from the article
itself), imported as bulletin files through ``ingest.import_paths``; times the whole-library
run (``reprints.index.rebuild``) and, afterwards, ``--late`` more issues imported one file at a
time (the incremental path the import takes).  Recall: planted (copy, source) pairs that end up
in one cluster at similarity ≥ 0.8.  Precision: reported pairs that are planted or whose
similarity by an independent reference (``difflib.SequenceMatcher``, checked on a sample) is
≥ 0.8 — the synthetic library repeats the seeds' paragraphs, so it holds natural duplicates too.
"""

from __future__ import annotations

import argparse
import difflib
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_library import build, machine
from reader import ingest
from reader.reprints import index
from reader.reprints.clusters import clusters
from reader.reprints.signature import normalise
from reader.store import open_db
from reader.store import reprints as store

PER_ISSUE = 25
MIN_SOURCE_CHARS = 200


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
    db_path: Path, folder: Path, count: int, rng: random.Random, tag: str
) -> list[tuple[Path, list[int]]]:
    """Write ``count`` edited copies as bulletin files (TOC layout); returns (file, source ids)."""
    con = sqlite3.connect(db_path)
    rows = con.execute(
        f"SELECT id, title, text FROM articles WHERE length(text) >= {MIN_SOURCE_CHARS}"
    ).fetchall()
    con.close()
    chosen = rng.sample(rows, count)
    files = []
    for start in range(0, count, PER_ISSUE):
        group = chosen[start : start + PER_ISSUE]
        toc, body = ["目录", "转载"], ["转载"]
        for page, (_id, title, text) in enumerate(group, start=1):
            toc.append(f"{title} {page}")
            body += [title, edited(text, rng.uniform(0.01, 0.10), rng)]
        path = folder / f"planted_{tag}_{start // PER_ISSUE:04d}.txt"
        path.write_text("\n".join(toc + body) + "\n", encoding="utf-8")
        files.append((path, [row[0] for row in group]))
    return files


def planted_pairs(db, files: list[tuple[Path, list[int]]]) -> tuple[set[tuple[int, int]], int]:
    """Map each copy (by its position in its issue) to its source; count issues that parsed otherwise."""
    truth: set[tuple[int, int]] = set()
    misparsed = 0
    for path, sources in files:
        ids = [r[0] for r in db.execute(
            "SELECT a.id FROM articles a JOIN issues i ON i.id = a.issue_id WHERE i.source_path = ? "
            "ORDER BY a.position", [str(path.resolve())])]  # fmt: skip
        if len(ids) != len(sources):
            misparsed += 1
            continue
        truth |= {(min(a, b), max(a, b)) for a, b in zip(ids, sources, strict=True)}
    return truth, misparsed


def evaluate(db, truth: set[tuple[int, int]], rng: random.Random, sample: int) -> dict[str, float]:
    pairs = store.pairs(db, 0.8)
    member = {}
    for cluster in clusters(pairs, 0.8):
        for article_id in cluster.article_ids:
            member[article_id] = cluster.article_ids[0]
    found = {p for p in truth if member.get(p[0]) is not None and member.get(p[0]) == member.get(p[1])}
    reported = {(a, b) for a, b, _s in pairs}
    others = sorted(reported - truth)
    checked = rng.sample(others, min(sample, len(others)))
    texts = store.texts(db, {x for pair in checked for x in pair})
    wrong = sum(
        difflib.SequenceMatcher(None, normalise(texts[a]), normalise(texts[b]), autojunk=False).ratio() < 0.8
        for a, b in checked
    )
    wrong_estimate = wrong / len(checked) * len(others) if checked else 0.0
    return {
        "planted": len(truth),
        "recall": len(found) / len(truth) if truth else 1.0,
        "reported_pairs": len(reported),
        "planted_reported": len(reported & truth),
        "natural_pairs": len(others),
        "checked_natural": len(checked),
        "natural_below_0.8_by_difflib": wrong,
        "precision": 1 - wrong_estimate / len(reported) if reported else 1.0,
        "planted_precision": len(reported & truth)
        / max(1, len([p for p in reported if set(p) & {x for t in truth for x in t}])),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, required=True)
    parser.add_argument("--source-db", type=Path, help="copy this library (e.g. one bench_library.py built)")
    parser.add_argument("--articles", type=int, default=50_000, help="build a synthetic library of this size")
    parser.add_argument("--copies", type=int, default=1000)
    parser.add_argument("--late", type=int, default=10, help="issues imported one by one after the rebuild")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--check", type=int, default=2000, help="natural pairs checked with difflib")
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
            build(args.library, args.articles, 2024)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        early = plant(args.library, folder, args.copies, rng, "early")
        db = open_db(args.library)
        started = time.perf_counter()
        ingest.import_paths(db, [path for path, _s in early])
        print(f"imported {len(early)} planted issues in {time.perf_counter() - started:.1f} s")
        articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        started = time.perf_counter()
        scanned = sum(len(normalise(t)) for _i, t in store.all_texts(db))
        peer = time.perf_counter() - started
        started = time.perf_counter()
        index.rebuild(db)
        whole = time.perf_counter() - started
        print(f"whole library: {articles} articles, rebuild {whole:.1f} s "
              f"(peer in the same run: reading and normalising every text, {scanned / 1e6:.0f} M chars, {peer:.1f} s)")  # fmt: skip  # noqa: E501
        late = plant(args.library, folder, args.late * PER_ISSUE, rng, "late")
        per_issue, hooks = [], []
        for path, _sources in late:
            started = time.perf_counter()
            ingest.import_paths(db, [path])
            per_issue.append(time.perf_counter() - started)
            ids = [r[0] for r in db.execute(
                "SELECT a.id FROM articles a JOIN issues i ON i.id = a.issue_id WHERE i.source_path = ?",
                [str(path.resolve())])]  # fmt: skip
            db.execute(
                "DELETE FROM reprint_docs WHERE article_id IN (SELECT value FROM json_each(?))", [str(ids)]
            )
            started = time.perf_counter()
            with db.atomic():
                index.index_articles(db, ids)
            hooks.append(time.perf_counter() - started)
        print(f"late issues: import per issue (parse, save, reprint index, claims) max {max(per_issue):.3f} s, "  # noqa: E501
              f"mean {sum(per_issue) / len(per_issue):.3f} s; reprint indexing alone max {max(hooks):.3f} s, "
              f"mean {sum(hooks) / len(hooks):.3f} s")  # fmt: skip
        truth, misparsed = planted_pairs(db, early + late)
        print(f"planted issues parsed with a different article count (left out): {misparsed}")
        for key, value in evaluate(db, truth, rng, args.check).items():
            print(f"  {key}: {value:.4f}" if isinstance(value, float) else f"  {key}: {value}")


if __name__ == "__main__":
    main()
