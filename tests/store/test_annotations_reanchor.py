"""Highlights survive a corrected re-import of their file: re-attached, corrected, or kept as orphans."""

from pathlib import Path

from sqlite_utils import Database

from reader import ingest
from reader.store import annotations as notes
from reader.store import articles as article_store
from tests.helpers.samples import seed_bytes

ARTICLE = "000_cb36cc279cad0e3a.txt/市委常委会/1"
PASSAGE = "会议传达全省数字化转型推进会议精神,强调要结合驻马店市产业发展实际,聚焦应用场景,选准主攻方向"


def import_seed(db: Database, path: Path, data: bytes) -> None:
    path.write_bytes(data)
    report = ingest.import_paths(db, [path])
    assert [o.status for o in report.outcomes] in (["imported"], ["updated"]), report.outcomes


def setup(db: Database, tmp_path: Path) -> tuple[Path, bytes, notes.Annotation]:
    path = tmp_path / "000_cb36cc279cad0e3a.txt"
    original = seed_bytes("000")
    import_seed(db, path, original)
    article = article_store.get_article_by_key(db, ARTICLE)
    highlight = notes.add_by_quote(db, article["id"], PASSAGE, note="数字化转型的要求", tags=["数字经济"])
    assert article["text"][highlight.start : highlight.end] == PASSAGE
    return path, original, highlight


def test_text_inserted_before_the_highlight_shifts_it_exactly(db: Database, tmp_path: Path) -> None:
    path, original, before = setup(db, tmp_path)
    edited = original.replace(
        "9月2日,市委常委会召开会议,".encode(), "9月2日上午,市委常委会召开会议,".encode(), 1
    )
    import_seed(db, path, edited)
    after = notes.get_annotation(db, before.id)
    text = article_store.get_article(db, before.article_id)["text"]  # type: ignore[arg-type]
    assert (after.start, after.end) == (before.start + 2, before.end + 2)  # type: ignore[operator]
    assert text[after.start : after.end] == PASSAGE
    assert after.orphaned is False and after.anchor == "exact"
    assert (after.note, after.tags) == ("数字化转型的要求", ("数字经济",))


def test_a_small_correction_inside_the_passage_reattaches_to_the_corrected_text(
    db: Database, tmp_path: Path
) -> None:
    path, original, before = setup(db, tmp_path)
    edited = original.replace("选准主攻方向".encode(), "选准主攻方面".encode(), 1)
    import_seed(db, path, edited)
    after = notes.get_annotation(db, before.id)
    text = article_store.get_article(db, before.article_id)["text"]  # type: ignore[arg-type]
    assert (after.start, after.end) == (before.start, before.end)
    assert after.quote == PASSAGE.replace("方向", "方面") == text[after.start : after.end]
    assert after.orphaned is False and after.anchor == "fuzzy"


def test_a_rewritten_passage_becomes_an_orphan_that_keeps_its_quote(db: Database, tmp_path: Path) -> None:
    path, original, before = setup(db, tmp_path)
    replacement = "与会同志围绕乡村振兴和城市更新两个议题展开讨论,会后印发了分工方案"
    import_seed(db, path, original.replace(PASSAGE.encode(), replacement.encode(), 1))
    after = notes.get_annotation(db, before.id)
    assert after.orphaned is True and after.anchor == "orphaned"
    assert (after.quote, after.note) == (PASSAGE, "数字化转型的要求")
    listed = notes.list_annotations(db, orphaned=True)
    assert [(a.id, a.quote) for a in listed] == [(before.id, PASSAGE)]
    assert after.to_json()["start"] is None and after.to_json()["end"] is None
    # the text comes back in a later version: the orphan re-attaches by itself
    import_seed(db, path, original.replace("T07版".encode(), "T07 版".encode()))
    back = notes.get_annotation(db, before.id)
    assert (back.orphaned, back.start, back.end) == (False, before.start, before.end)


def test_a_highlight_follows_its_passage_when_the_article_title_changes(db: Database, tmp_path: Path) -> None:
    path, original, before = setup(db, tmp_path)
    edited = original.replace("\n市委常委会 5\n".encode(), "\n市委常委会会议 5\n".encode(), 1)
    edited = edited.replace("\n市委常委会\n9月2日".encode(), "\n市委常委会会议\n9月2日".encode(), 1)
    import_seed(db, path, edited)
    after = notes.get_annotation(db, before.id)
    assert after.article_id is not None and after.article_id != before.article_id
    assert after.article_key == "000_cb36cc279cad0e3a.txt/市委常委会会议/1"
    article = article_store.get_article(db, after.article_id)
    assert article["text"][after.start : after.end] == PASSAGE
    assert after.orphaned is False


def test_an_issue_deleted_from_the_library_leaves_its_notes_as_orphans(db: Database, tmp_path: Path) -> None:
    from reader.store import issues as issue_store

    _path, _original, before = setup(db, tmp_path)
    issue_store.delete_issue(db, before.issue_id)  # type: ignore[arg-type]
    after = notes.get_annotation(db, before.id)
    assert (after.article_id, after.issue_id, after.orphaned) == (None, None, True)
    assert after.quote == PASSAGE
