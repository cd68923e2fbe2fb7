"""Facts as a reviewer reads them: concept labels and values in words, one letter per distinct value (the
same values as the reader page's letters: core.claim_values), and the story's own sentence that states
the fact."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from string import ascii_uppercase

from core.claim_values import value_key
from core.words import day
from verification.engine.concepts import concept_label
from verification.engine.explain import display, format_money
from verification.engine.rates import UnknownCurrency, default_rates
from verification.services.documents import engine_claim

ADMIN_LANGUAGE = "en"  # the desk's language; readers get labels in theirs
_CITATION = re.compile(r"\[\[(\d+)\]\]\(#source-\d+\)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def label(slot: str) -> str:
    return concept_label(slot, ADMIN_LANGUAGE)


@lru_cache(maxsize=1)
def _rates():
    return default_rates()


def value_words(claim, published=None) -> str:
    """A claim's value in words ("over 200 jobs"); money in another currency also in US dollars at the
    rate of the article's date ("S$300 million ≈ US$234 million on 21 May 2026")."""
    words = display(engine_claim(claim))
    value = claim.value if isinstance(claim.value, dict) else {}
    currency = str(value.get("currency") or "").upper()
    amount = value.get("low") if value.get("low") is not None else value.get("high")
    if claim.kind == "money" and currency and currency != "USD" and amount is not None:
        published = _day(value.get("on")) or published  # the day the engine compared it on, as its explanation
        try:
            usd = _rates().convert(float(amount), currency, "USD", published)
        except (UnknownCurrency, ValueError, TypeError):
            return words
        words += f" ≈ {format_money(usd, 'USD')}" + (f" on {day(published)}" if published else "")
    return words


def _day(text) -> date | None:
    try:
        return date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def letter_values(evidence) -> list[tuple[str, str]]:
    """Give each evidence its value in words and a letter: the same value, the same letter.
    Returns the legend, [(letter, words)], in order of first appearance."""
    letters: dict[str, str] = {}
    for item in evidence:
        item.words = value_words(item.claim, item.article.published)
        key = value_key(item.claim)  # the reader page's test of "the same value", so letters agree there
        if key not in letters:
            letters[key] = ascii_uppercase[len(letters) % 26]
        item.letter = letters[key]
    legend = {}
    for item in evidence:
        legend.setdefault(item.letter, item.words)
    return list(legend.items())


@dataclass
class StorySentence:
    before: str
    value: str
    after: str


def story_sentence(story, values) -> StorySentence | None:
    """The sentence of the story's text (body, then dek, then title) that states one of the values."""
    candidates = sorted({v.strip() for v in values if len(v.strip()) >= 3}, key=len, reverse=True)
    for text in (story.body, story.dek, story.title):
        text = _CITATION.sub(r"[\1]", text or "")
        folded = text.casefold()
        for value in candidates:
            at = folded.find(value.casefold())
            if at < 0:
                continue
            start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
            end_match = _SENTENCE_END.search(text, at + len(value))
            end = end_match.start() if end_match else len(text)
            return StorySentence(text[start:at], text[at : at + len(value)], text[at + len(value) : end])
    return None
