"""One annotated library, built the same way every time, for export golden files and CLI tests.

Two seeds are imported from copies (so one can be re-imported with a change),
four highlights are made (one with Markdown-special characters, one spanning
two paragraphs, one that becomes an orphan after a corrected re-import),
articles are tagged, a person mention is recorded and a colour renamed.  Uids
come from a counter so the exported bytes are stable.
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from sqlite_utils import Database

from reader import ingest
from reader.entities.recogniser import Mention
from reader.store import annotations as notes
from reader.store import articles as article_store
from reader.store import entities as entity_store
from reader.store import tags
from tests.helpers.samples import LIBRARY

EXPORTED_AT = "2024-10-01T08:00:00+00:00"
SEEDS = ("000_cb36cc279cad0e3a.txt", "004_7be1ce5248a82324.txt")
MEETING = "000_cb36cc279cad0e3a.txt/市委常委会/1"
CONGRESS = "000_cb36cc279cad0e3a.txt/市五届人大常委会第三十次主任会议/1"
FOCUS = "004_7be1ce5248a82324.txt/“四个聚焦”蓄积发展新动能/1"
ORPHAN_QUOTE = "会议传达全省公安工作会议精神"


def counter_uids(monkeypatch: pytest.MonkeyPatch) -> None:
    numbers = iter(range(1, 1000))
    monkeypatch.setattr(notes, "uuid4", lambda: uuid.UUID(int=0xA000 + next(numbers)))


def build(db: Database, folder: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Fill ``db``; returns article ids by key."""
    counter_uids(monkeypatch)
    monkeypatch.setattr(notes, "now_iso", lambda: "2024-10-01T07:00:00+00:00")
    folder.mkdir(parents=True, exist_ok=True)
    for name in SEEDS:
        shutil.copy(LIBRARY / name, folder / name)
    ingest.import_paths(db, [folder])
    ids = {key: article_store.get_article_by_key(db, key)["id"] for key in (MEETING, CONGRESS, FOCUS)}
    meeting_text = article_store.get_article(db, ids[MEETING])["text"]
    start = meeting_text.index("鲍常勇")
    with db.atomic():
        entity_store.replace_mentions(
            db, ids[MEETING], {"text": [Mention("person", start, start + 3, "鲍常勇")]}
        )
    notes.add_by_quote(
        db,
        ids[MEETING],
        "市委书记鲍常勇主持并讲话",
        color="red",
        note="**书记**主持。\n\n- 见第 3 条",
        tags=["人事"],
    )
    notes.add_by_quote(db, ids[MEETING], ORPHAN_QUOTE, color="blue", note="公安口径")
    notes.add_by_quote(db, ids[CONGRESS], "2023年财政决算及2024年1~6月份预算执行情况", color="green")
    focus_text = article_store.get_article(db, ids[FOCUS])["text"]
    begin = focus_text.index("为开发区高质量跨越发展")
    end = focus_text.index("一是设立招商专班") + len("一是设立招商专班")
    notes.add_annotation(db, ids[FOCUS], begin, end, note="段落之间", tags=["招商", "开发区"])
    tags.add_article_tag(db, ids[MEETING], "人事")
    tags.add_article_tag(db, ids[FOCUS], "招商")
    tags.add_article_tag(db, ids[CONGRESS], "人大")
    notes.set_color_meaning(db, "blue", "背景")
    # a corrected re-import rewrites the police sentence: that highlight becomes an orphan
    path = folder / SEEDS[0]
    corrected = path.read_bytes().replace(
        ORPHAN_QUOTE.encode(), "会议还研究了其他事项,部署了秋季工作".encode(), 1
    )
    path.write_bytes(corrected)
    ingest.import_paths(db, [path])
    return ids
