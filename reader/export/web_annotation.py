"""Lossless backup of highlights as W3C Web Annotations (https://www.w3.org/TR/annotation-model/).

Export: an ``AnnotationCollection`` whose first page holds every annotation:
``id`` ``urn:uuid:<uid>``, the note as a ``TextualBody`` (purpose
``commenting``, Markdown), each tag as a ``TextualBody`` with purpose
``tagging``, the colour as one with purpose ``highlighting``, and a ``target``
whose ``source`` names the article (``bulletin-reader://`` URL, article key,
issue key, source file and its SHA-256) with a ``TextQuoteSelector`` and a
``TextPositionSelector``.

Import (``import_file``) streams the file, checks every item's fields for type and
range before writing anything (bad items are listed by position), then restores them
into any library that holds the same file: the issue is
found by the file's hash (any version), else by issue key or file name; the
article by key, else by quote across the issue; the offsets are then checked
and, if need be, re-anchored.  An annotation that cannot be placed is still
restored, as an orphan.  Uids already in the library are skipped, so importing
twice changes nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ijson.backends import python as ijson_python
from ijson.common import JSONError
from sqlite_utils import Database

try:  # the C backend, named so a frozen build bundles it; the pure-Python one is slower but works
    from ijson.backends import yajl2_c as ijson_backend
except ImportError:  # pragma: no cover - a platform without the wheel's C extension
    ijson_backend = ijson_python

from reader import links
from reader.errors import BadInputError, NotFoundError
from reader.store import annotations as annotation_store
from reader.store import tags as tag_store
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


MAX_OFFSET = 10**9  # no article is a billion characters long
MAX_TEXT = 1_000_000  # characters in one quote, note, tag list entry or key
MAX_REPORTED = 20  # bad items listed by position; the rest are counted
GROUP_ITEMS = 500  # items restored per transaction: other writers get their turn in between
PURPOSES = ("commenting", "highlighting", "tagging")


class _Invalid(Exception):
    """One field of one item is wrong; becomes a line of the BadInputError naming the item."""


def _items(data: Any, where: str) -> list[Any]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and data.get("type") == "Annotation":
        return [data]
    if isinstance(data, dict) and data.get("type") == "AnnotationCollection":
        items = (data.get("first") or {}).get("items")
        if isinstance(items, list):
            return items
    raise BadInputError(where, "expected a W3C AnnotationCollection, an Annotation or a list of them")


def _field(value: Any, name: str, kind: type, where: str = "") -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _Invalid(f"field {name!r} is missing or not a {kind.__name__}")
    if isinstance(value, str) and len(value) > MAX_TEXT:
        raise _Invalid(f"field {name!r} is longer than {MAX_TEXT:,} characters")
    return value


def _optional_text(value: Any, name: str) -> str | None:
    return None if value is None else _field(value, name, str)


def _offset(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_OFFSET:
        raise _Invalid(f"{name} must be a whole number from 0 to {MAX_OFFSET:,}, not {str(value)[:40]}")
    return value


def _stamp(value: Any, name: str) -> str:
    if value is None:
        return ""
    text = _field(value, name, str)
    try:
        datetime.fromisoformat(text)
    except ValueError as error:
        raise _Invalid(f"{name} {text[:40]!r} is not an ISO 8601 date and time") from error
    return text


def _position(selectors: dict[Any, dict[str, Any]]) -> tuple[int | None, int | None]:
    position = selectors.get("TextPositionSelector")
    if position is None:
        return None, None
    start = _offset(position.get("start"), "TextPositionSelector.start")
    end = _offset(position.get("end"), "TextPositionSelector.end")
    if start >= end:
        raise _Invalid(f"TextPositionSelector.start ({start}) must be before its end ({end})")
    return start, end


def _bodies(item: dict[str, Any]) -> dict[str, list[str]]:
    body = item.get("body")
    parts = [] if body is None else body if isinstance(body, list) else [body]
    by_purpose: dict[str, list[str]] = {}
    for n, part in enumerate(parts, 1):
        if not isinstance(part, dict):
            raise _Invalid(f"body {n} is not an object")
        purpose = part.get("purpose", "commenting")
        if not isinstance(purpose, str):
            raise _Invalid(f"body {n}: field 'purpose' is not a str")
        value = part.get("value")
        if purpose in PURPOSES:
            by_purpose.setdefault(purpose, []).append(_field(value, f"body {n} value", str))
    return by_purpose


def _incoming(item: Any) -> annotation_store.Incoming:
    """One W3C annotation, every field checked for type and range; raises ``_Invalid``."""
    item = _field(item, "annotation", dict)
    raw_id = _field(item.get("id"), "id", str)
    try:
        uid = uuid.UUID(raw_id.removeprefix("urn:uuid:")).hex
    except ValueError as error:
        raise _Invalid(f"id {raw_id[:60]!r} is not a urn:uuid") from error
    target = _field(item.get("target"), "target", dict)
    source = _field(target.get("source"), "target.source", dict)
    raw_selectors = target.get("selector")
    raw_selectors = [raw_selectors] if isinstance(raw_selectors, dict) else raw_selectors
    selectors = {
        s.get("type"): s for s in _field(raw_selectors, "target.selector", list) if isinstance(s, dict)
    }
    quote = _field(selectors.get("TextQuoteSelector"), "TextQuoteSelector", dict)
    exact = _field(quote.get("exact"), "TextQuoteSelector.exact", str)
    if not exact:
        raise _Invalid("TextQuoteSelector.exact is empty")
    start, end = _position(selectors)
    sha = _field(source.get("sha256"), "target.source.sha256", str)
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise _Invalid("target.source.sha256 is not 64 lowercase hex digits")
    by_purpose = _bodies(item)
    color = (by_purpose.get("highlighting") or [annotation_store.DEFAULT_COLOR])[0]
    if color not in annotation_store.COLORS:
        raise _Invalid(f"colour {color[:20]!r} is not one of {', '.join(annotation_store.COLORS)}")
    tags = tuple(by_purpose.get("tagging", []))
    for tag in tags:
        try:
            tag_store.normalise_name(tag)
        except BadInputError as error:
            raise _Invalid(str(error)) from error
    created = _stamp(item.get("created"), "created")
    return annotation_store.Incoming(
        uid=uid,
        article_key=_field(source.get("articleKey"), "target.source.articleKey", str),
        article_title=_optional_text(source.get("title"), "target.source.title") or "",
        issue_key=_optional_text(source.get("issueKey"), "target.source.issueKey"),
        source_file=_optional_text(source.get("sourceFile"), "target.source.sourceFile"),
        source_hash=sha,
        quote=exact,
        prefix=_optional_text(quote.get("prefix"), "TextQuoteSelector.prefix") or "",
        suffix=_optional_text(quote.get("suffix"), "TextQuoteSelector.suffix") or "",
        start=start,
        end=end,
        note="\n\n".join(by_purpose.get("commenting", [])),
        color=color,
        tags=tags,
        created_at=created,
        updated_at=_stamp(item.get("modified"), "modified") or created,
    )


def _label(item: Any) -> str:
    raw_id = item.get("id") if isinstance(item, dict) else None
    return f" ({raw_id[:60]})" if isinstance(raw_id, str) else ""


def parse_annotation(item: Any, where: str) -> annotation_store.Incoming:
    """Validate one W3C annotation and turn it into what the store restores."""
    try:
        return _incoming(item)
    except _Invalid as error:
        raise BadInputError(f"{where}{_label(item)}", str(error)) from error


def _check_all(items: Iterable[Any], where: str) -> int:
    """Validate every item before anything is written; one error lists each bad item by position."""
    problems: list[str] = []
    bad = count = 0
    for count, item in enumerate(items, 1):
        try:
            _incoming(item)
        except _Invalid as error:
            bad += 1
            if len(problems) < MAX_REPORTED:
                problems.append(f"item {count}{_label(item)}: {error}")
    if bad:
        more = f"\n  … and {bad - len(problems)} more" if bad > len(problems) else ""
        raise BadInputError(
            where,
            f"{bad} of {count} annotations are invalid, nothing was imported:\n  "
            + "\n  ".join(problems)
            + more,
        )
    return count


def _restore_all(db: Database, items: Iterable[Any]) -> ImportSummary:
    summary = ImportSummary()
    batch: list[annotation_store.Incoming] = []

    def flush() -> None:
        nonlocal summary
        with db.atomic():  # one transaction per group: a failure leaves whole groups, never half an item
            for one in batch:
                summary = _restore_one(db, one, summary)
        batch.clear()

    for item in items:
        batch.append(_incoming(item))
        if len(batch) >= GROUP_ITEMS:
            flush()
    if batch:
        flush()
    return summary


def _restore_one(db: Database, one: annotation_store.Incoming, summary: ImportSummary) -> ImportSummary:
    try:
        annotation_store.get_by_uid(db, one.uid)
    except NotFoundError:
        pass
    else:
        return ImportSummary(summary.restored, summary.orphaned, summary.skipped + 1)
    restored = annotation_store.restore_incoming(db, one)
    if restored.orphaned:
        return ImportSummary(summary.restored, summary.orphaned + 1, summary.skipped)
    return ImportSummary(summary.restored + 1, summary.orphaned, summary.skipped)


def import_collection(db: Database, data: Any, *, where: str = "annotations file") -> ImportSummary:
    """Restore annotations from parsed JSON; every item is validated before anything is written."""
    items = _items(data, where)
    _check_all(items, where)
    return _restore_all(db, items)


# --- streaming a backup file: memory stays flat whatever its size ----------------------------


def _shape(path: Path, where: str, backend: Any) -> str:
    """The ijson prefix of the annotations in the file: a list, a collection's page, or one annotation."""
    with path.open("rb") as handle:
        head = handle.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] == b"[":
        return "item"
    if head[:1] != b"{":
        raise BadInputError(where, "not a UTF-8 JSON file: expected a W3C AnnotationCollection or Annotation")
    kind = None
    with _streamed(path, None, where, backend) as events:
        for prefix, event, value in events:
            if prefix == "type" and event == "string":
                kind = value
                break
    if kind == "AnnotationCollection":
        return "first.items.item"
    if kind == "Annotation":
        return ""
    raise BadInputError(where, "expected a W3C AnnotationCollection, an Annotation or a list of them")


