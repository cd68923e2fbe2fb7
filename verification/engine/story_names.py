"""A name one report of a story reads as an organisation or a place is one in every report of it.

An article alone often cannot tell what a name is: "Publicado en las páginas de Nature", "un juge fédéral de
Manhattan", "Air India said" say nothing of what the name is, so its detectors leave it out or take it for a
person, while another report of the story says "published in the journal Nature" or "the airline Air India". The
story decides: a name some report reads as an organisation, product, vehicle or place is that thing in every
report of the story, so the reports name one thing one way and its mentions form one fact of its kind.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace
from itertools import accumulate

from .align import alias
from .claims import Claim, Document, organisation_named
from .context import dateline_end
from .detect.organisations import FIGURES
from .entities import norm_key
from .lang import capitalises_nouns
from .segment import split_sentences

READ_BY_STORY = "read_by_story"  # a claim's extra: its article's mention read as the story reads the name


def read_by_story(c: Claim) -> bool:
    """A claim the story made of a mention its article's own claims left out (:func:`names_across_reports`)."""
    return bool(c.extra.get(READ_BY_STORY))


def _names_a_thing(c: Claim) -> bool:
    """A claim that names an organisation, product, vehicle or place and states nothing else of it."""
    return (
        isinstance(c.value, dict)
        and bool(c.value.get("entity"))
        and not c.subject
        and (organisation_named(c.kind, c.subject) or (c.kind == "place" and c.slot == "place"))
    )


def _person_named_only(c: Claim) -> bool:
    """A person named with nothing said of them (detect/people.py), by a name of their own: not a surname alone,
    which stands for a person the text names in full."""
    v = c.value if isinstance(c.value, dict) else {}
    return c.kind == "role" and not v.get("role") and not v.get("org") and not c.extra.get("surname_alone")


def _people(claims_by_doc: dict[str, list[Claim]]) -> frozenset[str]:
    """The names some report says what the person is of ("Premier ministre Rishi Sunak"): people, whatever another
    report's words beside the name ("à la place de Rishi Sunak")."""
    return frozenset(
        c.value.get("person", "")
        for cs in claims_by_doc.values()
        for c in cs
        if c.kind == "role" and not _person_named_only(c) and isinstance(c.value, dict)
    )


def names_across_reports(docs: dict[str, Document], claims_by_doc: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """The story's claims with every mention of a name some report of it reads as an organisation, product, vehicle
    or place (:func:`_names_a_thing`: its words as written, or its name; a person's name of the thing's key, written
    another way: "Fiat Chrysler" / "Fiat-Chrysler", "París Saint Germain") read as that thing in each report. A person
    named with nothing said of them at that mention takes the thing's kind, concept and key in its place; a mention
    no claim holds gets a claim like the one that reads it so, after the article's own claims, if any
    (:func:`read_by_story`). A mention other claims hold (a figure's, a role's, a longer name's) keeps them, so
    does the actor of a figure of its sentence ("6,0 pour cent pour la CSU", as detect/organisations.py leaves it);
    words of a longer name are none ("the OpenAI Singapore office", "Las Vegas"), a dateline's place is where the
    story was filed from, and a name some report says what the person is of stays a person's."""
    people = _people(claims_by_doc)
    things: dict[str, Claim] = {}
    for doc in sorted(claims_by_doc):
        for c in claims_by_doc[doc]:
            if doc in docs and _names_a_thing(c) and c.value["entity"] not in people:
                # as written, and its name without the noun that made it one ("fleuve Potomac": "Potomac")
                for form in (docs[doc].text[c.start : c.end], c.value.get("name") or ""):
                    if form:
                        things.setdefault(form, c)
    if not things:
        return claims_by_doc
    written = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(things, key=len, reverse=True)) + r")(?![\w-])"
    )
    read = {doc: _read_alike(d, claims_by_doc.get(doc, []), things, written) for doc, d in docs.items()}
    return {**claims_by_doc, **{doc: claims for doc, claims in read.items() if claims or doc in claims_by_doc}}


_CAPITAL_AFTER = re.compile(r"[ \u00a0]+[^\W\d_]")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)[ \u00a0]+$")


def _in_a_longer_name(doc: Document, start: int, end: int, sentence_start: int) -> bool:
    """Whether a capitalised word runs on from the mention, after it or before it (not a sentence's first word, nor
    a noun where the language capitalises its nouns: "Fachzeitschrift Nature"): the mention is a word of another
    name ("OpenAI Singapore office", "Las Vegas", "Air India")."""
    after = _CAPITAL_AFTER.match(doc.text, end)
    if after is not None and after.group(0)[-1].isupper():
        return True
    before = _WORD_BEFORE.search(doc.text, sentence_start, start)
    return (
        before is not None
        and before.start() > sentence_start
        and before.group(1)[0].isupper()
        and not capitalises_nouns(doc.language)
    )


