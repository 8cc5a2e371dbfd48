"""Stop bands: a band key held by very many articles costs each new article a bounded number of
candidates, and a reprint is still found through the bands it does not share with the crowd."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from sqlite_utils import Database

from reader import derived
from reader.ingest import import_paths
from reader.reprints import detect, index
from reader.reprints.detect import BUCKET_CAP, Work, batch_pairs
from reader.reprints.signature import BANDS, NUM_PERM, ROWS
from reader.resources import sample_library
from reader.store import open_db
from reader.store import reprints as store

ALPHABET = [chr(code) for code in range(0x4E00, 0x4E00 + 600)]


def _random_text(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(length))


def _write(folder: Path, name: str, date: str, articles: list[tuple[str, str]]) -> Path:
    """One Markdown file, one article per ``# title``."""
    body = "".join(f"# {title}\n\n{text}\n\n" for title, text in articles)
    path = folder / name
    path.write_text(f"---\ndate: {date}\n---\n\n{body}", encoding="utf-8")
    return path


def _index_new(db: Database, paths: list[Path]) -> tuple[list[int], Work]:
    """Import without the pass, then run the pass over the new articles, counting its work."""
    report = import_paths(db, paths, reprints=False)
    assert not report.failed
    work = Work()
    with store.unchecked(db):
        index.index_articles(db, report.reprints_pending, work)
    return report.reprints_pending, work


def test_a_band_held_by_every_article_costs_each_the_first_64_not_all_before_it() -> None:
    """300 articles whose 20 band keys are all the same: article p (counted from 0) is estimated
    against min(p, 64) earlier ones — 2,016 + 236 × 64 = 17,120 candidates, not 300 × 299 / 2 =
    44,850; the 235 articles after the 65th met a stop band in each of their 20 bands."""
    rng = np.random.default_rng(5)
    sigs = rng.integers(0, 2**32, (300, NUM_PERM), dtype=np.uint32)
    sigs[:, : BANDS * ROWS] = sigs[0, : BANDS * ROWS]
    texts = random.Random(5)
    docs = [(article_id, _random_text(texts, 120)) for article_id in range(1, 301)]
    work = Work()
    pairs, indexed = batch_pairs(docs, sigs, work=work)
    assert BUCKET_CAP == 64
    assert work.candidates == sum(range(64)) + (300 - 64) * 64 == 17_120
    assert (work.capped, work.stop_bands) == (235, 235 * BANDS)
    assert pairs == [] and len(indexed) == 300  # unrelated texts: estimated, checked, not paired


def test_a_story_printed_300_times_costs_a_new_version_a_bounded_number_of_candidates(
    tmp_path: Path,
) -> None:
    """Every version of the story holds nearly all of its band keys: the 301st is estimated against
    at most the first 64 of each bucket (a few more than 64 in all, as a version here and there
    differs in a band), not against the 300 before it, and still joins the story's cluster."""
    rng = random.Random(8)
    story = _random_text(rng, 400)
    versions = [(f"版本{n}", f"{story}第{n:04d}号") for n in range(300)]
    db = open_db(tmp_path / "library.db")
    first, whole = _index_new(db, [_write(tmp_path, "many.md", "2025-01-01", versions)])
    assert len(first) == 300
    assert whole.candidates < 300 * (64 + BANDS) < 300 * 299 // 2
    (cluster,) = index.library_clusters(db)
    assert len(cluster.article_ids) == 300

    (late,), work = _index_new(
        db, [_write(tmp_path, "late.md", "2025-01-02", [("晚到", f"{story}第9999号")])]
    )
    assert 64 <= work.candidates <= 64 + BANDS
    assert work.capped == 1 and work.stop_bands >= BANDS - 3
    assert work.checked == 1  # the first version confirms it; the rest of its cluster is skipped
    (cluster,) = index.library_clusters(db)
    assert late in cluster.article_ids and len(cluster.article_ids) == 301
    db.conn.close()


def _shared_keys(db: Database, a: int, b: int) -> set[int]:
    keys = dict(db.execute("SELECT article_id, keys FROM reprint_docs WHERE article_id IN (?, ?)", [a, b]))
    return set(np.frombuffer(keys[a], "<u4").tolist()) & set(np.frombuffer(keys[b], "<u4").tolist())


