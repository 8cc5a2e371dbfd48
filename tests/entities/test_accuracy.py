"""Precision and recall per kind against hand-made gold files (tests/data/gold_*.json).

What is scored is what a user of the library gets: the seed file goes through
the real importer and store, ``annotate_saved`` recognises every field of every
article (title, kicker, subtitle, body) and the byline names, and the stored
mentions are compared with the gold as distinct (kind, text) pairs per file.
Padded names are compared without their space; a chain of posts such as
``市委副书记、市长`` is scored post by post on both sides.  Bars from issue 3;
positions have no bar there, ours is 0.85.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.entities.claims import normalise_name
from reader.entities.pipeline import annotate_saved
from reader.importer import parse_bytes
from reader.resources import sample_library
from reader.store.db import memory_db
from reader.store.issues import save_issue

GOLD = sorted((Path(__file__).parent.parent / "data").glob("gold_*.json"))
BARS = {"person": 0.95, "place": 0.85, "organization": 0.85, "date": 0.95, "quantity": 0.95, "position": 0.85}


def _keys(kind: str, text: str) -> set[str]:
    text = normalise_name(text) if kind == "person" else text
    return {part for part in text.split("、") if part} if kind == "position" else {text}


def found_entities(seed: str) -> dict[str, set[str]]:
    """Distinct entity texts per kind the library stores for one imported seed file."""
    path = sample_library() / seed
    data = path.read_bytes()
    db = memory_db()
    annotate_saved(db, save_issue(db, parse_bytes(data, path.name), source_path=path, data=data))
    found: dict[str, set[str]] = {}
    rows = db.execute(
        'SELECT e.kind, m.field, m.start, m."end", a.title, a.kicker, a.subtitle, a.text, e.text '
        "FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id"
    ).fetchall()
    for kind, field, start, end, title, kicker, subtitle, body, entity in rows:
        fields = {"title": title, "kicker": kicker, "subtitle": subtitle, "text": body}
        text = entity if field == "byline" else (fields[field] or "")[start:end]
        found.setdefault(kind, set()).update(_keys(kind, text))
    return found


def score(gold: dict[str, object]) -> dict[str, tuple[float, float, int, int]]:
    """kind → (precision, recall, found, expected)."""
    found = found_entities(str(gold["seed"]))
    result = {}
    for kind in BARS:
        if kind not in gold:
            continue
        expected: set[str] = set()
        for text in gold[kind]:  # type: ignore[attr-defined]
            expected |= _keys(kind, text)
        got = found.get(kind, set())
        hits = len(expected & got)
        result[kind] = (hits / len(got) if got else 0.0, hits / len(expected), len(got), len(expected))
    return result


def table(scores: dict[str, tuple[float, float, int, int]]) -> str:
    lines = [f"{'kind':<13}{'P':>7}{'R':>7}{'found':>7}{'gold':>6}{'bar':>6}"]
    for kind, (p, r, n_found, n_gold) in scores.items():
        lines.append(f"{kind:<13}{p:>7.3f}{r:>7.3f}{n_found:>7}{n_gold:>6}{BARS[kind]:>6.2f}")
    return "\n".join(lines)


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_precision_and_recall_meet_the_bar(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    scores = score(gold)
    assert "person" in scores and "place" in scores, "gold must annotate every person and place"
    failures = [kind for kind, (p, r, _f, _g) in scores.items() if p < BARS[kind] or r < BARS[kind]]
    assert not failures, f"{path.name}: below the bar for {', '.join(failures)}\n{table(scores)}"


def test_at_least_two_seed_files_have_gold() -> None:
    assert len({json.loads(p.read_text(encoding="utf-8"))["seed"] for p in GOLD}) >= 2
