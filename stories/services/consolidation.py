"""Draft a story's consolidated text from its facts, in the story's language, with numbered citations.

The draft is written in the story's language (the editor picks it; by default the language most of its
sources share). It says nothing the sources do not, in three parts:

1. corroborated facts, stated plainly and cited to every source that states them;
2. single-source facts, attributed to their outlet ("…, according to Straits Wire [2].");
3. "Sources differ on …: A reports X [1]; B reports Y [2]." for conflicting facts a reviewer has not settled
   (a settled one is stated as the value most sources give, with the others).

A fact is stated by a sentence of a source in the story's language when one carries it and reads as
reporting: not a heading, a question, a call to action or promotion (stories.drafting holds the words
per language). Otherwise, and always for a source in another language (never pasted), it is stated from
its normalised value in the story's language. Rejected facts are left out, and so is every sentence that
carries a rejected value. Citations are Markdown links ``[[1]](#source-1)`` to the reader page's one
list of sources (the draft has no list of its own); outlets are named as stories.services.outlets finds
them, and a source without one stops the draft.

Regenerating never silently overwrites an editor's work: when the body differs from the last generated
one, the editor's body stays, the new draft goes to ``generated_body`` and the difference is returned.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal, get_currency_symbol
from django.db import transaction

from core.checking import fact_checking, story_text_changed
from core.claim_values import subject_as_written, value_key
from core.errors import ActionConflict, InvalidAction
from core.models import ReviewStatus, Verdict
from stories.drafting import LANGUAGES, tables
from stories.models import Article, Story
from stories.services.editing import record_revision, text_diff
from stories.services.outlets import outlet_names, story_outlet_problem
from stories.workflow import check_edit, current_story

_SPACE = re.compile(r"\s+")
_GENERATED_DEK = re.compile(r"^\d+ facts checked across \d+ sources: [^\n]*$")
_WORD = re.compile(r"[\w'-]+", re.UNICODE)
# A sentence that ends without closing punctuation is a heading or a label, not reporting.
_CLOSED = re.compile(r"[.!…\"”»’')]$")
SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
# A fact no source's sentence states in the story's language is stated as "Label: value" only when the engine
# rated one of its claims at least this worth checking, its default rating (a count of things or a year some
# record dates from, rated lower, say little alone; the reader page shows them).
BARE_VALUE_WORTH = 0.5
PARAGRAPH_SENTENCES = 3


@dataclass
class DraftText:
    title: str
    dek: str
    body: str
    language: str = "en"


@dataclass
class ConsolidationResult:
    story: Story
    replaced: bool  # the body was rewritten; False when the editor's text was kept
    diff: list[str] = field(default_factory=list)  # editor's body → new draft, when kept

    @property
    def message(self) -> str:
        if self.replaced:
            return "The consolidated text was drafted from the story's facts."
        return (
            "The text has been edited since it was generated, so it was kept; the new draft is stored "
            "beside it. Compare them below and take over what you need."
        )


# --- the story's language -------------------------------------------------------------------------------
def story_language(*, story: Story, articles: list[Article]) -> str:
    """The language the draft is written in: the editor's pick, else the one most sources share (ties: the
    first source's), else English."""
    if story.language:
        return story.language
    counts = Counter(a.language for a in articles if a.language in LANGUAGES)
    if not counts:
        return "en"
    best = max(counts.values())
    return next(a.language for a in articles if counts.get(a.language) == best)


# --- values in words, from the normalised value -----------------------------------------------------------
def _number(x: float, language: str) -> str:
    for size, word in SCALES:
        if abs(x) >= size:
            return f"{format_decimal(x / size, format='#,##0.##', locale=language)} {_SCALE_WORDS[language][word]}"
    return format_decimal(x, format="#,##0.##", locale=language)


_SCALE_WORDS = {
    "en": {"trillion": "trillion", "billion": "billion", "million": "million"},
    "de": {"trillion": "Billionen", "billion": "Milliarden", "million": "Millionen"},
    "fr": {"trillion": "billions", "billion": "milliards", "million": "millions"},
    "es": {"trillion": "billones", "billion": "mil millones", "million": "millones"},
}