def test_a_reprint_sharing_a_stop_band_is_found_through_its_other_bands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """40 articles open with the same 600-character notice and go on differently (0.6 alike: not
    reprints), so the bands drawn from the notice alone are held by many of them; with a cap of 4,
    a copy of the last of them meets such a band without its original among the first 4 — and
    finds it through the bands drawn from its own text."""
    monkeypatch.setattr(detect, "BUCKET_CAP", 4)
    rng = random.Random(3)
    notice = _random_text(rng, 600)
    articles = [(f"文章{n}", notice + _random_text(rng, 400)) for n in range(41)]
    db = open_db(tmp_path / "library.db")
    ids, _work = _index_new(db, [_write(tmp_path, "notices.md", "2025-01-01", articles)])
    assert store.pairs(db) == []
    original = ids[-1]
    chars = list(articles[-1][1])
    for where in rng.sample(range(len(chars)), 15):  # 1.5 % of the characters replaced
        chars[where] = rng.choice(ALPHABET)
    (copy,), work = _index_new(db, [_write(tmp_path, "copy.md", "2025-01-02", [("转载", "".join(chars))])])

    shared = _shared_keys(db, original, copy)
    crowded = [k for k in shared if db.execute(
        "SELECT count(*) FROM reprint_bands WHERE key = ?", [k]).fetchone()[0] > 4 + 1]  # fmt: skip
    assert crowded and len(shared) > len(crowded)  # a stop band, and bands of its own
    assert work.capped == 1 and work.stop_bands >= len(crowded)
    assert [(a, b) for a, b, _s in store.pairs(db)] == [(original, copy)]
    db.conn.close()


def _members(db: Database) -> list[tuple[int, int, int]]:
    return db.execute("SELECT article_id, cluster_id, is_original FROM reprint_members ORDER BY 1").fetchall()


def test_new_versions_joining_and_merging_clusters_leave_the_rows_a_rebuild_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Y and Z are one sixth apart from each other; each gets a copy (a cluster of two), then X
    (≥ 0.8 alike to both) merges the two clusters, and a copy dated before everything else becomes
    the original — all without rereading a cluster (``_regroup`` is not called)."""
    db = open_db(tmp_path / "library.db")
    monkeypatch.setattr(index, "_regroup", lambda *_args: pytest.fail("regrouped"))
    import_paths(db, [sample_library()])
    text = "".join(t.split()[0] for (t,) in db.execute(
        "SELECT text FROM articles WHERE length(text) > 800 ORDER BY id"))  # fmt: skip
    blocks = [text[k * 200 : (k + 1) * 200] for k in range(8)]
    y, z = "".join([*blocks[0:5], blocks[6]]), "".join([blocks[7], *blocks[1:6]])
    steps = [
        ("y", "2025-03-02", y),
        ("z", "2025-03-03", z),
        ("y2", "2025-03-04", y.replace(y[10], "之", 3)),
        ("z2", "2025-03-05", z.replace(z[10], "之", 3)),
        ("x", "2025-03-06", "".join(blocks[0:6])),
        ("first", "2025-01-01", z[:-3]),
    ]
    ids = {}
    for name, date, body in steps:
        import_paths(db, [_write(tmp_path, f"{name}.md", date, [(f"版本{name}", body)])])
        ids[name] = db.execute("SELECT id FROM articles WHERE title = ?", [f"版本{name}"]).fetchone()[0]
    incremental = _members(db)
    everyone = sorted(ids.values())
    assert {row[0] for row in incremental} == set(everyone)
    assert {row[1] for row in incremental} == {everyone[0]}  # one cluster, named by its lowest id
    assert [row[0] for row in incremental if row[2]] == [ids["first"]]
    index.rebuild(db)
    assert _members(db) == incremental
    db.conn.close()


def test_the_pass_takes_every_unindexed_article_not_only_the_ones_it_is_given(tmp_path: Path) -> None:
    """The scan for articles no pass has seen is skipped only when the counts say the given ones
    are all of them: an import left unindexed before is still indexed by the next pass."""
    db = open_db(tmp_path / "library.db")
    rng = random.Random(4)
    early = import_paths(db, [_write(tmp_path, "a.md", "2025-01-01", [("甲", _random_text(rng, 300))])],
                         reprints=False).reprints_pending  # fmt: skip
    late = import_paths(db, [_write(tmp_path, "b.md", "2025-01-02", [("乙", _random_text(rng, 300))])],
                        reprints=False).reprints_pending  # fmt: skip
    assert store.unindexed(db, late) == sorted(early + late)  # the counts disagree: scanned
    assert derived.update_reprints(db, late) == 2
    assert store.unindexed(db) == [] and store.unindexed(db, late) == []
    db.conn.close()
