"""Per-document analysis shared by the detectors: sentences, numbers, dates, entities, and how to
find the subject a statement is about and the slot its cue words name."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import cache

from . import lexicon as L
from .claims import Claim, Document
from .concepts import concept_of
from .dates import DateMention, find_dates
from .entities import Entity, find_entities, norm_key
from .figure_sources import BY_WHOM, by_whom
from .frames import ELECTION_CONCEPTS, comparison_rx, election_stages, figure_role, phrase_rx
from .lang import language, merged, table_of
from .money import bare_currencies
from .numbers import Num, find_numbers, spelled_occurrences, spelled_ordinals, whole_count, word_ordinals
from .segment import SentenceIndex, split_sentences

_DEMONSTRATIVE = re.compile(r"\b(?:" + L.alt(merged("DEMONSTRATIVES")) + r")\s+(?:[\w-]+\s+)?([\w-]{4,})\b")
_RELATIVE = re.compile(r",\s+(?:" + L.alt(merged("RELATIVE_PRONOUNS")) + r")\s+")
_PREP_BEFORE = re.compile(r"\b(?:" + L.alt(merged("PREPOSITIONS")) + r")\s+(?:[\w'’-]+\s+){0,4}$")


@cache
def _attribution_rx(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """A link that hands a statement to the name after it, a few words between ("according to the US space agency",
    "selon la", "nach Angaben der"), read at the end of the words before the name; and a postposition right after
    it ("zufolge")."""
    links = table_of(lang, "ATTRIBUTION_LINKS")
    after = table_of(lang, "ATTRIBUTION_POSTPOSITIONS")
    return (
        re.compile(r"(?<![\w])(?:" + L.alt(links) + r")(?:\s+[\w'’-]+){0,4}\s*['’]?$"),
        re.compile(r"\s*(?:" + L.alt(after) + r")(?![\w])") if after else re.compile(r"(?!)"),
    )


@cache
def _noun_phrase(lang: str) -> re.Pattern:
    """A noun phrase right before a relative clause, from its article, possessive or owner's ending: "the
    carmaker, which", "Kenya's central bank, which"."""
    table = language(lang)
    opener = [r"\b(?:" + L.alt([*table.ARTICLES, *table.POSSESSIVES]) + r")\s+"]
    if table.POSSESSIVE_ENDINGS:
        opener.append(r"(?:" + L.alt_any_apostrophe(table.POSSESSIVE_ENDINGS) + r")\s+")
    return re.compile(r"(?:" + "|".join(opener) + r")((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)$")


@cache
def _possessive(lang: str) -> re.Pattern:
    """A possessive determiner of the text's language (every language's when it is unknown)."""
    words = table_of(lang, "POSSESSIVES")
    return re.compile(r"\b(?:" + L.alt(words) + r")\s+\w")


@cache
def _prepositions(lang: str) -> frozenset[str]:
    return frozenset(table_of(lang, "PREPOSITIONS"))


# an owner's ending in any language, with either apostrophe ("'s", "’s")
_OWNER_ENDINGS = tuple({e.replace("'", q) for e in merged("POSSESSIVE_ENDINGS") for q in "'’"})
_MODIFIER_AFTER = re.compile(
    r"(?:" + L.alt_any_apostrophe(merged("POSSESSIVE_ENDINGS")) + r")?[ \u00a0]+[a-zà-ÿ]"
)  # "Singapore dollars", "Kenya's central bank"
# A wire dateline opening a paragraph ("LISBON, March 3 (Reuters) - ", "BERLIN (dpa) – ", "Paris, 3 mars
# (AFP) — ", "Berlin/Hannover – ", "(BFM Bourse) - "): a city in capitals, any city with the agency in
# brackets, cities joined by slashes, or the agency alone in brackets, then a dash. Its place says where
# the story was filed, not who acts, so subjects are looked for after it.
_DATELINE = re.compile(
    r"(?:[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]{2,40}(?:,[^\n()]{1,30}?)?(?:\s*\([^()\n]{1,30}\))?"
    r"|[A-ZÀ-Ý][\w.'’ -]{1,40}?(?:,[^\n()]{1,30}?)?\s*\([^()\n]{1,30}\)"
    r"|[A-ZÀ-Ý][\w.'’-]+(?:/[A-ZÀ-Ý][\w.'’-]+)+(?:\s*\([^()\n]{1,30}\))?"
    r"|\([^()\n]{1,30}\))\s*[-–—]{1,2}\s+"
)


