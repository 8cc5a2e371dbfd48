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
from pathlib import Path

from reader.errors import BadInputError
from reader.importer import parse_bytes


def articles_json(folder: Path) -> tuple[list[dict], dict[str, str]]:
    rows: list[dict] = []
    boiler: dict[str, str] = {}
    for issue_id, path in enumerate(sorted(folder.glob("*.txt")), 1):
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
    publication_right = 0
    gold = json.loads((folder / "GOLD.json").read_text(encoding="utf-8"))
    found = {row["source_file"]: row.get("publication") for row in rows}
    with_pub = [name for name, g in gold.items() if g.get("publication")]
    for name in with_pub:
        publication_right += found.get(name) == gold[name]["publication"]
    print(f"publication right: {publication_right}/{len(with_pub)}")
    lost_in_boiler = 0
    import re
    from collections import Counter

    han = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
    for row in scored["rows"]:
        if row.get("han_lost"):
            have = Counter(han.findall(boiler.get(row["file"], "")))
            lost_in_boiler += min(row["han_lost"], sum(have.values()))
    total_lost = scored["summary"]["han_lost"]
    print(
        f"Han characters score.py counts as lost: {total_lost}; of them in the issue's boilerplate: "
        f"{lost_in_boiler}; truly lost at most {total_lost - lost_in_boiler}"
    )


if __name__ == "__main__":
    main()
