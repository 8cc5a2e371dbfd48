"""The window recognises entities in a child process: same answers as in-process, and a dead child is
replaced, so tagging goes on."""

from __future__ import annotations

import os
import signal

import pytest

from reader.entities.pipeline import Request, recognise
from reader.entities.process import RecogniserProcess

TEXTS = [
    "市委书记鲍常勇主持召开会议，市长李跃勇出席。",
    "9月2日，驻马店市召开招商引资大会，鲍常勇讲话。",
]


def request() -> Request:
    return Request(texts=TEXTS, bylines=[], entries=[], rejections=[], known=frozenset())


@pytest.fixture
def process():  # type: ignore[no-untyped-def]
    running = RecogniserProcess()
    yield running
    running.close()


def people(analyses):  # type: ignore[no-untyped-def]
    return [[m.text for m in a.mentions if m.kind == "person"] for a in analyses]


def test_the_child_answers_as_the_recogniser_in_this_process(process: RecogniserProcess) -> None:
    remote = process(request())
    assert people(remote) == [["鲍常勇", "李跃勇"], ["鲍常勇"]]
    assert remote == recognise(request())
    assert process.running


def test_a_killed_child_is_replaced_and_the_next_request_is_answered(process: RecogniserProcess) -> None:
    process(request())
    first = process.pid
    assert first is not None
    os.kill(first, signal.SIGKILL)
    assert people(process(request())) == [["鲍常勇", "李跃勇"], ["鲍常勇"]]
    assert process.running and process.pid != first


def test_closing_stops_the_child(process: RecogniserProcess) -> None:
    process(request())
    pid = process.pid
    assert pid is not None and process.running
    process.close()
    assert not process.running and process.pid is None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # gone, not merely forgotten