def dateline_end(text: str, start: int, end: int) -> int | None:
    """Where the words of the sentence [start, end) begin after the wire dateline opening it; None for no dateline."""
    m = _DATELINE.match(text, start, min(end, start + 120))
    return m.end() if m else None


def detect_language(text: str) -> str:
    try:
        import py3langid as langid

        lang, _ = langid.classify(text[:2000])
        return lang
    except Exception:
        return ""


class Context:
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = text = doc.text or ""
        self.low = L.lower_same_len(text)
        self.lang = (doc.language or "").split("-")[0].lower() or (detect_language(text) if text.strip() else "")
        self.sentences = split_sentences(text)
        self.sidx = SentenceIndex(self.sentences)
        self._tone: dict[tuple[int, int], float] = {}  # a sentence's hedge, opinion and question penalty
        self.spelled = spelled_occurrences(self.low, self.lang)  # numbers in words: cardinals for nums, ordinals below
        self.nums: list[Num] = find_numbers(text, self.low, self.lang, self.spelled)
        # ordinals, read once for the detectors of ordinals, fractions and rankings
        self.word_ordinals = word_ordinals(self.low)  # "third", "dritte", "troisième", "tercera"
        self.spelled_ordinals = spelled_ordinals(self.spelled)  # "decimoquinta", "dreiundzwanzigste"
        self.dates: list[DateMention] = find_dates(text, self.low, self.lang, doc.published)
        self.date_starts = [d.start for d in self.dates]
        starts = {s for s, _ in self.sentences}
        self.entities: list[Entity] = find_entities(text, self.low, self.lang, starts)
        self.ent_starts = [e.start for e in self.entities]
        self.datelines = self._datelines()  # sentence start -> where its text begins after a dateline
        first_dateline = min(self.datelines.items(), default=(0, 0))
        self.bare_currency = bare_currencies(
            doc.currency_hint,
            doc.publisher,
            text[first_dateline[0] : first_dateline[1]],
            text,
            self.low,
            [e.name for e in self.entities if e.type == "place"],
        )
        # the outlet that published the story reports, it does not act ("(BFM Bourse) - ...", "BFM Bourse a appris")
        self.outlet = norm_key(doc.publisher) if doc.publisher else ""
        self.full_names = self._full_names()
        self._sources: frozenset[int] | None = None  # where names a statement is told by start (is_source)
        self.main_subject, self.main_place = self._main()
        self.claims: list[Claim] = []
        self._person_keys: frozenset[str] | None = None
        self._in_full: dict[str, Entity] | None = None
        self.minutes: list[tuple[int, int, int]] | None = None  # match minutes, found once (detect/match_minutes.py)
        self._figure_roles: dict[tuple[int, int, tuple[int, int]], str | None] = {}

    # --- lookups -------------------------------------------------------------------------------

    def sentence(self, pos: int) -> tuple[int, int]:
        return self.sidx.of(pos)

    def _sentence_before(self, pos: int) -> tuple[int, int] | None:
        """The sentence that ends before the one holding pos, if any."""
        i = self.sidx.index_of(pos)
        return self.sentences[i - 1] if i > 0 else None

    def ents_between(self, a: int, b: int) -> list[Entity]:
        i = bisect_left(self.ent_starts, a)
        out = []
        while i < len(self.entities) and self.entities[i].start < b:
            if self.entities[i].end <= b:
                out.append(self.entities[i])
            i += 1
        return out

    def dates_between(self, a: int, b: int) -> list[DateMention]:
        i = bisect_left(self.date_starts, a)
        out = []
        while i < len(self.dates) and self.dates[i].start < b:
            out.append(self.dates[i])
            i += 1
        return out

    def part_of_date_at(self, pos: int) -> bool:
        """Whether pos lies in a date that names a day of its month or a part of its year ("July 19", "el 30 de
        mayo de 2024", "the first half of 2025"): a number or fraction there is the date's, never a count, a
        measure or a share ("on July 19 affected 8.5 million computers", "half of" 2025 is no 50%)."""
        i = bisect_left(self.date_starts, pos + 1) - 1
        if i < 0 or not self.dates[i].start <= pos < self.dates[i].end:
            return False
        spec = self.dates[i].value.get("spec") or {}
        return ("day" in spec and "month" in spec) or "part" in spec

    def entity_at(self, pos: int) -> Entity | None:
        i = bisect_left(self.ent_starts, pos)
        if i < len(self.entities) and self.entities[i].start == pos:
            return self.entities[i]
        return None

    def _datelines(self) -> dict[int, int]:
        found = {}
        for start, end in self.sentences:
            stop = dateline_end(self.text, start, end)
            if stop is not None:
                found[start] = stop
        return found

    def _main(self) -> tuple[str, str]:
        c: Counter = Counter()
        p: Counter = Counter()
        in_dateline = list(self.datelines.items())
        for e in self.entities:
            if e.key == self.outlet or any(s <= e.start < end for s, end in in_dateline) or self.is_source(e):
                continue  # the city and agency a story was filed from, the outlet that reports it, a source it cites
            w = 2 if e.start < 400 else 1
            if e.type == "place":
                p[e.key] += w
            elif e.type in ("org", "name"):
                c[self.full_names.get(e.key, e.key)] += w
        for t in (self.doc.title,):
            if t:
                for k in list(c):
                    if k and k in t.lower():
                        c[k] += 3
        for k in sorted(c, key=len):  # "openai for singapore" counts for "openai"
            for j in c:
                if j != k and j.startswith(k + " "):
                    c[k] += c[j]
        main = c.most_common(1)[0][0] if c else ""
        place = p.most_common(1)[0][0] if p else ""
        return main, place

    def _full_names(self) -> dict[str, str]:
        """One name per actor in a document: a surname alone is the one full name the text gives it ("Merz" ->
        "friedrich merz"); a surname two full names share ("Gisèle Pelicot", "Dominique Pelicot") stays as it
        is, as nothing says which of them it names."""
        names = {e.key for e in self.entities if e.type in ("org", "name")}
        by_last: dict[str, set[str]] = {}
        for e in self.entities:
            # a person's name is words apart, not an organisation's or a list of them ("SPD-Greens-FDP")
            if e.type == "name" and 2 <= len(e.name.split()) <= 3 and len(e.key.split()) == len(e.name.split()):
                by_last.setdefault(e.key.split()[-1], set()).add(e.key)
        return {key: next(iter(full)) for key in names if len(full := by_last.get(key, ())) == 1}

    def figure_role(self, start: int, end: int, sent: tuple[int, int]) -> str | None:
        """What the words around the figure at start..end make of it (frames.figure_role), worked out once: a
        percentage's role chooses its cue, then tells whether it is the level a change left."""
        key = (start, end, sent)
        if key not in self._figure_roles:
            self._figure_roles[key] = figure_role(self.low, self.lang, start, end, sent)
        return self._figure_roles[key]

    def person_keys(self) -> frozenset[str]:
        """The keys of the names of two words the text gives (a person's first and last name, as a rule)."""
        if self._person_keys is None:
            self._person_keys = frozenset(e.key for e in self.entities if e.type == "name" and len(e.key.split()) == 2)
        return self._person_keys

    def named_in_full(self, surname: str) -> Entity | None:
        """The name in full a surname alone stands for in the text ("Trump" -> "Donald Trump"): of several names
        ending with it, the one the text gives most often ("Donald Trump" before his son "Eric Trump"); None where
        the text gives it in full nowhere, or two names as often."""
        if self._in_full is None:
            counts: dict[str, Counter] = {}
            first: dict[str, Entity] = {}
            for e in self.entities:
                if e.type == "name" and " " in e.key:
                    counts.setdefault(e.key.rsplit(" ", 1)[1], Counter())[e.key] += 1
                    first.setdefault(e.key, e)
            self._in_full = {}
            for last, seen in counts.items():
                ranked = seen.most_common(2)
                if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
                    self._in_full[last] = first[ranked[0][0]]
        return self._in_full.get(surname)

    def is_source(self, e: Entity) -> bool:
        """Whether its sentence names e as the source a statement is told by ("according to NASA", "told Reuters",
        "der Nasa zufolge", "selon la préfecture", "según el ministerio"): the source of what it says, never the
        actor it is about."""
        if self._sources is None:
            before, after = _attribution_rx(self.lang)
            self._sources = frozenset(
                name.start
                for name in self.entities
                if before.search(self.low, max(self.sentence(name.start)[0], name.start - 80), name.start)
                or after.match(self.low, name.end)
            )
        return e.start in self._sources

    def canonical_subject(self, key: str) -> str:
        key = self.full_names.get(key, key)
        m = self.main_subject
        if m and key != m and key.startswith(m + " "):
            return m
        return key

    def subject_for(self, pos: int, sent: tuple[int, int], exclude: set[str] = frozenset(), near: bool = False) -> str:
        """Who a statement at pos is about.

        ``near``: the nearest entity before pos (attributes: "X, hosted at Y", "X wurde 2017 gegründet").
        Otherwise: the actor in subject position (an entity in the sentence's first words, not after a
        preposition), a relative clause's head ("the national AI strategy, which commits ..."), a
        demonstrative ("This strategy ...") resolved backwards, else the document's main subject."""
        ss, _ = sent
        if self.datelines.get(ss, pos + 1) <= pos:
            ss = self.datelines[ss]
        before = [
            e
            for e in self.ents_between(ss, pos)
            if e.key not in exclude and e.type != "event" and e.key != self.outlet and not self.is_source(e)
        ]
        if near and before:
            return self.canonical_subject(before[-1].key)
        rel = _RELATIVE.search(self.low, max(ss, pos - 160), pos)
        if rel:
            ents = [
                e
                for e in self.ents_between(max(ss, rel.start() - 60), rel.start() + 1)
                if e.end >= rel.start() - 1 and e.key not in exclude and not self.is_source(e)
            ]
            if ents:
                return self.canonical_subject(ents[-1].key)
            np_ = _noun_phrase(self.lang).search(self.low, max(ss, rel.start() - 60), rel.start())
            if self.lang == "en" and np_:
                return " ".join(np_.group(1).split()[-3:])
        place = ""  # a place acts only where no organisation or person does ("Madrid, Volkswagen said ...")
        for e in before:
            if e.type not in ("org", "name", "place") or (place and e.type == "place"):
                continue
            if self.lang == "de" and e.type == "name" and " " not in e.name:
                continue
            lead = self.low[ss : e.start]
            if len(lead.split()) > 6 or _PREP_BEFORE.search(lead) or lead.rstrip().endswith(_OWNER_ENDINGS):
                continue
            if e.type == "place":
                if not _MODIFIER_AFTER.match(self.text, e.end):  # "Singapore dollars", "Kenya's central bank"
                    place = place or e.key
                continue
            return self.canonical_subject(e.key)
        if place:
            return self.canonical_subject(place)
        m = _DEMONSTRATIVE.search(self.low, max(ss, pos - 80), pos)
        if m:
            noun = m.group(1)
            for e in reversed(self.ents_between(max(0, ss - 3000), ss)):
                if e.key.endswith(noun) and e.key not in exclude and e.type == "org":
                    return e.key
        return self.main_subject if self.main_subject not in exclude else ""

    def owner_before(self, pos: int, sent: tuple[int, int]) -> str:
        """The actor a possessive before pos in its clause points back to ("bien que son score soit passé à
        33,7 %", "its share rose to 33.7%"): the one the sentence before is about; "" with no possessive."""
        prepositions = _prepositions(self.lang)
        opening = (  # after a preposition ("pour sa part", "for its part") a possessive opens no subject
            self.low[max(sent[0], m.start() - 16) : m.start()].split()[-1:]
            for m in _possessive(self.lang).finditer(self.low, max(sent[0], pos - 60), pos)
        )
        if not any(not word or word[0] not in prepositions for word in opening):
            return ""
        before = self._sentence_before(sent[0])
        if before is None:
            return ""
        owner = self.subject_for(before[1], before)
        named = {self.canonical_subject(e.key) for e in self.ents_between(*before)}
        return owner if owner in named else ""  # never the story's main actor guessed for a sentence naming none

    def time_for(self, sent: tuple[int, int], span: tuple[int, int]) -> dict | None:
        """The date a figure refers to: the nearest in its sentence, not one it is compared with ("(+4.4%
        compared to 2021)"), one a period starts from ("since 2019") or one in another figure's bracket."""
        best = None
        comparison = comparison_rx(self.lang)
        dates = self.dates_between(*sent)
        for i, d in enumerate(dates):
            if d.value.get("qualifier") or comparison.search(self.low, max(sent[0], d.start - 22), d.start):
                continue
            if self._bracketed(d.start, sent) and not self._bracketed(span[0], sent):
                continue  # "28.6% (2021: 25.7%)": the bracket's year is the other figure's
            if _in_series(self.low, dates, i):
                continue  # "a fourth title, after 1964, 2008 and 2012": the earlier times, not this figure's
            if self._aside(d, sent, span):
                continue  # "the model, launched on Jan. 10, cost less than $6 million": the date is the model's
            if d.end <= span[0] and self._said_then(d, sent, span):
                continue  # "the company said on Tuesday that revenue rose 5%": Tuesday is when it was said
            if d.end <= span[0] or d.start >= span[1]:
                dist = min(abs(d.start - span[1]), abs(span[0] - d.end))
                if best is None or dist < best[0]:
                    best = (dist, d)
        return best[1].value if best else None

    def _said_then(self, d: DateMention, sent: tuple[int, int], span: tuple[int, int]) -> bool:
        """A verb of saying and its "that" stand between the date and the figure, or the verb before the date and
        the "that" after it: the date is when the report was made ("said on Tuesday that", "wrote last month that")."""
        # the verbs of saying and the word that opens what they report ("that", "dass", "que")
        verbs, that = phrase_rx("SPEECH_VERBS", self.lang), phrase_rx("SPEECH_THAT", self.lang)
        for m in that.finditer(self.low, d.end, span[0]):
            if verbs.search(self.low, max(sent[0], d.start - SAID_REACH), m.start()):
                return True
        return False

    def _aside(self, d: DateMention, sent: tuple[int, int], span: tuple[int, int]) -> bool:
        """A date in a clause set off by commas or dashes inside the sentence, with the figure outside it: the
        clause tells of the noun before it ("the model, launched on Jan. 10, used ..."), not of the figure."""
        opening = _ASIDE_MARK.search(self.low[sent[0] : d.start][::-1])
        closing = _ASIDE_MARK.search(self.low, d.end, sent[1])
        if opening is None or closing is None:
            return False
        left, right = d.start - opening.start(), closing.start()
        return not (left <= span[0] and span[1] <= right)

    def _bracketed(self, pos: int, sent: tuple[int, int]) -> bool:
        before = self.text[sent[0] : pos]
        return before.count("(") > before.count(")")

    def worthiness(self, base: float, sent: tuple[int, int]) -> float:
        penalty = self._tone.get(sent)
        if penalty is None:  # read once per sentence: a sentence holds several claims
            penalty = self._tone[sent] = _tone_penalty(self.text[sent[0] : sent[1]])
        return round(max(0.05, min(1.0, base - penalty)), 2)

    def durations_read(self) -> list[tuple[int, int]]:
        """The spans of the durations read so far ("nach 5:29 Stunden", detect/race_times.py): their figures are no
        time of day and no score."""
        return [(c.start, c.end) for c in self.claims if c.slot == "duration"]

    def drop_counts(self, start: int, end: int) -> None:
        """Drop the counts read so far that start within [start, end): the figures of a result, a rank or a list of
        sets count nothing ("numéro 2 mondial" is no two things, "40-22 win" no 22 wins)."""
        self.claims[:] = [c for c in self.claims if not (c.kind == "count" and start <= c.start < end)]

    def add(
        self,
        kind: str,
        slot: str,
        subject: str,
        value: dict,
        start: int,
        end: int,
        base: float,
        sent: tuple[int, int] | None = None,
        **extra,
    ) -> Claim | None:
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start or (kind in FIGURES and self.part_of_date_at(start)):
            return None
        if sent is None:
            sent = self.sentence(start)
        ss, se = min(sent[0], start), max(sent[1], end)
        if concept_of(slot) in ELECTION_CONCEPTS:
            extra = {**election_stages(self.low, self.lang, start, end, (ss, se)), **extra}
        if kind == "count":
            value = whole_count(value, text[start:end])
        if kind == "count" and BY_WHOM not in extra:  # a side its detector read already is not read again
            extra = {**by_whom(self.low, self.lang, start, end, (ss, se)), **extra}
        t = self.time_for((ss, se), (start, end))
        if t is not None and "date_context" not in extra:
            extra["date_context"] = t
        c = Claim(
            kind=kind,
            slot=slot,
            subject=subject or "",
            value=value,
            start=start,
            end=end,
            text=text[start:end],
            sentence_start=ss,
            sentence_end=se,
            checkworthiness=self.worthiness(base, (ss, se)),
            extra=extra,
        )
        self.claims.append(c)
        return c


