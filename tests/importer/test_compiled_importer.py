"""The compiled importer (``reader.compiled``): used only when current, and it reads every file as
the Python importer does."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import reader
from reader import compiled
from reader.importer import parse_bytes

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [
    ROOT.parent / "shared" / "seeds",
    ROOT.parent / "shared" / "corpus" / "dev",
    ROOT / "tests" / "data",
]
READ_ALL = """
import dataclasses, json, sys
from pathlib import Path
import reader
from reader.importer import parse_bytes
assert not reader.COMPILED_IMPORTER
out = {}
for name in sys.argv[1:]:
    try:
        out[name] = repr(dataclasses.asdict(parse_bytes(Path(name).read_bytes(), Path(name).name)))
    except Exception as error:
        out[name] = f"{type(error).__name__}: {error}"
print(json.dumps(out))
"""


def _build(tmp_path: Path, stamp: str) -> Path:
    build = tmp_path / "compiled"
    (build / "reader").mkdir(parents=True)
    (build / compiled.STAMP_FILE).write_text(stamp + "\n", encoding="ascii")
    return build


@pytest.fixture
def own_sys_path(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.delenv(compiled.PURE_PYTHON_VARIABLE, raising=False)
    return sys.path


def test_a_build_of_these_sources_goes_ahead_of_them(tmp_path: Path, own_sys_path: list[str]) -> None:
    build = _build(tmp_path, compiled.sources_stamp())
    package_path = ["/src/reader"]
    assert compiled.use_compiled(package_path, build)
    assert package_path == [str(build / "reader"), "/src/reader"]
    assert str(build) in own_sys_path


def test_a_build_of_other_sources_is_never_used(tmp_path: Path, own_sys_path: list[str]) -> None:
    build = _build(tmp_path, "0" * 64)
    package_path = ["/src/reader"]
    assert not compiled.use_compiled(package_path, build)
    assert package_path == ["/src/reader"]
    assert str(build) not in own_sys_path


def test_no_build_or_the_pure_python_switch_runs_the_sources(
    tmp_path: Path, own_sys_path: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    package_path = ["/src/reader"]
    assert not compiled.use_compiled(package_path, tmp_path / "missing")
    build = _build(tmp_path, compiled.sources_stamp())
    monkeypatch.setenv(compiled.PURE_PYTHON_VARIABLE, "1")
    assert not compiled.use_compiled(package_path, build)
    assert package_path == ["/src/reader"]


def test_a_frozen_app_uses_the_build_its_packager_bundled(
    tmp_path: Path, own_sys_path: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The packager bundles a build only when its stamp matches the sources it bundles, and a frozen
    app has no source files to stamp again: the bundle's ``compiled`` folder is taken as it is."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    bundled = _build(tmp_path, "0" * 64)
    assert compiled.bundled_build() == bundled
    package_path = ["/app/_internal/reader"]
    assert compiled.use_compiled(package_path)
    assert package_path == [str(bundled / "reader"), "/app/_internal/reader"]
    assert str(bundled) in own_sys_path


def test_a_frozen_app_without_a_bundled_build_or_told_not_to_runs_the_sources(
    tmp_path: Path, own_sys_path: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    package_path = ["/app/_internal/reader"]
    assert not compiled.use_compiled(package_path)
    _build(tmp_path, compiled.sources_stamp())
    monkeypatch.setenv(compiled.PURE_PYTHON_VARIABLE, "1")
    assert not compiled.use_compiled(package_path)
    assert package_path == ["/app/_internal/reader"]


def test_the_stamp_changes_with_any_importer_source(tmp_path: Path) -> None:
    shutil.copytree(compiled.PACKAGE / "importer", tmp_path / "importer")
    assert compiled.sources_stamp(tmp_path) == compiled.sources_stamp()
    source = tmp_path / "importer" / "segment.py"
    source.write_bytes(source.read_bytes() + b"\n")
    assert compiled.sources_stamp(tmp_path) != compiled.sources_stamp()


@pytest.mark.skipif(not reader.COMPILED_IMPORTER, reason="the importer is not compiled here (make compile)")
def test_the_compiled_importer_reads_every_file_as_the_python_one_does() -> None:
    files = sorted(str(path) for folder in CORPORA for path in folder.rglob("*.txt"))
    assert len(files) > 300
    env = {**os.environ, compiled.PURE_PYTHON_VARIABLE: "1", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", READ_ALL, *files], capture_output=True, text=True, env=env, check=True
    )
    pure = json.loads(result.stdout)
    differ = []
    for name in files:
        try:
            ours = repr(dataclasses.asdict(parse_bytes(Path(name).read_bytes(), Path(name).name)))
        except Exception as error:
            ours = f"{type(error).__name__}: {error}"
        if ours != pure[name]:
            differ.append(name)
    assert differ == []
