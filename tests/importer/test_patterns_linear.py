"""No pattern of the importer backtracks: each runs on hostile 10,000-character lines in well under a second.

A line of PDF text can be anything — a run of dots, a paragraph with no punctuation, a byline word
repeated — and one pattern that backtracks exponentially (or even quadratically) on it would freeze
an import.  Every compiled pattern in ``reader.importer`` is tried with ``match``, ``search`` and
``fullmatch`` on such lines, and so is the line classifier that combines them.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time

import pytest

import reader.importer
from reader.importer.linekinds import kind_of

HOSTILE = {
    "han": "会" * 10_000,
    "han and a comma": "会" * 10_000 + "，",
    "han and spaces": "会 " * 5_000,
    "spaces then a letter": " " * 10_000 + "x",
    "role words": "记者" * 5_000,
    "byline words": "本报记者 " * 2_000 + "，",
    "credit": "王 " * 5_000 + "摄",
    "dots": "." * 10_000 + "x",
    "dot leaders and a number": "标题" + "…" * 10_000 + "3",
    "digits": "1" * 10_000 + "年",
    "dashes": "—" * 10_000,
    "labels": "来源：" * 3_000,
    "brackets": "（" * 5_000 + "）" * 5_000,
    "dates": "2025年10月20日" * 800,
    "angle brackets": "<" * 10_000,
    "links": "[a](" * 3_000,
    "slashes": "報導╱" * 3_000,
    "hashes": "#" * 10_000 + " x",
    "book titles": "《" * 5_000 + "》",
    "ideographic spaces": "\u3000" * 10_000 + "会",
}
LIMIT = 0.25  # seconds, per call: linear patterns take a few milliseconds here


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for info in pkgutil.iter_modules(reader.importer.__path__):
        module = importlib.import_module(f"reader.importer.{info.name}")
        found += [
            (f"{info.name}.{name}", value)
            for name, value in vars(module).items()
            if isinstance(value, re.Pattern)
        ]
    return found


@pytest.mark.parametrize(("name", "pattern"), _patterns(), ids=[name for name, _ in _patterns()])
def test_pattern_time_is_linear_on_hostile_lines(name: str, pattern: re.Pattern[str]) -> None:
    for label, text in HOSTILE.items():
        for run in (pattern.match, pattern.search, pattern.fullmatch):
            start = time.perf_counter()
            run(text)
            assert time.perf_counter() - start < LIMIT, f"{name}.{run.__name__} on {label}"


def test_the_line_classifier_is_fast_on_hostile_lines() -> None:
    for label, text in HOSTILE.items():
        start = time.perf_counter()
        kind_of(text)
        assert time.perf_counter() - start < LIMIT, label
