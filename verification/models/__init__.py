"""Verification app models, one module per concern."""

from .claims import Claim
from .facts import Fact, FactQuerySet, ReviewDecision
from .runs import RunChunk, VerificationRun

__all__ = [
    "Claim",
    "Fact",
    "FactQuerySet",
    "ReviewDecision",
    "RunChunk",
    "VerificationRun",
]
