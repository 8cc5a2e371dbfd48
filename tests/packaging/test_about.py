"""The About dialog shows the same version as ``reader --version``."""

from __future__ import annotations

from click.testing import CliRunner
from PySide6.QtCore import qVersion

import reader
from reader.app.about import about_html
from reader.cli import cli
from tests.helpers.project import VERSION


def test_about_and_version_flag_show_the_same_version() -> None:
    flag = CliRunner().invoke(cli, ["--version"]).output.split()[-1]

    assert flag == VERSION
    assert f"<h3>Bulletin Reader {flag}</h3>" in about_html()
    assert f"Qt {qVersion()}" in about_html()


def test_about_says_whether_the_importer_runs_compiled() -> None:
    """Import speed and a bug's cause depend on it (``reader.compiled``)."""
    shown = "importer compiled" if reader.COMPILED_IMPORTER else "importer in Python"
    assert about_html().endswith(f" · {shown}</small></p>")
