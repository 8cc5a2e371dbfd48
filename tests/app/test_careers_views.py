"""The career timeline, the posts × years table, the also-in bar and the side-by-side diff."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from reader.app.careers.table import PostsPanel
from reader.app.careers.timeline import CareerTimeline
from reader.app.reading.diff_view import INSERTED, DiffView, side_html
from reader.app.reading.reprints import AlsoInBar, info_html, share
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
    db.conn.close()


def test_posts_table_answers_who_held_a_post_when(qtbot: QtBot, tmp_path: Path) -> None:
    panel = PostsPanel()
    qtbot.addWidget(panel)
    db = _constructed(tmp_path)
    panel.show_people(load_people(db))
    model = panel.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 1)) == "县长")
    assert model.data(model.index(row, 0)) == "新蔡县"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "2024"
    assert model.data(model.index(row, 2)) == "王明"
    with qtbot.waitSignal(panel.person_activated) as opened:
        panel.view.doubleClicked.emit(model.index(row, 2))
    assert opened.args == ["王明"]
    db.conn.close()


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
    assert side_html("甲乙\n丙丁", "甲乙丙丁")[2] == 0  # a line broken elsewhere is layout, not an edit
    assert view.summary.text().endswith("% the same · 2 differences")
    paragraph = "全市上下牢固树立项目为王鲜明导向，以商招商、延链补链。\n" * 80
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    ends = ({"title": "a", "text": paragraph + "原文结尾"}, {"title": "b", "text": paragraph + "转载结尾"})
    view.show_pair(*ends)
    assert view.left.verticalScrollBar().value() == 0 and view.changes == 1
    view.next_button.click()  # both sides jump to the one difference, at the very end
    assert view.left.verticalScrollBar().value() > 0 and view.right.verticalScrollBar().value() > 0


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
    assert "驻马店日报 2024-09-30 T03版</a> (97% the same)" in info_html(info)
    assert (share(0.9985), share(1.0)) == ("99.8%", "100%")  # a near-copy never reads as identical
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


def test_also_in_bar_height_follows_its_text_and_font(qtbot: QtBot) -> None:
    """The bar keeps its label's heights per width: a longer list or a larger font still gets its room."""
    bar = AlsoInBar()
    qtbot.addWidget(bar)
    other = {"article_id": 9, "similarity": 0.9, "where": "驻马店日报 2024-09-30 T03版", "title": "x"}
    one = {"article_id": 5, "others": [other], "note": None, "original": None}
    bar.show_info(one)
    short = bar.label.heightForWidth(300)
    assert short == bar.label.heightForWidth(300) > 0
    bar.show_info({**one, "others": [dict(other, article_id=n) for n in range(9, 21)]})  # twelve versions
    assert bar.label.heightForWidth(300) >= 4 * short  # they wrap over many more lines
    bar.show_info(one)
    assert bar.label.heightForWidth(300) == short
    font = bar.label.font()
    font.setPointSize(font.pointSize() * 2)
    bar.label.setFont(font)
    assert bar.label.heightForWidth(300) > short


def test_the_window_shows_where_else_an_article_was_printed_and_compares(
    make_window, samples_db, tmp_path: Path, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    """Open the bulletin's 原载 article once its newspaper page is imported: the bar names the paper,
    and its compare link opens the side-by-side diff (both read on the query thread)."""
    from reader.ingest import import_paths

    title, text = samples_db.execute(
        "SELECT title, text FROM articles WHERE source_note LIKE '%驻马店日报%T03%'"
    ).fetchone()
    page = tmp_path / "zmdrb_20240930_T03.md"
    edited = text.replace("全市", "我市", 2)
    front = "---\npublication: 驻马店日报\ndate: 2024-09-30\n---\n\n"
    page.write_text(f"{front}# {title}\n\n{edited}\n", "utf-8")
    assert not import_paths(samples_db, [page]).failed
    (reprint_id,) = samples_db.execute(
        "SELECT id FROM articles WHERE title = ? ORDER BY id", [title]
    ).fetchone()
    window = make_window()
    window.open_article(reprint_id)
    qtbot.waitUntil(lambda: not window.careers.also_in.isHidden())
    shown = window.careers.also_in.label.text()
    assert "驻马店日报 2024-09-30 page T03" in shown and ">compare</a>" in shown
    other = window.careers.also_in.info["others"][0]["article_id"]
    window.careers.also_in.label.linkActivated.emit(f"diff:{other}")
    qtbot.waitUntil(lambda: window.careers.dialog is not None and window.careers.dialog.isVisible())
    assert window.careers.dialog.view.changes == 2
    window.careers.dialog.close()


def test_a_newspaper_page_imported_in_the_window_joins_its_bulletin_article_once_indexed(
    make_window, samples_db, tmp_path: Path, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    """The window's import ends when the files are saved; the reprint pass follows as its own job,
    and the bulletin article open meanwhile shows the newspaper version when it is done."""
    title, text = samples_db.execute(
        "SELECT id, title, text FROM articles WHERE source_note LIKE '%驻马店日报%T03%'"
    ).fetchone()[1:]
    (bulletin_id,) = samples_db.execute("SELECT id FROM articles WHERE title = ?", [title]).fetchone()
    folder = tmp_path / "paper"
    folder.mkdir()
    front = "---\npublication: 驻马店日报\ndate: 2024-09-30\n---\n\n"
    (folder / "zmdrb_20240930_T03.md").write_text(f"{front}# {title}\n\n{text}\n", "utf-8")
    window = make_window()
    window.open_article(bulletin_id)
    indexed: list[object] = []
    window.importer.reprints_indexed.connect(indexed.append)
    window.import_paths([folder])
    qtbot.waitUntil(lambda: window.importer.last_report is not None, timeout=60_000)
    assert window.importer.last_report.reprints_pending  # left to the pass, not done inside the import
    qtbot.waitUntil(lambda: bool(indexed), timeout=60_000)
    qtbot.waitUntil(lambda: not window.careers.also_in.isHidden(), timeout=10_000)
    assert "驻马店日报 2024-09-30 page T03" in window.careers.also_in.label.text()
