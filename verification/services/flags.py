"""Setting the review flags of a story's facts from its text (which facts need review:
verification.verdicts.needs_review).

Flags follow the text: the cross-check sets them, and every save of a story's text sets them again
(decisions already made are kept, so a fact that comes back keeps its decision).
"""

from __future__ import annotations

from stories.models import Story
from verification.models import Fact
from verification.verdicts import needs_review, story_text


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
