"""Frames: what a number counts or measures, in any kind of news.

A number is a claim only with its frame: the counted noun after it ("23 dead", "120 Sitze", "31 blessés"),
the predicate that says what happened to the people it counts ("killing 23 people", "23 personas
murieron"), or the unit it measures in with the word that says what is measured ("sentenced to 12
years", "a 7.1-magnitude quake", "winds of 200 km/h"). Nouns and predicates are looked up as written
and as lemmas (simplemma), in the tables of ``lang/<code>.py``; the concept they map to is the claim's
slot. Qualifiers that keep different figures apart (an earlier figure, an addition, a total) go into the
claim's ``extra`` where alignment reads them. For percentages, change words (``CHANGE_PREDICATES``, by lemma
too) and the word before the figure (``FIGURE_PREPOSITIONS``) tell a change from the level it reached: "cut
BY 0.25 points" is the change, "cut TO 3.75%" the level (:func:`figure_role`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import simplemma

from .concepts import CEILING
from .lang import known_code, merged, table_of
from .lexicon import ARTICLE, ARTICLE_WORDS, ARTICLES, OF, alt, alt_any_apostrophe, table_key

# concepts counted on people: they share the unit "people" so "23 dead" and "23 people killed" align
_NEAR_PREDICATE = 45  # characters between a counted noun and its predicate
_BARE_PREDICATE = 28  # characters between a bare number and its predicate ("killed at least 23")
_CUE_WINDOW = 70  # characters around a measure in which its cue word is looked for


@dataclass(frozen=True, slots=True)
class Frame:
    concept: str
    end: int  # where the claim's span ends (after the noun or unit)
    unit: str  # the value's unit: the concept for counts, the dimension for measures
    factor: float = 1.0  # multiply the number by this to get the dimension's base unit
    weak: bool = False  # a measure with no word that says what it measures
    measured: bool = False  # a measure in a unit (days, metres, a magnitude), not a count of things
    part: bool = False  # the number counts some of the group its noun names ("256 of the victims")


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """The lemma of a lowercase word (the word itself where simplemma does not know it); a woman's person noun's is
    the man's (FEMININE_ENDINGS: "Zuschauerinnen" -> "zuschauer"), as the tables name one noun for both."""
    try:
        base = simplemma.lemmatize(word, lang=lang or "en").lower()
    except (ValueError, KeyError):
        return word
    for ending, masculine in _feminine_endings(lang or "en"):
        if base.endswith(ending):
            return base[: -len(ending)] + masculine
    return base


@cache
def _feminine_endings(lang: str) -> tuple[tuple[str, str], ...]:
    return tuple(table_of(lang, "FEMININE_ENDINGS").items())


@cache
def _table(name: str, lang: str) -> dict:
    """A word table of one language (all languages when unknown), keyed by form and by lemma; a form whose lemma is
    another word (FORMS_NOT_LEMMATISED: "lives" -> the verb "live") by its form only."""
    base, as_written = dict(table_of(lang, name)), table_of(lang, "FORMS_NOT_LEMMATISED")
    for form, concept in list(base.items()):
        if " " not in form and form not in as_written:
            base.setdefault(lemma(form, lang or "en"), concept)
    return base


@cache
def _person_nouns(lang: str) -> frozenset:
    words = set(table_of(lang, "PERSON_NOUNS"))
    return frozenset(words | {lemma(w, lang or "en") for w in words})


SINGULAR_MODIFIES = frozenset({"en"})  # languages whose nouns modify the next one uninflected: "member states"
CLOSED_COMPOUNDS = frozenset({"de"})  # languages that write a noun's kind into it: "Berufsrichter", "Parteiangestellte"
_MIN_HEAD, _MIN_PREFIX = 6, 3  # no "Schenkel" of an "Enkel"


@cache
def _alone_person_nouns(lang: str) -> frozenset:
    words = set(table_of(lang, "PERSON_NOUNS_ALONE"))
    return frozenset(words | {lemma(w, lang or "en") for w in words})


@cache
def is_person_noun(word: str, lang: str, counted: bool = False, first: bool = True) -> bool:
    """Whether a (lowercase) noun names people: as written, by lemma, or, where nouns close up into one word, by
    the person noun it ends with ("Berufsrichter", "Parteiangestellte", "Laienrichtern"), or by a hyphenated
    compound's last part. ``counted``: the noun follows a number, where an English noun in its singular is a
    modifier of the next one ("27 member states", "the 12-member jury"); ``first``: it is the first word after
    the number, where alone some nouns name people (PERSON_NOUNS_ALONE: "tres colegios católicos")."""
    persons, base, alone = _person_nouns(lang), lemma(word, lang or "en"), _alone_person_nouns(lang)
    if counted and lang in SINGULAR_MODIFIES and word == base and word not in table_of(lang, "PERSON_NOUNS"):
        return False
    if not first and (word in alone or base in alone):
        return False
    if word in persons or base in persons:
        return True
    if "-" in word:  # "SPD-Politiker", "ex-ministres": the last part says who
        return is_person_noun(word.rsplit("-", 1)[1], lang, counted, first=False)
    if lang not in CLOSED_COMPOUNDS or not word.isalpha():
        return False
    return any(
        word[i:] in persons and word[i:] not in alone and len(word) - i >= _MIN_HEAD
        for i in range(_MIN_PREFIX, len(word) - _MIN_HEAD + 1)
    )


def closed_compound_heads(words) -> re.Pattern:
    """The words of a table long enough to end a closed compound ("Wirtschaftswachstum"), for
    :func:`closed_compound_cues`."""
    return re.compile(alt(w for w in words if " " not in w and len(w) >= _MIN_HEAD))


def closed_compound_cues(
    text: str, low: str, lang: str, start: int, end: int, heads: re.Pattern
) -> list[tuple[int, int]]:
    """Where, from ``start`` to ``end``, a noun of a language that closes nouns up into one word ends in a word of
    ``heads`` (the span of that last part): "Einschlagwahrscheinlichkeit" is a probability, "Umsatzrückgang" a
    decline. A noun, as the language writes it capitalised (not the verb "übereinstimmen"), at least
    ``_MIN_PREFIX`` letters longer than its last part, and not one ``heads`` names from its start (the table's
    own word says more: "Wahlbeteiligung" is turnout, not a "Beteiligung")."""
    if lang not in CLOSED_COMPOUNDS:
        return []
    found = []
    for w in _LETTERS.finditer(low, start, end):
        if not text[w.start()].isupper() or heads.match(low, w.start(), w.end()):
            continue
        head = heads.search(low, w.start() + _MIN_PREFIX, w.end())  # the leftmost: the longest last part
        if head:
            found.append(head.span())
    return found


@cache
def _clause_joiners(lang: str) -> frozenset:
    """Words that open another clause or member after a number: what follows them is not what it counts."""
    names = ("RELATIVE_PRONOUNS", "AND_WORDS", "OR_WORDS")
    return frozenset(w for n in names for w in table_of(lang, n) if " " not in w)


@cache
def _phrase_rx(name: str, lang: str) -> re.Pattern:
    table = table_of(lang, name)
    return re.compile(r"(?<![\w])(?:" + alt(table) + r")(?![\w])")


@cache
def _unit_rx(lang: str) -> re.Pattern:
    table = table_of(lang, "MEASURE_UNITS")
    return re.compile(r"[\s\u00a0]?-?[\s\u00a0]?(" + alt(table) + r")(?![\w])")


_WORD = re.compile(r"[\s\u00a0]+(?:-[\s\u00a0]*)?([^\W\d_][\w’'-]*)")
_STOPS = re.compile(r"[.;:!?()\[\]\"“”«»]")
_MAX_MODIFIERS = 2
# "of the", "de los", or an "of" that is itself an article ("der", "des"); never "14 of them"
PARTITIVE = re.compile(
    r"[\s\u00a0]+(?:(?:"
    + alt(set(merged("OUT_OF_WORDS")) - set(ARTICLES))
    + r")[\s\u00a0]+(?:"
    + ARTICLE_WORDS
    + r")|(?:"
    + alt(set(merged("OUT_OF_WORDS")) & set(ARTICLES))
    + r"))(?=[\s\u00a0])"
)


def _no_break(low: str, a: int, b: int) -> bool:
    """Nothing between a and b that closes a clause, nor another number."""
    gap = low[a:b]
    return not _STOPS.search(gap) and not any(ch.isdigit() for ch in gap)


_JOINS = re.compile(r",|[\s\u00a0](?:" + alt([*merged("AND_WORDS"), *merged("WHILE_WORDS")]) + r")[\s\u00a0]")
_JOIN_PENALTY = 25  # a predicate across a comma or "and" more likely belongs to the next figure


def _distance(low: str, s: int, e: int, before_end: int, after_start: int, limit: int) -> int | None:
    """How far a predicate at [s, e) is from the number (None: too far or across a clause)."""
    if e <= before_end:
        gap = (e, before_end)
    elif s >= after_start:
        gap = (after_start, s)
    else:
        return None
    if not _no_break(low, *gap):
        return None
    dist = gap[1] - gap[0] + (_JOIN_PENALTY if _JOINS.search(low, *gap) else 0)
    return dist if dist <= limit + _JOIN_PENALTY // 2 and gap[1] - gap[0] <= limit else None


def _predicate_near(low: str, lang: str, sent: tuple[int, int], start: int, end: int) -> str | None:
    """The concept of the predicate nearest to a counted noun from ``start`` to ``end``, within its sentence, else
    of the predicate its clause ends with where an auxiliary follows the noun (``_clause_final_predicate``)."""
    return _nearest_predicate(
        low,
        lang,
        max(sent[0], start - _NEAR_PREDICATE - 20),
        min(sent[1], end + _NEAR_PREDICATE + 20),
        start,
        end,
        _NEAR_PREDICATE,
    ) or _clause_final_predicate(low, lang, sent, end)


