"""A long article is shown in pieces, yet every consumer sees the page a one-shot render gives.

The pieces exist so that opening a 20,000-character article never blocks the
window for long (see ``ReadingPane.rerender``); these tests pin what must not
change because of them: the document, the hooks, highlights, find, scrolling.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextDocument
from sqlite_utils import Database

from reader.app.reading.pane import PROGRESSIVE, ReadingPane
from reader.app.reading.renderer import Mark, iter_chunks, render_article
from reader.app.reading.selection import body_map
from reader.app.theme import LIGHT
from reader.entities import pipeline
from reader.importer.model import Block, BlockKind, ParsedArticle, ParsedIssue
from reader.store import annotations as annotation_store
from reader.store import issues as store_issues

PLACE = "驻马店"
LAST_LINE = "全文完：以上为编辑部整理的年度重点工作汇编。"
EMPTY_PARAGRAPH = '<p style="line-height:170%; margin-bottom:10px; white-space:pre-wrap"></p>'


def long_blocks(db: Database) -> list[tuple[str, str]]:
    """Over 20,000 characters of real bulletin lines, with headings, list items and empty lines mixed in."""
    longest = db.execute("SELECT text FROM articles ORDER BY length(text) DESC LIMIT 1").fetchone()[0]
    lines = [line for line in longest.split("\n") if line]
    blocks: list[tuple[str, str]] = []
    while sum(len(text) + 1 for _kind, text in blocks) < 20_000:
        n = len(blocks)
        kind = "heading" if n % 9 == 8 else "list_item" if n % 13 in (5, 6) else "paragraph"
        blocks.append((kind, "" if n % 17 == 16 else lines[n % len(lines)]))
    return blocks


def long_article(db: Database) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """An article as the store gives it, every 驻马店 of its body a place mention."""
    blocks = long_blocks(db)
    text = "\n".join(line for _kind, line in blocks)
    mentions, at = [], text.find(PLACE)
    while at >= 0:
        mentions.append({"field": "text", "start": at, "end": at + 3, "kind": "place", "entity": PLACE})
        at = text.find(PLACE, at + 1)
    assert len(text) > 3 * PROGRESSIVE and len(mentions) > 20
    article = {"id": 1, "title": "两万字长文", "text": text, "blocks": [kind for kind, _ in blocks]}
    return {**article, "credit": "本报记者 摄"}, mentions


def one_shot(pane: ReadingPane) -> QTextDocument:
    """The page as one ``setHtml`` of the whole article makes it (what the pane did before pieces)."""
    document = QTextDocument()
    document.setDefaultFont(pane.view.document().defaultFont())
    document.setDefaultStyleSheet(pane.view.document().defaultStyleSheet())
    document.setHtml(render_article(pane.view.article or {}, pane.marks, pane.palette_))
    document.rootFrame().setFrameFormat(pane.view.document().rootFrame().frameFormat())  # the column margins
    return document


def make_pane(qtbot: Any) -> tuple[ReadingPane, list[int]]:
    """A shown pane and the document length each ``after_render`` hook call saw."""
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show()
    seen: list[int] = []
    pane.after_render.append(lambda: seen.append(pane.view.document().characterCount()))
    return pane, seen


def test_pieces_join_to_the_page_and_start_only_at_a_paragraph_or_heading(samples_db: Database) -> None:
    article, mentions = long_article(samples_db)
    marks = [Mark(m["field"], m["start"], m["end"], m["kind"], f"m:{n}") for n, m in enumerate(mentions)]
    pieces = list(iter_chunks(article, marks, LIGHT, 1500, 2000))
    assert len(pieces) >= 8
    assert "\n".join(pieces) == render_article(article, marks, LIGHT)
    assert "<hr/>" in pieces[0] and not any("<hr/>" in piece for piece in pieces[1:])
    assert all(piece.startswith(("<p ", "<h3 ")) for piece in pieces[1:])
    assert not any(piece.startswith((EMPTY_PARAGRAPH, "<ul")) for piece in pieces[1:])
    assert pieces[-1].endswith("本报记者 摄</p>")
    assert list(iter_chunks(article, marks, LIGHT)) == [render_article(article, marks, LIGHT)]


def test_long_article_arrives_in_pieces_and_ends_as_the_one_shot_page(samples_db: Database, qtbot) -> None:
    pane, seen = make_pane(qtbot)
    article, mentions = long_article(samples_db)
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.show_article(article, mentions)
        first = pane.view.document().characterCount()
        assert not pane.is_complete and seen == []  # hooks wait for the whole page
        assert pane.screenful() < first < len(article["text"]) // 3  # a screenful, then the rest later
    assert pane.is_complete
    document = pane.view.document()
    assert document.toHtml() == one_shot(pane).toHtml()
    assert seen == [document.characterCount()]  # the hooks ran once, on the complete page
    body = body_map(document, article["text"])
    lines = article["text"].split("\n")
    assert all(
        position is not None for position, line in zip(body.block_positions, lines, strict=True) if line
    )
    last = mentions[-1]
    cursor = body.cursor(document, last["start"], last["end"])
    assert cursor is not None and cursor.selectedText() == PLACE
    assert cursor.charFormat().anchorHref() == f"m:{len(mentions) - 1}"


def test_first_piece_is_what_fills_the_pane(samples_db: Database, qtbot) -> None:
    """The first piece is laid out in the turn that opens the article: a taller pane gets more."""
    pane, _seen = make_pane(qtbot)  # 900 × 700
    em = pane.em()
    lines_seen = pane.view.viewport().height() / (em * 1.7)
    per_line = min(46, pane.view.viewport().width() // em)  # the column is at most 46 em wide
    assert lines_seen * per_line < pane.screenful() < 2 * lines_seen * per_line
    short = pane.screenful()
    pane.resize(900, 1400)
    assert 1.8 * short < pane.screenful()
    article, mentions = long_article(samples_db)
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.show_article(article, mentions)
        assert pane.screenful() < pane.view.document().characterCount() < pane.screenful() + 800


def test_short_article_is_complete_at_once(samples_db: Database, qtbot) -> None:
    pane, seen = make_pane(qtbot)
    row = samples_db.execute(
        "SELECT id, title, text FROM articles ORDER BY length(text) DESC LIMIT 1"
    ).fetchone()
    assert len(row[2]) <= PROGRESSIVE
    pane.show_article({"id": row[0], "title": row[1], "text": row[2], "blocks": []}, [])
    assert pane.is_complete and seen == [pane.view.document().characterCount()]


def test_next_article_drops_the_pieces_still_pending(samples_db: Database, qtbot) -> None:
    pane, seen = make_pane(qtbot)
    article, mentions = long_article(samples_db)
    pane.show_article(article, mentions)
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.show_article({"id": 2, "title": "短文", "text": "第一段\n第二段", "blocks": []}, [])
    qtbot.wait(100)  # the pending pieces' timer would have fired by now
    text = pane.view.document().toPlainText()
    assert "第二段" in text and PLACE not in text and "两万字长文" not in text
    assert len(seen) == 1


def test_finish_completes_now_and_a_scroll_target_waits_for_the_whole_page(
    samples_db: Database, qtbot
) -> None:
    pane, seen = make_pane(qtbot)
    article, mentions = long_article(samples_db)
    pane.show_article(article, mentions)
    bar = pane.view.verticalScrollBar()
    pane.scroll_to(6000)  # further down than the first piece reaches
    assert bar.value() < 6000
    pane.finish()
    assert pane.is_complete and len(seen) == 1
    assert bar.value() == 6000
    pane.rerender(keep_scroll=True)  # a repaint (new highlight, theme) is whole at once, where it was
    assert pane.is_complete and len(seen) == 2 and bar.value() == 6000


def long_article_in_library(db: Database) -> int:
    parsed = ParsedIssue(
        layout="newspaper_page",
        publication="驻马店日报",
        title="长文",
        issue_date="2099-01-01",
        articles=[
            ParsedArticle(
                title="两万字长文",
                section="要闻",
                blocks=[Block(BlockKind(kind), text) for kind, text in long_blocks(db) if text]
                + [Block(BlockKind.PARAGRAPH, LAST_LINE)],
            )
        ],
    )
    result = store_issues.save_issue(db, parsed, source_path="/tests/long.txt", data=b"long article")
    pipeline.annotate_articles(db, result.article_ids)
    return result.article_ids[0]


def test_window_find_and_highlights_cover_the_whole_long_article(
    make_window, samples_db: Database, qtbot
) -> None:
    article_id = long_article_in_library(samples_db)
    text = samples_db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    quote = LAST_LINE[3:11]
    assert text.count(quote) == 1 and text.index(quote) > 18_000
    highlight = annotation_store.add_by_quote(samples_db, article_id, quote)
    window = make_window()
    window.pane.find_bar.open()
    window.pane.find_bar.box.setText(PLACE)
    with qtbot.waitSignal(window.pane.rendered, timeout=5000):
        window.open_article(article_id)
        assert not window.pane.is_complete
    assert window.pane.find_bar.count.text() == f"1 / {text.count(PLACE) + 1}"  # + the 驻马店日报 crumb
    assert [a.uid for a in window.notes.panel.model.items] == [highlight.uid]
    window.pane.find_bar.close_bar()
    window.step(-1)
    qtbot.waitUntil(lambda: window.pane.is_complete)
    window.step(1)
    assert window.show_annotation(highlight.uid)  # the jump needs the last piece: it completes the page
    assert window.pane.view.textCursor().selectedText() == quote
    assert window.notes.panel.current().uid == highlight.uid
