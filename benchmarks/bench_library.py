"""Build a synthetic library, import it, and time search against a brute-force scan.

Run by hand (not a test)::

    .venv/bin/python benchmarks/bench_library.py --out /tmp/b50k                 # 50,000 articles
    .venv/bin/python benchmarks/bench_library.py --out /work/benchdata/b500k --articles 500000
    .venv/bin/python benchmarks/bench_library.py --out /tmp/b50k --reuse         # search only

Reports import throughput, the cost of importing 8 more files into the built
library (time and write-ahead-log size), the database size against the source
text, and per query class (1, 2, 4 characters, rare, no hit, very common,
traditional) p50/p95/max of the first page of ranked results through the store
API — ``search.search`` alone and the window's ``first_page`` (count that stops
at 10,000 + the page).  Every query's complete answer is compared with a
brute-force scan of the same library in the same run (fold every field, ``in``);
the script stops on any mismatch, so the speed figures are for exact results.
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
from reader import derived, ingest
from reader.store import issues as store_issues
from reader.store import search
from reader.store.db import open_db
from reader.textfold import fold

QUERIES = {  # class → queries
    "1 char": ("市", "勇", "谷"),
    "2 chars": ("招商", "常勇", "工厂"),
    "4 chars": ("招商引资", "项目建设", "全市人民"),
    "rare": ("新动能全市重", "超级工厂招商", "鲍常勇同志"),
    "no hit": ("中国药谷建设", "市重点项目的市", "霾"),
    "very common": ("的", "发展", "高质量发展", "项目 建设"),
    "traditional": ("發展", "經濟"),
}


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


def write_files(folder: Path, articles: int, seed: int) -> tuple[int, int]:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    total_bytes = issues = 0
    for name, parsed in synthetic_issues(articles, seed=seed):
        data = render_text(parsed).encode("utf-8")
        (folder / name).write_bytes(data)
        total_bytes += len(data)
        issues += 1
    return issues, total_bytes


def build(db_path: Path, files: Path, merge: bool = True) -> None:
    """Import the folder with ``ingest.import_paths``: read, decode, parse, save, index; no entities.

    Then what the window runs after it as jobs of their own: the reprint pass and (unless
    ``merge`` is false) the merge of the search index's segments, each timed."""
    total_bytes = sum(p.stat().st_size for p in files.glob("*.txt"))
    count = len(list(files.glob("*.txt")))
    db = open_db(db_path)
    start = time.perf_counter()
    report = ingest.import_paths(db, [files], reprints=False)  # what the window waits for
    seconds = time.perf_counter() - start
    cpu = time.process_time()
    derived.update_reprints(db, report.reprints_pending)  # what follows: a job of its own (issue 13)
    pass_seconds = time.perf_counter() - start - seconds
    pass_cpu = time.process_time() - cpu
    merge_start, cpu = time.perf_counter(), time.process_time()
    if merge and getattr(report, "merge_pending", False):
        search.merge_steps(db)
    merge_seconds, merge_cpu = time.perf_counter() - merge_start, time.process_time() - cpu
    db.conn.close()
    if report.failed:
        raise SystemExit(f"{len(report.failed)} files failed: {report.failed[0]}")
    imported = sum(outcome.articles for outcome in report.outcomes)
    mb = total_bytes / 1e6
    print(
        f"imported {count} files, {imported:,} articles via ingest.import_paths (no entities, reprint "
        f"index after): {mb:.1f} MB in {seconds:.1f} s = {mb / seconds:.2f} MB/s; then the reprint pass "
        f"{pass_seconds:.1f} s, {pass_cpu:.1f} s CPU, load {os.getloadavg()[0]:.1f} "
        f"(both: {mb / (seconds + pass_seconds):.2f} MB/s, what `reader import` takes)"
    )
    print(f"then the search index's merge: {merge_seconds:.1f} s, {merge_cpu:.1f} s CPU")