def _befell_after(low: str, lang: str, sent: tuple[int, int], end: int, concept: str | None) -> str | None:
    """What the predicate after a noun that ends at ``end`` says befell the people it counts, where that changes the
    noun's concept (TOLD_BY_PREDICATE_AFTER: "15 patients who died" are deaths); None otherwise."""
    if concept not in TOLD_BY_PREDICATE_AFTER:
        return None
    told = _predicate_after(low, lang, sent, end)
    return told if told in TOLD_BY_PREDICATE_AFTER[concept] else None


def _predicate_after(low: str, lang: str, sent: tuple[int, int], end: int) -> str | None:
    """The concept of the predicate nearest after a counted noun that ends at ``end``, within its sentence, else of
    the predicate its clause ends with where an auxiliary follows the noun (``_clause_final_predicate``)."""
    after = _nearest_predicate(low, lang, end, min(sent[1], end + _NEAR_PREDICATE + 20), end, end, _NEAR_PREDICATE)
    return after or _clause_final_predicate(low, lang, sent, end)


@cache
def _auxiliary_rx(lang: str) -> re.Pattern | None:
    words = table_of(lang, "VERB_FINAL_AUXILIARIES")
    return re.compile(r"[\s\u00a0]+(?:" + alt(words) + r")(?![\w])") if words else None


_FINAL_SLACK = 10  # characters after a clause-final predicate: its participle ("ums Leben | gekommen")


def _clause_final_predicate(low: str, lang: str, sent: tuple[int, int], end: int) -> str | None:
    """The concept of the predicate a clause ends with when an auxiliary follows the counted noun that ends at
    ``end``: a verb-final language puts the predicate there, past any window ("Mindestens 83 Menschen sind bei
    einem verheerenden Hochhausbrand in Hongkong ums Leben gekommen", "15 Personen wurden wegen des Verdachts
    der Korruption und Bestechung festgenommen"). The clause ends at a stop or a comma; no number between."""
    aux = _auxiliary_rx(lang)
    head = aux and aux.match(low, end, sent[1])
    if not head:
        return None
    stop = _CLAUSE_END.search(low, head.end(), sent[1])
    clause_end = stop.start() if stop else sent[1]
    last = None
    for m in _phrase_rx("FRAME_PREDICATES", lang).finditer(low, head.end(), clause_end):
        last = m
    if last is None or clause_end - last.end() > _FINAL_SLACK or not _no_break(low, end, last.start()):
        return None
    return phrase_value("FRAME_PREDICATES", lang, last)


def fate_of(low: str, lang: str, sent: tuple[int, int], start: int, end: int) -> str | None:
    """What befell the people counted from ``start`` to ``end``, told by the predicate nearest them ("only one
    person survived", "un seul passager a survécu": survivors), when it is a toll's concept; None otherwise."""
    told = _predicate_near(low, known_code(lang), sent, start, end)
    return told if told in AFFECTED_PEOPLE else None


def _nearest_predicate(
    low: str, lang: str, a: int, b: int, before_end: int, after_start: int, limit: int
) -> str | None:
    """The concept of the predicate nearest to the number, before ``before_end`` or after ``after_start``:
    as written, else (inflected forms the table does not list) by lemma."""
    best = None
    table = _table("FRAME_PREDICATES", lang)
    for m in _phrase_rx("FRAME_PREDICATES", lang).finditer(low, a, b):
        dist = _distance(low, m.start(), m.end(), before_end, after_start, limit)
        if dist is not None and (best is None or dist < best[0]):
            best = (dist, phrase_value("FRAME_PREDICATES", lang, m))
    if best is None:
        for m in re.finditer(r"[^\W\d_]{4,}", low[a:b]):
            concept = table.get(lemma(m.group(0), lang or "en"))
            dist = concept and _distance(low, a + m.start(), a + m.end(), before_end, after_start, limit)
            if dist is not None and dist is not False and concept and (best is None or dist < best[0]):
                best = (dist, concept)
    return best[1] if best else None


# the dimension a measured concept is in: a cue word names the concept only for a unit of its dimension
CONCEPT_DIMENSION = {
    "sentence": "duration",
    "contract_length": "duration",
    "deliberation": "duration",
    "duration": "duration",
    "age": "duration",
    "depth": "length",
    "distance": "length",
    "altitude": "length",
    "length": "length",
    "rainfall": "length",
    "water_level": "length",
    "speed": "speed",
    "area_burned": "area",
    "area": "area",
    "temperature": "temperature",
    "power": "power",
    "mass": "mass",
    "magnitude": "magnitude",
    "volume": "volume",
    "data": "data",
}
# a number of years right after a name and a comma, or after "aged"/"âgé de"/"de" there, is an age, in any language;
# a word of focus may stand before the years ("Doué, de solo 19 años", "aged just 19"). Right after the comma alone
# the age is written in digits ("Pelicot, 72 ans"): "prison, about four years", "request, one year" are spans
_AGE_WORDS = merged("AGE_BEFORE_WORDS")
_AGE_BEFORE = re.compile(
    r"(?:\w,[\s\u00a0]*((?:" + alt(_AGE_WORDS | merged("AGE_AFTER_NAME_WORDS")) + r")[\s\u00a0]+)?"
    r"|\b((?:" + alt(_AGE_WORDS) + r"))[\s\u00a0]+)"
    r"((?:" + alt(merged("AGE_FOCUS_WORDS")) + r")[\s\u00a0]+)?$"
)


def _age_before(low: str, start: int) -> bool:
    m = _AGE_BEFORE.search(low, max(0, start - 30), start)
    return bool(m) and (any(m.groups()) or low[start : start + 1].isdigit())


@cache
def _age_cue_rx(lang: str) -> re.Pattern:
    cues = table_of(lang, "AGE_CUES")
    openers = table_of(lang, "AGE_OPENERS")
    return re.compile(
        r"(?:(?<![\w])(?:" + alt(cues) + r")|(?:^|[,;:(—–-])[\s\u00a0]*(?:" + alt(openers) + r"))"
        r"(?:[\s\u00a0]+[^\W\d_]+)?[\s\u00a0]+$"
    )


# "17 years of ...", "17 ans de prison", "17 años de cárcel": the years of something, not an age ("17 años de
# edad" is one)
_YEARS_OF = re.compile(r"[\s\u00a0]+(?:" + OF + r")[\s\u00a0]+(?!edad\b)")


