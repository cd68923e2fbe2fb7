"""Which facts wait for a reviewer: every conflicting fact, and every single-source fact the story's
text states. A single-source fact the text leaves out needs no decision until an editor writes it in.

Flags follow the text: the cross-check sets them, and every save of a story's text sets them again
(decisions already made are kept, so a fact that comes back keeps its decision).
"""
from __future__ import annotations

from collections.abc import Iterable

from stories.models import Story
from verification.models import Fact, Verdict

MIN_VALUE_LENGTH = 3  # shorter value texts ("4", "US") would be found in almost any text


def story_text(story: Story) -> str:
    """What the story says to readers, for matching: title, dek and body, case-folded."""
    return " ".join([story.title, story.dek, story.body]).casefold()


def stated_value(values: Iterable[str], text: str) -> str | None:
    """The longest of a fact's values (its claims' texts, as the sources write them) that `text`
    (from story_text) contains, or None."""
    candidates = sorted({v.strip() for v in values if len(v.strip()) >= MIN_VALUE_LENGTH}, key=len, reverse=True)
    return next((v for v in candidates if v.casefold() in text), None)


def needs_review(verdict: str, values: Iterable[str], text: str) -> bool:
    if verdict == Verdict.CONFLICTING:
        return True
    return verdict == Verdict.SINGLE_SOURCE and stated_value(values, text) is not None


def refresh_review_flags(*, story: Story) -> int:
    """Set the flags of the story's facts from its current text; returns how many are flagged.

    Call inside the transaction that changed the text (two queries and at most two updates).
    """
    text = story_text(story)
    values: dict[int, list[str]] = {}
    verdicts: dict[int, str] = {}
    for fact_id, verdict, claim_text in Fact.objects.filter(story=story).values_list("id", "verdict", "claims__text"):
        verdicts[fact_id] = verdict
        if claim_text:
            values.setdefault(fact_id, []).append(claim_text)
    flagged = [fact_id for fact_id, verdict in verdicts.items() if needs_review(verdict, values.get(fact_id, ()), text)]
    facts = Fact.objects.filter(story=story)
    facts.filter(pk__in=flagged, flagged=False).update(flagged=True)
    facts.exclude(pk__in=flagged).filter(flagged=True).update(flagged=False)
    return len(flagged)
