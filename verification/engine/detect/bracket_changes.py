"""Changes in brackets: "58 Mandate (+27)", "52 Sitze (-19)", "die ÖVP mit 51 (minus 20)", "42 sièges (+3)", "120
escaños (menos 5)": a signed number in brackets right after a figure is how far that figure changed since the time
before, a figure of its own, never the figure's rival."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon as L
from ..context import Context
from ..lang import table_of
from .measures import num_value

_SIGNS = {"+": 1, "-": -1, "−": -1, "–": -1}
_CLOSE = re.compile(r"(?:[\s\u00a0]+[^\W\d_][\w'’-]*){0,2}[\s\u00a0]*\)")  # "(+3)", "(+3 sièges)", "(plus 3 Mandate)"


@cache
def _open_rx(lang: str) -> re.Pattern:
    """A bracket opened right before a number with its sign or a word of one ("(+", "(minus ", "(moins ")."""
    words = L.alt(table_of(lang, "SIGN_WORDS"))
    return re.compile(r"\([\s\u00a0]*(?:([+\-−–])[\s\u00a0]?|(" + words + r")[\s\u00a0]+)$")


def signed_in_brackets(ctx: Context, n) -> int:
    """+1 or -1 for a number in brackets after its sign ("(+27)", "(minus 20)"), else 0."""
    opened = _opened(ctx, n)
    return 0 if opened is None else _sign(ctx.lang, opened)


def _opened(ctx: Context, n) -> re.Match | None:
    """The bracket and sign a number in brackets after its sign opens with (its start is the bracket's), else None."""
    opened = _open_rx(ctx.lang).search(ctx.low, max(0, n.num_start - 12), n.num_start)
    return opened if opened is not None and _CLOSE.match(ctx.low, n.end) else None


def _sign(lang: str, opened: re.Match) -> int:
    return _SIGNS[opened.group(1)] if opened.group(1) else table_of(lang, "SIGN_WORDS")[opened.group(2)]


def detect_bracketed_changes(ctx: Context) -> None:
    """The change of the count right before the bracket: its slot, subject and unit, a signed value, an addition."""
    counts = {c.end: c for c in ctx.claims if c.kind == "count"}
    for n in ctx.nums:
        opened = _opened(ctx, n)
        if opened is None or n.low is None or n.low != n.high:
            continue
        figure = counts.get(len(ctx.low[: opened.start()].rstrip()))
        if figure is None:
            continue
        sign = _sign(ctx.lang, opened)
        value = num_value(n, figure.value.get("unit", figure.slot), ctx.lang)
        value.update(low=sign * n.low, high=sign * n.high)
        sent = ctx.sentence(n.start)
        ctx.add("count", figure.slot, figure.subject, value, opened.start(), n.end, 0.55, sent, addition=True)
