"""Child process of ``test_regex_safety``: time each pattern on adversarial 10,000-character inputs.

Reads ``[[pattern, flags], …]`` as JSON on stdin; for each pattern prints ``start N`` before
and ``done N <slowest seconds> <input label>`` after, flushing each line, so the parent can
kill this process when a pattern runs past its limit and name the pattern that did.
Only the standard library is used, so the pattern is what is measured.
"""

from __future__ import annotations

import json
import re
import sys
import time

LENGTH = 10_000
HAN = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
    "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把"
)


def _fill(unit: str, length: int = LENGTH) -> str:
    return (unit * (length // max(len(unit), 1) + 1))[:length]


def _han(length: int) -> str:
    return _fill(HAN, length)


def base_inputs() -> dict[str, str]:
    """Shapes that make over-eager quantifiers backtrack: long runs, alternations, near-misses."""
    return {
        "han run": _han(LENGTH),
        "one han repeated": _fill("记"),
        "han and spaces": _fill("中 "),
        "han and ideographic spaces": _fill("中\u3000"),
        "han lines": _fill("中文字\n"),
        "spaces": _fill(" "),
        "blank lines": _fill(" \n"),
        "digits": _fill("1"),
        "digits and dots": _fill("1."),
        "digits and spaces": _fill("12 "),
        "latin": _fill("ab"),
        "punctuation": _fill("，。、"),
        "dashes and bars": _fill("-|_="),
        "brackets": _fill("（(《"),
        "dots and middle dots": _fill(".·…"),
        "han then comma": _han(LENGTH - 1) + "，",
        "han then bang": _han(LENGTH - 1) + "!",
    }


def keywords(pattern: str) -> list[str]:
    """Literal Han runs written in the pattern (记者, 通讯员…): repeating them keeps a match alive."""
    found = re.findall(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]+", pattern)
    return sorted(set(found), key=lambda word: (-len(word), word))[:6]


def keyword_inputs(pattern: str) -> dict[str, str]:
    inputs = {}
    for word in keywords(pattern):
        inputs[f"{word} repeated"] = _fill(word)
        inputs[f"{word} + han, repeated"] = _fill(word + _han(5))
        inputs[f"{word} + long han + comma"] = (word + _han(LENGTH))[: LENGTH - 1] + "，"
        inputs[f"{word} + han and spaces"] = (word + _fill("中 "))[:LENGTH]
    return inputs


def probe(pattern: str, flags: int, limit: float) -> tuple[float, str]:
    """The slowest of ``finditer`` (every start position) and ``fullmatch`` over all inputs.

    Stops at the first input slower than ``limit``: one is enough to fail.
    """
    compiled = re.compile(pattern, flags)
    slowest, label = 0.0, ""
    for name, text in {**base_inputs(), **keyword_inputs(pattern)}.items():
        started = time.perf_counter()
        for _match in compiled.finditer(text):
            pass
        compiled.fullmatch(text)
        elapsed = time.perf_counter() - started
        if elapsed > slowest:
            slowest, label = elapsed, name
        if slowest >= limit:
            break
    return slowest, label


def main() -> None:
    limit = float(sys.argv[1]) if len(sys.argv) > 1 else 0.1
    patterns = json.load(sys.stdin)
    for index, (pattern, flags) in enumerate(patterns):
        print(f"start {index}", flush=True)
        slowest, label = probe(pattern, flags, limit)
        print(f"done {index} {slowest:.6f} {label}", flush=True)


if __name__ == "__main__":
    main()