def _overlaps_a_claim(claims: list[Claim]) -> Callable[[int, int], bool]:
    """Whether a span overlaps one of the claims' spans, in log time however many claims a long report holds: the
    spans by start, with the furthest end reached by those starting up to each."""
    spans = sorted((c.start, c.end) for c in claims)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))

    def overlaps(start: int, end: int) -> bool:
        i = bisect_left(starts, end)  # the spans starting before the span ends
        return i > 0 and reach[i - 1] > start

    return overlaps


def _as_thing(person: Claim, thing: Claim, name: str) -> Claim:
    """A claim of a person named with nothing said of them, read as the thing another report reads the name as."""
    return replace(person, kind=thing.kind, slot=thing.slot, subject="", value={**thing.value, "name": name})


def _read_alike(doc: Document, claims: list[Claim], things: dict[str, Claim], written: re.Pattern) -> list[Claim]:
    """One report's claims with the story's things read in it (:func:`names_across_reports`)."""
    text = doc.text
    people = {(c.start, c.end): c for c in claims if _person_named_only(c)}
    held = _overlaps_a_claim(claims)
    actors = {(c.subject, c.sentence_start) for c in claims if c.subject and c.kind in FIGURES}
    read: dict[int, Claim] = {}  # id of the person's claim -> the thing it is
    by_key = {c.value["entity"]: c for c in things.values()}
    for (start, end), person in people.items():  # the name written another way ("Fiat Chrysler", "Fiat-Chrysler")
        if (thing := by_key.get(person.value.get("person", ""))) is not None:
            read[id(person)] = _as_thing(person, thing, text[start:end])
    added: list[Claim] = []
    sentences = None
    for m in written.finditer(text):
        start, end = m.span()
        thing = things[m.group(0)]
        person = people.get((start, end))
        if person is not None:
            read[id(person)] = _as_thing(person, thing, m.group(0))
            continue
        if held(start, end):
            continue
        if sentences is None:
            sentences = split_sentences(text)
        i = bisect_right(sentences, (start, len(text))) - 1
        ss, se = sentences[i] if i >= 0 and sentences[i][1] > start else (start, end)
        if (stop := dateline_end(text, ss, se)) is not None and start < stop:
            continue  # "Paris, 3 mars (AFP) —": where the story was filed from
        if (thing.value["entity"], ss) in actors or _in_a_longer_name(doc, start, end, ss):
            continue
        extra = {k: v for k, v in thing.extra.items() if k != "date_context"}  # its own report's moment is not this
        added.append(
            replace(
                thing,
                value={**thing.value, "name": m.group(0)},
                start=start,
                end=end,
                text=m.group(0),
                sentence_start=ss,
                sentence_end=se,
                extra={**extra, READ_BY_STORY: True},
            )
        )
    if not read and not added:
        return claims
    return [read.get(id(c), c) for c in claims] + added


_ACRONYM_KEY = re.compile(r"[a-z]{2,5}")
# a name and its acronym in brackets right after it: "the Democratic Alliance (AD)", "Demokratische Allianz (AD)"
_NAME_THEN_ACRONYM = re.compile(r"((?:[^\W\d_][\w’'-]*[ \u00a0]+){1,6})\(([A-ZÀ-Ý]{2,5})\)")


def acronyms_across_reports(docs: dict[str, Document], claims_by_doc: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """The story's claims with every actor one report names by its acronym ("AD", written so) and another by a
    name that acronym stands for under the acronym, the one name reports in every language share: a name it
    abbreviates ("Alianza Democrática", "Alliance démocratique": its initials, :func:`alias`) or one some report
    writes it after ("the Democratic Alliance (AD)", translated from another language). The figures of one party,
    team or company meet under one subject, and an article that gives figures to two actors tells them apart in
    every report ("AD" 79 seats, "PS" 77). A name two acronyms of the story could stand for keeps its own."""
    subjects = {c.subject for cs in claims_by_doc.values() for c in cs if c.subject}
    texts = [docs[d].text or "" for d in claims_by_doc if d in docs]
    acronyms = {
        s for s in subjects if _ACRONYM_KEY.fullmatch(s) and any(re.search(rf"\b{s.upper()}\b", t) for t in texts)
    }
    if not acronyms:
        return claims_by_doc
    written = {
        (" ".join(words[i:]), m.group(2).lower())  # each run of last words before the bracket
        for t in texts
        for m in _NAME_THEN_ACRONYM.finditer(t)
        for words in [norm_key(m.group(1)).split()]
        for i in range(len(words))
    }
    spelled = {}
    for name in subjects - acronyms:
        short = [a for a in acronyms if " " in name and ((name, a) in written or alias(a, name))]
        if len(short) == 1:
            spelled[name] = short[0]
    if not spelled:
        return claims_by_doc
    return {
        doc: [replace(c, subject=spelled[c.subject]) if c.subject in spelled else c for c in cs]
        for doc, cs in claims_by_doc.items()
    }
