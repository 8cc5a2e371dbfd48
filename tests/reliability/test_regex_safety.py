"""No regular expression in ``reader/`` may backtrack catastrophically (or quadratically) on user text.

A byline pattern with nested quantifiers once took minutes on one ordinary sentence
(issue 16).  This check finds every pattern the code uses, three ways, so a new one is
covered the day it is written:

- compiled patterns held by any module of ``reader`` (module globals, class attributes,
  and the lists, tuples and dicts among them);
- literal patterns passed to ``re.compile/search/match/…`` anywhere in the source;
- patterns compiled *while* the sample library is imported with entities (patterns
  built at run time, f-strings included), caught by wrapping ``re._compile``.

Each is run on adversarial 10,000-character inputs (``regex_probe.py``: long Han runs,
Han and spaces alternating, the pattern's own keywords repeated or followed by a long
run and a comma) in a child process that is killed when a pattern overruns, so a
catastrophic pattern fails its own test instead of hanging the suite.  A linear pattern
needs a few milliseconds for the slowest input; the limit is 0.1 s.
"""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

import reader

ROOT = Path(reader.__file__).resolve().parent
PROBE = Path(__file__).with_name("regex_probe.py")
LIMIT_SECONDS = 0.1  # slowest single input; linear patterns take < 10 ms here
OVERRUN_SECONDS = 2.0  # a pattern still running after this is killed and fails

# name → why a pattern may still be slow (each entry an xfail); empty now that all were rewritten
KNOWN_SLOW: dict[str, str] = {}


@dataclass(frozen=True)
class Site:
    name: str  # module.attribute, or file:line
    pattern: str
    flags: int


def _modules() -> list[object]:
    found = []
    for info in pkgutil.walk_packages(reader.__path__, "reader."):
        try:
            found.append(importlib.import_module(info.name))
        except ImportError:  # an optional system library (Qt's) missing: its source is still scanned
            continue
    return found


def _visit(value: object, where: str, into: dict[tuple[str, int], str], depth: int = 0) -> None:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            into.setdefault((value.pattern, value.flags), where)
        return
    if depth >= 3:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            _visit(item, f"{where}[{key!r}]", into, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for n, item in enumerate(value):
            _visit(item, f"{where}[{n}]", into, depth + 1)
    elif isinstance(value, type) and value.__module__.startswith("reader"):
        for key, item in vars(value).items():
            _visit(item, f"{where}.{key}", into, depth + 1)


def _held_patterns(into: dict[tuple[str, int], str]) -> None:
    for module in _modules():
        for key, value in vars(module).items():
            _visit(value, f"{module.__name__}.{key}", into)  # type: ignore[attr-defined]


def _key(pattern: str, flags: int) -> tuple[str, int]:
    """As a compiled pattern reports itself (``re.UNICODE`` added), so one pattern is one test."""
    return pattern, re.compile(pattern, flags).flags


_RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}


def _literal_flags(call: ast.Call) -> int:
    node = next((k.value for k in call.keywords if k.arg == "flags"), None)
    if node is None and call.func.attr == "compile" and len(call.args) > 1:  # type: ignore[attr-defined]
        node = call.args[1]
    if node is None:
        return 0
    try:
        return int(eval(compile(ast.Expression(node), "<flags>", "eval"), {"re": re}))
    except Exception:  # flags computed at run time: the run-time capture sees them
        return 0


