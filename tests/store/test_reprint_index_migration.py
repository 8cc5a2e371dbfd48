"""m016: a library with the first reprint index (signatures, 32 bands with a by-article index) is
converted — the old index dropped, every article left for the next pass, which indexes it again."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from reader import derived
from reader.ingest import import_paths
from reader.reprints.signature import BANDS, MIN_CHARS, normalise
from reader.resources import sample_library
from reader.store import open_db
from reader.store import reprints as store
from reader.store.migrations import latest_version, migrations, schema_version, step_names

STORY = "000_cb36cc279cad0e3a.txt"


def _old_library(path: Path, folder: Path) -> tuple[int, int]:
    """A library at m015 holding a bulletin and a newspaper page printing one of its articles
    verbatim, with that pair in the m014 index as the old code wrote it; returns the two ids."""
    db = open_db(path, migrate=False)
    first_new = step_names().index("m016_reprint_index_compact")
    migrations.apply(db, stop_before="m016_reprint_index_compact")
    db.execute(f"PRAGMA user_version = {first_new}")
    _copy_imported(db, _imported(folder))
    original, text = db.execute("SELECT id, text FROM articles WHERE source_note LIKE '%T03%'").fetchone()
    (copy,) = db.execute("SELECT max(id) FROM articles").fetchone()
    with db.atomic():
        for article_id in (original, copy):
            db.execute(
                "INSERT INTO reprint_docs (article_id, fingerprint, length, signature) VALUES (?, ?, ?, ?)",
                [article_id, "9f" * 12, len(text), bytes(512)],
            )
            db.conn.executemany(
                "INSERT INTO reprint_bands (band, key, article_id) VALUES (?, ?, ?)",
                [(band, -(2**62) + band, article_id) for band in range(32)],
            )
        db.execute("INSERT INTO reprint_pairs (a, b, similarity) VALUES (?, ?, 1.0)", [original, copy])
        db.execute(
            "INSERT INTO reprint_members VALUES (?, ?, 1), (?, ?, 0)", [original, original, copy, original]
        )
    db.conn.close()
    return original, copy


def _imported(folder: Path) -> Path:
    """The bulletin and a newspaper page printing its article verbatim, imported by today's code."""
    fresh = open_db(folder / "fresh.db")
    import_paths(fresh, [sample_library() / STORY], reprints=False)
    title, text = fresh.execute("SELECT title, text FROM articles WHERE source_note LIKE '%T03%'").fetchone()
    page = folder / "paper.md"
    page.write_text(f"---\npublication: 驻马店日报\ndate: 2024-09-30\n---\n\n# {title}\n\n{text}\n", "utf-8")
    import_paths(fresh, [page], reprints=False)
    fresh.conn.close()
    return folder / "fresh.db"


def _copy_imported(db: Database, fresh_path: Path) -> None:
    """Today's rows into the m015 tables (whose articles still have their stamps, dropped by m017)."""
    fresh = open_db(fresh_path)
    with db.atomic():
        for table in ("issues", "sections", "articles"):
            columns = [row[1] for row in fresh.execute(f"PRAGMA table_info({table})")]
            rows = fresh.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            if table == "articles":
                columns += ["created_at", "updated_at"]
                rows = [(*row, "2024-09-30", "2024-09-30") for row in rows]
            marks = ", ".join("?" * len(columns))
            db.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
    fresh.conn.close()


def test_the_old_index_is_dropped_and_the_next_pass_builds_the_new_one(tmp_path: Path) -> None:
    original, copy = _old_library(tmp_path / "library.db", tmp_path)
    db = open_db(tmp_path / "library.db")
    assert schema_version(db) == latest_version()
    assert [c.name for c in db["reprint_bands"].columns] == ["key", "article_id"]
    assert [c.name for c in db["reprint_docs"].columns] == [
        "article_id",
        "fingerprint",
        "length",
        "keys",
        "signature",
    ]
    assert "reprint_bands_article" not in {i.name for i in db["reprint_bands"].indexes}
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert len(store.unindexed(db)) == articles  # nothing indexed: the next pass takes them all
    assert store.pairs(db) == [(original, copy, 1.0)]  # what the reader saw stays until then

    assert derived.update_reprints(db, []) == articles  # the next pass (an import's, or `reader reprints`)
    assert store.unindexed(db) == []
    assert store.pairs(db) == [(original, copy, 1.0)]  # found again, from the texts
    indexed = db.execute("SELECT count(*) FROM reprint_docs WHERE keys IS NOT NULL").fetchone()[0]
    assert indexed == articles - 1 - _too_short(db)  # the identical copy stands for none
    signed = db.execute("SELECT count(*) FROM reprint_docs WHERE length(signature) = 128").fetchone()[0]
    assert signed == indexed  # a byte per permutation, for the estimate against later articles
    assert db.execute("SELECT count(*) FROM reprint_bands WHERE key < 0").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM reprint_bands").fetchone()[0] <= BANDS * indexed
    db.conn.close()


def _too_short(db: Database) -> int:
    return sum(len(normalise(text)) < MIN_CHARS for (text,) in db.execute("SELECT text FROM articles"))
