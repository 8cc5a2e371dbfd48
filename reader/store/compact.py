"""How two derived JSON columns are kept small: an article's block kinds and an issue's set-aside lines.

Both are lists written once per import and read whole; at 500,000 articles their plain JSON
took 130 MB (UTF-16), most of it the same word again and again.  The stored forms below are
still JSON lists and decode to exactly the lists the importer produced; a list stored by older
code (every kind spelled out, every reason repeated) decodes to itself.

- ``articles.blocks``: an integer ``n`` stands for ``n`` consecutive ``"paragraph"`` blocks, so
  ``[3, "heading", 2]`` is three paragraphs, a heading and two paragraphs (most articles are
  paragraphs only: ``[4]``).
- ``issues.boilerplate``: ``[line, text, reason]`` items; an item of two, ``[line, text]``,
  has the reason of the item before it.  Separators without spaces.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

PARAGRAPH = "paragraph"


def kinds_json(kinds: Sequence[str]) -> str:
    """The stored form of an article's block kinds (plain lower-case words, no escaping needed)."""
    parts: list[str] = []
    run = 0
    for kind in kinds:
        if kind == PARAGRAPH:
            run += 1
            continue
        if run:
            parts.append(str(run))
            run = 0
        parts.append(f'"{kind}"')
    if run:
        parts.append(str(run))
    return "[" + ",".join(parts) + "]"


def block_kinds(stored: str) -> list[str]:
    """The kinds ``kinds_json`` (or older code's plain list) stored, one per block."""
    kinds: list[str] = []
    for item in json.loads(stored):
        if isinstance(item, int):
            kinds.extend([PARAGRAPH] * item)
        else:
            kinds.append(item)
    return kinds


def boilerplate_json(items: Iterable[tuple[int, str, str]]) -> str:
    """The stored form of an issue's set-aside ``(line, text, reason)`` items."""
    out: list[list[Any]] = []
    previous = None
    for line, text, reason in items:
        out.append([line, text] if reason == previous else [line, text, reason])
        previous = reason
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def boilerplate_items(stored: str) -> list[tuple[int, str, str]]:
    """The ``(line, text, reason)`` items ``boilerplate_json`` (or older code's plain list) stored."""
    items: list[tuple[int, str, str]] = []
    reason = ""
    for item in json.loads(stored):
        if len(item) > 2:
            reason = item[2]
        items.append((item[0], item[1], reason))
    return items
