"""Single instance with real processes: B hands its link to A and exits; crashes leave no trap."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

import reader
from reader.links import article_url
from tests.packaging.conftest import (
    ROOT,
    WAIT_S,
    Listener,
    child_env,
    run_module,
    start_listener,
    stop,
)

CLI = "tests.helpers.single_instance_cli"  # the listener and sender processes
LINK = article_url("某县政务信息/2024-03/1", "7f3a" * 8)

SECOND = article_url("b")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="socket files and SIGKILL are Unix")


def test_second_process_hands_its_link_to_the_first_and_exits(listener: Listener, instance_name: str) -> None:
    done, seconds = run_module(CLI, "send", LINK, name=instance_name)

    assert done.returncode == 0, done.stderr
    assert seconds < 10
    assert listener.received() == [LINK]
    assert listener.process.poll() is None  # A keeps running


def test_links_arrive_in_order_and_a_bare_launch_asks_for_the_window(
    listener: Listener, instance_name: str
) -> None:
    for link in (LINK, SECOND):
        assert run_module(CLI, "send", link, name=instance_name)[0].returncode == 0
    assert run_module(CLI, "send", name=instance_name)[0].returncode == 0

    assert listener.received() == [LINK, SECOND, "<activate>"]


def test_desktop_launch_of_a_link_goes_to_the_running_app(listener: Listener, instance_name: str) -> None:
    """What `bulletin-reader %u` does: the URL handler entry, not the bare sender."""
    done, _ = run_module("reader", LINK, name=instance_name)

    assert done.returncode == 0, done.stderr
    assert listener.received() == [LINK]


def test_opening_a_text_file_hands_over_its_absolute_path(
    listener: Listener, instance_name: str, tmp_path: Path
) -> None:
    bulletin = tmp_path / "政务信息 第3期.txt"
    bulletin.write_text("政务信息\n", encoding="utf-8")

    done, _ = run_module("reader", bulletin.as_uri(), name=instance_name)

    assert done.returncode == 0, done.stderr
    assert listener.received() == [str(bulletin.resolve())]


def test_a_second_listener_refuses_while_the_first_lives(
    listener: Listener, instance_name: str, tmp_path: Path
) -> None:
    done, _ = run_module(CLI, "serve", "--record", str(tmp_path / "b.txt"), name=instance_name)

    assert done.returncode == 1
    assert "already listening" in done.stderr
    assert run_module(CLI, "send", LINK, name=instance_name)[0].returncode == 0
    assert listener.received() == [LINK]


def test_clean_exit_removes_the_socket(instance_name: str, tmp_path: Path) -> None:
    first = start_listener(instance_name, tmp_path / "a")
    assert Path(first.socket_path).exists()

    assert stop(first) == 0
    assert not Path(first.socket_path).exists()


def test_stale_socket_from_a_crash_is_recovered(instance_name: str, tmp_path: Path) -> None:
    crashed = start_listener(instance_name, tmp_path / "crashed")
    crashed.process.send_signal(signal.SIGKILL)
    crashed.process.communicate(timeout=20)
    assert Path(crashed.socket_path).exists()  # the leftover a crash leaves behind

    nobody, seconds = run_module(CLI, "send", LINK, name=instance_name)
    assert nobody.returncode == 2
    assert "no running instance" in nobody.stderr
    assert seconds < 10

    successor = start_listener(instance_name, tmp_path / "successor")
    try:
        done, _ = run_module(CLI, "send", LINK, name=instance_name)
        assert done.returncode == 0, done.stderr
        assert successor.received() == [LINK]
        assert crashed.received() == []
    finally:
        assert stop(successor) == 0


def test_frozen_entry_point_routes_links_to_the_window_and_the_rest_to_the_cli(
    listener: Listener, instance_name: str
) -> None:
    """packaging/launcher.py is the frozen app's main script: `bulletin-reader %u` runs it."""
    launcher = str(ROOT / "packaging" / "launcher.py")
    env = child_env(instance_name)

    version = subprocess.run(
        [sys.executable, launcher, "--version"], env=env, capture_output=True, text=True, timeout=WAIT_S
    )
    link = subprocess.run(
        [sys.executable, launcher, LINK], env=env, capture_output=True, text=True, timeout=WAIT_S
    )

    assert version.stdout == f"reader {reader.__version__}\n"
    assert link.returncode == 0, link.stderr
    assert listener.received() == [LINK]
