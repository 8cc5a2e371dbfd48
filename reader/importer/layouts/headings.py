"""Decide which line of a heading group is the kicker, the title, the subtitle or the column name.

Newspapers stack up to three short lines over an article.  The rule used for
every layout, so that a user sees the same field filled the same way:

* a column label (``城区时讯``, ``乡村纪行``) opening a group of two or more lines
  is the section, not part of the article's own heading;
* a line starting with ``——`` is the subtitle;
* of the remaining lines, the one closest to the body is the title (it says who
  did what: ``驿城区统筹推进各项重点工作落实落细``) and a line above it is the kicker
  (引题: a department such as ``驿城区城市管理局`` or a slogan such as
  ``凝心聚力 真抓实干``); a third plain line becomes the subtitle.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.importer.text import is_column_label


@dataclass(frozen=True)
class Heading:
    title: str
    kicker: str | None = None
    subtitle: str | None = None
    section: str | None = None


def assign_heading(group: list[str]) -> Heading:
    """Roles for the lines of one heading group, top to bottom; ``group`` must not be empty."""
    lines = list(group)
    section = lines.pop(0) if len(lines) >= 2 and is_column_label(lines[0]) else None
    subtitle = lines.pop() if len(lines) >= 2 and lines[-1].startswith("——") else None
    if len(lines) == 1:
        return Heading(lines[0], None, subtitle, section)
    if len(lines) == 2 or subtitle is not None:
        # kicker, then title; any further plain lines belong to the title as printed
        return Heading(" ".join(lines[1:]), lines[0], subtitle, section)
    return Heading(lines[1], lines[0], " ".join(lines[2:]), section)
