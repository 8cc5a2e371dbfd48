"""Entity-extraction throughput: our recogniser vs plain ``jieba.posseg`` on the same text.

Usage: ``python benchmarks/bench_entities.py [--articles N] [--sample K] [--seed S]`` — builds the
deterministic synthetic library of ``N`` articles (``benchmarks/synthetic.py``, default 50,000), takes a
fixed seeded sample of ``K`` of them (default: all), and times both sides over every field of those articles
(title, kicker, subtitle, body).  Both sides get a warm, already-built dictionary so only extraction is
timed.  ``--seeds R`` runs over the five seed files repeated ``R`` times instead.
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import time
from pathlib import Path

import jieba
import jieba.posseg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import synthetic_issues
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
    recogniser = Recogniser()
    recogniser.recognise(texts[0])
    posseg = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    posseg.lcut(texts[0])

    began = time.perf_counter()
    plain = sum(1 for t in texts for _w, flag in posseg.lcut(t) if flag.startswith(("nr", "ns", "nt")))
    posseg_s = time.perf_counter() - began
    began = time.perf_counter()
    ours = sum(len(recogniser.recognise(t)) for t in texts)
    ours_s = time.perf_counter() - began
    print(f"{what}: {chars:,} characters in {len(texts):,} fields")
    print(f"jieba.posseg (HMM on): {chars / posseg_s:,.0f} chars/s ({posseg_s:.1f} s), {plain:,} nr/ns/nt")
    print(
        f"Recogniser v{Recogniser.VERSION}:        {chars / ours_s:,.0f} chars/s ({ours_s:.1f} s), "
        f"{ours:,} mentions"
    )


if __name__ == "__main__":
    main()
