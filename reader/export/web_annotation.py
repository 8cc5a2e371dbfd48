"""Lossless backup of highlights as W3C Web Annotations (https://www.w3.org/TR/annotation-model/).

Export: an ``AnnotationCollection`` whose first page holds every annotation:
``id`` ``urn:uuid:<uid>``, the note as a ``TextualBody`` (purpose
``commenting``, Markdown), each tag as a ``TextualBody`` with purpose
``tagging``, the colour as one with purpose ``highlighting``, and a ``target``
whose ``source`` names the article (``bulletin-reader://`` URL, article key,
issue key, source file and its SHA-256) with a ``TextQuoteSelector`` and a
``TextPositionSelector``.

Import restores them into any library that holds the same file: the issue is
found by the file's hash (any version), else by issue key or file name; the
article by key, else by quote across the issue; the offsets are then checked
and, if need be, re-anchored.  An annotation that cannot be placed is still
restored, as an orphan.  Uids already in the library are skipped, so importing
twice changes nothing.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from reader import links
from reader.errors import BadInputError, NotFoundError
from reader.store import annotations as annotation_store
from reader.store.annotations import Annotation

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
GENERATOR = "bulletin-reader"


def to_web_annotation(annotation: Annotation, source: dict[str, Any]) -> dict[str, Any]:
    """One annotation in the W3C model; ``source`` is what :func:`source_info` found for it."""
    body: list[dict[str, Any]] = []
    if annotation.note:
        body.append({"type": "TextualBody", "value": annotation.note, "format": "text/markdown",
                     "purpose": "commenting"})  # fmt: skip
    body.append({"type": "TextualBody", "value": annotation.color, "purpose": "highlighting"})
    body.extend({"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in annotation.tags)
    selectors: list[dict[str, Any]] = [
        {"type": "TextQuoteSelector", "exact": annotation.quote, "prefix": annotation.prefix,
         "suffix": annotation.suffix},
    ]  # fmt: skip
    if annotation.start is not None and annotation.end is not None:
        selectors.append({"type": "TextPositionSelector", "start": annotation.start, "end": annotation.end})
    return {
        "@context": CONTEXT,
        "id": f"urn:uuid:{uuid.UUID(hex=annotation.uid)}",
        "type": "Annotation",
        "motivation": "commenting" if annotation.note else "highlighting",
        "created": annotation.created_at,
        "modified": annotation.updated_at,
        "generator": GENERATOR,
        "body": body,
        "target": {
            "source": {
                "id": links.article_url(annotation.article_key),
                "type": "Text",
                "articleKey": annotation.article_key,
                "title": annotation.article_title,
                "sha256": annotation.source_hash,
                **source,
            },
            "selector": selectors,
            "state": {"orphaned": annotation.orphaned},
        },
    }


def export_collection(db: Database, *, exported_at: str) -> dict[str, Any]:
    """Every annotation in the library, in reading order, as one ``AnnotationCollection``."""
    items = []
    for annotation in annotation_store.list_annotations(db):
        items.append(to_web_annotation(annotation, annotation_store.source_info(db, annotation)))
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "Bulletin Reader annotations",
        "generated": exported_at,
        "generator": GENERATOR,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def dumps(collection: dict[str, Any]) -> str:
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


@dataclass(frozen=True)
class ImportSummary:
    restored: int = 0  # placed on an article (offsets verified or re-anchored)
    orphaned: int = 0  # kept, but no matching article or text in this library
    skipped: int = 0  # already present (same uid)


def _items(data: Any, where: str) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and data.get("type") == "Annotation":
        return [data]
    if isinstance(data, dict) and data.get("type") == "AnnotationCollection":
        items = (data.get("first") or {}).get("items")
        if isinstance(items, list):
            return items
    raise BadInputError(where, "expected a W3C AnnotationCollection, an Annotation or a list of them")


def _field(value: Any, name: str, kind: type, where: str) -> Any:
    if not isinstance(value, kind):
        raise BadInputError(where, f"field {name!r} is missing or not a {kind.__name__}")
    return value


def parse_annotation(item: Any, where: str) -> annotation_store.Incoming:
    """Validate one W3C annotation and turn it into what the store restores."""
    item = _field(item, "annotation", dict, where)
    raw_id = _field(item.get("id"), "id", str, where)
    try:
        uid = uuid.UUID(raw_id.removeprefix("urn:uuid:")).hex
    except ValueError as error:
        raise BadInputError(where, f"id {raw_id!r} is not a urn:uuid") from error
    where = f"{where} ({raw_id})"
    target = _field(item.get("target"), "target", dict, where)
    source = _field(target.get("source"), "target.source", dict, where)
    selectors = {s.get("type"): s for s in _field(target.get("selector"), "target.selector", list, where)}
    quote = _field(selectors.get("TextQuoteSelector"), "TextQuoteSelector", dict, where)
    position = selectors.get("TextPositionSelector") or {}
    body = item.get("body") or []
    body = body if isinstance(body, list) else [body]
    by_purpose: dict[str, list[str]] = {}
    for part in body:
        if isinstance(part, dict) and isinstance(part.get("value"), str):
            by_purpose.setdefault(part.get("purpose", "commenting"), []).append(part["value"])
    color = (by_purpose.get("highlighting") or [annotation_store.DEFAULT_COLOR])[0]
    return annotation_store.Incoming(
        uid=uid,
        article_key=_field(source.get("articleKey"), "target.source.articleKey", str, where),
        article_title=source.get("title") or "",
        issue_key=source.get("issueKey"),
        source_file=source.get("sourceFile"),
        source_hash=_field(source.get("sha256"), "target.source.sha256", str, where),
        quote=_field(quote.get("exact"), "TextQuoteSelector.exact", str, where),
        prefix=quote.get("prefix") or "",
        suffix=quote.get("suffix") or "",
        start=position.get("start") if isinstance(position.get("start"), int) else None,
        end=position.get("end") if isinstance(position.get("end"), int) else None,
        note="\n\n".join(by_purpose.get("commenting", [])),
        color=annotation_store.check_color(color),
        tags=tuple(by_purpose.get("tagging", [])),
        created_at=item.get("created") or "",
        updated_at=item.get("modified") or item.get("created") or "",
    )


def import_collection(db: Database, data: Any, *, where: str = "annotations file") -> ImportSummary:
    """Restore annotations from parsed JSON; every item is validated before anything is written."""
    incoming = [
        parse_annotation(item, f"{where}, item {n + 1}") for n, item in enumerate(_items(data, where))
    ]
    summary = ImportSummary()
    for one in incoming:
        try:
            annotation_store.get_by_uid(db, one.uid)
        except NotFoundError:
            pass
        else:
            summary = ImportSummary(summary.restored, summary.orphaned, summary.skipped + 1)
            continue
        restored = annotation_store.restore_incoming(db, one)
        if restored.orphaned:
            summary = ImportSummary(summary.restored, summary.orphaned + 1, summary.skipped)
        else:
            summary = ImportSummary(summary.restored + 1, summary.orphaned, summary.skipped)
    return summary
