"""The importer compiled to C by mypyc, used when a build of exactly these sources is at hand.

Parsing is most of an import's CPU (issue 14), and the importer's Python runs about 1.5× as fast
compiled.  The build is an accelerator, never a requirement: ``scripts/compile_importer.py`` (run
by ``make install``) writes it to ``build/compiled`` with a stamp of the sources it was built
from, and it is used only while that stamp matches the importer's sources and this interpreter.
An edited importer, a machine without a C compiler or ``READER_PURE_PYTHON=1`` run the same code
as Python.  A frozen app carries the build in its ``compiled`` folder when the packager found one
of exactly the sources it bundled (``packaging/bulletin-reader.spec``): its sources are not files
there to be stamped again, and its interpreter is the one the build was made for.
"""

from __future__ import annotations

import hashlib
import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
BUILD = PACKAGE.parent / "build" / "compiled"
STAMP_FILE = "STAMP"
PURE_PYTHON_VARIABLE = "READER_PURE_PYTHON"


def sources_stamp(package: Path = PACKAGE) -> str:
    """A digest of the importer's sources and of the interpreter's extension-module tag."""
    digest = hashlib.sha256(EXTENSION_SUFFIXES[0].encode())
    for path in sorted((package / "importer").glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def built_stamp(build: Path = BUILD) -> str | None:
    try:
        return (build / STAMP_FILE).read_text(encoding="ascii").strip()
    except OSError:
        return None


def bundled_build() -> Path:
    """Where a frozen app keeps the build its packager checked against the sources it bundled."""
    return Path(getattr(sys, "_MEIPASS", PACKAGE.parent)) / "compiled"


def use_compiled(package_path: list[str], build: Path | None = None) -> bool:
    """Put the compiled importer ahead of the sources on ``reader``'s path when it is current."""
    if os.environ.get(PURE_PYTHON_VARIABLE):
        return False
    frozen = bool(getattr(sys, "frozen", False))
    if build is None:
        build = bundled_build() if frozen else BUILD
    built = built_stamp(build)
    if built is None or (not frozen and built != sources_stamp()):
        return False
    if str(build) not in sys.path:
        sys.path.append(str(build))  # mypyc's shared runtime of the group is a top-level module
    package_path.insert(0, str(build / "reader"))
    return True
