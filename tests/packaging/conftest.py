"""Helpers for tests that start real app processes: headless, bounded in time, unique sockets."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers.project import ROOT

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt makes the QApplication

WAIT_S = 20.0  # upper bound for any process to come up; CI machines can be slow


def child_env(instance_name: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["BULLETIN_READER_INSTANCE"] = instance_name
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


@pytest.fixture
def instance_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A socket name no other test (or parallel run) uses; also set for in-process calls."""
    digest = hashlib.sha1(str(tmp_path).encode("utf-8")).hexdigest()[:12]
    name = f"br-test-{os.getpid()}-{digest}"
    monkeypatch.setenv("BULLETIN_READER_INSTANCE", name)
    return name


@dataclass
class Listener:
    """Process A: ``python -m tests.helpers.single_instance_cli serve`` writing received links to a file."""

    process: subprocess.Popen[str]
    record: Path
    socket_path: str

    def received(self) -> list[str]:
        if not self.record.exists():
            return []
        return self.record.read_text(encoding="utf-8").splitlines()


def start_listener(name: str, folder: Path) -> Listener:
    folder.mkdir(parents=True, exist_ok=True)
    record, ready = folder / "received.txt", folder / "ready.txt"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.helpers.single_instance_cli",
            "--name",
            name,
            "serve",
            "--record",
            str(record),
            "--ready",
            str(ready),
        ],
        env=child_env(name),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + WAIT_S
    while not ready.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            _, err = process.communicate(timeout=WAIT_S)
            pytest.fail(f"listener did not come up (exit {process.returncode}): {err}")
        time.sleep(0.05)
    return Listener(process, record, ready.read_text(encoding="utf-8"))


def stop(listener: Listener) -> int:
    if listener.process.poll() is None:
        listener.process.terminate()
    try:
        listener.process.communicate(timeout=WAIT_S)
    except subprocess.TimeoutExpired:
        listener.process.kill()
        listener.process.communicate(timeout=WAIT_S)
    return listener.process.returncode


@pytest.fixture
def listener(instance_name: str, tmp_path: Path) -> Iterator[Listener]:
    running = start_listener(instance_name, tmp_path / "a")
    yield running
    stop(running)


def run_module(module: str, *args: str, name: str) -> tuple[subprocess.CompletedProcess[str], float]:
    """Process B: run ``python -m module args`` to completion; returns it and its wall time."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", module, *args],
        env=child_env(name),
        capture_output=True,
        text=True,
        timeout=WAIT_S,
    )
    return done, time.monotonic() - started
