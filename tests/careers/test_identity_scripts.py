"""One official printed in both scripts is one career; namesakes in two places stay two."""

from __future__ import annotations

from reader.careers.identity import group_units


def test_a_name_in_both_scripts_at_one_place_is_one_person() -> None:
    units = {("林鄭月娥", "香港"): 3, ("林郑月娥", "香港"): 1, ("林郑月娥", None): 1}
    assert [set(person) for person in group_units(units)] == [set(units)]


def test_a_place_in_both_scripts_is_one_place() -> None:
    units = {("陳明", "臺北市"): 2, ("陈明", "台北市"): 1}
    assert len(group_units(units)) == 1


def test_namesakes_in_two_cities_stay_two_people_in_either_script() -> None:
    units = {("陳明", "臺北市"): 2, ("陈明", "高雄市"): 1}
    assert len(group_units(units)) == 2
