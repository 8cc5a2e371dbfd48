"""Exact-span precision, recall and F1 per kind on the People's Daily NER development split.

Usage: ``python benchmarks/bench_ner.py [--bio PATH] [--limit N] [--half even|odd] [--errors KIND]
[--traditional]``.

Three systems are scored in the same run on the same sentences, each sentence read on its own:

- ``model``: LAC alone (its PER/LOC/ORG words, as the package returns them);
- ``shipped``: the recogniser the app uses (model + rules + vetoes), kinds person/place/organization;
- ``jieba``: plain ``jieba.posseg`` (nr*/ns/nt words).

The data is read from ``../shared/ner/peoples_daily.dev.bio`` (beside the checkout) unless ``--bio`` says
otherwise; when it is absent the script says so and exits 0.  It is a measuring set: nothing in the
recogniser was trained on it, and no rule names anything from it.

``--half even`` keeps the sentences with an even index (0, 2, 4 …), ``--half odd`` the others: a fixed split
so that rules are designed looking at the errors of one half only (``--half even --errors KIND``) and checked
on the other, which nobody reads.  A change that helps the even half but not the odd one is overfitting.

``--traditional`` scores a character-by-character traditional copy of the same sentences (OpenCC's
``STCharacters``, first candidate: lengths and so the gold spans are kept), the text a Hong Kong, Macau
or Taiwan user has; a recogniser that reads both scripts alike scores the same on both.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_BIO = ROOT.parent / "shared" / "ner" / "peoples_daily.dev.bio"
KINDS = {"person": "PER", "place": "LOC", "organization": "ORG"}
Span = tuple[str, int, int]


def read_bio(path: Path) -> list[tuple[str, set[Span]]]:
    """Sentences with their gold spans ``(PER|LOC|ORG, start, end)``."""
    sentences: list[tuple[str, set[Span]]] = []
    chars: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").split("\n"), ""]:
        if not line.strip():
            if chars:
                sentences.append(("".join(chars), spans_of(tags)))
                chars, tags = [], []
            continue
        char, tag = line.rsplit(" ", 1)
        chars.append(char or " ")
        tags.append(tag)
    return sentences


def spans_of(tags: list[str]) -> set[Span]:
    spans = set()
    index = 0
    while index < len(tags):
        if tags[index].startswith("B-"):
            kind, end = tags[index][2:], index + 1
            while end < len(tags) and tags[end] == f"I-{kind}":
                end += 1
            spans.add((kind, index, end))
            index = end
        else:
            index += 1
    return spans


def score(gold: list[set[Span]], found: list[set[Span]]) -> dict[str, tuple[float, float, float]]:
    result = {}
    for kind in KINDS.values():
        hits = sum(len({s for s in g if s[0] == kind} & f) for g, f in zip(gold, found, strict=True))
        n_gold = sum(1 for g in gold for s in g if s[0] == kind)
        n_found = sum(1 for f in found for s in f if s[0] == kind)
        p = hits / n_found if n_found else 0.0
        r = hits / n_gold if n_gold else 0.0
        result[kind] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return result


def model_only(texts: list[str]) -> tuple[list[set[Span]], float]:
    from reader.entities.lac import shared

    lac = shared()
    began = time.perf_counter()
    words = lac.analyse(texts)
    seconds = time.perf_counter() - began
    return [{(w.tag, w.start, w.end) for w in ws if w.tag in KINDS.values()} for ws in words], seconds


def shipped(texts: list[str]) -> tuple[list[set[Span]], float]:
    from reader.entities.recogniser import Recogniser

    recogniser = Recogniser()
    recogniser.recognise("预热")
    began = time.perf_counter()
    mentions = recogniser.recognise_many(texts)
    seconds = time.perf_counter() - began
    found = [{(KINDS[m.kind], m.start, m.end) for m in ms if m.kind in KINDS} for ms in mentions]
    return found, seconds


def plain_jieba(texts: list[str]) -> tuple[list[set[Span]], float]:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    posseg = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    posseg.lcut("预热")
    kinds = {"nr": "PER", "nrfg": "PER", "nrt": "PER", "ns": "LOC", "nt": "ORG"}
    began = time.perf_counter()
    found = []
    for text in texts:
        spans, pos = set(), 0
        for word, flag in posseg.lcut(text):
            if flag in kinds:
                spans.add((kinds[flag], pos, pos + len(word)))
            pos += len(word)
        found.append(spans)
    return found, time.perf_counter() - began


def errors(texts: list[str], gold: list[set[Span]], found: list[set[Span]], kind: str) -> Iterable[str]:
    missed: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    for text, g, f in zip(texts, gold, found, strict=True):
        missed.update(text[s:e] for k, s, e in g - f if k == kind)
        extra.update(text[s:e] for k, s, e in f - g if k == kind)
    yield f"missed {sum(missed.values())}: " + " ".join(f"{t}×{n}" for t, n in missed.most_common(60))
    yield f"extra {sum(extra.values())}: " + " ".join(f"{t}×{n}" for t, n in extra.most_common(60))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bio", type=Path, default=DEFAULT_BIO)
    parser.add_argument("--limit", type=int, default=None, help="only the first N sentences")
    parser.add_argument("--half", choices=("even", "odd"), help="only the sentences of even (odd) index")
    parser.add_argument("--errors", choices=sorted(KINDS.values()), help="list the shipped pipeline's errors")
    parser.add_argument("--traditional", action="store_true", help="score a traditional-character copy")
    args = parser.parse_args()
    if not args.bio.exists():
        print(f"{args.bio} is not there: nothing to score (it sits in ../shared/ner/ beside the checkout)")
        return
    data = read_bio(args.bio)
    if args.half is not None:
        data = data[{"even": 0, "odd": 1}[args.half] :: 2]
    data = data[: args.limit]
    texts = [text for text, _gold in data]
    if args.traditional:
        from reader.textfold import traditional

        texts = [traditional(text) for text in texts]
    gold = [spans for _text, spans in data]
    chars = sum(len(t) for t in texts)
    half = (f", {args.half} half" if args.half else "") + (", traditional copy" if args.traditional else "")
    print(f"{args.bio.name}{half}: {len(texts):,} sentences, {chars:,} characters; exact spans")
    print(f"{'system':<9}" + "".join(f"{k:>24}" for k in KINDS) + f"{'chars/s':>12}")
    results = {}
    for name, run in (("model", model_only), ("shipped", shipped), ("jieba", plain_jieba)):
        found, seconds = run(texts)
        results[name] = found
        cells = "".join(f"   P {p:.3f} R {r:.3f} F1 {f:.3f}" for p, r, f in score(gold, found).values())
        print(f"{name:<9}{cells}{chars / seconds:>12,.0f}")
    if args.errors:
        for line in errors(texts, gold, results["shipped"], args.errors):
            print(line)


if __name__ == "__main__":
    main()
