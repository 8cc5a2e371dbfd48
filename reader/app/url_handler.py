"""What happens when the desktop opens a ``bulletin-reader://`` link or a text file with the app.

The ``.desktop`` entry runs ``bulletin-reader %u``.  ``%u`` is a link from an exported note
(``bulletin-reader://article/<key>#hl-<uid>``), a text file the user chose "Open with" on
(a path, or a ``file://`` URL), or nothing at all (launched from the menu).  This module
turns that argument into one normalised string, hands it to an already running window
(:mod:`reader.app.single_instance`), and only when none runs starts the window itself.

Nothing here imports Qt at module level: the frozen launcher asks :func:`launch_argument`
on every start, including ``--version``, which must stay fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol
from urllib.parse import unquote, urlsplit

from reader.errors import BadInputError, NotFoundError
from reader.links import SCHEME, article_url, parse_url

if TYPE_CHECKING:
    from sqlite_utils import Database

    from reader.app.single_instance import SingleInstance


class LinkTarget(Protocol):
    """What :func:`show_link` needs from the window (``MainWindow`` has all of it).

    A window may instead define ``open_link(link: str)`` and take over completely, and may
    define ``show_annotation(uid: str)`` to scroll to a highlight after ``open_article``.
    """

    db: Database

    def open_article(self, article_id: int) -> None: ...

    def import_paths(self, paths: list[Path]) -> int: ...


def launch_argument(args: Sequence[str]) -> str | None:
    """The link or file a desktop launcher passed, or None when ``args`` is an ordinary CLI call.

    Only the first positional argument counts (``--db PATH`` may come before it), so
    ``reader import some.txt`` stays a CLI command while ``bulletin-reader /home/u/a.txt`` opens.
    """
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--db":
            index += 2
            continue
        if arg.startswith("-"):
            index += 1
            continue
        return arg if is_launch_argument(arg) else None
    return None


def is_launch_argument(arg: str) -> bool:
    """A ``bulletin-reader:`` or ``file:`` URL, or a path that names an existing text file."""
    scheme = _scheme(arg)
    if scheme in (SCHEME, "file"):
        return True
    if len(scheme) > 1:  # http:, mailto:…  (one letter is a Windows drive, C:\…)
        return False
    looks_like_path = os.sep in arg or "/" in arg or arg.lower().endswith(".txt")
    return looks_like_path and Path(arg).is_file()


def _scheme(arg: str) -> str:
    """The URL scheme of ``arg`` in lower case ("" for a path); a malformed URL still has one."""
    head, colon, _rest = arg.partition(":")
    if colon and head and head[0].isalpha() and all(c.isalnum() or c in "+-." for c in head):
        return head.lower()
    return ""


def normalise(arg: str) -> str:
    """One canonical form per target: app links kept as links, files as absolute paths.

    Raises BadInputError naming the argument when it is neither (or is a malformed link).
    """
    try:
        parts = urlsplit(arg)
    except ValueError as error:  # bulletin-reader://[/x
        raise BadInputError(arg, f"not a well-formed link ({error})") from error
    scheme = parts.scheme.lower()
    if scheme == SCHEME:
        link = parse_url(f"{SCHEME}{arg[len(scheme) :]}")  # urlsplit lowercases; parse_url does not
        return article_url(link.article_key, link.annotation_uid)
    if scheme == "file":
        if parts.netloc not in ("", "localhost"):
            raise BadInputError(arg, f"the file is on another machine ({parts.netloc}); copy it here first")
        path = Path(unquote(parts.path))
    elif len(scheme) > 1:
        raise BadInputError(arg, f"links of type {scheme}: are not something Bulletin Reader opens")
    else:
        path = Path(arg)
    if not path.is_file():
        raise BadInputError(str(path), "no such file")
    return str(path.resolve())


def is_app_link(message: str) -> bool:
    """Whether a normalised message is an in-app link rather than a file to import and show."""
    return message.startswith(f"{SCHEME}://")


def attach(
    window: LinkTarget,
    startup_link: str | None = None,
    name: str | None = None,
    raise_window: Callable[[], None] | None = None,
) -> SingleInstance | None:
    """Make ``window`` the single instance: later launches deliver their links to it.

    Returns the listening :class:`SingleInstance` (keep a reference for the app's lifetime),
    or None when another live process already owns the socket.  ``startup_link`` is shown
    once the event loop runs.  ``raise_window`` defaults to ``window.raise_()`` plus
    ``activateWindow()`` when the window has them.
    """
    from PySide6.QtCore import QTimer

    from reader.app.single_instance import SingleInstance

    instance = SingleInstance(name)
    if not instance.listen():
        return None

    def bring_forward() -> None:
        if raise_window is not None:
            raise_window()
            return
        for method in ("showNormal", "raise_", "activateWindow"):
            action = getattr(window, method, None)
            if callable(action) and (method != "showNormal" or _minimised(window)):
                action()

    def deliver(link: str) -> None:
        bring_forward()
        show_link(window, link)

    instance.link_received.connect(deliver)
    instance.activation_requested.connect(bring_forward)
    if startup_link:
        QTimer.singleShot(0, lambda: show_link(window, startup_link))
    return instance


def show_link(window: LinkTarget, link: str) -> str | None:
    """Show what ``link`` points at; returns the message shown when it cannot.

    An app link opens its article (the highlight's current article, should the highlight
    have been re-attached after a re-import) and then the highlight; a file path is
    imported, and the window shows it when the import finishes.
    """
    custom = getattr(window, "open_link", None)
    if callable(custom):
        custom(link)
        return None
    if not is_app_link(link):
        window.import_paths([Path(link)])
        return None
    try:
        article_id, uid = _resolve(window.db, link)
    except (BadInputError, NotFoundError) as error:
        from reader.app.i18n import translate as _translate

        message = _translate("LinkHandler", "Cannot open the link: %1").replace("%1", str(error))
        status_bar = getattr(window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(message, 10000)
        return message
    window.open_article(article_id)
    show_annotation = getattr(window, "show_annotation", None)
    if uid and callable(show_annotation):
        show_annotation(uid)
    return None


def _resolve(db: Database, link: str) -> tuple[int, str | None]:
    """The article id a link opens, and the highlight uid in it (if the link names one)."""
    from reader.store import annotations as annotation_store
    from reader.store import articles as article_store

    target = parse_url(link)
    if target.annotation_uid:
        try:
            annotation = annotation_store.get_by_uid(db, target.annotation_uid)
        except NotFoundError:
            annotation = None
        if annotation is not None and annotation.article_id is not None and not annotation.orphaned:
            return annotation.article_id, target.annotation_uid
    return int(article_store.get_article_by_key(db, target.article_key)["id"]), target.annotation_uid


def _minimised(window: object) -> bool:
    is_minimized = getattr(window, "isMinimized", None)
    return bool(is_minimized()) if callable(is_minimized) else False


def hand_over(link: str, name: str | None = None, timeout_ms: int = 2000) -> bool:
    """True when a running window took ``link`` ("" just brings it forward)."""
    from reader.app.single_instance import send_message

    return send_message(link, name=name, timeout_ms=timeout_ms)


def main(argv: Sequence[str] | None = None, start_window: Callable[[list[str]], int] | None = None) -> int:
    """``bulletin-reader [--db PATH] [LINK|FILE]`` as a desktop launcher runs it.

    Hands the link to the running window and returns 0, or starts the window with it
    (``reader gui [--db PATH] [LINK]``).  A link that is not ours prints one error line, exit 2.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    raw = launch_argument(args)
    rest = [arg for arg in args if arg != raw]
    try:
        link = normalise(raw) if raw else ""
    except BadInputError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 2
    if hand_over(link):
        return 0
    gui_args = ["gui", *rest, *([link] if link else [])]
    if start_window is not None:
        return start_window(gui_args)
    from reader.cli import cli

    cli.main(args=gui_args, prog_name="reader")  # exits with the window's status
    return 0


if __name__ == "__main__":
    sys.exit(main())