def _amount(x: float, value: dict, kind: str, language: str) -> str:
    text = _number(x, language)
    if kind == "money" and value.get("currency"):
        symbol = get_currency_symbol(value["currency"], locale=language)
        if language != "en":
            return f"{text} {symbol}"
        return f"{symbol}{text}" if len(symbol) == 1 else f"{symbol} {text}"
    if kind == "percent":
        return f"{text} %" if language in ("fr", "de") else f"{text}%"
    unit = str(value.get("unit") or "").replace("_", " ")
    return f"{text} {unit}".strip() if language == "en" or not unit else text


def _date(value: dict, language: str) -> str:
    start, end, grain = value.get("start"), value.get("end"), value.get("granularity")
    if not start:
        return ""
    day = date.fromisoformat(start)
    if grain == "year":
        return str(day.year)
    if grain == "month":
        return format_date(day, format="MMMM y", locale=language)
    text = format_date(day, format="long", locale=language)
    if end and end != start and grain not in ("day", None):
        text += f" – {format_date(date.fromisoformat(end), format='long', locale=language)}"
    return text


def value_in_words(claim, language: str) -> str:
    """A claim's normalised value said in the story's language (amounts, counts, shares, resolved dates,
    lists); "" when the value is only the source's own words (a name, a quote, an unresolved date), which
    only a source in the story's language may lend."""
    value = claim.value if isinstance(claim.value, dict) else {}
    words = tables(language)
    if claim.kind in ("money", "count", "percent") and (value.get("low") is not None or value.get("high") is not None):
        low, high = value.get("low"), value.get("high")
        qualifier = value.get("qualifier") or "exact"
        if qualifier == "range" and low is not None and high is not None and low != high:
            return words.QUALIFIERS["range"].format(
                _amount(low, value, claim.kind, language), _amount(high, value, claim.kind, language)
            )
        amount = _amount(low if low is not None else high, value, claim.kind, language)
        return words.QUALIFIERS[qualifier].format(amount) if qualifier in words.QUALIFIERS else amount
    if claim.kind == "date" and value.get("resolved"):
        return _date(value, language)
    if claim.kind == "list" and value.get("items"):
        items = [str(i).replace("-", " ").title() for i in value["items"]]
        return ", ".join(items[:-1]) + f" {words.AND} {items[-1]}" if len(items) > 1 else items[0]
    return ""


def said_value(claim, article, language: str) -> str:
    """The value as the draft states it: in words from the normalised value; a source in the story's language
    may lend its own words for the rest; "" when neither (the fact is left to the reader page)."""
    value = value_in_words(claim, language)
    if value or article.language != language:
        return value
    own = " ".join(claim.text.split()).rstrip(".!… ")
    return own if plain_words(own, language) else ""


# --- sentences that may be taken over --------------------------------------------------------------------
def reads_as_reporting(sentence: str, language: str) -> bool:
    """Whether a source's sentence may go into the draft as it is: closed like a sentence, no question, no
    call to action, no promotion."""
    text = sentence.strip()
    if not text or not (text[0].isalnum() or text[0] in "\"“«„'") or not _CLOSED.search(text):
        return False
    return len(_WORD.findall(text)) >= 4 and plain_words(text, language)


def plain_words(text: str, language: str) -> bool:
    """No question, call to action or promotion in these words."""
    words = tables(language)
    if "?" in text:
        return False
    lowered = text.casefold()
    if any(phrase in lowered for phrase in words.CALL_TO_ACTION + words.PROMOTIONAL_PHRASES):
        return False
    return not any(word in words.PROMOTIONAL for word in _WORD.findall(lowered))


def _sentence(article_text: str, claim) -> str:
    return _SPACE.sub(" ", article_text[claim.sentence_start : claim.sentence_end]).strip()


def _cite(numbers) -> str:
    return "".join(f"[[{n}]](#source-{n})" for n in sorted(set(numbers)))


def _label(fact, language: str, sentences: list[str]) -> str:
    what = fact_checking().public.label(fact.slot, language)
    subject = subject_as_written(fact.subject, sentences)
    return f"{what} ({subject})" if subject else what


@dataclass
class _Statement:
    text: str  # the sentence or the value statement, without final punctuation
    cites: set[int]
    sentence_key: tuple | None  # (article, sentence start) when a source's sentence is used


