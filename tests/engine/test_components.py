"""verification/engine/components.py: keys compared only within the buckets they share, and grouped by their links."""

from verification.engine.components import bucket_links, connected_groups


def test_only_keys_that_share_a_bucket_are_compared():
    compared = []

    def linked(a, b):
        compared.append((a, b))
        return a[0] == b[0]

    buckets = {"m": ["merz", "macron", "friedrich merz"], "x": ["xi"]}
    assert bucket_links(buckets, linked) == {("merz", "macron")}
    assert compared == [("merz", "macron"), ("merz", "friedrich merz"), ("macron", "friedrich merz")]


def test_linked_keys_end_in_one_group_through_others():
    assert connected_groups(["a", "b", "c", "d"], [("a", "b"), ("c", "b"), ("x", "d")]) == [["a", "b", "c"], ["d"]]
