"""The ledger on the sample bulletins: the two leaders every meeting report names."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from reader.careers.update import load_people
from reader.entities.pipeline import annotate_saved
from reader.ingest import import_paths
from reader.resources import sample_library
from reader.store import open_db


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Database:
    db = open_db(tmp_path_factory.mktemp("samples") / "library.db")
    import_paths(db, [sample_library()], after_save=annotate_saved)
    return db


@pytest.mark.parametrize(("name", "post"), [("鲍常勇", "市委书记"), ("李跃勇", "市长")])
def test_city_leaders_with_dates_and_sources(samples: Database, name: str, post: str) -> None:
    (person,) = load_people(samples, name=name)
    assert person.person_id == f"{name}@驻马店市"
    tenure = next(t for t in person.tenures if t.post == post)
    assert tenure.place == "驻马店市"
    assert "2024-09-01" <= tenure.first_date <= tenure.last_date <= "2024-09-30"
    titles = {c.title for c in tenure.claims}
    assert len(tenure.article_ids) >= 5
    sample_titles = {"市委常委会", "市政府常务会议"}
    assert titles & sample_titles  # meeting reports of the bulletin, printed with the post


def test_bylines_are_not_posts(samples: Database) -> None:
    posts = {t.post for p in load_people(samples) for t in p.tenures}
    assert not {"记者", "通讯员", "本报记者"} & posts