class _HugeNumber(Exception):
    """The C parser cannot hold a number (``start: 1e30`` written as digits): use the Python one."""


@contextmanager
def _streamed(path: Path, prefix: str | None, where: str, backend: Any) -> Iterator[Iterator[Any]]:
    """The items under ``prefix`` (parse events when None), with JSON errors as ``BadInputError``."""
    with path.open("rb") as handle:
        try:
            if prefix is None:
                yield backend.parse(handle, use_float=True)
            else:
                yield backend.items(handle, prefix, use_float=True)
        except JSONError as error:  # yajl's message draws a caret under the text: keep its first line
            first = (str(error).strip().splitlines() or ["unreadable"])[0]
            if "integer overflow" in first and backend is not ijson_python:
                raise _HugeNumber from error
            raise BadInputError(where, f"not a UTF-8 JSON file: {first}") from error
        except UnicodeDecodeError as error:
            raise BadInputError(where, f"not a UTF-8 JSON file: {error}") from error


def import_file(db: Database, path: Path) -> ImportSummary:
    """Restore a backup file of any size: read twice as a stream (check everything, then write).

    Memory stays at a few items, whatever the file's size (``json.load`` of a 279 MB
    backup took 1.4 GB); the price is reading the file twice.
    """
    where = str(path)
    try:
        return _import_file(db, path, where, ijson_backend)
    except _HugeNumber:  # only ever raised while checking, before anything was written
        return _import_file(db, path, where, ijson_python)


def _import_file(db: Database, path: Path, where: str, backend: Any) -> ImportSummary:
    prefix = _shape(path, where, backend)
    with _streamed(path, prefix, where, backend) as items:
        _check_all(items, where)
    with _streamed(path, prefix, where, backend) as items:
        return _restore_all(db, items)
