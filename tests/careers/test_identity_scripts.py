"""One official printed in both scripts is one career; namesakes in two places stay two."""

from __future__ import annotations

from pathlib import Path

from reader.careers.identity import group_units
from reader.careers.update import load_people
from reader.store import open_db
from tests.helpers.two_scripts import two_scripts_library


def test_a_name_in_both_scripts_at_one_place_is_one_person() -> None:
    units = {("林鄭月娥", "香港"): 3, ("林郑月娥", "香港"): 1, ("林郑月娥", None): 1}
    assert [set(person) for person in group_units(units)] == [set(units)]


def test_a_place_in_both_scripts_is_one_place() -> None:
    units = {("陳明", "臺北市"): 2, ("陈明", "台北市"): 1}
    assert len(group_units(units)) == 1


def test_namesakes_in_two_cities_stay_two_people_in_either_script() -> None:
    units = {("陳明", "臺北市"): 2, ("陈明", "高雄市"): 1}
    assert len(group_units(units)) == 2


def test_a_career_is_found_by_either_printing(tmp_path: Path) -> None:
    """The mainland report's 香港特区行政长官林郑月娥 is a claim (特区: the shortened 特别行政区, not a
    区 level); the traditional spelling of the name and of the post finds it too."""
    db = open_db(tmp_path / "library.db")
    two_scripts_library(db, tmp_path)
    for query in ({"name": "林郑月娥"}, {"name": "林鄭"}, {"post": "行政長官"}):
        (person,) = load_people(db, **query)
        assert person.name == "林郑月娥"
        assert [(t.post, t.place) for t in person.tenures] == [("行政长官", "香港特别行政区")]
    db.conn.close()
