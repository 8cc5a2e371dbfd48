"""Compile ``reader.importer`` to C with mypyc into ``build/compiled`` (see ``reader/compiled.py``).

    .venv/bin/python scripts/compile_importer.py [--strict]

The sources are copied to a work folder first (setuptools would read the project's own
``pyproject.toml`` in place; a failed build must not leave half a build behind).  The new build
replaces the old one only once it is complete, and its stamp is that of the sources copied.  A
failure prints one line and leaves the importer running as Python; ``--strict`` makes it an error.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.compiled import BUILD, STAMP_FILE, sources_stamp  # noqa: E402

WORK = ROOT / "build" / "compiled-work"
SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify

modules = mypycify(["--ignore-missing-imports", "--follow-imports=silent", "reader/importer"],
                   opt_level="3", multi_file=True)
setup(name="reader-importer-compiled", ext_modules=modules,
      script_args=["build_ext", "--build-lib", sys.argv[1], "--build-temp", sys.argv[2],
                   "--parallel", sys.argv[3]])
"""


def _copy_sources(src: Path) -> str:
    """The importer and what it imports from outside it, copied; the stamp of what was copied."""
    stamp = sources_stamp()
    (src / "reader").mkdir(parents=True)
    (src / "reader" / "__init__.py").write_text("")
    shutil.copy2(ROOT / "reader" / "errors.py", src / "reader" / "errors.py")
    shutil.copytree(ROOT / "reader" / "importer", src / "reader" / "importer", ignore=_not_sources)
    return stamp


def _not_sources(folder: str, names: list[str]) -> list[str]:
    return [name for name in names if not name.endswith(".py")]


def compile_importer() -> str:
    shutil.rmtree(WORK, ignore_errors=True)
    src, stage = WORK / "src", WORK / "stage"
    stamp = _copy_sources(src)
    jobs = str(max(1, len(os.sched_getaffinity(0))))
    result = subprocess.run(
        [sys.executable, "-c", SETUP, str(stage), str(WORK / "temp"), jobs],
        cwd=src,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        lines = [line for line in (result.stderr + result.stdout).splitlines() if line.strip()]
        raise RuntimeError(lines[-1] if lines else f"mypyc exited with {result.returncode}")
    (stage / STAMP_FILE).write_text(stamp + "\n", encoding="ascii")
    shutil.rmtree(BUILD, ignore_errors=True)
    stage.rename(BUILD)
    shutil.rmtree(WORK, ignore_errors=True)
    return stamp


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--strict", action="store_true", help="a failed build is an error")
    args = parser.parse_args()
    started = time.monotonic()
    try:
        compile_importer()
    except (OSError, RuntimeError, subprocess.SubprocessError) as error:
        print(f"compile_importer: not compiled, the importer runs as Python: {error}", file=sys.stderr)
        return 1 if args.strict else 0
    print(f"compile_importer: {BUILD.relative_to(ROOT)} built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
