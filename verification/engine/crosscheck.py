"""Cross-check one story: align its claims into facts, decide each verdict, explain it.

``cross_check`` is the one function the Django layer calls per story. Every claim of the story ends in
exactly one :class:`CheckedFact` (single-source facts included), and so does every mention the story reads
as what another report names (story_names.read_by_story: the Django layer stores it with its article's
claims); fact keys are stable across runs and input order, so a reviewer's decision can follow a fact
through a re-run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .align import (
    Places,
    StoryPlaces,
    align_claims,
    counted_in_towns,
    figures_of_other_years,
    in_serious_condition,
    one_name_per_organisation,
    story_places,
    story_round,
)
from .claims import Claim, Document
from .clock import zones_learned
from .compare import ComparisonContext
from .copies import dependent_documents
from .decide import decide
from .explain import explain
from .listcues import mark_partial
from .pairjoin import JoinModel
from .rates import RateTable, default_rates
from .redate import join_event_day, redate, story_date
from .sanitize import clean_claim
from .story_names import acronyms_across_reports, names_across_reports


@dataclass
class CheckedFact:
    key: str  # stable: derived from what the fact is about
    kind: str
    slot: str
    subject: str
    verdict: str  # corroborated | conflicting | single_source
    confidence: float  # 0..1, in the verdict
    explanation: str
    members: list[tuple[str, Claim]] = field(default_factory=list)  # (document key, claim)
    independent_sources: int = 0
    dependent_pairs: list[tuple[str, str, str]] = field(default_factory=list)  # (doc, doc, reason)
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # pairs of documents that disagree

    @property
    def sources(self) -> list[str]:
        return sorted({k for k, _ in self.members})


def cross_check(
    docs: list[Document],
    claims_by_doc: dict[str, list[Claim]],
    *,
    rates: RateTable | None = None,
    joins: JoinModel | None = None,
) -> list[CheckedFact]:
    """Facts of one story (``docs``), sorted by key. ``joins``: the pair scorer alignment uses (by default the
    learned one)."""
    rates = rates or default_rates()
    by_key = {d.key: d for d in docs}
    when: date | None = story_date(docs)
    claims, original = _cleaned_claims(by_key, claims_by_doc, when)
    # the places each article names itself: no story pass changes them (those names_across_reports reads tell no town)
    places = story_places(claims)
    claims = _read_across_the_story(by_key, claims, original, places, when)
    return _checked_facts(by_key, claims, original, places.own, rates, joins, when)


def _cleaned_claims(
    by_key: dict[str, Document], claims_by_doc: dict[str, list[Claim]], when: date | None
) -> tuple[dict[str, list[Claim]], dict[int, Claim]]:
    """Each story article's claims cleaned, and the claim each cleaned one was made from (by ``id``): a fact's
    members are the stored claims, not the engine's rewritten copies."""
    original: dict[int, Claim] = {}
    claims: dict[str, list[Claim]] = {}
    for k, v in claims_by_doc.items():
        if k not in by_key or not v:
            continue
        for c in v:
            cleaned = mark_partial(redate(clean_claim(c), by_key[k], when), by_key[k])
            original[id(cleaned)] = c
            claims.setdefault(k, []).append(cleaned)
    return claims, original


def _read_across_the_story(
    by_key: dict[str, Document],
    claims: dict[str, list[Claim]],
    original: dict[int, Claim],
    places: StoryPlaces,
    when: date | None,
) -> dict[str, list[Claim]]:
    """The claims as the story's other reports read them; ``original`` learns the stored claim of each new one."""
    story_passes = (
        join_event_day,  # the story's day told with a verb joins the day no verb names
        story_round,
        lambda cs: names_across_reports(by_key, cs),  # a name one report reads as a thing is one in every report
        lambda cs: acronyms_across_reports(by_key, cs),  # "AD" and "Alianza Democrática": one actor, the acronym
        one_name_per_organisation,  # an organisation's forms under one name across reports
        lambda cs: counted_in_towns(by_key, cs, places),  # a toll counted in a town is that town's
        lambda cs: in_serious_condition(by_key, cs),  # the seriously injured are a figure of their own
        lambda cs: figures_of_other_years(cs, when),  # a toll or size in a sentence of a past year: another event's
        zones_learned,  # "16:10 local time (07:10 GMT)": the story's local times in UTC
    )
    for story_pass in story_passes:
        passed = story_pass(claims)
        for k, cs in passed.items():
            own = claims.get(k, [])
            original.update({id(new): original[id(old)] for new, old in zip(cs, own)})
            # a claim a pass adds after an article's own (names_across_reports) is its own original
            original.update({id(new): new for new in cs[len(own) :]})
        claims = passed
    return claims


def _checked_facts(
    by_key: dict[str, Document],
    claims: dict[str, list[Claim]],
    original: dict[int, Claim],
    places: Places,
    rates: RateTable,
    joins: JoinModel | None,
    when: date | None,
) -> list[CheckedFact]:
    """The claims aligned into facts, each with its verdict, explanation and stored claims."""
    ctx = ComparisonContext(rates=rates, on=when)
    dependencies = dependent_documents([by_key[k] for k in sorted(claims)])
    out = []
    for fact in align_claims(by_key, claims, ctx, places, joins=joins):
        decision = decide(fact, by_key, dependencies, rates, story_date=when)
        out.append(
            CheckedFact(
                key=fact.key,
                kind=fact.kind,
                slot=fact.slot,
                subject=fact.subject,
                verdict=decision.verdict,
                confidence=decision.confidence,
                explanation=explain(fact, decision, by_key, rates),
                members=[(k, original[id(c)]) for k, c in fact.members],
                independent_sources=len(decision.independent),
                dependent_pairs=decision.dependent,
                conflicts=decision.conflicts,
            )
        )
    return out
