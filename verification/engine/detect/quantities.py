"""Numbers as claims: amounts of money, percentages and counts of things, read figure by figure."""

from __future__ import annotations

import re

from .. import lexicon as L
from ..concepts import PART, concept_of
from ..context import Context
from ..frames import (
    CHANGES,
    PARTITIVE,
    asked_slot,
    combined,
    cumulative,
    left_stage,
    person_noun_end,
    qualifiers,
    taken_things,
)
from ..money import (
    as_conversion,
    attach_currency,
    carried_currency,
    conversion_entry,
    is_conversion,
    money_value,
    running_total,
)
from .bare_figures import (
    counted_things,
    counts_listed_before,
    counts_of_one,
    elliptic_percents,
    enumerated_counts,
    joined_counts,
    listed_results,
)
from .elided import told_parts
from .measures import (
    HIRING,
    ONE_OF,
    PCT,
    UNIT_AFTER,
    UNIT_FORMS,
    counts_next_word,
    counts_something,
    framed_count,
    next_money,
    next_word_end,
    num_value,
)
from .percents import (
    LEVEL_UNNAMED,
    UNNAMED_AMOUNT,
    as_of,
    changed_metric,
    counted_share,
    percent_cue,
    uncued_percents,
    unnamed_amounts,
    unnamed_levels,
)
from .shared import VERB_LAST_AFTER, frame_subject, money_cue


def detect_numbers(ctx: Context) -> None:
    low, text = ctx.low, ctx.text
    prev_money = None
    uncued: list = []  # percentages no word names: the text's own kind of percentage (uncued_percents)
    bare: list = []  # numbers nothing framed: perhaps items of an enumeration (enumerated_counts)
    levels: list = []  # levels a change reached, of a metric no word names ("lowered to 3.75%"): unnamed_levels
    last_money = None  # the last amount with a currency: scaled figures without one may carry it
    # the numbers of a fraction ("deux tiers") are its own (detect_fractions runs first)
    fractions = sorted((c.start, c.end) for c in ctx.claims if c.kind == "percent")
    for i, n in enumerate(ctx.nums):
        if fractions and any(a <= n.num_start < b for a, b in fractions):
            continue
        sent = ctx.sentence(n.num_start)
        m = attach_currency(text, low, n, ctx.bare_currency)
        if m is None and n.scaled and not counts_something(ctx, n, sent):
            m = carried_currency(n, last_money, next_money(ctx, i, sent), sent)
        if m is not None:
            last_money = m
            cue = money_cue(ctx, m, sent)
            slot = cue[1] if cue else ""
            equiv = None
            # "(approximately USD 234 million)" right after an amount restates it
            if prev_money is not None and is_conversion(low, prev_money.end, m.start):
                equiv = prev_money
                slot = equiv.slot or slot
                m = as_conversion(m, equiv.value, ctx.bare_currency)
            if not slot:
                slot = UNNAMED_AMOUNT  # named after the text's amounts once all are read (unnamed_amounts)
            val = money_value(num_value(n, "currency"), m, ctx.doc.published, ctx.lang)
            subj = equiv.subject if equiv else ctx.subject_for(m.start, sent)
            extra = {"cue": cue[2] if cue else ""}
            if equiv:
                extra["restates"] = [equiv.start, equiv.end]
            else:
                extra.update(qualifiers(ctx.low, ctx.lang, m.start, m.end, sent, concept_of(slot)))
                extra.update(left_stage(ctx.figure_role(m.start, m.end, sent)))
                if combined(ctx.low, ctx.lang, m.start, m.end, sent):
                    extra["cumulative"] = True
                elif cumulative(ctx.low, ctx.lang, m.start, m.end, sent):
                    # a running total is another figure; "the total value" is the figure, or a whole of which another
                    # report gives a part: it supports the same amount, never contradicts another
                    extra["cumulative" if running_total(slot) else "weak"] = True
                slot = asked_slot(slot, extra)
            added = ctx.add("money", slot, subj, val, m.start, m.end, 0.9, sent, **extra)
            if equiv is not None and added is not None:
                equiv.value["conversion"] = conversion_entry(val)
            prev_money = None if equiv is not None else added
            continue
        prev_money = None
        p = PCT.match(low, n.end)
        if p:
            if n.is_year and p.group(1) != "%":
                continue
            if counted_share(ctx, n, p.end(), sent):
                continue
            cue = percent_cue(ctx, n.start, p.end(), sent)
            if cue is LEVEL_UNNAMED:
                levels.append((n, p.end(), sent))
                continue
            if not cue:
                if ctx.text[max(0, n.start - 1) : n.start] not in ("+", "-", "−", "±"):
                    uncued.append((n, p.end(), sent))
                continue
            ctx.add(
                "percent",
                cue[1],
                frame_subject(ctx, concept_of(cue[1]), n.start, sent),
                num_value(n, "percent", ctx.lang),
                n.start,
                p.end(),
                0.8,
                sent,
                cue=cue[2],
                **as_of(ctx, n.start, p.end(), sent),
                **left_stage(ctx.figure_role(n.start, p.end(), sent)),
                **(changed_metric(ctx, n.start, p.end(), sent) if concept_of(cue[1]) in CHANGES else {}),
            )
            continue
        if n.is_year or (n.low is not None and n.low <= 0 and n.qualifier == "exact"):
            continue
        if ONE_OF.search(low, max(sent[0], n.start - 16), n.start) and not taken_things(
            low, ctx.lang, n.start, n.end, sent
        ):
            continue  # "one of four offices" is a ranking; "eines der acht entwendeten Stücke" tells what was taken
        if framed_count(ctx, n, sent):
            continue
        u = UNIT_AFTER.match(low, n.end)
        if not u or u.end() > sent[1]:
            people_end = person_noun_end(low, ctx.lang, n.end, sent)
            if people_end is not None and n.is_word and not (counts_next_word(ctx, n) or (n.low or 0) > 1):
                people_end = None  # "Un homme a été arrêté": an article
            if people_end is not None and n.is_word and n.raw.lower() in L.AMBIGUOUS_NUMBER_WORDS:
                people_end = people_end if people_end == next_word_end(ctx, n) else None
            if people_end is None:
                bare.append((n, sent))
            else:
                _people(ctx, n, people_end, sent)
            continue
        gap_words = u.group(1).split()
        if (n.is_word or n.scaled) and gap_words in (["of"], ["de"], ["von"]):
            gap_words = []  # "una docena de países", "des centaines de postes", "2,5 millones de personas"
        if any(w.strip(",;:") != w or w in L.STOP_CAPS or w.isdigit() for w in gap_words):
            continue
        if n.is_word and n.raw.lower() in L.AMBIGUOUS_NUMBER_WORDS and gap_words:
            continue
        unit_word = L.table_key(u.group(2))
        unit = UNIT_FORMS[unit_word]
        if unit == "people":
            slot = "jobs.count" if unit_word in L.EMPLOYEE_NOUNS or _hiring(ctx, n, u.end(), sent) else "people.count"
        else:
            slot = f"{unit}.count"
        end = u.end() if len(gap_words) <= 2 else n.end
        # a count followed by its list ("four sectors: A, B, C") is the list's declared count instead
        if unit in ("sectors", "cities", "countries", "markets") and re.match(r"\s*:", low[u.end() : u.end() + 3]):
            continue
        ctx.add(
            "count",
            slot,
            ctx.subject_for(n.start, sent),
            num_value(n, unit, ctx.lang),
            n.start,
            end,
            0.8,
            sent,
            unit_word=u.group(2),
        )

    unnamed_levels(ctx, levels)
    uncued_percents(ctx, uncued)
    unnamed_amounts(ctx)
    # a count joined to its noun ("the 183-seat parliament") is read first: an enumeration may follow it
    joined_counts(ctx, bare)
    enumerated_counts(ctx, bare)
    counts_listed_before(ctx, bare)
    elliptic_percents(ctx, bare)
    listed_results(ctx, bare)
    counts_of_one(ctx, bare)
    told_parts(ctx, bare)
    counted_things(ctx, bare)


