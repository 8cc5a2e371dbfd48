"""Which articles and highlights an export contains; shared by the CLI and the export dialog.

An article is exported when it has a highlight or a tag that passes the
filters.  With ``tag``: articles carrying the tag (with all their highlights)
and highlights carrying it (from any article).  ``person`` keeps articles that
mention the person (recognised entities) or carry the name in their byline.
Orphaned highlights whose article is gone are grouped under the title they
were made on, after everything else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from reader.errors import NotFoundError
from reader.store import annotations as annotation_store
from reader.store import articles as article_store
from reader.store import tags as tag_store


@dataclass(frozen=True)
class ExportFilter:
    tag: str | None = None
    issue_id: int | None = None
    since: str | None = None  # ISO date, inclusive
    until: str | None = None
    person: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if v is not None}


@dataclass
class ArticleNotes:
    key: str
    title: str
    article: dict[str, Any] | None  # as from reader.store.articles.get_article; None when deleted
    tags: list[str] = field(default_factory=list)
    highlights: list[annotation_store.Annotation] = field(default_factory=list)
    people: list[str] = field(default_factory=list)  # in order of first mention
    person_spans: list[tuple[str, int, int]] = field(default_factory=list)

    def people_in(self, annotation: annotation_store.Annotation) -> list[str]:
        """People mentioned inside one highlight, in order, each once."""
        if annotation.orphaned or annotation.start is None or annotation.end is None:
            return []
        lo, hi = annotation.start, annotation.end
        return list(dict.fromkeys(name for name, s, e in self.person_spans if s >= lo and e <= hi))


def _compact(name: str) -> str:
    return "".join(name.split())


def person_article_ids(db: Database, name: str) -> set[int]:
    """Articles mentioning ``name`` (entities, when recognised) or crediting it in the byline."""
    wanted = _compact(name)
    found: set[int] = set()
    try:
        from reader.store import entities as entity_store

        found |= {row["article_id"] for row in entity_store.entity_articles(db, "person", wanted)}
    except ImportError:  # entities not available: bylines alone
        pass
    for article in article_store.list_articles(db):
        if any(_compact(entry["name"]) == wanted for entry in article["byline"]):
            found.add(article["id"])
    return found


def _people(db: Database, article_id: int) -> list[tuple[str, int, int]]:
    try:
        from reader.store import entities as entity_store
    except ImportError:
        return []
    return [
        (m["entity"], m["start"], m["end"])
        for m in entity_store.list_mentions(db, article_id, kind="person")
        if m["field"] == "text"
    ]


def _in_range(article: dict[str, Any], filters: ExportFilter) -> bool:
    if filters.issue_id is not None and article["issue_id"] != filters.issue_id:
        return False
    date = article["issue_date"]
    if filters.since and (date is None or date < filters.since):
        return False
    return not (filters.until and (date is None or date > filters.until))


def select(db: Database, filters: ExportFilter) -> list[ArticleNotes]:
    """The articles (reading order) and highlights (text order) one export holds."""
    person_ids = person_article_ids(db, filters.person) if filters.person else None
    highlights = annotation_store.list_annotations(
        db,
        tag=filters.tag,
        issue_id=filters.issue_id,
        since=filters.since,
        until=filters.until,
        article_ids=person_ids,
    )
    tagged = (
        tag_store.tagged_article_ids(db, filters.tag) if filters.tag else tag_store.all_tagged_article_ids(db)
    )
    if person_ids is not None:
        tagged &= person_ids
    by_article: dict[int, list[annotation_store.Annotation]] = {}
    gone: dict[str, list[annotation_store.Annotation]] = {}
    for annotation in highlights:
        if annotation.article_id is None:
            gone.setdefault(annotation.article_key, []).append(annotation)
        else:
            by_article.setdefault(annotation.article_id, []).append(annotation)
    selected = []
    for article_id in set(by_article) | tagged:
        try:
            article = article_store.get_article(db, article_id)
        except NotFoundError:
            continue
        if not _in_range(article, filters):
            continue
        spans = _people(db, article_id)
        selected.append(
            ArticleNotes(
                key=article["key"],
                title=article["title"],
                article=article,
                tags=tag_store.article_tags(db, article_id),
                highlights=_text_order(by_article.get(article_id, [])),
                people=list(dict.fromkeys(name for name, _s, _e in spans)),
                person_spans=spans,
            )
        )
    selected.sort(key=_reading_order)
    for key in sorted(gone):
        notes = _text_order(gone[key])
        selected.append(
            ArticleNotes(key=key, title=notes[0].article_title or key, article=None, highlights=notes)
        )
    return selected


def _text_order(items: list[annotation_store.Annotation]) -> list[annotation_store.Annotation]:
    return sorted(
        items, key=lambda a: (a.orphaned, a.start if a.start is not None else -1, a.end or 0, a.uid)
    )


def _reading_order(notes: ArticleNotes) -> tuple[Any, ...]:
    article = notes.article or {}
    date = article.get("issue_date")
    return (date is None, date or "", article.get("source_file") or "", article.get("position", 0), notes.key)
