"""Which folded characters are in at least a share of a library's articles: how ``search.COMMON`` was chosen.

Run by hand (not a test), on a library of real bulletins::

    .venv/bin/python -m reader --db /tmp/real/lib.db import /work/shared/corpus/dev /work/shared/seeds
    .venv/bin/python benchmarks/common_chars.py /tmp/real/lib.db --share 0.5

The character table stores these characters by absence (``reader.store.search``); a character
in more than half of the articles costs fewer index rows that way.  Whitespace is left out (it is
never indexed).  ``COMMON`` holds the output for the 252 articles of the development corpus and
the samples at a share of 0.5, most frequent first.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.textfold import fold


def common_chars(db_path: Path, share: float) -> tuple[int, str]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    seen: Counter[str] = Counter()
    articles = 0
    try:
        for fields in conn.execute("SELECT kicker, title, subtitle, text FROM articles"):
            seen.update({char for value in fields if value for char in fold(value, variants=True)})
            articles += 1
    finally:
        conn.close()
    chosen = [c for c, n in seen.most_common() if n >= share * articles and not c.isspace()]
    return articles, "".join(chosen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--share", type=float, default=0.5)
    args = parser.parse_args()
    articles, chars = common_chars(args.library, args.share)
    print(f"{len(chars)} characters in at least {args.share:.0%} of {articles} articles:")
    print(chars)


if __name__ == "__main__":
    main()
