"""Changes of a metric said in words ("rose", "fell")."""

from __future__ import annotations

import re

from .. import lexicon as L
from ..context import Context

_CHANGE_RX = re.compile(r"(?<![\w])(" + L.alt(L.CHANGE_WORDS) + r")(?![\w])")
_METRIC_RX = re.compile(r"(?<![\w])(" + L.alt(L.CHANGE_METRICS) + r")(?![\w])")


def detect_changes(ctx: Context) -> None:
    low = ctx.low
    for m in _CHANGE_RX.finditer(low):
        sent = ctx.sentence(m.start())
        direction, factor = L.CHANGE_WORDS[L.table_key(m.group(1))]
        metric = None
        for mm in _METRIC_RX.finditer(low, sent[0], sent[1]):
            d = abs(mm.start() - m.start())
            if metric is None or d < metric[0]:
                metric = (d, L.CHANGE_METRICS[mm.group(1)])
        since = None
        for d in ctx.dates_between(*sent):
            since = d.value.get("start") or low[d.start : d.end]
        slot = f"{metric[1]}.change" if metric else "change"
        ctx.add(
            "change",
            slot,
            ctx.subject_for(m.start(), sent),
            {"direction": direction, "factor": factor, "since": since},
            m.start(),
            m.end(),
            0.65,
            sent,
        )
