"""Alert levels told by colour: "a red alert", "l'alerte rouge", "Warnstufe Rot", "un aviso rojo"."""

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
