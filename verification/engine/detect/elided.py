"""Counts whose noun is left out because a figure next to them names it.

- A breakdown by place: "Of the 72 deaths, 39 were in Wajima, 22 in Suzu and five in Nanao", "95,359 in
  Ishikawa": each item counts what the figure before it counts, in its place (kept apart by that place).
- A part of a whole: "410 der insgesamt 650 Sitze", "les 412 des 650 sièges", "411 sièges sur les 650": the
  part and the whole count one noun.
- A change told from one figure to the next: "passant de 47 à 9 sièges", "from 1,400 to 600 apprenticeships":
  the first figure is the earlier one (stage "previous"), of the second's noun.
- An item of an election result told actor by actor: "71 escaños, los nacionalistas del SNP se quedan con 8, Reform
  UK tendrán 4", "the NFP at 188 seats, and Macron's Ensemble bloc, with 161": each item counts the seats or votes
  the figure before it counts, for the actor the item names (a bare number closing its item, an actor between).
- An item coordinated with a figure, told alike: "a magnitude of 7.5 according to the USGS and 7.6 according to the
  JMA", "27 people from the plane and one from the helicopter", "Stärke 7,5 laut USGS und 7,6 laut JMA": the item
  counts or measures what the figure does.
- A part told by a relative pronoun: "four years in prison, two of which suspended", "quatre ans de prison, dont deux
  ferme", "18 Geschworene, von denen sechs ...", "dos de ellos en firme": the part is of what the figure before it
  counts or measures, in its unit, and a part of it (qualifier ``part``), so never that figure's rival.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from .. import lexicon as L
from ..concepts import PART, concept_of
from ..context import Context
from ..figure_sources import BY_WHOM, by_whom
from ..frames import ELECTION_CONCEPTS, EVENT_CONCEPTS, LEFT, LEVEL
from ..lang import table_of
from ..numbers import parse_number
from .measures import num_value
from .shared import frame_subject, next_word

_BREAKDOWN_REACH = 160  # how far back in its sentence the figure that names an item's noun may be
_LIST_GAP = re.compile(r"(?:[^.;:!?()]|\([^.;:!?()]*\))*")  # no sentence break; a bracket closed in it ("(+27)")
_ITEM_ACTORS = ("org", "name")  # what names the actor of an item of a result told actor by actor
_PART_REACH = 60  # characters between the figure a part belongs to and the part's number
_WHOLE_KINDS = ("count", "measure")
_COORDINATED_REACH = 120  # characters between a figure and an item coordinated with it


@cache
def _patterns(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    locative = L.alt(table_of(lang, "LOCATIVE_PREPOSITIONS"))
    out_of = L.alt(table_of(lang, "OUT_OF_WORDS"))
    opener = L.alt(table_of(lang, "RANGE_OPENERS"))
    to = L.alt(
        set(table_of(lang, "NUMBER_RANGE_JOINERS")) - set(table_of(lang, "AND_WORDS")) - set(table_of(lang, "OR_WORDS"))
    )
    article = L.alt(table_of(lang, "DEFINITE_ARTICLES"))
    small = r"(?:[\s\u00a0]+[a-zà-ÿ][\w'’-]*){0,2}"
    return (
        # "22 in Suzu", "39 were in Wajima", "cinq à Nanao"
        re.compile(
            r"(?:[\s\u00a0]+[a-zà-ÿ]+)?[\s\u00a0]+(?:" + locative + r")[\s\u00a0]+(?:(?:" + article + r")[\s\u00a0]+)?"
        ),
        # "410 der insgesamt 650 Sitze": the part, then the whole with its noun
        re.compile(r"[\s\u00a0]+(?:" + out_of + r")" + small + r"[\s\u00a0]+"),
        # "passant de 47 à 9 sièges"
        re.compile(r"(?<![\w])(?:" + opener + r")[\s\u00a0]+$"),
        re.compile(r"[\s\u00a0]+(?:" + to + r")[\s\u00a0]+"),
        # what closes an item of a list: a comma, a conjunction, the sentence's end ("se quedan con 8, ..."), its
        # change in brackets ("die ÖVP mit 51 (minus 20), ...")
        re.compile(r"[\s\u00a0]*(?:[,;.()]|$|(?:" + L.alt(table_of(lang, "AND_WORDS")) + r")(?![\w]))"),
    )


def detect_elided_counts(ctx: Context) -> None:
    counts = sorted((c for c in ctx.claims if c.kind == "count" and c.slot != "things"), key=lambda c: c.start)
    if counts:
        _named_by_counts(ctx, counts)
    rival_counts(ctx)
    levels_left(ctx)
    levels_compared(ctx)
    added_counts(ctx)
    coordinated_figures(ctx)


def _named_by_counts(ctx: Context, counts: list) -> None:
    """Bare numbers a count next to them names the noun of: a part or a whole of it, the figure a change told from
    it goes to, an item of a breakdown by place or of a result told actor by actor."""
    held = sorted((c.start, c.end) for c in ctx.claims)
    by_start = {c.start: c for c in counts}
    starts = [c.start for c in counts]
    place_rx, out_of_rx, opener_rx, to_rx, item_end_rx = _patterns(ctx.lang)
    for n in ctx.nums:
        if n.is_year or n.low is None or n.low < 2 or n.low != int(n.low) or _held(held, n.start, n.end):
            continue
        sent = ctx.sentence(n.start)
        # the whole after the part, or the figure a change goes to
        nxt = out_of_rx.match(ctx.low, n.end) or (
            to_rx.match(ctx.low, n.end) if opener_rx.search(ctx.low, max(sent[0], n.start - 12), n.start) else None
        )
        whole = by_start.get(nxt.end()) if nxt else None
        if whole is not None and whole.value.get("low") is not None:
            stage = {} if nxt.re is out_of_rx else {"stage": "previous"}
            if stage or whole.value["low"] > n.low:
                _add(ctx, whole, n, sent, 0.6, **stage)
                continue
        # the whole before the part: "411 sièges sur les 650"
        i = bisect_right(starts, n.start) - 1
        before = counts[i] if i >= 0 else None
        if before is None or before.start < sent[0]:
            continue
        if out_of_rx.fullmatch(ctx.low, before.end, n.start) and before.value.get("low", 0) < n.low:
            _add(ctx, before, n, sent, 0.6)
            continue
        # an item of a breakdown by place
        at = place_rx.match(ctx.low, n.end, sent[1])
        place = ctx.entity_at(at.end()) if at else None
        if (
            place is not None
            and place.type in ("place", "name")
            and n.start - before.end <= _BREAKDOWN_REACH
            and _LIST_GAP.fullmatch(ctx.low, before.end, n.start)
        ):
            _add(ctx, before, n, sent, 0.55, scope_of=place.key)
        elif actor := _item_actor(ctx, before, n, sent, item_end_rx):
            _add(ctx, before, n, sent, 0.55, subject=actor)


_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*)[\s\u00a0]+$")


@cache
def _coordination_rx(lang: str) -> re.Pattern:
    """What lies between a figure and an item coordinated with it: its own words (no figure, no sentence break),
    then "and" and at most one word that leads the item ("... (USGS) et de 7,6")."""
    return re.compile(
        r"[^\d.;:!?]*?[\s\u00a0,](?:"
        + L.alt(table_of(lang, "AND_WORDS"))
        + r")[\s\u00a0]+(?:([^\W\d_][\w'’]*)[\s\u00a0]+)?"
    )


def coordinated_figures(ctx: Context) -> None:
    """ "a magnitude of 7.5 according to the USGS and 7.6 according to the JMA", "une magnitude de 7,5 selon l'USGS
    et de 7,6 selon la JMA", "27 people from this plane and one from the helicopter", "Stärke 7,5 laut USGS und 7,6
    laut JMA": a bare number after "and" that is told as the figure before it is (the same word right after each,
    the same word, if any, right before each) counts or measures what that figure does, in its unit. The items
    differ by what follows them, so each is its own figure, never merged with the first."""
    figures = sorted(
        (c for c in ctx.claims if c.kind in _WHOLE_KINDS and c.slot != "things" and not c.extra.get("part")),
        key=lambda c: c.end,
    )
    if not figures:
        return
    held = sorted((c.start, c.end) for c in ctx.claims)
    ends = [c.end for c in figures]
    rx, place_rx = _coordination_rx(ctx.lang), _patterns(ctx.lang)[0]
    for n in ctx.nums:
        if n.is_year or n.low is None or _held(held, n.start, n.end):
            continue
        i = bisect_right(ends, n.start) - 1
        figure = figures[i] if i >= 0 else None
        if figure is None or n.start - figure.end > _COORDINATED_REACH:
            continue
        sent = ctx.sentence(n.start)
        gap = rx.fullmatch(ctx.low, figure.end, n.start)
        if figure.start < sent[0] or not gap:
            continue
        if place_rx.match(ctx.low, n.end, sent[1]):
            continue  # "and one each in Hakui", "et dans une à Leipzig": an item of a breakdown by place
        own, item = next_word(ctx.low, figure.end), next_word(ctx.low, n.end, sent[1])
        if not own or not item or own.group(1) != item.group(1):
            continue  # told alike: the same word after each ("according", "selon", "from")
        led = _WORD_BEFORE.search(ctx.low, max(sent[0], figure.start - 30), figure.start)
        if gap.group(1) and (led is None or led.group(1) != gap.group(1)):
            continue  # "et de 7,6" after "magnitude de 7,5"; never "and another 7"
        value = num_value(n, figure.value.get("unit", figure.slot), ctx.lang)
        if figure.value.get("point"):
            value["point"] = True
        extra = {"weak": True} if figure.extra.get("weak") else {}
        ctx.add(figure.kind, figure.slot, figure.subject, value, n.start, n.end, 0.55, sent, elided=True, **extra)


_RIVAL_REACH = 160  # characters between a side's count and the other side's figure in its sentence


def rival_counts(ctx: Context) -> None:
    """ "Die Polizei ging von mindestens 80.000 Demonstrierenden aus, der Veranstalter sprach von 250.000", "Más de
    200.000 personas según estimaciones policiales –320.000 según los organizadores–", "Police estimated 80,000
    people, while organisers said 200,000", "la police a compté 80 000 manifestants, les organisateurs 250 000": a
    bare number its sentence tells as one side's count (FIGURE_SOURCES), after a count told as the other side's,
    counts what that count counts; the side keeps the two figures two facts. After a count no side tells, a number
    may be anything the source said ("80,000 people marched in 200 cities, police said")."""
    counts = sorted((c for c in ctx.claims if c.kind == "count"), key=lambda c: c.end)
    held = sorted((c.start, c.end) for c in ctx.claims)
    ends = [c.end for c in counts]
    for n in ctx.nums:
        if n.is_year or n.value is None or _held(held, n.start, n.end):
            continue
        i = bisect_right(ends, n.start) - 1
        count = counts[i] if i >= 0 else None
        sent = ctx.sentence(n.start)
        if count is None or count.start < sent[0] or n.start - count.end > _RIVAL_REACH:
            continue
        side, told = by_whom(ctx.low, ctx.lang, n.start, n.end, sent).get(BY_WHOM), count.extra.get(BY_WHOM)
        if side is None or told is None or side == told:
            continue
        value = num_value(n, count.value.get("unit", count.slot), ctx.lang)
        extra = {BY_WHOM: side, **{k: count.extra[k] for k in ("weak", "unit_word") if k in count.extra}}
        ctx.add("count", count.slot, count.subject, value, n.start, n.end, 0.55, sent, elided=True, **extra)


_LEFT_KINDS = ("percent", "measure", "count")  # figures whose unit a level left may leave out


@cache
def _left_rx(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """The word a change is told from, right before a number ("from", "von", "de", "desde"), and the word it is told
    to after it ("to", "auf", "à", "a"), perhaps with a word of its own before the figure ("auf nun 3,1 Prozent")."""
    roles = table_of(lang, "FIGURE_PREPOSITIONS")
    froms = L.alt(w for w, role in roles.items() if role in ("link", LEFT))
    tos = L.alt(w for w, role in roles.items() if role == LEVEL)
    return (
        re.compile(r"(?<![\w])(?:" + froms + r")[\s\u00a0]+$"),
        re.compile(r"[\s\u00a0]+(?:" + tos + r")[\s\u00a0]+"),
    )


_A_WORD = re.compile(r"[^\W\d_]+[\s\u00a0]+")


def levels_left(ctx: Context) -> None:
    """ "scaling back capacity from 11.5 to approximately 9 million tons", "von etwa 1,2 auf nun 3,1 Prozent", "de 4 à
    3,75 %", "von 80 auf 91 Sitze": a bare number a change is told from, before the figure it is told to, is the
    level it left (stage "previous") of what that figure measures or counts, in its unit and scale. A range ("from 5
    to 10 percent") is one number already; a change a range's words tell ("from 47 to 9 seats") is
    _named_by_counts'."""
    figures = {c.start: c for c in ctx.claims if c.kind in _LEFT_KINDS}
    if not figures:
        return
    held = sorted((c.start, c.end) for c in ctx.claims)
    from_rx, to_rx = _left_rx(ctx.lang)
    for n in ctx.nums:
        if n.is_year or n.low is None or n.low != n.high or _held(held, n.start, n.end):
            continue
        sent = ctx.sentence(n.start)
        to = to_rx.match(ctx.low, n.end, sent[1])
        if to is None:
            continue
        word = _A_WORD.match(ctx.low, to.end())  # "auf nun 3,1 Prozent": a word may stand before the figure
        figure = figures.get(to.end()) or (figures.get(word.end()) if word else None)
        if figure is not None and from_rx.search(ctx.low, max(sent[0], n.start - 12), n.start):
            _add_level(ctx, figure, n, sent)


def _add_level(ctx: Context, figure, n, sent) -> None:
    """The bare number n as an earlier level (stage "previous") of what the figure measures or counts, in its unit
    and scale: "11.5" beside "9 million tons" are 11.5 million tons, in kilograms."""
    told = next((m for m in ctx.nums if figure.start <= m.start < figure.end), None)
    written = parse_number(told.raw, ctx.lang) if told is not None else None
    if not written or figure.value.get("low") is None:
        return
    scale = figure.value["low"] / written
    value = num_value(n, figure.value.get("unit", figure.slot), ctx.lang)
    value.update(low=n.low * scale, high=n.high * scale)
    if "step" in value:  # the step of the number as written ("de 11,5 a 9 millones" reads 11,5 in millions)
        value["step"] *= (scale * n.low / n.value) if n.low and n.value else 0
    extra = {"weak": True} if figure.extra.get("weak") else {}
    ctx.add(figure.kind, figure.slot, figure.subject, value, n.start, n.end, 0.55, sent, stage="previous", **extra)


_COMPARED_REACH = 60  # characters between a figure and the comma of the earlier level told after it


@cache
def _compared_rx(lang: str) -> re.Pattern:
    """What lies between a figure and the earlier level told after it: a few words of its own (no figure, no
    sentence break), a comma or a dash, then the words that compare ("up from", "contre", "frente a")."""
    return re.compile(
        r"[^\d.;:!?]{0,"
        + str(_COMPARED_REACH)
        + r"}?[,–—][\s\u00a0]*(?:"
        + L.alt(table_of(lang, "EARLIER_LEVEL_LEADS"))
        + r")[\s\u00a0]+(?:(?:"
        + L.alt(table_of(lang, "DEFINITE_ARTICLES"))
        + r")[\s\u00a0]+)?"
    )


def levels_compared(ctx: Context) -> None:
    """ "657,291 ticket sales in Switzerland, up from 574,875 in England", "le chômage atteint 7,5 %, contre 7,3 % un
    an plus tôt", "1.200 Stellen, nach zuvor 900", "15.000 empleos, frente a los 12.000 de 2023": a bare number that
    words of comparison set, after a comma, against the figure before it is the earlier level of what that figure
    counts or measures (stage "previous"), in its unit and scale. Without the comma the words tell a tally or a
    score ("312 voix contre 150"), no earlier level."""
    figures = sorted((c for c in ctx.claims if c.kind in _LEFT_KINDS and not c.extra.get("part")), key=lambda c: c.end)
    if not figures:
        return
    held = sorted((c.start, c.end) for c in ctx.claims)
    ends = [c.end for c in figures]
    rx = _compared_rx(ctx.lang)
    for n in ctx.nums:
        if n.is_year or n.low is None or n.low != n.high or _held(held, n.start, n.end):
            continue
        i = bisect_right(ends, n.start) - 1
        figure = figures[i] if i >= 0 else None
        sent = ctx.sentence(n.start)
        if figure is not None and figure.start >= sent[0] and rx.fullmatch(ctx.low, figure.end, n.start):
            _add_level(ctx, figure, n, sent)


_ADDED_REACH = 120  # characters between a count and a further number of its noun told after it
_NO_NOUN = ("age", "ordinal", "match_minute")  # counts of no noun a further number could count ("de 0 a 4 años")


@cache
def _added_rxs(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """An addition word right before a bare number ("another 500", "otros 6.000", "weitere 300") and one right after
    it, with no noun between ("660,000 more than in the first round", "500 de plus")."""
    return (
        re.compile(r"(?<![\w])(?:" + L.alt(table_of(lang, "ADDITION_WORDS")) + r")[\s\u00a0]+$"),
        re.compile(r"[\s\u00a0]+(?:" + L.alt(table_of(lang, "ADDITION_AFTER")) + r")(?![\w])"),
    )


def added_counts(ctx: Context) -> None:
    """ "más de mil drones HX-2 para enviar otros 6.000 a Ucrania", "1.64 million Romanians voted, 660,000 more than
    in the first round", "Intel streicht 15.000 Stellen und plant weitere 3.000": a bare number an addition word
    leads or follows, after a count in its sentence, counts that count's noun, as an addition to it (qualifier
    "addition"), never its rival."""
    counts = sorted(
        (
            c
            for c in ctx.claims
            if c.kind == "count" and c.value.get("unit") not in _NO_NOUN and not c.extra.get("part")
        ),
        key=lambda c: c.end,
    )
    if not counts:
        return
    held = sorted((c.start, c.end) for c in ctx.claims)
    ends = [c.end for c in counts]
    before_rx, after_rx = _added_rxs(ctx.lang)
    for n in ctx.nums:
        if n.is_year or n.low is None or n.low != n.high or n.qualifier != "exact" or _held(held, n.start, n.end):
            continue
        sent = ctx.sentence(n.start)
        if not (before_rx.search(ctx.low, max(sent[0], n.start - 16), n.start) or after_rx.match(ctx.low, n.end)):
            continue
        i = bisect_right(ends, n.start) - 1
        count = counts[i] if i >= 0 else None
        if count is None or count.start < sent[0] or n.start - count.end > _ADDED_REACH:
            continue
        if not _LIST_GAP.fullmatch(ctx.low, count.end, n.start):
            continue
        value = num_value(n, count.value.get("unit", count.slot), ctx.lang)
        extra = {k: count.extra[k] for k in ("weak", "unit_word") if k in count.extra}
        ctx.add("count", count.slot, count.subject, value, n.start, n.end, 0.55, sent, addition=True, **extra)


def _item_actor(ctx: Context, before, n, sent, item_end_rx: re.Pattern) -> str:
    """The actor of a bare number that is an item of a result told actor by actor after a figure of its noun: a
    count of seats or votes before it in its sentence, a list between (no sentence break), an actor named between
    them, and nothing after the number but what closes an item ("..., los populistas de Reform UK tendrán 4 y los
    nacionalistas galeses de Plaid Cymru, otros 4."). The actor is the first the item names after the figure
    before it, whatever word leads to it ("de Reform UK"): the party it names last ("the Scottish nationalists of
    the SNP"), else the person it names first ("Trzaskowski, alcalde de Varsovia, logró 10.237.177").
    Empty where the number is no such item."""
    if not (
        before.kind == "count"
        and concept_of(before.slot) in ELECTION_CONCEPTS
        and n.start - before.end <= _BREAKDOWN_REACH
        and _LIST_GAP.fullmatch(ctx.low, before.end, n.start)
        and item_end_rx.match(ctx.low, n.end, sent[1])
    ):
        return ""
    item = max([before.end, *(m.end for m in ctx.nums if before.end <= m.end <= n.start and m is not n)])
    actors = [e for e in ctx.ents_between(item, n.start) if e.type in _ITEM_ACTORS]
    parties = [e for e in actors if e.type == "org"]
    actor = parties[-1] if parties else actors[0] if actors else None
    if actor is None or actor.type not in _actor_types(ctx, before, sent):
        return ""
    return ctx.canonical_subject(actor.key)


def _actor_types(ctx: Context, figure, sent) -> set[str]:
    """The kinds of actor an item after a figure may name: the kind of the figure's own actor (a party after a
    party, a candidate after a candidate, never "Keir Starmer turned 61" after Labour's seats); either where the
    figure names none."""
    own = {e.type for e in ctx.ents_between(sent[0], figure.start) if ctx.canonical_subject(e.key) == figure.subject}
    return own & set(_ITEM_ACTORS) or set(_ITEM_ACTORS)


def _held(held: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(held, (end,))
    return any(a < end and start < b for a, b in held[max(0, i - 12) : i])


def _add(ctx: Context, named: object, n, sent, worth: float, subject: str = "", **extra) -> None:
    """A count of the noun another figure names, about what that figure is about (``subject``: the actor, where
    the caller knows it)."""
    slot = named.slot
    unit = named.value.get("unit", slot)
    if not subject and concept_of(slot) not in EVENT_CONCEPTS:
        subject = frame_subject(ctx, concept_of(slot), n.start, sent)
    value = num_value(n, unit, ctx.lang)
    if named.value.get("point"):
        value["point"] = True
    ctx.add("count", slot, subject, value, n.start, n.end, worth, sent, elided=True, **extra)


@cache
def _part_patterns(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """What lies between a figure and a part of it: a few words and a comma (", ", " de prison, "), then a relative
    pronoun before the part's number ("dont", "of whom"; the comma may be left out: "trois ans dont deux avec
    sursis") or after it, the comma there ("cuatro años de prisión, dos de ellos", "four years, two of which").
    The words may be a clause's ("415 personnes ont été placées en garde à vue, dont 110") and end a quotation ("«Le
    bilan est de 19 morts», dont neuf")."""
    close = r"[\s\u00a0]*[»\"”’]?[\s\u00a0]*"  # the end of a quotation, before or after the comma
    words = r"(?:[\s\u00a0]+[^\W\d][\w'’-]*){0,7}" + close
    return (
        re.compile(words + r"(?:[,(–—]" + close + r")?(?:" + L.alt(table_of(lang, "PART_LEADS")) + r")[\s\u00a0]+"),
        re.compile(words + r"[,(–—]" + close),
        re.compile(r"[\s\u00a0]+(?:" + L.alt(table_of(lang, "PART_TAILS")) + r")(?![\w])"),
    )


def told_parts(ctx: Context, bare: list) -> None:
    """ "18 Manhattan residents, six of whom were alternates", "quatre ans de prison, dont deux ferme", "vier Jahre
    Haft, davon zwei ohne Bewährung", "cuatro años de prisión, dos de ellos en firme": a bare number a relative
    pronoun ties to the figure before it in its sentence is a part of it: the same slot and unit (the part of a
    prison term is years of it), a smaller value, qualified as a part."""
    wholes = sorted((c for c in ctx.claims if c.kind in _WHOLE_KINDS), key=lambda c: c.start)
    if not wholes:
        return
    starts = [c.start for c in wholes]
    lead_rx, gap_rx, tail_rx = _part_patterns(ctx.lang)
    first_num = {m.start: m for m in ctx.nums}
    for n, sent in bare:
        if n.is_year or n.low is None or n.low != n.high or n.low != int(n.low):
            continue
        i = bisect_right(starts, n.start) - 1
        whole = wholes[i] if i >= 0 else None
        if whole is None or whole.start < sent[0] or n.start - whole.end > _PART_REACH:
            continue
        if not (
            lead_rx.fullmatch(ctx.low, whole.end, n.start)
            or (gap_rx.fullmatch(ctx.low, whole.end, n.start) and tail_rx.match(ctx.low, n.end, sent[1]))
        ):
            continue
        told = first_num.get(whole.start)
        low = whole.value.get("low") if isinstance(whole.value, dict) else None
        # a part of a range, or a number no smaller than its whole, is no part told; a whole told as at least so
        # many has parts ("over 112,000 fans, including 34,128 in Bern")
        told_whole = whole.value.get("high") in (low, None)
        if told is None or not told.low or low is None or not told_whole or n.low >= told.low:
            continue
        scale = low / told.low  # the whole's unit: "deux" of "quatre ans" are two years
        value = num_value(n, whole.value.get("unit", whole.slot), ctx.lang)
        value.update({k: value[k] * scale for k in ("low", "high", "step") if k in value})
        extra = {"weak": True} if whole.extra.get("weak") else {}
        ctx.add(whole.kind, whole.slot, whole.subject, value, n.start, n.end, 0.55, sent, part=PART, **extra)
