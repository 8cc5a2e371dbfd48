"""The renderer places highlights from store offsets and never lets article text become markup."""

from __future__ import annotations

from reader.app.reading.renderer import HIT, Mark, mark_up, render_article, style_sheet
from reader.app.theme import LIGHT


def test_html_looking_text_is_escaped_not_rendered() -> None:
    text = '见<img src=x>与<a href="http://evil">链接</a>'
    html = render_article({"title": "<b>标题</b>", "text": text, "blocks": ["paragraph"]}, [], LIGHT)
    assert "&lt;img src=x&gt;" in html
    assert "&lt;a href=&quot;http://evil&quot;&gt;" in html
    assert "<img" not in html and "<b>" not in html


def test_marks_wrap_exactly_the_offsets_even_next_to_escaped_characters() -> None:
    text = "<市>鲍常勇&李跃勇"
    marks = [Mark("text", 3, 6, "person", "m:0"), Mark("text", 7, 10, "person", "m:1")]
    out = mark_up(text, marks, LIGHT)
    assert out.startswith('&lt;市&gt;<a href="m:0"')
    assert '>鲍常勇</a>&amp;<a href="m:1"' in out
    assert out.endswith(">李跃勇</a>")


def test_search_hit_inside_entity_keeps_the_link_and_takes_the_hit_colour() -> None:
    out = mark_up("市委书记鲍常勇", [Mark("text", 4, 7, "person", "m:0"), Mark("text", 4, 6, HIT)], LIGHT)
    assert out == '市委书记<a href="m:0" class="hit">鲍常</a><a href="m:0" class="k-person">勇</a>'


def test_style_sheet_colours_each_kind_and_hits_in_qt() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor, QTextDocument

    document = QTextDocument()
    document.setDefaultStyleSheet(style_sheet(LIGHT))
    document.setHtml(
        mark_up(
            "市委书记鲍常勇在驻马店",
            [Mark("text", 4, 7, "person", "m:0"), Mark("text", 8, 11, "place")],
            LIGHT,
        )
    )
    cursor = QTextCursor(document)
    for position, colour in ((5, LIGHT.entities["person"]), (9, LIGHT.entities["place"]), (2, None)):
        cursor.setPosition(position)
        background = cursor.charFormat().background()
        assert (None if background.style() == Qt.BrushStyle.NoBrush else background.color().name()) == colour
    assert f"a.k-person {{ background-color:{LIGHT.entities['person']}" in style_sheet(LIGHT)


def test_body_offsets_cross_lines_and_blocks_keep_their_kind() -> None:
    article = {
        "title": "T",
        "text": "第一段\n小标题\n图① 说明",
        "blocks": ["paragraph", "heading", "caption"],
    }
    # 一段 (1..3) in line one, 标题 (5..7) in line two: offsets are into the joined text
    html = render_article(article, [Mark("text", 1, 3, "place"), Mark("text", 5, 7, HIT)], LIGHT)
    assert ">一段</a>" in html
    assert "<h3" in html and ">标题</span></h3>" in html
    assert "font-size:small" in html and "图① 说明" in html
