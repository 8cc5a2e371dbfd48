"""Real files cut short, thinned and re-spaced: does any Han word of the file vanish from the issue?

    PYTHONPATH=/path/to/tree python benchmarks/mutation_probe.py [--count 3000] [--seed 1] [--ops …] [-v]

Every ``.txt`` under ``tests/data/corpus`` and ``../shared/seeds`` is a base.  Each trial takes one, applies
one to six line-level edits a user's copy may have suffered — ``cut`` (the copy ends, or begins, at a random
line), ``del`` (one to five lines missing), ``blank`` (extra blank lines), ``strip`` (every line's indent
gone) and, with ``--ops``, ``dup`` (lines repeated), ``swap`` (two lines exchanged), ``wrap`` (a stretch
hard-wrapped) — and parses the result.  A trial counts as *lost* when a word (``\\w+``) holding a Han
character of any line (but a bare 目录 heading) is in no field of the issue: not in an article, the
contents list or the set-aside lines (white space aside).  A crash is any exception but a
``BadInputError``.  Not a test: the edits make documents no converter would, and some words are markup
a reader never sees.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import traceback

from benchmarks.conversion_probe import FOLDERS, hard_wrapped
from reader.errors import BadInputError
from reader.importer import ParsedIssue, parse_text
from reader.importer.decode import decode_with_note

HAN = re.compile(r"[\u4e00-\u9fff]")
CONTENTS_HEADING = re.compile(r"^\s*目\s*录\s*$")
REALISTIC = ("cut", "del", "blank", "strip")


def haystack(issue: ParsedIssue) -> str:
    """Every field of the issue a line's words may have gone to, as one text."""
    parts: list[str] = []
    for entry in issue.toc:
        parts += [entry.section or "", entry.title]
    for a in issue.articles:
        parts += [a.section or "", a.kicker or "", a.title, a.subtitle or "", a.byline_text or ""]
        parts += [a.dateline or "", a.date_line or "", a.credit or "", a.source_note or "", *a.editor_codes]
        parts += [block.text for block in a.blocks]
    parts += [item.text for item in issue.boilerplate]
    return "\n".join(parts)


def lost_words(text: str, issue: ParsedIssue) -> list[str]:
    """The Han words of ``text`` in no field of ``issue`` (looked for with white space ignored: the
    importer joins a title broken at a space, and a line cut by a wrap)."""
    found = "".join(haystack(issue).split())
    return [
        word
        for line in text.split("\n")
        if not CONTENTS_HEADING.match(line)
        for word in re.findall(r"\w+", line)
        if HAN.search(word) and word not in found
    ]


def mutate(rng: random.Random, lines: list[str], ops: list[str]) -> list[str]:
    lines = list(lines)
    for _ in range(rng.randint(1, 6)):
        if not lines:
            break
        op, at = rng.choice(ops), rng.randrange(len(lines))
        if op == "cut":
            lines = lines[:at] if rng.random() < 0.5 else lines[at:]
        elif op == "del":
            del lines[at : at + rng.randint(1, 5)]
        elif op == "blank":
            lines[at:at] = [""] * rng.randint(1, 4)
        elif op == "strip":
            lines = [line.strip() for line in lines]
        elif op == "dup":
            lines[at:at] = lines[at : at + rng.randint(1, 4)]
        elif op == "swap":
            other = rng.randrange(len(lines))
            lines[at], lines[other] = lines[other], lines[at]
        elif op == "wrap":
            lines[at : at + 20] = hard_wrapped(
                "\n".join(lines[at : at + 20]), rng.choice([36, 56, 80])
            ).split("\n")
    return lines


def bases() -> list[tuple[str, list[str]]]:
    out = []
    for path in sorted({p for folder in FOLDERS for p in folder.rglob("*.txt")}):
        try:
            text = decode_with_note(path.read_bytes(), path.name)[0]
        except BadInputError:
            continue
        out.append((f"{path.parent.name}/{path.name}", text.split("\n")))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ops", default=",".join(REALISTIC))
    parser.add_argument(
        "-v", action="store_true", help="name each trial's base file and its first lost words"
    )
    args = parser.parse_args(argv)
    rng, ops, files = random.Random(args.seed), args.ops.split(","), bases()
    crashes, lost, by_base = 0, 0, {}
    for _ in range(args.count):
        name, lines = rng.choice(files)
        text = "\n".join(mutate(rng, lines, ops))
        try:
            issue = parse_text(text, "mutated.txt")
        except BadInputError:
            continue
        except Exception:  # any crash is what this probe looks for
            crashes += 1
            print(f"crash: {name}: {traceback.format_exc().splitlines()[-1]}")
            continue
        words = lost_words(text, issue)
        if words:
            lost += 1
            by_base[name] = by_base.get(name, 0) + 1
            if args.v:
                print(f"lost: {name}: {' '.join(words[:6])[:100]}")
    print(f"{args.count} trials ({','.join(ops)}, seed {args.seed}): {crashes} crashes, {lost} lost a word")
    for name, count in sorted(by_base.items(), key=lambda item: -item[1]):
        print(f"    {count:4}  {name}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
