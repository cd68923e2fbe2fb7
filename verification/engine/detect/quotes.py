"""Quotations and who said them.

A quote is words in quotation marks of any of the four languages (“…”, „…“, «…», "…", ‘…’, ‚…‘) with a
speaker: a person or organisation named in the reporting clause after it ("…,” said Anna Berger", "», a
déclaré le ministre Jean Dupont") or before it ("Anna Berger said: “…”", "Berger a souligné que « … »"); a
clause that names nobody ("…,” he said", "», añadió.") gives the quote to the one who spoke last."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

import simplemma

from .. import lexicon as L
from ..context import Context
from ..frames import phrase_rx
from ..lang import LANGUAGES, table_of
from .shared import MULTI, is_person

_QUOTE_RX = re.compile(
    r"[“„«‹]([^”“„«»‹›\n]{12,1500})[”“»›]"
    r"|„([^“”„\"\n]{12,1500})\""
    r"|\"([^\"\n]{12,1500})\""
    r"|(?<![\w])[‘‚]((?:[^‘’‚\n]|’(?=\w)){12,1500}?)[’‘](?![\w])"
)
_CLAUSE_AFTER = 120  # how far after a quote its reporting clause may run
_VERB_AFTER = 100  # where that clause's verb of saying must start (the clause's sentence not ended before)
_HEAD = 90  # how far before a quote a clause that introduces it may start
_LAST_SPEAKER = 600  # how far back the one who spoke last is looked for
_PART = 40  # the shortest sentence of a long quote cited alone
_GOES_ON = 400  # how far after one's quote a quote standing alone is still theirs
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[“„«‹\"‘]")
_PUNCT_ONLY = re.compile(r"[\s,.;:—–]+")  # a hyphenated inversion ("a-t-il") is one word


@cache
def _speech_rx(lang: str) -> tuple[_SpeechVerbs, re.Pattern]:
    """The verbs of saying of a language (every language's when it is unknown), and the clause end that
    introduces a quote (a colon, a comma, "that")."""
    that = table_of(lang, "SPEECH_THAT")
    lead_rx = re.compile(r"(?:[:,]|(?<![\w])(?:" + L.alt(that) + r"))\s*$")
    return _SpeechVerbs(lang), lead_rx


_FORMS = 2  # forms of a verb SPEECH_VERBS lists that make every form of it a verb of saying
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zß-ÿ]+(?![\w'’-])")  # a word in lowercase: ASCII and Latin-1 letters


@lru_cache(maxsize=20_000)
def _lemma(word: str, lang: str) -> str:
    return simplemma.lemmatize(word, lang=lang).lower()


class _SpeechVerbs:
    """Where a verb of saying stands in a text: a form the language's SPEECH_VERBS list ("said", "a déclaré",
    "hieß es"), or any other form of a verb the list gives in two forms or more, whatever its person, number or
    tense ("declararon", "afirmaron", "afirmando", "déclarent", "warnen", "they say"): a word in lowercase (a German
    noun, "Erklärung", is none) whose lemma is that verb's. A verb the list gives in one form is a verb of saying
    in that form only: a separable verb's stem ("teilte ... mit", "räumte ... ein"), a verb that says so in one
    tense ("sprach", not "schuldig gesprochen"), a noun's twin ("stated", "noted", not "the state", "notes"); and so
    is a word that is no verb ("según", "selon", "laut"), and every word of a language the lemmatizer does not
    read."""

    def __init__(self, lang: str):
        self.lang = lang
        forms = table_of(lang, "SPEECH_VERBS")
        self.listed = phrase_rx("SPEECH_VERBS", lang)
        lemmas = Counter(_lemma(form, lang) for form in set(forms) if " " not in form) if lang in LANGUAGES else {}
        self.lemmas = frozenset(lemma for lemma, n in lemmas.items() if n >= _FORMS)

    def finditer(self, text: str, low: str, start: int, end: int) -> list[tuple[int, int]]:
        """The (start, end) of each verb of saying in text[start:end] (``low``: the text in lowercase), in order."""
        found = {m.span() for m in self.listed.finditer(low, start, end)}
        if self.lemmas:
            found |= {
                m.span()
                for m in _LOWER_WORD.finditer(text, start, end)
                if _lemma(m.group(0), self.lang) in self.lemmas and not any(a <= m.start() < b for a, b in found)
            }
        return sorted(found)

    def search(self, text: str, low: str, start: int, end: int) -> tuple[int, int] | None:
        """The first verb of saying in text[start:end], or None."""
        spans = self.finditer(text, low, start, end)
        return spans[0] if spans else None


def _full_name(ctx: Context, person) -> tuple[str, str]:
    """A speaker named by surname only ("Bruch said") as the full name the text gives elsewhere
    ("Christian Bruch"), so one person's quotes have one speaker however an article names them."""
    full = None if " " in person.key else ctx.named_in_full(person.key)
    return (full.key, full.name) if full is not None else (person.key, person.name)


def _pick(cands: list, last: bool):
    """The speaker among the names of a reporting clause: a person rather than the organisation they speak
    for ("said Madrid coach Carlo Ancelotti", "dijo el presidente del Tribunal, Roger Arata")."""
    if not cands:
        return None
    people = [e for e in cands if is_person(e)] or cands
    return people[-1] if last else people[0]


def _few_words(s: str) -> bool:
    """At most one word: a pronoun ("he", "elle", "er") or nothing ("», añadió.")."""
    return len(_PUNCT_ONLY.sub(" ", s).split()) <= 1


