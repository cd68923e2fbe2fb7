"""Numbers nothing framed: items of an enumeration, elliptic percentages, listed results, counted things."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import cache

from .. import lexicon as L
from ..concepts import concept_of
from ..context import Context
from ..frames import (
    EVENT_CONCEPTS,
    PARTITIVE,
    RESULT_CONCEPTS,
    asked_slot,
    fate_of,
    frame_nouns,
    frame_of_number,
    lemma,
    qualifiers,
    taken_things,
)
from ..lang import merged, table_of
from .bracket_changes import signed_in_brackets
from .compound_durations import glued_duration
from .match_minutes import minute_matches
from .measures import counts_next_word, next_word_end, num_value
from .shared import FOR_ACTOR, frame_subject, nearest_actor, next_word

_ENUM_GAP = re.compile(r"[^.;:!?()\d]{0,40}?(?:,|\(|\s[-–—]\s?|\s(?:" + L.alt(L.AND_WORDS) + r")\s)[^.;:!?\d]{0,40}$")


def enumerated_counts(ctx: Context, bare: list) -> None:
    """ "208 seats, AfD — 151, SPD — 121", "98 sièges pour Renaissance, 34 pour le MoDem et 26 pour Horizons":
    the figures of an enumeration count what its first figure counts."""
    counts = sorted((c for c in ctx.claims if c.kind == "count" and c.slot in RESULT_CONCEPTS), key=lambda c: c.start)
    if not counts:
        return
    starts = [c.start for c in counts]
    for n, sent in sorted(bare, key=lambda b: b[0].start):
        if n.is_year or n.is_word or (n.low is not None and n.low != int(n.low)):
            continue  # a decimal counts no seats or goals ("un 16,4" after "208 escaños" is a share)
        if signed_in_brackets(ctx, n):
            continue  # "57 Abgeordneten (plus 26)": the change of the item before, no item (detect/bracket_changes)
        i = bisect_right(starts, n.start) - 1
        if i < 0:
            continue
        prev = counts[i]
        if prev.sentence_start > n.start or not _ENUM_GAP.fullmatch(ctx.low, prev.end, n.start):
            continue
        actor = ""
        f = FOR_ACTOR.match(ctx.low, n.end)
        if f:
            e = ctx.entity_at(f.end())
            actor = ctx.canonical_subject(e.key) if e is not None and e.type in ("org", "name") else ""
        subject = actor or nearest_actor(ctx, n.start, sent)
        added = ctx.add(
            "count",
            prev.slot,
            subject,
            num_value(n, prev.value.get("unit", prev.slot), ctx.lang),
            n.start,
            n.end,
            0.6,
            sent,
        )
        if added is not None:  # the next item follows this one
            counts.insert(i + 1, added)
            starts.insert(i + 1, added.start)


# what stands between two numbers of a list that one noun closes: a comma, or "and" ("315, 43, 33 y 20 casos")
_LIST_LINK = re.compile(
    r"[\s\u00a0]*,[\s\u00a0]*(?:(?:"
    + L.alt(L.AND_WORDS)
    + r")[\s\u00a0]+)?|[\s\u00a0]+(?:"
    + L.alt(L.AND_WORDS)
    + r")[\s\u00a0]+"
)


def counts_listed_before(ctx: Context, bare: list) -> None:
    """ "con 315, 43, 33 y 20 casos respectivamente", "killing 12, 7 and 3 people": the numbers of a list its last
    number's noun closes count that noun too, each of its own (a place's, a day's: its subject is read where it
    stands). Whole numbers only, and no year: "in 2023, 15 people" lists nothing."""
    ends = {
        n.end: n
        for n, _ in bare
        if not (n.is_year or n.is_word or n.scaled or n.qualifier == "range")
        and n.low is not None
        and n.low == int(n.low)
    }
    for c in sorted((c for c in ctx.claims if c.kind == "count" and c.slot not in NOT_LISTED), key=lambda c: c.start):
        sent, at = (c.sentence_start, c.sentence_end), c.start
        while True:
            n = next((n for end, n in ends.items() if end < at and _LIST_LINK.fullmatch(ctx.low, end, at)), None)
            if n is None or n.start < c.sentence_start:
                break
            subject = frame_subject(ctx, concept_of(c.slot), n.start, sent)
            ctx.add(
                "count", c.slot, subject, num_value(n, c.value.get("unit", c.slot), ctx.lang), n.start, n.end, 0.5, sent
            )
            del ends[n.end]
            at = n.start


NOT_LISTED = frozenset({"match_minute", "ordinal", "age"})  # counts no list of numbers before them shares a noun with


_ELIDED_LINKS = {w for w in L.QUANTITY_NOUN_LINKS if w.endswith("'")}  # "un millier d'habitants"
_OF_AFTER = re.compile(
    r"[\s\u00a0]+(?:(?:"
    + L.alt(L.QUANTITY_NOUN_LINKS - _ELIDED_LINKS)
    + r")(?=[\s\u00a0]|['’])|(?:"
    + L.alt_any_apostrophe(_ELIDED_LINKS)
    + r")(?=\w))"
)


def elliptic_percents(ctx: Context, bare: list) -> None:
    """ "el bloque conservador consigue un 28,6% de los votos ..., y los socialdemócratas un 16,4": a bare
    decimal after a percentage in its sentence is a percentage of that kind, its sign left out."""
    percents = sorted((c for c in ctx.claims if c.kind == "percent"), key=lambda c: c.start)
    if not percents:
        return
    starts = [c.start for c in percents]
    claimed = {c.start for c in ctx.claims}
    for n, sent in bare:
        if n.is_word or n.is_year or n.scaled or n.start in claimed or n.qualifier == "range":
            continue
        if n.low is None or n.low == int(n.low) or not 0 < n.low < 100:
            continue  # a whole number is a count as often as a share
        if ctx.text[max(0, n.start - 1) : n.start] in ("+", "-", "−", "±"):
            continue  # "AfD 20.8% +10.5": a change, not a share
        i = bisect_right(starts, n.start) - 1
        if i < 0 or percents[i].sentence_start > n.start:
            continue
        prev = percents[i]
        ctx.add(
            "percent",
            prev.slot,
            frame_subject(ctx, concept_of(prev.slot), n.start, sent),
            num_value(n, "percent", ctx.lang),
            n.start,
            n.end,
            0.6,
            sent,
        )


# lowercase words that end an actor's name ("Nouveau Front populaire", "Rassemblement national et alliés")
_ACTOR_TAIL = re.compile(r"(?:[\s\u00a0]+[a-zà-ÿ][\w'’-]*){0,3}[\s\u00a0]*\(")


def listed_results(ctx: Context, bare: list) -> None:
    """ "Nouveau Front populaire (172 à 192), Ensemble (150 à 170), ...": figures in brackets after the actors
    of a list, with no word for what they count, count what the text's results mostly count (seats, goals,
    votes); with two such items in a sentence at least, and results named elsewhere in the text."""
    kinds = Counter(c.slot for c in ctx.claims if c.kind == "count" and c.slot in RESULT_CONCEPTS - {"match_minute"})
    if not kinds or minute_matches(ctx):
        return  # in a match report "Williams (47)" is the minute of a goal
    slot = kinds.most_common(1)[0][0]
    by_sentence: dict[tuple, list] = {}
    for n, sent in bare:
        if ctx.text[n.start - 1 : n.start] != "(" or ctx.text[n.end : n.end + 1] != ")" or n.is_year:
            continue
        if any(x is not None and x != int(x) for x in (n.low, n.high)):
            continue  # "(28,6)" is a share, not a count
        actor = ctx.ents_between(max(sent[0], n.start - 80), n.start)
        if actor and actor[-1].type in ("org", "name") and _ACTOR_TAIL.fullmatch(ctx.text, actor[-1].end, n.start):
            by_sentence.setdefault(sent, []).append((n, actor[-1]))
    for sent, items in by_sentence.items():
        if len(items) < 2:
            continue
        for n, actor in items:
            value = num_value(n, slot, ctx.lang)
            ctx.add("count", slot, ctx.canonical_subject(actor.key), value, n.start, n.end, 0.6, sent)


# the element a hyphen joins to a number: "650-Sitze-Parlament", "a 200-seat jump", "105-Qubit-Prozessor"
_JOINED_NOUN = re.compile(r"-([^\W\d_][\w’']*)")


def counts_of_one(ctx: Context, bare: list) -> None:
    """ "One dead", "un mort et douze blessés", "ein Toter", "un herido": "one" (which is also the article "ein",
    "un", "una") right before a noun that is itself a toll's is a count of one. A word that makes it "only one"
    ("only one person survived", "un seul passager a survécu", "nur ein Passagier überlebte", "un solo pasajero")
    says it is no article: the people it counts are what the predicate says befell them, else what the noun says."""
    for n, sent in bare:
        if not n.is_word or n.scaled or n.low != 1 or n.high not in (None, 1):
            continue
        sole_end = _sole_end(ctx, n)
        noun_start = n.end if sole_end is None else sole_end
        frame = frame_of_number(ctx.low, ctx.lang, n.start, noun_start, sent)
        if frame is None or frame.measured or frame.unit != "people" or frame.concept not in EVENT_CONCEPTS:
            continue
        noun, nouns = ctx.low[noun_start : frame.end].strip(), frame_nouns(ctx.lang)
        concept = frame.concept
        if sole_end is not None:
            after = next_word(ctx.low, noun_start)
            if after is None or after.end() != frame.end:
                continue  # the noun right after "only one" counts
            concept = fate_of(ctx.low, ctx.lang, sent, n.start, frame.end) or concept
        elif frame.end != next_word_end(ctx, n) or (nouns.get(noun) or nouns.get(lemma(noun, ctx.lang))) != concept:
            continue  # "Ein Mensch starb", "un bilan": a verb says what befell them, or the noun is the toll's own
        value = {**num_value(n, frame.unit, ctx.lang), "point": True}
        extra = qualifiers(ctx.low, ctx.lang, n.start, n.end, sent, concept)
        ctx.add("count", asked_slot(concept, extra), "", value, n.start, frame.end, 0.6, sent, **extra)


@cache
def _sole_rx(lang: str) -> tuple[re.Pattern, re.Pattern]:
    words = L.alt(table_of(lang, "SOLE_WORDS"))
    return (
        re.compile(r"(?<![\w])(?:" + words + r")[\s\u00a0]+$"),
        re.compile(r"[\s\u00a0]+(?:" + words + r")(?![\w])"),
    )


def _sole_end(ctx: Context, n) -> int | None:
    """Where the words that make a "one" a count of one end ("only one", "un seul", "ein einziger", "solo un"): after
    the number, or after the word that follows it; None when no such word stands beside it."""
    before, after = _sole_rx(ctx.lang)
    if (m := after.match(ctx.low, n.end)) is not None:
        return m.end()
    return n.end if before.search(ctx.low, max(0, n.start - 20), n.start) else None


def _ends_name(text: str, n) -> bool:
    """ "F-16", "COVID-19", "CRJ-700", "A320": the number is the end of a name joined to it."""
    before = text[max(0, n.num_start - 2) : n.num_start]
    return bool(before) and (before[-1].isalnum() or before[-1] in "./" or (before[-1] == "-" and before[0].isalnum()))


def _thing_word(word: str) -> bool:
    """Whether a word after a number may be the thing it counts (no name, month, scale word or auxiliary)."""
    return not (
        word in L.STOP_CAPS or word in _MONTH_WORDS or word in L.SCALE_WORDS or len(word) < 3 or word in _AUXILIARY
    )


def joined_counts(ctx: Context, bare: list) -> None:
    """A number joined to a noun by a hyphen ("650-Sitze-Parlament", "the 12-member jury", "13.000-mal
    schneller") counts that noun as it would written apart ("650 Sitze"): the frame of the noun decides what
    it counts; a noun no frame knows is a thing counted, compared only for agreement (weak)."""
    low = ctx.low
    for n, sent in bare:
        if n.is_year or n.is_word or n.qualifier == "range":
            continue
        m = _JOINED_NOUN.match(low, n.end)
        if not m or m.end() > sent[1] or _ends_name(low, n):
            continue
        # the same text with the number and its noun written apart, every position where it was
        apart = low[: n.end] + low[n.end : m.end() + 1].replace("-", " ") + low[m.end() + 1 :]
        frame = frame_of_number(apart, ctx.lang, n.start, n.end, sent)
        if frame is not None and not frame.measured and frame.end <= m.end():
            value = num_value(n, frame.unit, ctx.lang)
            subject = frame_subject(ctx, frame.concept, n.start, sent)
            ctx.add("count", frame.concept, subject, value, n.start, m.end(), 0.6, sent)
        elif frame is None and _thing_word(m.group(1)) and not glued_duration(m.group(1), ctx.lang):
            ctx.add("count", "things", "", num_value(n, "things", ctx.lang), n.start, m.end(), 0.4, sent, weak=True)


_THING_AFTER = re.compile(r"(?:[\s\u00a0]+|(?<=['’]))(?:[^\W\d_][\w’'-]*-)?([^\W\d_][\w’'-]{2,})")
_NAME_BEFORE = re.compile(r"[A-ZÀ-Ý][\w-]*[\s\u00a0]$")
_CLOCK_BEFORE = re.compile(r"\d[:hH]$")
_MONTH_WORDS = frozenset(w.rstrip(".") for names in L.MONTHS.values() for w in names)
_AUXILIARY = frozenset(merged("AUXILIARY_VERBS"))


def counted_things(ctx: Context, bare: list) -> None:
    """A number right before a noun no frame knows ("8.5 million machines", "3,000 flights", "33 motores")
    counts that noun: a claim of things counted, compared only for agreement (weak), so the same figure in
    two languages meets and a guess never conflicts. Where a word of taking tells what befell them
    (frames.taken_things: "stole eight items", "huit objets volés", "nueve piezas robadas", "Las joyas robadas
    fueron nueve"), they are the things a theft took, a raid seized or an inquiry recovered, whatever noun names them:
    one figure of the event, which another report's other figure contradicts."""
    claimed = {c.start for c in ctx.claims}
    for n, sent in bare:
        if n.is_year or n.start in claimed or (n.qualifier == "range" and not n.is_word):
            continue
        if n.is_word and n.raw.lower() in L.AMBIGUOUS_NUMBER_WORDS and not counts_next_word(ctx, n):
            if not _listed_one(ctx, n, sent):
                continue
        name = _NAME_BEFORE.search(ctx.text, max(sent[0], n.start - 30), n.start)
        if name and name.group(0).strip().lower() not in L.STOP_CAPS:
            continue  # "Windows 11", "Ship 30", "Euro 2024": the number is part of a name ("Les 15 membres" is not)
        if _CLOCK_BEFORE.search(ctx.text, max(0, n.start - 2), n.start) or _ends_name(ctx.text, n):
            continue  # "04:09 UTC", "F-16 escorted": the minutes of a time of day, the number of a name
        after = n.end
        if (n.is_word and n.raw.lower() not in L.AMBIGUOUS_NUMBER_WORDS) or n.scaled:
            # "un millier de membres", "una docena de países", "8,5 millions de machines"
            of = _OF_AFTER.match(ctx.low, n.end)
            after = of.end() if of else after
        m = _THING_AFTER.match(ctx.text, after)
        if not m or not _thing_word(m.group(1).lower()):
            # "13 der Super-Heavy-Triebwerke", "13 of the engines", "13 de los motores": a part of the things named
            part = PARTITIVE.match(ctx.low, after)
            m = _THING_AFTER.match(ctx.text, part.end()) if part and not _part_of_counted(ctx, n, part, sent) else None
        counted = m is not None and m.end() <= sent[1] and _thing_word(m.group(1).lower())
        taken = taken_things(ctx.low, ctx.lang, n.start, n.end, sent)
        if taken:
            extra = qualifiers(ctx.low, ctx.lang, n.start, n.end, sent, taken)
            end = m.end() if counted else n.end
            ctx.add("count", taken, "", num_value(n, taken, ctx.lang), n.start, end, 0.6, sent, **extra)
        elif counted:
            ctx.add("count", "things", "", num_value(n, "things", ctx.lang), n.start, m.end(), 0.4, sent, weak=True)


@cache
def _list_joint_rx(lang: str) -> re.Pattern:
    """What lies between a count and the next item of its list: perhaps the count's noun (group 1), then a comma or
    "and" (group 2: "seven Portuguese nationals, and one", "sieben portugiesische und ein", "7 portugueses, un")."""
    and_words = L.alt(table_of(lang, "AND_WORDS"))
    return re.compile(
        r"(?:[\s\u00a0]+([^\W\d_][\w'’-]*))?[\s\u00a0]*(?:,[\s\u00a0]*(?:((?:"
        + and_words
        + r"))[\s\u00a0]+)?|[\s\u00a0]+((?:"
        + and_words
        + r"))[\s\u00a0]+)"
    )


_ITEM_REACH = 40  # characters after "one" in which its item names the noun the count before it left out
_DIGIT = re.compile(r"\d")


def _listed_one(ctx: Context, n, sent) -> bool:
    """ "169 Indian nationals, 53 British nationals, seven Portuguese nationals, and one Canadian national", "10
    campers and one counselor", "7 portugueses, un canadiense y 169 indios": "one" (also an article) that is an item
    of a list of counts, right after one of them in its sentence, is a count of one. A word between is the count's
    noun, which the item names again ("nationals ... national"); any other ends the count's clause ("Zwölf Menschen
    kamen, ein Mann blieb"). After a comma alone another figure follows it, or it is an apposition ("le nombre
    d'accusés, 51, un record")."""
    if n.low != 1:
        return False
    before = [c for c in ctx.claims if c.kind == "count" and sent[0] <= c.start and c.end <= n.start]
    last = max(before, key=lambda c: c.end, default=None)
    joint = _list_joint_rx(ctx.lang).fullmatch(ctx.low, last.end, n.start) if last is not None else None
    if joint is None:
        return False
    noun, item = joint.group(1), ctx.low[n.end : min(sent[1], n.end + _ITEM_REACH)]
    listed = joint.group(2) or joint.group(3) or _DIGIT.search(item)
    return bool(listed) and (noun is None or noun.rstrip("s") in item)


def _part_of_counted(ctx: Context, n, part: re.Match, sent) -> bool:
    """ "410 der insgesamt 650 Sitze", "411 sièges sur les 650 de la Chambre": a part or a whole of a figure
    counted in its sentence, which detect_elided_counts reads as that figure's noun."""
    if any(ch.isdigit() for ch in ctx.low[part.end() : min(sent[1], part.end() + 25)]):
        return True
    return any(
        c.kind == "count" and c.slot != "things" and sent[0] <= c.start < n.start and n.start - c.end < 40
        for c in ctx.claims
    )
