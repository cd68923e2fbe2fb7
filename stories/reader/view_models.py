"""What the story page shows, as plain view models built from a story loaded by selectors.reader_story.

Nothing here runs a query or builds HTML: the templates under templates/reader/ render these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.utils.safestring import SafeString
from django.utils.translation import get_language_info

from core.checking import fact_checking
from core.claim_values import cited_sources, named, subject_as_written, value_key
from core.models import ReviewStatus, Verdict

from .text import highlighted_sentence, plain_sentence

UNNAMED_OUTLET = "Unnamed outlet"


# The heading of each verdict's group of facts, in the order the page shows them (by the public verdict's
# css class: what each verdict means and how it is labelled lives in verification.verdicts).
GROUPS = (
    ("corroborated", "Corroborated by two or more sources"),
    ("conflicting", "Disputed: the sources differ"),
    ("single", "Stated by a single source"),
    ("rejected", "Rejected on review"),
)


def language_name(code: str) -> str:
    if not code:
        return "Unknown"
    try:
        return get_language_info(code)["name"]
    except KeyError:
        return code


def _origin_url(origin: str) -> str | None:
    origin = (origin or "").strip()
    return origin if origin.lower().startswith(("https://", "http://")) and " " not in origin else None


@dataclass
class SourceView:
    number: int
    article: object
    name: str  # the outlet it is cited under
    language: str
    origin_url: str | None  # a link when the origin is a web address; a file name is never shown

    @property
    def anchor(self) -> str:
        return f"source-{self.number}"

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def origin_label(self) -> str:
        url = (self.origin_url or "").split("://", 1)[-1]
        return url if len(url) <= 60 else url[:59] + "…"


@dataclass
class Statement:
    source: SourceView
    value: str
    sentence: SafeString
    plain: str
    key: str  # the normalised value, as compared
    group: str = ""  # for disputed facts: sources with the same letter give the same value


CELL_TEXT = {
    "agrees": "states it, in agreement",
    "differs": "gives value {group}",
    "single": "the only source",
    "silent": "does not mention it",
}


@dataclass
class Cell:
    source: SourceView
    state: str  # agrees | differs | single | silent
    group: str = ""
    value: str = ""

    @property
    def described(self) -> str:
        return CELL_TEXT[self.state].format(group=self.group)

    @property
    def text(self) -> str:
        return f"{self.described}: {self.value}" if self.value else self.described


@dataclass
class FactView:
    fact: object
    label: str
    style: object  # its public verdict: label, word, symbol, css, rating (verification.verdicts)
    statements: list[Statement]
    note: str
    decided_at: datetime | None
    cells: list[Cell] = field(default_factory=list)
    explanation: str = ""  # the check's explanation, its sources named as the page cites them

    @property
    def anchor(self) -> str:
        return f"fact-{self.fact.id}"

    @property
    def rejected(self) -> bool:
        return self.fact.review_status == ReviewStatus.REJECTED

    @property
    def found_by_check(self) -> str:
        """For a rejected fact: what the cross-check had found."""
        return fact_checking().public.verdict(verdict=self.fact.verdict, review_status=ReviewStatus.APPROVED).word


@dataclass
class FactGroup:
    css: str
    heading: str
    symbol: str
    facts: list[FactView]


def build_sources(articles, names: dict[int, str]) -> list[SourceView]:
    return [
        SourceView(i, a, names.get(a.pk) or UNNAMED_OUTLET, language_name(a.language), _origin_url(a.origin))
        for i, a in enumerate(articles, start=1)
    ]


def _cells(fact, statements: list[Statement], sources: list[SourceView]) -> list[Cell]:
    """One cell per source; a disputed fact's letters go to distinct values in source order (A, B, C)."""
    first = {}
    for st in statements:
        first.setdefault(st.source.number, st)
    letters: dict[str, str] = {}
    cells = []
    for source in sources:
        st = first.get(source.number)
        if st is None:
            cells.append(Cell(source, "silent"))
        elif fact.verdict == Verdict.CORROBORATED:
            cells.append(Cell(source, "agrees", value=st.value))
        elif fact.verdict == Verdict.CONFLICTING:
            letter = letters.setdefault(st.key, chr(ord("A") + min(len(letters), 25)))
            cells.append(Cell(source, "differs", letter, st.value))
        else:
            cells.append(Cell(source, "single", value=st.value))
    for st in statements:  # every statement of a source gets its value's letter, also a source's second one
        if fact.verdict == Verdict.CONFLICTING:
            st.group = letters.setdefault(st.key, chr(ord("A") + min(len(letters), 25)))
    return cells


def build_facts(facts, sources: list[SourceView], language: str = "en") -> list[FactView]:
    by_article = {s.article.pk: s for s in sources}
    views = []
    for fact in facts:
        note, decided_at = fact.notes[0] if fact.notes else ("", None)
        statements = []
        claims = [c for c in fact.claims if c.article_id in by_article]  # not one moved away or archived since
        for claim in claims:
            source = by_article[claim.article_id]
            statements.append(
                Statement(
                    source,
                    claim.text,
                    highlighted_sentence(source.text, claim),
                    plain_sentence(source.text, claim),
                    value_key(claim),
                )
            )
        style = fact_checking().public.verdict(verdict=fact.verdict, review_status=fact.review_status)
        about = subject_as_written(
            fact.subject, [st.plain for st in statements] + [st.source.text for st in statements]
        ) or named([(c.value, by_article[c.article_id].article.language) for c in claims], language)
        label = fact_checking().public.label(fact.slot, language) + (f": {about}" if about else "")
        view = FactView(fact, label, style, statements, note, decided_at)
        view.explanation = cited_sources(
            fact.explanation, {pk: f"[{s.number}] {s.name}" for pk, s in by_article.items()}
        )
        view.cells = _cells(fact, statements, sources)
        views.append(view)
    _tell_apart(views, language)
    return sorted(views, key=lambda v: v.label.casefold())  # by what readers read: "Deaths" rows together


def _tell_apart(views: list[FactView], language: str) -> None:
    """Facts that would read alike ("Deaths", "Deaths") get the values they state in their label: "Deaths
    (72 people)", "Deaths (48 people / 65 people)"; as a source in the story's language writes them first."""
    alike: dict[str, list[FactView]] = {}
    for view in views:
        alike.setdefault(view.label, []).append(view)
    for group in alike.values():
        if len(group) < 2:
            continue
        for view in group:
            ordered = sorted(view.statements, key=lambda st: st.source.article.language != language)
            values = list(dict.fromkeys(" ".join(st.value.split()) for st in ordered if st.value.strip()))
            values = [v for v in values if v.casefold() not in view.label.casefold()]  # "Role: X (X)" says nothing
            if values:
                view.label += f" ({' / '.join(values[:2])}{' …' if len(values) > 2 else ''})"


def group_facts(facts: list[FactView]) -> list[FactGroup]:
    """The facts by public verdict, corroborated first; empty groups left out."""
    groups = []
    for css, heading in GROUPS:
        members = [f for f in facts if f.style.css == css]
        if members:
            groups.append(FactGroup(css, heading, members[0].style.symbol, members))
    return groups


def last_updated(story):
    """When readers should see the story as updated: its last change or correction, if after publication."""
    candidates = [story.updated_at, *(c.created_at for c in story.reader_corrections)]
    latest = max((c for c in candidates if c), default=None)
    if latest and story.published_at and latest > story.published_at + timedelta(minutes=1):
        return latest
    return None
