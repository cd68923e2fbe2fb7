"""Is a list complete, or only examples ("such as", "darunter", "notamment", "como")?

A list introduced by an example cue names some items, not all: another source naming more items does not
contradict it. The cue must come right before the list (at most three words between, as in "such as the").
"""

from __future__ import annotations

import dataclasses
import re

from .claims import Claim, Document
from .textfeatures import fold

CUES = (
    # English
    "including",
    "include",
    "includes",
    "such as",
    "among them",
    "among others",
    "e.g.",
    "for example",
    "for instance",
    "like",
    "particularly",
    "in particular",
    "especially",
    "notably",
    # German
    "darunter",
    "unter anderem",
    "u.a.",
    "wie etwa",
    "wie",
    "etwa",
    "beispielsweise",
    "zum beispiel",
    "z.b.",
    "insbesondere",
    "vor allem",
    # French
    "notamment",
    "dont",
    "comme",
    "tels que",
    "telles que",
    "tel que",
    "par exemple",
    "parmi lesquels",
    "parmi lesquelles",
    "en particulier",
    # Spanish
    "incluidos",
    "incluidas",
    "incluyendo",
    "como",
    "entre ellos",
    "entre ellas",
    "por ejemplo",
    "tales como",
    "en particular",
    "especialmente",
)
_CUE_RE = re.compile(
    r"(?:^|[^\w])(?:"
    + "|".join(re.escape(c) for c in sorted(CUES, key=len, reverse=True))
    + r")(?:[\s,:]+[\w’'-]+){0,3}?[\s,:]*$"
)


def is_partial(claim: Claim, doc: Document) -> bool:
    if claim.kind != "list" or not doc.text:
        return False
    lo = max(claim.sentence_start if 0 <= claim.sentence_start <= claim.start else 0, claim.start - 60)
    before = fold(doc.text[lo : claim.start])
    return bool(_CUE_RE.search(before))


def mark_partial(claim: Claim, doc: Document) -> Claim:
    """The list claim with ``value["partial"] = True`` when it only gives examples."""
    v = claim.value if isinstance(claim.value, dict) else {}
    if claim.kind != "list" or v.get("partial") or not is_partial(claim, doc):
        return claim
    return dataclasses.replace(claim, value={**v, "partial": True})
