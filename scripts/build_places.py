"""Rebuild ``places.tsv`` from JioNLP's ``china_location.txt`` (Apache-2.0).

Kept beside the data so anyone can regenerate it from a newer JioNLP release::

    pip download --no-deps jionlp -d /tmp/jio
    unzip -o /tmp/jio/jionlp-*.whl 'jionlp/dictionary/china_location.zip' -d /tmp/jio/x
    unzip -o /tmp/jio/x/jionlp/dictionary/china_location.zip -d /tmp/jio/loc
    python scripts/build_places.py /tmp/jio/loc/china_location.txt

Every province, prefecture and county-level unit of China is kept with its
short alias (驿城区 → 驿城), and every town, township and sub-district whose
name says what it is (…镇, …乡, …街道), for the whole country alike: no region
is favoured.  Villages (650,000 of them) are left to the model and the
``…村`` rule rather than listed.
"""

from __future__ import annotations

import sys
from pathlib import Path

LEVELS = ("province", "city", "county", "town", "village")
TOWN_ENDINGS = ("镇", "乡", "街道")


def convert(source: Path) -> list[tuple[str, str, str]]:
    """Rows ``(name, level, full_name)``; an alias row names the unit it abbreviates."""
    rows: dict[str, tuple[str, str, str]] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip().split("\t")
        name = parts[0]
        if not name:
            continue
        keep = depth <= 2 or (depth == 3 and name.endswith(TOWN_ENDINGS))
        if not keep:
            continue
        rows.setdefault(name, (name, LEVELS[depth], name))
        if depth <= 2 and len(parts) == 3 and len(parts[2]) >= 2 and parts[2] != name:
            rows.setdefault(parts[2], (parts[2], f"{LEVELS[depth]}-alias", name))
    return sorted(rows.values(), key=lambda row: (LEVELS.index(row[1].removesuffix("-alias")), row[0]))


def main() -> None:
    source = Path(sys.argv[1])
    target = Path(__file__).resolve().parent.parent / "reader" / "data" / "dictionaries" / "places.tsv"
    rows = convert(source)
    text = "".join(f"{name}\t{level}\t{full}\n" for name, level, full in rows)
    target.write_text(
        "# name\tlevel\tfull name — from JioNLP china_location.txt (Apache-2.0)\n" + text, encoding="utf-8"
    )
    print(f"{len(rows)} places written to {target}")


if __name__ == "__main__":
    main()
