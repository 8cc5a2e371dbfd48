"""Keep the window's translations in step with its source: ``make translations`` runs this.

    python scripts/translations.py update    # lupdate: new strings into the .ts files (no line numbers)
    python scripts/translations.py release   # lrelease: .ts → the .qm files the app loads
    python scripts/translations.py check     # exit 1 naming any string without a translation,
                                             # or a .qm older than its .ts

Sources are English.  ``bulletin_reader_zh_CN.ts`` holds every string in Simplified Chinese;
``bulletin_reader_en.ts`` only the plural forms (``%n file(s)`` → "1 file" / "3 files").
Edit the .ts files with ``pyside6-linguist`` or any editor, then run ``release``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "reader" / "app" / "i18n"
CATALOGUE = "bulletin_reader"
LANGUAGES = {"zh_CN": [], "en": ["-pluralonly"]}


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 (make install)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "reader" / "app").rglob("*.py"))


def ts_path(language: str) -> Path:
    return I18N / f"{CATALOGUE}_{language}.ts"


def update(target: Path | None = None) -> None:
    for language, extra in LANGUAGES.items():
        ts = (target or I18N) / ts_path(language).name
        subprocess.run(
            [
                _tool("lupdate"), *sources(), "-ts", str(ts), "-no-obsolete", "-locations", "none",
                "-source-language", "en", "-target-language", language, "-silent", *extra,
            ],
            check=True,
            cwd=ROOT,
        )  # fmt: skip


def release() -> None:
    for language in LANGUAGES:
        ts = ts_path(language)
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def missing(ts: Path) -> list[str]:
    """Source strings of ``ts`` whose translation is unfinished or empty."""
    found = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] if translation is not None else []
        texts = (
            forms
            if message.get("numerus") == "yes"
            else [translation.text if translation is not None else ""]
        )
        unfinished = translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
        if unfinished or not all(texts):
            context = message.find("../name")
            found.append(f"{context.text if context is not None else ''}: {message.findtext('source')}")
    return found


def problems() -> list[str]:
    """What ``check`` complains about: untranslated strings, stale .qm files."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            shutil.copy(ts_path(language), Path(tmp) / ts_path(language).name)
        update(Path(tmp))
        for language in LANGUAGES:
            fresh = Path(tmp) / ts_path(language).name
            found += [f"{language}: no translation for {text}" for text in missing(fresh)]
            if fresh.read_bytes() != ts_path(language).read_bytes():
                found.append(f"{ts_path(language).name} is not up to date: run `make translations`")
            qm = ts_path(language).with_suffix(".qm")
            built = Path(tmp) / qm.name
            subprocess.run(
                [_tool("lrelease"), "-silent", str(ts_path(language)), "-qm", str(built)], check=True
            )
            if not qm.is_file() or qm.read_bytes() != built.read_bytes():
                found.append(f"{qm.name} is older than its .ts: run `make translations`")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
