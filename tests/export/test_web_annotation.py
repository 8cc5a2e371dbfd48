"""W3C Web Annotation backup: the shape, a lossless round trip into another library, bad files."""

import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from reader import links
from reader.errors import BadInputError
from reader.export import web_annotation
from reader.store import annotations as notes
from reader.store import open_db
from tests.helpers.annotated_library import EXPORTED_AT, build


@pytest.fixture
def annotated_db(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Database:
    build(db, tmp_path / "files", monkeypatch)
    return db


def essentials(db: Database) -> list[tuple[object, ...]]:
    return sorted(
        (a.uid, a.article_key, a.quote, a.prefix, a.suffix, a.note, a.color, a.tags, a.start, a.end,
         a.orphaned, a.created_at)
        for a in notes.list_annotations(db)
    )  # fmt: skip


def test_the_export_follows_the_w3c_model(annotated_db: Database) -> None:
    collection = web_annotation.export_collection(annotated_db, exported_at=EXPORTED_AT)
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 4
    first = collection["first"]["items"][0]
    assert first["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert first["id"] == "urn:uuid:00000000-0000-0000-0000-00000000a001"
    assert first["type"] == "Annotation" and first["motivation"] == "commenting"
    assert first["body"] == [
        {"type": "TextualBody", "value": "**书记**主持。\n\n- 见第 3 条", "format": "text/markdown",
         "purpose": "commenting"},
        {"type": "TextualBody", "value": "red", "purpose": "highlighting"},
        {"type": "TextualBody", "value": "人事", "purpose": "tagging"},
    ]  # fmt: skip
    source = first["target"]["source"]
    assert (
        links.parse_url(source["id"]).article_key
        == source["articleKey"]
        == "000_cb36cc279cad0e3a.txt/市委常委会/1"
    )
    assert len(source["sha256"]) == 64 and source["sourceFile"] == "000_cb36cc279cad0e3a.txt"
    quote, position = first["target"]["selector"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == "市委书记鲍常勇主持并讲话"
    assert position == {"type": "TextPositionSelector", "start": 15, "end": 27}


def test_round_trip_into_another_library_loses_nothing(annotated_db: Database, tmp_path: Path) -> None:
    dumped = web_annotation.dumps(web_annotation.export_collection(annotated_db, exported_at=EXPORTED_AT))
    other = open_db(tmp_path / "other.db")
    try:
        from reader import ingest

        ingest.import_paths(other, [tmp_path / "files"])  # the same files, as they are now
        summary = web_annotation.import_collection(other, json.loads(dumped))
        assert summary == web_annotation.ImportSummary(restored=3, orphaned=1, skipped=0)
        assert essentials(other) == essentials(annotated_db)
        assert notes.color_meanings(other)["blue"] == ""  # meanings are a library setting, not a note
        again = web_annotation.import_collection(other, json.loads(dumped))
        assert again == web_annotation.ImportSummary(restored=0, orphaned=0, skipped=4)
        assert (
            web_annotation.dumps(web_annotation.export_collection(other, exported_at=EXPORTED_AT)) == dumped
        )
    finally:
        other.conn.close()


def test_annotations_for_files_not_in_the_library_are_kept_as_orphans(
    annotated_db: Database, tmp_path: Path
) -> None:
    data = web_annotation.export_collection(annotated_db, exported_at=EXPORTED_AT)
    empty = open_db(tmp_path / "empty.db")
    try:
        summary = web_annotation.import_collection(empty, data)
        assert summary == web_annotation.ImportSummary(restored=0, orphaned=4, skipped=0)
        kept = notes.list_annotations(empty, orphaned=True)
        assert sorted(a.quote for a in kept) == sorted(a.quote for a in notes.list_annotations(annotated_db))
    finally:
        empty.conn.close()


def test_bad_files_are_refused_before_anything_is_written(annotated_db: Database) -> None:
    data = web_annotation.export_collection(annotated_db, exported_at=EXPORTED_AT)
    del data["first"]["items"][2]["target"]["selector"][0]["exact"]
    with pytest.raises(BadInputError, match=r"item 3 .*TextQuoteSelector.exact"):
        web_annotation.import_collection(annotated_db, data, where="backup.json")
    with pytest.raises(BadInputError, match="expected a W3C AnnotationCollection"):
        web_annotation.import_collection(annotated_db, {"hello": 1})
    data = web_annotation.export_collection(annotated_db, exported_at=EXPORTED_AT)
    data["first"]["items"][0]["id"] = "not-a-uuid"
    with pytest.raises(BadInputError, match="is not a urn:uuid"):
        web_annotation.import_collection(annotated_db, data)


def test_links_round_trip_and_reject_malformed_ones() -> None:
    key = "000_x.txt/市委常委会/1"
    url = links.article_url(key, "ab" * 16)
    assert (
        url
        == "bulletin-reader://article/000_x.txt%2F%E5%B8%82%E5%A7%94%E5%B8%B8%E5%A7%94%E4%BC%9A%2F1#hl-"
        + "ab" * 16
    )
    assert links.parse_url(url) == links.Link(key, "ab" * 16)
    assert links.parse_url(links.article_url(key)) == links.Link(key, None)
    for bad, reason in (
        ("https://example.com", "not a bulletin-reader"),
        ("bulletin-reader://issue/1", "unknown link kind"),
        ("bulletin-reader://article/", "no article key"),
        ("bulletin-reader://article/a%2Fb#x", "hl-<32 hex digits>"),
    ):
        with pytest.raises(BadInputError, match=reason):
            links.parse_url(bad)
