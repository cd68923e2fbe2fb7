"""The claim engine's data contract: what goes in (a Document) and what comes out (a Claim).

Plain Python, no Django. Every other engine module and the Django layer speak these types.

Normalised values (``Claim.value``) are JSON-serialisable dicts, one shape per kind:

- numbers (``money``, ``count``, ``percent``): an interval with its qualifier
  ``{"low": float|None, "high": float|None, "qualifier": "exact|about|over|under|at_least|up_to|range",
    "unit": str}`` plus ``"currency": "SGD"`` (ISO 4217) for money. ``low``/``high`` are the bounds the
  words allow ("over 200" -> low=200, high=None; "about 234" -> 234 with qualifier "about"; "five to 10" ->
  5..10). ``unit`` is a language-independent noun key for counts ("jobs", "people", "offices", "users").
  ``"point": True`` marks a figure of an event that grows (a toll): "at least 62" is the count known
  then, compared as about 62, so a later "95" is a changed figure, not a compatible bound.
- ``date``: ``{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD", "granularity": "day|month|year|period",
  "resolved": bool, "relative": bool}`` (a closed range; unresolved relative dates keep ``resolved`` False
  and carry no start/end).
- ``relation`` (partner, investor, owner, founded, hosted_at, ...), ``place``: ``{"entity": key,
  "name": display name, "type": "org|person|place|event|product"}`` plus ``"relation"`` for relations.
- ``role``: ``{"person": key, "name": display name, "role": role key, "org": key}``.
- ``list``: ``{"items": [sorted item keys], "declared_count": int|None}``.
- ``ranking``: ``{"ordinal": int|None, "of_total": int|None, "category": key, "scope": key}`` ("first lab
  outside the United States" -> ordinal 1, category "lab", scope "outside:us"; "one of four offices" ->
  ordinal None, of_total 4).
- ``quote``: ``{"speaker": key, "name": display name, "words": str}``.
- ``change``: ``{"direction": "up|down", "factor": float|None, "since": str|None}``.
- ``measure``: a number with a unit of measure, as ``count`` but ``unit`` names the dimension ("duration",
  "length", "magnitude") and ``low``/``high`` are in its base unit (days, metres), so "2 years" = "24 months";
  a duration carries ``said_in``, the days of the unit it was told in (7.0 for "seven weeks").
- ``time``: a time of day ``{"minutes": int (after midnight, as written), "zone": "UTC"|"EDT"|"America/New_York"|""}``,
  with ``"utc"`` (minutes after midnight UTC) where the zone is known (cross-checking adds it where a report of the
  story restates the time, or another in its zone, in a known one: clock.zones_learned), ``"local": True`` for "local time",
  ``"earliest"``/``"latest"`` (minutes) for "around", "shortly after".
- ``score``: a match result ``{"high": int, "low": int}`` ("3-1" and "1-3" are one result told from either side).
- Every number's ``slot`` is its concept (frames.py): "deaths", "seats", "sentence", "investment.amount".

Extraction specifics (verification/engine/extract.py): money values also carry ``"assumed": True`` and
``"currency_basis": "hint|context|default"`` when the currency was a bare "$"; dates carry ``"spec"`` (what
the words say, to resolve later) and ``"qualifier"`` (before|after|since|by) when bounded; ``slot == ""``
is never emitted. ``extra`` may hold ``"cue"`` (the word that set the slot), ``"date_context"`` (a date
in the same sentence, informative only), ``"scope_of"`` (the place an office/lab opening is about:
distinguishing), ``"restates"`` ([start, end] of the amount a parenthetical conversion restates) and
``"multi_valued": True`` (partners, investors, offices, quotes: one subject may have many).

Entity keys are casefolded, accent-free, language-independent (``"singapore"`` for Singapur/Singapour,
``"us"`` for the United States / the US / USA / Vereinigte Staaten).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

KINDS = (
    "money",
    "count",
    "percent",
    "date",
    "relation",
    "role",
    "place",
    "list",
    "ranking",
    "quote",
    "change",
    "measure",
    "score",
    "time",
)


@dataclass(frozen=True, slots=True)
class Document:
    """One source article as the engine sees it."""

    key: str  # the caller's identifier, opaque to the engine (an article id)
    text: str  # cleaned text: dek + body; all offsets point into it
    language: str = ""  # ISO 639-1, "" when unknown
    published: date | None = None  # anchors relative dates ("last year", "Wednesday")
    publisher: str = ""  # outlet name, used in explanations and for the currency of a bare "$"
    title: str = ""
    currency_hint: str = ""  # ISO code a bare "$" means for this outlet/story, "" when unknown
    # how explanations refer to it where its publisher does not tell it apart ("article 105"); the key when ""
    reference: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable statement found in a Document."""

    kind: str  # one of KINDS
    slot: str  # what is stated, language-independent: "investment.amount", "jobs.count", ...
    subject: str  # entity key of who/what it is about ("openai"), "" when unknown
    value: dict  # normalised value, shape per kind (module docstring)
    start: int  # value span: text[start:end] is exactly ``text``
    end: int
    text: str
    sentence_start: int  # the sentence that carries the claim
    sentence_end: int
    checkworthiness: float = 0.5  # 0..1: hard facts high, opinion and background low
    extra: dict = field(default_factory=dict)  # anything else worth showing a reviewer (matched cue words, ...)


def names_only(kind: str, slot: str, subject: str, value: dict) -> bool:
    """A claim that names someone, something or somewhere and states nothing of them: a place named with no subject
    and no relation ("Asia"), a person named with no role, an organisation, product or vehicle the story names with
    what it is to the story and no subject ("Operator: PSA Airlines", detect/organisations.py). It tells who or what
    a story is about; on its own it is no statement to cite (the facts that say something of the name bring its
    sentence), nor a sign that two stories are one event."""
    return (
        (not subject and slot == kind)
        or (kind == "role" and not value.get("role") and not value.get("org"))
        or organisation_named(kind, subject)
    )


def organisation_named(kind: str, subject: str) -> bool:
    """A claim of an organisation, product or vehicle the story names (detect/organisations.py): a relation with
    no subject."""
    return kind == "relation" and not subject
