"""Fractions said in words ("two thirds of the seats") as percentages."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon as L
from ..concepts import concept_of
from ..context import Context
from ..frames import PARTITIVE
from ..lang import merged, table_of
from .shared import PCT_CUES, UNNAMED_SHARE, frame_subject, nearest_cue, next_word


@cache
def _fraction_rx(lang: str) -> tuple[re.Pattern, dict]:
    table = table_of(lang, "FRACTIONS")
    words = r"(?<![\w'’])(?:" + L.alt(table) + r")(?![\w'’])"
    # asked first, what a match opens with: the lookbehinds are tried there only, not at every character
    opening = "(?=[" + "".join(sorted({re.escape(w[0]) for w in table})) + "1-9])"
    return re.compile(opening + "(?:" + words + r"|(?<![\w/.,])([1-9])/([2-9])(?![\w/]|[.,]\d))"), table


@cache
def _ratio_rx(lang: str) -> tuple[re.Pattern, re.Pattern | None]:
    """What stands between the two numbers of "one in five" ("un adulte sur cinq": a noun or two before the
    joiner), and the words that make an ordinal one in that many ("jeder fünfte")."""
    gap = re.compile(
        r"((?:[\s\u00a0]+[^\W\d_][\w'’-]*){0,2}?)[\s\u00a0]+(?:"
        + L.alt(table_of(lang, "RATIO_JOINERS"))
        + r")[\s\u00a0]+"
    )
    leads = table_of(lang, "RATIO_ORDINAL_LEADS")
    lead = re.compile(r"(?<![\w])(?:" + L.alt(leads) + r")[\s\u00a0]+$") if leads else None
    return gap, lead


_RATIO_MOST = 100  # "nine in 10", "one in 100": a ratio's second number at most


def _ratios(ctx: Context) -> list[tuple[int, int, float, str]]:
    """(start, end, share, qualifier) of every share said as a ratio: "one in five adults", "nine out of 10", "zwei von drei
    Deutschen", "un adulte sur cinq", "uno de cada cinco", "jeder fünfte Erwachsene"; never a count over a time
    or a measure ("12 in 48 hours")."""
    gap, lead = _ratio_rx(ctx.lang)
    units = set(merged("TIME_UNITS")) | set(merged("MEASURE_UNITS"))
    nums = [n for n in ctx.nums if not n.is_year and n.qualifier != "range" and n.low is not None and not n.scaled]
    out = []
    for a, b in zip(nums, nums[1:]):
        if not (a.low == int(a.low) and b.low == int(b.low) and 1 <= a.low < b.low <= _RATIO_MOST):
            continue
        joined = gap.fullmatch(ctx.low, a.end, b.start)
        if not joined or (joined.group(1) and not b.is_word):
            continue  # a noun between ("un adulte sur cinq") only before a number in words: not "einem Rückstand von 5"
        if any(not ch.isdigit() for ch in b.raw if not ch.isalpha()) or ctx.low[b.end : b.end + 2].strip() == "%":
            continue  # "eine Inflationsrate von 2,0 %", "einem Verlust von 17 %": a figure, not a ratio's whole
        after = next_word(ctx.low, b.end)
        if after and (after.group(1) in units or after.group(1) in L.PERCENT_WORDS):
            continue
        out.append((a.start, b.end, a.low / b.low, a.qualifier if a.qualifier != "exact" else "about"))
    if lead is not None:
        for start, end, value in ctx.spelled_ordinals + ctx.word_ordinals:
            m = lead.search(ctx.low, max(0, start - 12), start)
            if m and 1 < value <= _RATIO_MOST:
                out.append((m.start(), end, 1 / value, "about"))
    return out


def _ranks_a_noun(ctx: Context, start: int, end: int) -> bool:
    """ "a fifth major title", "a fifth successive win", "un cinquième titre": the fraction's word is an ordinal
    that ranks the noun after it (detect_ordinals read it so, its span reaching past the fraction), no share; a
    share is cut by ("cut by a fifth") or taken of a whole ("a fifth of the seats", "un cinquième des salariés")."""
    after = next_word(ctx.low, end)
    if PARTITIVE.match(ctx.low, end) or (after and after.group(1) in table_of(ctx.lang, "OUT_OF_WORDS")):
        return False
    return any(c.slot == "ordinal" and start <= c.start < end < c.end for c in ctx.claims)


def detect_fractions(ctx: Context) -> None:
    """ "two thirds of the seats", "un tiers des salariés", "dos tercios", "2/3 du quantum": a share, as a
    percentage of the kind the words near it name; with none, a share nothing names (weak, never conflicts)."""
    rx, table = _fraction_rx(ctx.lang)
    found = []
    for m in rx.finditer(ctx.low):
        if m.group(1):
            num, den = int(m.group(1)), int(m.group(2))
            if num >= den:
                continue
            found.append((m.start(), m.end(), num / den, "about"))
        elif not _ranks_a_noun(ctx, m.start(), m.end()):
            found.append((m.start(), m.end(), table[L.table_key(m.group(0))], "about"))
    for start, end, share, qualifier in found + _ratios(ctx):
        sent = ctx.sentence(start)
        cue = nearest_cue(ctx, PCT_CUES, start, end, sent)
        value = {"low": share * 100, "high": share * 100, "qualifier": qualifier, "unit": "percent"}
        extra = {"cue": cue[2]} if cue else {"weak": True}
        slot = cue[1] if cue else UNNAMED_SHARE
        ctx.add(
            "percent",
            slot,
            frame_subject(ctx, concept_of(slot), start, sent),
            value,
            start,
            end,
            0.6,
            sent,
            **extra,
        )