def add_eight(db_path: Path, work: Path) -> None:
    """Import 8 new files into the built library (then remove them again): time and WAL growth."""
    folder = work / "eight"
    write_files(folder, 200, seed=99)
    for n, path in enumerate(sorted(folder.glob("*.txt"))):
        path.rename(folder / f"added_{n:02d}.txt")
    for extra in sorted(folder.glob("added_*.txt"))[8:]:
        extra.unlink()
    db = open_db(db_path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    start = time.perf_counter()
    report = ingest.import_paths(db, [folder])
    seconds = time.perf_counter() - start
    wal = Path(f"{db_path}-wal")
    wal_mb = wal.stat().st_size / 1e6 if wal.exists() else 0.0
    articles = sum(outcome.articles for outcome in report.outcomes)
    print(
        f"import 8 more files ({articles} articles) into the library: {seconds:.2f} s, "
        f"write-ahead log {wal_mb:.1f} MB"
    )
    for outcome in report.outcomes:
        if outcome.issue_id is not None:
            store_issues.delete_issue(db, outcome.issue_id)
    db.conn.close()
    shutil.rmtree(folder)


def scan_all(db: object, queries: list[str]) -> tuple[float, dict[str, set[int]]]:
    """The reference: one pass folding every field of every article, each query's terms tested with ``in``."""
    terms = {query: search.query_terms(query) for query in queries}
    found: dict[str, set[int]] = {query: set() for query in queries}
    start = time.perf_counter()
    for article_id, *fields in db.execute("SELECT id, kicker, title, subtitle, text FROM articles"):  # type: ignore[attr-defined]
        folded = [fold(value, variants=True) for value in fields if value]
        for query, wanted in terms.items():
            if all(any(term in value for value in folded) for term in wanted):
                found[query].add(article_id)
    return time.perf_counter() - start, found


def sql_instr_ms(db: object, query: str) -> float:
    """The fastest scan SQLite offers (``instr`` in C, no folding): a lower bound for any scan."""
    terms = search.query_terms(query)
    clause = " AND ".join(
        "(instr(text, ?) OR instr(title, ?) OR instr(coalesce(kicker, ''), ?) "
        "OR instr(coalesce(subtitle, ''), ?))"
        for _ in terms
    )
    params = [term for term in terms for _ in range(4)]
    ms, _ = timed(lambda: db.execute(f"SELECT count(*) FROM articles WHERE {clause}", params).fetchone())  # type: ignore[attr-defined]
    return ms


def measure(db_path: Path, repeat: int, check: bool) -> None:
    from reader.app.search.models import Query, first_page, full_count  # the window's search, Qt-free

    db = open_db(db_path)
    every = [query for group in QUERIES.values() for query in group]
    if check:
        seconds, expected = scan_all(db, every)
        print(f"brute-force scan (fold + `in`, all {len(every)} queries in one pass): {seconds:.1f} s")
    print(
        f"\n{'class':<12}{'query':<10}{'hits':>8}{'count':>8}{'page p50':>10}{'p95':>8}{'max':>8}"
        f"{'window p95':>11}{'max':>8}{'count p95':>10}{'date p95':>9}{'instr':>8}"
    )
    summary = []
    for group, queries in QUERIES.items():
        pages: list[float] = []
        windows: list[float] = []
        counts: list[float] = []
        for query in queries:
            if check:
                found = search.matching_article_ids(db, query)
                if found != expected[query]:
                    raise SystemExit(
                        f"MISMATCH for {query!r}: index {len(found)} vs scan {len(expected[query])}"
                    )
            hits = len(expected[query]) if check else search.count(db, query)
            runs = [timed(lambda q=query: search.search(db, q, limit=50))[0] for _ in range(repeat)]
            window = [timed(lambda q=query: first_page(db, Query(text=q)))[0] for _ in range(repeat)]
            counted = [timed(lambda q=query: full_count(db, Query(text=q)))[0] for _ in range(repeat)]
            counts += counted
            by_date = [
                timed(lambda q=query: search.search(db, q, limit=50, sort="date"))[0] for _ in range(repeat)
            ]
            shown = full_count(db, Query(text=query))
            pages += runs
            windows += window
            print(
                f"{group:<12}{query:<10}{hits:>8}{shown:>8}{statistics.median(runs):>8.1f}ms"
                f"{percentile(runs, 0.95):>6.1f}ms{max(runs):>6.1f}ms{percentile(window, 0.95):>9.1f}ms"
                f"{max(window):>6.1f}ms{percentile(counted, 0.95):>8.1f}ms"
                f"{percentile(by_date, 0.95):>7.1f}ms{sql_instr_ms(db, query):>6.0f}ms"
            )
        summary.append(
            f"{group:<12} page p95 {percentile(pages, 0.95):6.1f} ms, max {max(pages):6.1f} ms;"
            f"  window first_page p95 {percentile(windows, 0.95):6.1f} ms, max {max(windows):6.1f} ms;"
            f"  count≤10,000 p95 {percentile(counts, 0.95):6.1f} ms, max {max(counts):6.1f} ms"
        )
    print(
        "\nper class (store API: search() = ranked first page of 50 with snippets; window first_page = "
        "count≤500 + page, one pass; then the count to 10,000 runs as its own request):"
    )
    print("\n".join(summary))
    deep_key = None
    deep_times = []
    for _page in range(20):
        ms, hits = timed(lambda k=deep_key: search.search(db, "的", limit=50, after=k))
        deep_times.append(ms)
        deep_key = hits[-1].key  # type: ignore[index]
    print(f"keyset paging through 的: page 1 {deep_times[0]:.1f} ms, page 20 {deep_times[-1]:.1f} ms")
    db.conn.close()


def sizes(db_path: Path, source_bytes: int | None) -> str:
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
        reprints = db.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'reprint_%'").fetchone()[0]
        parts.append(f"reprint index (reprint_*) {(reprints or 0) / 1e6:.1f} MB")
    except Exception as error:  # dbstat is an optional compile-time feature
        parts.append(f"(dbstat unavailable: {error})")
    db.conn.close()
    total = db_path.stat().st_size
    ratio = (
        f" = {total / source_bytes:.2f}× the {source_bytes / 1e6:.1f} MB of source files"
        if source_bytes
        else ""
    )
    return f"database {total / 1e6:.1f} MB{ratio} (article text+titles {text / 1e6:.1f} MB); " + ", ".join(
        parts
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50_000, help="50,000 by default; 500,000 ≈ 1.2 GB")
    parser.add_argument("--out", type=Path, default=None, help="folder for library.db (default: a temp dir)")
    parser.add_argument("--files", type=Path, default=None, help="reuse this folder of generated files")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per query")
    parser.add_argument(
        "--reuse", action="store_true", help="skip the import, measure an existing library.db"
    )
    parser.add_argument("--no-check", action="store_true", help="skip the brute-force scan (≈ 1 min at 500k)")
    parser.add_argument("--no-merge", action="store_true", help="measure search before the index merge")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="reader-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    db_path = out / "library.db"
    files = args.files or out / "files"
    print(f"machine: {machine()}")
    if not args.reuse:
        for stale in out.glob("library.db*"):
            stale.unlink()
        if args.files is None:
            issues, total = write_files(files, args.articles, args.seed)
            print(f"wrote {issues} files, {total / 1e6:.1f} MB")
        build(db_path, files, merge=not args.no_merge)
    source = sum(p.stat().st_size for p in files.glob("*.txt")) if files.exists() else None
    add_eight(db_path, out)
    print(sizes(db_path, source))
    measure(db_path, args.repeat, check=not args.no_check)


if __name__ == "__main__":
    main()
