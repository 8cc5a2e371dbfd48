"""Checked pairs → clusters: connected components of the pairs at or above a similarity."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Cluster:
    article_ids: tuple[int, ...]
    similarity: float
    """The lowest similarity among the pairs that hold the cluster together."""


def clusters(pairs: Iterable[tuple[int, int, float]], min_similarity: float) -> list[Cluster]:
    """Union-find over the pairs; clusters in order of their smallest article id."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    kept = [(a, b, s) for a, b, s in pairs if s >= min_similarity]
    for a, b, _s in kept:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[int]] = {}
    for x in list(parent):
        members.setdefault(find(x), []).append(x)
    lowest: dict[int, float] = {}
    for a, _b, s in kept:
        root = find(a)
        lowest[root] = min(lowest.get(root, 1.0), s)
    return [Cluster(tuple(sorted(members[root])), lowest[root]) for root in sorted(members)]