def _speaker_after(ctx: Context, start: int, verbs: _SpeechVerbs):
    """(speaker entity or None, whether the clause names nobody) for the reporting clause after a quote."""
    text, low = ctx.text, ctx.low
    end = min(len(text), start + _CLAUSE_AFTER)
    nl = text.find("\n", start, end)
    end = nl if nl >= 0 else end
    if not re.match(r"\s*[—–-]", text[start : start + 4]):
        verb = verbs.search(text, low, start, min(end, start + _VERB_AFTER))
        if verb is None or _SENTENCE_END.search(text, start + 1, verb[0]):
            return None, False
        stop = _SENTENCE_END.search(text, verb[1], end)
        end = stop.start() if stop else end
        ents = [e for e in ctx.ents_between(start, end) if e.type in ("name", "org")]
        if not ents:
            unnamed = _few_words(text[start : verb[0]]) and _few_words(text[verb[1] : end][:12])
            return None, unnamed
        return _pick(ents, last=False), False
    ents = [e for e in ctx.ents_between(start, end) if e.type in ("name", "org")]
    return _pick(ents, last=False), False


def _speaker_before(ctx: Context, start: int, verbs: _SpeechVerbs, lead_rx: re.Pattern):
    """(speaker entity or None, whether the clause names nobody) for a clause that introduces a quote."""
    text, low = ctx.text, ctx.low
    head = max(0, start - _HEAD)
    nl = text.rfind("\n", head, start)
    head = nl + 1 if nl >= 0 else head
    found = verbs.finditer(text, low, head, start)
    verb = found[-1] if found else None
    if verb is None or not (lead_rx.search(low, verb[1], start) or not text[verb[1] : start].strip()):
        return None, False
    ents = [e for e in ctx.ents_between(head, start) if e.type in ("name", "org")]
    if ents:
        return _pick(ents, last=True), False
    sentence_start = max(head, ctx.sentence(verb[0])[0])
    return None, _few_words(text[sentence_start : verb[0]])


def _names_person(ctx: Context, e) -> bool:
    """A person's name, or a surname alone the text gives in full elsewhere ("Trump" after "Donald Trump")."""
    return is_person(e) or (e.type == "name" and " " not in e.key and _full_name(ctx, e)[0] != e.key)


def _last_speaker(ctx: Context, pos: int, said: list[tuple[int, str, str]]) -> tuple[str, str] | None:
    """Who spoke last before pos: the speaker of the nearest quote before it, else the person named last (by
    surname alone too)."""
    floor = max(0, pos - _LAST_SPEAKER)
    quoted = [(key, name) for at, key, name in said if floor <= at < pos]
    person = next((e for e in reversed(ctx.ents_between(floor, pos)) if _names_person(ctx, e)), None)
    if quoted and (person is None or said[-1][0] > person.start):
        return quoted[-1]
    return _full_name(ctx, person) if person is not None else None


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A quote that is a sentence of its own, no reporting clause around it: the same speaker going on."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].rstrip()
    after = text[end : line_end if line_end >= 0 else len(text)]
    return (not before or before[-1] in ".!?") and _few_words(after[:40]) and not re.search(r"\w", after)


_SHORTEST = 5  # words of a quote that stands without a speech verb beside it
_SHORTEST_SAID = 3  # words of a quote a speech verb gives a speaker: "“This was a disgrace,” Trump said", "…,” he said"


def detect_quotes(ctx: Context) -> None:
    text = ctx.text
    verbs, lead_rx = _speech_rx(ctx.lang)
    said: list[tuple[int, str, str]] = []  # (quote end, speaker key, speaker name), in order
    for m in _QUOTE_RX.finditer(text):
        g = next(i for i in range(1, 5) if m.group(i) is not None)
        qs, qe = m.start(g), m.end(g)
        words = len(text[qs:qe].split())
        if words < _SHORTEST_SAID:
            continue
        speaker, unnamed = _speaker_after(ctx, m.end(), verbs)
        if speaker is None:
            speaker, unnamed_before = _speaker_before(ctx, m.start(), verbs, lead_rx)
            unnamed = unnamed or unnamed_before
        last = _last_speaker(ctx, m.start(), said) if speaker is None and unnamed else None
        if words < _SHORTEST and speaker is None and last is None:
            continue  # a few quoted words no one is said to have said: a name, a term, scare quotes
        if speaker is not None:
            key, name = _full_name(ctx, speaker)
        elif last is not None:
            key, name = last
        elif said and said[-1][0] >= m.start() - _GOES_ON and _stands_alone(text, m.start(), m.end()):
            key, name = said[-1][1:]
        else:
            continue
        said.append((m.end(), key, name))
        sent = (ctx.sentence(m.start())[0], max(ctx.sentence(qe - 1)[1], qe))
        for a, b in [(qs, qe), *_parts(ctx, qs, qe)]:
            words = " ".join(text[a:b].split())
            ctx.add("quote", "quote", key, {"speaker": key, "name": name, "words": words}, a, b, 0.4, sent, **MULTI)


def _parts(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of a quote of several, each long enough to be cited alone: a report that cites one of them
    cites it, not the whole speech."""
    spans = []
    for a, b in ctx.sentences[ctx.sidx.index_of(start) :]:
        if a >= end:
            break
        if b > start:
            spans.append((max(a, start), min(b, end)))
    if len(spans) < 2:
        return []
    return [(a, b) for a, b in spans if b - a >= _PART and len(ctx.text[a:b].split()) >= 5]
