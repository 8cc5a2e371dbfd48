"""The career timeline, the posts × years table, the also-in bar and the side-by-side diff."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from reader.app.careers.table import PostsPanel
from reader.app.careers.timeline import CareerTimeline
from reader.app.reading.diff_view import INSERTED, DiffView, side_html
from reader.app.reading.reprints import AlsoInBar, info_html
from reader.careers.update import load_people
from reader.store import open_db

DATA = Path(__file__).resolve().parent.parent / "data" / "careers"


def _constructed(tmp_path: Path):
    from reader.entities.pipeline import annotate_saved
    from reader.ingest import import_paths

    db = open_db(tmp_path / "c.db")
    import_paths(db, sorted(DATA.glob("*.md")), after_save=annotate_saved)
    return db


def test_timeline_bars_markers_and_clicks(qtbot: QtBot, tmp_path: Path) -> None:
    db = _constructed(tmp_path)
    (wang,) = load_people(db, name="王明")
    timeline = CareerTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(700, 200)
    timeline.show_person(wang)
    bars = [i for i in timeline.items if i.kind == "bar"]
    markers = {i.kind: i for i in timeline.items if i.kind != "bar"}
    assert len(bars) == 2 and set(markers) == {"appointment", "removal"}
    county_head, secretary = bars  # 县长 from Feb to June, 县委书记 from June
    assert county_head.rect.left() < secretary.rect.left()
    assert county_head.rect.width() > secretary.rect.width()
    notice = markers["appointment"].claims[0].article_id
    first_report = min(county_head.claims, key=lambda c: c.date or "").article_id
    with qtbot.waitSignal(timeline.article_activated) as clicked:
        qtbot.mouseClick(
            timeline, Qt.MouseButton.LeftButton, pos=markers["appointment"].rect.center().toPoint()
        )
    assert clicked.args == [notice]
    with qtbot.waitSignal(timeline.article_activated) as clicked:
        qtbot.mouseClick(
            timeline,
            Qt.MouseButton.LeftButton,
            pos=QPointF(county_head.rect.left() + 1, county_head.rect.center().y()).toPoint(),
        )
    assert clicked.args == [first_report]
    assert timeline.article_at(QPointF(1, 1)) is None


def test_posts_table_answers_who_held_a_post_when(qtbot: QtBot, tmp_path: Path) -> None:
    panel = PostsPanel()
    qtbot.addWidget(panel)
    panel.show_people(load_people(_constructed(tmp_path)))
    model = panel.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 1)) == "县长")
    assert model.data(model.index(row, 0)) == "新蔡县"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "2024"
    assert model.data(model.index(row, 2)) == "王明"
    with qtbot.waitSignal(panel.person_activated) as opened:
        panel.view.doubleClicked.emit(model.index(row, 2))
    assert opened.args == ["王明"]


def test_diff_view_marks_each_change_and_escapes_text(qtbot: QtBot) -> None:
    view = DiffView()
    qtbot.addWidget(view)
    mine = {"title": "原文", "text": "全市上下<b>牢固树立</b>项目为王导向", "where": "驻马店日报 2024-09-30"}
    other = {"title": "转载", "text": "我市上下<b>牢固树立</b>项目为王的导向", "where": "政务信息"}
    view.show_pair(mine, other)
    assert view.changes == 2  # 全→我 replaced, 的 inserted
    assert "&lt;b&gt;" in view.left.toHtml()  # the markup in the text is shown, never interpreted
    assert view.left.toPlainText() == mine["text"] and view.right.toPlainText() == other["text"]
    left, _right, _n = side_html("甲乙丙丁", "甲丙丁")
    assert "<s>乙</s>" in left
    _left, right, _n = side_html("甲丙", "甲丙丁")
    assert f'<span style="background-color:{INSERTED}">丁</span>' in right
    assert "相同" in view.summary.text()


def test_also_in_bar_links(qtbot: QtBot) -> None:
    bar = AlsoInBar()
    qtbot.addWidget(bar)
    info = {
        "article_id": 5,
        "others": [
            {"article_id": 9, "similarity": 0.97, "where": "驻马店日报 2024-09-30 T03版", "title": "x"}
        ],
        "note": "(原载2024年9月30日《驻马店日报》T03版)",
        "original": 9,
    }
    assert "驻马店日报 2024-09-30 T03版</a> (97% 相同 the same)" in info_html(info)
    bar.show_info(info)
    assert not bar.isHidden()
    with qtbot.waitSignal(bar.compare_requested) as compare:
        bar.label.linkActivated.emit("diff:9")
    assert compare.args == [5, 9]
    with qtbot.waitSignal(bar.article_activated) as opened:
        bar.label.linkActivated.emit("open:9")
    assert opened.args == [9]
    bar.show_info({"article_id": 6, "others": [], "note": None, "original": None})
    assert bar.isHidden()
