"""Re-attaching a highlight to text that has changed, the way Hypothesis does it.

A highlight is stored twice over, in the W3C Web Annotation model: a
``TextPositionSelector`` (start/end offsets) and a ``TextQuoteSelector`` (the
exact quote plus ~32 characters of context either side).  When the article text
changes (a corrected re-import), :func:`anchor` tries, in order:

1. the stored offsets, if they still hold the exact quote *and* its context;
2. every exact occurrence of the quote, scored by how well the text around it
   matches the stored prefix/suffix and how close it is to the old position
   (so a two-character highlight does not jump to a copy of the word that an
   edit placed at its old offsets);
3. approximate matches within a bounded edit distance (default ≤ 20 % of the
   quote's length), scored the same way.

Nothing here touches the database: text and selectors in, offsets out.  The
approximate search is Myers' bit-vector algorithm (Python ints as bit vectors),
O(len(text) · ⌈len(quote)/word⌉), so a 20 000-character article and a
paragraph-long quote take milliseconds rather than seconds.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

CONTEXT_CHARS = 32
MAX_ERROR_RATIO = 0.2
MAX_CANDIDATES = 64

# Hypothesis' weights (match-quote.js): the quote matters most, then the context, then the position.
_QUOTE_WEIGHT = 50.0
_PREFIX_WEIGHT = 20.0
_SUFFIX_WEIGHT = 20.0
_POSITION_WEIGHT = 2.0


@dataclass(frozen=True)
class TextQuoteSelector:
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class TextPositionSelector:
    start: int
    end: int


class AnchorMethod(StrEnum):
    POSITION = "position"  # the stored offsets still hold the quote
    EXACT = "exact"  # the quote was found verbatim elsewhere
    FUZZY = "fuzzy"  # an approximate match (the passage was corrected)


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    method: AnchorMethod
    errors: int  # edit distance between the stored quote and text[start:end]
    score: float  # 0..1, Hypothesis-style weighted score


def describe(
    text: str, start: int, end: int, context: int = CONTEXT_CHARS
) -> tuple[TextQuoteSelector, TextPositionSelector]:
    """Both selectors for ``text[start:end]``; raises ``ValueError`` for an empty or out-of-range span."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}..{end} is not a non-empty range inside a text of {len(text)} chars")
    quote = TextQuoteSelector(
        text[start:end], text[max(0, start - context) : start], text[end : end + context]
    )
    return quote, TextPositionSelector(start, end)


def find_occurrence(text: str, quote: str, occurrence: int = 1) -> int | None:
    """Start of the ``occurrence``-th (1-based, overlapping allowed) exact occurrence of ``quote``."""
    if not quote or occurrence < 1:
        return None
    found = -1
    for _ in range(occurrence):
        found = text.find(quote, found + 1)
        if found == -1:
            return None
    return found


def anchor(
    text: str,
    quote: TextQuoteSelector,
    position: TextPositionSelector | None = None,
    *,
    max_error_ratio: float = MAX_ERROR_RATIO,
) -> Anchor | None:
    """Where the highlight described by the selectors sits in ``text`` now, or ``None`` (orphaned)."""
    exact = quote.exact
    if not exact:
        return None
    held = position is not None and text[position.start : position.end] == exact
    if position is not None and held and _context_holds(text, quote, position.start, position.end):
        return Anchor(position.start, position.end, AnchorMethod.POSITION, 0, 1.0)
    hint = position.start if position is not None else None
    starts = list(_exact_starts(text, exact))
    if starts:
        # The stored offsets may now hold another copy of a short quote (a word inserted or
        # repeated nearby): every occurrence competes on its context, the old place included.
        scored = [_scored(text, quote, s, s + len(exact), 0, hint, AnchorMethod.EXACT) for s in starts]
        best = max(scored, key=_rank)
        if held and best.start == hint:
            return replace(best, method=AnchorMethod.POSITION)
        return best
    max_errors = int(len(exact) * max_error_ratio)
    if max_errors < 1:
        return None
    candidates = approximate_matches(text, exact, max_errors)
    if not candidates:
        return None
    scored = [_scored(text, quote, s, e, d, hint, AnchorMethod.FUZZY) for s, e, d in candidates]
    return max(scored, key=_rank)


def _context_holds(text: str, quote: TextQuoteSelector, start: int, end: int) -> bool:
    """Whether the text around ``start..end`` still reads as the stored prefix and suffix."""
    before = text[max(0, start - len(quote.prefix)) : start]
    after = text[end : end + len(quote.suffix)]
    return quote.prefix.endswith(before) and quote.suffix.startswith(after)


