"""One line per importer set: the dev corpus and every held-out set of ``tests/data/corpus``.

Runs ``score_parse.py`` on each set with the importer of ``--tree`` (default: this checkout), so a
branch's worktree is scored with its own code even where the virtual environment's editable
install points at another checkout (the child gets ``PYTHONPATH=<tree>``).  Why a script: the
team's comparisons ("every other set identical") are diffs of this output before and after a change.

    .venv/bin/python benchmarks/score_all.py [--tree /work/wt-branch] [--sets dev,third] > before.txt
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"


def sets(tree: Path) -> dict[str, Path]:
    """Every set by name: ``dev`` (beside the checkout) and the held-out sets of the tree."""
    found = {"dev": DEV} if (DEV / "GOLD.json").exists() else {}
    corpus = tree / "tests" / "data" / "corpus"
    for folder in sorted(corpus.iterdir()):
        if (folder / "GOLD.json").exists():
            found[folder.name] = folder
    return found


def score_line(tree: Path, folder: Path) -> str:
    """``matched a/b extra e bylines … dates … lost … sections … publication …`` for one set."""
    scorer = DEV.parent / "score.py"
    env = {**os.environ, "PYTHONPATH": str(tree)}
    script = tree / "benchmarks" / "score_parse.py"
    done = subprocess.run(
        [sys.executable, str(script), str(folder), "--scorer", str(scorer)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    out = done.stdout
    summary = json.loads(out[out.index("{") : out.index("\n}") + 2])
    lost = re.search(r"lost counting the set-aside lines: (\d+)", out)
    sections = re.search(r"sections right of matched: (\d+/\d+)", out)
    publication = re.search(r"publication right: (\d+/\d+)", out)
    return (
        f"matched {summary['matched']}/{summary['gold_articles']} extra {summary['extra']} "
        f"bylines {summary['bylines_right_of_gold_with_byline']} dates {summary['issue_dates_right']} "
        f"lost(set-aside counted) {lost.group(1) if lost else '?'} "
        f"sections {sections.group(1) if sections else '?'} "
        f"publication {publication.group(1) if publication else '?'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose importer is scored")
    parser.add_argument("--sets", default="", help="comma-separated set names (default: all)")
    options = parser.parse_args()
    tree = options.tree.resolve()
    wanted = {name for name in options.sets.split(",") if name}
    for name, folder in sets(tree).items():
        if not wanted or name in wanted:
            print(f"{name}: {score_line(tree, folder)}", flush=True)


if __name__ == "__main__":
    main()
