"""Saved searches in the store: names, replacing, renaming, removing; the schema step."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from reader.errors import NotFoundError, ReaderError
from reader.research.filters import Filters
from reader.research.queries import saved_counts, search_count
from reader.store import research as store_research


def test_save_list_rename_delete(db: Database) -> None:
    filters = Filters(section="要闻").to_json()
    saved = store_research.save_search(db, "  招商  引资 ", "招商", filters, fold_variants=False)
    assert (saved.name, saved.query, saved.filters, saved.fold_variants) == (
        "招商 引资",
        "招商",
        filters,
        False,
    )
    with pytest.raises(ReaderError, match="already exists"):
        store_research.save_search(db, "招商 引资", "引资")
    store_research.save_search(db, "Zeta", "发展")
    with pytest.raises(ReaderError, match="already exists"):
        store_research.save_search(db, "zeta", "发展")  # names ignore letter case
    assert [s.name for s in store_research.list_saved(db)] == ["Zeta", "招商 引资"]
    replaced = store_research.save_search(db, "zeta", "高质量", replace=True)
    assert (replaced.name, replaced.query, replaced.id) == (
        "zeta",
        "高质量",
        store_research.get_saved(db, "Zeta").id,
    )
    renamed = store_research.rename_saved(db, "zeta", "质量")
    assert renamed.query == "高质量"
    with pytest.raises(ReaderError, match="already exists"):
        store_research.rename_saved(db, "质量", "招商 引资")
    gone = store_research.delete_saved(db, "质量")
    assert gone.query == "高质量"
    with pytest.raises(NotFoundError):
        store_research.get_saved(db, "质量")
    for bad_name, query in (("", "x"), ("  ", "x"), ("name", " ")):
        with pytest.raises(ReaderError):
            store_research.save_search(db, bad_name, query)


def test_counts_follow_the_filters(research_copy) -> None:  # type: ignore[no-untyped-def]
    from reader.store import open_db

    db = open_db(research_copy)
    store_research.save_search(db, "all", "发展")
    store_research.save_search(db, "autumn", "发展", Filters(date_from="2024-09-01").to_json())
    counts = {saved.name: count for saved, count in saved_counts(db)}
    assert counts["all"] == search_count(db, "发展", Filters()) > counts["autumn"] > 0
    dated = db.execute(
        "SELECT count(DISTINCT a.id) FROM articles a JOIN issues i ON i.id = a.issue_id "
        "WHERE i.issue_date >= '2024-09-01' AND (a.title LIKE '%发展%' OR a.text LIKE '%发展%' "
        "OR a.kicker LIKE '%发展%' OR a.subtitle LIKE '%发展%')"
    ).fetchone()[0]
    assert counts["autumn"] == dated
    db.conn.close()
