"""Resolve relative dates of undated articles against the story's date.

The extractor resolves "Ende dieses Jahres", "last year", "Wednesday" against the article's own
publication date. An article without one keeps such dates unresolved, so they could never be compared.
Inside a story, its other articles' latest publication date is a fair anchor: the date words are read
again (with the extractor's own date reader) against that anchor, and the result is marked
``"anchor": "story"`` so a reviewer can see where it came from.
"""
from __future__ import annotations

import dataclasses
from datetime import date

from .claims import Claim, Document


def redate(claim: Claim, doc: Document, story_date: date | None) -> Claim:
    """The claim with its relative date resolved against ``story_date`` (the same claim when it cannot
    or need not be)."""
    v = claim.value if isinstance(claim.value, dict) else {}
    if claim.kind != "date" or doc.published or story_date is None or v.get("resolved") is not False:
        return claim
    try:
        from .dates import find_dates  # noqa: PLC0415 - the extractor's reader, optional at import time
    except ImportError:  # pragma: no cover
        return claim
    try:
        found = find_dates(claim.text, lang=doc.language, published=story_date)
    except Exception:  # noqa: BLE001 - a reader failure must not stop the cross-check
        return claim
    for m in found:
        if m.value.get("resolved") and m.value.get("start") and m.value.get("end"):
            return dataclasses.replace(claim, value={**v, **m.value, "anchor": "story"})
    return claim
