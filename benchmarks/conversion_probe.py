"""How many real files parse differently after a conversion that should not matter.

    PYTHONPATH=/path/to/tree python benchmarks/conversion_probe.py [FOLDER...] [--only NAME...] [-v]

Every ``.txt`` under the folders (default: ``tests/data/corpus``, which holds a copy of the dev set,
and ``../shared/seeds``) is decoded, converted, encoded and parsed again; a file counts as changed
when its issue date, its number of articles, or an article's section, title or byline text differs
(compared after NFKC, without white space, folded by script so a traditional copy can match).
The conversions are what users' tools do to the same issue: line ends, byte-order marks,
encodings, trailing spaces, wider blank-line spacing (every gap doubled, tripled, or one spacer
line more), no blank lines at all (a loss: some files cannot say as much without them), half-width
punctuation, a character-by-character traditional-script copy
(OpenCC's first candidate, so a few characters are wrong, as a careless converter's would be), every line
cut at 80 or 56 columns (Word's "insert line breaks", a narrow column: a loss where a title or a
date is cut, but a reader still sees where it goes on), and every line's indent stripped.
Each changed file is a place where the importer reads a file's shape from something a converter
may change.  Not a test: some conversions (traditional script) are far from solved.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

from reader.errors import BadInputError
from reader.importer import parse_bytes
from reader.importer.decode import decode_with_note
from reader.textfold import fold, traditional

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (ROOT / "tests" / "data" / "corpus", ROOT.parent / "shared" / "seeds")


def _regap(text: str, spacing: Callable[[int], int]) -> str:
    """Every run of ``n`` blank lines made ``spacing(n)`` (a line with a form feed is a page break)."""
    out: list[str] = []
    blank = 0
    for line in text.split("\n"):
        if not line.strip() and "\f" not in line:
            blank += 1
            continue
        if out and blank:
            out.extend([""] * spacing(blank))
        out.append(line)
        blank = 0
    return "\n".join(out) + "\n"


def hard_wrapped(text: str, columns: int) -> str:
    """Every line wider than ``columns`` cut into lines of at most that width (a hard wrap, as Word's
    "insert line breaks" or a narrow PDF column makes): a Han character or full-width sign takes two
    columns, an ASCII one, as on the page; Latin words may be cut, as a column cuts them."""
    out: list[str] = []
    for line in text.split("\n"):
        start, width = 0, 0
        for at, char in enumerate(line):
            step = 2 if unicodedata.east_asian_width(char) in "WF" else 1
            if width + step > columns:
                out.append(line[start:at])
                start, width = at, 0
            width += step
        out.append(line[start:])
    return "\n".join(out)


CONVERSIONS: dict[str, Callable[[str], bytes]] = {
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8", "surrogatepass"),
    "utf-8-bom": lambda t: b"\xef\xbb\xbf" + t.encode("utf-8", "surrogatepass"),
    "gb18030": lambda t: t.encode("gb18030", "surrogatepass"),
    "trailing-space": lambda t: "\n".join(
        line + " " if line.strip() else line for line in t.split("\n")
    ).encode(),
    "no-final-newline": lambda t: t.rstrip("\n").encode("utf-8", "surrogatepass"),
    "gaps-doubled": lambda t: _regap(t, lambda n: 2 * n).encode("utf-8", "surrogatepass"),
    "gaps-tripled": lambda t: _regap(t, lambda n: 3 * n).encode("utf-8", "surrogatepass"),
    "gaps-spacer": lambda t: _regap(t, lambda n: n + 1).encode("utf-8", "surrogatepass"),
    "blank-lines-removed": lambda t: _regap(t, lambda n: 0).encode("utf-8", "surrogatepass"),
    "half-width-punctuation": lambda t: t.translate(str.maketrans("，：；！？（）", ",:;!?()")).encode(
        "utf-8", "surrogatepass"
    ),
    "traditional": lambda t: traditional(t).encode("utf-8", "surrogatepass"),
    "rewrapped-80": lambda t: hard_wrapped(t, 80).encode("utf-8", "surrogatepass"),
    "rewrapped-56": lambda t: hard_wrapped(t, 56).encode("utf-8", "surrogatepass"),
    "indent-stripped": lambda t: "\n".join(line.lstrip(" \t\u3000") for line in t.split("\n")).encode(
        "utf-8", "surrogatepass"
    ),
}


def _key(text: str | None) -> str:
    return re.sub(r"\s+", "", fold(unicodedata.normalize("NFKC", text or ""), variants=True))


def _signature(data: bytes, name: str) -> tuple:
    try:
        issue = parse_bytes(data, name)
    except BadInputError as error:
        return ("error", str(error))
    articles = tuple((_key(a.section), _key(a.title), _key(a.byline_text)) for a in issue.articles)
    return (issue.issue_date, articles)


def _first_difference(base: tuple, converted: tuple) -> str:
    """The first field that differs, original against converted: the date, the count, or an article's."""
    if base[0] == "error" or converted[0] == "error" or base[0] != converted[0]:
        return f"        date/error: {base[0]!r} -> {converted[0]!r}"
    fields = ("section", "title", "byline")
    for at, (old, new) in enumerate(zip(base[1], converted[1], strict=False)):
        for field, was, now in zip(fields, old, new, strict=True):
            if was != now:
                return f"        article {at + 1} {field}: {was[:40]!r} -> {now[:40]!r}"
    extra = base[1][len(converted[1]) :] or converted[1][len(base[1]) :]
    return f"        articles {len(base[1])} -> {len(converted[1])}: first unpaired {extra[0][1][:40]!r}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=list(FOLDERS))
    parser.add_argument("--only", nargs="*", choices=sorted(CONVERSIONS), default=None)
    parser.add_argument("-v", action="store_true", help="name every changed file")
    parser.add_argument(
        "--show", action="store_true", help="name every changed file and its first differing field"
    )
    args = parser.parse_args(argv)
    names = args.only or list(CONVERSIONS)
    files = sorted({path for folder in args.folders for path in folder.rglob("*.txt")})
    changed: dict[str, list[str]] = {name: [] for name in names}
    for path in files:
        data = path.read_bytes()
        try:
            text = decode_with_note(data, path.name)[0]
        except BadInputError:
            continue
        base = _signature(text.encode("utf-8", "surrogatepass"), path.name)
        for name in names:
            try:
                converted = CONVERSIONS[name](text)
            except UnicodeEncodeError:
                continue  # the encoding cannot hold this file's characters
            signature = _signature(converted, path.name)
            if signature != base:
                shown = f"{path.parent.name}/{path.name}"
                if args.show:
                    shown += "\n" + _first_difference(base, signature)
                changed[name].append(shown)
    for name in names:
        print(f"{name:24} {len(changed[name]):4} of {len(files)} files parse differently")
        if args.v or args.show:
            for shown in changed[name]:
                print(f"    {shown}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
