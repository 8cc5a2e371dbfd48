"""Tag stored articles: a resumable queue, a cache by text, the user's corrections on top.

An import only *queues* its articles (``store.mark_pending``, in the same savepoint as the file), so
annotation is never silently skipped: ``tag_pending`` works the queue off in chunks, each chunk in
one transaction that writes the mentions and removes the articles from the queue together.  A crash
or a cancel leaves the rest queued for the next import, ``reader reindex`` or the window's next start.

Each tagged article records the digest of the text its mentions came from; an article whose text is
unchanged is not tagged again, and a new article whose text another article already had (the same
file imported from another folder) takes that article's mentions.

The career ledger's claims of every article passed through here are rewritten with its mentions
(``reader.derived.update_claims``), whether its text changed or not: a claim also reads its issue's
date and places, which a new version of the issue may have changed.

Library-wide consistency: people confirmed anywhere (a post, a byline, a leader list, a confident
model reading) are stored as such, and the recogniser recognises them wherever they occur; within
one chunk, names confirmed in one article count in the others.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from reader import derived
from reader.entities import kinds
from reader.entities.claims import Analysis, Mention, WordSet, normalise_name
from reader.store import entities as store
from reader.store.issues import SaveResult

FIELDS = store.FIELDS
CHUNK_CHARS = 40_000
"""Characters per transaction: about a second of tagging, so a queued write of the window's waits no
longer than that, and a crash loses at most that much work."""
Progress = Callable[[int, int], None]


@dataclass
class _Article:
    id: int
    fields: dict[str, str]
    bylines: list[str]

    @property
    def digest(self) -> str:
        parts = [self.fields[f] for f in FIELDS] + ["\x1e".join(self.bylines)]
        return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()

    @property
    def size(self) -> int:
        return sum(len(v) for v in self.fields.values())


@dataclass(frozen=True)
class Request:
    """Everything recognition needs, read from the library beforehand, so it can run in another process
    (``reader.entities.process``): the texts (every field of every article), the chunk's byline names,
    the user's library-wide entries and rejections, and the people confirmed so far."""

    texts: list[str]
    bylines: list[str]
    entries: list[tuple[str, str]]
    rejections: list[str]
    known: frozenset[str]


Recognise = Callable[[Request], list[Analysis]]


def _library_entries(corrections: list[dict[str, Any]]) -> tuple[list[tuple[str, str]], list[str]]:
    rejected = [c["text"] for c in corrections if c["action"] == "reject" and c["scope"] == "all"]
    entries = {}
    for c in corrections:
        if c["scope"] == "all" and c["action"] in ("add", "retype"):
            entries[c["text"]] = c["kind"]
    return list(entries.items()), rejected


def recognise(request: Request) -> list[Analysis]:
    """Pure: one ``Analysis`` per text, in one model pass; names confirmed in one text count in all."""
    from reader.entities.recogniser import Recogniser  # loads jieba and the model: only where used

    texts = request.texts

    def recogniser(extra: Iterable[str]) -> Recogniser:
        return Recogniser(
            user_entries=request.entries,
            rejections=request.rejections,
            known_people=set(request.known) | set(extra),
        )

    first = recogniser(request.bylines)
    words = first.model_words(texts)
    found = first.analyse_many(texts, words)
    fresh = {n for a in found for n in a.confirmed} - first.known.keys() - first.rejections
    if fresh:
        names = WordSet(fresh)
        again = [n for n, t in enumerate(texts) if names.occurs_in(t)]
        if again:
            second = recogniser([*fresh, *request.bylines])
            redone = second.analyse_many([texts[n] for n in again], [words[n] for n in again])
            for n, analysis in zip(again, redone, strict=True):
                found[n] = analysis
    return found


def _apply(
    corrections: list[dict[str, Any]], article_id: int, field: str, text: str, mentions: list[Mention]
) -> list[Mention]:
    result = list(mentions)
    for c in corrections:
        if c["action"] == "reject" and c["scope"] == "all" and c["kind"] is not None:
            result = [m for m in result if not (m.kind == c["kind"] and normalise_name(m.text) == c["text"])]
        if c["scope"] != "occurrence" or c["article_id"] != article_id or c["field"] != field:
            continue
        start, end = c["start"], c["end"]
        result = [m for m in result if m.end <= start or m.start >= end]
        if c["action"] in ("add", "retype") and 0 <= start < end <= len(text):
            result.append(Mention(c["kind"], start, end, text[start:end]))
    return sorted(result, key=lambda m: m.start)


def _load(db: Database, article_ids: Iterable[int]) -> list[_Article]:
    return [_Article(*row) for row in store.texts_to_recognise(db, article_ids)]


