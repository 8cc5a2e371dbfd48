"""Entity-extraction throughput: our recogniser vs plain ``jieba.posseg`` on the same text.

Usage: ``python benchmarks/bench_entities.py [repeat]`` — runs over the five seed
files (repeated ``repeat`` times, default 20) and prints characters per second.
Both sides get a warm, already-built dictionary so only extraction is timed.
"""

from __future__ import annotations

import logging
import sys
import time

import jieba
import jieba.posseg

from reader.entities.recogniser import Recogniser
from reader.resources import sample_library


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    jieba.setLogLevel(logging.WARNING)
    texts = [p.read_text(encoding="utf-8") for p in sorted(sample_library().glob("*.txt"))] * repeat
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
    print(f"{chars} characters in {len(texts)} texts")
    print(f"jieba.posseg (HMM on): {chars / posseg_s:,.0f} chars/s, {plain} nr/ns/nt tokens")
    print(f"Recogniser:            {chars / ours_s:,.0f} chars/s, {ours} mentions")


if __name__ == "__main__":
    main()
