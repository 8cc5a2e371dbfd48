"""Highlights stay on the words they were made on when the text around them changes (issue 16)."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from reader import anchoring, ingest
from reader.store import annotations as notes
from reader.store import articles as article_store
from tests.helpers.samples import seed_bytes

BEFORE = "市委常委会召开会议研究部署当前重点工作强调要抓好"  # 24 characters, no 经济 in it
AFTER = "各县区各部门要结合实际认真贯彻落实确保各项任务落地见效"


def test_a_short_highlight_follows_its_context_not_a_copy_at_its_old_offsets() -> None:
    old = BEFORE + "经济" + AFTER
    quote, position = anchoring.describe(old, len(BEFORE), len(BEFORE) + 2)
    # An edit put another 经济 (with other words around it) exactly where the highlight was,
    # and pushed the original, context and all, further along.
    shifted = "各地" * 5 + "经济" + "工作" * 8  # a copy of the word at the stored offsets, other context
    new = shifted[: position.start] + "经济" + shifted[position.start + 2 :] + BEFORE + "经济" + AFTER
    assert new[position.start : position.end] == "经济"
    found = anchoring.anchor(new, quote, position)
    assert found is not None
    assert (found.start, found.end) == (len(new) - len(AFTER) - 2, len(new) - len(AFTER))
    assert found.method is anchoring.AnchorMethod.EXACT


def test_a_highlight_whose_context_still_matches_stays_put() -> None:
    text = BEFORE + "经济" + AFTER + "另有经济一词"
    quote, position = anchoring.describe(text, len(BEFORE), len(BEFORE) + 2)
    found = anchoring.anchor(text, quote, position)
    assert found is not None and found.method is anchoring.AnchorMethod.POSITION
    assert (found.start, found.end) == (position.start, position.end)


MEETING = "000_cb36cc279cad0e3a.txt/市委常委会/1"
CONGRESS = "000_cb36cc279cad0e3a.txt/市五届人大常委会第三十次主任会议/1"
PASSAGE = "会议传达全省数字化转型推进会议精神,强调要结合驻马店市产业发展实际,聚焦应用场景,选准主攻方向"
LANDMARK = "2023年财政决算及2024年1~6月份预算执行情况"


def test_a_passage_moved_to_another_article_of_the_issue_takes_its_highlight_along(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "000_cb36cc279cad0e3a.txt"
    original = seed_bytes("000")
    path.write_bytes(original)
    ingest.import_paths(db, [path])
    meeting = article_store.get_article_by_key(db, MEETING)
    highlight = notes.add_by_quote(db, meeting["id"], PASSAGE, note="数字化转型")
    text = original.decode("utf-8")
    assert text.count(PASSAGE) == 1 and text.count(LANDMARK) == 1
    moved = text.replace(PASSAGE, "", 1).replace(LANDMARK, LANDMARK + "。" + PASSAGE, 1)
    path.write_bytes(moved.encode("utf-8"))
    report = ingest.import_paths(db, [path])
    assert [o.status for o in report.outcomes] == ["updated"]
    assert article_store.get_article_by_key(db, MEETING)["id"] == meeting["id"]  # still there, without it
    after = notes.get_annotation(db, highlight.id)
    congress = article_store.get_article_by_key(db, CONGRESS)
    assert not after.orphaned and after.article_id == congress["id"]
    assert congress["text"][after.start : after.end] == PASSAGE  # type: ignore[index]
    assert after.note == "数字化转型"
