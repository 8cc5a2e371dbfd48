"""Who is who: claims → people, namesakes kept apart, the user's merges and splits applied.

The unit is a *name at a place* (张伟 @ 甲县): every claim of one name whose post is at one
place.  Units of one name are one person unless they cannot be: two places of the same level
(two counties, two cities) are two careers, since one official holds posts in one county or
one city at a time and a namesake is likelier than a move the texts never mention.  Units of
different levels fit one career (副市长 and 新蔡县委书记 at once).  A unit with no place joins
its name's only person, or stands alone when the name has several.  Names and places are compared
in their simplified reading: 林鄭月娥 @ 香港 in a release and 林郑月娥 @ 香港 in a report are one unit's kin.

Corrections name units by text, so they survive reindexing: ``merge`` unites the people two
units belong to, ``split`` takes a unit out of the person it shares with another, in the
order the user made them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.careers.lexicon import LEVEL_OF_CHAR, Lexicon, lexicon
from reader.ledger_values import Correction, Unit
from reader.textfold import simplified


def person_id(unit: Unit) -> str:
    """The stable id of the person a unit anchors: ``张伟@甲县`` (``张伟@`` without a place)."""
    return f"{unit[0]}@{unit[1] or ''}"


def parse_person_id(text: str) -> Unit:
    name, _at, place = text.partition("@")
    return (name.strip(), place.strip() or None)


def place_level(lex: Lexicon, place: str | None) -> str | None:
    if place is None:
        return None
    unit = lex.place(place)
    if unit is not None:
        return unit.level
    return LEVEL_OF_CHAR.get(place[-1])


def group_units(
    units: dict[Unit, int], corrections: Sequence[Correction] = (), lex: Lexicon | None = None
) -> list[list[Unit]]:
    """People as lists of units; ``units`` maps each unit to its number of claims (the heavier lead)."""
    lex = lex or lexicon()
    people: list[list[Unit]] = []
    by_name: dict[str, list[Unit]] = {}
    for unit in units:  # a name printed in either script (林鄭月娥, 林郑月娥) is one name
        by_name.setdefault(simplified(unit[0]), []).append(unit)
    for name_units in by_name.values():
        people.extend(_one_name(name_units, units, lex))
    return _corrected(people, corrections)


def _one_name(name_units: list[Unit], weights: dict[Unit, int], lex: Lexicon) -> list[list[Unit]]:
    placed = sorted((u for u in name_units if u[1] is not None), key=lambda u: (-weights[u], u[1] or ""))
    people: list[list[Unit]] = []
    for unit in placed:
        level = place_level(lex, unit[1])
        home = next((p for p in people if all(not _elsewhere(lex, o, unit, level) for o in p)), None)
        if home is None:
            people.append([unit])
        else:
            home.append(unit)
    unplaced = [u for u in name_units if u[1] is None]
    if unplaced:
        if len(people) == 1:
            people[0].extend(unplaced)
        else:
            people.append(unplaced)
    return people


def _elsewhere(lex: Lexicon, one: Unit, other: Unit, level: str | None) -> bool:
    """Two places of one level that are not one place in either script (臺北市 is 台北市)."""
    return place_level(lex, one[1]) == level and simplified(one[1] or "") != simplified(other[1] or "")


def _corrected(people: list[list[Unit]], corrections: Iterable[Correction]) -> list[list[Unit]]:
    owner: dict[Unit, int] = {u: i for i, person in enumerate(people) for u in person}
    groups: dict[int, list[Unit]] = dict(enumerate(people))
    fresh = len(people)
    for correction in corrections:
        a, b = owner.get(correction.unit), owner.get(correction.other)
        if a is None or b is None:
            continue  # a unit no claim has any more: the correction waits until it has
        if correction.action == "merge" and a != b:
            for unit in groups.pop(b):
                owner[unit] = a
                groups[a].append(unit)
        elif correction.action == "split" and a == b and len(groups[a]) > 1:
            groups[a].remove(correction.unit)
            groups[fresh] = [correction.unit]
            owner[correction.unit] = fresh
            fresh += 1
    return [groups[key] for key in sorted(groups) if groups[key]]
