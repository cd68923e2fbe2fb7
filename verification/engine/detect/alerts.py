"""Alert levels told by colour: "a red alert", "l'alerte rouge", "Warnstufe Rot", "un aviso rojo"; levels of a scale
told by number: "a Category 3 hurricane", "Kategorie 4", "intensité de « 7 » sur l'échelle shindo"."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon as L
from ..context import Context
from ..lang import table_of


@cache
def _alert_rx(lang: str) -> tuple[re.Pattern, dict[str, int]]:
    colours, nouns = table_of(lang, "ALERT_COLOURS"), L.alt(table_of(lang, "ALERT_NOUNS"))
    colour = r"(" + L.alt(colours) + r")"
    # the colour before its noun ("red alert", "rote Warnung") or after it ("alerte rouge", "Warnstufe Rot")
    rx = re.compile(
        r"(?<![\w-])(?:"
        + colour
        + r"[\s\u00a0-]+(?:"
        + nouns
        + r")|(?:"
        + nouns
        + r")[\s\u00a0]+"
        + colour
        + r")(?![\w])"
    )
    return rx, dict(colours)


def detect_alerts(ctx: Context) -> None:
    """The level of an alert is the event's (no actor's), compared for agreement only (weak): an alert is raised
    and lowered as the event goes on, so two reports of two levels are two moments, not a conflict."""
    rx, levels = _alert_rx(ctx.lang)
    for m in rx.finditer(ctx.low):
        level = levels[m.group(1) or m.group(2)]
        value = {"low": float(level), "high": float(level), "qualifier": "exact", "unit": "alert_level", "step": 1.0}
        ctx.add("count", "alert_level", "", value, m.start(), m.end(), 0.6, ctx.sentence(m.start()), weak=True)


_LEVEL_MAX = 12  # a level of a scale is a small whole number: hurricane categories 1-5, shindo 0-7, alert levels 1-5
_LEVEL_REACH = 60  # characters between a level's number and the scale named after it


@cache
def _level_rx(lang: str) -> tuple[re.Pattern, re.Pattern]:
    nouns, scales = L.alt(table_of(lang, "SCALE_LEVEL_NOUNS")), L.alt(table_of(lang, "LEVEL_SCALE_NOUNS"))
    return (
        # "category 5", "Sturm der Kategorie 4", "une intensité de « 7 »": the level's noun, a short word between
        re.compile(r"(?<![\w-])(?:" + nouns + r")[\s\u00a0]+(?:[^\W\d_]{1,3}[\s\u00a0]+)?(?:[«\"“‘'][\s\u00a0]*)?$"),
        # "registered 7, the highest level on the Japanese intensity scale", "« 7 » sur l'échelle shindo": the
        # scale led to by a preposition, a few words before its noun (never "à grande échelle", "a gran escala")
        re.compile(
            r"[^.;:!?()\d]{0,"
            + str(_LEVEL_REACH)
            + r"}?(?<![\w])(?:"
            + L.alt_any_apostrophe(table_of(lang, "LEVEL_SCALE_LEADS"))
            + r")(?:[\s\u00a0]*[^\W\d_]+){0,3}?[\s\u00a0-]*(?:"
            + scales
            + r")(?![\w])"
        ),
    )


def detect_scale_levels(ctx: Context) -> None:
    """ "a Category 3 hurricane", "Kategorie 4", "ouragan de catégorie 5", "una intensidad de categoría 5", "the quake
    registered 7, the highest level on the Japanese intensity scale": a small whole number a level's noun names, or
    a scale named after it in its clause, is a level on that scale: the event's (no actor's), compared for agreement
    only (weak), as an alert's level is, since a storm is upgraded and downgraded as it goes."""
    held = [(c.start, c.end) for c in ctx.claims if c.slot != "things"]  # "5 hurricane" counts no hurricanes
    before_rx, after_rx = _level_rx(ctx.lang)
    for n in ctx.nums:
        if n.is_year or n.qualifier != "exact" or n.low is None or n.low != int(n.low) or not 0 < n.low <= _LEVEL_MAX:
            continue
        if any(a < n.end and n.start < b for a, b in held):
            continue  # "magnitude 7 on the Richter scale", "level 3 of the car park's 400 spaces": read already
        sent = ctx.sentence(n.start)
        lead = before_rx.search(ctx.low, max(sent[0], n.start - 40), n.start)
        article = n.is_word and n.raw.lower() in L.AMBIGUOUS_NUMBER_WORDS
        if lead is None and (article or not after_rx.match(ctx.low, n.end, sent[1])):
            continue  # "un ordinateur quantique utile et à grande échelle": an article
        value = {"low": n.low, "high": n.low, "qualifier": "exact", "unit": "scale_level", "step": 1.0}
        start = lead.start() if lead else n.start
        ctx.add("count", "scale_level", "", value, start, n.end, 0.6, sent, weak=True)
