"""What verdicts and reviews mean (verification.verdicts), as one table: for every verdict, review status and
flag, whether the fact is undecided, settled and shown to readers, and what readers are told; the querysets
(Fact.objects.undecided() / .public()) pick exactly the rows the table says."""

import pytest

from core.models import ReviewStatus, Verdict
from stories.models import Story
from verification import verdicts
from verification.models import Fact

C, X, S = Verdict.CORROBORATED, Verdict.CONFLICTING, Verdict.SINGLE_SOURCE
PENDING, APPROVED, REJECTED, SOURCING = (
    ReviewStatus.PENDING,
    ReviewStatus.APPROVED,
    ReviewStatus.REJECTED,
    ReviewStatus.NEEDS_SOURCING,
)

# verdict, review status, flagged -> undecided, settled, public, (label readers read, ClaimReview rating)
TABLE = [
    (C, PENDING, False, False, False, True, ("Corroborated", 3)),
    (C, APPROVED, False, False, True, True, ("Corroborated", 3)),
    (S, PENDING, False, False, False, True, ("Single source", 2)),  # not stated by the text: no flag
    (S, PENDING, True, True, False, False, ("Single source", 2)),  # stated, waiting for a reviewer
    (S, SOURCING, True, True, False, False, ("Single source", 2)),  # asked for sourcing: still waiting
    (S, APPROVED, True, False, True, True, ("Single source", 2)),
    (S, REJECTED, True, False, False, True, ("Rejected on review", 1)),
    (X, PENDING, True, True, False, False, ("Disputed: sources differ", 1)),
    (X, SOURCING, True, True, False, False, ("Disputed: sources differ", 1)),
    (X, APPROVED, True, False, True, True, ("Disputed: sources differ", 1)),
    (X, REJECTED, True, False, False, True, ("Rejected on review", 1)),
    (X, REJECTED, False, False, False, True, ("Rejected on review", 1)),  # decided, then unflagged by an edit
]


@pytest.mark.parametrize("verdict, status, flagged, undecided, settled, public, told", TABLE)
def test_what_a_verdict_and_its_review_mean(verdict, status, flagged, undecided, settled, public, told):
    assert verdicts.is_undecided(flagged=flagged, review_status=status) is undecided
    assert verdicts.is_settled(review_status=status) is settled
    assert verdicts.is_public(flagged=flagged, review_status=status) is public
    shown = verdicts.public_verdict(verdict=verdict, review_status=status)
    assert (shown.label, shown.rating) == told


@pytest.mark.django_db
def test_the_querysets_pick_the_rows_of_the_table():
    story = Story.objects.create(title="Verdicts", slug="verdicts")
    undecided, public = set(), set()
    for n, (verdict, status, flagged, is_undecided, _, is_public, _) in enumerate(TABLE):
        fact = Fact.objects.create(
            story=story,
            key=f"k{n}",
            kind="number",
            slot=f"s{n}",
            verdict=verdict,
            review_status=status,
            flagged=flagged,
        )
        if is_undecided:
            undecided.add(fact.pk)
        if is_public:
            public.add(fact.pk)
    assert set(Fact.objects.undecided().values_list("pk", flat=True)) == undecided
    assert set(Fact.objects.public().values_list("pk", flat=True)) == public


@pytest.mark.parametrize(
    "verdict, text, expected",
    [
        (Verdict.CONFLICTING, "", True),
        (Verdict.CORROBORATED, "grab will invest s$300 million", False),
        (Verdict.SINGLE_SOURCE, "the ride-hailing firm opened its fourth office", True),
        (Verdict.SINGLE_SOURCE, "grab invests in singapore", False),
        (Verdict.SINGLE_SOURCE, "it opened 4 offices", False),  # a value under three characters proves nothing
    ],
)
def test_needs_review(verdict, text, expected):
    values = ["fourth office", "4"] if verdict == Verdict.SINGLE_SOURCE else ["S$300 million"]
    assert verdicts.needs_review(verdict, values, text) is expected
