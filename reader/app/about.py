"""The About dialog: the version comes from ``reader.__version__``, as ``reader --version`` does.

Both read the installed package metadata (``pyproject.toml`` at build time; PyInstaller's
``copy_metadata`` in the frozen app), so the two can never disagree.
"""

from __future__ import annotations

import platform
from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from reader import COMPILED_IMPORTER, __version__
from reader.app.i18n import translate


def about_html() -> str:
    """The dialog's text: name, version, what it is, and the versions a bug report needs."""
    name = translate("About", "Bulletin Reader")
    what = translate("About", "Read, search and annotate local-government bulletins.")
    if COMPILED_IMPORTER:  # reader.compiled: imports run faster; a bug report needs to know which ran
        importer = translate("About", "importer compiled")
    else:
        importer = translate("About", "importer in Python")
    return (
        f"<h3>{escape(name)} {escape(__version__)}</h3>"
        f"<p>{escape(what)}</p>"
        f"<p><small>Python {escape(platform.python_version())} · Qt {escape(qVersion())} · "
        f"PySide6 {escape(pyside_version)} · {escape(platform.system())} · {escape(importer)}</small></p>"
    )


def show_about(parent: QWidget | None = None) -> None:
    QMessageBox.about(parent, translate("About", "About Bulletin Reader"), about_html())
