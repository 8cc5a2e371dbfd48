"""A bulletin in traditional characters reads as the same bulletin in simplified ones.

The importer's words (记者, 来源, …动态) are written in simplified characters; ``script.simplified``
lets its decisions read 記者, 來源, …動態 as those words while the articles keep what was printed.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from reader.importer import ParsedIssue, parse_bytes, traditional_table
from reader.importer.linekinds import Kind, kind_of
from reader.importer.script import simplified
from reader.textfold import fold

from .conftest import SEED_DIR

ROOT = Path(__file__).resolve().parent.parent.parent
CORPORA = ROOT / "tests" / "data" / "corpus"


@cache
def _table_script() -> ModuleType:
    """``scripts/traditional_table.py``, which writes the importer's table from OpenCC's."""
    spec = importlib.util.spec_from_file_location(
        "traditional_table_script", ROOT / "scripts" / "traditional_table.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return script


@cache
def _to_traditional() -> dict[int, str]:
    """Simplified → traditional one character at a time (OpenCC's first candidate): a careless converter."""
    return {
        ord(simple): forms[0] for simple, forms in _table_script().opencc_table("STCharacters.txt").items()
    }


def _traditional(text: str) -> str:
    return text.translate(_to_traditional())


def _key(text: str | None) -> str:
    return re.sub(r"\s+", "", fold(unicodedata.normalize("NFKC", text or ""), variants=True))


def _outline(issue: ParsedIssue) -> list[tuple[str, str, str]]:
    return [(_key(a.section), _key(a.title), _key(a.byline_text)) for a in issue.articles]


def test_the_written_table_is_what_opencc_gives_for_the_importers_characters() -> None:
    assert _table_script().derive() == (traditional_table.TRADITIONAL, traditional_table.SIMPLIFIED), (
        "run scripts/traditional_table.py: the importer's words have changed"
    )


def test_simplified_reads_the_words_and_keeps_every_offset() -> None:
    assert simplified("（記者 陳曉明 通訊員 張偉）") == "（记者 陈晓明 通讯员 张伟）"
    assert simplified("來源：澳門日報") == "来源：澳门日报"
    line = "工作動態"
    assert len(simplified(line)) == len(line) and simplified(line) == "工作动态"
    assert simplified("记者 王伟 报道") == "记者 王伟 报道"  # simplified text is left as it is


def test_a_traditional_line_is_of_the_kind_its_simplified_twin_is() -> None:
    for line in ("來源：新華社", "責任編輯：李明", "（記者 陳曉明 通訊員 張偉）", "本報訊（記者 張偉）"):
        assert kind_of(line) is kind_of(simplified(line)) and kind_of(line) is not Kind.TEXT


BULLETIN = """\
工作简报
第8期
县政府办公室编  2025年10月16日

基层动态

城北街道开展消防安全进社区活动
10月14日，城北街道联合县消防救援大队走进和平社区，开展消防安全宣传进社区活动。工作人员通过发放宣传资料、现场演示灭火器使用方法等方式，向居民普及消防安全知识。

河口镇举办农村电商培训班
为推动农产品上行，河口镇近日举办农村电商培训班，邀请专业讲师围绕网店运营、直播带货等内容进行授课，全镇60余名农户和返乡青年参加培训。

部门信息

县交通运输局启动农村公路养护专项行动
近日，县交通运输局启动为期两个月的农村公路养护专项行动，重点对路面坑槽、边沟堵塞、标志标牌缺损等问题进行集中整治。

县市场监管局开展食品安全抽检
10月以来，县市场监管局对全县学校食堂、农贸市场开展食品安全监督抽检，共抽检样品120批次，合格率达到98%以上。
"""


def test_a_bulletin_converted_to_traditional_keeps_its_sections_and_items() -> None:
    expected = [
        ("基层动态", "城北街道开展消防安全进社区活动"),
        ("基层动态", "河口镇举办农村电商培训班"),
        ("部门信息", "县交通运输局启动农村公路养护专项行动"),
        ("部门信息", "县市场监管局开展食品安全抽检"),
    ]
    for text in (BULLETIN, _traditional(BULLETIN)):
        issue = parse_bytes(text.encode("utf-8"), "gzjb8.txt")
        assert [(_key(a.section), _key(a.title)) for a in issue.articles] == [
            (_key(s), _key(t)) for s, t in expected
        ]
        assert issue.issue_date == "2025-10-16"
    traditional = parse_bytes(_traditional(BULLETIN).encode("utf-8"), "gzjb8.txt")
    assert traditional.articles[0].title == "城北街道開展消防安全進社區活動"  # printed characters kept


@pytest.mark.parametrize(
    "path",
    [
        SEED_DIR / "003_9560272fe25c5dcf.txt",
        SEED_DIR / "004_7be1ce5248a82324.txt",
        CORPORA / "dev" / "d05_rmrb_20251020_ban11_pdftotext.txt",
        CORPORA / "fourth" / "f14_ttfund_digest_20190926_copy_utf8bom.txt",
        CORPORA / "eleventh" / "p01_xnrb_b02_pdftotext-layout.txt",
    ],
    ids=lambda path: path.name[:20],
)
def test_a_real_issue_copied_into_traditional_reads_the_same(path: Path) -> None:
    """Sections named 乡村纪行 / 國內資訊, bylines under 记者, a paper page's items: the same outline."""
    from reader.importer.decode import decode_with_note

    text = decode_with_note(path.read_bytes(), path.name)[0]
    original = parse_bytes(text.encode("utf-8"), path.name)
    copied = parse_bytes(_traditional(text).encode("utf-8"), path.name)
    assert _outline(copied) == _outline(original)
    assert copied.issue_date == original.issue_date


def test_a_traditional_photo_credit_names_its_people_as_printed() -> None:
    from reader.importer.bylines import parse_credit_line
    from reader.importer.model import BylineEntry

    assert parse_credit_line("記者 吳勇峰 見習記者 張楠 攝影報道") == [
        BylineEntry("記者", "吳勇峰"),
        BylineEntry("見習記者", "張楠"),
    ]
    assert parse_credit_line("記者 吳勇峰 攝") == [BylineEntry("記者", "吳勇峰")]


def test_restored_gives_back_the_printed_characters_of_a_simplified_reading() -> None:
    from reader.importer.script import restored

    line = "（文/圖 劉璽東 易賽楠）"
    reading = simplified(line)
    assert reading != line and len(reading) == len(line)
    assert restored(reading[5:8], line) == "劉璽東"
    assert restored("记者", "记者 王伟") == "记者"  # nothing was changed: nothing to give back
