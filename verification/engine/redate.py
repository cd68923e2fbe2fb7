"""Resolve relative dates of undated articles against the story's date.

The extractor resolves "Ende dieses Jahres", "last year", "Wednesday" against the article's own
publication date. An article without one (or with only its month, dates.day_precise) keeps such dates unresolved (with ``spec``: what the words
say), so they could never be compared, and the figures they date could never be told apart by time.
Inside a story, its other articles' latest publication date is a fair anchor: the words are resolved
again (dates.relative, the extractor's own reader) against that anchor, and the result is marked
``"anchor": "story"`` so a reviewer can see where it came from and a comparison can weigh it less.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from .claims import Claim, Document
from .dates import day_precise, relative


def _anchored(value: dict, story_date: date) -> dict | None:
    """A date value resolved against the story's date, or None when it needs no or allows no resolving."""
    if not isinstance(value, dict) or value.get("resolved") is not False or not value.get("spec"):
        return None
    found = relative(value["spec"], value.get("granularity") or "day", story_date)
    if not found or not found.get("resolved"):
        return None
    return {**value, **found, "anchor": "story"}


def redate(claim: Claim, doc: Document, story_date: date | None) -> Claim:
    """The claim with its relative date (a date claim's value, or the date a figure's sentence gives)
    resolved against ``story_date``; the same claim when it cannot or need not be."""
    if story_date is None or (doc.published and day_precise(doc.published)):
        return claim
    if claim.kind == "date":
        value = _anchored(claim.value, story_date)
        return claim if value is None else dataclasses.replace(claim, value=value)
    extra = claim.extra if isinstance(claim.extra, dict) else {}
    when = _anchored(extra.get("date_context"), story_date)
    return claim if when is None else dataclasses.replace(claim, extra={**extra, "date_context": when})


def story_date(docs: list[Document]) -> date | None:
    """The story's date: its latest publication day, a date that names its day before one that gives only its
    month (dates.day_precise); None when no article is dated."""
    dated = [d.published for d in docs if d.published]
    return max(dated, key=lambda d: (day_precise(d), d)) if dated else None
