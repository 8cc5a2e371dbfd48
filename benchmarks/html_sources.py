"""Build a scoring set of the web pages the held-out sets were rendered from, saved as HTML source.

Run by hand (not a test), from the repository's root::

    .venv/bin/python benchmarks/html_sources.py /tmp/htmlset
    .venv/bin/python benchmarks/score_parse.py /tmp/htmlset --scorer ../shared/corpus/score.py -v

Each page of ``tests/data/corpus/*/build/src`` (real news pages and the bulletin pages the sets'
builders wrote) is copied as ``<set>_<page>_rawhtml.txt`` beside a ``GOLD.json`` holding the gold of
one of its text renderings (written from that text before the importer ran, per the set's
SOURCES.md): what a collecting script that saves each page's HTML would hand the importer.  The
pages and their renderings are the list in ``tests/importer/test_html_source.py``.  Han characters
``score.py`` counts as lost include the pages' scripts, styles and heads, which are not text.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.importer.test_html_source import PAGES  # noqa: E402  (the list the floor test reads)

CORPORA = ROOT / "tests" / "data" / "corpus"


def build(out: Path) -> int:
    """Write the set into ``out`` (replaced); returns the number of gold articles."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    gold: dict[str, dict] = {}
    for page, rendering in PAGES.items():
        folder, name = rendering.split("/")
        copy = f"{folder}_{Path(page).stem}_rawhtml.txt"
        shutil.copy(CORPORA / page, out / copy)
        gold[copy] = json.loads((CORPORA / folder / "GOLD.json").read_text(encoding="utf-8"))[name]
    (out / "GOLD.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return sum(len(entry["articles"]) for entry in gold.values())


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/htmlset")
    print(f"{len(PAGES)} pages, {build(target)} gold articles in {target}")
