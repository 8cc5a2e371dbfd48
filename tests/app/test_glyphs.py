"""The common characters drawn ahead of the window's paints (``reader.app.glyphs``)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from reader.app.glyphs import GlyphWarmer, common_characters, distinct


def test_common_characters_are_gb2312_level_one_with_punctuation_and_ascii() -> None:
    text = common_characters()
    # 94 printable ASCII, GB 2312 row 1 (94 symbols), row 3 (94 full-width forms), 3,755 level-1 hanzi
    assert len(text) == len(set(text)) == 94 + 94 + 94 + 3755
    assert {"的", "市", "招", "商", "。", "，", "、", "（", "１", "A", "~"} <= set(text)
    assert "發" not in text  # traditional forms are not in GB 2312
    assert "啊" in text and "座" in text  # level 1's first and last


def test_the_warmer_draws_every_font_a_piece_a_turn_then_stops(qtbot: QtBot) -> None:
    plain = QFont("Sans Serif", 9)
    bold = QFont(plain)
    bold.setBold(True)
    assert len(distinct([plain, QFont(plain), bold])) == 2
    warmer = GlyphWarmer([plain, bold, QFont(plain)], "中文" * 30)  # 60 characters: two pieces a font
    drawn: list[str] = []
    original = warmer._turn

    def counted() -> None:
        drawn.append("turn")
        original()

    warmer._timer.timeout.disconnect()
    warmer._timer.timeout.connect(counted)
    warmer.start()
    qtbot.waitUntil(lambda: warmer.done, timeout=5000)
    assert len(drawn) == 2 * 2 + 1  # four pieces, then the turn that finds none left
    assert not warmer._timer.isActive()