class _Draft:
    """The draft being composed: the story's sources, numbered, and what is said of each fact."""

    def __init__(self, story: Story, language: str | None):
        self.articles = list(Article.objects.filter(story=story).exclude(state=Article.State.ARCHIVED).order_by("id"))
        self.language = language or story_language(story=story, articles=self.articles)
        self.words = tables(self.language)
        # Citation numbers follow article ids, as the reader page numbers its source list ([1] is the first).
        self.number = {a.pk: n for n, a in enumerate(self.articles, start=1)}
        self.by_id = {a.pk: a for a in self.articles}
        self.outlets = outlet_names(self.articles)
        self.facts = fact_checking().drafting.of_story(story)
        self.banned = {
            (c.article_id, c.sentence_start)
            for f in self.facts
            if f.review_status == ReviewStatus.REJECTED
            for c in self.claims_of(f)
        }
        self.used_sentences: dict[tuple, _Statement] = {}

    def claims_of(self, fact):
        return sorted(
            (c for c in fact.claims.all() if c.article_id in self.number),
            key=lambda c: (self.number[c.article_id], c.start),
        )

    def sentences_of(self, claims) -> list[str]:
        """The claims' sentences, then their articles' texts (where a subject is written out)."""
        return [_sentence(self.by_id[c.article_id].text, c) for c in claims] + [
            self.by_id[c.article_id].text for c in claims
        ]

    def outlet(self, claim) -> str:
        return self.outlets[claim.article_id]

    def statement(self, fact, claims) -> _Statement | None:
        """A source's sentence in the story's language that reads as reporting, else the value in words.
        A sentence already used for another fact is shared: its statement gains the citations."""
        cites = {self.number[c.article_id] for c in claims}
        for claim in claims:
            article = self.by_id[claim.article_id]
            key = (claim.article_id, claim.sentence_start)
            if article.language != self.language or key in self.banned:
                continue
            sentence = _sentence(article.text, claim)
            if not reads_as_reporting(sentence, self.language):
                continue
            if key in self.used_sentences:
                self.used_sentences[key].cites |= cites
                return None
            made = _Statement(sentence.rstrip(".!… "), cites, key)
            self.used_sentences[key] = made
            return made
        # A fact one source states is stated from its value in words only: a fragment of that source's own
        # words ("Denise Dresser, Chief Revenue Officer") reads as a label, and the reader page shows it.
        if max(c.checkworthiness for c in claims) < BARE_VALUE_WORTH:
            return None  # "Number: 3", "Last time before: 1966": a figure the engine finds little to check in
        several = len({c.article_id for c in claims}) >= 2
        for claim in claims:
            value = (
                said_value(claim, self.by_id[claim.article_id], self.language)
                if several
                else value_in_words(claim, self.language)
            )
            subject = subject_as_written(fact.subject, self.sentences_of(claims))
            if value and value.casefold() != subject.casefold():  # "Role (Cole Palmer): Cole Palmer" says nothing
                label = _label(fact, self.language, self.sentences_of(claims))
                said = self.words.VALUE_STATEMENT.format(label=label, value=value)
                return _Statement(said, cites, None)
        return None

    def majority(self, claims):
        """The claims giving the value most sources give (ties: the first source's)."""
        tally = Counter(value_key(c) for c in claims)
        best = max(claims, key=lambda c: (tally[value_key(c)], -self.number[c.article_id]))
        return [c for c in claims if value_key(c) == value_key(best)]

    def differ(self, fact, claims) -> str:
        reports, seen = [], {}
        for claim in claims:
            seen.setdefault(value_key(claim), []).append(claim)
        for same in seen.values():
            outlets = list(dict.fromkeys(self.outlet(c) for c in same))
            who = outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + f" {self.words.AND} {outlets[-1]}"
            value = next((v for c in same if (v := said_value(c, self.by_id[c.article_id], self.language))), "")
            if not value:
                return ""  # a value only another language's words give: the reader page shows the dispute
            reports.append(
                self.words.REPORTS.format(outlet=who, value=value)
                + " "
                + _cite(self.number[c.article_id] for c in same)
            )
        label = _label(fact, self.language, self.sentences_of(claims))
        return self.words.SOURCES_DIFFER.format(
            what=label.lower() if self.language == "en" else label, reports=self.words.REPORT_JOIN.join(reports)
        )


