"""Near-duplicates: the signature is datasketch's, the index is incremental, 原载 notes find their paper."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash
from sqlite_utils import Database

from reader import derived
from reader.ingest import import_paths
from reader.reprints import index
from reader.reprints import signature as sig
from reader.reprints.clusters import clusters
from reader.reprints.similarity import diff, ratio
from reader.reprints.sources import parse_note
from reader.resources import sample_library
from reader.store import open_db
from reader.store import reprints as store
from reader.store.issues import delete_issue

BULLETIN = "000_cb36cc279cad0e3a.txt"
REPRINTED = "产业逐新向未来"  # the bulletin's article with (原载2024年9月30日《驻马店日报》T03版)


def test_batch_signature_equals_datasketch() -> None:
    texts = [sig.normalise(p.read_text(encoding="utf-8"))[k * 300 : k * 300 + 700] for p in
             sorted(sample_library().glob("*.txt")) for k in range(3)]  # fmt: skip
    batch = sig.signatures(texts)
    for text, row in zip(texts, batch, strict=True):
        reference = MinHash(num_perm=sig.NUM_PERM, seed=sig.SEED, scheme="affine32", hashfunc=int)
        reference.update_batch(sig.shingle_hashes(text).tolist())
        assert np.array_equal(reference.hashvalues, row)


def test_note_parsing() -> None:
    note = parse_note("(原载2024年9月30日《驻马店日报》T03版)")
    assert note is not None and (note.publication, note.date, note.page) == (
        "驻马店日报",
        "2024-09-30",
        "T03",
    )
    assert parse_note("本报讯 记者 张三") is None


def test_similarity_and_diff() -> None:
    a, b = "市委书记鲍常勇主持会议", "市委书记鲍常勇主持了会议"
    assert ratio(a, b) == pytest.approx(2 * 11 / 23)
    assert [(op.tag, b[op.b_start : op.b_end]) for op in diff(a, b) if op.tag != "equal"] == [
        ("insert", "了")
    ]


def test_clusters_join_chains_and_keep_the_weakest_link() -> None:
    found = clusters([(1, 2, 0.95), (2, 3, 0.85), (4, 5, 0.7)], 0.8)
    assert [(c.article_ids, c.similarity) for c in found] == [((1, 2, 3), 0.85)]


def _paper_page(db: Database, folder: Path) -> Path:
    """A 驻马店日报 page made from the bulletin's reprinted article, with a paper's small edits."""
    title, byline, text = db.execute(
        "SELECT title, byline_text, text FROM articles WHERE title = ?", [REPRINTED]
    ).fetchone()
    path = folder / "zmdrb_20240930_T03.txt"
    edited = text.replace("全市", "我市", 2).replace("如今", "现在", 1)
    path.write_text(
        f"驻马店日报\n2024年9月30日 星期一\nT03版 要闻\n\n{title}\n{byline}\n\n{edited}\n", encoding="utf-8"
    )
    return path


@pytest.fixture
def bulletin(tmp_path: Path) -> Iterator[Database]:
    db = open_db(tmp_path / "library.db")
    assert not import_paths(db, [sample_library() / BULLETIN]).failed
    yield db
    db.conn.close()


def test_a_source_note_links_to_its_newspaper_article_and_they_cluster(
    bulletin: Database, tmp_path: Path
) -> None:
    (reprint_id,) = [r[0] for r in bulletin.execute("SELECT id FROM articles WHERE title = ?", [REPRINTED])]
    assert index.original_of_note(bulletin, reprint_id) is None  # the paper is not in the library yet
    assert not import_paths(bulletin, [_paper_page(bulletin, tmp_path)]).failed
    (paper_id,) = [r[0] for r in bulletin.execute(
        "SELECT a.id FROM articles a JOIN issues i ON i.id = a.issue_id WHERE i.publication = '驻马店日报'")]  # fmt: skip  # noqa: E501
    assert index.original_of_note(bulletin, reprint_id) == paper_id
    (cluster,) = index.library_clusters(bulletin)
    assert cluster.article_ids == sorted([reprint_id, paper_id])
    assert cluster.original_article_id == paper_id  # the same day, and the bulletin names its source
    assert cluster.first_published == "2024-09-30"
    assert 0.97 < cluster.similarity < 1.0
    others = store.others_of(bulletin, reprint_id)
    assert [(o["article_id"], o["publication"], o["issue_date"]) for o in others] == [
        (paper_id, "驻马店日报", "2024-09-30")
    ]


def test_incremental_index_equals_a_rebuild(tmp_path: Path) -> None:
    """Copies with a few percent of characters changed, imported one file at a time, then rebuilt."""
    db = open_db(tmp_path / "library.db")
    import_paths(db, [sample_library()])
    rng = random.Random(7)
    rows = db.execute(
        "SELECT title, text FROM articles WHERE length(text) > 300 ORDER BY id LIMIT 6"
    ).fetchall()
    for number, (title, text) in enumerate(rows):
        chars = list(text)
        for _ in range(len(chars) * (number + 1) // 100):  # 1–6 % of the characters
            chars[rng.randrange(len(chars))] = rng.choice("的一是在不了有和人这中大为上个国")
        path = tmp_path / f"copy_{number}.md"
        path.write_text(
            f"---\ndate: 2025-01-0{number + 1}\n---\n\n# {title}\n\n{''.join(chars)}\n", encoding="utf-8"
        )
        import_paths(db, [path])
    incremental = store.pairs(db)
    assert len(index.library_clusters(db)) == 6
    index.rebuild(db)
    assert store.pairs(db) == incremental
    db.conn.close()


def _copies(db: Database, folder: Path) -> list[Path]:
    """Edited copies (1–8 % of characters), a copy of a copy, and an identical copy, one file each."""
    rng = random.Random(11)
    rows = db.execute(
        "SELECT title, text FROM articles WHERE length(text) > 300 ORDER BY id LIMIT 8"
    ).fetchall()
    texts = []
    for number, (title, text) in enumerate(rows):
        chars = list(text)
        for _ in range(len(chars) * (number + 1) // 100):
            chars[rng.randrange(len(chars))] = rng.choice("的一是在不了有和人这中大为上个国")
        texts.append((title, "".join(chars)))
    texts.append((rows[0][0], texts[0][1].replace("的", "之", 3)))  # a copy of the first copy
    texts.append(rows[1])  # identical to its source
    paths = []
    for number, (title, text) in enumerate(texts):
        path = folder / f"copy_{number:02d}.md"
        front = f"---\ndate: 2025-02-{number + 1:02d}\n---\n\n"
        path.write_text(f"{front}# {title}\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_file_by_file_in_one_batch_and_whole_library_give_the_same_pairs(tmp_path: Path) -> None:
    one_by_one = open_db(tmp_path / "one.db")
    import_paths(one_by_one, [sample_library()])
    paths = _copies(one_by_one, tmp_path)
    for path in paths:
        import_paths(one_by_one, [path])
    batch = open_db(tmp_path / "batch.db")
    import_paths(batch, [sample_library(), *paths])  # one group: the copies indexed together
    found = store.pairs(one_by_one)
    assert store.pairs(batch) == found
    sources = [r[0] for r in one_by_one.execute(
        "SELECT id FROM articles WHERE length(text) > 300 ORDER BY id LIMIT 8")]  # fmt: skip
    copies = {r[1]: r[0] for r in one_by_one.execute(
        "SELECT a.id, i.source_file FROM articles a JOIN issues i ON i.id = a.issue_id "
        "WHERE i.source_file LIKE 'copy_%'")}  # fmt: skip
    assert len(copies) == 10
    member = {x: c.article_ids[0] for c in index.library_clusters(one_by_one) for x in c.article_ids}
    for number, source in enumerate(sources):
        assert member[copies[f"copy_{number:02d}.md"]] == member[source]
    assert member[copies["copy_08.md"]] == member[sources[0]]  # the copy of a copy
    assert (sources[1], copies["copy_09.md"], 1.0) in found  # the identical copy, paired outright
    versions = {row["article_id"]: row["similarity"] for row in store.others_of(one_by_one, sources[0])}
    assert set(versions) == {copies["copy_00.md"], copies["copy_08.md"]}  # the copy of a copy as well
    index.rebuild(one_by_one)
    assert store.pairs(one_by_one) == found
    for db in (one_by_one, batch):  # the bulk writes ran unchecked; the checks are back on after
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    one_by_one.conn.close()
    batch.conn.close()


def test_a_version_between_two_others_joins_their_clusters(tmp_path: Path) -> None:
    """X is ≥ 0.8 alike to Y and to Z, which are only 0.67 alike to each other (each replaced a
    different sixth of the story): importing X makes one cluster of the three, with two pairs."""
    db = open_db(tmp_path / "library.db")
    import_paths(db, [sample_library()])
    text = "".join(t.split()[0] for (t,) in db.execute(
        "SELECT text FROM articles WHERE length(text) > 800 ORDER BY id"))  # fmt: skip
    blocks = [text[k * 200 : (k + 1) * 200] for k in range(8)]
    stories = {
        "y": [*blocks[0:5], blocks[6]],
        "z": [blocks[7], *blocks[1:6]],
        "x": blocks[0:6],
    }
    ids = {}
    for name, parts in stories.items():
        path = tmp_path / f"{name}.md"
        path.write_text(f"---\ndate: 2025-03-01\n---\n\n# 版本{name}\n\n{''.join(parts)}\n", encoding="utf-8")
        import_paths(db, [path])
        ids[name] = db.execute("SELECT id FROM articles WHERE title = ?", [f"版本{name}"]).fetchone()[0]
        if name == "z":  # before x: two stories
            assert not [c for c in index.library_clusters(db) if ids["y"] in c.article_ids]
    (cluster,) = [c for c in index.library_clusters(db) if ids["x"] in c.article_ids]
    assert cluster.article_ids == sorted(ids.values())
    assert {(a, b) for a, b, _s in store.pairs(db)} >= {tuple(sorted((ids["x"], ids[o]))) for o in "yz"}
    index.rebuild(db)
    assert [c.article_ids for c in index.library_clusters(db) if ids["x"] in c.article_ids] == [
        sorted(ids.values())
    ]
    db.conn.close()


def _band_rows_of(db: Database, article_id: int) -> int:
    return db.execute("SELECT count(*) FROM reprint_bands WHERE article_id = ?", [article_id]).fetchone()[0]


def test_a_changed_or_removed_copy_leaves_no_pair_and_no_band_row(tmp_path: Path) -> None:
    """A re-imported file whose article became another text loses its pair at once (before any pass),
    and the pass after it files the new text's keys only; removing the issue drops its pair, and
    the next pass deletes its band rows through the keys kept for it (no by-article index)."""
    db = open_db(tmp_path / "library.db")
    import_paths(db, [sample_library()])
    (source, title, text), (_other, _t, unrelated) = db.execute(
        "SELECT id, title, text FROM articles WHERE length(text) > 300 ORDER BY id LIMIT 2"
    ).fetchall()
    path = tmp_path / "copy.md"
    path.write_text(f"---\ndate: 2025-04-01\n---\n\n# {title}\n\n{text[:-5]}之后\n", encoding="utf-8")
    import_paths(db, [path])
    (copy,) = db.execute("SELECT max(id) FROM articles").fetchone()
    assert [(a, b) for a, b, _s in store.pairs(db)] == [(source, copy)]
    assert _band_rows_of(db, copy) > 0

    with db.atomic():  # the text changes (as a re-import writes it); no pass has run yet
        db.execute("UPDATE articles SET text = ? WHERE id = ?", [unrelated[::-1], copy])
    assert store.pairs(db) == []
    assert copy in store.unindexed(db)
    path.write_text(f"---\ndate: 2025-04-01\n---\n\n# {title}\n\n{unrelated[::-1]}\n", encoding="utf-8")
    import_paths(db, [path])  # the re-import's pass
    assert store.pairs(db) == []
    (keys,) = db.execute("SELECT keys FROM reprint_docs WHERE article_id = ?", [copy]).fetchone()
    filed = {k for (k,) in db.execute("SELECT key FROM reprint_bands WHERE article_id = ?", [copy])}
    assert filed == set(np.frombuffer(keys, "<u4").tolist())  # the old text's keys are gone

    path.write_text(f"---\ndate: 2025-04-01\n---\n\n# {title}\n\n{text}\n", encoding="utf-8")
    import_paths(db, [path])  # identical to its source now: paired outright, not in the band index
    assert store.pairs(db) == [(source, copy, 1.0)]
    assert _band_rows_of(db, copy) == 0

    path.write_text(f"---\ndate: 2025-04-01\n---\n\n# {title}\n\n{text[:-5]}之后\n", encoding="utf-8")
    import_paths(db, [path])
    assert _band_rows_of(db, copy) > 0
    (issue,) = db.execute("SELECT issue_id FROM articles WHERE id = ?", [copy]).fetchone()
    delete_issue(db, issue)
    assert store.pairs(db) == []
    assert _band_rows_of(db, copy) > 0  # queued in reprint_stale, not scanned for
    assert db.execute("SELECT count(*) FROM reprint_stale").fetchone()[0] == 1
    assert derived.update_reprints(db, []) == 0
    assert _band_rows_of(db, copy) == 0
    assert db.execute("SELECT count(*) FROM reprint_stale").fetchone()[0] == 0
    db.conn.close()
