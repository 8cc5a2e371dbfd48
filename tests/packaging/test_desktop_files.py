"""The files a desktop install ships agree with each other and with the released version."""

from __future__ import annotations

import configparser
import re
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner
from PySide6.QtGui import QImage

import reader
from reader.cli import cli
from tests.helpers.project import ROOT, VERSION

LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "reader" / "data" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in .desktop files
    parser.read(LINUX / "bulletin-reader.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_our_links_and_text_files() -> None:
    entry = desktop_entry()

    assert entry["MimeType"] == "x-scheme-handler/bulletin-reader;text/plain;"
    assert entry["Exec"] == "bulletin-reader %u"
    assert entry["Icon"] == "bulletin-reader"
    assert entry["Categories"].split(";")[:2] == ["Office", "Viewer"]
    assert entry["Name[zh_CN]"] == "公报阅读器"


def test_metainfo_launches_the_desktop_entry_and_lists_this_release() -> None:
    root = ET.parse(LINUX / "io.github.bulletin_reader.BulletinReader.metainfo.xml").getroot()

    assert root.findtext("id") == "io.github.bulletin_reader.BulletinReader"
    assert root.findtext("launchable") == "bulletin-reader.desktop"
    assert root.find("releases/release").get("version") == VERSION  # newest first


def test_changelog_starts_with_this_release() -> None:
    releases = re.findall(r"^## (\d+\.\d+\.\d+)", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), re.M)

    assert releases[0] == VERSION


def test_version_comes_from_one_place() -> None:
    result = CliRunner().invoke(cli, ["--version"])

    assert reader.__version__ == VERSION
    assert result.output == f"reader {VERSION}\n"


@pytest.mark.parametrize("size", SIZES)
def test_png_icons_have_their_nominal_size(size: int) -> None:
    image = QImage(str(ICONS / "hicolor" / f"{size}x{size}" / "apps" / "bulletin-reader.png"))

    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_svg_icon_is_square_and_self_contained() -> None:
    svg = ET.parse(ICONS / "bulletin-reader.svg").getroot()

    assert svg.get("viewBox") == "0 0 128 128"
    # 报 is drawn as strokes and nothing is linked: renders the same without fonts or files
    assert list(svg.iter("{http://www.w3.org/2000/svg}text")) == []
    assert list(svg.iter("{http://www.w3.org/2000/svg}image")) == []
