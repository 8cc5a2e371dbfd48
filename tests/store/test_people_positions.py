"""A person's posts are listed once each, even when the text prints several before the name."""

from __future__ import annotations

from sqlite_utils import Database

from reader import ingest
from reader.entities.pipeline import annotate_saved
from reader.store import entities as entity_store
from tests.helpers.samples import LIBRARY


def test_compound_posts_are_split_and_each_post_is_listed_once(db: Database) -> None:
    ingest.import_paths(db, [LIBRARY], after_save=annotate_saved)
    index = {row["name"]: row["positions"] for row in entity_store.people_index(db)}
    # the seeds print 市长李跃勇 (most often), 市委副书记、市长李跃勇 and 市长、市安委会主任李跃勇
    assert index["李跃勇"] == ["市长", "市委副书记", "市安委会主任"]
    for name, posts in index.items():
        assert len(posts) == len(set(posts)), name
        assert not any("、" in post for post in posts), name
