"""Align the claims of one story into facts: claims from different sources about the same thing.

1. **Identity.** A claim is about (kind, slot) plus what keeps different things apart inside a kind:
   the count's unit family, a percentage's unit, a ranking's category, scope and form ("fourth
   office" is an ordinal, "one of four offices" is membership), a relation's or place's object, a role's
   person (in the one form of the name the story gives: :func:`one_name_per_person`), a quote's speaker,
   and the qualifiers the extractor sets (``QUALIFIERS``: basis pre/post money, addition vs total, the
   time a figure refers to; an election's round, which a figure naming none joins).
2. **Statements.** Inside one article, claims with one identity that agree are one statement: repeats
   and restatements ("S$300 million (about US$234 million)") count once. Claims that disagree inside
   one article are different things (an article does not contradict itself).
3. **Facts.** Statements from different articles join when their values are about the same thing
   (:func:`compare.resemblance`: numbers within a factor of three, overlapping lists, nearby dates, the
   same quote), in two rounds: statements that agree first, whatever subjects they give (the likeliest
   one actor joins first: aliases, acronyms, translations), so what most reports say is one fact whatever
   order the articles come in; then facts that disagree join as one conflict where their subjects may name
   one actor (never two actors an article tells apart), best pair
   first, where :func:`_joins` lets each of their statements join. A fact holds at most one statement of
   an article.

Every claim ends in exactly one fact. Fact keys are built from the identity (and, when one identity
splits into several facts, from a canonical value of each), never from ids or input order.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, cached_property
from itertools import combinations

from rapidfuzz import fuzz

from . import lexicon as L
from .claims import Claim, Document
from .clock import one_moment
from .compare import (
    EXACT_TOL,
    ComparisonContext,
    agree,
    bounds,
    central,
    date_range,
    is_range,
    named_month,
    resemblance,
    two_finishes,
    usd_central,
    view,
    within,
)
from .components import bucket_links, connected_groups
from .concepts import CEILING, concept_of
from .detect.event_dates import EVENT_DATE_SLOT, OTHER_TIMES, one_event_day
from .detect.ordinals import SERIES
from .detect.people_groups import GROUP
from .entities import fuller_name, spelling_key, without_title
from .figure_sources import BY_WHOM
from .frames import (
    AFFECTED_PEOPLE,
    CHANGES,
    ELECTION_CONCEPTS,
    ESTIMATE,
    EVENT_CONCEPTS,
    STAGE_KEYS,
    STATUS,
    SUB_EVENT,
    phrase_rx,
    staged_slot,
)
from .gazetteer import places as known_places
from .lang import LANGUAGES, table_of
from .organisations import organisation_key
from .pairjoin import FEATURES, JoinModel, context_lemmas, default_model, overlap

# Qualifiers: keys, in a claim's value or extra, that make two figures of one slot about different things
# (basis pre/post money, addition vs total, the time or scope a figure refers to, an election's round or stage
# of the count). The setting says whether a figure that names none of a key joins one that names it:
# - APART: never; a figure with it and one without are two facts;
# - JOINS: it does, so only two values of the key keep figures apart (an election figure given without its
#   round is either round's: "28%" beside "28% in the first round");
# - JOINS_ACROSS_ARTICLES: as JOINS between articles, but never within one: an article that names the key for one
#   figure and not for another tells them apart ("recomendó 100 años" and "enfrentaba hasta 110 años": the ceiling).
APART, JOINS, JOINS_ACROSS_ARTICLES = "apart", "joins", "joins across articles"
QUALIFIERS: dict[str, str] = {
    "basis": APART,
    "aspect": APART,
    "measure": APART,
    "time": APART,
    "period": APART,
    "as_of": APART,
    "stage": APART,
    "scope_of": APART,
    "cumulative": APART,
    "total": APART,
    "addition": APART,
    "suspended": APART,
    "change_type": APART,
    "part": APART,
    "condition": APART,
    ESTIMATE: APART,
    **dict.fromkeys(STAGE_KEYS, JOINS),
    SUB_EVENT: JOINS,
    CEILING: JOINS_ACROSS_ARTICLES,
    BY_WHOM: JOINS,
    SERIES: JOINS,  # what an ordinal ranks: "second title" and "second tournament" are two facts, a bare "second" either's
    STATUS: APART,
    GROUP: APART,  # the children among the dead are a figure of their own, beside the whole toll
}
# the qualifiers that are part of a claim's identity (grouped on before any value is compared), those only
# two different values of keep apart, in the order a fact's label names them (the round before the stage), and
# those one article tells apart from their absence
ELECTION_ROUND = STAGE_KEYS[0]
STORY_ROUND = "story_round"  # a claim's extra key: the round of its story, on an election figure naming none
IDENTITY_QUALIFIERS = tuple(k for k, setting in QUALIFIERS.items() if setting == APART)
JOINABLE_QUALIFIERS = tuple(k for k, setting in QUALIFIERS.items() if setting != APART)
APART_IN_AN_ARTICLE = tuple(k for k, setting in QUALIFIERS.items() if setting == JOINS_ACROSS_ARTICLES)
# count units that all mean people employed / to be employed
UNIT_FAMILIES = {
    "jobs": "jobs",
    "job": "jobs",
    "people": "jobs",
    "persons": "jobs",
    "staff": "jobs",
    "employees": "jobs",
    "employee": "jobs",
    "positions": "jobs",
    "roles": "jobs",
    "hires": "jobs",
    "workers": "jobs",
    "personnel": "jobs",
    "headcount": "jobs",
    "workforce": "jobs",
    "posts": "jobs",
    "vacancies": "jobs",
}
# relations and places where one subject has one object, so different objects conflict (where something
# is hosted or based); anything else may have many objects ("founded by X and Y", several partners)
FUNCTIONAL = ("hosted_at", "headquarters", "headquartered", "based_in", "founded_in", "location", "venue")
KEY_MAX = 200


@dataclass
class Statement:
    doc: str
    claims: list[Claim]

    @property
    def first(self) -> Claim:
        return self.claims[0]


@dataclass
class AlignedFact:
    key: str
    kind: str
    slot: str
    subject: str
    statements: list[Statement] = field(default_factory=list)

    @property
    def members(self) -> list[tuple[str, Claim]]:
        return [(s.doc, c) for s in self.statements for c in s.claims]


def _slug(s) -> str:
    return re.sub(r"\s+", "_", str(s).strip().casefold())


def _functional(slot: str, relation: str = "", extra: dict | None = None) -> bool:
    if isinstance(extra, dict) and extra.get("multi_valued"):
        return False
    words = f"{slot}.{relation}".casefold()
    return any(f in words for f in FUNCTIONAL)


def identity(c: Claim, persons: dict[str, str] | None = None) -> tuple:
    """What a claim is about, without its subject: (kind, slot, qualifiers...). ``persons``: the one name each
    person of the story goes by (:func:`one_name_per_person`)."""
    v = c.value if isinstance(c.value, dict) else {}
    parts: list[str] = []
    if c.kind == "count":
        unit = _slug(v.get("unit") or "")
        parts.append("unit=" + UNIT_FAMILIES.get(unit, unit))
    elif c.kind == "percent":
        unit = _slug(v.get("unit") or "%")
        parts.append("unit=" + ("pp" if unit in ("pp", "points", "percentage_points") else "%"))
    elif c.kind == "ranking":
        form = "ordinal" if v.get("ordinal") is not None else "of_total" if v.get("of_total") is not None else "rank"
        parts += [f"category={_slug(v.get('category') or '')}", f"scope={_slug(v.get('scope') or '')}", f"form={form}"]
    elif c.kind == "relation":
        rel = _slug(v.get("relation") or "")
        parts.append("rel=" + rel)
        if not _functional(c.slot, rel, c.extra):
            parts.append("obj=" + _slug(v.get("entity") or v.get("name") or ""))
    elif c.kind == "place":
        if not _functional(c.slot, "", c.extra):
            parts.append("obj=" + _slug(v.get("entity") or v.get("name") or ""))
    elif c.kind == "role":
        # one person, one fact: the organisation is named in as many ways as there are languages
        person = _person(c)
        parts.append("person=" + _slug((persons or {}).get(person, person)))
    elif c.kind == "quote":
        parts.append("speaker=" + _slug(v.get("speaker") or v.get("name") or ""))
    for k in IDENTITY_QUALIFIERS:
        val = qualifier(c, k)
        if val:
            parts.append(f"{k}={_slug(val)}")
    return (c.kind, c.slot, *parts)


def qualifier(c: Claim, key: str):
    """A claim's value of one qualifier (in its value, else its extra); None where it names none."""
    v = c.value if isinstance(c.value, dict) else {}
    val = v.get(key, c.extra.get(key) if isinstance(c.extra, dict) else None)
    return None if val in (None, "", False) else val


def _person(c: Claim) -> str:
    v = c.value if isinstance(c.value, dict) else {}
    return str(v.get("person") or v.get("name") or c.subject or "").casefold()


SPELLING_VARIANT = 88  # rapidfuzz ratio of two spellings of one name: "Evgenia"/"Yevgenia", "Chichkova"/"Shishkova"
SPELLING_VARIANT_WORD = 75  # ... and of each of their words, so that a shared surname alone makes no match


def one_name_per_person(claims_by_doc: dict[str, list[Claim]]) -> dict[str, str]:
    """The one name each person the story's role claims name goes by: forms that name one person become the form
    most articles give (a full name before a surname a title opens, the longest on a tie). One person's forms: the
    same last two words ("Rishi Sunak", "Premier Rishi Sunak" with a title read into the name, "Tedros Adhanom
    Ghebreyesus" / "Adhanom Ghebreyesus"), a spelling of the same words ("Evgenia Shishkova" / "Yevgenia
    Shishkova"), the same two words in either order (a family name written first: "Uchida Makoto" / "Makoto
    Uchida"), one name spelled by two languages ("Selenskyj" / "Zelensky": :func:`_spelled_alike`), or a
    courtesy title or an office and a surname the one full name of the story ends with ("Herr Tavares" / "Carlos
    Tavares": :func:`_titled_surnames`); never two names one article gives to two people, unless one is the
    other's tail."""
    names: dict[str, set[str]] = {}
    for doc, claims in claims_by_doc.items():
        for c in claims:
            if c.kind == "role" and _person(c):
                names.setdefault(_person(c), set()).add(doc)
    # names are compared within buckets only, so a story naming thousands of people stays fast: the forms of one
    # name share their last word, their first ("Claudia Sheinbaum Pardo", "Keir Starmers" in a German genitive) or,
    # spelled two ways, their number of words and their ending ("-ova"), or, written family name first, their words
    buckets: dict[tuple, list[str]] = {}
    for n in sorted(names):
        words = _words(n)
        if len(words) >= 2:
            buckets.setdefault(("last", words[-1]), []).append(n)
            buckets.setdefault(("first", words[0]), []).append(n)
            buckets.setdefault(("spelling", len(words), words[-1][-2:]), []).append(n)
            buckets.setdefault(("words", *sorted(words)), []).append(n)
    one_person = bucket_links(buckets, lambda a, b: _one_person(a, b, bool(names[a] & names[b])))
    one_person |= _spelled_alike(names)
    one_person |= _titled_surnames(names, connected_groups(names, one_person))
    out = {}
    for members in connected_groups(names, one_person):
        # a full name over a surname a title opens ("Emmanuel Macron", not "Präsident Macron")
        main = max(members, key=lambda n: (len(without_title(_words(n))) > 1, len(names[n]), len(n), n))
        out.update(dict.fromkeys(members, main))
    return out


def _titled_surnames(names: Iterable[str], people: list[list[str]]) -> set[tuple[str, str]]:
    """Links from a name a courtesy title or an office opens ("Herr Tavares", "Präsident Macron", "Mme Le Pen"), or
    the initial of a first name (a list of scorers' "N Williams"), to the full names the story gives that end with
    its words after the title or the initial, and open with a word of that initial ("Carlos Tavares", "Emmanuel
    Macron", "Marine Le Pen", "Nico Williams"), where those full names are all of one person (``people``: the
    groups of names already one): "Mme Le Pen" stays apart from a story naming both "Marine Le Pen" and
    "Jean-Marie Le Pen"."""
    person_of = {n: i for i, members in enumerate(people) for n in members}
    by_last: dict[str, list[tuple[str, list[str], list[str]]]] = {}
    for n in names:
        words = _words(n)
        bare = without_title(words)
        if bare:
            by_last.setdefault(bare[-1], []).append((n, words, bare))
    links = set()
    for forms in by_last.values():
        for n, words, bare in forms:
            initial = words[0] if len(bare) == len(words) >= 2 and len(words[0]) == 1 else ""
            if len(bare) == len(words) >= 2 and not initial:
                continue  # neither a title nor an initial opens it: the name rules of _one_person compare it
            bare = bare[1:] if initial else bare
            fuller = [
                m
                for m, _words_m, other in forms
                if len(other) > len(bare)
                and other[-len(bare) :] == bare
                and len(other[0]) > 1  # a full name, not another initial's
                and other[0].startswith(initial)
            ]
            if fuller and len({person_of[m] for m in fuller}) == 1:
                links.update((n, m) for m in fuller)
    return links


