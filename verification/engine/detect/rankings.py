"""Rankings: ordinal places in a category and scope."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon as L
from ..context import Context
from ..entities import Entity
from ..frames import phrase_rx, phrase_value
from ..lang import table_of
from .places import IN_RX

_CAT_RX = phrase_rx("RANK_CATEGORIES", "")
_CAT_NEXT = re.compile(r"[\s\u00a0]+(" + L.alt(L.RANK_CATEGORIES) + r")(?![\w])")  # "the third such city"
# a category up to four words after an ordinal: "the second largest city"
_CAT_AFTER = re.compile(r"((?:[\s\u00a0]+[\w-]+){0,4}?)[\s\u00a0]+(" + L.alt(L.RANK_CATEGORIES) + r")(?![\w])")
_SUCH_RX = re.compile(r"[\s\u00a0]+(?:" + L.alt(L.SUCH_WORDS) + r")(?![\w])")
_OUTSIDE_RX = re.compile(r"(?<![\w])(?:" + L.alt(L.OUTSIDE_WORDS) + r")[\s\u00a0]+" + L.ARTICLE + "?")
# "the first lab of Nvidia", "le premier centre de Google": the name after it is whose the ranked thing is
_OWNER_BEFORE = re.compile(r"\b(?:" + L.alt_any_apostrophe([*L.FOR_WORDS, *L.OF_WORDS]) + r")\s+$")
_INTL_RX = phrase_rx("INTERNATIONAL_WORDS", "")
_ONE_OF_N = re.compile(
    r"(?<![\w])(?:"
    + L.alt(L.ONE_OF)
    + r")[\s\u00a0]+"
    + L.ARTICLE
    + r"?(\d+|"
    + L.alt(L.NUMBER_WORDS)
    + r")[\s\u00a0]+((?:[\w-]+[\s\u00a0]+){0,2}?)("
    + L.alt(L.RANK_CATEGORIES)
    + r")(?![\w])"
)


def _scope(ctx: Context, a: int, b: int):
    """(scope key, start, end) for "outside (of) the United States", "in Asia", or "international"."""
    low = ctx.low
    o = _OUTSIDE_RX.search(low, a, b)
    if o:
        e = ctx.entity_at(o.end())
        if e is not None and e.type == "place":
            return f"outside:{e.key}", o.start(), e.end
    for m in IN_RX.finditer(ctx.text, a, b):
        e = ctx.entity_at(m.end())
        if e is not None and e.type == "place" and m.start() - a < 45:
            return f"in:{e.key}", m.start() + 1, e.end
    return None


def detect_rankings(ctx: Context) -> None:
    low = ctx.low
    for o_start, o_end, ordinal in ctx.word_ordinals:
        sent = ctx.sentence(o_start)
        cat = None
        such = _SUCH_RX.match(low, o_end)
        after = o_end
        if such:
            after = such.end()
            c = _CAT_NEXT.match(low, after)
            if c:
                cat, after = L.RANK_CATEGORIES[c.group(1)], c.end()
            else:
                for c in _CAT_RX.finditer(low, sent[0], o_start):
                    cat = phrase_value("RANK_CATEGORIES", "", c)
        else:
            c = _CAT_AFTER.match(low, o_end)
            if c and not any(w in L.STOP_CAPS and w not in ("and",) for w in c.group(1).split()):
                cat = L.RANK_CATEGORIES[c.group(2)]
                after = c.end()
        if cat is None:
            continue
        sc = _scope(ctx, after, min(sent[1], after + 110))
        scope, end = "", after
        if sc:
            scope, _, end = sc
        elif not such and _INTL_RX.search(low, o_end, after):
            scope = "international"
        if not scope and not such:
            continue
        start = o_start
        if end - start > 70 and sc:
            start = sc[1]
        inner = [
            e
            for e in ctx.ents_between(o_end, end)
            if e.type != "place" and _OWNER_BEFORE.search(low[max(0, e.start - 6) : e.start])
        ]
        subj = ctx.canonical_subject(inner[0].key) if inner else ctx.subject_for(o_start, sent)
        ctx.add(
            "ranking",
            f"ranking.{cat}",
            subj,
            {"ordinal": ordinal, "of_total": None, "category": cat, "scope": scope},
            start,
            end,
            0.8,
            sent,
        )
    for m in _ONE_OF_N.finditer(low):
        sent = ctx.sentence(m.start())
        w = m.group(1)
        total = int(w) if w.isdigit() else L.NUMBER_WORDS.get(w)
        cat = L.RANK_CATEGORIES[m.group(3)]
        mod = m.group(2)
        scope = "new" if any(x in L.NEW_WORDS for x in mod.split()) else ""
        ctx.add(
            "ranking",
            f"ranking.{cat}",
            ctx.subject_for(m.start(), sent),
            {"ordinal": None, "of_total": total, "category": cat, "scope": scope},
            m.start(),
            m.end(),
            0.7,
            sent,
        )


_ORDINAL = r"(?:" + L.alt(L.ORDINALS) + r"|\d{1,2}(?:" + L.alt(L.ORDINAL_SUFFIXES) + r"))"
_SUPERLATIVE = r"(?:" + L.alt(L.SUPERLATIVE_WORDS) + r")(?![\w])"
_A_WORD = r"[\s\u00a0]+[^\W\d_][\w'’-]*"
# "second-largest city", "deuxième plus grande ville", "cuarto mayor fabricante", "troisième groupe le plus
# important", "segunda ciudad más importante", "deuxième ville du pays"
_RANK_BY_SIZE = re.compile(
    r"(?<![\w])(" + _ORDINAL + r")(?:"
    r"[\s\u00a0-]+" + _SUPERLATIVE + r"(?:" + _A_WORD + r"){0,2}"
    r"|(?:" + _A_WORD + r"){1,2}?[\s\u00a0]+" + _SUPERLATIVE + r"(?:" + _A_WORD + r")?"
    r"|" + _A_WORD + r"[\s\u00a0]+(?:" + L.alt_any_apostrophe(L.RANK_SCOPE_WORDS) + r")(?![\w])"
    r")"
)
# "auf Platz drei", "en el puesto 3"
_RANK_NUMBER = re.compile(
    r"(?<![\w])(?:" + L.alt(L.RANK_NOUNS) + r")[\s\u00a0]+(\d{1,3}|" + L.alt(L.NUMBER_WORDS) + r")(?![\w])"
)
# the name a rank is said of, in apposition before it: "Mandalay, Myanmar's second-largest city", "Stellantis, el
# cuarto mayor fabricante"
_APPOSITION_GAP = re.compile(r"[\s\u00a0]*,(?:[^,;:.()]{0,25}?[\s\u00a0])?[\s\u00a0]*")


def detect_ranks_by_size(ctx: Context) -> None:
    """A place by size or worth ("Myanmar's second-largest city", "la deuxième ville du pays", "el cuarto mayor
    fabricante mundial", "auf Platz drei"): a rank of the name it is said of, compared for agreement only (weak):
    what is ranked, and among what, is told too many ways to keep two ranks apart for sure."""
    low = ctx.low
    held = [(c.start, c.end) for c in ctx.claims if c.kind == "ranking"]
    found = [(m.start(), m.end(), _ordinal_value(m.group(1))) for m in _RANK_BY_SIZE.finditer(low)]
    found += [(m.start(), m.end(), _ordinal_value(m.group(1))) for m in _RANK_NUMBER.finditer(low)]
    for start, end, rank in found:
        if not rank or any(a < end and start < b for a, b in held):
            continue
        sent = ctx.sentence(start)
        before = ctx.ents_between(sent[0], start)
        named = next((e for e in reversed(before) if _APPOSITION_GAP.fullmatch(ctx.text, e.end, start)), None)
        subject = ctx.canonical_subject(named.key) if named is not None else ctx.subject_for(start, sent)
        value = {"ordinal": rank, "of_total": None, "category": "rank", "scope": ""}
        ctx.add("ranking", "ranking.rank", subject, value, start, end, 0.5, sent, weak=True)


def _ordinal_value(word: str) -> int | None:
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group(0))
    return L.ORDINALS.get(word) or L.NUMBER_WORDS.get(word)


@cache
def _world_rank_rx(lang: str) -> re.Pattern:
    """A rank in the world: "world number one", "number one in the world", "le N.1 mondial", "número uno del mundo",
    "die Nummer eins der Welt" (the figure in group 1 or 2), "den Weltranglisten-Ersten" (the ordinal in group 3)."""
    number = r"(\d{1,3}|" + L.alt(table_of(lang, "NUMBER_WORDS")) + r")(?![\w])"
    said = r"(?:" + L.alt(table_of(lang, "RANK_NUMBER_WORDS")) + r")[\s\u00a0]*"
    forms = [said + number + r"[\s\u00a0]+(?:" + L.alt(table_of(lang, "WORLD_RANK_AFTER")) + r")(?![\w])"]
    if before := table_of(lang, "WORLD_RANK_BEFORE"):
        forms.insert(0, r"(?:" + L.alt(before) + r")[\s\u00a0-]+" + said + number)
    else:
        forms.insert(0, r"(?!)()")
    if compounds := table_of(lang, "WORLD_RANK_COMPOUNDS"):
        ordinals = L.alt(table_of(lang, "ORDINALS"))
        forms.append(r"(?:" + L.alt(compounds) + r")(" + ordinals + r")(?![\w])")
    return re.compile(r"(?<![\w])(?:" + "|".join(forms) + r")")


# between a name and the rank said of it in apposition: "Jannik Sinner (numéro 1 mondial)", "Carlos Alcaraz, numéro
# 2 mondial", "Jannik Sinner (23 años), número uno del mundo"
_NAME_THEN_RANK = re.compile(r"[\s\u00a0]*(?:\([^()]{0,25}\)[\s\u00a0]*)?[,(][\s\u00a0]*" + L.ARTICLE + r"?")
# between a rank and the name it is said of: "world number one Sinner", "le N.1 mondial Jannik Sinner"
_RANK_THEN_NAME = re.compile(r"[\s\u00a0]+")


def detect_world_ranks(ctx: Context) -> None:
    """A person's rank in the world ("world number one Sinner", "le N.1 mondial Jannik Sinner", "den
    Weltranglisten-Ersten Jannik Sinner", "Jannik Sinner, número uno del mundo"): a rank of the name it is said of,
    so number one and number two of one person conflict, and of two persons are two facts."""
    for m in _world_rank_rx(ctx.lang).finditer(ctx.low):
        rank = _ordinal_value(m.group(1) or m.group(2) or m.group(3))
        if not rank:
            continue
        sent = ctx.sentence(m.start())
        named = _ranked_name(ctx, m.start(), m.end(), sent)
        # its figure counts nothing ("numéro 2 mondial" is no two things)
        ctx.drop_counts(m.start(), m.end())
        if named is None:
            continue  # "the world number two had never won": who it is the story's subject cannot tell
        value = {"ordinal": rank, "of_total": None, "category": "world_rank", "scope": "world"}
        subject = ctx.canonical_subject(named.key)
        ctx.add("ranking", "ranking.world_rank", subject, value, m.start(), m.end(), 0.7, sent)


def _ranked_name(ctx: Context, start: int, end: int, sent: tuple[int, int]) -> Entity | None:
    """The name a rank is said of (a player's, a team's, a country's): right after it, else in apposition right
    before it."""
    after = next(iter(ctx.ents_between(end, sent[1])), None)
    if after is not None and _RANK_THEN_NAME.fullmatch(ctx.text, end, after.start):
        return after
    before = [e for e in ctx.ents_between(sent[0], start) if e.end <= start]
    if before and _NAME_THEN_RANK.fullmatch(ctx.text, before[-1].end, start):
        return before[-1]
    return None
