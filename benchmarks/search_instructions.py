"""Instructions the store spends on the window's searches, per query: a count, not a time, so it holds
on a loaded machine.  Run under callgrind (by hand, not a test), in this tree and in a peer's::

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=ffi_call --dump-after=ffi_call \\
        --callgrind-out-file=/tmp/cgs.out .venv/bin/python benchmarks/search_instructions.py LIBRARY \\
        超级工厂招商 新动能全市重 市重点项目的市 工厂 招商 市 的 高质量发展 "项目 建设" 發展
    grep -m1 '^summary:' /tmp/cgs.out.1 /tmp/cgs.out.2 …

Each query's ``first_page`` (and, past ``QUICK_COUNT`` hits, its ``full_count``) runs once warm,
then once inside a libc ``bsearch`` callback (through ctypes, hence ``ffi_call``): dump k holds the
k-th ``DUMP`` line printed (a last dump, if any, is the interpreter's exit).  Threads are counted
apart; this runs on one.  The library is only read.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.app.search import models
from reader.store import open_db

COMPARE = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def counted(call: Callable[[], object]) -> None:
    """Run ``call`` inside ``bsearch``'s comparison: the only code callgrind collects."""
    libc = ctypes.CDLL(None)

    def compare(_a: object, _b: object) -> int:
        call()
        return 0

    key, items = ctypes.c_int(0), (ctypes.c_int * 1)(0)
    libc.bsearch(ctypes.byref(key), items, 1, 4, COMPARE(compare))


def main() -> int:
    db = open_db(Path(sys.argv[1]))
    models.warm_up(db)
    for text in sys.argv[2:]:
        query = models.Query(text=text)
        total, _hits = models.first_page(db, query)
        counted(lambda query=query: models.first_page(db, query))
        print("DUMP first_page", text, total, flush=True)
        if total > models.QUICK_COUNT:
            models.full_count(db, query)
            counted(lambda query=query: models.full_count(db, query))
            print("DUMP full_count", text, flush=True)
    db.conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
