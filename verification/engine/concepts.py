"""Concepts: what a claim states, in words people read.

A claim's ``slot`` is a concept key ("deaths", "seats", "transfer_fee", "investment.amount",
"office.opening"). :func:`concept_label` is the one place that turns a slot into a label for
reviewers and readers ("Deaths", "Seats won", "Opening date of the office"), in the newsroom's
language; the words live in ``lang/<code>.py`` (``CONCEPT_LABELS``, ``EVENT_LABELS``, ``OBJECT_LABELS``,
``LABEL_TEMPLATE``). Admin and reader pages show these labels, never slot names.
"""

from __future__ import annotations

from functools import lru_cache

from .lang import language

# the last part of the slot of a fact that is a part of another figure (align: qualifier "part")
PART = "of_whole"
# ... and of a fact that is the most the law allows for a sentence, a fine or damages ("sentence.maximum"): a qualifier
# frames reads ("the maximum penalty of 110 years" is not the 100 years recommended) and a figure naming none joins
# (align), but an article's ceiling and its figure are two
CEILING = "maximum"
# endings that say which kind of value a concept has, not which concept it is
VALUE_SUFFIXES = ("count", "amount", "percent", "size", "value", "number")


def concept_of(slot: str) -> str:
    """The concept key of a slot: the slot without a value-kind ending ("jobs.count" -> "jobs")."""
    parts = (slot or "").split(".")
    while len(parts) > 1 and parts[-1] in VALUE_SUFFIXES:
        parts.pop()
    return ".".join(parts)


def _humanise(key: str) -> str:
    words = key.replace(".", " ").replace("_", " ").split()
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _qualifier_words(lang, stage: str, rest: str) -> str | None:
    """The words a slot's last part adds to its concept's label, where that part is a qualifier: an election's round or
    stage, or, after a concept, the part of the event ("time.launch": take-off), the ceiling ("sentence.maximum"),
    whose count it is ("participants.official"), its status ("cases.confirmed"), the group of people it counts
    ("deaths.children") or a part of a figure ("sentence.of_whole")."""
    if stage in lang.ELECTION_STAGE_LABELS:
        return lang.ELECTION_STAGE_LABELS[stage]
    if not rest:
        return None
    if stage in lang.SUB_EVENT_LABELS:
        return lang.SUB_EVENT_LABELS[stage]
    if stage == CEILING:
        return lang.CEILING_LABEL
    if stage in lang.FIGURE_SOURCE_LABELS:
        return lang.FIGURE_SOURCE_LABELS[stage]
    if stage in lang.STATUS_LABELS:
        return lang.STATUS_LABELS[stage]
    if stage in lang.PEOPLE_GROUP_LABELS:
        return lang.PEOPLE_GROUP_LABELS[stage]
    return lang.PART_LABEL if stage == PART else None


@lru_cache(maxsize=4096)
def concept_label(slot: str, language_code: str = "en") -> str:
    """The label of a slot in words ("deaths" -> "Deaths"; "seats" in German -> "Gewonnene Sitze").

    Unknown slots still read as words ("some_new.thing" -> "Some new thing"), never as a key.
    """
    lang = language(language_code)
    labels, events, objects = lang.CONCEPT_LABELS, lang.EVENT_LABELS, lang.OBJECT_LABELS
    if not slot:
        return _humanise("fact")
    for key in (slot, concept_of(slot)):
        if key in labels:
            return labels[key]
    rest, _, stage = slot.rpartition(".")
    sub_event_named_twice = stage in lang.SUB_EVENT_LABELS and stage == rest.partition(".")[0]
    if sub_event_named_twice and stage not in lang.ELECTION_STAGE_LABELS:
        return concept_label(rest, language_code)  # "landing.date.landing": the landing's date
    qualified = _qualifier_words(lang, stage, rest)
    if qualified is not None:  # "seats.first_round": "Seats won (first round)"
        return lang.LABEL_TEMPLATE.format(event=concept_label(rest, language_code), object=qualified)
    concept = concept_of(slot)
    head, _, tail = concept.partition(".")
    if head in ("ranking", "change") and tail in objects:  # "ranking.lab", "change" of a metric
        return lang.LABEL_TEMPLATE.format(event=events[head], object=objects[tail])
    if tail == "change" and head in objects:
        return lang.LABEL_TEMPLATE.format(event=events["change"], object=objects[head])
    if tail == "date" and head in events:
        return events[head]
    if head in objects and tail in events:  # dates of events: "office.opening"
        return lang.LABEL_TEMPLATE.format(event=events[tail], object=objects[head])
    if head in labels:
        return labels[head]
    return _humanise(concept)
