"""Two texts side by side, line against line, with the changed words marked (rendered by
templates/admin/stories/story/_diff.html; every piece of text is escaped by the template)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import zip_longest

CONTEXT = 2  # unchanged lines kept around each change; longer unchanged runs fold into a gap row
_WORDS = re.compile(r"\s+|[^\s]+")


@dataclass
class Row:
    kind: str  # same, changed, removed, added, gap
    old: list[tuple[str, bool]] = field(default_factory=list)  # (text, changed)
    new: list[tuple[str, bool]] = field(default_factory=list)
    old_number: int | None = None
    new_number: int | None = None
    skipped: int = 0


def _words(old: str, new: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    left, right = [], []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if i2 > i1:
            left.append(("".join(a[i1:i2]), op != "equal"))
        if j2 > j1:
            right.append(("".join(b[j1:j2]), op != "equal"))
    return left, right


def side_by_side(old: str, new: str) -> list[Row]:
    """Rows for a two-column comparison; [] when the texts are the same."""
    a, b = (old or "").splitlines(), (new or "").splitlines()
    if a == b:
        return []
    rows: list[Row] = []
    # Blank lines only separate paragraphs: they are compared but not shown as rows of their own.
    a_shown = [bool(line.strip()) for line in a]
    b_shown = [bool(line.strip()) for line in b]
    opcodes = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for n, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if op == "equal":
            keep_head = CONTEXT if n > 0 else 0
            keep_tail = CONTEXT if n < len(opcodes) - 1 else 0
            span = i2 - i1
            shown = (
                list(range(span))
                if span <= keep_head + keep_tail + 1
                else [*range(keep_head), None, *range(span - keep_tail, span)]
            )
            for k in shown:
                if k is None:
                    rows.append(Row("gap", skipped=span - keep_head - keep_tail))
                elif a_shown[i1 + k]:
                    rows.append(Row("same", [(a[i1 + k], False)], [(b[j1 + k], False)], i1 + k + 1, j1 + k + 1))
            continue
        lefts = [line for n, line in enumerate(a[i1:i2]) if a_shown[i1 + n]]
        rights = [line for n, line in enumerate(b[j1:j2]) if b_shown[j1 + n]]
        for k, (left, right) in enumerate(zip_longest(lefts, rights)):
            if left is not None and right is not None:
                old_parts, new_parts = _words(left, right)
                rows.append(Row("changed", old_parts, new_parts, i1 + k + 1, j1 + k + 1))
            elif left is not None:
                rows.append(Row("removed", [(left, True)], [], old_number=i1 + k + 1))
            else:
                rows.append(Row("added", [], [(right, True)], new_number=j1 + k + 1))
    return rows