def _hiring(ctx: Context, n, end: int, sent) -> bool:
    """People counted are jobs by a hiring verb before the count, or, where verbs close the clause, after it
    (employees are jobs by the word itself)."""
    low = ctx.low
    return bool(
        HIRING.search(low, max(sent[0], n.start - 60), n.start)
        or (ctx.lang in VERB_LAST_AFTER and HIRING.search(low, end, min(sent[1], end + 60)))
    )


def _people(ctx: Context, n, end: int, sent) -> None:
    """ "2,500 firefighters", "80 fremde Männer": people no word qualifies are one concept whatever noun names
    them, and, as counted things, compared only for agreement (weak) and about no actor: "three children" and
    "quatre hommes" are no conflict; hired, they are jobs. A part of the people named ("18 of the adults", "10 der
    Kinder") is a part of a figure, never the whole another report gives."""
    part = {"part": PART} if PARTITIVE.match(ctx.low, n.end) else {}
    if _hiring(ctx, n, end, sent):
        ctx.add(
            "count",
            "jobs.count",
            ctx.subject_for(n.start, sent),
            num_value(n, "people", ctx.lang),
            n.start,
            end,
            0.8,
            sent,
            **part,
        )
        return
    unit_word = ctx.low[n.end : end].split()[-1]
    value = num_value(n, "people", ctx.lang)
    ctx.add("count", "people.count", "", value, n.start, end, 0.5, sent, unit_word=unit_word, weak=True, **part)
