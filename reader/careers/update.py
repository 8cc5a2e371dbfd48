"""Keep the ledger's claims up to date: per saved file on import, or the whole library.

Claims are extracted per issue so every article of it shares one context: which city "市"
means there is read from all of the issue's articles, not from one short item.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlite_utils import Database

from reader.careers.claims import Claim, Context, MentionSpan, extract, place_weights
from reader.careers.identity import Correction
from reader.careers.ledger import Person, people
from reader.careers.lexicon import lexicon
from reader.store import careers as store
from reader.textfold import simplified


def _context(lex: Any, rows: list[dict[str, Any]]) -> Context:
    """The issue's places, read in simplified Chinese like the claims (``claims.extract``)."""
    places = [simplified(m[4]) for row in rows for m in row["mentions"] if m[0] == "place"]
    texts = [simplified(row["title"] or "") for row in rows] + [simplified(row["text"] or "") for row in rows]
    first = rows[0]
    weights = place_weights(lex, texts, places)
    for name in (first["publication"], first["issue_title"]):
        if name and (found := lex.place_prefix(simplified(name))):
            weights[found[1].full] += 5
    return Context(first["issue_date"], weights, first["publication"])


def update_articles(db: Database, article_ids: Sequence[int]) -> int:
    """Recompute the claims of these articles (reading the context of their whole issues)."""
    if not article_ids:
        return 0
    lex = lexicon()
    wanted = set(article_ids)
    rows = store.article_inputs(db, article_ids)
    issues = store.issue_article_ids(db, {row["issue_id"] for row in rows})
    found: dict[int, list[Claim]] = {}
    for issue_id, ids in issues.items():
        issue_rows = (
            store.article_inputs(db, ids)
            if not set(ids) <= wanted
            else [r for r in rows if r["issue_id"] == issue_id]
        )
        context = _context(lex, issue_rows)
        for row in issue_rows:
            if row["id"] not in wanted:
                continue
            spans = [MentionSpan(kind, field, start, end) for kind, field, start, end, _t in row["mentions"]]
            found[row["id"]] = extract(row, spans, context, lex)
    store.replace_claims(db, found)
    return len(found)


def update_issues_of(db: Database, article_ids: Sequence[int]) -> int:
    """Recompute the claims of every article of the issues these articles belong to."""
    if not article_ids:
        return 0
    issues = store.issue_article_ids(db, store.issue_ids_of(db, article_ids))
    return update_articles(db, [i for ids in issues.values() for i in ids])


def rebuild(db: Database, progress: Callable[[int, int], None] | None = None) -> int:
    """Recompute every claim (after ``reader reindex`` rewrote the mentions)."""
    issue_ids = store.all_issue_ids(db)
    count = 0
    with db.atomic():
        for done, (_issue, ids) in enumerate(store.issue_article_ids(db, issue_ids).items(), start=1):
            count += update_articles(db, ids)
            if progress is not None:
                progress(done, len(issue_ids))
    return count


def load_people(db: Database, *, name: str | None = None, post: str | None = None) -> list[Person]:
    """People whose name contains ``name`` / who held a post containing ``post`` (in either script), with
    all their claims (a person's identity depends on every claim of the name, not only the matching ones)."""
    corrections: list[Correction] = store.corrections(db)
    names = store.names_with(db, name=name, post=post) if (name or post) else None
    if names is not None:
        linked = {c.other[0] for c in corrections if c.unit[0] in names} | {
            c.unit[0] for c in corrections if c.other[0] in names
        }
        names = sorted(set(names) | linked)
    found = people(store.claims(db, names), corrections)
    if name:
        wanted = simplified(name)
        found = [p for p in found if wanted in simplified(p.name)]
    if post:
        wanted = simplified(post)
        for person in found:
            person.tenures = [t for t in person.tenures if wanted in simplified(t.post)]
        found = [p for p in found if p.tenures]
    return found
