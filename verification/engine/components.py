"""Connected components: keys grouped so that every linked pair shares a group (union-find)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

K = TypeVar("K")  # a key that sorts and hashes (a source's key, a person's name)


def bucket_links(buckets: dict, linked: Callable[[K, K], bool]) -> set[tuple[K, K]]:
    """The pairs of keys that share a bucket (each a list of keys, in order: those with a word, an initial in
    common) and that ``linked`` joins: keys compared only with those that may match, not each with every other."""
    return {
        (a, b) for bucket in buckets.values() for i, a in enumerate(bucket) for b in bucket[i + 1 :] if linked(a, b)
    }


def connected_groups(keys: Iterable[K], links: Iterable[tuple[K, K]]) -> list[list[K]]:
    """The keys in groups, each the keys that links join directly or through others; a link naming a key
    outside ``keys`` is ignored. Each group sorted, the groups sorted."""
    parent = {k: k for k in keys}

    def find(k: K) -> K:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, b in links:
        if a in parent and b in parent:
            parent[find(b)] = find(a)
    groups: dict[K, list[K]] = {}
    for k in sorted(parent):
        groups.setdefault(find(k), []).append(k)
    return sorted(groups.values())
