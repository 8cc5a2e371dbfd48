"""Which people the recogniser *confirms* in a library, and which of them are ordinary dictionary words.

A confirmed name (a post before it, a byline, a list of leaders, a confident model reading) is
recognised wherever it recurs in the library, so one wrong confirmation fills the People index with
a common word (全覆盖 in 27 articles of the held-out sets).  Run by hand (not a test)::

    .venv/bin/reader --db /tmp/all.db import tests/data/corpus
    .venv/bin/python benchmarks/confirmed_people.py /tmp/all.db /tmp/confirmed.json

Prints how many distinct names the rules confirm over every article's text and title, and each
confirmed name that jieba's dictionary holds with a tag other than a name's (some are real people:
普京 is tagged as a place), with a context; writes the counts and contexts as JSON to compare trees.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.entities.dictionaries import NAME_TAGS
from reader.entities.recogniser import Recogniser

CHUNK = 64


def main(library: str, out: str) -> None:
    recogniser = Recogniser()
    con = sqlite3.connect(library)
    texts = [t for (t,) in con.execute("SELECT text FROM articles")]
    texts += [t for (t,) in con.execute("SELECT title FROM articles")]
    counts: Counter[str] = Counter()
    where: dict[str, str] = {}
    for at in range(0, len(texts), CHUNK):
        chunk = texts[at : at + CHUNK]
        for text, analysis in zip(chunk, recogniser.analyse_many(chunk), strict=True):
            for m in analysis.mentions:
                if m.kind == "person" and m.text in analysis.confirmed:
                    counts[m.text] += 1
                    where.setdefault(m.text, text[max(0, m.start - 12) : m.end + 8])
    Path(out).write_text(json.dumps({"conf": counts, "where": where}, ensure_ascii=False), encoding="utf-8")
    words = [(n, c) for n, c in counts.most_common() if recogniser.tags.get(n) not in NAME_TAGS]
    print(f"{len(counts)} confirmed names; {len(words)} are dictionary words with a non-name tag")
    for name, count in words:
        print(name, count, recogniser.tags.get(name), where[name].replace("\n", "⏎"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