def _literal_patterns(into: dict[tuple[str, int], str]) -> None:
    for path in sorted(ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in _RE_FUNCTIONS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                where = f"{path.relative_to(ROOT.parent)}:{node.lineno}"
                into.setdefault(_key(node.args[0].value, _literal_flags(node)), where)


def _run_time_patterns(into: dict[tuple[str, int], str]) -> None:
    """Patterns compiled by reader code while the sample library is imported with entities."""
    from reader.entities.pipeline import annotate_saved
    from reader.ingest import import_paths
    from reader.store import memory_db

    original = re._compile  # type: ignore[attr-defined]

    def recording(pattern: object, flags: int) -> re.Pattern[str]:
        if isinstance(pattern, str):
            caller = sys._getframe(1)
            while caller is not None and Path(caller.f_code.co_filename).parent.name == "re":
                caller = caller.f_back
            if caller is not None and caller.f_code.co_filename.startswith(str(ROOT)):
                name = Path(caller.f_code.co_filename).relative_to(ROOT.parent)
                into.setdefault(_key(pattern, int(flags)), f"{name}:{caller.f_lineno}")
        return original(pattern, flags)

    re.purge()
    re._compile = recording  # type: ignore[attr-defined]
    db = memory_db()
    try:
        import_paths(db, [ROOT.parent / "reader" / "data" / "samples"], after_save=annotate_saved)
    finally:
        re._compile = original  # type: ignore[attr-defined]
        re.purge()
        db.conn.close()


def collect_sites() -> list[Site]:
    found: dict[tuple[str, int], str] = {}
    _held_patterns(found)
    _literal_patterns(found)
    return [Site(name, pattern, flags) for (pattern, flags), name in found.items()]


def probe(sites: list[Site]) -> dict[Site, tuple[float, str]]:
    """Slowest time and input per pattern; a pattern that overran is reported as ``inf``."""
    results: dict[Site, tuple[float, str]] = {}
    todo = list(sites)
    while todo:
        child = subprocess.Popen(
            [sys.executable, str(PROBE), str(LIMIT_SECONDS)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(json.dumps([[s.pattern, s.flags] for s in todo]))
        child.stdin.close()
        try:
            done = _read_results(child, todo, results)
        finally:
            child.stdout.close()  # type: ignore[union-attr]
        todo = todo[done:]
    return results


def _read_results(child: subprocess.Popen[str], todo: list[Site], results: dict) -> int:
    """Read ``start``/``done`` lines until the child ends or overruns; returns how many were finished."""
    import selectors

    watch = selectors.DefaultSelector()
    assert child.stdout is not None
    watch.register(child.stdout, selectors.EVENT_READ)
    finished, started_at = 0, time.monotonic()
    while True:
        if not watch.select(timeout=max(0.0, started_at + OVERRUN_SECONDS - time.monotonic())):
            child.kill()
            child.wait()
            results[todo[finished]] = (float("inf"), "still running after the overrun limit")
            return finished + 1
        line = child.stdout.readline()
        if not line:
            child.wait()
            return len(todo) if finished == len(todo) else finished + 1
        kind, _index, *rest = line.split(" ", 3)
        if kind == "start":
            started_at = time.monotonic()
        else:
            results[todo[finished]] = (float(rest[0]), rest[1].strip() if len(rest) > 1 else "")
            finished += 1


SITES = collect_sites()


@pytest.fixture(scope="module")
def timings() -> dict[Site, tuple[float, str]]:
    return probe(SITES)


def _param(site: Site) -> object:
    reason = KNOWN_SLOW.get(site.name)
    marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
    return pytest.param(site, id=site.name, marks=marks)


@pytest.mark.parametrize("site", [_param(s) for s in SITES])
def test_pattern_time_is_linear(site: Site, timings: dict[Site, tuple[float, str]]) -> None:
    seconds, worst = timings[site]
    assert seconds < LIMIT_SECONDS, (
        f"{site.name}: {site.pattern!r} took {seconds:.2f} s on a 10,000-character input ({worst}); "
        "rewrite it without nested or adjacent quantifiers over overlapping characters"
    )


def test_patterns_built_at_run_time_are_linear() -> None:
    """Patterns compiled while importing with entities, that neither scan above can see."""
    found: dict[tuple[str, int], str] = {}
    _run_time_patterns(found)
    static = {(s.pattern, s.flags) for s in SITES}
    extra = [Site(name, p, f) for (p, f), name in found.items() if (p, f) not in static]
    slow = {
        site.name: (seconds, worst)
        for site, (seconds, worst) in probe(extra).items()
        if seconds >= LIMIT_SECONDS
    }
    assert not slow, f"slow run-time patterns: {slow}"


def test_the_scan_finds_the_patterns_it_must() -> None:
    """The check is only as good as its reach: these are known to exist and must be found."""
    names = {site.name for site in SITES}
    assert "reader.entities.rules.BYLINE_ROLE" in names
    assert "reader.importer.bylines._ROLE_RE" in names
    assert any(name.startswith("reader/entities/rules.py:") for name in names)  # an inline re.finditer
    assert len(SITES) >= 40
