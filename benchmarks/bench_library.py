"""Build a synthetic library, import it, and time search against a brute-force scan.

Run by hand (not a test):  ``.venv/bin/python benchmarks/bench_library.py --articles 50000``.
Reports import throughput, search p50/p95 over a fixed list of 1–6 character
queries, the same queries answered by scanning every article in the same run,
and the database size.  Every query's index answer is also checked against the
scan, so the speed figures are for correct results only.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import render_text, synthetic_issues
from reader import ingest
from reader.store import search
from reader.store.db import open_db

QUERIES = (
    "市",
    "的",
    "招商",
    "常勇",
    "驻马店",
    "高质量发展",
    "中国药谷建设",
    "超级工厂招商",
    "2024",
    "２０２４",
    "项目 建设",
)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        ram_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if "MemTotal" in line
        )
        ram = f"{ram_kb / 1024 / 1024:.1f} GiB RAM"
    except OSError:
        ram = "RAM unknown"
    return f"{os.cpu_count()} CPUs ({cpu}), {ram}, {platform.platform()}, Python {platform.python_version()}"


def timed(function: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = function()
    return (time.perf_counter() - start) * 1000, result


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def build(db_path: Path, articles: int, seed: int) -> tuple[int, int, float]:
    """Write the synthetic issues as text files, then import the folder with ``ingest.import_paths``.

    That is the path a user's import takes: read, decode, detect the layout,
    parse, save (one transaction per file) and index; entity extraction is off.
    Throughput = bytes of the files / wall time of ``import_paths``.
    """
    files = db_path.parent / "files"
    shutil.rmtree(files, ignore_errors=True)
    files.mkdir()
    total_bytes = issues = 0
    for name, parsed in synthetic_issues(articles, seed=seed):
        data = render_text(parsed).encode("utf-8")
        (files / name).write_bytes(data)
        total_bytes += len(data)
        issues += 1
    db = open_db(db_path)
    start = time.perf_counter()
    report = ingest.import_paths(db, [files])
    seconds = time.perf_counter() - start
    db.conn.close()
    if report.failed:
        raise SystemExit(f"{len(report.failed)} files failed: {report.failed[0]}")
    imported = sum(outcome.articles for outcome in report.outcomes)
    print(f"importer found {imported} articles in {issues} files (generator made {articles})")
    return issues, total_bytes, seconds


def sql_instr_ids(db: object, query: str) -> set[int]:
    """The fastest scan SQLite offers (``instr`` in C, no folding): a lower bound for any scan."""
    terms = search.query_terms(query)
    clause = " AND ".join(
        "(instr(lower(text), ?) OR instr(lower(title), ?) OR instr(lower(coalesce(kicker, '')), ?) "
        "OR instr(lower(coalesce(subtitle, '')), ?))"
        for _ in terms
    )
    params = [term for term in terms for _ in range(4)]
    return {row[0] for row in db.execute(f"SELECT id FROM articles WHERE {clause}", params)}  # type: ignore[attr-defined]


def measure(db_path: Path, repeat: int) -> None:
    db = open_db(db_path)
    searches: list[float] = []
    scan_ms: list[float] = []
    instr_ms: list[float] = []
    print(f"\n{'query':<14}{'hits':>7}{'search p50':>12}{'ids p50':>10}{'scan':>10}{'instr':>10}")
    for query in QUERIES:
        runs = [timed(lambda q=query: search.search(db, q, limit=50))[0] for _ in range(repeat)]
        id_runs = [timed(lambda q=query: search.matching_article_ids(db, q)) for _ in range(repeat)]
        scan, expected = timed(lambda q=query: search.brute_force_ids(db, q))
        instr, _ = timed(lambda q=query: sql_instr_ids(db, q))
        found = id_runs[0][1]
        if found != expected:
            raise SystemExit(f"MISMATCH for {query!r}: index {len(found)} vs scan {len(expected)}")  # type: ignore[arg-type]
        searches += runs
        scan_ms.append(scan)
        instr_ms.append(instr)
        ids_p50 = statistics.median(t for t, _ in id_runs)
        print(
            f"{query:<14}{len(expected):>7}{statistics.median(runs):>10.1f}ms{ids_p50:>8.1f}ms"
            f"{scan:>8.0f}ms{instr:>8.0f}ms"
        )
    p50, p95 = percentile(searches, 0.5), percentile(searches, 0.95)
    mean_search = statistics.fmean(searches)
    print(
        f"\nsearch (ranked page of 50 + snippets): p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
        f"mean {mean_search:.1f} ms"
    )
    print(f"brute-force scan (fold + `in`): mean {statistics.fmean(scan_ms):.0f} ms per query")
    print(f"  → index is {statistics.fmean(scan_ms) / mean_search:.0f}× faster (mean/mean)")
    print(f"SQL instr scan (no folding, C): mean {statistics.fmean(instr_ms):.0f} ms per query")
    print(f"  → index is {statistics.fmean(instr_ms) / mean_search:.0f}× faster (mean/mean)")
    db.conn.close()


def sizes(db_path: Path) -> str:
    db = open_db(db_path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    text = db.execute(
        "SELECT sum(length(CAST(text AS BLOB)) + length(CAST(title AS BLOB))) FROM articles"
    ).fetchone()[0]
    parts = []
    try:
        for name, size in db.execute(
            "SELECT name, sum(pgsize) FROM dbstat WHERE name LIKE 'search_%' GROUP BY name ORDER BY 2 DESC"
        ):
            parts.append(f"{name} {size / 1e6:.1f} MB")
    except Exception as error:  # dbstat is an optional compile-time feature
        parts.append(f"(dbstat unavailable: {error})")
    db.conn.close()
    total = db_path.stat().st_size
    return f"database {total / 1e6:.1f} MB (article text+titles {text / 1e6:.1f} MB); " + ", ".join(parts)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--out", type=Path, default=None, help="folder for library.db (default: a temp dir)")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per query")
    parser.add_argument(
        "--reuse", action="store_true", help="skip the import, measure an existing library.db"
    )
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="reader-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    db_path = out / "library.db"
    print(f"machine: {machine()}")
    if not args.reuse:
        for stale in out.glob("library.db*"):
            stale.unlink()
        issues, total_bytes, seconds = build(db_path, args.articles, args.seed)
        print(
            f"imported {issues} files via ingest.import_paths (no entities): "
            f"{total_bytes / 1e6:.1f} MB of files in {seconds:.1f} s = {total_bytes / 1e6 / seconds:.2f} MB/s"
        )
    print(sizes(db_path))
    measure(db_path, args.repeat)
    db = open_db(db_path)
    ms, _ = timed(lambda: search.optimize(db))
    db.conn.close()
    print(f"\nafter search.optimize ({ms / 1000:.1f} s, merges FTS segments):")
    print(sizes(db_path))
    measure(db_path, args.repeat)


if __name__ == "__main__":
    main()
