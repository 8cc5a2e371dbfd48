"""A library of the five sample bulletins plus one file of full-width, half-width and odd characters.

Imported once per session (no entities: the research tools do not read them);
tests that write get their own copy.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from reader.ingest import import_paths
from reader.resources import sample_library
from reader.store import open_db

# Written for these tests: the characters search folds (full-width digits and letters, U+3000,
# upper case) beside their plain forms, and FTS5 syntax that must be searched as text.
WIDTHS_FILE = """宽度测试简报
2024年10月8日

全角数字与字母
２０２４年ＡＢＣ大会召开，The ＲＥＡＤＥＲ test　全角空格。会议强调，发展是第一要务。

半角数字与字母
2024年abc大会召开 He said "AND" (OR) -x * NOT y^2 col:val，发展发展再发展。

笑声
台下笑声哈哈哈哈，掌声啪啪啪。
"""


@pytest.fixture(scope="session")
def research_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("research")
    extra = folder / "files"
    extra.mkdir()
    (extra / "widths.txt").write_text(WIDTHS_FILE, encoding="utf-8")
    path = folder / "library.db"
    db = open_db(path)
    report = import_paths(db, [sample_library(), extra])
    assert not report.failed, report.summary()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path


@pytest.fixture(scope="session")
def research_db(research_db_file: Path) -> Iterator[Database]:
    """Shared and read-only: never write through it."""
    db = open_db(research_db_file)
    yield db
    db.conn.close()


@pytest.fixture
def research_copy(research_db_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "library.db"
    shutil.copy(research_db_file, target)
    return target
