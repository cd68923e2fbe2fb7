"""The verdict on one aligned fact, with a confidence and the evidence an explanation needs.

- ``conflicting``: two sources state incompatible values (numbers outside tolerance after unit, scale and
  currency normalisation; lists naming different items or contradicting a declared count; different
  dates, ordinals, roles, directions).
- ``corroborated``: two or more independent sources state it and none contradicts it.
- ``single_source``: one independent source (repeats in one article, and copies of one article, count once).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from .align import AlignedFact, Statement
from .claims import Document
from .compare import NUMERIC, ComparisonContext, ListDiff, agree, diff_lists, usd_central, view
from .copies import copied_sentences, independent_groups
from .rates import RateTable

CORROBORATED, CONFLICTING, SINGLE = "corroborated", "conflicting", "single_source"


@dataclass
class Decision:
    verdict: str
    confidence: float
    currency: str  # money compared in this currency ("" otherwise)
    on: date | None  # the date conversions used
    statements: dict[str, Statement]  # doc key -> its statement
    agreeing: list[list[str]]  # docs grouped by mutually agreeing values
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    list_diffs: dict[tuple[str, str], ListDiff] = field(default_factory=dict)
    independent: list[list[str]] = field(default_factory=list)
    dependent: list[tuple[str, str, str]] = field(default_factory=list)  # (a, b, reason)


def _reference_currency(st: list[Statement]) -> str:
    counts = Counter(
        (c.value.get("currency") or "").upper()
        for s in st
        for c in s.claims
        if isinstance(c.value, dict) and c.value.get("currency")
    )
    if not counts:
        return ""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _stated(stmt: Statement, currency: str):
    """The claim a statement is best compared by: one in the reference currency if it has one. An amount
    an outlet restates in brackets is compared through the amount it restates, which carries it as a
    second reading (compare.agree_numbers), never as a figure of its own."""
    stated = [c for c in stmt.claims if not (isinstance(c.extra, dict) and c.extra.get("restates"))] or stmt.claims
    for c in stated:
        if not currency or (c.value.get("currency") or "").upper() == currency:
            return c
    return stated[0]


def merged_list(stmt: Statement) -> dict:
    """What one article's list statement says in all: the union of its items (a summary may name fewer),
    its declared count, partial only when every mention is."""
    values = [view(c) for c in stmt.claims]
    items = sorted({str(i) for v in values for i in v.get("items") or ()})
    counts = [v["declared_count"] for v in values if v.get("declared_count") is not None]
    return {
        "items": items,
        "declared_count": max(counts) if counts else None,
        "partial": all(v.get("partial") for v in values),
    }


def _story_date(docs: dict[str, Document], keys) -> date | None:
    ds = [docs[k].published for k in keys if k in docs and docs[k].published]
    return max(ds) if ds else None


@dataclass
class _Compared:
    """What each pair of a fact's sources states against the other."""

    conflicts: list[tuple[str, str]] = field(default_factory=list)
    list_diffs: dict[tuple[str, str], ListDiff] = field(default_factory=dict)
    unknown: int = 0  # pairs whose values cannot be compared
    gaps: list[float] = field(default_factory=list)  # how far apart each conflicting pair's figures are (relative)


def decide(
    fact: AlignedFact,
    docs: dict[str, Document],
    doc_dependencies: dict[frozenset[str], str],
    rates: RateTable,
    *,
    story_date: date | None = None,
) -> Decision:
    """The verdict on one fact: which of its sources depend on each other, what each pair of them states against
    the other, and so the verdict and how its sources group by agreement."""
    statements = {s.doc: s for s in fact.statements}
    keys = sorted(statements)
    on = _story_date(docs, keys) or story_date
    currency = _reference_currency(fact.statements) if fact.kind == "money" else ""
    ctx = ComparisonContext(rates=rates, on=on, currency=currency or "USD")
    dependent = _dependent_pairs(statements, docs, doc_dependencies)
    independent = independent_groups(keys, {frozenset((a, b)) for a, b, _ in dependent})
    compared = _compare_pairs(fact.kind, statements, currency, ctx)
    verdict, confidence = _verdict(fact, compared, independent=len(independent), sources=len(keys))
    agreeing = _agreeing_groups(keys, compared.conflicts)
    return Decision(
        verdict,
        confidence,
        currency,
        on,
        statements,
        agreeing,
        compared.conflicts,
        compared.list_diffs,
        independent,
        dependent,
    )


