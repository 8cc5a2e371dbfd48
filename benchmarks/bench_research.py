"""Time the concordance (KWIC) and the monthly trend on the synthetic library, against a brute-force scan.

Run by hand (not a test)::

    .venv/bin/python benchmarks/bench_research.py --out /work/benchdata/research            # build + measure
    .venv/bin/python benchmarks/bench_research.py --out /work/benchdata/research --reuse    # measure again

The library is ``bench_library.build``'s (50,000 articles imported through the real
importer).  The synthetic files print no dates, so the importer guesses them from the
text (a handful of months); ``--reuse`` and a fresh build both first set each issue's
date to the one the generator assigned (``issue edit --date``, as a user would), which
spreads the 2,040 issues over six years.  Every answer is checked against the scan
before any figure is printed, so the speeds are for correct results only.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_library import build, machine, write_files
from benchmarks.synthetic import synthetic_issues
from reader.research import matching
from reader.research.kwic import sort_occurrences
from reader.research.lines import LazyLines
from reader.research.queries import concordance, concordance_index, line_loader, trend
from reader.research.trend import period_of
from reader.store import issues as issue_store
from reader.store.db import open_db

KWIC_QUERIES = ("发展", "招商")  # in 93% and 28% of the synthetic articles
TREND_QUERIES = ("发展", "招商", "高质量发展")
WIDTH = 20
SCREEN = 40  # lines a concordance window shows at once (≈ 30 at 1400×900)


def set_generator_dates(db_path: Path, articles: int, seed: int) -> int:
    """Give every synthetic issue the date the generator made for it; returns how many changed."""
    db = open_db(db_path)
    wanted = {name: parsed.issue_date for name, parsed in synthetic_issues(articles, seed=seed)}
    changed = 0
    for issue_id, source_file, issue_date in db.execute(
        "SELECT id, source_file, issue_date FROM issues"
    ).fetchall():
        date = wanted.get(source_file)
        if date and date != issue_date:
            issue_store.edit_issue(db, issue_id, issue_date=date)
            changed += 1
    db.conn.close()
    return changed


def timed(function: Callable[[], object], repeat: int) -> tuple[list[float], list[float], object]:
    """Wall and CPU milliseconds of each run, and the last result."""
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = function()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return walls, cpus, result


def _rows(db: object) -> list[tuple]:
    sql = (
        "SELECT a.id, i.issue_date, a.kicker, a.title, a.subtitle, a.text "
        "FROM articles a JOIN issues i ON i.id = a.issue_id"
    )
    return db.execute(sql).fetchall()  # type: ignore[attr-defined]


def scan_kwic(db: object, query: str) -> list[tuple[int, str, int, str, str]]:
    """The obvious concordance: fold every field of every article, find each term, cut the contexts."""
    terms = list(dict.fromkeys(matching.fold_text(query).split()))
    lines = []
    for article_id, _date, *values in _rows(db):
        folded = [matching.fold_text(value) if value else "" for value in values]
        if not all(any(term in value for value in folded) for term in terms):
            continue
        for field, value, original in zip(
            ("kicker", "title", "subtitle", "text"), folded, values, strict=True
        ):
            flat = (original or "").replace("\r", " ").replace("\n", " ").replace("\t", " ")
            for term in terms:
                for hit in re.finditer(f"(?={re.escape(term)})", value):
                    start, end = hit.start(), hit.start() + len(term)
                    lines.append(
                        (
                            article_id,
                            field,
                            start,
                            flat[max(0, start - WIDTH) : start],
                            flat[end : end + WIDTH],
                        )
                    )
    return lines


def scan_trend(db: object, queries: tuple[str, ...]) -> dict[tuple[str, str], tuple[int, int, int]]:
    """The obvious monthly trend: fold everything, count per article, sum per month."""
    counts: Counter[tuple[str, str]] = Counter()
    articles: Counter[tuple[str, str]] = Counter()
    chars: Counter[str] = Counter()
    for _article_id, date, *values in _rows(db):
        month = period_of(date, "month")
        present = [value for value in values if value]
        chars[month] += sum(len(value) for value in present)
        folded = [matching.fold_text(value) for value in present]
        for query in queries:
            terms = list(dict.fromkeys(matching.fold_text(query).split()))
            if all(any(term in value for value in folded) for term in terms):
                found = sum(len(re.findall(f"(?={re.escape(t)})", v)) for t in terms for v in folded)
                counts[(month, query)] += found
                articles[(month, query)] += 1
    return {key: (counts[key], articles[key], chars[key[0]]) for key in counts}


def first_answer(db: object, query: str) -> tuple[object, list[object]]:
    """What the window waits for: the counts and one screenful of lines, cut from their articles."""
    result = concordance_index(db, query, width=WIDTH)  # type: ignore[arg-type]
    lines = result.occurrences
    if isinstance(lines, LazyLines):
        lines.index.loader = line_loader(db)  # type: ignore[arg-type]
    return result, list(lines[:SCREEN])


def report(label: str, walls: list[float], cpus: list[float]) -> None:
    print(
        f"  {label:<42} wall median {statistics.median(walls):7.0f} ms (min {min(walls):6.0f}), "
        f"CPU median {statistics.median(cpus):6.0f} ms"
    )


def measure(db_path: Path, repeat: int) -> None:
    db = open_db(db_path)
    matching.fold_classes()  # once per process (≈ 0.1 s): not part of any query
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"load average at start: {load} (2 cores shared with other work)")
    for query in KWIC_QUERIES:
        first_walls, first_cpus, (first, screen) = timed(lambda q=query: first_answer(db, q), repeat)  # type: ignore[misc]
        walls, cpus, result = timed(lambda q=query: concordance(db, q, width=WIDTH), repeat)
        scan_walls, scan_cpus, expected = timed(lambda q=query: scan_kwic(db, q), 1)
        got = [(o.article.article_id, o.field, o.start, o.left, o.right) for o in result.occurrences]  # type: ignore[attr-defined]
        if sorted(got) != sorted(expected):  # type: ignore[arg-type]
            raise SystemExit(f"MISMATCH for kwic {query!r}: {len(got)} lines vs scan {len(expected)}")  # type: ignore[arg-type]
        counts = (len(first.occurrences), first.articles)  # type: ignore[attr-defined]
        if counts != (len(got), result.articles) or screen != result.occurrences[:SCREEN]:  # type: ignore[attr-defined]
            raise SystemExit(f"MISMATCH for the first answer to {query!r}: {counts}")
        print(f"kwic {query!r}: {len(got)} lines in {result.articles} articles (equal to the scan)")  # type: ignore[attr-defined]
        report(f"first answer (counts + {SCREEN} lines), the window", first_walls, first_cpus)
        report("concordance (all lines, date order), the CLI", walls, cpus)
        sort_walls, sort_cpus, _ = timed(lambda r=result: sort_occurrences(r.occurrences, "left"), repeat)  # type: ignore[attr-defined]
        report("  + sort by left context", sort_walls, sort_cpus)
        report("brute-force scan (fold + find), same run", scan_walls, scan_cpus)
    walls, cpus, result = timed(lambda: trend(db, TREND_QUERIES, by="month"), repeat)
    scan_walls, scan_cpus, expected = timed(lambda: scan_trend(db, TREND_QUERIES), 1)
    got = {(r.period, r.query): (r.occurrences, r.articles, r.chars) for r in result.rows if r.occurrences}  # type: ignore[attr-defined]
    if got != expected:
        raise SystemExit("MISMATCH for the monthly trend")
    months = len([p for p in result.periods if p != "undated"])  # type: ignore[attr-defined]
    print(f"trend {', '.join(TREND_QUERIES)} by month: {months} months (equal to the scan)")
    report("trend (3 terms, monthly, per 10k chars)", walls, cpus)
    report("brute-force scan (fold + count), same run", scan_walls, scan_cpus)
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    db.conn.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--out", type=Path, required=True, help="folder for library.db")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per measurement")
    parser.add_argument("--reuse", action="store_true", help="measure an existing library.db in --out")
    args = parser.parse_args(argv)
    db_path = args.out / "library.db"
    print(f"machine: {machine()}")
    if not args.reuse:
        args.out.mkdir(parents=True, exist_ok=True)
        for stale in args.out.glob("library.db*"):
            stale.unlink()
        files = args.out / "files"
        if not any(files.glob("*.txt")):
            issues, total = write_files(files, args.articles, args.seed)
            print(f"wrote {issues} files, {total / 1e6:.1f} MB")
        build(db_path, files)
    changed = set_generator_dates(db_path, args.articles, args.seed)
    print(f"library: {db_path} ({args.articles} articles; {changed} issue dates set from the generator)")
    measure(db_path, args.repeat)


if __name__ == "__main__":
    main()