def _one_person(a: str, b: str, named_together: bool) -> bool:
    wa, wb = _words(a), _words(b)
    if len(wa) < 2 or len(wb) < 2:
        return False
    short, long_ = sorted((wa, wb), key=len)
    if long_[-len(short) :] == short or fuller_name(short, long_):
        return True  # a title or a first name before the same name, a middle or a second family name in it
    if named_together:
        return False
    if _without_initials(wa, wb):
        return True  # "John A. Donnelly" / "John Donnelly"
    if len(wa) == 2 and wa == wb[::-1]:
        return True  # a family name written first ("Uchida Makoto" / "Makoto Uchida", "Orbán Viktor")
    if wa[-2:] == wb[-2:] and len(wa[-2]) > 1 and not set(wa[-2:]) & L.NAME_PARTICLES:
        # "Transportation Sean Duffy" / "Transports Sean Duffy"; never "Marine" and "Jean-Marie Le Pen", nor two
        # names whose shared words are an initial and a surname ("George H. W. Bush" / "George W. Bush")
        return True
    return (
        len(wa) == len(wb)
        and fuzz.ratio(" ".join(wa), " ".join(wb)) >= SPELLING_VARIANT
        and all(fuzz.ratio(x, y) >= SPELLING_VARIANT_WORD for x, y in zip(wa, wb))
    )


def _spelled_alike(names: dict[str, set[str]]) -> set[tuple[str, str]]:
    """Pairs of names that are one person spelled by two languages ("Wolodymyr Selenskyj" / "Volodymyr Zelensky",
    "Benjamin Netanjahu" / "Benjamin Netanyahou", "Ali Chamenei" / "Ali Jamenei"): their spelling keys (each
    name read as each of our languages writes it) are one name by :func:`_one_person`, and their first names, where
    both give one, open alike ("Wolodymyr"/"Volodymyr" both "vo-"; never "Ali Khamenei" / "Mojtaba Khamenei").
    Keys are compared within a bucket of the surname's key only, so a story naming thousands stays fast."""
    buckets: dict[str, dict[str, set[tuple[str, ...]]]] = {}
    for n in names:
        words = tuple(_words(n))
        if len(words) >= 2:
            for code in LANGUAGES:
                key = spelling_key(words, code)
                buckets.setdefault(key[-1], {}).setdefault(n, set()).add(key)
    pairs = set()
    for bucket in buckets.values():
        members = sorted(bucket)
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if not names[a] & names[b] and any(_keys_alike(ka, kb) for ka in bucket[a] for kb in bucket[b]):
                    pairs.add((a, b))  # an article spells one person one way: two spellings in it are two people
    return pairs


def _keys_alike(ka: tuple[str, ...], kb: tuple[str, ...]) -> bool:
    first_names_alike = len(ka) != len(kb) or ka[0][:2] == kb[0][:2]
    return first_names_alike and _one_person(" ".join(ka), " ".join(kb), named_together=False)


def _without_initials(wa: list[str], wb: list[str]) -> bool:
    """One name with middle initials, the other the same name without any (two names with different initials may
    be two people: "John A. Donnelly", "John B. Donnelly")."""
    initials = [[w for w in words if len(w) == 1] for words in (wa, wb)]
    if bool(initials[0]) == bool(initials[1]):
        return False
    full = [[w for w in words if len(w) > 1] for words in (wa, wb)]
    return len(full[0]) >= 2 and full[0] == full[1]


