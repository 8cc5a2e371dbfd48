"""Claims summed into careers: one row per person and post, the current post, posts × periods."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reader.careers.identity import group_units, person_id
from reader.ledger_values import Correction, StoredClaim, Unit


@dataclass
class Tenure:
    """One person in one post at one place: first and last dated claim, notices, sources."""

    person: str
    person_id: str
    post: str
    place: str | None
    organisation: str | None
    first_date: str | None = None
    last_date: str | None = None
    appointed: list[str] = field(default_factory=list)  # dates of appointment notices
    removed: list[str] = field(default_factory=list)  # dates of removal notices
    claims: list[StoredClaim] = field(default_factory=list)

    @property
    def article_ids(self) -> list[int]:
        return sorted({c.article_id for c in self.claims})

    def as_json(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "person_id": self.person_id,
            "post": self.post,
            "place": self.place,
            "organisation": self.organisation,
            "first_date": self.first_date,
            "last_date": self.last_date,
            "appointed": self.appointed,
            "removed": self.removed,
            "article_ids": self.article_ids,
        }


@dataclass
class Person:
    person_id: str
    name: str
    places: list[str | None]
    tenures: list[Tenure]

    def current_posts(self) -> list[Tenure]:
        """The posts held at the person's latest dated claim, unless a removal notice ended them since.

        An appointment notice is such a claim, so it makes its post current and everything last
        seen before it past.
        """
        dated = [t for t in self.tenures if t.last_date]
        if not dated:
            return []
        latest = max(t.last_date or "" for t in dated)
        return [t for t in dated if t.last_date == latest and not (t.removed and max(t.removed) >= latest)]


def people(claims: Sequence[StoredClaim], corrections: Sequence[Correction] = ()) -> list[Person]:
    """Every person of the claims, the one with most claims first."""
    weights: Counter[Unit] = Counter((c.name, c.place) for c in claims)
    groups = group_units(dict(weights), corrections)
    by_unit: dict[Unit, list[StoredClaim]] = {}
    for claim in claims:
        by_unit.setdefault((claim.name, claim.place), []).append(claim)
    found = []
    for units in groups:
        anchor = max(units, key=lambda u: (weights[u], u[1] is not None, u[1] or ""))
        pid = person_id(anchor)
        mine = [c for u in units for c in by_unit.get(u, [])]
        found.append(
            Person(
                pid,
                anchor[0],
                sorted({u[1] for u in units}, key=lambda p: p or ""),
                _tenures(pid, anchor[0], mine),
            )
        )
    return sorted(found, key=lambda p: (-sum(len(t.claims) for t in p.tenures), p.person_id))


def _tenures(pid: str, name: str, claims: Iterable[StoredClaim]) -> list[Tenure]:
    tenures: dict[tuple[str, str | None], Tenure] = {}
    for claim in sorted(claims, key=lambda c: (c.date or "", c.claim_id)):
        key = (claim.post, claim.place)
        tenure = tenures.get(key)
        if tenure is None:
            tenure = tenures[key] = Tenure(name, pid, claim.post, claim.place, claim.organisation)
        tenure.claims.append(claim)
        tenure.organisation = tenure.organisation or claim.organisation
        if claim.date:
            tenure.first_date = min(tenure.first_date or claim.date, claim.date)
            tenure.last_date = max(tenure.last_date or claim.date, claim.date)
            if claim.kind == "appointment":
                tenure.appointed.append(claim.date)
            elif claim.kind == "removal":
                tenure.removed.append(claim.date)
    return sorted(tenures.values(), key=lambda t: (t.first_date or "9999", t.post))


def posts_by_period(
    persons: Iterable[Person], period: int = 4
) -> dict[tuple[str, str | None], dict[str, list[str]]]:
    """``(post, place) → {year: [people]}``: who held each post in each year (``period`` = 4 → years).

    A tenure counts in every year from its first to its last dated claim.
    """
    table: dict[tuple[str, str | None], dict[str, list[str]]] = {}
    for person in persons:
        for tenure in person.tenures:
            if not tenure.first_date or not tenure.last_date:
                continue
            row = table.setdefault((tenure.post, tenure.place), {})
            for year in range(int(tenure.first_date[:period]), int(tenure.last_date[:period]) + 1):
                names = row.setdefault(str(year), [])
                if person.name not in names:
                    names.append(person.name)
    return table


CSV_COLUMNS = (
    "用户编码",
    "姓名",
    "经历序号",
    "起始时间",
    "终止时间",
    "地方",
    "机构",
    "职务",
    "具体职务",
    "标志位",
    "文章编号",
    "文章标题",
    "刊物",
    "链接",
)
"""One row per claim, named like the Chinese Political Elite Database's career sheet
(用户编码 person id, 经历序号 row number within the person, 起始/终止时间 the claim's date,
地方/机构/职务 place, organisation and post, 具体职务 the post as printed, 标志位 the kind of
evidence: 提及 mention, 任命 appointment, 免去 removal), plus the source article."""
FLAGS = {"mention": "提及", "appointment": "任命", "removal": "免去"}
