"""A concordance's first answer: counts without contexts, lines cut when shown, read a batch at a time."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from reader.research.lines import BATCH, LazyLines
from reader.research.queries import concordance, concordance_index, line_loader
from reader.store import research as store_research


def counting_loader(db: Database, asked: list[list[int]], gone: frozenset[int] = frozenset()) -> Any:
    read = line_loader(db)

    def load(ids: list[int]) -> list[tuple[Any, ...]]:
        asked.append(ids)
        return [row for row in read(ids) if row[0] not in gone]

    return load


def test_nothing_is_read_until_a_line_is_asked_for_then_a_batch(research_db: Database) -> None:
    first = concordance_index(research_db, "发展")
    lines = first.occurrences
    assert isinstance(lines, LazyLines)
    full = concordance(research_db, "发展")
    assert (len(lines), first.articles) == (len(full.occurrences), full.articles)
    assert first.articles > BATCH  # the samples have enough articles to need two batches
    asked: list[list[int]] = []
    lines.line_index.loader = counting_loader(research_db, asked)
    assert lines[0] == full.occurrences[0]
    assert len(asked) == 1 and len(asked[0]) == BATCH  # the first article and those shown after it
    assert lines[1:4] == full.occurrences[1:4]
    assert len(asked) == 1  # the same batch, nothing read again
    assert lines[-1] == full.occurrences[-1]
    assert len(asked) == 2


def test_an_article_gone_since_the_count_shows_no_lines_and_the_rest_stay_in_place(
    research_db: Database,
) -> None:
    first = concordance_index(research_db, "发展")
    lines = first.occurrences
    assert isinstance(lines, LazyLines)
    full = concordance(research_db, "发展").occurrences
    gone = full[0].article.article_id
    lines.line_index.loader = counting_loader(research_db, [], frozenset({gone}))
    shown = list(lines)
    assert [line for line in shown if line is not None] == [
        line for line in full if line.article.article_id != gone
    ]
    assert shown[0] is None and len(shown) == len(full)


def test_counts_are_taken_from_stored_bytes(research_db: Database) -> None:
    stored = research_db.execute("SELECT id, kicker, title, subtitle, text FROM articles LIMIT 3")
    texts = {row[0]: "\n".join(value or "" for value in row[1:]) for row in stored}
    rows = list(store_research.article_bytes(research_db, set(texts)))
    assert {row[0]: row[3].decode() for row in rows} == texts


def test_a_library_stored_in_utf16_is_counted_alike(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """SQLite may store text as UTF-16 (a library made elsewhere): its bytes are re-encoded."""
    import sqlite3

    from reader.ingest import import_paths
    from reader.resources import sample_library
    from reader.store import open_db

    path = tmp_path / "utf16.db"
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA encoding = 'UTF-16le'")
    raw.execute("CREATE TABLE probe (x)")  # the encoding is fixed by the first table
    raw.execute("DROP TABLE probe")
    raw.commit()
    raw.close()
    db = open_db(path)
    assert db.execute("PRAGMA encoding").fetchone()[0] == "UTF-16le"
    import_paths(db, [sample_library()])
    first = concordance_index(db, "发展")
    full = concordance(db, "发展")
    assert (len(first.occurrences), first.articles) == (len(full.occurrences), full.articles) != (0, 0)
    db.conn.close()