def _recognise(
    db: Database,
    articles: list[_Article],
    known: set[str] | None,
    corrections: list[dict[str, Any]],
    run: Recognise,
) -> list[dict[str, Analysis]]:
    """Every field of every article through ``run`` (in this process or a child); names confirmed in one
    article count in all (and, through ``known``, in the chunks that follow)."""
    entries, rejected = _library_entries(corrections)
    request = Request(
        texts=[a.fields[f] for a in articles for f in FIELDS],
        bylines=[n for a in articles for n in a.bylines],
        entries=entries,
        rejections=rejected,
        known=frozenset(store.known_people(db) if known is None else known),
    )
    found = run(request)
    per_article = []
    for number in range(len(articles)):
        block = found[number * len(FIELDS) : (number + 1) * len(FIELDS)]
        per_article.append(dict(zip(FIELDS, block, strict=True)))
    return per_article


def _store(
    db: Database, article: _Article, analyses: dict[str, Analysis], corrections: list[dict[str, Any]]
) -> None:
    rejected = {c["text"] for c in corrections if c["action"] == "reject" and c["scope"] == "all"}
    by_field = {
        f: _apply(corrections, article.id, f, article.fields[f], analyses[f].mentions) for f in FIELDS
    }
    confirmed = {n for a in analyses.values() for n in a.confirmed}
    store.replace_mentions(
        db, article.id, by_field, [n for n in article.bylines if n not in rejected], confirmed
    )
    store.record_done(db, article.id, article.digest, kinds.RECOGNISER_VERSION)


def tag_articles(
    db: Database,
    article_ids: Iterable[int],
    *,
    force: bool = False,
    known: set[str] | None = None,
    run: Recognise = recognise,
) -> int:
    """Tag these articles now, in one transaction, and take them off the queue; returns how many were
    computed (not found unchanged or copied).  ``force`` recomputes even unchanged text (a correction);
    ``run`` is where recognition happens (the window passes a ``RecogniserProcess``)."""
    articles = _load(db, article_ids)
    corrections = store.list_corrections(db)
    with db.atomic():
        todo = []
        for article in articles:
            digest = article.digest
            if not force and store.done_digest(db, article.id, kinds.RECOGNISER_VERSION) == digest:
                continue
            source = None if force else store.twin(db, digest, kinds.RECOGNISER_VERSION, article.id)
            if source is not None:
                store.copy_mentions(db, source, article.id)
                store.record_done(db, article.id, digest, kinds.RECOGNISER_VERSION)
                continue
            todo.append(article)
        if todo:
            for article, analyses in zip(todo, _recognise(db, todo, known, corrections, run), strict=True):
                _store(db, article, analyses, corrections)
                if known is not None:
                    known.update(n for a in analyses.values() for n in a.confirmed)
        store.unqueue(db, [a.id for a in articles])
        # the career ledger reads mentions (and the issue's date): its claims follow in this transaction
        derived.update_claims(db, [a.id for a in articles])
        if store.get_state(db, "version") is None:
            store.set_state(db, "version", kinds.RECOGNISER_VERSION)
    return len(todo)


def annotate_articles(db: Database, article_ids: Iterable[int], run: Recognise = recognise) -> int:
    """Recompute these articles' mentions now (after a correction that touches them)."""
    return tag_articles(db, list(article_ids), force=True, run=run)


def annotate_saved(db: Database, result: SaveResult) -> None:
    """``after_save`` hook of an import: tag the articles one saved file produced, inside its savepoint."""
    tag_articles(db, result.article_ids)


def next_chunk(db: Database, limit: int | None = None) -> list[int]:
    """Queued article ids adding up to about ``limit`` (default ``CHUNK_CHARS``) characters, at least one."""
    return store.pending_chunk(db, limit or CHUNK_CHARS)


def tag_pending(
    db: Database, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
) -> int:
    """Work off the queue chunk by chunk (each chunk committed); returns the articles taken off it."""
    total = store.pending_count(db)
    done = 0
    known = store.known_people(db)
    while not (cancelled is not None and cancelled()):
        chunk = next_chunk(db)
        if not chunk:
            break
        tag_articles(db, chunk, known=known)
        done += len(chunk)
        if progress is not None:
            progress(done, max(total, done))
    return done


def reindex(db: Database, progress: Progress | None = None, *, everything: bool = False) -> int:
    """Tag what is queued or was never tagged; after a change of recogniser (or with ``everything``) every
    article is queued first."""
    with db.atomic():
        if everything or needs_reindex(db):
            store.forget_done(db)
            store.mark_all_pending(db)
        else:
            store.queue_untagged(db)
    count = tag_pending(db, progress)
    with db.atomic():
        store.drop_unmentioned(db)
        store.set_state(db, "version", kinds.RECOGNISER_VERSION)
    return count


def needs_reindex(db: Database) -> bool:
    version = store.get_state(db, "version")
    return version is not None and version != kinds.RECOGNISER_VERSION
