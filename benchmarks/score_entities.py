"""Entity precision / recall / F1 on held-out bulletin files against gold written by reading them.

Usage: ``python benchmarks/score_entities.py [--half A|B|…|O] [--errors KIND] [--file TEXT]``.

The gold is ``tests/data/entities_heldout/*.json`` (conventions in its ``GOLD.md``): fifteen files
of the importer's held-out sets that nobody tuned the recogniser on — other cities, traditional
characters, county papers, WeChat copies, a 12345 report, a policy compilation, a 人大 bulletin.
Each file goes through what a user's import does (the real importer and store, the shipped tagging
pipeline with bylines, the career ledger), and the stored mentions are compared with the gold as
**distinct strings per kind and file**, as ``tests/entities/test_accuracy.py`` does for the seeds.
Kinds: ``person``, ``place`` (administrative and other places), ``admin_place`` (recall only: gold
administrative places looked up among found places), ``organization``, and ``posts``: (person, post)
pairs of the career ledger, a pair found when a claim has the name and a post that is part of the
gold post, or the gold post part of its printed text.

Half A is the half fixes are designed from; half B is held back (read its figures, not its errors).
Half C (five more files, written blind in session 27) was scored once as written, then became a design half.
Half D (six files rich in (person, post) statements, written blind in session 28) likewise, and half E
(six files of kinds no half had: 人大 appointments, speeches, court, hospital, university; session 29),
and half F (纪检 通报, a UTF-16 周报, a fund digest, a hexo copy, statistics, a 市委 meeting;
session 33), and half G (a district paper page, a street office's news page, a township brief, a WeChat
post, a county paper day as JSON, a city 信息专报; session 33), and half H (a news-database export,
a 领导活动 page, a 政务要闻 sheet, a raw e-mail brief, and two texts written for it under
``entities_heldout/texts``: a 任免 notice and a 投资促进 bulletin; session 34), and half I (six
texts written for it under ``entities_heldout/texts``: a 任前公示, a 政府工作报告 excerpt, a 村务公开栏,
a 公安 表彰通报, a 会议纪要 and a 乡村振兴简报 — kinds no half had; session 35), and half J (six
texts written for it: a 人大 任免名单 of label lines, a 纪委监委 通报 with 原/曾任 posts,
a 政协 提案办理 report, a 招商 signing with foreign places, a 交通水利 project bulletin,
hospital and school news; session 36), and half K (six texts written for it: a 乡镇 换届 公告
and 人代会, a 信访 督查通报, a 统战 侨务 visit, an 审计结果公告, a 防汛 快报 with 组/社区 chains, a 春节
慰问 with former posts and 群团 heads; session 38), and half L (six texts written for it: a 任免
notice with 试用期/兼任/挂职, a 检察 brief of a trial with 审判长 and a law firm, a 事故调查报告
with a company's 法定代表人, a 中标结果公示 with 标段/项目经理/监理, an education and health 表彰
list, a 行政处罚 公示 of label lines; session 39), and half M (six texts written for it: a 招聘/遴选
拟聘用 公示 table, a 村（社区）“两委” 换届 result of label lines with 一肩挑, a 县政府 领导分工 notice,
an 环评 公示 with 建设单位/编制单位 and addresses, a 巡察 反馈 news item, an obituary with a 历任 career;
session 40), and half N (six texts written for it: a 国务院/市/县 人事任免 page with national bodies and an
ambassador, a 外事 meeting with foreign persons and places and international bodies, a 新闻发布会 实录 of
【speaker】 lines, a 假期值班 roster of date/post/name rows, a 慈善 捐赠 公示 of donors and amounts,
a 政府采购 成交结果公告 with suppliers' addresses; session 41), and half O (six texts written for it: a
政协 委员名单 by 界别 of 「name　post chain」 rows, a 领导调研 news item through towns, villages and companies
with 陪同, a 县政府常务会议纪要 with 出席/请假/列席 lists and 牵头/配合 units, a 非遗 传承人 公示 table,
a county's monthly 大事记, a 河长 名单 公告; session 42).
``--errors KIND`` prints misses and extras per file for that kind; a miss marked † does not occur in any
stored article field (the importer set it aside as boilerplate: no recogniser could find it there).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOLD_DIR = ROOT / "tests" / "data" / "entities_heldout"
CORPUS = ROOT / "tests" / "data" / "corpus"
KINDS = ("person", "place", "admin_place", "organization", "posts")


@dataclass
class Found:
    """What the library stores for one imported file: distinct texts per kind, and career pairs."""

    kinds: dict[str, set[str]] = field(default_factory=dict)
    claims: list[tuple[str, str, str]] = field(default_factory=list)  # (name, post, printed)
    stored: str = ""  # every stored title, kicker, subtitle and text: a miss not in it is the importer's


def import_and_tag(path: Path) -> Found:
    """Import ``path`` into a fresh in-memory library, tag it as the app does; read mentions and claims."""
    from reader.entities.claims import normalise_name
    from reader.entities.pipeline import tag_pending
    from reader.importer import parse_bytes
    from reader.store import entities as store
    from reader.store.db import memory_db
    from reader.store.issues import save_issue

    data = path.read_bytes()
    db = memory_db()
    try:
        result = save_issue(db, parse_bytes(data, path.name), source_path=path, data=data)
        store.mark_pending(db, result.article_ids)
        tag_pending(db)
        rows = db.execute(
            'SELECT e.kind, m.field, m.start, m."end", a.title, a.kicker, a.subtitle, a.text, e.text '
            "FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id"
        ).fetchall()
        claims = db.execute("SELECT name, post, printed FROM career_claims").fetchall()
        fields = db.execute("SELECT title, kicker, subtitle, text FROM articles").fetchall()
    finally:
        db.conn.close()
    stored = "\n".join("".join((value or "").split()) for row in fields for value in row)
    found = Found(claims=[tuple(c) for c in claims], stored=stored)
    for kind, where, start, end, title, kicker, subtitle, body, entity in rows:
        fields = {"title": title, "kicker": kicker, "subtitle": subtitle, "text": body}
        text = entity if where == "byline" else (fields[where] or "")[start:end]
        found.kinds.setdefault(kind, set()).add(normalise_name(text) if kind == "person" else text)
    return found


def compare(gold: dict, found: Found, kind: str) -> tuple[set[str], set[str], set[str]]:
    """(gold, found, hits) for one kind of one file; posts are compared as ``name|post`` strings."""
    if kind == "posts":
        expected = {f"{name}|{post}" for name, post in gold["posts"]}
        hits = {
            f"{name}|{post}"
            for name, post in gold["posts"]
            if any(n == name and (p in post or post in printed) for n, p, printed in found.claims)
        }
        got = {f"{n}|{p}" for n, p, _printed in found.claims}
        return expected, got, hits
    if kind == "admin_place":
        expected = set(gold["admin_place"])
        return expected, found.kinds.get("place", set()), expected & found.kinds.get("place", set())
    expected = set(gold["admin_place"]) | set(gold["other_place"]) if kind == "place" else set(gold[kind])
    got = found.kinds.get(kind, set())
    return expected, got, expected & got


def prf(hits: int, found: int, gold: int, *, claims: bool = False) -> str:
    """P / R / F1; for posts and admin places precision is not meaningful per pair and is left out."""
    r = hits / gold if gold else 0.0
    if claims:
        return f"R {r:.3f} ({hits}/{gold})"
    p = hits / found if found else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} ({hits}/{found}/{gold})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--half", choices=tuple("ABCDEFGHIJKLMNO"), help="score one half only")
    parser.add_argument("--errors", choices=KINDS, help="print misses and extras of this kind per file")
    parser.add_argument("--file", default="", help="only gold files whose name contains this")
    args = parser.parse_args()
    golds = [
        (path, json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(GOLD_DIR.glob("*.json"))
        if args.file in path.name
        and (args.half is None or json.loads(path.read_text("utf-8"))["half"] == args.half)
    ]
    totals: dict[tuple[str, str], list[int]] = {}
    for path, gold in golds:
        found = import_and_tag(CORPUS / gold["file"])
        cells = []
        for kind in KINDS:
            expected, got, hits = compare(gold, found, kind)
            for half in (gold["half"], "all"):
                total = totals.setdefault((half, kind), [0, 0, 0])
                total[0] += len(hits)
                total[1] += len(got)
                total[2] += len(expected)
            if kind in ("person", "place", "organization"):
                cells.append(f"{kind[:3]} {len(hits)}/{len(got)}/{len(expected)}")
            if args.errors == kind:
                missed = [m if m.split("|")[0] in found.stored else m + "†" for m in sorted(expected - hits)]
                print(f"  {path.stem}: missed {missed}")
                if kind not in ("admin_place",):
                    print(
                        f"  {path.stem}: extra  {sorted(got - expected) if kind != 'posts' else sorted(got)}"
                    )
        print(f"{path.stem} [{gold['half']}]  " + "  ".join(cells) + "  (hits/found/gold)")
    for half in (*"ABCDEFGHIJKLMNO", "all"):
        if (half, "person") not in totals:
            continue
        print(f"== half {half}")
        for kind in KINDS:
            hits, found_n, gold_n = totals[(half, kind)]
            print(f"  {kind:13} {prf(hits, found_n, gold_n, claims=kind in ('posts', 'admin_place'))}")


if __name__ == "__main__":
    main()
