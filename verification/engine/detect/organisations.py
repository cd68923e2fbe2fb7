"""Organisations, products and vehicles a story names, with what each is to it: the operator of a crashed plane
("PSA Airlines"), the aircraft ("a Sikorsky H-60 helicopter"), the investigating body, the court, the journal a
result was published in.

A name is one of them where a word of its own name says so ("PSA Airlines", "Supreme Court", "Corte Federal"),
where words beside it do (a noun of its language's ``ORGANISATION_NOUNS`` right before it, right after it or in
apposition: "the airline X", "Fachzeitschrift Nature", "Black Hawk helicopter", "The plane, a Learjet 55"; a lead
of ``ORGANISATION_LEADS``: "operated by PSA", "publié dans Nature"), or where its shape does (an organisation's
acronym, camel case or organisation word: "NTSB", "CrowdStrike"). What it is to the story is its concept, one per
name in an article: what its own name says before what the words beside it say (the name reads alike in every
report, the words beside it do not), then what most of its mentions say.

A name a role claim gives a person, a person's surname, a place, an event and the outlet that publishes the
story are none of them. The claim is a relation with no subject ("Operator: PSA Airlines"): what the story names,
one fact per organisation across reports (``align.one_name_per_organisation`` joins the forms of its name).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import cache, lru_cache

import simplemma

from .. import lexicon as L
from ..claims import names_only
from ..context import Context
from ..entities import Entity, is_special, norm_key, title_words
from ..gazetteer import region_names
from ..lang import LANGUAGES, language, merged, table_of
from ..organisations import organisation_key
from .people import capitalised_word
from .places import named_place
from .shared import is_person

# concepts a product or vehicle has, not an organisation
PRODUCT_CONCEPTS = frozenset({"aircraft", "vehicle", "product"})
FIGURES = frozenset({"money", "count", "percent", "measure"})
SHAPE_CONCEPT = "organisation"  # what an organisation's acronym or organisation word says it is, and no more
# how strongly each kind of evidence says what a name is: its own words, words beside it, its shape
OWN_WORDS, BESIDE, SHAPE = 3, 2, 1
COMPOUND_MIN = 5  # a noun this long may end a compound ("Militärhubschrauber", "Fluggesellschaft")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# a model's number after its name, ending a clause ("Learjet 55,", "Windows 10.", "(Ship 29)"), not a figure
_DESIGNATION = re.compile(r"[ \u00a0](\d{1,4})(?=[,;:)\]\"”’]|\.(?:\s|$)|$)")
_YEARS = range(1900, 2100)


@cache
def _frame_words(lang: str) -> re.Pattern:
    """Every lead and noun of ``lang`` that may say what a name beside it is, as one pattern: an article is scanned
    once, not around each name."""
    nouns = table_of(lang, "ORGANISATION_NOUNS")
    exact = r"(?<![\w-])(?:" + L.alt([*table_of(lang, "ORGANISATION_LEADS"), *nouns]) + r")(?![\w-])"
    if not table_of(lang, "NOUN_DETERMINERS"):
        return re.compile(exact)
    # a language that writes compounds as one capitalised word ("Militärhubschrauber") also ends them with a noun
    compounds = r"(?<![\w-])[\w-]+(?:" + L.alt(n for n in nouns if len(n) >= COMPOUND_MIN) + r")(?![\w-])"
    return re.compile(exact + "|" + compounds)


@lru_cache(maxsize=50_000)
def _noun_concept(word: str, lang: str) -> str:
    """The concept of a noun of ``lang``'s ORGANISATION_NOUNS, or of a compound it ends ("Militärhubschrauber",
    "US-Airline"): "" for none."""
    nouns = table_of(lang, "ORGANISATION_NOUNS")
    w = word.lower()
    tail = w.rsplit("-", 1)[-1]
    if w in nouns or tail in nouns:
        return nouns.get(w) or nouns[tail]
    return next((c for n, c in nouns.items() if len(n) >= COMPOUND_MIN and len(w) >= len(n) + 3 and w.endswith(n)), "")


def _trimmed(ctx: Context, e: Entity) -> tuple[int, int, str, str]:
    """The name without the nouns it opens with ("Tochtergesellschaft PSA Airlines", "Fachzeitschrift Nature") or
    the compound that describes it ("US-Notenbank Federal Reserve"), and with the number that makes it a model ("Learjet 55", "Windows 10"): (start, end, name, concept of the
    nouns dropped)."""
    start, end = e.start, e.end
    concept = ""
    # only where the language capitalises its common nouns (it has NOUN_DETERMINERS) is a capitalised noun before
    # a name none of it: "Corte Federal", "Institut Pasteur" are names
    words = list(_WORD.finditer(ctx.text, start, end)) if language(ctx.lang).NOUN_DETERMINERS else []
    while len(words) > 1 and (c := _noun_concept(words[0].group(0), ctx.lang)):
        concept = concept or c
        words = words[1:]
        start = words[0].start()
    # a compound that says what the name after it is ("US-Notenbank Federal Reserve", "US-Präsidenten Donald
    # Trump") is none of it either
    if len(words) > 1 and _noun_compound_tail(ctx, words[0].group(0)):
        words = words[1:]
        start = words[0].start()
    m = _DESIGNATION.match(ctx.text, end)
    if m and int(m.group(1)) not in _YEARS:
        end = m.end(1)
    return start, end, ctx.text[start:end], concept


@lru_cache(maxsize=50_000)
def _own_concept(name: str) -> str:
    """What the name's own head word says it is, in whichever language the name is: its last word ("PSA
    Airlines" in a French report, "Supreme Court") or its first ("Corte Federal del Distrito", "Institut Pasteur")."""
    words = [w for w in _WORD.findall(name) if w.lower() not in L.NAME_CONNECTORS]
    if len(words) < 2:
        return ""
    return _noun_concept(words[-1], "") or _noun_concept(words[0], "")