# the kinds of figure a date's day ("on July 19 affected ...") or part of a year ("half of" 2025) is misread as
FIGURES = ("count", "measure", "percent")


SAID_REACH = 40  # characters before a date within which a verb of saying makes it the report's ("said on Tuesday")


# what sets a clause off inside a sentence: a comma or a dash between words (never the comma of "1,000"); the
# pattern reads text forwards and reversed alike
_ASIDE_MARK = re.compile(r"(?:,|\s[–—-])\s|\s,")
# what joins the dates of a series: a comma, a slash or an "and", then maybe a preposition ("en 2008 y en 2012")
_AND = L.alt(merged("AND_WORDS"))
_SERIES_JOIN = re.compile(
    r"\s*(?:,\s*(?:(?:"
    + _AND
    + r")\s+)?|/\s*|\s(?:"
    + _AND
    + r")\s+)(?:(?:"
    + L.alt(merged("PREPOSITIONS"))
    + r")\s+)?"
)


def _in_series(low: str, dates: list[DateMention], i: int) -> bool:
    """A date one of a series of dates its sentence names ("1964, 2008 and 2012", "in 2008 and in 2012"): dates
    of several times, none of which is a figure's."""
    before = i > 0 and _SERIES_JOIN.fullmatch(low, dates[i - 1].end, dates[i].start)
    after = i + 1 < len(dates) and _SERIES_JOIN.fullmatch(low, dates[i].end, dates[i + 1].start)
    return bool(before or after)


_HEDGE = phrase_rx("HEDGES", "")
_OPINION = phrase_rx("OPINION", "")


def _tone_penalty(sentence: str) -> float:
    """How much less worth checking a sentence's claims are: hedged ("may", "reportedly"), opinion, a question."""
    penalty = 0.0
    if _HEDGE.search(sentence):
        penalty += 0.2
    if _OPINION.search(sentence.lower()):
        penalty += 0.1
    if sentence.rstrip().endswith("?"):
        penalty += 0.3
    return penalty
