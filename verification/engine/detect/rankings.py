"""Rankings: ordinal places in a category and scope."""

from __future__ import annotations

import re

from .. import lexicon as L
from ..context import Context
from .places import IN_RX

_ORD_RX = re.compile(r"(?<![\w])(" + L.alt(L.ORDINALS) + r")(?![\w])")
_CAT_RX = re.compile(r"(?<![\w])(" + L.alt(L.RANK_CATEGORIES) + r")(?![\w])")
_SUCH_RX = re.compile(r"[\s\u00a0]+(?:" + L.alt(L.SUCH_WORDS) + r")(?![\w])")
_OUTSIDE_RX = re.compile(r"(?<![\w])(?:" + L.alt(L.OUTSIDE_WORDS) + r")[\s\u00a0]+" + L.ARTICLE + "?")
# "the first lab of Nvidia", "le premier centre de Google": the name after it is whose the ranked thing is
_OWNER_BEFORE = re.compile(r"\b(?:" + L.alt([*L.FOR_WORDS, *L.OF_WORDS]).replace("'", "['’]") + r")\s+$")
_INTL_RX = re.compile(r"(?<![\w])(?:" + L.alt(L.INTERNATIONAL_WORDS) + r")(?![\w])")
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
    for m in _ORD_RX.finditer(low):
        sent = ctx.sentence(m.start())
        ordinal = L.ORDINALS[m.group(1)]
        cat = None
        such = _SUCH_RX.match(low, m.end())
        after = m.end()
        if such:
            after = such.end()
            c = re.compile(r"[\s\u00a0]+(" + L.alt(L.RANK_CATEGORIES) + r")(?![\w])").match(low, after)
            if c:
                cat, after = L.RANK_CATEGORIES[c.group(1)], c.end()
            else:
                for c in _CAT_RX.finditer(low, sent[0], m.start()):
                    cat = L.RANK_CATEGORIES[c.group(1)]
        else:
            c = re.compile(
                r"((?:[\s\u00a0]+[\w-]+){0,4}?)[\s\u00a0]+(" + L.alt(L.RANK_CATEGORIES) + r")(?![\w])"
            ).match(low, m.end())
            if c and not any(w in L.STOP_CAPS and w not in ("and",) for w in c.group(1).split()):
                cat = L.RANK_CATEGORIES[c.group(2)]
                after = c.end()
        if cat is None:
            continue
        sc = _scope(ctx, after, min(sent[1], after + 110))
        scope, end = "", after
        if sc:
            scope, _, end = sc
        elif not such and _INTL_RX.search(low, m.end(), after):
            scope = "international"
        if not scope and not such:
            continue
        start = m.start()
        if end - start > 70 and sc:
            start = sc[1]
        inner = [
            e
            for e in ctx.ents_between(m.end(), end)
            if e.type != "place" and _OWNER_BEFORE.search(low[max(0, e.start - 6) : e.start])
        ]
        subj = ctx.canonical_subject(inner[0].key) if inner else ctx.subject_for(m.start(), sent)
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