def _rank(found: Anchor) -> tuple[float, int]:
    return found.score, -found.start  # ties: the earlier one, so results are deterministic


def _exact_starts(text: str, needle: str) -> list[int]:
    starts, at = [], text.find(needle)
    while at != -1:
        starts.append(at)
        at = text.find(needle, at + 1)
    return starts


def _scored(
    text: str,
    quote: TextQuoteSelector,
    start: int,
    end: int,
    errors: int,
    hint: int | None,
    method: AnchorMethod,
) -> Anchor:
    quote_score = 1.0 - errors / len(quote.exact)
    prefix_score = _context_score(text[max(0, start - len(quote.prefix)) : start], quote.prefix)
    suffix_score = _context_score(text[end : end + len(quote.suffix)], quote.suffix)
    position_score = 1.0 if hint is None else 1.0 - abs(start - hint) / max(len(text), 1)
    total = (
        _QUOTE_WEIGHT * quote_score
        + _PREFIX_WEIGHT * prefix_score
        + _SUFFIX_WEIGHT * suffix_score
        + _POSITION_WEIGHT * position_score
    ) / (_QUOTE_WEIGHT + _PREFIX_WEIGHT + _SUFFIX_WEIGHT + _POSITION_WEIGHT)
    return Anchor(start, end, method, errors, total)


def _context_score(found: str, stored: str) -> float:
    if not stored:
        return 1.0
    if found == stored:
        return 1.0
    return max(0.0, 1.0 - levenshtein(found, stored) / len(stored))


def levenshtein(a: str, b: str) -> int:
    """Plain edit distance (insert, delete, substitute each cost 1); meant for short strings."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def myers_scores(pattern: str, text: str, *, anchored: bool = False) -> list[int]:
    """Edit distance of ``pattern`` against text ending at each position, by Myers' bit-vector method.

    ``scores[j]`` is the smallest edit distance between ``pattern`` and a
    substring of ``text`` that ends just before index ``j + 1``; with
    ``anchored`` the substring must start at index 0 (so it is the distance to
    ``text[:j + 1]``).  Python integers serve as bit vectors of any length.
    """
    m = len(pattern)
    if m == 0:
        return [0] * len(text)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    peq: dict[str, int] = {}
    for i, char in enumerate(pattern):
        peq[char] = peq.get(char, 0) | (1 << i)
    pv, mv, score = mask, 0, m
    carry = 1 if anchored else 0
    scores = []
    for char in text:
        eq = peq.get(char, 0)
        xv = eq | mv
        xh = ((((eq & pv) + pv) & mask) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | carry) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
        scores.append(score)
    return scores


def approximate_matches(text: str, pattern: str, max_errors: int) -> list[tuple[int, int, int]]:
    """``(start, end, errors)`` of the best approximate occurrences of ``pattern`` in ``text``.

    Ends come from one forward Myers pass: within each run of positions whose
    distance is ≤ ``max_errors`` the ends with the fewest errors are kept.  Each end's start comes
    from an anchored pass of the reversed pattern over the reversed window just
    before it, preferring a match as long as the pattern.  At most
    ``MAX_CANDIDATES`` (the fewest errors first) are returned.
    """
    m = len(pattern)
    scores = myers_scores(pattern, text)
    ends: list[tuple[int, int]] = []  # (errors, exclusive end)
    run: list[tuple[int, int]] = []
    for j, score in enumerate([*scores, max_errors + 1]):
        if score <= max_errors:
            run.append((score, j + 1))
        elif run:
            best = min(errors for errors, _end in run)
            ends.extend(item for item in run if item[0] == best)  # all ties: context scoring decides
            run = []
    ends.sort()
    reversed_pattern = pattern[::-1]
    matches = []
    for _errors, end in ends[:MAX_CANDIDATES]:
        window_start = max(0, end - m - max_errors)
        window = text[window_start:end][::-1]
        back = myers_scores(reversed_pattern, window, anchored=True)
        best_length, best_errors = 0, m
        for i, distance in enumerate(back, 1):
            if (distance, abs(i - m)) < (best_errors, abs(best_length - m)):
                best_length, best_errors = i, distance
        if best_length and best_errors <= max_errors:
            matches.append((end - best_length, end, best_errors))
    return matches