def compose(*, story: Story, language: str | None = None) -> DraftText:
    """The generated text for the story as it stands (reads only)."""
    draft = _Draft(story, language)
    corroborated, attributed, differing = _statements_by_kind(draft)
    paragraphs = _paragraphs(draft, corroborated, attributed, differing)
    body = "\n\n".join(paragraphs) if paragraphs else draft.words.NO_FACTS
    return DraftText(title=story.title, dek="", body=body + "\n", language=draft.language)


def _statements_by_kind(draft: _Draft) -> tuple[list[_Statement], list[tuple[_Statement, list]], list[str]]:
    """The story's statements told by two reports or more, those of one report (with its claims), and the
    sentences on what sources differ about."""
    corroborated: list[_Statement] = []
    attributed: list[tuple[_Statement, list]] = []
    differing: list[str] = []
    for fact in draft.facts:
        if fact.review_status == ReviewStatus.REJECTED or fact_checking().drafting.names_only(fact):
            continue  # a name alone is no statement: the facts that say something of it bring its sentence
        claims = [c for c in draft.claims_of(fact) if (c.article_id, c.sentence_start) not in draft.banned]
        if not claims:
            continue
        if fact.verdict == Verdict.CONFLICTING:
            if not fact_checking().drafting.is_settled(fact):
                differing.append(draft.differ(fact, claims))
                continue
            claims = draft.majority(claims)  # the value the reviewer let stand
        statement = draft.statement(fact, claims)
        if statement is None:
            continue
        if len({c.article_id for c in claims}) >= 2:
            corroborated.append(statement)
        else:
            attributed.append((statement, claims))
    return corroborated, attributed, differing


def _paragraphs(
    draft: _Draft,
    corroborated: list[_Statement],
    attributed: list[tuple[_Statement, list]],
    differing: list[str],
) -> list[str]:
    """Corroborated facts a few sentences to a paragraph, then single-source ones a few to a paragraph per
    outlet, then the differences."""
    paragraphs = _few_to_a_paragraph([f"{s.text}. {_cite(s.cites)}" for s in corroborated])
    by_outlet: dict[str, list[str]] = {}
    for statement, claims in attributed:
        outlet = draft.outlet(claims[0])
        said = draft.words.ACCORDING_TO.format(statement=statement.text, outlet=outlet)
        by_outlet.setdefault(outlet, []).append(f"{said} {_cite(statement.cites)}.")
    paragraphs += [paragraph for said in by_outlet.values() for paragraph in _few_to_a_paragraph(said)]
    paragraphs += [d for d in differing if d]
    return paragraphs


def _few_to_a_paragraph(sentences: list[str]) -> list[str]:
    return [" ".join(sentences[i : i + PARAGRAPH_SENTENCES]) for i in range(0, len(sentences), PARAGRAPH_SENTENCES)]


def draft_consolidated_text(*, story: Story | int, user, language: str = "") -> ConsolidationResult:
    """Write the consolidated draft (in ``language``, which becomes the story's; by default the story's);
    an editor's changed body is kept and the new draft stored beside it."""
    current = current_story(story)
    check_edit(story=current, user=user)
    language = (language or "").strip().lower()
    if language and language not in LANGUAGES:
        raise InvalidAction(f"the draft can be written in {', '.join(LANGUAGES)}; got {language!r}")
    problem = story_outlet_problem(current)
    if problem:
        raise ActionConflict(f"cannot draft yet: {problem}")
    draft = compose(story=current, language=language or None)
    with transaction.atomic():
        locked = current_story(current, lock=True)
        check_edit(story=locked, user=user)
        locked.language = draft.language
        edited = bool(locked.body.strip()) and locked.body != locked.generated_body
        locked.generated_body = draft.body
        if edited:
            locked.save(update_fields=["generated_body", "language", "updated_at"])
            diff = text_diff(locked.body, draft.body, old_name="your text", new_name="new draft")
            return ConsolidationResult(story=locked, replaced=False, diff=diff)
        locked.body = draft.body
        if _GENERATED_DEK.match(locked.dek):  # the statistics line earlier drafts wrote: the page shows it
            locked.dek = ""
        locked.version += 1
        locked.save(update_fields=["body", "dek", "generated_body", "language", "version", "updated_at"])
        record_revision(story=locked, user=user, source="generated")
        story_text_changed.send(sender=Story, story=locked)  # the facts the text states wait for a reviewer
    return ConsolidationResult(story=locked, replaced=True)
