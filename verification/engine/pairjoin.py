"""The pair scorer: whether two facts of one story that the alignment's rules leave apart are one fact.

The rules of :mod:`.align` join what they can tell is one thing; a figure two reports give under two concepts,
two subjects or two qualifiers stays as two facts ("más de 40 muertes" and "mindestens 34 Menschen" counted in
one town; "33,2 Prozent" for "Rassemblement national" and "33,2%" for "RN" told with another qualifier). This
module scores such a pair from what the two facts' claims say (:data:`FEATURES`, computed by
``align._pair_features``) with a logistic regression learned from the tuning parts of the evaluation corpus
(``python -m eval.train_joins``, ``make train-joins``); its weights are a data file beside this
module (join_weights.json), read once. Alignment joins a pair whose probability reaches the file's threshold where
neither fact has another such partner: a join of values that disagree makes a conflict, so the threshold is chosen
on parts the model did not learn from, weighing a false conflict heavily.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from learning.logistic import predict

from .frames import lemma

WEIGHTS_FILE = Path(__file__).with_name("join_weights.json")

# what the scorer reads of a pair of facts, each a number from 0 to 1 (align._pair_features)
FEATURES = (
    "same_concept",  # both facts name one concept (deaths, seats, vote share)
    "guessed",  # the concept of either is a guess (no word named what the figure counts)
    "unframed",  # either counts a noun no frame knows ("things") or a place in a series
    "same_unit",  # one unit (percentages and points count as one)
    "agree",  # every value of one agrees with every value of the other
    "disagree",  # some value of one contradicts one of the other
    "value_gap",  # how far apart their central values are (0 equal, 1 a factor of three or more)
    "same_value",  # their central values are one number (within half a percent)
    "exact",  # every figure of both is written as exact (no "about", no range)
    "ranges",  # every figure of both is a range ("172-192 seats", "172 bis 192 Sitzen")
    "distinctive",  # every figure of both has three or more digits
    "one_actor",  # some statement of each names one actor (SubjectMatcher.of_statements 1.0: a subject or a side)
    "agreeing_actor",  # one actor, and every value agrees
    "actors_apart",  # the subjects are different actors (SubjectMatcher 0.0 for every pair named)
    "no_subject",  # either fact names no actor (no subject, no side that counted it: align._actor_named)
    "qualifiers_differ",  # their qualifiers (time, scope, addition, stage...) differ
    "context_overlap",  # shared content lemmas around their figures (Jaccard), in one language
    "one_language",  # some statement of each is in the same language
    "lone",  # either fact is one report's
    "rivals",  # how many other candidates either fact has (0 none, 1 four or more)
    # of the story as a whole (align._story_features)
    "close",  # how close their central values are (1 equal, 0 about 12 % apart or more)
    "close_disagreeing",  # as close, where some value of one contradicts one of the other and neither is guessed
    "spread_gap",  # their values' distance over the spread of the story's figures of their concepts (1: all of it)
)

CONTEXT_REACH = 60  # characters each side of a figure whose words tell what it is about
_WORD = re.compile(r"[^\W\d_]{4,}")  # content words: short words are mostly articles and prepositions


@dataclass
class JoinModel:
    """Weights, bias and the probability a pair must reach to join."""

    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, x: list[float]) -> float:
        return predict(self.weights, self.bias, x)

    def joins(self, features: list[float], fact, other) -> bool:
        """Whether two facts (align.AlignedFact) the pair scorer reads as ``features`` are one. The facts themselves
        are for a model that keeps the pairs it is shown (training's recorder, eval/train_joins.py)."""
        return self.probability(features) >= self.threshold

    @classmethod
    def from_data(cls, data: dict) -> JoinModel:
        """A model from the weights file's contents; a file of other features than this engine's is refused."""
        if tuple(data.get("features", ())) != FEATURES:
            raise ValueError("the join weights were learned for other features: train them again (make train-joins)")
        return cls(tuple(float(w) for w in data["weights"]), float(data["bias"]), float(data["threshold"]))

    @classmethod
    def rules_only(cls) -> JoinModel:
        """A model that joins nothing (no probability reaches its threshold): the alignment's rules alone."""
        return cls((0.0,) * len(FEATURES), 0.0, 2.0)


@cache
def default_model() -> JoinModel:
    """The learned model (join_weights.json), read once."""
    return JoinModel.from_data(json.loads(WEIGHTS_FILE.read_text(encoding="utf-8")))


def context_lemmas(text: str, start: int, end: int, sentence_start: int, lang: str) -> frozenset[str]:
    """The lemmas of the content words around a figure, inside its sentence's start."""
    window = text[max(sentence_start, start - CONTEXT_REACH) : start] + " " + text[end : end + CONTEXT_REACH]
    return frozenset(lemma(w, lang) for w in _WORD.findall(window.casefold()))


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard overlap of two sets of lemmas (0 where either is empty)."""
    return len(a & b) / len(a | b) if a and b else 0.0
