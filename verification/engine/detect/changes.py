"""Changes of a metric said in words ("rose", "fell")."""

from __future__ import annotations

from ..context import Context
from ..frames import phrase_rx, phrase_value

_CHANGE_RX = phrase_rx("CHANGE_WORDS", "")
_METRIC_RX = phrase_rx("CHANGE_METRICS", "")


def detect_changes(ctx: Context) -> None:
    low = ctx.low
    for m in _CHANGE_RX.finditer(low):
        sent = ctx.sentence(m.start())
        direction, factor = phrase_value("CHANGE_WORDS", "", m)
        metric = None
        for mm in _METRIC_RX.finditer(low, sent[0], sent[1]):
            d = abs(mm.start() - m.start())
            if metric is None or d < metric[0]:
                metric = (d, phrase_value("CHANGE_METRICS", "", mm))
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
