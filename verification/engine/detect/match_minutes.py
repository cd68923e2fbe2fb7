"""Minutes of a match ("in the 89th minute")."""

from __future__ import annotations

import re

from .. import lexicon as L
from ..context import Context
from ..frames import score_cue_rx
from ..lang import merged
from .shared import nearest_actor

_SUFFIX = L.alt(L.ORDINAL_SUFFIXES)  # "74th", "74.", "74e", "74ᵉ", "74º"
# the minute of a match event: "74th minute", "74. Spielminute", "83e minute", "74′", "after 74 minutes", "on 74
# minutes"; only in a text about a match
_MINUTE_RX = re.compile(
    r"(?<![\w.,])(\d{1,3})(?:(?:" + _SUFFIX + r")[\s\u00a0]*(?:" + L.alt(L.MINUTE_NOUNS) + r")\b|[′’'](?![\w′’']))"
)
# minutes in brackets after a scorer, alone or listed: "(74.)", "(83e)", "(20ᵉ, 63ᵉ)", "(20e et 64e)", "(12', 47')"
_MINUTE_ITEM = r"\d{1,3}(?:" + _SUFFIX + r"|[′’'])"
_BRACKETED_MINUTES = re.compile(
    r"\([\s\u00a0]*"
    + _MINUTE_ITEM
    + r"(?:[\s\u00a0]*(?:,|[\s\u00a0](?:"
    + L.alt(L.AND_WORDS)
    + r"))[\s\u00a0]*"
    + _MINUTE_ITEM
    + r")*[\s\u00a0]*\)"
)
_MINUTE_NUMBER = re.compile(r"\d{1,3}")
_ITEM_END = re.compile(r"(?:" + _SUFFIX + r"|[′’'])")
_MINUTE_BEFORE = re.compile(r"\b(?:" + L.alt(L.MINUTE_NOUNS) + r")[\s\u00a0]+(\d{1,3})\b")
_AFTER_MINUTES = re.compile(
    r"\b(?:" + L.alt(L.MINUTES_LEADS) + r")[\s\u00a0]+(\d{1,3})[\s\u00a0]+"
    r"(?:" + L.alt(L.MINUTES_NOUNS) + r")\b"
)

# an ordinal alone after "in the", "à": "in the 83rd with a strike", "scellé la victoire à 88e.", then a stop or a
# function word, never a noun ("in the 20th century", "at the 18th hole")
_ORDINAL_ALONE = re.compile(
    r"(?<![\w])(?:"
    + L.alt(L.ORDINAL_MINUTE_LEADS)
    + r")[\s\u00a0]+(\d{1,3})(?:"
    + _SUFFIX
    + r")(?=[\s\u00a0]*(?:[,.;:!?)]|$)|[\s\u00a0]+(?:"
    + L.alt([*merged("PREPOSITIONS"), *L.AND_WORDS])
    + r")(?![\w]))"
)


def minute_matches(ctx: Context) -> list[tuple[int, int, int]]:
    if ctx.minutes is None:
        found = []
        if score_cue_rx(ctx.lang).search(ctx.low):
            found = [(m.start(1), m.end(), int(m.group(1))) for m in _MINUTE_RX.finditer(ctx.low)]
            for group in _BRACKETED_MINUTES.finditer(ctx.low):
                for n in _MINUTE_NUMBER.finditer(ctx.low, group.start(), group.end()):
                    end = _ITEM_END.match(ctx.low, n.end())
                    found.append((n.start(), end.end(), int(n.group(0))))
            found += [(m.start(1), m.end(), int(m.group(1))) for m in _AFTER_MINUTES.finditer(ctx.low)]
            found += [(m.start(), m.end(), int(m.group(1))) for m in _MINUTE_BEFORE.finditer(ctx.low)]
            found += [(m.start(1), m.end(), int(m.group(1))) for m in _ORDINAL_ALONE.finditer(ctx.low)]
        ctx.minutes = sorted({f for f in found if 0 < f[2] <= 130})
    return ctx.minutes


def detect_match_minutes(ctx: Context) -> None:
    for start, end, minute in minute_matches(ctx):
        sent = ctx.sentence(start)
        subject = nearest_actor(ctx, start, sent) or ctx.subject_for(start, sent)
        # a minute is a whole number: the 73rd and the 74th minute differ (no relative slack)
        ctx.add(
            "count",
            "match_minute",
            subject,
            {"low": float(minute), "high": float(minute), "qualifier": "exact", "unit": "match_minute", "step": 1.0},
            start,
            end,
            0.7,
            sent,
        )
