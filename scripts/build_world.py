"""Rebuild ``world.tsv``: the world's countries, regions and cities in Simplified Chinese, from the Unicode
CLDR as the Babel package ships it (Unicode licence, Babel BSD-3-Clause).

Kept beside the data so anyone can regenerate it from a newer Babel release (Babel is not a dependency of
the app: the list is read from the file)::

    python -m venv /tmp/babel && /tmp/babel/bin/pip install babel
    /tmp/babel/bin/python scripts/build_world.py

Two CLDR tables of the ``zh_Hans_CN`` locale:

- territory names: every country and territory (芬兰, 瓦努阿图, 爱沙尼亚) and the continents and
  world regions (亚洲, 东南亚, 拉丁美洲) — not the codes that are no place (世界, 欧盟, 联合国, 未知地区);
- time-zone exemplar cities: about 300 capitals and large cities (赫尔辛基, 瓦加杜古, 阿斯马拉) — not the
  research stations of Antarctica, nor the county seats CLDR names after a US state (印第安纳州诺克斯).
"""

from __future__ import annotations

from pathlib import Path

from babel import Locale

NOT_PLACES = {"001", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}  # world, unions, pseudo-locales, unknown


def rows() -> list[tuple[str, str]]:
    locale = Locale.parse("zh_Hans_CN")
    found: dict[str, str] = {}
    for code, name in locale.territories.items():
        if code in NOT_PLACES or "（" in name:
            continue  # 刚果（金）: a disambiguated form nobody writes in running text
        found.setdefault(name, "region" if code.isdigit() else "country")
    for zone, info in locale.time_zones.items():
        city = info.get("city")
        if not city or zone.startswith(("Antarctica/", "Etc/")) or "州" in city or "未知" in city:
            continue
        found.setdefault(city, "city")
    order = {"country": 0, "region": 1, "city": 2}
    return sorted(found.items(), key=lambda row: (order[row[1]], row[0]))


def main() -> None:
    target = Path(__file__).resolve().parent.parent / "reader" / "data" / "dictionaries" / "world.tsv"
    lines = [f"{name}\t{level}\n" for name, level in rows()]
    header = "# name\tlevel — countries, regions and cities from Unicode CLDR (zh_Hans_CN) via Babel\n"
    target.write_text(header + "".join(lines), encoding="utf-8")
    print(f"{len(lines)} places written to {target}")


if __name__ == "__main__":
    main()
