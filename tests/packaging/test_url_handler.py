"""Turning what the desktop passes (%u) into one link, and delivering it to the window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from reader import ingest
from reader.app import url_handler
from reader.app.single_instance import SingleInstance
from reader.app.url_handler import launch_argument, normalise
from reader.errors import BadInputError
from reader.links import article_url
from reader.store import annotations as annotation_store
from reader.store import articles as article_store
from tests.packaging.conftest import WAIT_S, child_env

UID = "0123456789abcdef0123456789abcdef"
LINK = article_url("县府/第3期/2", UID)  # bulletin-reader://article/%E5%8E%BF…%2F2#hl-0123…


@pytest.fixture
def bulletin(tmp_path: Path) -> Path:
    path = tmp_path / "简报 2024.txt"
    path.write_text("简报\n", encoding="utf-8")
    return path


def test_launch_argument_picks_links_and_files_but_leaves_cli_calls_alone(
    bulletin: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "issues").write_text("a file named like a command", encoding="utf-8")

    assert launch_argument([LINK]) == LINK
    assert launch_argument(["--db", "lib.db", LINK]) == LINK
    assert launch_argument([str(bulletin)]) == str(bulletin)
    assert launch_argument([bulletin.as_uri()]) == bulletin.as_uri()
    assert launch_argument(["import", str(bulletin)]) is None
    assert launch_argument(["issues"]) is None
    assert launch_argument(["--version"]) is None
    assert launch_argument(["https://example.org/a.txt"]) is None
    assert launch_argument([]) is None


def test_app_links_are_kept_byte_for_byte() -> None:
    assert LINK.startswith("bulletin-reader://article/%E5%8E%BF%E5%BA%9C%2F")
    assert normalise(LINK) == LINK
    assert normalise("Bulletin-Reader://article/k") == "bulletin-reader://article/k"
    assert normalise("bulletin-reader://article/a%2Fb") == "bulletin-reader://article/a%2Fb"


def test_files_become_absolute_paths_from_paths_and_file_urls(
    bulletin: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(bulletin.parent)

    assert normalise(bulletin.name) == str(bulletin.resolve())
    assert normalise(bulletin.as_uri()) == str(bulletin.resolve())  # %20 and CJK unquoted
    assert normalise(f"file://localhost{bulletin.as_uri()[7:]}") == str(bulletin.resolve())


@pytest.mark.parametrize(
    ("arg", "reason"),
    [
        ("https://example.org/a", "links of type https: are not something Bulletin Reader opens"),
        ("bulletin-reader://issue/3", "unknown link kind 'issue' (expected 'article')"),
        ("bulletin-reader://article/", "the link has no article key"),
        ("bulletin-reader://article/k#hl-7f3a", "the part after '#' should be hl-<32 hex digits>"),
        ("file://server/share/a.txt", "on another machine (server)"),
        ("/no/such/bulletin.txt", "no such file"),
    ],
)
def test_bad_arguments_name_the_argument_and_the_reason(arg: str, reason: str) -> None:
    with pytest.raises(BadInputError) as caught:
        normalise(arg)
    assert reason in str(caught.value)
    assert caught.value.source == arg


def test_without_a_running_app_the_window_is_started_with_the_link(instance_name: str) -> None:
    started: list[list[str]] = []

    status = url_handler.main(["--db", "x.db", LINK], start_window=lambda args: started.append(args) or 0)

    assert status == 0
    assert started == [["gui", "--db", "x.db", LINK]]


def test_a_menu_launch_starts_the_window_without_a_link(instance_name: str) -> None:
    started: list[list[str]] = []

    assert url_handler.main([], start_window=lambda args: started.append(args) or 0) == 0
    assert started == [["gui"]]


def test_a_foreign_link_is_refused_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    status = url_handler.main(["file:///no/such.txt"], start_window=lambda args: pytest.fail("started"))

    assert status == 2
    assert capsys.readouterr().err == "Error: /no/such.txt: no such file\n"


class FakeWindow(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    def open_link(self, link: str) -> None:
        self.opened.append(link)


def test_attached_window_opens_the_startup_link_then_links_from_other_processes(
    qtbot: QtBot, instance_name: str
) -> None:
    window = FakeWindow()
    qtbot.addWidget(window)
    instance = url_handler.attach(window, startup_link="bulletin-reader://article/first")
    assert isinstance(instance, SingleInstance)
    qtbot.waitUntil(lambda: window.opened == ["bulletin-reader://article/first"], timeout=2000)

    sender = subprocess.Popen(
        [sys.executable, "-m", "reader.app.url_handler", LINK],
        env=child_env(instance_name),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: len(window.opened) == 2, timeout=int(WAIT_S * 1000))
        qtbot.waitUntil(lambda: sender.poll() is not None, timeout=int(WAIT_S * 1000))
    finally:
        if sender.poll() is None:
            sender.kill()
        _, err = sender.communicate(timeout=WAIT_S)
    instance.close()

    assert window.opened == ["bulletin-reader://article/first", LINK]
    assert sender.returncode == 0, err


def test_attach_declines_when_another_instance_owns_the_socket(qtbot: QtBot, instance_name: str) -> None:
    first = SingleInstance(instance_name)
    assert first.listen()
    window = FakeWindow()
    qtbot.addWidget(window)

    assert url_handler.attach(window) is None
    first.close()
    second = url_handler.attach(window)
    assert second is not None and second.listening
    second.close()


class RecordingWindow:
    """The part of MainWindow that show_link uses, recording what it was asked to do."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.opened: list[int] = []
        self.highlights: list[str] = []
        self.imported: list[list[Path]] = []
        self.messages: list[str] = []

    def open_article(self, article_id: int) -> None:
        self.opened.append(article_id)

    def show_annotation(self, uid: str) -> None:
        self.highlights.append(uid)

    def import_paths(self, paths: list[Path]) -> int:
        self.imported.append(paths)
        return 1

    def statusBar(self) -> RecordingWindow:
        return self

    def showMessage(self, text: str, _timeout: int = 0) -> None:
        self.messages.append(text)


@pytest.fixture
def highlighted(db: Database, library_dir: Path) -> tuple[dict[str, Any], str]:
    """A library with one imported seed and a highlight on its second article."""
    seed = sorted(library_dir.glob("000_*.txt"))[0]
    ingest.import_file(db, seed)
    article = article_store.list_articles(db)[1]
    highlight = annotation_store.add_by_quote(db, article["id"], article["text"][:6], note="smoke")
    return article, highlight.uid


def test_a_link_from_an_exported_note_opens_its_article_at_the_highlight(
    db: Database, highlighted: tuple[dict[str, Any], str]
) -> None:
    article, uid = highlighted
    window = RecordingWindow(db)

    assert url_handler.show_link(window, article_url(article["key"], uid)) is None
    assert url_handler.show_link(window, article_url(article["key"])) is None

    assert window.opened == [article["id"], article["id"]]
    assert window.highlights == [uid]


def test_a_link_to_an_article_this_library_lacks_says_so(db: Database) -> None:
    window = RecordingWindow(db)

    message = url_handler.show_link(window, article_url("某县简报/第9期/1"))

    assert message == "Cannot open the link: no article with key '某县简报/第9期/1'"
    assert window.messages == [message]
    assert window.opened == []


def test_a_text_file_is_imported(db: Database, bulletin: Path) -> None:
    window = RecordingWindow(db)

    url_handler.show_link(window, str(bulletin))

    assert window.imported == [[bulletin]]
    assert window.opened == []
