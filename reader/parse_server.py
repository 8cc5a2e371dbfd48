"""What the import's fork server imports before it forks the parse workers (``reader.children``).

Importing this module imports everything ``ingest._load`` needs and, by preparing one small made-up
issue, builds the tables a parse and its search entries fill on their first use (the folding
tables, the variant map, the token tables: ≈ 75 ms of CPU).  Each worker forked afterwards finds
them built instead of building its own.
"""

from __future__ import annotations

from reader import filenames, ingest  # noqa: F401  (ingest: what the workers run)
from reader.importer import parse_bytes
from reader.store.issues import prepare_issue

_SAMPLE = (
    "工作简报\n\n第1期\n\n一、关于推进重点项目建设的情况\n\n"
    "本月全市新开工项目12个，完成投资3.5亿元，同比增长8%。發展質量穩步提高。\n\n"
    "二、下一步工作安排\n\n加强统筹协调，确保各项任务按期完成（ABC abc）。\n"
)


def _warm() -> None:
    prepare_issue(parse_bytes(_SAMPLE.encode("utf-8"), filenames.shown("warm.txt")))


_warm()
