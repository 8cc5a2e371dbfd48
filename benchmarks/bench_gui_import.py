"""Import one folder from the window and from the CLI, side by side, each into a fresh library.

Run by hand (not a test)::

    .venv/bin/python benchmarks/bench_gui_import.py               # 8 files: the 5 samples + 3 dev files
    .venv/bin/python benchmarks/bench_gui_import.py --folder DIR --runs 5
    QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1400x900x24' .venv/bin/python benchmarks/bench_gui_import.py

CLI: the wall time of ``reader --db NEW import DIR`` in a fresh process (start-up, jieba's
dictionary, parsing, saving, entities: what a user waits for after pressing Enter).
Window: a fresh process builds the real ``MainWindow`` offscreen on a new library; the time
runs from ``import_paths`` (what the Import folder action and a drop call) until the summary
is shown, with the progress dialog as the user sees it.  The two alternate, run after run,
because the machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
EXTRA = ("d17_xwlb_20220924_md.txt", "d22_gwr_hunan_2026_webpage.txt", "d27_tjgb_wanzai_2022_webpage.txt")
OTHERS = (  # --into-samples: eight files that are not samples, of several layouts
    "d01_rmrb_20251020_ban06_pdftotext.txt", "d05_rmrb_20251020_ban11_pdftotext.txt",
    "d09_rmrb_20251020_ban13_pdftotext.txt", "d17_xwlb_20220924_md.txt", "d18_xwlb_20240208_md.txt",
    "d22_gwr_hunan_2026_webpage.txt", "d25_gwr_guangdong_2026.txt", "d27_tjgb_wanzai_2022_webpage.txt",
)  # fmt: skip

WINDOW = r"""
import json, os, sys, time
from pathlib import Path
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from reader.app.main import application
from reader.app.settings import Settings
from reader.app.window import MainWindow
from reader.store import open_db
app = application()
db_path, folder, tmp = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
window = MainWindow(open_db(db_path), db_path, Settings(tmp / "settings.ini"), first_run_import=False)
window.show()
app.processEvents()
done = []
window.importer.finished_with.connect(lambda report: done.append(time.perf_counter()))  # summary is up
start = time.perf_counter()
window.import_paths([folder])
while not done:
    app.processEvents()
    time.sleep(0.001)
report = window.importer.last_report
print(json.dumps({"seconds": done[0] - start, "summary": report.summary()}))
window.importer.close_summary()
window.close()
"""


def default_folder(target: Path, into_samples: bool) -> Path:
    target.mkdir()
    if into_samples:
        for name in OTHERS:
            shutil.copy(DEV / name, target / name)
        return target
    for path in sorted((ROOT / "reader" / "data" / "samples").glob("*.txt")):
        shutil.copy(path, target / path.name)
    for name in EXTRA:
        if (DEV / name).is_file():
            shutil.copy(DEV / name, target / name)
    return target


def run_cli(folder: Path, db: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [str(ROOT / ".venv" / "bin" / "reader"), "--db", str(db), "import", str(folder)],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def run_window(folder: Path, db: Path, tmp: Path) -> tuple[float, str]:
    env = {"QT_QPA_PLATFORM": "offscreen", **os.environ}  # xcb under xvfb-run when set
    out = subprocess.run(
        [sys.executable, "-c", WINDOW, str(db), str(folder), str(tmp)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    ).stdout
    result = json.loads(out.strip().splitlines()[-1])
    return float(result["seconds"]), str(result["summary"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--into-samples",
        action="store_true",
        help="import into a library that already holds the sample bulletins (a window in use)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        folder = args.folder or default_folder(tmp / "files", args.into_samples)
        files = sorted(folder.rglob("*.txt"))
        size = sum(p.stat().st_size for p in files)
        print(f"{len(files)} files, {size / 1024:.0f} KiB in {folder}")
        start = tmp / "start.db"
        if args.into_samples:
            run_cli(ROOT / "reader" / "data" / "samples", start)
        cli, window = [], []
        for run in range(args.runs):
            for name in (f"cli-{run}.db", f"window-{run}.db"):
                if start.exists():
                    shutil.copy(start, tmp / name)
            cli.append(run_cli(folder, tmp / f"cli-{run}.db"))
            seconds, summary = run_window(folder, tmp / f"window-{run}.db", tmp)
            window.append(seconds)
            print(f"run {run + 1}: CLI {cli[-1]:.2f} s, window {window[-1]:.2f} s ({summary})")
        ratio = statistics.median(window) / statistics.median(cli)
        print(
            f"median: CLI {statistics.median(cli):.2f} s, window {statistics.median(window):.2f} s "
            f"→ window/CLI = {ratio:.2f} (target ≤ 1.5)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