def story_round(claims_by_doc: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """The story's claims with, on each election figure naming no round, the round more than half of the story's
    figures naming one name (as STORY_ROUND): a story of a second round gives its own figures plainly and names the
    first round where it recalls it ("Au premier tour, le NFP avait obtenu 28 %"), so its plain 26.3% may agree
    with a figure of either round but contradicts only one of its story's (:func:`_qualifier_clash`)."""
    rounds = Counter(
        qualifier(c, ELECTION_ROUND) for cs in claims_by_doc.values() for c in cs if qualifier(c, ELECTION_ROUND)
    )
    main = max(rounds, key=lambda r: (rounds[r], r), default=None)
    if main is None or rounds[main] * 2 <= sum(rounds.values()):
        return claims_by_doc  # no round most figures name: a figure naming none may be of either
    return {
        doc: [
            replace(c, extra={**c.extra, STORY_ROUND: main})
            if concept_of(c.slot) in ELECTION_CONCEPTS and not qualifier(c, ELECTION_ROUND)
            else c
            for c in cs
        ]
        for doc, cs in claims_by_doc.items()
    }


def one_name_per_organisation(claims_by_doc: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """The story's claims with each organisation, product or vehicle it names (a relation with no subject,
    detect/organisations.py) under one name and one concept across its articles: forms that name one thing (a
    short form "PSA" / "PSA Airlines", an acronym "NTSB" / "National Transportation Safety Board", a spelling:
    :func:`alias`) take the form most articles give (the longest on a tie), and the concept most articles give it
    (one report's "airline", another's "Fluggesellschaft" and a third's "compagnie" name one operator). Two model
    numbers are two things ("Ship 29", "Ship 30"), whatever name they share. Other claims are kept as they are."""
    docs: dict[str, set[str]] = {}
    for doc, claims in claims_by_doc.items():
        for c in claims:
            if _named(c):
                docs.setdefault(c.value["entity"], set()).add(doc)
    if not docs:
        return claims_by_doc
    canonical = {}
    for members in _name_groups(docs):
        main = max(members, key=lambda k: (len(docs[k]), len(k), k))
        canonical.update(dict.fromkeys(members, main))
    concepts: dict[str, Counter] = {}
    names: dict[str, Counter] = {}
    for doc, claims in claims_by_doc.items():
        for c in claims:
            if _named(c):
                main = canonical[c.value["entity"]]
                concepts.setdefault(main, Counter())[(doc, c.slot)] = 1
                names.setdefault(main, Counter())[c.value.get("name") or main] += c.value["entity"] == main
    chosen = {}
    for main, seen in concepts.items():
        votes = Counter(slot for _, slot in seen)
        chosen[main] = max(votes, key=lambda slot: (votes[slot], slot != "organisation", slot))
    return {
        doc: [
            replace(
                c,
                slot=chosen[canonical[c.value["entity"]]],
                value={
                    **c.value,
                    "entity": canonical[c.value["entity"]],
                    "name": names[canonical[c.value["entity"]]].most_common(1)[0][0],
                    "relation": chosen[canonical[c.value["entity"]]],
                },
            )
            if _named(c)
            else c
            for c in claims
        ]
        for doc, claims in claims_by_doc.items()
    }


def _named(c: Claim) -> bool:
    """A claim that names an organisation, product or vehicle (detect/organisations.py)."""
    return c.kind == "relation" and not c.subject and isinstance(c.value, dict) and bool(c.value.get("entity"))


_NUMBER = re.compile(r"\d+")


def _name_groups(docs: dict[str, set[str]]) -> list[list[str]]:
    """The keys that name one thing, in groups: keys that share a word, or an acronym and the names whose initials
    it is, compared by :func:`alias`; never two model numbers in one group."""
    buckets: dict[str, list[str]] = {}
    for k in sorted(docs):
        words = _words(k)
        for w in {*words, *(w[:1] for w in words[:1])}:
            buckets.setdefault(w, []).append(k)
    numbers = {k: frozenset(_NUMBER.findall(k)) for k in docs}
    links = bucket_links(
        buckets, lambda a, b: (numbers[a] == numbers[b] or not numbers[a] or not numbers[b]) and alias(a, b)
    )
    groups = connected_groups(docs, links)
    if all(len({numbers[k] for k in g} - {frozenset()}) <= 1 for g in groups):
        return groups
    return connected_groups(docs, {(a, b) for a, b in links if numbers[a] == numbers[b]})


# An article rarely says one kind of thing more than a few times; in one that does (a data dump, a
# table as text), a repeat is looked for among the last statements only, so the work stays linear.
REPEAT_WINDOW = 64


def _statements(doc: str, claims: list[Claim], ctx: ComparisonContext) -> list[Statement]:
    """An article's claims of one identity, as statements: repeats and restatements are one statement, and
    so are an article's two readings of one figure ("28.6%" in the lead, "28.5%" in its table)."""
    out: list[Statement] = []
    for c in sorted(claims, key=lambda c: (c.start, c.end, c.text)):
        for s in out[-REPEAT_WINDOW:]:
            if all(_one_figure(c, o, ctx) for o in s.claims):
                s.claims.append(c)
                break
        else:
            out.append(Statement(doc, [c]))
    return out


def _restates(c: Claim, o: Claim) -> bool:
    """One is the other restated in brackets ("$12 billion (€15bn)"): one figure, however well converted."""
    return any(isinstance(x.extra, dict) and x.extra.get("restates") == [y.start, y.end] for x, y in ((c, o), (o, c)))


def _one_figure(c: Claim, o: Claim, ctx: ComparisonContext) -> bool:
    if _restates(c, o):
        return True
    if _two_in_one_sentence(c, o):
        return False  # "10.6 million voted for him, while more than 10.2 million voted for his opponent"
    if _two_actors_in_one_sentence(c, o):
        return False  # "Reform UK tendrán 4 y Plaid Cymru, otros 4"
    if _named_by_one_only([c], [o]):
        return False  # "recomendó 100 años" and "enfrentaba hasta 110 años": an article tells the ceiling apart
    if _two_exact_figures(c, o, ctx):
        return False  # "cut from 4% to 3.75%": one article rounds neither; another article's "4%" may round 3.75%
    if _two_bounded_figures(c, o, ctx):
        return False  # "über 5,62 Meter" beside "6,29 Meter": a bound is no licence to state one figure twice
    if _metric_clash((c, o)):
        return False  # "Son action perdait plus de 19%" and "réduire ses dépenses en capital de plus de 20%"
    agreed = agree(c.kind, view(c), view(o), ctx)
    if agreed is not False and (c.kind == "role" or _resemblance(c, o, ctx) >= 1.0):
        return True  # a person's mentions in one article are one statement where their roles do not clash
    if is_range(view(c)) or is_range(view(o)):
        return False  # "182 seats" and the "172 to 192 seats" projected: the middle of a range is no figure
    return _distinctive(c) and _distinctive(o) and _gap(c, o, ctx) <= NEAR_GAP


def _two_in_one_sentence(c: Claim, o: Claim) -> bool:
    """Two different figures one sentence writes in one unit: a sentence does not state one figure twice in
    its own unit, so they are two figures (two subjects, two times), however near or compatible. A figure
    converted to another currency or unit in the same sentence ("$12 billion (€15bn)", "74 kilometers (46
    miles)") stays one: measures are compared in their base unit, so their written unit is unknown here."""
    if c.sentence_start != o.sentence_start or c.kind not in ("money", "count", "percent") or o.kind != c.kind:
        return False
    va, vb = view(c), view(o)
    if any(va.get(k) != vb.get(k) for k in ("unit", "currency")):
        return False
    return (va.get("low"), va.get("high")) != (vb.get("low"), vb.get("high"))


def _two_actors_in_one_sentence(c: Claim, o: Claim) -> bool:
    """Two figures one sentence gives two actors it names apart ("Reform UK tendrán 4 y Plaid Cymru, otros 4"): each
    actor's, however alike their values."""
    return (
        c.sentence_start == o.sentence_start
        and bool(c.subject and o.subject)
        and c.subject != o.subject
        and not alias(c.subject, o.subject)
    )


def _resemblance(a: Claim, b: Claim, ctx: ComparisonContext) -> float:
    """compare.resemblance of two claims, where a figure of three or more digits that two reports give alike is
    one figure cited again whatever time either report's sentence names ("279 billion in September" and a later
    report's "279 billion"; "$83.50 a share" said on Wednesday and on Thursday): the time keeps apart only
    figures that differ."""
    va, vb = view(a), view(b)
    if is_toll(a) and is_toll(b) and _days_apart(va, vb) <= TOLL_DAYS:
        # a toll told on the event's day and two days later is one toll that rose: a conflict the newer report wins
        return resemblance(a.kind, *({k: x for k, x in v.items() if not k.startswith("_when")} for v in (va, vb)), ctx)
    if ("_when" in va or "_when" in vb) and _distinctive(a) and _distinctive(b):
        timeless = resemblance(
            a.kind, *({k: x for k, x in v.items() if not k.startswith("_when")} for v in (va, vb)), ctx
        )
        if timeless >= 1.0 and agree(a.kind, va, vb, ctx):
            return timeless
    return resemblance(a.kind, va, vb, ctx)


TOLL_DAYS = 7  # the days over which reports follow one event's toll as it rises; a toll dated further off is another's


# counts of people that grow as an event goes on, beside its toll: an outbreak's cases, the contacts of its cases
# traced and the vaccinated, the arrests of a day of unrest; reports of different hours or days tell them apart as
# they tell a toll (94 arrests by midday, 309 by the evening)
GROWING_COUNTS = frozenset({"cases", "contacts", "arrested", "vaccinated"})


def is_toll(c: Claim) -> bool:
    """A count of the people an event killed, injured, displaced... (not those of each vehicle or shock), or of those
    it adds to as it goes on (GROWING_COUNTS)."""
    return c.kind == "count" and concept_of(c.slot) in (AFFECTED_PEOPLE - OWN_FIGURES) | GROWING_COUNTS


def _days_apart(va: dict, vb: dict) -> float:
    """Days between the times two figures are dated to (0 where either is undated)."""
    wa, wb = va.get("_when"), vb.get("_when")
    if not wa or not wb:
        return 0
    return max((wb[0] - wa[1]).days, (wa[0] - wb[1]).days, 0)


def _two_exact_figures(c: Claim, o: Claim, ctx: ComparisonContext) -> bool:
    """Two numbers an article writes as exact that differ by more than a figure reported two ways does: by more
    than the rounding of either (an article's "28.6%" and "28.5%" are one share read twice; "99.97%" and
    "99.88%" are two), or by more than a percent."""
    if c.kind not in ("money", "count", "percent", "measure"):
        return False
    va, vb = view(c), view(o)
    if not all((v.get("qualifier") or "exact") == "exact" for v in (va, vb)):
        return False
    if _gap(c, o, ctx) > EXACT_TOL:
        return True
    steps = [v.get("step") for v in (va, vb)]
    x, y = central(va), central(vb)
    if c.kind == "money" or None in steps or x is None or y is None or va.get("unit") != vb.get("unit"):
        return False
    return abs(x - y) > max(steps) * STEPS_APART


STEPS_APART = 1.5  # an article's two readings of one figure differ by one step of their last digit at most


def _two_bounded_figures(c: Claim, o: Claim, ctx: ComparisonContext) -> bool:
    """Two numbers an article writes apart from each other (by more than one figure told loosely), one of them a
    precise number with a bound ("über 5,62 Meter" beside "6,29 Meter", "more than 45.7%" beside "over 54.2%"): their
    bounds overlap, but a bound on a number of three significant digits or more names that number's figure (a former
    record, another share), not a loose telling of the other. A round bound ("over 300,000 spectators" beside "etwa
    320.000", "more than seven weeks" beside "53 days") may be. Not a toll (an article's "at least 62" known earlier
    beside its 95: the toll passes) nor a range (a range holds many figures)."""
    if c.kind not in ("money", "count", "percent", "measure") or is_toll(c) or is_toll(o):
        return False
    if is_range(view(c)) or is_range(view(o)):
        return False
    return (_precise_bound(c) or _precise_bound(o)) and _gap(c, o, ctx) > NEAR_GAP


PRECISE_DIGITS = 3  # a number written with this many significant digits is a figure, not a round amount


def _precise_bound(c: Claim) -> bool:
    """A bounded or approximate number written with PRECISE_DIGITS significant digits or more ("über 5,62", "more
    than 45.7%"; not "over 300,000" nor "more than seven")."""
    if (view(c).get("qualifier") or "exact") == "exact":
        return False
    return len("".join(_DIGIT.findall(c.text)).strip("0")) >= PRECISE_DIGITS


class SubjectMatcher:
    """How likely two subjects name one actor, in the articles of one story.

    Resolved inside the story: the same key, a short form of a longer name ("acme" / "acme robotics",
    "merz" / "friedrich merz"), an acronym ("cdu" / "christian democratic union"), a spelling variant.
    Different names are the same actor only where nothing says otherwise: an article that names both
    tells them apart; a name in another language may be a translation ("Banco Central de Kenia").
    """

    def __init__(self, docs: dict[str, Document], claims_by_doc: dict[str, list[Claim]]):
        self.lang = {d: _language(docs.get(d)) for d in claims_by_doc}
        self.texts = {d: " ".join((docs[d].text or "").casefold().split()) if d in docs else "" for d in claims_by_doc}
        self.named = {d: {c.subject for c in cs if c.subject} for d, cs in claims_by_doc.items()}
        self._memo: dict[tuple, float] = {}

    def _names(self, doc: str, subject: str) -> bool:
        return subject in self.named[doc] or (len(subject) > 2 and subject in self.texts[doc])

    def score(self, doc_a: str, a: str, doc_b: str, b: str, stated: dict[str, set[str]] | None = None) -> float:
        """1.0 one actor, 0.5 unknown, 0.25 unlikely, 0.0 different actors.

        With ``stated`` (the subjects each article gives one kind of figure), only an article that gives
        this figure to both tells two names apart; one that merely names both may have taken the figure's
        subject from the wrong name in its sentence (the court for the accused, the city for the storm)."""
        key = (doc_a, a, doc_b, b, stated is not None)
        got = self._memo.get(key)
        if got is None:
            got = self._memo[key] = self._score(doc_a, a, doc_b, b, stated)
        return got

    def of_statements(self, s: Statement, o: Statement, stated: dict[str, set[str]] | None = None) -> float:
        """How likely two statements' figures are one actor's (:meth:`score` of their subjects); two counts one side
        gave ("according to the police", "selon les organisateurs": figure_sources) are that side's, whatever name
        their sentences give as the subject (the city, the movement, the party they march against)."""
        side = qualifier(s.first, BY_WHOM)
        if side and side == qualifier(o.first, BY_WHOM):
            return 1.0
        return self.score(s.doc, s.first.subject, o.doc, o.first.subject, stated)

    def _score(self, doc_a: str, a: str, doc_b: str, b: str, stated: dict[str, set[str]] | None) -> float:
        if not a or not b:
            return 0.5
        if a == b or alias(a, b) or self._one_organisation(doc_a, a, doc_b, b):
            return 1.0
        if stated is not None:
            if _gives_to(stated.get(doc_a, ()), b, a) or _gives_to(stated.get(doc_b, ()), a, b):
                return 0.0
            if self._names(doc_a, b) or self._names(doc_b, a):
                return 0.25
        elif self._names(doc_a, b) or self._names(doc_b, a):
            return 0.0  # an article that names both keeps them apart
        return 0.5 if self.lang[doc_a] != self.lang[doc_b] else 0.25

    def _one_organisation(self, doc_a: str, a: str, doc_b: str, b: str) -> bool:
        """Two names of one international organisation ("europaische zentralbank", "bce", "ecb")."""
        key = organisation_key(a, self.lang[doc_a])
        return bool(key) and key == organisation_key(b, self.lang[doc_b])


def _gives_to(subjects, name: str, other: str) -> bool:
    """Whether an article that gives a kind of figure to ``subjects`` gives one to ``name``, as it is or spelt out
    where ``name`` is its acronym or the other way round ("alianza democratica" for "ad"): then it tells ``name``
    apart from ``other``. A short form is no such evidence: a surname read from the wrong words of a sentence
    ("Weil Courtois") is as often another's."""
    return name in subjects or any(_acronym(*sorted((_words(s), _words(name)), key=len)) for s in subjects)


# words that sit inside a name without making it ("of", "für", "de la") or open it ("the", "die", "les")
_SMALL_WORDS = frozenset(L.NAME_CONNECTORS) | frozenset(L.STOP_CAPS)


def _words(key: str) -> list[str]:
    return re.findall(r"\w+", key.casefold())


def alias(a: str, b: str) -> bool:
    """Two subject keys that name one actor: a short form, an acronym, a spelling variant."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    # the shorter by words, then by letters: alias("volkswagen", "vw") is alias("vw", "volkswagen")
    short, long_ = sorted((wa, wb), key=lambda w: (len(w), len("".join(w))))
    if len(long_) > 1 and set(short) <= set(long_) and not set(short) <= _SMALL_WORDS:
        return True
    return _acronym(short, long_) or (len(a) > 4 and fuzz.ratio(a, b) >= 90)


def _acronym(short: list[str], long_: list[str]) -> bool:
    """The words of one key are the other's acronym or abbreviation: "ad" / "alianza democratica", "vw" /
    "volkswagen", "ezb" / "europäische zentralbank"."""
    if len(short) != 1:
        return False
    if len(long_) > 1 and short[0] in (
        "".join(w[0] for w in long_),
        "".join(w[0] for w in long_ if w not in _SMALL_WORDS),
    ):
        return True
    return 2 <= len(short[0]) <= 5 and _abbreviates(short[0], "".join(long_))


def _abbreviates(short: str, long_: str) -> bool:
    """``short`` is an abbreviation of ``long_``: its first letter, then its letters in order."""
    if len(long_) <= len(short) + 2 or short[0] != long_[0]:
        return False
    pos = 1
    for ch in short[1:]:
        pos = long_.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


TOLL_GAP = 0.5  # tolls of one event differ by up to half as reports follow it (62 dead, then 95)
# figures each vehicle, shock or measuring agency of an event has its own of: a collision has two aircraft with
# their passengers and crews, an earthquake its aftershocks and each agency its magnitude, so two reports'
# figures that differ are of two of them, not a toll that rose
OWN_FIGURES = frozenset({"passengers", "crew", "magnitude"})
NEAR_GAP = 0.05  # figures this close (relatively) are one figure reported differently (28.5% / 28.6%)
# ... and for one named actor, this close: an actor rarely has two amounts or counts of one kind in a story
# (two reports of its investment differ), while its rates and shares come in many (deposit and lending rate)
SAME_ACTOR_GAP = {"percent": 0.10}
SAME_ACTOR_GAP_DEFAULT = 0.25


def _same_actor_gap(c: Claim) -> float:
    """How far apart one actor's two figures of a kind may be and still be one figure reported differently. A
    change in percent ("fell 17%", "cayeron un 15%") is one per period, like an amount, not one of many rates."""
    if c.kind == "percent" and concept_of(c.slot) in CHANGES:
        return SAME_ACTOR_GAP_DEFAULT
    return SAME_ACTOR_GAP.get(c.kind, SAME_ACTOR_GAP_DEFAULT)


def _gap(a: Claim, b: Claim, ctx: ComparisonContext) -> float:
    va, vb = view(a), view(b)
    x, y = (usd_central(va, ctx), usd_central(vb, ctx)) if a.kind == "money" else (central(va), central(vb))
    if not x or not y or x * y < 0:
        return 1.0
    return abs(x - y) / max(abs(x), abs(y))


def _joins(
    s: Statement,
    cluster: list[Statement],
    values: list[float],
    who: list[float],
    ctx: ComparisonContext,
    *,
    weak: bool | None = None,
    player_named: bool = False,
) -> bool:
    """May a statement join a fact? Values that agree join where the subjects may be one actor (a match
    minute two reports already give alike, whatever subject); values that differ (a conflict to be) where
    the subjects are one actor (the fact's statements that name none aside: :func:`_one_actor`; one side's counts are
    that side's: :meth:`SubjectMatcher.of_statements`), where the
    figure is the event's own (no subject on either side), or where they are so close that they are one
    figure told differently; never for a measure nothing named (a bare "six hours"). A figure of three or
    more digits ("28.6%", "143 seats") is its own evidence: two actors rarely share it, so a subject taken
    from the wrong name in its sentence does not keep it apart. ``weak``: whether the concept of either
    side is a guess (by default: of any statement's). ``player_named``: whether a statement of the statement's fact
    and one of the cluster name one actor (:func:`_one_player`)."""
    if (
        min(values) < 0.5
        or _qualifier_clash([s, *cluster], disagreeing=min(values) < 1.0)
        or _metric_clash(c for st in [s, *cluster] for c in st.claims)
    ):
        return False
    distinctive = all(_distinctive(st.first) for st in [s, *cluster])
    # a subject taken from the wrong name in a sentence ("England joker Cole Palmer", "Inglaterra") must not
    # keep a statement from the fact where another statement names its very actor
    named = max(who) >= 1.0
    if min(values) >= 1.0:
        # a match's minute that two reports or more give alike is one moment of the match: the scorer, team or
        # coach read around it as its subject says no more (one report alone naming another scorer stays apart)
        return min(who) >= 0.25 or distinctive or named or (_match_minute(s.first) and len(cluster) >= 2)
    if all(one_event_day(s.first, st.first) or one_moment(s.first, st.first) for st in cluster):
        return True  # the story's own day told a day or two apart, its moment minutes apart: one fact, a conflict
    if weak if weak is not None else any(st.first.extra.get("weak") for st in [s, *cluster]):
        return False
    if (
        min(who) > 0.0
        and concept_of(s.first.slot) in EVENT_CONCEPTS
        and not s.first.subject
        and all(not st.first.subject for st in cluster)
    ):
        # a toll reported differently, or as it rose: the event's own figure; one far off (240 against 95)
        # is another toll (another region, an earlier disaster); "four crew" and "three crew" are two aircraft's
        if concept_of(s.first.slot) in OWN_FIGURES:
            return False
        return max(_gap(s.first, st.first, ctx) for st in cluster) <= TOLL_GAP
    if s.first.kind == "role":
        return True  # the identity names the person (in the one form the story gives it): the subject says no more
    if all(isinstance(st.first.value, dict) and st.first.value.get("sets") for st in [s, *cluster]):
        return True  # a match told set by set, most sets alike (compare._resemble_sets): one match, whoever is named
    one_actor = _one_actor(s, cluster, who)
    if s.first.kind not in ("money", "count", "percent", "measure"):
        return one_actor
    gap = max(_gap(s.first, st.first, ctx) for st in cluster)
    # one actor has many figures of one kind (April's and May's inflation, two interest rates): only
    # figures near each other are one figure reported differently
    if gap <= NEAR_GAP:
        return min(who) > 0.0 or distinctive or named
    if _match_minute(s.first):
        # minutes that resemble each other are a minute or two apart (compare.MINUTE_SLACK), however early in the
        # match (the 22nd and the 24th): one moment told differently where reports of both name one player (a
        # scorer read as the club in some), two players' moments where none do
        return named or player_named
    if one_actor and s.first.kind == "count" and all(_few(s.first, st.first) for st in cluster):
        return True  # "three factories" and "deux usines" of one company: small counts differ by units
    return one_actor and gap <= _same_actor_gap(s.first)


def _one_actor(s: Statement, cluster: list[Statement], who: list[float]) -> bool:
    """Whether a statement's subject is the actor of a fact: one actor with every statement that names one
    and at least one of them ("five seats" for Reform UK beside a table's "5 sièges" that names no party: the
    "4 sièges" another report gives Reform UK joins both)."""
    named = [w for w, st in zip(who, cluster) if _actor_named(st)]
    return _actor_named(s) and max(who) >= 1.0 and (min(named) >= 1.0 or _odd_subjects_out(named))


def _actor_named(s: Statement) -> bool:
    """Whether a statement names whose figure it is: a subject, or the side that counted it ("selon la police")."""
    return bool(s.first.subject or qualifier(s.first, BY_WHOM))


def _odd_subjects_out(who: list[float]) -> bool:
    """Whether a fact's statements that do not name a statement's actor are a few subjects taken from the wrong
    name in their sentences ("die US-amerikanischen Börsen" for the Nvidia share that fell 17%): more than half
    of those that name one, and one more, name the actor; no article gives the figure to the others apart
    (score 0)."""
    return min(who) > 0.0 and 2 * sum(w >= 1.0 for w in who) > len(who) + 1


def _qualifier_clash(statements: list[Statement], *, disagreeing: bool = False) -> bool:
    """Whether statements name two values of a qualifier a figure without it may join (two rounds of an
    election, two stages of its count): two facts then; a figure that names none joins either. ``disagreeing``:
    for statements whose values differ, a figure naming no round is of its story's round (:func:`story_round`):
    it may agree with a figure of another round ("28%" beside "28% in the first round") but not contradict one."""
    read = _round_or_stage if disagreeing else qualifier
    return any(len({read(c, k) for s in statements for c in s.claims} - {None}) > 1 for k in JOINABLE_QUALIFIERS)


def _metric_clash(claims: Iterable[Claim]) -> bool:
    """Whether claims name two metrics a change in percent is of (a share's fall, the revenue's; a cut of the
    workforce, one of the production capacity): two figures, not one told differently; a change that names none
    may be either's."""
    return len({c.extra.get("metric") for c in claims} - {None}) > 1


def _round_or_stage(c: Claim, key: str):
    """A claim's value of a round or stage key; for the round, its story's where it names none."""
    return qualifier(c, key) or (c.extra.get(STORY_ROUND) if key == ELECTION_ROUND else None)


def _named_qualifier(statements: list[Statement]) -> str:
    """The qualifier a fact's label shows: one every statement names (a fact some reports give without a
    stage reads as the plain figure): a count's status first ("Cases (confirmed)"), then the first key in QUALIFIERS'
    order (the round before the stage), else that the fact is a part of another figure ("Sentence (part of it)":
    "dont deux ferme", beside "quatre ans")."""
    for k in (STATUS, GROUP, *JOINABLE_QUALIFIERS, "part"):
        named = [{qualifier(c, k) for c in s.claims} - {None} for s in statements]
        if named and all(len(n) == 1 for n in named) and len(set().union(*named)) == 1:
            return str(next(iter(named[0])))
    return ""


def _match_minute(c: Claim) -> bool:
    return c.kind == "count" and isinstance(c.value, dict) and c.value.get("unit") == "match_minute"


FEW = 12  # counts up to this are told as words and differ by one or two when reports disagree


def _few(a: Claim, b: Claim) -> bool:
    x, y = central(view(a)), central(view(b))
    return x is not None and y is not None and max(x, y) <= FEW and abs(x - y) <= 2


_DIGIT = re.compile(r"\d")


def _distinctive(c: Claim) -> bool:
    """A number written with three or more digits."""
    return c.kind in ("money", "count", "percent", "measure") and len(_DIGIT.findall(c.text)) >= 3


def _cluster_statements(
    statements: list[Statement], ctx: ComparisonContext, subjects: SubjectMatcher
) -> list[list[Statement]]:
    """Join statements of different articles about the same thing, at most one statement of an article per
    fact: first the statements that agree, so that what most reports say forms one fact whatever order the
    articles come in; then facts that disagree join as one conflict where :func:`_joins` lets each of their
    statements join the other fact ("20.9%" and the 20.8% five reports give). The subjects an article gives
    this kind of figure tell two names apart only where a word names what the figure measures: figures of a
    guessed concept (a bare "three days", "two days") are of many things, so the name near each says little."""
    stated: dict[str, set[str]] = {}
    for s in statements:
        if not s.first.extra.get("weak"):
            stated.setdefault(s.doc, set()).add(s.first.subject)
    agreeing = _match_statements(statements, ctx, subjects, stated)
    return _join_disagreeing(agreeing, ctx, subjects, stated, _parts_of_tolls(statements))


def _match_statements(
    statements: list[Statement], ctx: ComparisonContext, subjects: SubjectMatcher, stated: dict[str, set[str]]
) -> list[list[Statement]]:
    """Facts of statements that agree. Articles are taken in key order; each article's statements are matched
    to the facts built so far best pair first (value resemblance plus subject likeness, so an article's closest
    statement joins, not merely its first); a statement that fits nowhere starts a fact of its own. Subjects
    rank the options but keep no agreeing statement out: a figure's subject is read from the names around it
    and is often another name of its sentence (the court for the accused, the club for the scorer, the city
    for the storm), while two actors given one value by different reports are rare."""
    clusters: list[list[Statement]] = []
    by_doc: dict[str, list[Statement]] = {}
    for s in statements:
        by_doc.setdefault(s.doc, []).append(s)
    for doc in sorted(by_doc):
        mine = sorted(by_doc[doc], key=lambda s: (s.first.start, s.first.end))
        options = []
        for si, s in enumerate(mine):
            for ci, cl in enumerate(clusters):
                values = [_resemblance(s.first, o.first, ctx) for o in cl]
                if min(values) < 1.0 or _qualifier_clash([s, *cl]):
                    continue
                who = [subjects.of_statements(s, o, stated) for o in cl]
                # the nearest figure first ("4 %": 4.00%, not 3.75%)
                gap = sum(_gap(s.first, o.first, ctx) for o in cl) / len(cl)
                options.append((-sum(who) / len(who), gap, -len(s.claims), si, ci))
        options.sort()
        used_s, used_c = set(), set()
        for *_, si, ci in options:
            if si in used_s or ci in used_c:
                continue
            clusters[ci].append(mine[si])
            used_s.add(si)
            used_c.add(ci)
        clusters.extend([s] for si, s in enumerate(mine) if si not in used_s)
    return clusters


def _parts_of_tolls(statements: list[Statement]) -> frozenset[int]:
    """The statements (by id) of a toll that their article gives beside a larger toll of the same people with the
    same qualifiers and subject: a part of it (one town's dead beside the whole quake's: "the toll stood at 65 ...
    Thirty-two deaths were confirmed in Wajima"; an earlier storm's "23 morts" beside the flood's 95). A fact that
    every report gives as such a part joins no other fact as a conflict: nothing says which part, if any, another
    report's figure is of."""
    first = statements[0].first if statements else None
    if first is None or not is_toll(first):
        return frozenset()
    largest: dict[tuple[str, str], float] = {}
    for s in statements:
        low = bounds(view(s.first))[0]
        if low is not None:
            largest[(s.doc, s.first.subject)] = max(largest.get((s.doc, s.first.subject), low), low)
    return frozenset(
        id(s)
        for s in statements
        if (high := bounds(view(s.first))[1]) is not None
        and high < largest.get((s.doc, s.first.subject), float("inf"))  # no toll of its own told with a floor: no whole
    )


def _join_disagreeing(
    facts: list[list[Statement]],
    ctx: ComparisonContext,
    subjects: SubjectMatcher,
    stated: dict[str, set[str]],
    parts: frozenset[int] = frozenset(),
) -> list[list[Statement]]:
    """Facts that say different things about one thing, joined: best pair first (values nearest, subjects
    likeliest one actor: of an article's "$118.51" and "$142.62", the one nearest the $118.58 others give), a
    fact joining one at least as large whose every statement it may join (no article in both). A figure several
    reports give an actor is joined first: a lone report's "48.11%" for Trzaskowski contradicts the 49.11% four
    reports give him before it pairs with another lone figure of his (a poll's 49.3% in a report that also gives
    49.11%), however alike the two lone figures' subjects."""
    out = [list(f) for f in facts]
    options = []
    for i, f in enumerate(out):
        for j, g in enumerate(out):
            if i != j and (len(f), i) < (len(g), j):
                score = _disagreeing_score(f, g, ctx, subjects, stated, parts)
                if score is not None:
                    options.append((-(len(g) > 1 and bool(_subject_of(g))), -score, i, j))  # an actor's consensus first
    options.sort()
    into = list(range(len(out)))  # the fact each fact was joined into (itself while it stands)
    for *_, i, j in options:
        while into[j] != j:
            j = into[j]
        if into[i] != i or i == j or _disagreeing_score(out[i], out[j], ctx, subjects, stated, parts) is None:
            continue
        out[j].extend(out[i])
        into[i] = j
    return [f for i, f in enumerate(out) if into[i] == i]


def _disagreeing_score(
    f: list[Statement],
    g: list[Statement],
    ctx: ComparisonContext,
    subjects: SubjectMatcher,
    stated,
    parts: frozenset[int] = frozenset(),
) -> float | None:
    """How well fact f joins fact g (resemblance plus subject likeness, averaged), None where it may not: an
    article in both, or a statement of f that may not join g. A concept is a guess (weak) only where every
    statement of its fact's is."""
    if _one_article_in_both(f, g):
        return None
    weak = all(s.first.extra.get("weak") for s in f) or all(o.first.extra.get("weak") for o in g)
    score = 0.0
    if parts and (all(id(s) in parts for s in f) or all(id(o) in parts for o in g)):
        return None  # a part of a toll, as every report of it gives it, is no other report's toll told differently
    actor = _subject_of(f)
    player_named = _one_player(f, g, subjects, stated)
    if not player_named and _lone_relative_minute(f, g):
        return None  # "five minutes later" alone against another lone report's minute: as likely another moment
    for s in f:
        if actor and not s.first.subject:
            # a report naming no actor for a figure others give that actor ("5 sièges" in a table, beside Politico's
            # "five seats" for Reform UK) states it of the fact's actor
            s = Statement(s.doc, [replace(s.first, subject=actor), *s.claims[1:]])
        values = [_resemblance(s.first, o.first, ctx) for o in g]
        who = [subjects.of_statements(s, o, stated) for o in g]
        if not _joins(s, g, values, who, ctx, weak=weak, player_named=player_named):
            return None
        score += sum(values) / len(values) + sum(who) / len(who)
    return score / len(f)


def _lone_relative_minute(f: list[Statement], g: list[Statement]) -> bool:
    """Whether two lone reports give a match's minute, one of them counted from the minute told before it ("five
    minutes later"): only as sure as that minute and its reader's sum, it tells the other report's minute wrong only
    where both give it to one player."""
    return (
        len(f) == 1
        and len(g) == 1
        and _match_minute(f[0].first)
        and any(s.first.extra.get("relative") for s in (*f, *g))
    )


def _one_player(f: list[Statement], g: list[Statement], subjects: SubjectMatcher, stated) -> bool:
    """Whether two facts of a match's minutes name one player: a report of each gives the minute to one actor (the
    reports that read the club, the stadium or the opponent around the minute aside)."""
    return _match_minute(f[0].first) and any(
        subjects.score(s.doc, s.first.subject, o.doc, o.first.subject, stated) >= 1.0 for s in f for o in g
    )


PLACE_REACH = 60  # characters around a figure within which a place its sentence names is where it was counted


Places = dict[tuple[str, int], list[tuple[int, int, str]]]  # (start, end, place) by (article, sentence start)


@dataclass(frozen=True)
class StoryPlaces:
    """The places each sentence of each article of a story names, (start, end, place) by (article, sentence start):
    ``named`` every one; ``own`` but for the event's own, those most articles of the story name (Valencia in most
    reports of its floods tells no part of them). cross_check reads them once for counted_in_towns and align_claims
    (no story pass changes a place)."""

    named: Places
    own: Places


def story_places(claims_by_doc: dict[str, list[Claim]]) -> StoryPlaces:
    named: Places = {}
    for doc, claims in claims_by_doc.items():
        for c in claims:
            if c.kind == "place" and isinstance(c.value, dict) and c.value.get("entity"):
                named.setdefault((doc, c.sentence_start), []).append((c.start, c.end, c.value["entity"]))
    everywhere = _named_by_most(named, len(claims_by_doc))
    return StoryPlaces(named, {k: [x for x in v if x[2] not in everywhere] for k, v in named.items()})


def _named_by_most(named: Places, articles: int) -> set[str]:
    """The places most of a story's several articles name (``named``: its StoryPlaces.named): where its event happened,
    or a part of it most reports tell of."""
    count = Counter(p for _, p in {(doc, p) for (doc, _), v in named.items() for _, _, p in v})
    return {p for p, n in count.items() if n * 2 > articles} if articles > 1 else set()


def counted_in_towns(
    docs: dict[str, Document], claims_by_doc: dict[str, list[Claim]], places: StoryPlaces
) -> dict[str, list[Claim]]:
    """The story's claims with, on each toll its clause counts in a town ("Thirty-two deaths were confirmed in
    Wajima", "In Paiporta, südwestlich von Valencia, starben mindestens 34 Menschen"), that town as its scope
    (``scope_of``), as a breakdown's items carry theirs ("39 were in Wajima", detect/elided.py): a part of the
    event's toll, which joins other reports of that town's toll, never the whole's. A town is a place the gazetteer
    does not know (a country, a region or a capital may be where the whole event happened) and that most reports of
    the story do not name (the town a fire struck is the event's own), unless a report tells a toll in a sentence on
    it below the toll it tells in a sentence naming no town (:func:`_parts_of_the_event`): then the event covers
    more than that town, and every report's toll its clause counts there is that town's, however many reports
    name it."""
    known = known_places()
    named = places.named
    towns = {}  # the town each toll's clause counts it in, by id
    for doc, claims in claims_by_doc.items():
        d = docs.get(doc)
        if d is None or not any(is_toll(c) and not qualifier(c, "scope_of") for c in claims):
            continue
        after, opening = _town_patterns(_language(d))
        for c in claims:
            if is_toll(c) and not qualifier(c, "scope_of"):
                towns[id(c)] = _town_of(
                    c, named.get((doc, c.sentence_start), ()), claims, d.text, after, opening, known
                )
    own = {p for v in places.own.values() for _, _, p in v}  # the places not most reports name
    parts = own | _parts_of_the_event(claims_by_doc, named, known)
    return {
        doc: [
            replace(c, extra={**c.extra, "scope_of": towns[id(c)]}) if towns.get(id(c)) in parts else c for c in claims
        ]
        for doc, claims in claims_by_doc.items()
    }


def _parts_of_the_event(claims_by_doc: dict[str, list[Claim]], named: Places, known) -> set[str]:
    """The towns a report tells a toll in the sentence of, below a toll of that concept it tells in a sentence naming
    no town ("At least 82 people are dead" ... "43 deaths" in a sentence on Kerr County): parts of the event, however
    many reports name them."""
    out = set()
    for doc, claims in claims_by_doc.items():
        tolls = [
            (c, _low(c), _towns_named(named.get((doc, c.sentence_start), ()), known)) for c in claims if is_toll(c)
        ]
        whole: dict[str, float] = {}
        for c, low, towns in tolls:
            if low is not None and not towns and not qualifier(c, "scope_of"):
                whole[concept_of(c.slot)] = max(whole.get(concept_of(c.slot), 0.0), low)
        for c, low, towns in tolls:
            if low is not None and low < whole.get(concept_of(c.slot), 0.0):
                out |= towns
    return out


def _towns_named(near, known) -> set[str]:
    """The places of a sentence the gazetteer does not know."""
    return {p for _, _, p in near if p not in known}


def _low(c: Claim) -> float | None:
    """A count's lower bound, None where it gives none."""
    low = c.value.get("low") if isinstance(c.value, dict) else None
    return float(low) if isinstance(low, (int, float)) else None


# counts of people an event hurt that their clause says are in a serious state ("22 in critical condition", "seis
# heridos graves", "cinq dans un état critique", "zwölf von ihnen schweben in Lebensgefahr"): the seriously hurt, a
# figure of their own beside all the injured (align qualifier "condition")
SEVERITY_CONCEPTS = frozenset({"injured", "hospitalised"})
SEVERITY_REACH = 50  # characters after a count within which its clause says the state of those it counts
SERIOUS = "serious"
_SEVERITY_STOP = re.compile(r"[,;.:!?()\[\]\u2013\u2014]")


def in_serious_condition(docs: dict[str, Document], claims_by_doc: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """The story's claims with, on each count of injured or hospitalised people whose clause says they are in a
    serious state (SERIOUS_CONDITION_WORDS, from the count to the clause's end or the next figure, within
    ``SEVERITY_REACH``), the qualifier ``condition``: the seriously hurt are their own figure, which joins other
    reports of them and never the count of all the injured. Such a count is no longer read as a part of that
    whole ("18 heridos, cinco de ellas de gravedad" and "incluyendo cinco en estado grave" are one figure)."""
    out = {}
    for doc, claims in claims_by_doc.items():
        d = docs.get(doc)
        counts = [c for c in claims if c.kind == "count" and concept_of(c.slot) in SEVERITY_CONCEPTS]
        if d is None or not counts:
            out[doc] = claims
            continue
        low, words = L.lower_same_len(d.text), phrase_rx("SERIOUS_CONDITION_WORDS", _language(d))
        starts = sorted(c.start for c in claims if c.kind == "count")
        serious = {id(c) for c in counts if _said_serious(c, low, words, starts)}
        out[doc] = [
            replace(c, extra={**{k: v for k, v in c.extra.items() if k != "part"}, "condition": SERIOUS})
            if id(c) in serious
            else c
            for c in claims
        ]
    return out


def _said_serious(c: Claim, low: str, words: re.Pattern, starts: list[int]) -> bool:
    """Whether a count's clause says those it counts are in a serious state, before its next figure."""
    end = min(c.sentence_end, c.end + SEVERITY_REACH, next((s for s in starts if s >= c.end), len(low)))
    stop = _SEVERITY_STOP.search(low, c.end, end)
    return words.search(low, c.start, stop.start() if stop else end) is not None


def figures_of_other_years(claims_by_doc: dict[str, list[Claim]], on: date | None) -> dict[str, list[Claim]]:
    """The story's claims with, on each toll or size (:func:`_dated_by_its_sentence`) whose sentence names a date of
    a year before the story's (``on``), that year as its ``time`` (a qualifier: the figure is of that time), where
    its article tells a figure of that concept in a sentence naming none: another event's figure, which joins no
    report's figure of this one ("the deadliest fire since 1948, when an explosion killed 135 people" beside the
    fire's own 94 dead; "he has held the record since 2020 and a bar at 6.17 m" beside the 6.30 m he cleared)."""
    if on is None:
        return claims_by_doc
    out = {}
    for doc, claims in claims_by_doc.items():
        years: dict[int, str] = {}  # the earliest past year each sentence names, by sentence start
        for c in claims:
            year = _year_before(c, on)
            if year:
                years[c.sentence_start] = min(years.get(c.sentence_start, year), year)
        own = {c.slot for c in claims if _dated_by_its_sentence(c) and c.sentence_start not in years}
        out[doc] = [
            replace(c, extra={**c.extra, "time": years[c.sentence_start]})
            if _dated_by_its_sentence(c) and c.sentence_start in years and c.slot in own
            else c
            for c in claims
        ]
    return out


def _dated_by_its_sentence(c: Claim) -> bool:
    """Whether a past year its sentence names dates a figure: a toll, or a size (a length, a speed, a magnitude). Not
    a duration or a sentence (a crime's year is named beside the years it earned), nor an amount, a share or another
    count (a company's reach or its founding year is named beside what it is now)."""
    return is_toll(c) or c.kind == "measure" and isinstance(c.value, dict) and c.value.get("unit") != "duration"


def _year_before(c: Claim, on: date) -> str:
    """The year of a date claim that ends before ``on``'s year ("depuis 1948"), else ""."""
    end = c.value.get("end") if c.kind == "date" and isinstance(c.value, dict) else None
    year = end[:4] if isinstance(end, str) else ""
    return year if year.isdigit() and int(year) < on.year else ""


def _town_of(c: Claim, near, claims: list[Claim], text: str, after, opening, known) -> str:
    """The town a toll's clause counts it in: named right after it by a locative ("... were confirmed in Wajima",
    "... muertos en Paiporta"), or opening its sentence by one, the toll being the sentence's first figure after it
    ("In Paiporta, ..., starben mindestens 34 Menschen"); "" where none is."""
    for start, end, town in near:
        if town in known:
            continue
        if c.end <= start and after.fullmatch(text, c.end, start):
            return town
        if (
            end <= c.start
            and opening.fullmatch(text, c.sentence_start, start)
            and "," in text[end : c.start]
            and not _CLAUSE_BREAK.search(text, end, c.start)
            and not any(o.kind == "count" and end <= o.start < c.start for o in claims)
        ):
            return town
    return ""


_CLAUSE_BREAK = re.compile(r"[;:]")


@cache
def _town_patterns(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """What joins a toll to the town its clause counts it in: a few words then a locative ("were confirmed in",
    "starben in", "sont morts à", "murieron en"), and a locative opening a sentence ("In", "À", "En")."""
    locative = L.alt(table_of(lang, "LOCATIVE_PREPOSITIONS"))
    article = L.alt(table_of(lang, "DEFINITE_ARTICLES"))
    place_lead = r"[\s\u00a0]+(?:(?:" + article + r")[\s\u00a0]+)?"
    return (
        re.compile(r"(?:[\s\u00a0]+[^\W\d]+){0,3}?[\s\u00a0]+(?:" + locative + r")" + place_lead, re.IGNORECASE),
        re.compile(r"[\s\u00a0]*(?:" + locative + r")" + place_lead, re.IGNORECASE),
    )


def _counted_at(s: Statement, places: Places) -> frozenset:
    """The places named near a statement's figure in its sentence ("In Wajima, 30 people died"), not those a
    long sentence names elsewhere ("the junta, backed by Russia and China, gives 144 dead"): near each of its
    mentions, as an article that also writes the figure with no place beside it gives it as the event's (its
    headline's "Ebola-Ausbruch im Kongo – 15 Tote" and its "15 Menschen starben")."""
    counted = None
    for c in s.claims:
        near = places.get((s.doc, c.sentence_start), ())
        here = frozenset(p for start, end, p in near if start - PLACE_REACH <= c.start and c.end <= end + PLACE_REACH)
        counted = here if counted is None else counted & here
    return counted or frozenset()


def _one_toll_told_apart(
    clusters: list[list[Statement]], ctx: ComparisonContext, places: Places, docs: dict[str, Document]
) -> list[list[Statement]]:
    """A toll of people (dead, injured, missing, evacuated) of one subject that reports of different times tell
    far apart (3 dead, then 10; 732 injured, then 1,670) is one fact in conflict, not two, where the pairing is
    unambiguous: two facts of that concept, subject and qualifiers that may be one toll told apart
    (:func:`_told_apart`) and may be so with no other fact. With a third fact either may be (3 dead in one
    report, 40 in its floods, 10 in another of the same day) it is unclear which figure is which toll: they stay
    apart. A toll only rises, so 10 dead reported after the 40 is the other toll's."""
    first = clusters[0][0].first if clusters else None
    if first is None or not is_toll(first):
        return clusters
    published = {s.doc: docs[s.doc].published for g in clusters for s in g if s.doc in docs}
    fits = {
        i: _exact_first(
            [j for j, g in enumerate(clusters) if i != j and _told_apart(f, g, ctx, places, published)], clusters
        )
        for i, f in enumerate(clusters)
    }
    partner = {i: js[0] for i, js in fits.items() if len(js) == 1 and fits[js[0]] == [i]}
    out = []
    for i, f in enumerate(clusters):
        if i not in partner:
            out.append(f)
        elif i < partner[i]:
            out.append(f + clusters[partner[i]])
    return out


def _one_toll_as_it_rose(
    clusters: list[list[Statement]], ctx: ComparisonContext, places: Places, docs: dict[str, Document]
) -> list[list[Statement]]:
    """A toll's figure that most reports give (82, 104, 109 dead) and a figure other reports give of it (24 dead
    the night before) are one fact in conflict, however many reports give the other figure: the main fact takes
    each other fact of the toll's concept, subject and qualifiers that is the toll at another time
    (:func:`_rose`), the nearer figures first. An article that states both figures tells two tolls (the dead
    and, among them, 40 adults), and so do two places near the figures. With no one fact told by most reports,
    the facts join as the toll rose where that is clear (:func:`_one_toll_of_equals`)."""
    first = clusters[0][0].first if clusters else None
    if first is None or not is_toll(first) or len(clusters) < 2:
        return clusters
    published = {s.doc: docs[s.doc].published for g in clusters for s in g if s.doc in docs}
    reporting = _reporting_days(docs)
    by_size = sorted(clusters, key=_told_most, reverse=True)
    main, others = by_size[0], by_size[1:]
    if _told_most(others[0]) == _told_most(main):
        return _one_toll_of_equals(clusters, ctx, places, published, reporting)
    others.sort(key=lambda g: min(_apart(a.first, b.first) for a in main for b in g))
    kept = []
    for g in others:
        if _rose(main, g, ctx, places, published, reporting):
            main = main + g
        else:
            kept.append(g)
    return [main, *kept]


def _one_toll_of_equals(
    clusters: list[list[Statement]],
    ctx: ComparisonContext,
    places: Places,
    published: dict[str, date | None],
    reporting: tuple[date, date] | None,
) -> list[list[Statement]]:
    """With no fact told most (two reports give 94 and 128 dead, two others 36 and 55), a toll's facts join as it
    rose (:func:`_rose`), the nearest figures first, a fact joining a toll only where it rose with each fact the toll
    holds. A part of a toll as its article gives it joins none, and a fact that may be the toll of two facts that
    are two tolls (3 dead and, in the same report, 40 in its floods, against another report's 10) stays apart:
    which it is is unclear."""
    parts = _parts_of_tolls([s for f in clusters for s in f])
    whole = [i for i, f in enumerate(clusters) if not all(id(s) in parts for s in f)]
    rose: dict[int, set[int]] = {i: set() for i in range(len(clusters))}
    for i, j in combinations(whole, 2):
        if _rose(clusters[i], clusters[j], ctx, places, published, reporting):
            rose[i].add(j)
            rose[j].add(i)
    unclear = {
        i for i, js in rose.items() if any(_two_tolls(clusters[j], clusters[k], places) for j, k in combinations(js, 2))
    }
    pairs = sorted(
        (min(_apart(a.first, b.first) for a in clusters[i] for b in clusters[j]), i, j)
        for i in whole
        for j in rose[i]
        if i < j and not {i, j} & unclear
    )
    toll_of = {i: [i] for i in range(len(clusters))}  # the facts (by index) each fact's toll holds
    for _, i, j in pairs:
        mine, theirs = toll_of[i], toll_of[j]
        if mine is not theirs and all(b in rose[a] for a in mine for b in theirs):
            mine.extend(theirs)
            toll_of.update(dict.fromkeys(theirs, mine))
    tolls = list({id(t): t for t in toll_of.values()}.values())
    return [[s for i in sorted(t) for s in clusters[i]] for t in sorted(tolls, key=min)]


def _told_most(statements: list[Statement]) -> tuple[int, int]:
    """How much a fact is told: by how many reports, then in how many claims (144 dead and "more than 140" in
    one report, 144 in another, against 10 and "three" in Bangkok)."""
    return len(statements), sum(len(s.claims) for s in statements)


def _rose(
    f: list[Statement],
    g: list[Statement],
    ctx: ComparisonContext,
    places: Places,
    published: dict[str, date | None],
    reporting: tuple[date, date] | None = None,
) -> bool:
    """Whether two facts of a toll are its figures at two times: not two tolls (:func:`_two_tolls`); where every
    report of both is dated, those of the lower figures no newer than those of the higher; figures dated no
    more than TOLL_DAYS apart (a toll of January 2023 is another earthquake's) unless both fall in the days the
    story's reports follow it (``reporting``: :func:`_reporting_days`); every value of one disagreeing with every
    value of the other; the nearest of them at most TOLL_RISE times apart."""
    low, high = sorted((f, g), key=lambda h: max(central(view(s.first)) or 0 for s in h))
    return not (
        _two_tolls(f, g, places)
        or _reported_later([published.get(s.doc) for s in low], [published.get(s.doc) for s in high])
        or any(_toll_dated_apart(view(a.first), view(b.first), reporting) for a in f for b in g)
        or all(_floor(s.first) for s in low)
        or not _disagree_throughout(f, g, ctx)
        or min(_apart(a.first, b.first) for a in f for b in g) > TOLL_RISE
    )


def _reporting_days(docs: dict[str, Document]) -> tuple[date, date] | None:
    """The first and the last day a story's reports were published (None where none is dated)."""
    days = sorted(d.published for d in docs.values() if d.published)
    return (days[0], days[-1]) if days else None


def _toll_dated_apart(va: dict, vb: dict, reporting: tuple[date, date] | None) -> bool:
    """Whether two figures of a toll are dated too far apart to be one toll at two times: more than TOLL_DAYS, but
    for two dates in the days the story's reports follow it (from TOLL_DAYS before its first report to its last):
    an outbreak's reports follow its toll over weeks (20 dead on 10 September, 42 by the 28th), while a toll dated
    outside them is another event's (the 2022 outbreak's 55 dead)."""
    if _days_apart(va, vb) <= TOLL_DAYS:
        return False
    if reporting is None:
        return True
    first, last = reporting[0] - timedelta(days=TOLL_DAYS), reporting[1]
    return not all(first <= v["_when"][0] and v["_when"][1] <= last for v in (va, vb))


def _two_tolls(f: list[Statement], g: list[Statement], places: Places) -> bool:
    """Whether two facts of a toll's concept are two tolls whatever their figures: an article states both, a
    statement's concept is a guess, their qualifiers clash, or their sentences name other places near them."""
    statements = f + g
    return (
        _one_article_in_both(f, g)
        or any(s.first.extra.get("weak") for s in statements)
        or _qualifier_clash(statements)
        or len({_counted_at(s, places) for s in statements}) > 1
    )


def _floor(c: Claim) -> bool:
    """Whether a figure is told as a round floor ("over 200 rescued" by the first night): a count from below, which
    a higher figure counted later does not contradict, where an exact 24 dead against 109 is the toll told at
    another time, and so is a floor of an exact count ("at least 24 dead": the toll as it was counted then)."""
    v = view(c)
    low, step = v.get("low"), v.get("step") or 1.0
    return v.get("qualifier") in ("over", "at_least") and bool(low) and low % (10 * step) == 0


def _reported_later(low: list[date | None], high: list[date | None]) -> bool:
    """Whether a toll's lower figure is reported after its higher one (every report dated): a toll only rises."""
    return None not in low + high and max(low) > min(high)


def _exact_first(fits: list[int], clusters: list[list[Statement]]) -> list[int]:
    """Of the facts a toll may be told apart from, those some report gives as a figure, where there are any: a vague
    "hundreds injured" beside an article's exact 732 is no other toll's telling where another report's 1,670 is."""
    exact = [j for j in fits if any(not is_range(view(s.first)) for s in clusters[j])]
    return exact or fits


def _told_apart(
    f: list[Statement],
    g: list[Statement],
    ctx: ComparisonContext,
    places: Places,
    published: dict[str, date | None],
) -> bool:
    """Whether two facts of a count of affected people may be one toll that reports of different times tell apart:
    no article states both, one of them is a lone report's, no statement's concept is a guess, every value of
    one disagrees with every value of the other (not "at least 3" against 10) and none is more than TOLL_RISE
    times another (53 dead in one region against 517 in all: a part, not the toll), and their sentences name
    the same places near their figures, or none (12 dead "in Wajima" against 64 in all; 3 in Thailand, 10 in
    Myanmar), and, where every report of both is dated, the lower figure is no newer (a toll only rises)."""
    low, high = sorted((f, g), key=lambda h: max(central(view(s.first)) or 0 for s in h))
    return not (
        min(len(f), len(g)) != 1
        or _two_tolls(f, g, places)
        or _reported_later([published.get(s.doc) for s in low], [published.get(s.doc) for s in high])
        or not _disagree_throughout(f, g, ctx)
        or any(_apart(a.first, b.first) > TOLL_RISE for a in f for b in g)
    )


def _disagree_throughout(f: list[Statement], g: list[Statement], ctx: ComparisonContext) -> bool:
    """Whether every value of one fact disagrees with every value of the other (not "at least 3" against 10)."""
    return all(agree(a.first.kind, view(a.first), view(b.first), ctx) is False for a in f for b in g)


TOLL_RISE = 7.0  # a toll grows up to sevenfold as reports follow it (13 dead the first night, 83 the next day); a tenth of it is a part


def _apart(a: Claim, b: Claim) -> float:
    """How many times the nearer bounds of two counts are apart (7 and "dozens": 20/7); inf where unknown."""
    (la, ha), (lb, hb) = bounds(view(a)), bounds(view(b))
    if None in (la, ha, lb, hb) or min(la, lb) <= 0:
        return float("inf")
    return max(lb / ha, la / hb, 1.0)


def _magnitude(x: float) -> str:
    """Two significant digits with a scale letter: 233e6 -> "230m"."""
    for size, letter in ((1e12, "t"), (1e9, "b"), (1e6, "m"), (1e3, "k")):
        if abs(x) >= size:
            return f"{float(f'{x / size:.2g}'):g}{letter}"
    return f"{float(f'{x:.2g}'):g}"


def _value_tag(cluster: list[Statement], ctx: ComparisonContext) -> str:
    """A canonical, order-free label of what a fact's values are (to tell split facts apart)."""
    anchor = sorted(cluster, key=lambda s: (-len(s.claims), s.first.text, s.doc))[0]
    c = anchor.first
    v = c.value if isinstance(c.value, dict) else {}
    if c.kind in ("money", "count", "percent"):
        x = usd_central(v, ctx) if c.kind == "money" else central(v)
        return _magnitude(x) + ("usd" if c.kind == "money" else "") if x is not None else _slug(c.text)
    if c.kind == "list":
        return "+".join(sorted(str(i) for i in v.get("items") or ())[:4]) or str(v.get("declared_count"))
    if c.kind == "date":
        return str(v.get("start") or c.text)[:7]
    if c.kind == "quote":
        words = re.findall(r"\w+", (v.get("words") or c.text).casefold())
        return hashlib.sha1(" ".join(words).encode()).hexdigest()[:8]
    return _slug(c.text)[:40]


def _make_key(ident: tuple, subject: str, tag: str | None) -> str:
    kind, slot, *quals = ident
    key = f"{kind}:{slot}:{subject or '-'}"
    if quals:
        key += "[" + ",".join(q for q in quals if not q.endswith("=")) + "]"
    if tag:
        key += "@" + tag
    if len(key) > KEY_MAX:
        key = key[: KEY_MAX - 9] + "~" + hashlib.sha1(key.encode()).hexdigest()[:8]
    return key


def _language(doc: Document | None) -> str:
    return ((doc.language if doc else "") or "").split("-")[0].lower()


def _subject_of(cluster: list[Statement]) -> str:
    """The name most of a fact's statements give its subject (the longest form on a tie)."""
    counts: dict[str, int] = {}
    for st in cluster:
        if st.first.subject:
            counts[st.first.subject] = counts.get(st.first.subject, 0) + 1
    return max(counts, key=lambda k: (counts[k], len(k), k)) if counts else ""


MERGEABLE = ("money", "count", "percent", "measure", "date")


def _family(f: AlignedFact) -> tuple:
    """Facts that may state one thing under two concepts: the same kind of value in the same unit."""
    v = f.statements[0].first.value if isinstance(f.statements[0].first.value, dict) else {}
    unit = YEARS_SPAN if _spans_years(f.statements[0].first) else v.get("unit") or ""
    quals = tuple(q for q in identity(f.statements[0].first)[2:] if not q.startswith("unit="))
    return (f.kind, UNIT_FAMILIES.get(unit, unit), quals)


YEARS_SPAN = "years"  # the family of a date that runs from one year into another: a spell, not a date told coarser


def _spans_years(c: Claim) -> bool:
    """A date from one year to a later one ("de 2021 à 2025", "2013 bis 2015", "between 2014 and 2016"): a spell (a
    tenure, an epidemic's years), which no day or year of the story ("in 2014", "mercredi 9 juillet") tells under
    another word, however it falls inside it."""
    rng = date_range(view(c)) if c.kind == "date" else None
    return rng is not None and date.min not in rng and date.max not in rng and rng[1].year > rng[0].year


def _join_synonymous(facts: list[AlignedFact], ctx: ComparisonContext) -> list[AlignedFact]:
    """One figure named by different words ("fund size" / "round", "valuation" / "price", a share that
    "rose" / "gained", a percentage no word named) ends in facts of different concepts; they are one fact
    when every value agrees, whatever subjects their sentences give, as for statements of one concept (an
    article's statements of it become one statement). The fact most sources state gives the concept (a named one before a guessed one)."""
    order = sorted(range(len(facts)), key=lambda i: (-len(facts[i].statements), _weak(facts[i]), facts[i].key))
    merged: list[AlignedFact] = []
    for i in order:
        f = facts[i]
        if f.kind in MERGEABLE:
            fam = _family(f)
            for g in merged:
                if (
                    g.kind == f.kind
                    and _kin(f, g, fam)
                    and _same_figure(f, g, ctx)
                    and not _apart_in_an_article(f, g)
                    and not _metric_clash(c for _, c in (*f.members, *g.members))
                ):
                    _absorb(g, f)
                    break
            else:
                merged.append(f)
        else:
            merged.append(f)
    return merged


def _apart_in_an_article(f: AlignedFact, g: AlignedFact) -> bool:
    """Whether an article states both of two facts, and one of them names a qualifier an article tells apart from
    its absence (APART_IN_AN_ARTICLE) the other does not: the most the law allows ("hasta 110 años") beside the
    sentence asked for ("recomendó 100 años")."""
    return _one_article_in_both(f.statements, g.statements) and _named_by_one_only(
        [c for _, c in f.members], [c for _, c in g.members]
    )


def _named_by_one_only(these: list[Claim], those: list[Claim]) -> bool:
    """Whether one of two groups of claims names a qualifier of APART_IN_AN_ARTICLE and the other does not."""
    return any(any(qualifier(c, k) for c in these) != any(qualifier(c, k) for c in those) for k in APART_IN_AN_ARTICLE)


def _one_article_in_both(f: list[Statement], g: list[Statement]) -> bool:
    """Whether an article states both of two facts (by their statements)."""
    return bool({s.doc for s in f} & {s.doc for s in g})


def _join_counted_things(facts: list[AlignedFact], ctx: ComparisonContext) -> list[AlignedFact]:
    """A count of a noun no frame knows ("dix sites", "quatre personnels", "über 700.000 Autos") is the count of
    a concept other reports name ("diez plantas", "four crew members", "734.000 vehículos") when it agrees
    with that fact's every value and with no other fact's: it joins that one fact. Not a fact one report
    alone states or reports disagree on (a coincidence is likelier than a confirmation: "about 50 schools" and
    the 50 or 51 dead), nor one its own article states by name (there it counts something else: "60
    passengers" and a "UH-60 helicopter"). People no word qualifies are such a count too ("the 630 members of
    the Bundestag" and its "630 seats")."""
    things = [f for f in facts if f.kind == "count" and f.slot in UNNAMED_COUNTS and _weak(f)]
    named = [
        f
        for f in facts
        if f.kind == "count" and f.slot not in NOT_COUNTED_NOUNS and len(f.statements) > 1 and _agreed(f, ctx)
    ]
    joined = set()
    for f in things:
        docs = {s.doc for s in f.statements}
        fits = [
            g
            for g in named
            if g.slot != f.slot and not docs & {s.doc for s in g.statements} and _same_figure(f, g, ctx)
        ]
        if len(fits) == 1:
            _absorb(fits[0], f)
            joined.add(id(f))
    return [f for f in facts if id(f) not in joined]


def _join_coarse_dates(facts: list[AlignedFact]) -> list[AlignedFact]:
    """A month told coarser ("December 2022", "en agosto", "late October") joins the one finer fact it may be a
    telling of ("30 de diciembre de 2022", "le 6 août"), which it supports: where every value of that fact lies
    inside it and no other date fact of the story's does (else the month may be another thing's: a killing's "août
    2023" beside the arrest's "5 de agosto"; nor may its own articles give a day inside it, whose month then sums up
    what they date), its slot is the finer one's or none was named (event.date), the subject is the same and no
    article tells both."""
    dates = [f for f in facts if f.kind == "date"]
    values = {id(f): [view(c) for _, c in f.members] for f in dates}
    coarse = [f for f in dates if all(_told_coarser(c) for _, c in f.members)]
    coarse.sort(key=lambda f: min(date_range(v)[1] - date_range(v)[0] for v in values[id(f)]))
    joined: set[int] = set()
    for f in coarse:
        docs = {s.doc for s in f.statements}
        outer = values[id(f)]
        inside = [
            g
            for g in dates
            if g is not f and id(g) not in joined and any(within(v, o) for v in values[id(g)] for o in outer)
        ]
        if len(inside) != 1:
            continue
        g = inside[0]
        if (
            all(within(v, o) for v in values[id(g)] for o in outer)
            and f.slot in (g.slot, EVENT_DATE_SLOT)
            and g.slot not in OTHER_TIMES
            and f.subject == g.subject
            and not docs & {s.doc for s in g.statements}
        ):
            _absorb(g, f)
            values[id(g)] += outer
            joined.add(id(f))
    return [f for f in facts if id(f) not in joined]


_BOUND_LEAD = re.compile(rf"(?:{L.alt(L.YEAR_PREPS)})\s")  # "until", "since", "bis", "desde": a bound's preposition


def _told_coarser(c: Claim) -> bool:
    """A date that may tell another coarser: a month or a part of one (compare.named_month), but not one a bound's
    preposition leads to ("until November", "seit September": no value of any day in it). Not a year either: a year
    names many things of a story ("en 2022", the year a virus spread, beside July 2022, when an emergency was
    declared)."""
    return named_month(view(c)) and not _BOUND_LEAD.match(c.text.casefold())


def _agreed(f: AlignedFact, ctx: ComparisonContext) -> bool:
    """Every two statements of a fact agree."""
    return all(
        agree(f.kind, view(a.first), view(b.first), ctx) is not False
        for i, a in enumerate(f.statements)
        for b in f.statements[i + 1 :]
    )


THINGS, ORDINAL = "things", "ordinal"  # the slots of a count no frame names and of a place in a series
UNNAMED_COUNTS = frozenset({THINGS, "people.count"})  # counts of a noun that names no concept: things or people
# counts that are no count of a noun, which a count of things may never be: a place in a series, a person's years
NOT_COUNTED_NOUNS = frozenset({THINGS, ORDINAL, "age"})


def _kin(f: AlignedFact, g: AlignedFact, fam: tuple) -> bool:
    """Two facts that may be one figure: the same family, or figures of three or more digits in one unit and with
    the same qualifiers but the stage (concepts read from the words around a number differ more between outlets
    than the number does; "1,000 more" is an addition whatever its concept)."""
    other = _family(g)
    if other == fam:
        return True
    return (
        _written_alike(other[:2], fam[:2])
        and _unstaged(other[2]) == _unstaged(fam[2])
        and all(_distinctive(s.first) for x in (f, g) for s in x.statements)
    )


def _unstaged(quals: tuple) -> tuple:
    """A family's qualifiers but the stage: a figure of three or more digits that one report calls the earlier one
    ("the previous record of $279 billion") and another gives as it is names one figure; an addition, a total, a
    time it refers to still keep two apart ("1,090 personnel" and "1,000 more")."""
    return tuple(q for q in quals if not q.startswith("stage="))


PERCENT_UNITS = frozenset({"%", "percent", "pp", "points", "percentage_points"})


def _written_alike(a: tuple, b: tuple) -> bool:
    """Two (kind, unit) that one figure may be written in: the same, or a percentage and percentage points (reports
    write the one change, share or margin "0.25%" and "0,25 Prozentpunkte", "71,63%" and "71,63 puntos")."""
    return a == b or (a[0] == b[0] == "percent" and a[1] in PERCENT_UNITS and b[1] in PERCENT_UNITS)


def _weak(f: AlignedFact) -> bool:
    return all(s.first.extra.get("weak") for s in f.statements)


def _same_figure(f: AlignedFact, g: AlignedFact, ctx: ComparisonContext) -> bool:
    """Every value of one agrees with every value of the other, no two qualifiers differ (one round's 30% is not
    the other round's) and no article gives two exact figures that differ."""
    if _qualifier_clash(f.statements + g.statements):
        return False
    for a in f.statements:
        for b in g.statements:
            if a.doc == b.doc and (
                _two_exact_figures(a.first, b.first, ctx)
                or _two_bounded_figures(a.first, b.first, ctx)
                or any(_two_in_one_sentence(x, y) for x in a.claims for y in b.claims)
            ):
                return False
            if (
                _resemblance(a.first, b.first, ctx) < 1.0
                or agree(a.first.kind, view(a.first), view(b.first), ctx) is not True
            ):
                return False

    return True


def _absorb(g: AlignedFact, f: AlignedFact) -> None:
    """f's statements join g's; an article's statements of one figure become one statement."""
    mine = {s.doc: s for s in g.statements}
    for s in f.statements:
        if s.doc in mine:
            mine[s.doc].claims.extend(s.claims)
        else:
            g.statements.append(s)
    g.statements.sort(key=lambda s: s.doc)


def align_claims(
    docs: dict[str, Document],
    claims_by_doc: dict[str, list[Claim]],
    ctx: ComparisonContext,
    places: Places | None = None,
    *,
    joins: JoinModel | None = None,
) -> list[AlignedFact]:
    """Group one story's claims into facts (sorted by key; every claim in exactly one fact). ``places``: the
    story's StoryPlaces.own, where the caller has read them. ``joins``: the pair scorer that joins facts the
    rules leave apart (by default the learned one: :func:`pairjoin.default_model`)."""
    subjects = SubjectMatcher(docs, claims_by_doc)
    persons = one_name_per_person(claims_by_doc)
    groups: dict[tuple, dict[str, list[Claim]]] = {}
    for doc_key in sorted(claims_by_doc):
        for c in claims_by_doc[doc_key]:
            groups.setdefault(identity(c, persons), {}).setdefault(doc_key, []).append(c)

    if places is None:
        places = story_places(claims_by_doc).own
    facts: list[AlignedFact] = []
    for ident, by_doc in sorted(groups.items(), key=lambda kv: kv[0]):
        statements = [s for d in sorted(by_doc) for s in _statements(d, by_doc[d], ctx)]
        by_subject: dict[str, list[list[Statement]]] = {}
        for cl in _cluster_statements(statements, ctx, subjects):
            by_subject.setdefault(_subject_of(cl), []).append(cl)
        for subject, clusters in sorted(by_subject.items()):
            clusters = _one_toll_as_it_rose(_one_toll_told_apart(clusters, ctx, places, docs), ctx, places, docs)
            # the fact most sources state keeps the plain key, so a split caused by a new source leaves the
            # main fact's key (and a reviewer's decision on it) in place; the others carry a value tag
            main = min(clusters, key=lambda cl: (*(-n for n in _told_most(cl)), _value_tag(cl, ctx)))
            for cl in clusters:
                tag = None if cl is main else _value_tag(cl, ctx)
                facts.append(
                    AlignedFact(
                        _make_key(ident, subject, tag), ident[0], ident[1], subject, sorted(cl, key=lambda s: s.doc)
                    )
                )
    facts = _join_coarse_dates(_join_counted_things(_join_synonymous(facts, ctx), ctx))
    facts = _join_scored(facts, ctx, subjects, docs, joins or default_model())
    for f in facts:
        f.slot = staged_slot(f.slot, _named_qualifier(f.statements))
    # keys unique: a tag shared by two facts gets a number, in an order free of input order
    seen: dict[str, list[AlignedFact]] = {}
    for f in facts:
        seen.setdefault(f.key, []).append(f)
    for key, fs in seen.items():
        if len(fs) > 1:
            fs.sort(
                key=lambda f: (
                    sorted(c.text for s in f.statements for c in s.claims),
                    [(s.doc, c.start) for s in f.statements for c in s.claims],
                )
            )
            for i, f in enumerate(fs[1:], start=2):
                f.key = f"{key}#{i}"
    return sorted(facts, key=lambda f: f.key)


SCORED = ("money", "count", "percent", "measure")  # the kinds of figure the pair scorer joins
# the qualifiers that tell what a figure is (pre- or post-money, a part, an addition, a total, an estimate), which
# the pair scorer never joins across; those that tell where or when it stands (time, period, stage, a town) it may:
# one report names them where another gives the figure plainly
KIND_QUALIFIERS = tuple(k for k in IDENTITY_QUALIFIERS if k not in ("time", "period", "as_of", "stage", "scope_of"))
VALUE_REACH = 3.0  # figures further apart than this factor are never one figure told differently
SAME_VALUE = 0.005 / math.log(VALUE_REACH)  # a value gap this small: one number (half a percent apart)
DAYS_APART = 1  # figures dated further apart than adjacent days (a report's "Tuesday" for another's Monday) are two
PAIR_STATEMENTS = 6  # the statements of each fact a pair's values and subjects are compared on (the most cited)
CLOSE_GAP = 0.1  # a value gap below this is close (a tenth of VALUE_REACH's span: about 12 % apart)
DISAGREEING, GUESSED = FEATURES.index("disagree"), FEATURES.index("guessed")


def _join_scored(
    facts: list[AlignedFact], ctx: ComparisonContext, subjects: SubjectMatcher, docs: dict, model: JoinModel
) -> list[AlignedFact]:
    """Facts the rules leave apart that the pair scorer (:mod:`.pairjoin`) finds one: two facts of one kind of
    figure, no article in both, values within a factor of three of each other and no two rounds or stages
    named, whose probability reaches the model's threshold, where neither has another such partner (a fact that
    may be one of two others is left as it is)."""
    scored = {i: _ScoredFact(f, ctx, docs) for i, f in enumerate(facts) if f.kind in SCORED}
    pairs = _scored_candidates(scored)
    if not pairs:
        return facts
    rivals = Counter(i for pair in pairs for i in pair)
    partners: dict[int, list[int]] = {}
    spreads = _concept_spreads(scored)
    for i, j in pairs:
        gap = _value_gap(scored[i].central, scored[j].central)
        features = _pair_features(scored[i], scored[j], gap, ctx, subjects, rivals[i] + rivals[j] - 2)
        disagreeing = features[DISAGREEING] * (1.0 - features[GUESSED])
        features += _story_features(facts[i], facts[j], gap, disagreeing, spreads)
        if model.joins(features, facts[i], facts[j]):
            partners.setdefault(i, []).append(j)
            partners.setdefault(j, []).append(i)
    gone = set()
    for i, js in sorted(partners.items()):
        j = js[0]
        if len(js) == 1 and partners[j] == [i] and i < j:
            keep, other = (i, j) if len(facts[i].statements) >= len(facts[j].statements) else (j, i)
            _absorb(facts[keep], facts[other])
            gone.add(other)
    return [f for k, f in enumerate(facts) if k not in gone]


class _ScoredFact:
    """What the pair scorer reads of one fact of a kind it joins (SCORED), each read once however many pairs the
    fact is in (``docs``: the story's documents by key, whose words around a figure tell what it is about)."""

    def __init__(self, fact: AlignedFact, ctx: ComparisonContext, docs: dict[str, Document]):
        self.fact, self._ctx, self._docs = fact, ctx, docs

    @cached_property
    def anchor(self) -> Claim:
        """The first claim of its most cited statement."""
        return max(self.fact.statements, key=lambda s: (len(s.claims), s.doc)).first

    @cached_property
    def central(self) -> float | None:
        """The anchor's central value (in US dollars for money)."""
        v = view(self.anchor)
        return central(v) if self.anchor.kind != "money" else usd_central(v, self._ctx)

    @cached_property
    def cited(self) -> list[Statement]:
        """Its statements a pair's values and subjects are compared on: the PAIR_STATEMENTS most cited."""
        return sorted(self.fact.statements, key=lambda s: (-len(s.claims), s.doc))[:PAIR_STATEMENTS]

    @cached_property
    def family(self) -> tuple:
        return _family(self.fact)

    @cached_property
    def ranged(self) -> set[bool]:
        """Whether each statement gives a range ("172-192 seats")."""
        return {is_range(view(s.first)) for s in self.fact.statements}

    @cached_property
    def kind_qualifiers(self) -> tuple:
        """What its figure is, by the KIND_QUALIFIERS its first statement names."""
        return tuple(qualifier(self.fact.statements[0].first, k) for k in KIND_QUALIFIERS)

    @cached_property
    def words(self) -> dict[str, frozenset[str]]:
        """The content lemmas around its figures, by language."""
        got: dict[str, frozenset[str]] = {}
        for s in self.fact.statements:
            d = self._docs.get(s.doc)
            if d is None:
                continue
            lang = _language(d)
            c = s.first
            got[lang] = got.get(lang, frozenset()) | context_lemmas(
                d.text or "", c.start, c.end, c.sentence_start, lang
            )
        return got


def _concept_spreads(scored: dict[int, _ScoredFact]) -> dict[str, tuple[float, float]]:
    """The smallest and largest (log) central value of each concept's facts in the story."""
    spreads: dict[str, tuple[float, float]] = {}
    for f in scored.values():
        x = f.central
        if x and x > 0:
            concept, v = concept_of(f.fact.slot), math.log(x)
            low, high = spreads.get(concept, (v, v))
            spreads[concept] = (min(low, v), max(high, v))
    return spreads


def _story_features(f: AlignedFact, g: AlignedFact, gap: float, disagreeing: float, spreads: dict) -> list[float]:
    """How close a pair's values are, in themselves and against the story's other figures (pairjoin.FEATURES after
    rivals): their closeness, that closeness where ``disagreeing`` (1 where their values disagree and both facts name
    what they count: one figure told differently, 242 against 244 on board, 26.3 % against 26.5 %; two close figures
    of guessed concepts may be two things), and their distance over the spread of all the story's figures of their
    concepts (two tolls 5 % apart among tolls from 3 to 700 are nearer than two ages 5 % apart among ages 60 to 70)."""
    close = max(0.0, 1.0 - gap / CLOSE_GAP)
    lows_highs = [spreads[c] for c in {concept_of(f.slot), concept_of(g.slot)} if c in spreads]
    spread = max(b[1] for b in lows_highs) - min(b[0] for b in lows_highs) if lows_highs else 0.0
    return [
        close,
        close * disagreeing,
        min(1.0, gap * math.log(VALUE_REACH) / spread) if spread > 0 else 1.0,
    ]


def _scored_candidates(scored: dict[int, _ScoredFact]) -> list[tuple[int, int]]:
    """The pairs of facts the pair scorer judges: one kind and unit, no article in both, central values within
    VALUE_REACH of each other (found by sorting, so a story of many figures stays fast), no round or stage clash
    (between two values a figure naming no round is of its story's round, as for the rules: :func:`_qualifier_clash`),
    one kind of figure (KIND_QUALIFIERS: an exit poll's 410 seats is no telling of the count's 410), and ranges
    only beside the same range ("4 à 20 ans" of prison holds the "12 años" of one man as it holds any other; men
    "aged 27 to 74" are not those "zwischen 21 und 68")."""
    groups: dict[tuple, list[tuple[float, int]]] = {}
    for i, f in scored.items():
        x = f.central
        if x is not None and x > 0:
            unit = f.family[1]
            groups.setdefault((f.fact.kind, "%" if unit in PERCENT_UNITS else unit), []).append((x, i))
    out = []
    for members in groups.values():
        members.sort()
        for a, (x, i) in enumerate(members):
            for y, j in members[a + 1 :]:
                if y > x * VALUE_REACH:
                    break
                f, g = scored[i], scored[j]
                if _one_article_in_both(f.fact.statements, g.fact.statements):
                    continue
                clash = _qualifier_clash(f.fact.statements + g.fact.statements, disagreeing=x != y)
                if clash or f.kind_qualifiers != g.kind_qualifiers:
                    continue
                if _dated_apart(f.anchor, g.anchor) or _two_finishes(f.fact, g.fact):
                    continue
                ranged_f, ranged_g = f.ranged, g.ranged
                if ranged_f | ranged_g == {True, False} or (
                    ranged_f == {True} and bounds(view(f.anchor)) != bounds(view(g.anchor))
                ):
                    continue  # a range holds many figures: one inside it, or another range over it, tells none of them
                out.append((min(i, j), max(i, j)))
    return out


def _two_finishes(f: AlignedFact, g: AlignedFact) -> bool:
    """Whether two facts hold race times minutes apart (compare.two_finishes): two runners' or two races' times,
    however near in share ("2:14:18" and the runner-up's "2:17:32"), which the pair scorer never joins."""
    return any(two_finishes(view(s.first), view(o.first)) for s in f.statements for o in g.statements)


def _value_gap(x: float | None, y: float | None) -> float:
    """How far apart two facts' central values are: 0 equal, 1 a factor of VALUE_REACH or more."""
    return min(1.0, abs(math.log(x / y)) / math.log(VALUE_REACH)) if x and y else 1.0


def _pair_features(
    scored_f: _ScoredFact,
    scored_g: _ScoredFact,
    gap: float,
    ctx: ComparisonContext,
    subjects: SubjectMatcher,
    rivals: int,
) -> list[float]:
    """What the pair scorer reads of two facts (``gap``: :func:`_value_gap` of their central values), in the order
    of pairjoin.FEATURES."""
    f, g = scored_f.fact, scored_g.fact
    fs, gs = scored_f.cited, scored_g.cited
    verdicts = [agree(f.kind, view(a.first), view(b.first), ctx) for a in fs for b in gs]
    who = [subjects.of_statements(a, b) for a in fs for b in gs if _actor_named(a) and _actor_named(b)]
    statements = f.statements + g.statements
    ranged_f, ranged_g = scored_f.ranged, scored_g.ranged
    wf, wg = scored_f.words, scored_g.words
    common = wf.keys() & wg.keys()
    fam_f, fam_g = scored_f.family, scored_g.family
    return [
        float(concept_of(f.slot) == concept_of(g.slot)),
        float(_weak(f) or _weak(g)),
        float(bool({f.slot, g.slot} & {THINGS, ORDINAL})),
        float(fam_f[1] == fam_g[1]),
        float(all(v is True for v in verdicts)),
        float(any(v is False for v in verdicts)),
        gap,
        float(gap <= SAME_VALUE),
        float(all(_exact(s.first) for s in statements)),
        float(ranged_f == ranged_g == {True}),
        float(all(_distinctive(s.first) for s in statements)),
        float(any(w >= 1.0 for w in who)),
        float(any(w >= 1.0 for w in who) and all(v is True for v in verdicts)),
        float(bool(who) and max(who) == 0.0),
        float(not any(_actor_named(s) for s in fs) or not any(_actor_named(s) for s in gs)),
        float(set(fam_f[2]) != set(fam_g[2])),
        max((overlap(wf[lang], wg[lang]) for lang in common), default=0.0),
        float(bool(common)),
        float(min(len(f.statements), len(g.statements)) == 1),
        min(1.0, rivals / 4),
    ]


def _dated_apart(a: Claim, b: Claim) -> bool:
    """Two figures each dated to one day, further apart than adjacent days (a share's fall on Monday and one on
    Thursday): two days' figures, however alike; unless both have three or more digits (such a figure given alike
    is one cited again, whatever day either names). A figure dated to a period (a quarter's growth) may be told on
    any day."""
    va, vb = view(a), view(b)
    return (
        va.get("_when_granularity") == vb.get("_when_granularity") == "day"
        and _days_apart(va, vb) > DAYS_APART
        and not (_distinctive(a) and _distinctive(b))
    )


def _exact(c: Claim) -> bool:
    v = view(c)
    return (v.get("qualifier") or "exact") == "exact" and not is_range(v)
