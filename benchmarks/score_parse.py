"""Score the importer against a GOLD.json without a library: parse each file, then run score.py on the result.

The official scorer (``../shared/corpus/score.py``) reads what ``reader articles
--json`` prints; this script produces the same JSON straight from
``reader.importer.parse_bytes`` (the fields the store keeps, with the same
names) so the importer can be measured in a second, and also counts the Han
characters set aside as boilerplate, which ``score.py`` does not read.

    .venv/bin/python benchmarks/score_parse.py ../shared/corpus/dev [-v]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

from reader.errors import BadInputError
from reader.importer import parse_bytes


def _files(folder: Path) -> list[Path]:
    """Every ``*.txt`` of the set and the files its GOLD.json names (a ``.md`` note), in name order: the set's
    own ``SOURCES.md`` is no input, so other extensions are read only where the gold asks for them."""
    gold = folder / "GOLD.json"
    named = set(json.loads(gold.read_text(encoding="utf-8"))) if gold.exists() else set()
    paths = {path.name: path for path in folder.glob("*.txt")}
    paths.update({name: folder / name for name in named if (folder / name).is_file()})
    return [paths[name] for name in sorted(paths)]


def articles_json(folder: Path) -> tuple[list[dict], dict[str, str]]:
    rows: list[dict] = []
    boiler: dict[str, str] = {}
    for issue_id, path in enumerate(_files(folder), 1):
        try:
            issue = parse_bytes(path.read_bytes(), path.name)
        except BadInputError as error:
            print(f"FAILED {error}", file=sys.stderr)
            continue
        boiler[path.name] = "\n".join(item.text for item in issue.boilerplate)
        for position, article in enumerate(issue.articles):
            rows.append(
                {
                    "issue_id": issue_id,
                    "source_file": path.name,
                    "issue_title": issue.title,
                    "issue_date": issue.issue_date,
                    "publication": issue.publication,
                    "position": position,
                    "section": article.section,
                    "kicker": article.kicker,
                    "title": article.title,
                    "subtitle": article.subtitle,
                    "byline": [{"role": p.role, "name": p.name} for p in article.byline],
                    "byline_text": article.byline_text,
                    "dateline": article.dateline,
                    "date_line": article.date_line,
                    "credit": article.credit,
                    "source_note": article.source_note,
                    "editor_codes": article.editor_codes,
                    "text": article.text,
                }
            )
    return rows, boiler


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("-v", action="store_true")
    parser.add_argument("--scorer", type=Path, default=None)
    options = parser.parse_args()
    folder: Path = options.folder
    scorer = options.scorer or folder.parent / "score.py"
    rows, boiler = articles_json(folder)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "articles.json"
        out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        result = Path(tmp) / "score.json"
        args = [sys.executable, str(scorer), str(folder / "GOLD.json"), str(out), "--json", str(result)]
        subprocess.run([*args, *(["-v"] if options.v else [])], check=True)
        scored = json.loads(result.read_text(encoding="utf-8"))
    publication_right = 0  # score.py does not score the publication: counted here
    gold = json.loads((folder / "GOLD.json").read_text(encoding="utf-8"))
    found = {row["source_file"]: row.get("publication") for row in rows}
    with_pub = [name for name, g in gold.items() if g.get("publication")]
    for name in with_pub:
        publication_right += found.get(name) == gold[name]["publication"]
        if options.v and found.get(name) != gold[name]["publication"]:
            print(f"  publication {name}: gold {gold[name]['publication']!r} got {found.get(name)!r}")
    print(f"publication right: {publication_right}/{len(with_pub)}")
    _report_sections(gold, rows, options.v)
    _report_loss(folder, scorer, rows, boiler, scored["summary"]["han_lost"])


def _report_sections(gold: dict, rows: list[dict], verbose: bool) -> None:
    """Sections of the matched articles, which score.py does not score: an article filed under the wrong
    栏目 (or under none) is one a reader looks for in the wrong place.  Articles are matched as score.py
    matches them: each gold title, in order, to the first unused imported title equal to it (NFKC, no white
    space)."""
    by_file: dict[str, list[dict]] = {}
    for row in rows:
        by_file.setdefault(row["source_file"], []).append(row)
    right = matched = 0
    for name, entry in sorted(gold.items()):
        arts = by_file.get(name, [])
        titles = [_norm(a["title"]) for a in arts]
        used: set[int] = set()
        for g in entry["articles"]:
            hit = next((i for i, t in enumerate(titles) if i not in used and t == _norm(g["title"])), None)
            if hit is None:
                continue
            used.add(hit)
            matched += 1
            if _norm(g.get("section")) == _norm(arts[hit]["section"]):
                right += 1
            elif verbose:
                got = arts[hit]["section"]
                print(f"  section {name}: {g['title'][:24]!r} gold {g.get('section')!r} got {got!r}")
    print(f"sections right of matched: {right}/{matched}")


def _norm(text: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def _report_loss(folder: Path, scorer: Path, rows: list[dict], boiler: dict[str, str], counted: int) -> None:
    """Han characters lost once the issue's set-aside lines (which score.py does not read) are counted."""
    sys.path.insert(0, str(scorer.parent))
    from score import decode_file, han, stored_text  # the scorer's own decoding and field list

    by_file: dict[str, list[dict]] = {}
    for row in rows:
        by_file.setdefault(row["source_file"], []).append(row)
    lost = 0
    for name, arts in by_file.items():
        need = han(decode_file(str(folder / name)))
        have = han(stored_text(arts) + "\n" + boiler.get(name, ""))
        lost += sum((need - have).values())
    print(f"Han characters score.py counts as lost: {counted}; lost counting the set-aside lines: {lost}")


if __name__ == "__main__":
    main()
