"""Hostile text and hostile files: notes that try to break out of the Markdown export, malformed
backups and links, and sentences built to make a regular expression backtrack."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from sqlite_utils import Database

from reader.export import markdown
from reader.export.select import ExportFilter
from reader.store import annotations as notes
from reader.store import articles as article_store
from reader.store import issues as issue_store
from reader.store import tags
from tests.helpers.samples import LIBRARY, SEED_NAMES
from tests.reliability.conftest import assert_clean_error, run_reader

HOSTILE_NOTES = [
    "```python\nprint('an unclosed fence swallows the rest of the file')",
    "a line, then\n---\nthat would make it a heading",
    "<script>alert('x')</script> and <img src=x onerror=alert(1)>",
    "# a heading in a note\n## another",
    "%% an Obsidian comment that never closes",
    "$$ a math block that never closes",
    "~~~~\nclosed by a shorter fence\n~~~",
    "plain **bold** and `<code>` stay as they are",
]


@pytest.fixture
def hostile_library(db: Database, tmp_path: Path) -> Database:
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / SEED_NAMES[0]).write_bytes((LIBRARY / SEED_NAMES[0]).read_bytes())
    from reader import ingest

    ingest.import_paths(db, [folder])
    issue_store.edit_issue(db, 1, title="第一行\n# 第二行 <b>粗</b>")
    text = article_store.get_article(db, 1)["text"]
    for n, note in enumerate(HOSTILE_NOTES):
        start = n * 3
        notes.add_annotation(db, 1, start, start + 2, note=note, tags=["<b>标签</b>"])
    tags.add_article_tag(db, 1, "a<i>b")
    assert text
    return db


def _tokens(text: str) -> list:
    return MarkdownIt("commonmark").parse(text)


def test_every_note_stays_in_its_own_block_in_the_markdown_export(hostile_library: Database) -> None:
    exported = markdown.export_markdown(hostile_library, ExportFilter(), exported_at="2024-10-01T00:00:00Z")
    assert exported.startswith("---\n")
    tokens = _tokens(exported[4:].split("\n---\n", 1)[1])  # after the front matter, as Obsidian reads it
    assert not [t for t in tokens if t.type == "html_block"]
    assert not [c for t in tokens if t.children for c in t.children if c.type == "html_inline"]
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert len(headings) == 1 and "第一行" not in headings[0]  # one article heading, no note became one
    facts = [t for t in tokens if t.type == "inline" and t.content.startswith("颜色：")]
    assert len(facts) == len(HOSTILE_NOTES)  # each highlight's facts line is its own paragraph again
    fences = [t for t in tokens if t.type == "fence"]
    assert len(fences) == 2 and all("颜色" not in fence.content for fence in fences)
    citation = next(line for line in exported.splitlines() if line.startswith("《"))
    assert "第一行 \\# 第二行 \\<b\\>粗\\</b\\>" in citation  # the title folded onto one line, escaped
    assert "%% an Obsidian" not in exported and "\\%\\% an Obsidian" in exported
    assert "\\$\\$ a math block" in exported
    assert "plain **bold** and `<code>` stay as they are" in exported  # Markdown in notes still works


def test_the_split_export_keeps_its_front_matter_whatever_the_title(hostile_library: Database) -> None:
    (text,) = markdown.export_split(
        hostile_library, ExportFilter(), exported_at="2024-10-01T00:00:00Z"
    ).values()
    assert text.startswith("---\n")
    front, body = text[4:].split("\n---\n", 1)
    assert all(line.startswith(("  - ", *(f"{key}:" for key in _FRONT_KEYS))) for line in front.splitlines())
    assert "\n---\n" not in body  # no note reopened the front matter or drew a rule


_FRONT_KEYS = ("title", "publication", "issue", "issue_date", "section", "tags", "source_file", "article_key",
               "link", "exported_at")  # fmt: skip


def _annotation(n: int, **position: object) -> dict:
    return {
        "id": f"urn:uuid:{uuid.UUID(int=n)}",
        "type": "Annotation",
        "target": {
            "source": {"articleKey": "x.txt/题/1", "sha256": "a" * 64, **position.pop("source", {})},
            "selector": [
                {"type": "TextQuoteSelector", "exact": "报告会"},
                {"type": "TextPositionSelector", "start": 0, "end": 3, **position},
            ],
        },
    }


def test_a_backup_with_bad_fields_is_refused_item_by_item(seeded_library: Path, tmp_path: Path) -> None:
    items = [
        _annotation(1),
        _annotation(2, start=-5),
        _annotation(3, start=10**30, end=10**30 + 1),
        _annotation(4, source={"issueKey": 7}),
        _annotation(5, source={"sourceFile": ["a.txt"]}),
        _annotation(6, start=9, end=4),
        _annotation(7, start=True),
    ]
    backup = tmp_path / "backup.json"
    backup.write_text(json.dumps({"type": "AnnotationCollection", "first": {"items": items}}))
    result = run_reader("import-annotations", str(backup), "--db", str(seeded_library))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"Error: {backup}: 6 of 7 annotations are invalid, nothing was imported")
    for n, field in ((2, "start"), (3, "start"), (4, "issueKey"), (5, "sourceFile"), (6, "before its end"),
                     (7, "start")):  # fmt: skip
        assert f"item {n} (urn:uuid:{uuid.UUID(int=n)}): " in result.stderr
        line = next(line for line in result.stderr.splitlines() if f"item {n} " in line)
        assert field in line, line
    listed = run_reader("note", "list", "--db", str(seeded_library), "--json")
    assert json.loads(listed.stdout) == []  # not even the good first item: all or nothing


_MEASURE = textwrap.dedent(
    """
    import resource, sys
    from reader.cli import main
    try:
        main()
    finally:
        print("maxrss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
    """
)


def _peak_kib(*args: str) -> tuple[int, str]:
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *args], capture_output=True, text=True, timeout=300, check=False
    )
    peak = next(line for line in done.stderr.splitlines() if line.startswith("maxrss"))
    return int(peak.split()[1]), done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="resource.getrusage")
def test_a_large_backup_is_streamed_not_loaded_whole(seeded_library: Path, tmp_path: Path) -> None:
    note = "长" * 2000
    big = tmp_path / "big.json"
    with big.open("w", encoding="utf-8") as out:
        out.write('{"type": "AnnotationCollection", "first": {"items": [')
        for n in range(1, 6001):
            item = _annotation(n)
            item["body"] = [{"type": "TextualBody", "value": note, "purpose": "commenting"}]
            out.write(json.dumps(item, ensure_ascii=False) + ",")
        out.write(json.dumps(_annotation(6001, start=-1)) + "]}}")
    size_mib = big.stat().st_size / 2**20
    assert size_mib > 30
    small = tmp_path / "small.json"
    small.write_text(json.dumps([_annotation(1, start=-1)]))
    baseline, _ = _peak_kib("import-annotations", str(small), "--db", str(seeded_library))
    peak, stderr = _peak_kib("import-annotations", str(big), "--db", str(seeded_library))
    assert "item 6001" in stderr and "Traceback" not in stderr
    grew_mib = (peak - baseline) / 1024
    assert grew_mib < size_mib / 2, f"{grew_mib:.0f} MiB more for a {size_mib:.0f} MiB file"


@pytest.mark.parametrize(
    "link", ["bulletin-reader://[/x", "bulletin-reader://article/%ff%fe", "bulletin-reader://article/a\x01b"]
)
def test_a_malformed_link_is_a_clear_message(link: str) -> None:
    assert_clean_error(run_reader("gui", link), "bulletin-reader://")
    launcher = subprocess.run(
        [sys.executable, "-m", "reader", link], capture_output=True, text=True, timeout=60
    )
    assert launcher.returncode == 2 and "Traceback" not in launcher.stderr
    assert launcher.stderr.startswith("Error: bulletin-reader://")


BACKTRACKING = [  # the issue's paragraph; 记者 + 200 Han characters + a comma
    "本报记者深入基层走访调研乡村振兴产业发展情况了解群众所思所盼，各项工作稳步推进。",
    "记者" + "深入基层走访调研乡村振兴产业发展情况了解群众所思所盼" * 8 + "，",
]


def test_sentences_built_to_backtrack_import_with_entities_in_under_a_second_each(tmp_path: Path) -> None:
    bulletins = []
    for n, sentence in enumerate(BACKTRACKING):
        bulletin = tmp_path / f"bulletin{n}.txt"
        bulletin.write_text(f"工作动态\n\n标题一则\n\n{sentence}\n", encoding="utf-8")
        bulletins.append(str(bulletin))
    (tmp_path / "warm.txt").write_bytes((LIBRARY / SEED_NAMES[4]).read_bytes())
    script = textwrap.dedent(
        f"""
        import time
        from reader.entities.pipeline import annotate_saved
        from reader.ingest import import_paths
        from reader.store import memory_db
        db = memory_db()
        import_paths(db, [{str(tmp_path / "warm.txt")!r}], after_save=annotate_saved)  # loads jieba
        for path in {bulletins!r}:
            started = time.process_time()  # CPU, so a busy machine can't fail it; backtracking is CPU
            report = import_paths(db, [path], after_save=annotate_saved)
            print(report.summary(), round(time.process_time() - started, 3), flush=True)
        """
    )
    try:
        # a hang guard only (catastrophic backtracking runs for minutes); the bar is each file's CPU time
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("the imports (after a warm-up file) were still running after 60 s")
    lines = done.stdout.splitlines()
    assert len(lines) == len(BACKTRACKING), done.stderr[-2000:]
    for line in lines:
        summary, seconds = line.rsplit(" ", 1)
        assert summary == "1 imported, 0 updated, 0 unchanged, 0 failed"
        assert float(seconds) < 1.0
