"""Verification app models, one module per concern."""

from .claims import Claim
from .facts import Fact, FactQuerySet, ReviewDecision
from .published import PublishedFact
from .runs import RunChunk, VerificationRun

__all__ = [
    "Claim",
    "Fact",
    "FactQuerySet",
    "PublishedFact",
    "ReviewDecision",
    "RunChunk",
    "VerificationRun",
]
