"""Markdown export: golden files, determinism, filters, escaping.

Golden files live in tests/data/export_golden/.  After an intended change to
the format, regenerate with ``REGENERATE_GOLDEN=1 pytest tests/export`` and
read the diff before committing it.
"""

import os
import re
from pathlib import Path

import pytest
from sqlite_utils import Database

from reader.export import markdown
from reader.export.select import ExportFilter, select
from tests.helpers.annotated_library import CONGRESS, EXPORTED_AT, FOCUS, MEETING, build

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "export_golden"
REGENERATE = os.environ.get("REGENERATE_GOLDEN") == "1"


@pytest.fixture
def annotated_db(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Database:
    build(db, tmp_path / "files", monkeypatch)
    return db


def check_golden(texts: dict[str, str]) -> None:
    """Each text equals its golden file; with REGENERATE_GOLDEN=1, write the files and fail instead,
    since a file compared with what was just written into it would always pass."""
    if REGENERATE:
        for name, text in texts.items():
            path = GOLDEN / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
        pytest.fail(f"regenerated {', '.join(texts)}: read the diff, run again without REGENERATE_GOLDEN")
    for name, text in texts.items():
        assert text == (GOLDEN / name).read_bytes().decode("utf-8"), f"{name} differs from the golden file"


def test_combined_export_matches_the_golden_file(annotated_db: Database) -> None:
    text = markdown.export_markdown(annotated_db, ExportFilter(), exported_at=EXPORTED_AT, wikilinks=True)
    check_golden({"combined_wikilinks.md": text})


def test_split_export_matches_the_golden_files(annotated_db: Database, tmp_path: Path) -> None:
    files = markdown.export_split(annotated_db, ExportFilter(), exported_at=EXPORTED_AT)
    assert list(files) == [
        "2024-09-30 市委常委会.md",
        "2024-09-30 市五届人大常委会第三十次主任会议.md",
        "undated “四个聚焦”蓄积发展新动能.md",
    ]
    check_golden({f"split/{name}": text for name, text in files.items()})
    written = markdown.write_files(tmp_path / "out", files)
    assert [p.read_bytes() for p in written] == [t.encode("utf-8") for t in files.values()]


def test_exporting_twice_differs_only_in_the_stamp(annotated_db: Database) -> None:
    first = markdown.export_markdown(annotated_db, ExportFilter(), exported_at="2024-10-01T08:00:00+00:00")
    second = markdown.export_markdown(annotated_db, ExportFilter(), exported_at="2025-01-02T09:30:00+00:00")
    diff = [(a, b) for a, b in zip(first.splitlines(), second.splitlines(), strict=True) if a != b]
    assert diff == [('exported_at: "2024-10-01T08:00:00+00:00"', 'exported_at: "2025-01-02T09:30:00+00:00"')]


def test_every_highlight_carries_a_block_id_and_a_link(annotated_db: Database) -> None:
    text = markdown.export_markdown(annotated_db, ExportFilter(), exported_at=EXPORTED_AT)
    ids = re.findall(r"^\^hl-([0-9a-f]{32})$", text, re.M)
    links = re.findall(r"\(bulletin-reader://article/[^)#]+#hl-([0-9a-f]{32})\)", text)
    assert len(ids) == 4 and ids == links


def titles(db: Database, filters: ExportFilter) -> list[str]:
    return [notes.key for notes in select(db, filters)]


def test_filters_pick_articles_and_highlights(annotated_db: Database) -> None:
    assert titles(annotated_db, ExportFilter()) == [MEETING, CONGRESS, FOCUS]
    assert titles(annotated_db, ExportFilter(tag="人大")) == [CONGRESS]
    assert titles(annotated_db, ExportFilter(since="2024-09-30", until="2024-09-30")) == [MEETING, CONGRESS]
    assert titles(annotated_db, ExportFilter(until="2024-09-29")) == []
    issue_of_focus = select(annotated_db, ExportFilter(tag="招商"))[0].article
    assert issue_of_focus is not None
    assert titles(annotated_db, ExportFilter(issue_id=issue_of_focus["issue_id"])) == [FOCUS]
    assert titles(annotated_db, ExportFilter(person="鲍常勇")) == [MEETING]  # a recognised mention
    assert titles(annotated_db, ExportFilter(person="无名氏")) == []
    (tagged,) = select(annotated_db, ExportFilter(tag="人事"))
    assert [a.quote for a in tagged.highlights] == [
        "市委书记鲍常勇主持并讲话",
        "会议传达全省公安工作会议精神",
    ]


def test_quotes_are_escaped_so_they_render_as_written() -> None:
    assert markdown.escape_line("1~6月 *重点* [注] <b> a_b #1 | x & y") == (
        "1\\~6月 \\*重点\\* \\[注\\] \\<b\\> a\\_b \\#1 \\| x \\& y"
    )
    assert markdown.escape_line("1. 第一条") == "1\\. 第一条"
    assert markdown.escape_line("- 破折号") == "\\- 破折号"
    assert markdown.escape_line("    缩进") == "&#32;&#32;&#32;&#32;缩进"
    assert markdown.block_quote("第一段\n\n第二段") == "> 第一段\n>\n> 第二段"
    assert markdown.front_matter({"title": 'He said "hi": ok', "tags": [], "date": None}) == (
        '---\ntitle: "He said \\"hi\\": ok"\ntags: []\ndate: null\n---'
    )