_SMALL = r"(?:[a-zà-ÿ]{1,4}[\s\u00a0]+|[a-zà-ÿ]['’])?"  # an article between a lead and a name: "operated by the"
_AFTER_LEAD = re.compile(r"[\s\u00a0]+" + _SMALL)
_AFTER_NOUN = re.compile(r"[\s\u00a0]+(?:([a-zà-ÿ][\w-]*)[\s\u00a0]+)?")  # "hélicoptère militaire X"
_APPOSITION = re.compile(r"[\s\u00a0]*,[\s\u00a0]+" + _SMALL)  # "The plane, a X"
_SPACE = re.compile(r"[\s\u00a0]+")


NAME_BEFORE = 80  # characters a name's words may run before its last word


class _Frames:
    """The words of an article that may say what a name beside them is, found once: (start, end, word)."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.found = [(m.start(), m.end(), m.group(0)) for m in _frame_words(ctx.lang).finditer(ctx.low)]
        self.starts = [f[0] for f in self.found]
        self.leads = table_of(ctx.lang, "ORGANISATION_LEADS")
        self.of_words = frozenset(table_of(ctx.lang, "OF_WORDS"))
        self.locatives = frozenset(table_of(ctx.lang, "LOCATIVE_PREPOSITIONS"))
        self.articles = frozenset(table_of(ctx.lang, "ARTICLES"))
        # a language that writes its adjectives after the noun ("hélicoptère militaire X", "compañía aérea X")
        self.adjectives_after = bool(table_of(ctx.lang, "NAME_ADJECTIVE_ENDINGS"))

    def _between(self, word: str | None, person: bool) -> bool:
        """Whether a word may stand between a noun and the name it says what is: none ("the airline X"), an
        adjective where the language writes it after its noun ("compagnie aérienne X"), a place's preposition
        ("the court in Avignon"), "of" before no person (a person after it owns the thing: "la empresa de Elon
        Musk", "die Partei von X"); not a verb or an article ("the court sentenced X", "le parti le PSG")."""
        if word is None:
            return True
        if word in self.of_words:
            return not person
        if word in self.locatives:
            return True
        return self.adjectives_after and word not in self.articles and word not in title_words()

    def _in_a_name(self, start: int, end: int, name: int) -> bool:
        """Whether the noun at start..end is a word of a name of two words or more right before the name at ``name``
        ("Labour Party", "Partido Laborista" before "Keir Starmer"), not of one a word parts from it ("the Federal
        District Court in Manhattan")."""
        return any(
            e.start <= start and e.end >= end and " " in e.name and not self.ctx.text[e.end : name].strip()
            for e in self.ctx.ents_between(max(0, start - NAME_BEFORE), name)
        )

    def beside(self, start: int, end: int, person: bool = False) -> str:
        """What the words right before or after a name say it is: a lead ("operated by", "publié dans"), a noun
        right before it ("the airline X", "hélicoptère militaire X", not "party leader X") or in apposition ("The
        plane, a X"), a noun right after it ("X helicopter"). ``person``: the name is shaped like a person's."""
        low = self.ctx.low
        i = bisect_left(self.starts, start)
        for fs, fe, word in reversed(self.found[max(0, i - 2) : i]):
            word = " ".join(word.split())
            if self._in_a_name(fs, fe, start):
                continue  # "the Labour Party Keir Starmer", "el Partido Laborista Keir Starmer": the noun is another name's
            if word in self.leads and _AFTER_LEAD.fullmatch(low, fe, start):
                return self.leads[word]
            if word not in self.leads:
                gap = _AFTER_NOUN.fullmatch(low, fe, start)
                if (gap and self._between(gap.group(1), person)) or _APPOSITION.fullmatch(low, fe, start):
                    return _noun_concept(word, self.ctx.lang)
        j = bisect_left(self.starts, end)
        if j < len(self.found) and _SPACE.fullmatch(low, end, self.found[j][0]):
            return _noun_concept(self.found[j][2], self.ctx.lang)
        return ""


_DIGIT = re.compile(r"\d")
# what no organisation's name looks like: a capital run into a word ("QWhat", "AThe": a heading's letter), a
# lowercase tail after a hyphen ("AI-ready")
_MISREAD = re.compile(r"(?<![\w-])[A-Z][A-Z][a-z]{2,}|-[a-z]")
_MODEL = re.compile(r"(?<![\w-])[A-Z]{1,4}-?\d{2,4}(?![\w-])")  # "H-60", "CRJ-700", "H800", "A320"


@lru_cache(maxsize=50_000)
def _shape(name: str, typ: str) -> str:
    """What a name's shape alone says it is: a maker's name and a model ("Sikorsky H-60", "Nvidia H800") a product;
    an acronym, camel case, an organisation word (entities.py's "org") or an international organisation's name an
    organisation; any other number nothing ("COVID-19")."""
    if " " in name.strip() and _MODEL.search(name):
        return "product"
    if _DIGIT.search(name):
        return ""
    if _MISREAD.search(name):
        return ""
    return SHAPE_CONCEPT if typ == "org" or organisation_key(name) else ""


def _type_of(name: str) -> str:
    """The type entities.py gives a name of its own (its words alone): "org" for an organisation's word or shape."""
    return "org" if is_special(name) or any(w.lower() in L.ORG_WORDS for w in _WORD.findall(name)) else "name"


_TWIN_GAP = re.compile(r"[\s\u00a0]*[\"“«‘'][\s\u00a0]*")
_TWIN_CLOSE = re.compile(r"[\s\u00a0]*[\"”»’']")


def _twins(ctx: Context) -> dict[int, int]:
    """One thing named twice in a row, the second name in quotes ('Sikorsky H-60 "Black Hawk"'): the
    start of the first name -> the end of the second, and the start of the second -> -1."""
    out = {}
    for a, b in zip(ctx.entities, ctx.entities[1:]):
        if (
            a.type != "place"
            and b.type != "place"
            and _TWIN_GAP.fullmatch(ctx.text, a.end, b.start)
            and _TWIN_CLOSE.match(ctx.text, b.end)
        ):
            out[a.start], out[b.start] = b.end, -1
    return out


_HEAD = re.compile(r"-(\w+)")


def _place_head(ctx: Context, e: Entity) -> bool:
    """A name that heads a compound with a place noun ("Reagan-National-Flughafens") names a place."""
    m = _HEAD.match(ctx.text, e.end)
    return m is not None and m.group(1).lower() in table_of(ctx.lang, "PLACE_NOUNS")


_CAPITALS = re.compile(r"[^\W\d_a-zß-ÿ]{4,}")  # a word in capitals, too long for most acronyms: "HAPPENED"


def _known_word(word: str, lang: str) -> bool:
    """A word of the language's dictionary (simplemma's), in any case: "happened", "Prozent", not "NASA"."""
    return simplemma.is_known(word.lower(), lang=lang)


def _common_words(ctx: Context, e: Entity, apart: frozenset) -> bool:
    """Capitalised common words, no name: a German phrase of two words or more that opens with an inflected
    word ("Aktuelle Supercomputer", "Milliarden Jahre"); a heading's words in capitals ("HAPPENED", "SPAIN VS
    ENGLAND HIGHLIGHTS"); a compound of common words and number words ("Fünf-Prozent", "Tech-Aktien") that the
    text does not also write as words apart (``apart``, the keys of _names_apart)."""
    if e.type == "name" and " " in e.name and capitalised_word(ctx, e):
        return True
    if e.type == "place" or ctx.lang not in LANGUAGES:
        return False
    words = e.name.split()
    if any(_CAPITALS.fullmatch(w) for w in words):
        return all(_known_word(w, ctx.lang) for w in words)
    parts = e.name.split("-")
    return (
        len(words) == 1
        and len(parts) > 1
        and all(p and _known_word(p, ctx.lang) for p in parts)
        and not _noun_concept(parts[-1], ctx.lang)  # "Labour-Partei"
        and norm_key(" ".join(parts)) not in apart  # "Super-Heavy" beside "Super Heavy"
    )


@cache
def _organisation_words() -> frozenset[str]:
    """Every language's words that make a name an organisation's, or say what one is ("Committee", "Agency",
    "Groupe", "Parliament", "Partei")."""
    return L.ORG_WORDS | frozenset(merged("ORGANISATION_NOUNS"))


def _generic(name: str) -> bool:
    """A name of one word that is an organisation's word: the head of a longer name the text cut ("the Committee on
    Foreign Investment", "l'Agence de gestion des incendies"), or the noun a text names one by again ("the Agency
    said", "du Groupe"); which one, the story's other claims say."""
    word = _WORD.fullmatch(name.strip())  # not "Ship 30": a model's number makes it one thing
    return word is not None and word.group(0).lower() in _organisation_words()


def _names_apart(ctx: Context) -> frozenset:
    """The keys of the names the text writes as words apart ("Super Heavy")."""
    return frozenset(e.key for e in ctx.entities if " " in e.name)


def _name_only(c) -> bool:
    """A person's name with nothing said of them (detect/people.py)."""
    return c.kind == "role" and names_only(c.kind, c.slot, c.subject, c.value)


def _held_by(c, claimed: list[tuple[int, int]]) -> bool:
    """A person's name-only claim on a claimed name, or a figure that starts inside one ("H-60.": the ordinal "60."
    a full stop made)."""
    if not (_name_only(c) or c.kind in FIGURES):
        return False
    i = bisect_left(claimed, (c.end,))
    near = claimed[max(0, i - 4) : i]
    if _name_only(c):
        return any(a < c.end and c.start < b for a, b in near)
    return any(a < c.start and c.end <= b + 1 for a, b in near)


def _people(ctx: Context) -> tuple[frozenset, frozenset]:
    """(keys of the people the role claims name, the surnames of every two-word name the text gives)."""
    persons = frozenset(c.value.get("person", "") for c in ctx.claims if c.kind == "role" and not _name_only(c))
    surnames = frozenset(k.split()[-1] for k in (*ctx.person_keys(), *persons) if k)
    return persons, surnames


def _evidence(frames: _Frames, e: Entity, start: int, end: int, name: str, lead: str) -> Counter:
    """What a mention of a name says it is: (strength, concept) -> how often."""
    found = Counter()
    if e.type != "place":
        if own := _own_concept(name):
            found[(OWN_WORDS, own)] += 1
        if lead:
            found[(BESIDE, lead)] += 1
        if shape := _shape(name, e.type if name == e.name else _type_of(name)):
            found[(SHAPE, shape)] += 1
    beside = frames.beside(start, end, is_person(e))
    if beside and (e.type != "place" or beside == "court"):  # a court named by its place: "Manhattan jury"
        found[(BESIDE, beside)] += 1
    return found


class _Others:
    """What the other claims of an article say of its names: the spans they hold (a role's organisation, a
    relation's object, an office's place: that claim's; not a figure that starts inside a name, see _held_by), and
    the actors of its figures, sentence by sentence."""

    def __init__(self, ctx: Context):
        self.held = sorted(
            (c.start, c.end, c.kind in FIGURES) for c in ctx.claims if c.kind != "quote" and not _name_only(c)
        )
        self.actors = {(c.subject, c.sentence_start) for c in ctx.claims if c.subject and c.kind in FIGURES}

    def hold(self, start: int, end: int) -> bool:
        i = bisect_left(self.held, (end,))
        return any(
            a < end and start < b and not (figure and start < a and b <= end + 1)
            for a, b, figure in self.held[max(0, i - 8) : i]
        )

    def act(self, sentence: int, *keys: str) -> bool:
        return any((k, sentence) in self.actors for k in keys)


def _not_organisation(ctx: Context, e: Entity) -> bool:
    """An event, the outlet, a dateline's place, a region ISO 3166-2 names, a place by its noun ("Potomac-Flusses", "aéroport Ronald Reagan",
    "Reagan-National-Flughafens"), words that are no name (_no_name)."""
    return (
        e.type == "event"
        or _no_name(ctx, e)
        or e.key == ctx.outlet
        or any(s <= e.start < end for s, end in ctx.datelines.items())
        or (named_place(ctx, e) is not None and not _own_concept(e.name))  # not "Corte Federal del Distrito"
        or _place_head(ctx, e)
        or (e.type != "place" and e.name in region_names())  # "Haut-Rhin"; a court by its place stays: see _evidence
    )


_DASH = re.compile(r"-{2,}|[–—]")
# a dateline in capitals before the story's date: "DHARAMSHALA, Jan. 7:"
_DATELINE_COMMA = re.compile(r"[\s\u00a0]*,[\s\u00a0]*")


def _misencoded(name: str) -> bool:
    """Text read in the wrong encoding: its letters, written back in a Windows or Latin code page, are UTF-8 for
    others ("participaciĂłn" for "participación", "Ã©tÃ©"), a name written right is no UTF-8 in them ("Müller");
    or a capital with an accent after a lowercase letter, what is left of such text once a byte was lost
    ("mĂnima"). ``name`` holds the character after the name: a byte may be read as a mark ("Ă©")."""
    if name.isascii():
        return False
    if any(a.islower() and b.isupper() and not b.isascii() for a, b in zip(name, name[1:])):
        return True
    for page in ("cp1252", "cp1250", "latin-1"):
        try:
            if name.encode(page).decode("utf-8") != name:
                return True
        except UnicodeError:
            continue
    return False


def _dateline_in_capitals(ctx: Context, e: Entity) -> bool:
    """A place in capitals opening its sentence before the date the story was filed ("DHARAMSHALA, Jan. 7: ..."),
    a dateline the context's pattern (a dash after it) does not know."""
    if not e.name.isupper() or ctx.sentence(e.start)[0] != e.start:
        return False
    m = _DATELINE_COMMA.match(ctx.text, e.end)
    return m is not None and any(d.start == m.end() for d in ctx.dates_between(m.end(), m.end() + 1))


def _noun_compound_tail(ctx: Context, word: str) -> bool:
    """A word that ends in a common noun of a language that capitalises its nouns, after a hyphen ("Eckball" of
    "Kroos-Eckball", "Chef" of "Tesla-Chef"): a compound that says what something is, no organisation's name;
    not an organisation's noun ("Airbus-Tochter", "Labour-Partei"), not a short word a brand ends in ("Coca-Cola",
    "Mercedes-Benz")."""
    if "-" not in word.strip("-") or not language(ctx.lang).NOUN_DETERMINERS:
        return False
    tail = word.rsplit("-", 1)[-1]
    return (
        tail[:1].isupper()
        and len(tail) >= COMPOUND_MIN
        and _known_word(tail, ctx.lang)
        and not _noun_concept(tail, ctx.lang)
    )


def _compound_noun(ctx: Context, name: str) -> bool:
    """One word compounded with a common noun ("Füllkrug-Flugkopfball", "Bonaire-Staudamm"): a thing, no name."""
    return " " not in name.strip() and _noun_compound_tail(ctx, name.strip())


def _no_name(ctx: Context, e: Entity) -> bool:
    """Words taken for a name that are none: mis-encoded text, two words a dash joins ("KANAZAWA--The"), a
    dateline in capitals, a compound of a common noun (_compound_noun)."""
    return (
        _misencoded(ctx.text[e.start : e.end + 1])
        or _DASH.search(e.name) is not None
        or _dateline_in_capitals(ctx, e)
        or _compound_noun(ctx, e.name)
    )


def detect_organisations(ctx: Context) -> None:
    persons, surnames = _people(ctx)
    others = _Others(ctx)
    twins = _twins(ctx)
    frames = _Frames(ctx)
    apart = _names_apart(ctx)
    mentions: dict[str, list[tuple[int, int, str, bool]]] = {}
    evidence: dict[str, Counter] = {}
    for e in ctx.entities:
        if twins.get(e.start) == -1:
            continue
        start, end, name, lead = _trimmed(ctx, e)
        if e.start in twins:
            end = twins[e.start]
            name = ctx.text[start:end]
        if e.key in persons:
            continue
        found = _evidence(frames, e, start, end, name, lead)
        if not found or _not_organisation(ctx, e):
            continue
        key = norm_key(name)
        if not key or key in persons or _generic(name):
            continue
        if _common_words(ctx, e, apart) or e.type == "name" and name == e.name and " " not in key and key in surnames:
            continue
        # a name that only its shape makes an organisation, and that a figure of its sentence is about ("22,6 pour
        # cent pour la CDU"), is that figure's actor: the figure's fact names it
        actor = set(found) == {(SHAPE, SHAPE_CONCEPT)} and others.act(ctx.sentence(start)[0], key, e.key)
        named = bool(found) and not actor and not others.hold(start, end)
        mentions.setdefault(key, []).append((start, end, name, named))
        evidence.setdefault(key, Counter()).update(found)
    claimed = _claim(ctx, mentions, evidence)
    # a name found to be an organisation, product or vehicle is none of the people detect/people.py took it for, and
    # a number inside it is its model's ("Windows 10", "H-60"), no figure
    if claimed:
        ctx.claims[:] = [c for c in ctx.claims if not _held_by(c, claimed)]


def _claim(ctx: Context, mentions: dict, evidence: dict[str, Counter]) -> list[tuple[int, int]]:
    """One claim per mention that says what its name is, under the concept the name's strongest and most frequent
    evidence in the article gives it; the spans claimed, in order."""
    claimed = []
    for key, found in evidence.items():
        if not found:
            continue
        (_, concept), _ = max(found.items(), key=lambda kv: (kv[0][0], kv[1], kv[0][1]))
        kind = "product" if concept in PRODUCT_CONCEPTS else "org"
        sentences = set()
        for start, end, name, named in mentions[key]:
            # a name those words beside it alone make one ("Manhattan jury") is one only there; a sentence names a
            # thing once
            if named and ctx.sentence(start) not in sentences:
                sentences.add(ctx.sentence(start))
                value = {"entity": key, "name": name, "type": kind, "relation": concept}
                ctx.add("relation", concept, "", value, start, end, 0.4)
                claimed.append((start, end))
    return sorted(claimed)