def _dependent_pairs(
    statements: dict[str, Statement], docs: dict[str, Document], doc_dependencies: dict[frozenset[str], str]
) -> list[tuple[str, str, str]]:
    """The pairs of a fact's sources that are not independent, with why: as their articles are, or else for a
    sentence of the fact that both write."""
    dependent = []
    for a, b in combinations(sorted(statements), 2):
        reason = doc_dependencies.get(frozenset((a, b)))
        if reason is None:
            sentences_a, sentences_b = _sentences(statements[a], docs), _sentences(statements[b], docs)
            if any(copied_sentences(x, y) for x in sentences_a for y in sentences_b):
                reason = "the same sentence"
        if reason:
            dependent.append((a, b, reason))
    return dependent


def _sentences(stmt: Statement, docs: dict[str, Document]) -> list[str]:
    """The sentences of a statement's claims (none where its article is not at hand)."""
    if stmt.doc not in docs:
        return []
    return [docs[stmt.doc].text[c.sentence_start : c.sentence_end] for c in stmt.claims]


def _compare_pairs(kind: str, statements: dict[str, Statement], currency: str, ctx: ComparisonContext) -> _Compared:
    """Each pair of sources compared by the claims they are best compared by (:func:`_stated`), a list by all
    its items."""
    compared = _Compared()
    for a, b in combinations(sorted(statements), 2):
        claim_a, claim_b = _stated(statements[a], currency), _stated(statements[b], currency)
        if kind == "list":
            diff = diff_lists(merged_list(statements[a]), merged_list(statements[b]))
            agreed = diff.agree
            if not agreed:
                compared.list_diffs[(a, b)] = diff
        else:
            agreed = agree(kind, view(claim_a), view(claim_b), ctx)
        if agreed is None:
            compared.unknown += 1
        elif not agreed:
            compared.conflicts.append((a, b))
            if kind in NUMERIC:
                usd_a, usd_b = usd_central(claim_a.value, ctx), usd_central(claim_b.value, ctx)
                if usd_a and usd_b and usd_a > 0 and usd_b > 0:
                    compared.gaps.append(max(usd_a, usd_b) / min(usd_a, usd_b) - 1)
    return compared


def _verdict(fact: AlignedFact, compared: _Compared, *, independent: int, sources: int) -> tuple[str, float]:
    """The verdict and its confidence: conflicting the surer the further apart the figures, corroborated the
    surer the more independent sources."""
    if compared.conflicts:
        verdict = CONFLICTING
        if compared.gaps:
            confidence = 0.6 + 0.35 * min(1.0, max(compared.gaps) / 0.5)
        elif fact.kind == "list":
            confidence = 0.75
        else:
            confidence = 0.7
    elif independent >= 2:
        verdict = CORROBORATED
        confidence = 1.0 - 0.5**independent  # 2 sources 0.75, 3 sources 0.875, ...
        if compared.unknown:
            confidence -= 0.15
    else:
        verdict = SINGLE
        confidence = 0.9 if sources == 1 else 0.8
    worth = [c.checkworthiness for s in fact.statements for c in s.claims]
    if worth and max(worth) < 0.3:
        confidence *= 0.9  # soft statements are less certain either way
    return verdict, round(max(0.05, min(0.99, confidence)), 2)


def _agreeing_groups(keys: list[str], conflicts: list[tuple[str, str]]) -> list[list[str]]:
    """The sources grouped by agreement, greedily in key order: each joins the first group none of whose
    sources it conflicts with."""
    agreeing: list[list[str]] = []
    bad = {frozenset(p) for p in conflicts}
    for k in keys:
        for g in agreeing:
            if all(frozenset((k, o)) not in bad for o in g):
                g.append(k)
                break
        else:
            agreeing.append([k])
    return agreeing
