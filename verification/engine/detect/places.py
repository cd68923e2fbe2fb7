"""Places: where an event happens, where an organisation has its offices, hubs."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from .. import lexicon as L
from ..context import Context
from ..entities import Entity, norm_key, place_key
from ..frames import phrase_rx
from ..lang import table_of
from .shared import MULTI

_AT_RX = re.compile(r"\b(?:" + L.alt(L.EVENT_PREPOSITIONS) + r")\s+" + L.ARTICLE + "?$")
OFFICE_RX = phrase_rx("OFFICE_NOUNS", "")
IN_RX = re.compile(r"[\s\u00a0]+(?:" + L.alt(L.LOCATIVE_PREPOSITIONS) + r")[\s\u00a0]+")
_NEW_RX = re.compile(r"(?:" + L.alt(L.NEW_WORDS) + r")[\s\u00a0]+$")
_HUB_RX = phrase_rx("HUB_NOUNS", "")
_ADJ_BEFORE = re.compile(r"(?:(?<=\s)[a-zà-ÿ-]{3,}[\s\u00a0]+){0,2}$")
_OBJ_KEY = {
    "office": "office",
    "offices": "office",
    "headquarters": "headquarters",
    "hq": "headquarters",
    "lab": "lab",
    "laboratory": "lab",
    "campus": "campus",
    "branch": "office",
}


def detect_places(ctx: Context) -> None:
    low, text = ctx.low, ctx.text
    for e in ctx.entities:
        if e.type != "event":
            continue
        sent = ctx.sentence(e.start)
        if not _AT_RX.search(low, max(sent[0], e.start - 30), e.start):
            continue
        val = {"entity": e.key, "name": e.name, "type": "event"}
        loc = re.match(r"\s+(?:held\s+)?(?:in|im|en|à)\s+", low[e.end : e.end + 14])
        if loc:
            pe = ctx.entity_at(e.end + loc.end())
            if pe is not None and pe.type == "place":
                val["location"] = pe.key
        subj = ctx.subject_for(sent[1], sent, exclude={e.key} | ({val["location"]} if "location" in val else set()))
        ctx.add("place", "event", subj, val, e.start, e.end, 0.6, sent)
    for m in OFFICE_RX.finditer(low):
        noun = m.group(0)
        sent = ctx.sentence(m.start())
        place = None
        s = m.start()
        before = ctx.ents_between(max(sent[0], m.start() - 40), m.start())
        if before and re.fullmatch(r"[\s\u00a0]+", text[before[-1].end : m.start()]):
            b = before[-1]
            if b.type == "place":
                place, s = b, b.start
            else:
                last = b.name.split()[-1]
                pk = place_key(last)
                if pk:
                    place = b
                    s = b.end - len(last)
                    place = Entity(s, b.end, last, pk, "place")
        end = m.end()
        if place is None:
            im = IN_RX.match(text, m.end())
            if im:
                pe = ctx.entity_at(im.end())
                if pe is not None and pe.type == "place":
                    place, end = pe, pe.end
        if place is None:
            continue
        nw = _NEW_RX.search(low, max(sent[0], s - 12), s)
        if nw:
            s = nw.start()
        slot = L.EVENT_OBJECTS.get(noun, "office")  # "office": one fact per (subject, place)
        subj = ctx.subject_for(s, sent, exclude={place.key})
        ctx.add(
            "place", slot, subj, {"entity": place.key, "name": place.name, "type": "place"}, s, end, 0.65, sent, **MULTI
        )
    for m in _HUB_RX.finditer(low):
        sent = ctx.sentence(m.start())
        places = [e for e in ctx.ents_between(sent[0], m.start()) if e.type == "place"]
        place = places[-1] if places else None
        if place is None:
            i = ctx.sidx.index_of(sent[0])
            if i > 0:
                ps = ctx.sentences[i - 1]
                pl = [e for e in ctx.ents_between(*ps) if e.type == "place"]
                place = pl[-1] if pl else None
        key, name = (place.key, place.name) if place else (ctx.main_place, ctx.main_place)
        if not key:
            continue
        adj = _ADJ_BEFORE.search(low, max(sent[0], m.start() - 30), m.start())
        s = adj.start() if adj and adj.group(0).strip() else m.start()
        words = low[s : m.start()].split()
        while words and (words[0] in L.STOP_CAPS or words[0] in ("an", "a")):
            s = low.index(words[0], s) + len(words[0])
            words = words[1:]
        subj = ctx.subject_for(s, sent, exclude={key})
        ctx.add("place", "hub", subj, {"entity": key, "name": name, "type": "place"}, s, m.end(), 0.55, sent)


def detect_named_places(ctx: Context) -> None:
    """A place named where no other claim holds it: where the event happened, where someone comes from or acts
    ("the crash over the Potomac", "in Wichita, Kansas", "à Mazan"). One fact per place across reports; never
    the place a story was filed from (its dateline)."""
    held = sorted((c.start, c.end) for c in ctx.claims if c.kind != "quote")
    filed = list(ctx.datelines.items())
    for e in ctx.entities:
        if any(s <= e.start < end for s, end in filed):
            continue
        named = named_place(ctx, e)
        if named is None and (e.type == "place" or after_locative(ctx, e)):
            named = (e.key, e.name, e.start, e.end)
        if named is None:
            continue
        key, name, start, end = named
        i = bisect_left(held, (end,))
        if not key or any(a < end and start < b for a, b in held[max(0, i - 8) : i]):
            continue
        ctx.add("place", "place", "", {"entity": key, "name": name, "type": "place"}, start, end, 0.3, **MULTI)


@cache
def _place_nouns(lang: str) -> tuple[frozenset, re.Pattern]:
    nouns = frozenset(table_of(lang, "PLACE_NOUNS"))
    before = re.compile(r"(?<![\w])(" + L.alt(nouns) + r")[\s\u00a0]+(?:(?:" + L.OF + r")[\s\u00a0]+|d['’]|l['’])?$")
    return nouns, before


_NAME_PARTS = re.compile(r"[^\s\u00a0-]+")


def named_place(ctx: Context, e: Entity) -> tuple[str, str, int, int] | None:
    """A name a place noun makes a place: the noun in the name ("Potomac River", "Wembley-Stadion", "Fluss
    Potomac") or just before it ("fleuve Potomac", "estadio Wembley", "aéroport Ronald Reagan"): (key of the
    name without the noun, name, start, end)."""
    if e.type not in ("name", "org", "place"):
        return None
    nouns, before = _place_nouns(ctx.lang)
    parts = list(_NAME_PARTS.finditer(e.name))
    if len(parts) >= 2:
        for drop, keep in ((parts[-1], parts[:-1]), (parts[0], parts[1:])):
            if drop.group(0).lower() in nouns:
                rest = e.name[keep[0].start() : keep[-1].end()]
                return norm_key(rest), rest, e.start, e.end
    m = before.search(ctx.low, max(0, e.start - 30), e.start)
    if m:
        return e.key, e.name, m.start(1), e.end
    return None


@cache
def _locative_rx(lang: str) -> re.Pattern:
    return re.compile(
        r"(?<![\w])("
        + L.alt(table_of(lang, "LOCATIVE_PREPOSITIONS"))
        + r")[\s\u00a0]+(?:(?:"
        + L.alt(table_of(lang, "DEFINITE_ARTICLES"))
        + r")[\s\u00a0]+)?$"
    )


@cache
def _dative(lang: str) -> frozenset:
    return frozenset(table_of(lang, "DATIVE_PREPOSITIONS"))


_POSSESSIVE_AFTER = re.compile(r"['’‘]s?(?![\w])")


def after_locative(ctx: Context, e: Entity) -> bool:
    """A name right after "in", "im", "à", "en" names a place ("in Wichita", "à Mazan", "en Paiporta"), whatever
    the gazetteer knows; not one that owns what follows ("in Trump's cabinet", "in Alcaraz‘ Auge"), nor a person's
    name after a preposition that also says to whom ("versé à Stormy Daniels", "pagó a Stormy Daniels"), nor the
    last word of a name the text gives in full ("Carlos Alcaraz" ... "où Alcaraz a élevé son jeu", "Hollywood Harvey
    Weinstein" ... "Weinstein"), which a country named in full loses too ("Demokratische Republik Kongo" ... "im Kongo")."""
    if e.type not in ("name", "place") or _POSSESSIVE_AFTER.match(ctx.text, e.end):
        return False
    if e.type == "name" and " " not in e.key and ctx.named_in_full(e.key) is not None:
        return False
    m = _locative_rx(ctx.lang).search(ctx.low, max(0, e.start - 12), e.start)
    return m is not None and not (" " in e.name.strip() and m.group(1) in _dative(ctx.lang))