def _age_cued(low: str, lang: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """A word before a number of years makes it an age ("aged 17", "cumplió 17 años", "À 17 ans, ...", "Mit 17
    Jahren ..."), at most one word apart ("cumplió solo 17 años")."""
    return bool(_age_cue_rx(lang).search(low[sent[0] : start])) and not _YEARS_OF.match(low, end)


_SCALE_OF = re.compile(r"[\s\u00a0]+(?:" + OF + r")(?=[\s\u00a0'’])")


_NOUN_OF = re.compile(r"([^\W\d_]+)[\s\u00a0]+(?:" + OF + r")[\s\u00a0]*$")


_OPENED_AFTER_WORD = re.compile(r"[^\W\d_][\s\u00a0]+\([\s\u00a0]*$")


def _bracketed_after_word(low: str, start: int, end: int) -> bool:
    """Years alone in a bracket right after a word are the age of who it names: "Carlos Alcaraz (22 años)", "Coco
    Gauff (22 ans)", "Sinner (23 Jahre)", "Biden (81 years)"; a word of what else they are near them is their cue."""
    return bool(_OPENED_AFTER_WORD.search(low, max(0, start - 4), start)) and low[end : end + 1] == ")"


def _person_of(low: str, lang: str, start: int) -> bool:
    """Years right after a person and "of" are the person's age: "un homme de 72 ans", "una mujer de 30 años"."""
    m = _NOUN_OF.search(low, max(0, start - 40), start)
    return bool(m) and is_person_noun(m.group(1), lang)


_AGE_PHRASE_WORDS = 4  # "le magnat de la musique de 55 ans": the words of a noun phrase between its article and "de"


@cache
def _age_phrase_rx(lang: str) -> re.Pattern | None:
    openers = table_of(lang, "AGE_PHRASE_OPENERS")
    if not openers:
        return None
    return re.compile(
        r"(?<![\w’'])(?:" + alt(openers) + r")(?:(?<=['’])|[\s\u00a0]+)"
        r"((?:[^\W\d_][\w’'-]*[\s\u00a0]+){1," + str(_AGE_PHRASE_WORDS) + r"})(?:" + OF + r")[\s\u00a0]*$"
    )


def _noun_phrase_of(low: str, lang: str, start: int, stop: int) -> bool:
    """Years right after a noun phrase its article opens and "of" are its age, whatever the noun ("la pépite
    espagnole de 17 ans", "un multimillonario estadounidense de 41 años", "le magnat de la musique de 55 ans"),
    unless a word of the phrase says what else they are: a span ("un mandat de cinq ans", SPAN_NOUNS) or a cue
    ("une peine de 20 ans"), or they are the years of something ("17 ans de carrière")."""
    rx = _age_phrase_rx(lang)
    if rx is None or _YEARS_OF.match(low, stop):
        return False
    window = max(0, start - 60)
    phrase = next((m for i in range(start - 1, window - 1, -1) if (m := rx.match(low, i, start))), None)
    if phrase is None:
        return False
    spans, cues = _span_nouns(lang), _table("MEASURE_CUES", lang)
    return not any(
        w in spans or w in cues or lemma(w, lang) in spans or lemma(w, lang) in cues
        for w in phrase.group(1).replace("’", "'").split()
    )


@cache
def _span_nouns(lang: str) -> frozenset[str]:
    return frozenset(table_of(lang, "SPAN_NOUNS"))


def _measure_cues(
    low: str, lang: str, start: int, stop: int, sent: tuple[int, int], dimension: str
) -> list[tuple[int, int, str]]:
    """(start, end, concept) of the cue words around a measure at low[start:stop] that name a concept of the
    measure's dimension ("sentenced" says nothing about a distance in kilometres): as written, else by lemma
    ("penas", "Haftstrafen", "sentenciados")."""
    a, b = max(sent[0], start - _CUE_WINDOW), min(sent[1], stop + _CUE_WINDOW)
    table = _table("MEASURE_CUES", lang)
    found = [
        (m.start(), m.end(), phrase_value("MEASURE_CUES", lang, m))
        for m in _phrase_rx("MEASURE_CUES", lang).finditer(low, a, b)
    ]
    for m in _LETTER_RUN.finditer(low, a, b):
        concept = table.get(lemma(m.group(0), lang or "en"))
        if concept:
            found.append((m.start(), m.end(), concept))
    return [
        (s, e, concept)
        for s, e, concept in found
        if CONCEPT_DIMENSION.get(concept, dimension) == dimension and (e <= start or s >= stop)
    ]


def _nearest_cue(cues: list[tuple[int, int, str]], start: int, stop: int) -> str | None:
    best = min(cues, key=lambda c: start - c[1] if c[1] <= start else c[0] - stop, default=None)
    return best[2] if best else None


_CLAUSE_BREAK = re.compile(r"[,;:.!?()\[\]\"“”«»—–]")


@cache
def _apart_rx(lang: str) -> re.Pattern:
    """A word right after years that sets one time that long before or after another ("Tavares, un an avant la
    fin de son mandat", "una década después", "a year later"): they are a span between two times, no age."""
    preps = table_of(lang, "YEAR_PREPS")
    words = [*table_of(lang, "MINUTES_LATER"), *table_of(lang, "AGO_WORDS")]
    words += [w for w, means in preps.items() if means in ("before", "after")]
    return re.compile(r"[\s\u00a0]+(?:" + alt(words) + r")(?![\w])")


def _names_the_years(low: str, lang: str, cues: list[tuple[int, int, str]], stop: int) -> bool:
    """A word of another concept than age right after the years, in their clause, says what they are: "three
    years in prison", "trois ans dont deux avec sursis", "tres años de cárcel"; not past other years it names
    ("le magnat de 55 ans à quatre ans de prison")."""
    return any(
        c != "age" and s >= stop and not _CLAUSE_BREAK.search(low, stop, s) and not _unit_rx(lang).search(low, stop, s)
        for s, _, c in cues
    )


def _measure(low: str, lang: str, start: int, end: int, sent: tuple[int, int]) -> Frame | None:
    pos = end
    if low[end - 1 : end].isalpha():  # a scale word takes "de" before what it counts: "4,5 millones de kilogramos"
        of = _SCALE_OF.match(low, end)
        pos = of.end() if of else end
    u = _unit_rx(lang).match(low, pos)
    if not u or u.end() > sent[1]:
        return None
    table = table_of(lang, "MEASURE_UNITS")
    dimension, factor, *implied = table[table_key(u.group(1))]  # "l/m²" says it is rain
    cues = _measure_cues(low, lang, start, u.end(), sent, dimension)
    cue = _nearest_cue(cues, start, u.end())
    years = dimension == "duration" and factor > 300
    if dimension == "age" or (
        years
        and not _names_the_years(low, lang, cues, u.end())
        and not _apart_rx(lang).match(low, u.end())
        and (
            _age_before(low, start)
            or _person_of(low, lang, start)
            or _noun_phrase_of(low, lang, start, u.end())
            or cue == "age"
            or (
                cue is None
                and (_age_cued(low, lang, start, u.end(), sent) or _bracketed_after_word(low, start, u.end()))
            )
        )
    ):
        # "72-year-old", "Pelicot, 72 ans,", "aged 72 years", "À 17 ans", "cumplió 17 años"; a sentence's or a
        # contract's word in reach keeps "condamné à 20 ans" a sentence, and one right after the years in their
        # clause keeps "Les moins lourdes, trois ans dont deux avec sursis" one
        return Frame("age", u.end(), "age")
    concept = cue or (implied[0] if implied else dimension)
    return Frame(concept, u.end(), dimension, factor, weak=cue is None and not implied, measured=True)


_LETTER_RUN = re.compile(r"[^\W\d_][\w’'-]+")
CHANGES = frozenset({"growth", "decline"})


def change_word(word: str, lang: str) -> str | None:
    """The change a word reports (growth|decline), as written or by its lemma ("plummeted", "cayeron")."""
    lang = known_code(lang)
    table = _table("CHANGE_PREDICATES", lang)
    return table.get(word) or table.get(lemma(word, lang or "en"))


def _in_name(text: str, lang: str, s: int, e: int, sent_start: int) -> bool:
    """A capitalised word inside a sentence is part of a name ("National Rally", "Rally Alliance"), where
    nouns are lowercase; in German, where every noun is capitalised, only before another capitalised word."""
    if not text[s:e][:1].isupper() or not text[sent_start:s].strip():
        return False
    if lang != "de":
        return True
    nxt = _LETTER_RUN.match(text, e + 1) if text[e : e + 1] == " " else None
    return bool(nxt and nxt.group(0)[:1].isupper())


def nearest_change(
    low: str,
    lang: str,
    start: int,
    end: int,
    sent: tuple[int, int],
    text: str = "",
    before: int = 60,
    after: int = 30,
) -> tuple[int, str, str] | None:
    """(distance, growth|decline, word) of the change word nearest to the figure at low[start:end] in its
    clause, or None. With the ``text`` as written, words of names ("National Rally") are no change."""
    best = None
    for m in _LETTER_RUN.finditer(low, max(sent[0], start - before), min(sent[1], end + after)):
        if start <= m.start() < end:
            continue
        gap = (m.end(), start) if m.end() <= start else (end, m.start())
        if best is not None and gap[1] - gap[0] >= best[0]:
            continue
        concept = change_word(m.group(0), lang)
        if concept and _no_break(low, *gap) and not (text and _in_name(text, lang, m.start(), m.end(), sent[0])):
            best = (gap[1] - gap[0], concept, m.group(0))
    return best


@cache
def _figure_roles(lang: str) -> dict:
    return dict(table_of(lang, "FIGURE_PREPOSITIONS"))


_WORD_BEFORE = re.compile(r"([^\W\d_][\w’'-]*)[\s\u00a0]*$")
_WORD_AFTER = re.compile(r"[\s\u00a0]+([^\W\d_]+)[\s\u00a0]+(?:([^\W\d_]+)[\s\u00a0]+)?\d")


LEVEL = "level"
LEFT = "left"  # a figure's role: the level a change left ("down from 4%", "de 4 % à 3,75 %"), a level of before
LEVELS = (LEVEL, LEFT)


_REACHED_AFTER = re.compile(r"[\s\u00a0]+([^\W\d_]+)[\s\u00a0]+(?:([^\W\d_]+)[\s\u00a0]+)?[^\w\s]?\d")


def _reached_after(low: str, roles: dict, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Whether the figure at start..end is followed by the level a change reached, in its unit ("4 % à 3,75 %",
    "to $2.9 trillion"); a figure in another unit after it is what the change came to ("a dégringolé de 16,97 %
    à 118,42 dollars")."""
    nxt = _REACHED_AFTER.match(low, end, min(sent[1], end + 30))
    if not nxt or roles.get(nxt.group(1)) != "level" or roles.get(nxt.group(2) or "", "skip") != "skip":
        return False
    return _unit_of(low, start, end) == _unit_after(low, nxt.end() - 1)


def _change_before(low: str, lang: str, a: int, b: int) -> bool:
    """Whether a word of change stands in low[a:b] ("cut", "baisse", "schrumpfte", "bajó"): "from 4% to 3.75%"
    after one tells a change; "sentences range from 3 to 20 years" tells a range."""
    return any(change_word(m.group(0), lang) for m in _LETTER_RUN.finditer(low, a, b))


_UNIT_TAIL = re.compile(r"[^\d\s.,]+$")
_NUMBER_UNIT = re.compile(r"\d[\d.,]*[\s\u00a0]*([^\d\s.,]+)")


def _unit_of(low: str, start: int, end: int) -> str:
    """The word or sign a figure ends in ("%", "billionen", "dollars"), or ""."""
    m = _UNIT_TAIL.search(low, start, end)
    return m.group(0) if m else ""


def _unit_after(low: str, pos: int) -> str:
    """The word or sign after the number at pos ("3,75 %" -> "%")."""
    m = _NUMBER_UNIT.match(low, pos)
    return m.group(1) if m else ""


def figure_role(low: str, lang: str, start: int, end: int, sent: tuple[int, int]) -> str | None:
    """What the words around a figure make of it: LEVEL ("cut to 3.75%", "un taux de 4 %"), LEFT, the level a
    change left, the earlier of two ("down from 4%", "desde el 4 %", "de 4 % à 3,75 %", "von 3,5 Billionen auf 2,9
    Billionen"), "change" ("cut by 0.25 points", "a rise of 3%", "s'est effondré de 17 %"), or None (nothing
    says). A text's Context works it out once per figure (``Context.figure_role``)."""
    lang = known_code(lang)
    roles = _figure_roles(lang)
    pos = start
    for _ in range(3):
        m = _WORD_BEFORE.search(low, max(sent[0], pos - 30), pos)
        if not m:
            return None
        role = roles.get(m.group(1))
        if role == "skip":
            pos = m.start()
            continue
        if role not in ("link", LEFT):
            return role
        if _reached_after(low, roles, start, end, sent) and _change_before(low, lang, sent[0], start):
            return LEFT  # "de 4 % à 3,75 %", "from 4% to 3.75%", "von 3,5 Billionen auf 2,9 Billionen"
        if role == LEFT:
            return LEVEL  # "the toll from the 7.7 magnitude quake": no change told
        return "change" if _changed_in_clause(low, lang, m.start(), sent) else LEVEL
    return None


_CLAUSE_END = re.compile(r"[,;:.!?()]")
_LINK_REACH = 45  # "abaissé son taux de dépôt de 0,5 %", "recortó el tipo de depósito en 0,25": a few words


def _changed_in_clause(low: str, lang: str, pos: int, sent: tuple[int, int]) -> bool:
    """A change word before ``pos`` in its clause, a few words back: "a rise of", "recortó el tipo de interés
    en", "a abaissé son taux de"."""
    a = max(sent[0], pos - _LINK_REACH)
    for m in reversed(list(_LETTER_RUN.finditer(low, a, pos))):
        if _CLAUSE_END.search(low, m.end(), pos):
            return False
        if change_word(m.group(0), lang):
            return True
    return False


_MAGNITUDE_GAP = re.compile(r"[\s\u00a0-]*(?:(?:" + OF + r")[\s\u00a0]*)?(?:(?:an?|une?|una?)[\s\u00a0]+)?")


@cache
def _scale_link_rx(lang: str) -> re.Pattern:
    """Nothing, or the words that link a magnitude to the scale named after it ("on the", "sur l'échelle de")."""
    links = alt_any_apostrophe(table_of(lang, "MAGNITUDE_SCALE_LINKS"))
    return re.compile(r"[\s\u00a0-]*(?:(?:" + links + r")[\s\u00a0]+)?")


_SCALE_REACH = 40  # "6,0 grados en la escala de Richter": the scale's name a few words after the magnitude


# a magnitude is written with one decimal: "6 Beben", "three earthquakes" count quakes, "1.500" is a thousands figure,
# "las 7.30" a time
_MAGNITUDE_FIGURE = re.compile(r"\d[.,]\d")
_QUAKE_REACH = 40  # "un séisme de 6,3": a quake's noun and its "of" right before the figure
_GLUED_MAGNITUDE = re.compile(r"(?<![\w])m$")  # "M6.2" (the text lower-cased): a moment magnitude's letter


@cache
def _quake_noun_rxs(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """A quake's noun right after a figure ("a 6.0 quake", "6,0-Beben"), and one with its "of" right before a
    figure ("un séisme de 6,3", "sismo de 6,2")."""
    nouns = alt_any_apostrophe(table_of(lang, "QUAKE_NOUNS"))
    return (
        re.compile(r"[\s\u00a0]*-?[\s\u00a0]*(?:" + nouns + r")\b"),
        re.compile(r"\b(?:" + nouns + r")[\s\u00a0]+(?:" + OF + r")[\s\u00a0]*"),
    )


@cache
def _degrees_rx(lang: str) -> re.Pattern:
    """The words of degrees right after a number ("6 grados", "5 degrés"): a temperature's unit (MEASURE_UNITS)."""
    words = [w for w, unit in table_of(lang, "MEASURE_UNITS").items() if unit[0] == "temperature" and w.isalpha()]
    return re.compile(r"[\s\u00a0]+(?:" + alt(words) + r")\b") if words else re.compile(r"(?!)")


def _beside_quake_noun(low: str, lang: str, start: int, end: int, sent: tuple[int, int]) -> int | None:
    """Where the quake's noun that a magnitude stands next to ends, if it does ("a 6.0 quake", "6,0-Beben", "un
    séisme de 6,3", "sismo de 6,2"); a whole number of degrees after the noun and its "of" is a magnitude too
    ("sismo de 6 grados", "un séisme de 5 degrés"), where a temperature is never told."""
    after, before = _quake_noun_rxs(lang)
    told_before = any(m.end() == start for m in before.finditer(low, max(sent[0], start - _QUAKE_REACH), start))
    degrees = _degrees_rx(lang).match(low, end, sent[1]) if told_before else None
    if degrees:
        return degrees.end()
    if not _MAGNITUDE_FIGURE.fullmatch(low, start, end):
        return None
    m = after.match(low, end, sent[1])
    if m:
        return m.end()
    return end if told_before else None


def _glued_magnitude(low: str, lang: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """ "A M6.2 earthquake", "das Beben der Stärke M6,0": a figure with one decimal glued to the magnitude's letter,
    in a sentence that names the quake (an "M1.5" elsewhere is no magnitude)."""
    if not (_GLUED_MAGNITUDE.search(low, max(0, start - 2), start) and _MAGNITUDE_FIGURE.fullmatch(low, start, end)):
        return False
    return bool(phrase_rx("QUAKE_NOUNS", lang).search(low, sent[0], sent[1]))


def _magnitude(low: str, lang: str, start: int, end: int, sent: tuple[int, int]) -> Frame | None:
    """ "a 7.1-magnitude quake", "magnitude 7.1", "Stärke 7,1", "de magnitud 7,1", "6.2 on the Richter scale", "a 7.1
    quake", "un séisme de 7,1"."""
    for m in _phrase_rx("MEASURE_CUES", lang).finditer(low, max(sent[0], start - 24), min(sent[1], end + _SCALE_REACH)):
        if phrase_value("MEASURE_CUES", lang, m) != "magnitude":
            continue
        if m.end() <= start and _MAGNITUDE_GAP.fullmatch(low, m.end(), start):
            return Frame("magnitude", end, "magnitude", measured=True)
        if m.start() >= end and _scale_link_rx(lang).fullmatch(low, end, m.start()):
            return Frame("magnitude", m.end(), "magnitude", measured=True)
    if _glued_magnitude(low, lang, start, end, sent):
        return Frame("magnitude", end, "magnitude", measured=True)
    noun_end = _beside_quake_noun(low, lang, start, end, sent)
    return Frame("magnitude", noun_end, "magnitude", measured=True) if noun_end else None


_LEAD_WINDOW = 45  # characters between a lead phrase and its number
_LEAD_GAP_BREAK = re.compile(r"[.;:!?\d]")


def _lead(low: str, lang: str, start: int, sent: tuple[int, int]) -> str | None:
    """The concept of a lead phrase shortly before the number, in its clause ("an absolute majority of 289",
    "la mayoría absoluta se sitúa en 289", "la majorité absolue (289)")."""
    best = None
    for m in _phrase_rx("FRAME_LEADS", lang).finditer(low, max(sent[0], start - _LEAD_WINDOW), start):
        best = m
    if best is None or _LEAD_GAP_BREAK.search(low, best.end(), start):
        return None
    return phrase_value("FRAME_LEADS", lang, best)


_TOPIC_REACH = 140  # "The death toll in the powerful earthquakes that hit ... had reached 72": a clause away
_TOPIC_BREAK = re.compile(r"[.;:!?()]")
_TOPIC_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def _topic(low: str, lang: str, start: int, sent: tuple[int, int]) -> str | None:
    """The concept of a topic phrase before the number in its sentence part, where no word nearer the number
    says what it counts ("the death toll ... stood at 65", "le bilan ... a atteint 48"), of the counted noun
    a "number of" names ("le nombre d'accusés, 51", "die Zahl der Angeklagten stieg auf 51"), or of the noun of
    people something befell that opens the clause ("Los fallecidos en el accidente ... se elevan a 16")."""
    reach = max(sent[0], start - _TOPIC_REACH)
    found = list(_phrase_rx("FRAME_TOPICS", lang).finditer(low, reach, start))
    counted = [m for m in _count_lead_rx(lang).finditer(low, reach, start) if _noun_after(low, lang, m)]
    affected = [
        m
        for m in _subject_rx(lang).finditer(low, reach, start)
        if (m.start() == sent[0] or _CLAUSE_OPEN.search(low, sent[0], m.start())) and _affected(m.group(1), lang)
    ]
    last = max(found[-1:] + counted[-1:] + affected[-1:], key=lambda m: m.start(), default=None)
    if last is None or _topic_broken(low, lang, last.end(), start, sent):
        return None
    if last in counted:
        return _noun_after(low, lang, last)
    if last in affected:
        return _affected(last.group(1), lang)
    return phrase_value("FRAME_TOPICS", lang, last)


@cache
def _subject_rx(lang: str) -> re.Pattern:
    """A clause opened by a definite article and its noun ("Los fallecidos en el accidente ... se elevan a 16")."""
    return re.compile(r"(?<![\w])(?:" + alt(table_of(lang, "DEFINITE_ARTICLES")) + r")[\s\u00a0]+([^\W\d_][\w’'-]*)")


_CLAUSE_OPEN = re.compile(r"[,;:][\s\u00a0]*$")  # a clause opens right before an article


def _affected(word: str, lang: str) -> str | None:
    """The concept of a noun that counts people something befell ("fallecidos", "blessés", "Toten")."""
    concept = _noun_concept(word, lang, compounds=False)
    return concept if concept in AFFECTED_PEOPLE else None


def _topic_broken(low: str, lang: str, pos: int, start: int, sent: tuple[int, int]) -> bool:
    """Whether the clause between a topic phrase and a number ends, or another figure takes the topic first ("stood
    at 65 as of 3 p.m.": the first figure after it). A magnitude is no such figure: it says which event the toll is
    of ("the death toll from the 7.7 magnitude earthquake ... has reached 1700", "le bilan du séisme de magnitude
    7,7 a atteint 1700")."""
    for m in _TOPIC_FIGURE.finditer(low, pos, start):
        if m.start() < pos:
            continue  # within a date read already
        if _TOPIC_BREAK.search(low, pos, m.start()):
            return True
        pos = _date_figure_end(low, lang, m)
        if pos is None and _magnitude(low, lang, m.start(), m.end(), sent):
            pos = m.end()
        if pos is None:
            return True
    return bool(_TOPIC_BREAK.search(low, pos, start))


def _date_figure_end(low: str, lang: str, m: re.Match) -> int | None:
    """Where a year or a day of a month ends ("the 2024 floods", "vom 1. Januar", "January 1"), a figure that says
    when the event was; None where the figure is no date's."""
    if len(m.group(0)) == 4 and m.group(0)[:2] in ("19", "20"):
        return m.end()
    month_after, month_before = _month_rx(lang)
    after = month_after.match(low, m.end())
    if after:
        return after.end()
    return m.end() if month_before.search(low, max(0, m.start() - 14), m.start()) else None


@cache
def _month_rx(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """A month's name right after a day ("1. januar", "1er janvier", "1 de enero") or right before it ("january 1")."""
    months = alt({w for names in table_of(lang, "MONTHS").values() for w in names})
    return (
        re.compile(r"(?:\.|er|st|nd|rd|th)?[\s\u00a0]+(?:de[\s\u00a0]+)?(?:" + months + r")(?![\w])"),
        re.compile(r"(?<![\w])(?:" + months + r")[\s\u00a0]+$"),
    )


@cache
def _count_lead_rx(lang: str) -> re.Pattern:
    """ "the number of", "le nombre d'" (its noun right after the apostrophe)."""
    table = table_of(lang, "COUNT_LEADS")
    return re.compile(r"(?<![\w])(?:" + alt(table) + r")(?:(?<=['’])|(?=[\s\u00a0]))")


def _noun_after(low: str, lang: str, lead: re.Match) -> str | None:
    """The concept of the counted noun right after a "number of" (an article between: "die Zahl der Toten"), or
    after one word that qualifies it ("the number of confirmed cases", "the number of reported cases", "die Zahl der
    gemeldeten Fälle")."""
    w = _WORD.match(low, lead.end()) or re.match(r"([^\W\d_][\w’'-]*)", low[lead.end() :])
    if not w:
        return None
    word = w.group(1).strip("-’'")
    concept = None if _status_word(word, lang) else _noun_concept(word, lang, compounds=False)
    then = _WORD.match(low, w.end()) if concept is None else None
    return _noun_concept(then.group(1).strip("-’'"), lang, compounds=False) if then else concept


def noun_concept(word: str, lang: str) -> str | None:
    """The concept a lowercase noun names (FRAME_NOUNS), by its form, its lemma or a hyphenated compound's last part."""
    return _noun_concept(word, known_code(lang))


def _noun_concept(word: str, lang: str, *, compounds: bool = True) -> str | None:
    """The concept a counted noun names (FRAME_NOUNS) by its form or its lemma, or, with ``compounds``, by a
    hyphenated compound's last part."""
    nouns = _table("FRAME_NOUNS", lang)
    return nouns.get(word) or nouns.get(lemma(word, lang)) or (_compound_head(word, nouns, lang) if compounds else None)


def _compound_head(word: str, nouns: dict, lang: str) -> str | None:
    """A hyphenated compound counts what its last part counts ("Mpox-Verdachtsfälle", "COVID-deaths")."""
    if "-" not in word:
        return None
    head = word.rsplit("-", 1)[1]
    return (nouns.get(head) or nouns.get(lemma(head, lang or "en"))) if len(head) > 2 else None


def _figure_unit(concept: str) -> str:
    """What a frame's figure is counted in: people for any concept of people (deaths, attendance), else the concept."""
    return "people" if concept in PEOPLE else concept


def frame_of_number(
    low: str,
    lang: str,
    start: int,
    end: int,
    sent: tuple[int, int],
    skip_nouns: frozenset = frozenset(),
    more_persons: frozenset = frozenset(),
    leads: bool = True,
) -> Frame | None:
    """The frame of the number at low[start:end], or None when nothing says what it counts or measures.

    ``skip_nouns``: counted nouns another detector owns (jobs, users...), left to it; ``more_persons``:
    further nouns that count people and take their concept from a predicate.
    """
    lang = known_code(lang)
    found = _magnitude(low, lang, start, end, sent) or _measure(low, lang, start, end, sent)
    if found:
        return found
    lead = _lead(low, lang, start, sent) if leads else None
    if lead:
        # "an absolute majority of 289 seats": the lead says what the number is, the noun only counts it
        counted = frame_of_number(low, lang, start, end, (sent[0], sent[1]), skip_nouns, frozenset(), leads=False)
        return Frame(lead, counted.end if counted else end, _figure_unit(lead))
    nouns, persons = _table("FRAME_NOUNS", lang), _person_nouns(lang)
    partitive = PARTITIVE.match(low, end)
    pos = end
    for _ in range(_MAX_MODIFIERS + 1):
        w = _WORD.match(low, pos)
        if not w or w.end() > sent[1]:
            break
        word = w.group(1).strip("-’'")
        two = _WORD.match(low, w.end())
        # the tables write the straight apostrophe: "chefs d’accusation" is "chefs d'accusation"
        pair = f"{word} {two.group(1)}".replace("’", "'") if two and two.end() <= sent[1] else ""
        if pair in nouns and pair not in skip_nouns:
            return Frame(nouns[pair], two.end(), _figure_unit(nouns[pair]))
        if word in skip_nouns:
            return None
        in_partitive = partitive is not None and w.end() <= partitive.end()  # "12 der Patienten": no relative "der"
        if word in _clause_joiners(lang) and word not in persons and not in_partitive:
            break  # "650 que compte", "9 et d'autres formations": the noun after them is not counted
        concept = _noun_concept(word, lang)
        # "47 confirmed cases", "28 suspected cases" (no "suspect" as its lemma), "53 confirmés": a status word is no
        # noun or predicate of the people (status_of)
        status = pos == end and word not in nouns and _status_word(word, lang)
        counted = _status_counted(low, lang, start, w.end(), sent) if status else None
        if counted:
            return Frame(counted[0], counted[1], "people")
        if not concept and pos == end:
            # "51 condenados", "12 detenidos", "200 évacués": a participle right after the number names the people
            told = _table("FRAME_PREDICATES", lang).get(word)
            concept = told if told in PEOPLE else None
        if concept in ADJACENT_ONLY and pos != end:
            concept = None  # "7:25 am local time" counts no times; "25 times" does
        if concept in TOLD_BY_PREDICATE:
            # "1,800 homes were destroyed": what happened to what the noun counts is the verb's
            told = _predicate_near(low, lang, sent, start, w.end())
            concept = told if told in TOLD_BY_PREDICATE[concept] else concept
        befell = _befell_after(low, lang, sent, w.end(), concept)
        concept = befell or concept
        if concept == "deaths" and _saved(low, lang, start, w.end(), sent):
            concept = "rescued"  # "saved 300 lives" counts people saved, as "saved the lives of 300 people" does
        if concept:
            # "Cincuenta y seis de los pacientes han sido hospitalizados" counts the hospitalised, as "Of the 40
            # passengers, 11 were injured" counts the injured: a part of the group only where no verb counts it
            part = partitive is not None and w.start() >= partitive.end() and not befell
            return Frame(concept, w.end(), _figure_unit(concept), part=part)
        if word in more_persons or is_person_noun(word, lang, counted=True, first=pos == end):
            nxt = _WORD.match(low, w.end())
            head = nxt and nxt.end() <= sent[1] and nxt.group(1).strip("-’'")
            # as written: a lemma would make a noun of a verb ("36.000 Haushalten fiel [fallen] der Strom aus")
            head_concept = head and head not in skip_nouns and nouns.get(head)
            if head_concept:  # "49 autres accusés", "50 weitere Angeklagte": the noun after "others" counts
                return Frame(head_concept, nxt.end(), _figure_unit(head_concept))
            concept = _predicate_near(low, lang, sent, start, w.end())
            concept = concept or _topic(low, lang, start, sent)
            return Frame(concept, w.end(), _figure_unit(concept)) if concept else None
        pos = w.end()
    if taken_things(low, lang, start, end, sent):
        return None  # "stole eight jewels and fled": things taken, which no predicate of people counts
    if _part_lead_rx(lang).search(low, max(sent[0], start - _PART_LEAD_REACH), start):
        return (
            None  # "415 personnes ont été placées en garde à vue, dont 110": a part of the figure before (told_parts)
        )
    concept = _nearest_predicate(
        low,
        lang,
        max(sent[0], start - _BARE_PREDICATE - 20),
        min(sent[1], end + _BARE_PREDICATE),
        start,
        end,
        _BARE_PREDICATE,
    )
    concept = concept if concept in PEOPLE else _topic(low, lang, start, sent)
    return Frame(concept, end, "people") if concept else None


_PART_LEAD_REACH = 20  # "dont 110", "of whom 12", "davon 110": a relative pronoun right before a bare number


@cache
def _part_lead_rx(lang: str) -> re.Pattern:
    """A relative pronoun that ties the number right after it to the figure before it, as its part ("dont", "of
    whom", "davon", "de los cuales")."""
    return re.compile(r"(?<![\w])(?:" + alt(table_of(lang, "PART_LEADS")) + r")[\s\u00a0]+$")


# concepts whose counts have a status: an outbreak's confirmed, probable and suspected cases (and deaths) are three
# figures, as their reports give them side by side ("64 cas, dont 53 confirmés et 11 probables")
STATUS_CONCEPTS = frozenset({"cases", "deaths"})
STATUS = "status"
PLAIN_STATUS = "confirmed"  # the status of a plain count, unless its sentence tells it apart (_told_apart)
# words after a number within which its status word stands ("51 bestätigte Ebola-Fälle", "17.000 cas présumés")
_STATUS_AFTER = 3
# characters around a number within which a status word beside its noun names its status ("casos confirmados asciende
# a 81")
_STATUS_REACH = 50
_DIGIT = re.compile(r"\d")


def _status_word(word: str, lang: str) -> str | None:
    """The status a word gives a count ("confirmed", "probables", "Mpox-Verdachtsfälle": a part of a compound)."""
    table = table_of(lang, "STATUS_WORDS")
    return table.get(word) or next((table[p] for p in word.split("-") if p in table), None)


def _status_noun(word: str, lang: str) -> str | None:
    """The concept of a counted noun whose counts have a status (STATUS_CONCEPTS), else None."""
    concept = _noun_concept(word, lang)
    return concept if concept in STATUS_CONCEPTS else None


@cache
def _coordinated_status_rx(lang: str) -> re.Pattern:
    """ "and 10 probable cases", "et 11 probables": the next member of a list of counts by status, up to its noun."""
    joiners = alt(table_of(lang, "AND_WORDS"))
    return re.compile(
        r"[\s\u00a0]+(?:" + joiners + r")[\s\u00a0]+[\d.,\u00a0]+[\s\u00a0]+[^\W\d_]+[\s\u00a0]+([^\W\d_][\w’'-]*)"
    )


def _status_counted(low: str, lang: str, start: int, status_end: int, sent: tuple[int, int]) -> tuple[str, int] | None:
    """(concept, end) of a count whose status word stands right after the number: the noun after the status ("47
    confirmed cases", "51 bestätigte Ebola-Fälle"); where none follows ("dont 53 confirmés", "(31 confirmados"), the
    noun its sentence counts before it ("64 cas ..., dont 53 confirmés", "42 décès (31 confirmés"), else the noun of
    the next member of its list ("47 confirmed and 10 probable cases"). None for a noun whose counts have no status
    ("5 suspected militants")."""
    pos = status_end
    for _ in range(_MAX_MODIFIERS):
        w = _WORD.match(low, pos)
        if not w or w.end() > sent[1]:
            break
        word = w.group(1).strip("-’'")
        if word in _clause_joiners(lang):
            break
        concept = _status_noun(word, lang)
        if concept:
            return concept, w.end()
        pos = w.end()
    else:
        return None
    if pos != status_end:
        return None  # words after the status that count nothing it knows: no bare status
    before = [_status_noun(m.group(0), lang) for m in _LETTER_RUN.finditer(low, sent[0], start)]
    concept = next((c for c in reversed(before) if c), None)
    if concept:
        return concept, status_end
    nxt = _coordinated_status_rx(lang).match(low, status_end)
    concept = nxt and nxt.end() <= sent[1] and _status_noun(nxt.group(1).strip("-’'"), lang)
    return (concept, status_end) if concept else None


def status_of(low: str, lang: str, start: int, end: int, sent: tuple[int, int], concept: str) -> dict:
    """{STATUS: status} for a count of cases or deaths (STATUS_CONCEPTS) its words give a status (STATUS_WORDS): a
    status word among the few words after the number, up to one after its noun ("47 confirmed", "51 bestätigte
    Ebola-Fälle", "17.000 cas présumés", "28 Verdachtsfälle"), else one beside a noun of the count's concept in its
    clause, before the number ("casos confirmados asciende a 81", "confirmed cases: 36") or after it ("five health
    workers are among the confirmed cases"), no other figure between; {} else."""
    if concept not in STATUS_CONCEPTS:
        return {}
    lang = known_code(lang)
    pos, noun_seen = end, False
    for _ in range(_STATUS_AFTER):
        w = _WORD.match(low, pos)
        if not w or w.end() > sent[1]:
            break
        word = w.group(1).strip("-’'")
        status = _status_word(word, lang)
        if status:
            return {STATUS: status} if _told_apart(low, lang, status, w, sent) else {}
        if noun_seen or word in _clause_joiners(lang):
            break
        noun_seen, pos = _status_noun(word, lang) == concept, w.end()
    rx, reach = phrase_rx("STATUS_WORDS", lang), _STATUS_REACH
    before = reversed(list(rx.finditer(low, max(sent[0], start - reach), start)))
    after = rx.finditer(low, end, min(sent[1], end + reach))
    for m, between in [
        *((m, low[m.end() : start].rstrip(" :\u00a0")) for m in before),
        *((m, low[end : m.start()]) for m in after),
    ]:
        if _DIGIT.search(between) or _CLAUSE_BREAK.search(between):
            continue
        status = phrase_value("STATUS_WORDS", lang, m)
        if _beside_noun(low, lang, m, sent, concept):
            return {STATUS: status} if _told_apart(low, lang, status, None, sent) else {}
    return {}


def _told_apart(low: str, lang: str, status: str, word: re.Match | None, sent: tuple[int, int]) -> bool:
    """Whether a count's status makes it another figure than the plain count. A confirmed count is the plain count
    ("51 people were confirmed dead", "20 confirmed cases", "95 fallecidos confirmados": what is known is what was
    confirmed) unless its sentence sets it against another status ("47 confirmed and 10 probable cases") or against
    the whole it is a part of, its status word standing for its noun (``word``, right after the number: "58
    contaminations, dont 20 confirmées"); a probable or suspected count always is another figure."""
    if status != PLAIN_STATUS:
        return True
    if phrase_values("STATUS_WORDS", lang, low, *sent) - {status}:
        return True
    after = _WORD.match(low, word.end()) if word is not None else None
    return word is not None and (after is None or after.group(1) in _clause_joiners(lang))


def _beside_noun(low: str, lang: str, m: re.Match, sent: tuple[int, int], concept: str) -> bool:
    """Whether the word right before or right after a status word is a noun of the concept ("casos confirmados",
    "confirmed cases")."""
    words = (_WORD_BEFORE.search(low, sent[0], m.start()), _WORD.match(low, m.end()))
    return any(_status_noun(w.group(1).strip("-’'"), lang) == concept for w in words if w and w.end() <= sent[1])


# concepts whose noun counts only right after the number: "local time", "the first time" are no count of times
ADJACENT_ONLY = frozenset({"times"})
# counted nouns whose concept a predicate beside them may change, to one of these ("homes" damaged or destroyed)
TOLD_BY_PREDICATE = {
    "buildings_damaged": frozenset({"buildings_destroyed", "without_power"}),
    # "12 soldiers were killed": those sent to help are counted as what happened to them, if anything did
    "responders": frozenset({"deaths", "injured", "missing", "hospitalised"}),
}
# ... and those whose concept only a predicate after them changes: "15 patients who died", "20 patients hospitalisés",
# "12 víctimas fallecidas" say what befell them, as "15 dead patients" does, while a verb before them is what someone
# did to them ("we treated 70 patients" counts patients, not the people hospitalised)
TOLD_BY_PREDICATE_AFTER = {
    "patients": frozenset({"deaths", "hospitalised", "vaccinated"}),
    "victims": frozenset({"deaths", "injured", "missing", "hospitalised"}),
}


def person_noun_end(low: str, lang: str, end: int, sent: tuple[int, int]) -> int | None:
    """Where the noun of people counted by the number that ends at ``end`` ends ("2,500 firefighters", "80
    fremde Männer", "300 bomberos", "48 millions de citoyens"), at most two words after the number or after its
    scale word's "of"; None when none follows."""
    lang = known_code(lang)
    pos = end
    if low[end - 1 : end].isalpha():  # a scale word takes "de" before the people: "48 millions de citoyens"
        of = _SCALE_OF.match(low, end)
        pos = of.end() if of else end
    elif part := PARTITIVE.match(low, end):  # "18 of the adults", "10 der Kinder": a part of the people it names
        pos = part.end()
    stops, first = table_of(lang, "STOPWORDS"), pos
    others = None  # where "24 other" ends: the people, when no noun of people follows it
    for _ in range(_MAX_MODIFIERS + 1):
        w = _WORD.match(low, pos)
        if not w or w.end() > sent[1]:
            return others
        word = w.group(1).strip("-’'")
        if is_person_noun(word, lang, counted=True, first=pos == first):
            return w.end()
        # a person noun right after the number that is no count of people modifies the next word: the people, if
        # any, follow ("24 other members" are people, "27 member states" are not); a small word of them ("other")
        # counts them itself when no noun of people follows ("24 other co-accused")
        modifier = pos == first and is_person_noun(word, lang)
        if modifier and word in stops:
            others = w.end()
        if not modifier and (word in stops or not word.isalpha()):
            return others  # "9 et d'autres formations": no adjective of the people
        pos = w.end()
    return others


# words at most between a verb of saving and the number it counts the saved of ("saved more than 300 lives"), and
# between the counted noun and a verb of saving after it ("300 vies ont été sauvées")
_SAVED_BEFORE = 3
_SAVED_AFTER = 2


def _saved(low: str, lang: str, start: int, noun_end: int, sent: tuple[int, int]) -> bool:
    """Whether a verb of saving (SAVING_VERBS) tells the lives the number from ``start`` to its noun's end saved,
    not lost: right before the number ("saved 300 lives", "rettete mehr als 300 Menschenleben", "a sauvé 300 vies",
    "salvó 300 vidas") or right after its noun ("300 Menschenleben gerettet", "300 vidas fueron salvadas"), in its
    clause, no number between."""
    rx = phrase_rx("SAVING_VERBS", lang)
    before = any(_only_words(low, m.end(), start, lang, _SAVED_BEFORE) for m in rx.finditer(low, sent[0], start))
    return before or any(
        _only_words(low, noun_end, m.start(), lang, _SAVED_AFTER) for m in rx.finditer(low, noun_end, sent[1])
    )


def _only_words(low: str, a: int, b: int, lang: str, most: int) -> bool:
    """Whether low[a:b] holds at most ``most`` words, and no number, punctuation or word that opens another clause."""
    words = low[a:b].split()
    return (
        len(words) <= most
        and not _CLAUSE_BREAK.search(low, a, b)
        and not _DIGIT.search(low, a, b)
        and not _clause_joiners(lang).intersection(words)
    )


# words at most between a word of taking and the number of things taken ("stole at least eight", "s'est emparé de
# huit"), and between the number and a participle of taking after it ("huit bijoux ont été volés", "las 9 joyas de
# Napoleón robadas")
_TAKEN_BEFORE = 3
_TAKEN_AFTER = 3


def taken_things(low: str, lang: str, start: int, end: int, sent: tuple[int, int]) -> str | None:
    """What befell the things the number at low[start:end] counts where a word of taking tells it (stolen, seized,
    recovered): a verb or a noun of taking right before the number (TAKING_WORDS: "stole eight items", "dérober huit
    bijoux", "sustrajeron nueve joyas", "erbeuteten acht Stücke"), a participle of taking after it, before or after
    the noun (TAKEN_PARTICIPLES: "huit objets volés", "nueve piezas robadas", "acht entwendete Stücke", "eight items
    were stolen"), or such a participle and an auxiliary right before it ("Las joyas robadas fueron nueve"); in its
    clause, no other number between. None where no word of taking stands there."""
    lang = known_code(lang)
    before = list(phrase_rx("TAKING_WORDS", lang).finditer(low, sent[0], start))
    if before and _only_words(low, before[-1].end(), start, lang, _TAKEN_BEFORE):
        return phrase_value("TAKING_WORDS", lang, before[-1])
    participles = phrase_rx("TAKEN_PARTICIPLES", lang)
    after = participles.search(low, end, sent[1])
    if after and _only_words(low, end, after.start(), lang, _TAKEN_AFTER):
        return phrase_value("TAKEN_PARTICIPLES", lang, after)
    told = list(participles.finditer(low, sent[0], start))
    between = low[told[-1].end() : start].split() if told else []
    if len(between) == 1 and between[0] in table_of(lang, "AUXILIARY_VERBS"):
        return phrase_value("TAKEN_PARTICIPLES", lang, told[-1])
    return None


# the people an event harms, moves or carries: both the event's own figures and counts of people
AFFECTED_PEOPLE = frozenset(
    {
        "deaths",
        "injured",
        "missing",
        "displaced",
        "evacuated",
        "rescued",
        "affected",
        "homeless",
        "hospitalised",
        "survivors",
        "passengers",
        "crew",
        "victims",
    }
)
# figures of the event itself, whoever the sentence names: the story's event is their subject
EVENT_CONCEPTS = AFFECTED_PEOPLE | frozenset(
    {
        "magnitude",
        "depth",
        "aftershocks",
        "buildings_damaged",
        "buildings_destroyed",
        "without_power",
        "area_burned",
        "arrested",
        "suspects",
        "attendance",
        "participants",  # the athletes of a games, the marchers of a protest: the event's own, whoever is named
        "speed",
        "temperature",
        # what a theft took, a raid seized, an inquiry recovered (taken_things)
        "stolen",
        "seized",
        "recovered",
        "turnout",
        "voters",
        "majority",
    }
)
# what a person has, said of the person it stands beside ("Dominique Pelicot, 72,", "the 72-year-old
# defendant Dominique Pelicot", "condamné à 20 ans"): the holder is that person, not the sentence's first actor
PERSONAL_CONCEPTS = frozenset({"age", "sentence"})
# results that belong to one actor of several in a sentence ("CDU 28.6%, AfD 20.8%", "Spain 2, England 1")
RESULT_CONCEPTS = frozenset(
    {
        "vote_share",
        "seats",
        "votes",
        "goals",
        "points",
        "wins",
        "medals",
        "titles",
        "appearances",
        "assists",
        "market_share",
        "stake",
        "match_minute",
    }
)
# concepts that count people (what happened to them differs, who is counted does not)
PEOPLE = AFFECTED_PEOPLE | frozenset(
    {
        "arrested",
        "convicted",
        "acquitted",
        "suspects",
        "patients",
        "participants",
        "vaccinated",
        "cases",
        "contacts",
        "voters",
        "attendance",
        "witnesses",
        "jurors",
        "responders",
    }
)


@cache
def phrase_rx(name: str, lang: str) -> re.Pattern:
    """Any phrase of a language's table ``name``, as whole words (a language we lack reads the shared table)."""
    return _phrase_rx(name, known_code(lang))


def phrase_value(name: str, lang: str, found: re.Match):
    """What a language's table ``name`` maps a phrase of it to, the phrase as a pattern of the table found it
    (:func:`phrase_rx`: any white space between its words)."""
    return table_of(known_code(lang), name)[table_key(found.group(0))]


def phrase_values(name: str, lang: str, low: str, start: int, end: int) -> set:
    """What a language's table ``name`` maps each of its phrases in low[start:end] to."""
    return {phrase_value(name, lang, m) for m in phrase_rx(name, lang).finditer(low, start, end)}


@cache
def compound_free_rx(name: str, lang: str) -> re.Pattern:
    """Any phrase of a language's table ``name``, whole and no part of a hyphenated compound ("Start-up" is no
    take-off, "Polizei-Einsatz" names no police)."""
    return re.compile(r"(?<![\w-])(?:" + alt(table_of(known_code(lang), name)) + r")(?![\w-])")


def phrases_around(
    name: str, lang: str, low: str, span: tuple[int, int], sent: tuple[int, int], reach: tuple[int, int]
) -> tuple[list[re.Match], list[re.Match]]:
    """The phrases of table ``name`` (:func:`compound_free_rx`) in a figure's sentence ``sent`` near the figure at
    ``span``: those within ``reach[0]`` characters before it and those within ``reach[1]`` after it, in text order."""
    rx = compound_free_rx(name, lang)
    start, end = span
    before = list(rx.finditer(low, max(sent[0], start - reach[0]), start))
    return before, list(rx.finditer(low, end, min(sent[1], end + reach[1])))


# what a court imposes and a party asks for: a figure after a word of asking is the request
REQUESTED_CONCEPTS = frozenset({"sentence", "fine", "damages", "bail"})
_REQUEST_REACH = 60
_REQUEST_BREAK = re.compile(r"[;:!?()]")


def asked_slot(slot: str, extra: dict) -> str:
    """The slot of a figure asked for: "sentence.requested", labelled "Sentence requested" for reviewers, so two
    facts both called "Sentence" never stand side by side."""
    return f"{slot}.requested" if extra.get("stage") == "requested" else slot


def _requested(low: str, lang: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """A word of asking before the figure in its sentence part ("the prosecution had asked for 10 to 18 years"),
    or after it in its clause, where verbs close it ("hatte 20 Jahre Haft gefordert"); one after a comma says
    the court granted what was asked ("20 years, as requested by the prosecution")."""
    rx = phrase_rx("REQUEST_WORDS", lang)
    before = list(rx.finditer(low, max(sent[0], start - _REQUEST_REACH), start))
    if before and not _REQUEST_BREAK.search(low, before[-1].end(), start):
        return True
    after = rx.search(low, end, min(sent[1], end + _REQUEST_REACH))
    return after is not None and not _CLAUSE_BREAK.search(low, end, after.start())


def _ceiling(low: str, lang: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """A word of the most the law allows opening the figure ("hasta 110 años", "up to 20 years") or before it in its
    sentence part ("faces a maximum possible sentence of four years", "la peine maximale de 20 ans", "il encourt
    jusqu'à quatre ans")."""
    rx = phrase_rx("CEILING_WORDS", lang)
    words = list(rx.finditer(low, max(sent[0], start - _REQUEST_REACH), end))
    return bool(words) and not _REQUEST_BREAK.search(low, min(words[-1].end(), start), start)


def qualifiers(low: str, lang: str, start: int, end: int, sent: tuple[int, int], concept: str = "") -> dict:
    """What keeps this figure apart from others of its concept: an earlier figure ("up from 23",
    "previous round"), an addition ("an additional 500"), a total since the start ("in total since 2019"), a
    sentence or fine asked for rather than imposed ("prosecutors had sought 20 years"), the most the law allows
    ("the maximum penalty of 110 years")."""
    out = {}
    if concept == "age":
        # no word of time makes an age an earlier figure ("Earlier in the match, 17-year-old Lamine Yamal"), but one
        # that dates it to the events told does ("qui avait 19 ans à l'époque": her age then, not the age given now)
        if _told_then(low, lang, start, end, sent):
            out["stage"] = "previous"
    elif phrase_rx("PREVIOUS_WORDS", lang).search(low, max(sent[0], start - 40), start):
        out["stage"] = "previous"
    if concept in REQUESTED_CONCEPTS and _requested(low, lang, start, end, sent):
        out["stage"] = "requested"
    if concept in REQUESTED_CONCEPTS and _ceiling(low, lang, start, end, sent):
        out[CEILING] = CEILING
    if phrase_rx("ADDITION_WORDS", lang).search(low, max(sent[0], start - 16), start) or _added_after(
        low, lang, end, sent
    ):
        out["addition"] = True
    return out | status_of(low, lang, start, end, sent, concept)


_THEN_REACH = 40  # characters around an age within which a word dates it to the time of the events ("à l'époque")


def _told_then(low: str, lang: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Whether a word of its clause dates an age to the time of the events told (AGE_THEN_WORDS: "who was 19 at the
    time", "qui avait 19 ans à l'époque", "die damals 19 Jahre alt war", "que tenía 19 años en ese momento")."""
    before, after = phrases_around("AGE_THEN_WORDS", lang, low, (start, end), sent, (_THEN_REACH, _THEN_REACH))
    return any(not _CLAUSE_BREAK.search(low, m.end(), start) for m in before) or any(
        not _CLAUSE_BREAK.search(low, end, m.start()) for m in after
    )


# the part of the story's event a date or a time belongs to (align: a qualifier a figure naming none joins): "departed
# at 13:39" and "the crash occurred at 13:39" are two facts, each told by two reports, not one
SUB_EVENT = "sub_event"
_SUB_EVENT_BEFORE = 80  # characters before a date or a time within which its sentence names its part of the event
_SUB_EVENT_AFTER = 60  # ... and after it ("On July 18th, 2024, the company released an update")
_SUB_EVENT_BREAK = re.compile(r"[;:()\[\]\"“”«»]")


def sub_event(low: str, lang: str, start: int, end: int, sent: tuple[int, int]) -> dict:
    """{SUB_EVENT: key} for a date or a time whose sentence names the part of the event it belongs to (SUB_EVENTS:
    "departed at 13:39", "Le crash est survenu à 13 h 39", "began deliberations Wednesday", "a provoqué une panne,
    vendredi 19 juillet"): the nearest such word before it, else the one part named after it, with no bracket,
    quote or colon between; {} where the sentence names none."""
    lang = known_code(lang)
    before, after = phrases_around("SUB_EVENTS", lang, low, (start, end), sent, (_SUB_EVENT_BEFORE, _SUB_EVENT_AFTER))
    before = [m for m in before if not _SUB_EVENT_BREAK.search(low, m.end(), start)]
    if before:
        return {SUB_EVENT: phrase_value("SUB_EVENTS", lang, before[-1])}
    parts = {phrase_value("SUB_EVENTS", lang, m) for m in after if not _SUB_EVENT_BREAK.search(low, end, m.start())}
    # after the figure, two parts named leave it unclear which it dates ("am Donnerstag beim Start ... abgestürzt")
    return {SUB_EVENT: parts.pop()} if len(parts) == 1 else {}


def left_stage(role: str | None) -> dict:
    """{"stage": "previous"} for a figure whose role (:func:`figure_role`) is the level a change left, else {}: a
    rate's or a value's figure of before is another figure than the one it reached, however near ("de 4 % à
    3,75 %")."""
    return {"stage": "previous"} if role == LEFT else {}


@cache
def _addition_after_rx(lang: str) -> re.Pattern:
    """An addition word right after a figure or after one word (its noun), that word no "or" ("1,000 or more")
    and no unit of time ("cinco años más tarde" is later, not more years)."""
    words, ors, times = (table_of(lang, name) for name in ("ADDITION_AFTER", "OR_WORDS", "TIME_UNITS"))
    noun = r"(?!(?:" + alt([*ors, *times]) + r")[\s\u00a0])[^\W\d_][\w'’-]*[\s\u00a0]+"
    return re.compile(r"[\s\u00a0]+(?:" + noun + r")?(?:" + alt(words) + r")(?![\w])")


def _added_after(low: str, lang: str, end: int, sent: tuple[int, int]) -> bool:
    """ "1,000 more troops", "1.000 soldados más", "500 postes supplémentaires": an addition named after the figure."""
    return _addition_after_rx(known_code(lang)).match(low, end, sent[1]) is not None


# figures of an election that belong to one round of it or one stage of its count ("28% in the first
# round", "selon l'estimation Ipsos", "vorläufiges Endergebnis"): figures of two rounds, or a projection and
# the final result, are two facts, never a conflict
ELECTION_CONCEPTS = frozenset({"vote_share", "seats", "votes", "turnout", "majority", "constituencies"})
# the two things a stage word says, each a claim's extra key: which round, and which stage of the count
ELECTION_ROUNDS = frozenset({"first_round", "second_round"})
STAGE_KEYS = ("election_round", "election_count")
# stages of the count that estimate it: their figures are never the count's, even where a figure names no stage
ESTIMATES = frozenset({"exit_poll", "projection"})
ESTIMATE = "estimate"


def election_stages(low: str, lang: str, start: int, end: int, sent: tuple[int, int]) -> dict:
    """The round ("first_round", "second_round") and the stage of the count ("exit_poll", "projection",
    "result") a figure's sentence names, each the one nearest the figure, else the one an earlier sentence of its
    paragraph names last; none where neither names one. A round a relative clause closed before the figure names
    is what the clause tells of its actor, not the figure's (:func:`_in_closed_relative`). A figure of an exit poll
    or a projection also carries
    ``estimate``: an estimate is another figure than the count's, whatever the count says."""
    out = _stages_in(low, lang, start, end, sent[0], sent[1])
    paragraph = low.rfind("\n", 0, sent[0]) + 1
    if len(out) < len(STAGE_KEYS) and paragraph < sent[0]:
        # a stage an earlier sentence of the paragraph named ("According to the exit poll, Labour wins 410 seats.
        # The Conservatives get 131. The Liberal Democrats win 58.") holds for the figures that name none
        for key, stage in _stages_in(low, lang, sent[0], sent[0], paragraph, sent[0]).items():
            out.setdefault(key, stage)
    if out.get(STAGE_KEYS[1]) in ESTIMATES and not _whole_counted_in(low, lang, start, end, sent):
        out[ESTIMATE] = out[STAGE_KEYS[1]]
    return out


@cache
def _out_of_rx(lang: str) -> re.Pattern:
    """A figure and an "out of" word right before another figure ("410 of the 650", "412 des 650", "411 sièges sur
    les 650", "410 der insgesamt 650"): the later figure is the whole the first is counted in."""
    out_of = alt(table_of(lang, "OUT_OF_WORDS"))
    return re.compile(
        r"\d[\s\u00a0]+(?:[^\W\d_]+[\s\u00a0]+)?(?:" + out_of + r")[\s\u00a0]+(?:[^\W\d_]+[\s\u00a0]+){0,2}$"
    )


def _whole_counted_in(low: str, lang: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Whether a figure is the whole of which another is counted (the house's seats "410 of the 650 seats"), or
    names the size of what its compound names ("im 650-Sitze-Parlament"): the size of a parliament, which no poll
    estimates."""
    return (
        _COMPOUND_SIZE.match(low, start, min(sent[1], end + 30)) is not None
        or _out_of_rx(known_code(lang)).search(low, max(sent[0], start - 60), start) is not None
    )


# a figure hyphened to its noun before the noun it sizes: "650-Sitze-Parlament", "a 650-seat parliament"
_COMPOUND_SIZE = re.compile(r"[\d.,]+-[^\W\d_]+(?:-|[\s\u00a0]+[^\W\d_])")


def _stages_in(low: str, lang: str, start: int, end: int, a: int, b: int) -> dict:
    """The round and stage of the count named in low[a:b], each the one nearest start..end."""
    rx = phrase_rx("ELECTION_STAGES", lang)
    out: dict[str, tuple[int, str]] = {}
    for m in rx.finditer(low, a, b):
        if _in_closed_relative(low, lang, m.start(), m.end(), start, a):
            continue
        stage = phrase_value("ELECTION_STAGES", lang, m)
        key = STAGE_KEYS[0] if stage in ELECTION_ROUNDS else STAGE_KEYS[1]
        distance = max(m.start() - end, start - m.end(), 0)
        if key not in out or distance < out[key][0]:
            out[key] = (distance, stage)
    return {key: stage for key, (_, stage) in out.items()}


@cache
def _relative_rx(lang: str) -> re.Pattern:
    """A relative clause's opening: a comma, then its pronoun ("..., que ganó la primera vuelta, ...")."""
    return re.compile(r",[\s\u00a0]+(?:" + alt(table_of(lang, "RELATIVE_PRONOUNS")) + r")(?![\w])[^,]*$")


def _in_closed_relative(low: str, lang: str, s: int, e: int, figure: int, a: int) -> bool:
    """Whether a stage before a figure is named in a relative clause closed before it ("la Agrupación Nacional, que
    ... tras su victoria en la primera vuelta ..., deberá conformarse con ... 143 escaños"): the round of what the
    clause tells of its actor, not the figure's."""
    between = low[e:figure]
    return (
        e <= figure
        and "," in between
        and not _SENTENCE_END.search(between)
        and _relative_rx(known_code(lang)).search(low, a, s) is not None
    )


_SENTENCE_END = re.compile(r"[.;!?](?:[\s\u00a0]|$)")


def staged_slot(slot: str, stage: str) -> str:
    """The slot of a figure of one election stage: "seats.first_round", labelled "Seats won (first round)"."""
    return f"{slot}.{stage}" if stage else slot


def cumulative(low: str, lang: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """A total over time ("has raised $40m in total", "insgesamt", "depuis sa création")."""
    rx = phrase_rx("CUMULATIVE_WORDS", lang)
    return bool(rx.search(low, max(sent[0], start - 50), start) or rx.search(low, end, min(sent[1], end + 40)))


def combined(low: str, lang: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """The sum of several actors' figures ("a combined revenue of $63 billion", "chiffre d'affaires cumulé")."""
    rx = phrase_rx("COMBINED_WORDS", lang)
    return bool(rx.search(low, max(sent[0], start - 50), start) or rx.search(low, end, min(sent[1], end + 40)))


def score_cue_rx(lang: str) -> re.Pattern:
    """Words that make "3-1" a match result, in the text's language (all languages when unknown)."""
    return phrase_rx("SCORE_CUES", lang)


@cache
def _score_cue_lemmas(lang: str) -> frozenset:
    words = table_of(lang, "SCORE_CUES")
    return frozenset(lemma(w, lang or "en") for w in words if " " not in w)


_LETTERS = re.compile(r"[^\W\d_]{3,}")


def has_score_cue(low: str, lang: str, a: int, b: int) -> bool:
    """Whether low[a:b] has a word for winning, losing or a match, as written or inflected ("besiegten",
    "l'emporter" by their lemma)."""
    lang = known_code(lang)
    if score_cue_rx(lang).search(low, a, b):
        return True
    lemmas = _score_cue_lemmas(lang)
    return any(lemma(m.group(0), lang or "en") in lemmas for m in _LETTERS.finditer(low, a, b))


def frame_nouns(lang: str) -> dict:
    """Counted nouns and their concepts, by form and lemma, in the text's language (all when unknown)."""
    return _table("FRAME_NOUNS", known_code(lang))


def comparison_rx(lang: str) -> re.Pattern:
    """Words that end just before a date a figure is compared with ("compared to 2021", "gegenüber 2021")."""
    return _COMPARISON_RX.get(lang) or _COMPARISON_RX.setdefault(
        lang,
        re.compile(r"(?<![\w])(?:" + alt(table_of(lang, "COMPARISON_WORDS")) + r")[\s\u00a0]+" + ARTICLE + "?$"),
    )


_COMPARISON_RX: dict[str, re.Pattern] = {}
