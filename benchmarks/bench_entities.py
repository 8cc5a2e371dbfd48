"""Entity-extraction throughput on one core: the shipped recogniser vs plain ``jieba.posseg``, same run.

Usage: ``python benchmarks/bench_entities.py [--articles N] [--sample K] [--seed S] [--rounds R]`` —
builds the deterministic synthetic library of ``N`` articles (``benchmarks/synthetic.py``), takes a
fixed seeded sample of ``K`` of them (default: all), and times both sides over every field of those
articles (title, kicker, subtitle, body).  ``--seeds R`` runs over the five seed files repeated ``R``
times instead.  Both sides are warm (model session built, dictionaries loaded), so only extraction is
timed; the recogniser runs the way the import runs it (``recognise_many`` over a chunk of about
``pipeline.CHUNK_CHARS`` characters at a time).  ONNX Runtime is held to one thread and the two sides
alternate ``--rounds`` times; the best round of each is reported, as the machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import sys
import time
from pathlib import Path

import jieba
import jieba.posseg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import synthetic_issues
from reader.entities.pipeline import CHUNK_CHARS
from reader.entities.recogniser import Recogniser
from reader.resources import sample_library


def library_texts(articles: int, sample: int | None, seed: int) -> list[str]:
    """Every non-empty field of ``sample`` articles drawn (seeded) from the ``articles``-article library."""
    chosen = None
    if sample is not None and sample < articles:
        chosen = set(random.Random(seed).sample(range(articles), sample))
    texts: list[str] = []
    number = 0
    for _name, issue in synthetic_issues(articles):
        for article in issue.articles:
            if chosen is None or number in chosen:
                fields = (article.title, article.kicker, article.subtitle, article.text)
                texts.extend(value for value in fields if value)
            number += 1
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50_000, help="size of the synthetic library")
    parser.add_argument("--sample", type=int, default=None, help="seeded sample of articles to time")
    parser.add_argument("--seed", type=int, default=7, help="seed of the sample")
    parser.add_argument("--seeds", type=int, default=None, help="time the seed files repeated R times")
    parser.add_argument("--rounds", type=int, default=3, help="alternating timed rounds per side")
    args = parser.parse_args()
    jieba.setLogLevel(logging.WARNING)
    if args.seeds is not None:
        texts = [p.read_text(encoding="utf-8") for p in sorted(sample_library().glob("*.txt"))] * args.seeds
        what = f"the five seed files ×{args.seeds}"
    else:
        texts = library_texts(args.articles, args.sample, args.seed)
        sampled = f"a seeded sample (seed {args.seed}) of {args.sample:,}" if args.sample else "all"
        what = f"{sampled} articles of the {args.articles:,}-article synthetic library"
    chars = sum(len(t) for t in texts)
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, for both sides
    recogniser = Recogniser()
    recogniser.recognise(texts[0])
    posseg = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    posseg.lcut(texts[0])
    chunks = _chunks(texts, CHUNK_CHARS)
    best_posseg = best_ours = float("inf")
    plain = ours = 0
    for _round in range(args.rounds):
        began = time.perf_counter()
        plain = sum(1 for t in texts for _w, flag in posseg.lcut(t) if flag.startswith(("nr", "ns", "nt")))
        best_posseg = min(best_posseg, time.perf_counter() - began)
        began = time.perf_counter()
        ours = sum(len(m) for chunk in chunks for m in recogniser.recognise_many(chunk))
        best_ours = min(best_ours, time.perf_counter() - began)
    print(f"{what}: {chars:,} characters in {len(texts):,} fields; one core, best of {args.rounds}")
    rate = chars / best_posseg
    print(f"jieba.posseg (HMM on): {rate:>9,.0f} chars/s ({best_posseg:.1f} s), {plain:,} nr/ns/nt")
    print(
        f"Recogniser v{Recogniser.VERSION}:        {chars / best_ours:>9,.0f} chars/s ({best_ours:.1f} s), "
        f"{ours:,} mentions (model + rules)"
    )


def _chunks(texts: list[str], size: int) -> list[list[str]]:
    chunks: list[list[str]] = [[]]
    total = 0
    for text in texts:
        chunks[-1].append(text)
        total += len(text)
        if total >= size:
            chunks.append([])
            total = 0
    return [c for c in chunks if c]


if __name__ == "__main__":
    main()
