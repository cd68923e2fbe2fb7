"""People named with what they are (appositions)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

import simplemma

from .. import lexicon as L
from ..context import Context
from ..entities import Entity, norm_key
from ..lang import capitalises_nouns, language, table_of
from .places import after_locative, named_place
from .shared import is_person, person_name, role_span, verb_forms

_APPOSITION_AFTER = re.compile(
    r",[\s\u00a0]+" + L.ARTICLE + r"?"
    r"(?:[A-ZÀ-Ý][\w&.-]*(?:[\s\u00a0]+[A-ZÀ-Ý][\w&.-]*){0,3}['’]s?[\s\u00a0]+)?"
    r"((?:[a-zà-ÿ][\w'’-]*[\s\u00a0]+){0,5}?[a-zà-ÿ][\w'’-]*)(?=[\s\u00a0]*(?:,|\.|$|[\s\u00a0]+(?:"
    + L.OF
    + r"|at|bei|chez)\b))"
)
_APPOSITION_BEFORE = re.compile(
    r"(?:^|[\s\u00a0('’])((?:[a-zà-ÿ][\w'’-]*[\s\u00a0]+){0,2}[a-zà-ÿ][\w'’-]*)"
    r"(?:[\s\u00a0]+(?:" + L.OF + r")[^,.;:]{1,40})?,[\s\u00a0]+$"
)


def _no_role(ctx: Context, phrase: str) -> bool:
    """Words beside a name's comma that are the rest of a clause, not what the person is: a verb opening them ("said
    Anna Berger, grew 5%"), a relative pronoun ("Oyarzábal, que había ingresado", "Dominique Pelicot, qui écope",
    "Friedrich Merz, who won"), or, in a language that capitalises its nouns, lowercase words alone: no noun in them
    ("vorausgesagt worden, Keir Starmer", "Super Heavy, misslang", "Trzaskowski, leicht vorne")."""
    words = phrase.lower().split()
    return (
        not words
        or words[0] in verb_forms()
        or words[0] in table_of(ctx.lang, "RELATIVE_PRONOUNS")
        or capitalises_nouns(ctx.lang)
    )


def _apposition(ctx: Context, found: re.Match | None) -> re.Match | None:
    """The words beside a name's comma where they say what the person is (:func:`_no_role`)."""
    if found is None:
        return None
    phrase = found.group(1)
    if any(w in L.STOP_CAPS for w in phrase.lower().split()[:1]) or _no_role(ctx, phrase):
        return None
    return found


def detect_people(ctx: Context) -> None:
    """A person named with what they are, whatever the words ("Thorsten Gröger, négociateur du syndicat",
    "l'administrateur de la NASA, Bill Nelson"): a role claim of that person, where no role word did it.
    A person named with nothing said of them is named all the same (who was there, who did it, who it is
    about: "hush money paid to Stormy Daniels"): a role claim with no role, one fact per person across
    reports, never in conflict with what another report says they are."""
    roles = [c for c in ctx.claims if c.kind == "role"]
    has_role = {(c.value.get("person"), c.sentence_start) for c in roles}
    spans = [(c.start, c.end) for c in roles]
    for e in ctx.entities:
        named = person_named(ctx, e)
        if named is None:
            continue
        key, name = named
        sent = ctx.sentence(e.start)
        if (key, sent[0]) in has_role:
            continue
        # the words after the name, else those before it: "Pelicot, qui écope" leaves room for "le mari, Pelicot"
        after = _apposition(ctx, _APPOSITION_AFTER.match(ctx.text, e.end, min(sent[1] + 1, e.end + 80)))
        before = None if after else _APPOSITION_BEFORE.search(ctx.text, max(sent[0], e.start - 90), e.start)
        found = after or _apposition(ctx, before)
        if found is None:
            trimmed = _after_common_nouns(ctx, e)
            if trimmed is None:
                continue
            if trimmed is not e:  # the name after the capitalised common nouns opening the chain is its own
                e, (key, name) = trimmed, person_name(ctx, trimmed)
            if not (
                any(a < e.end and e.start < b for a, b in spans)
                or after_locative(ctx, e)
                or named_place(ctx, e)
                or _unlike_a_person(ctx, e)
            ):
                _name_only(ctx, e, sent, key, name)
            continue
        role = " ".join(found.group(1).lower().split())
        start, end = role_span(e, *((e.start, found.end(1)) if after else (found.start(1), e.end)))
        ctx.add(
            "role",
            "role",
            key,
            {"person": key, "name": name, "role": role, "org": ""},
            start,
            end,
            0.5,
            sent,
            role_words=found.group(1),
            **({} if is_person(e) else SURNAME_ALONE),
        )


SURNAME_ALONE = {"surname_alone": True}  # a claim's extra where a surname alone names its person


def person_named(ctx: Context, e: Entity | None) -> tuple[str, str] | None:
    """(key, name) of the person an entity names: a person's name, or a surname alone as the name in full the text
    gives it (:func:`surname_in_full`), so one person's mentions in an article are one person's; None for no person."""
    if is_person(e):
        return person_name(ctx, e)
    full = surname_in_full(ctx, e)
    return person_name(ctx, full) if full is not None else None


def surname_in_full(ctx: Context, e: Entity | None) -> Entity | None:
    """The person's name in full a surname alone stands for, where the text gives it ("Hinton" after "Geoffrey
    Hinton", "presidido por Elkann" after "John Elkann", a German genitive "Trumps" after "Donald Trump"): of
    several people with that surname, the one the text names most often (:meth:`Context.named_in_full`). The
    name in full must read as a person's: a person the text names elsewhere ("Geschworenen Donald Trump"), or a
    name no capitalised common word opens and no place noun makes a place ("Europäische Zentralbank", "Provinz
    Valencia", "Wetterdienst Aemet" stand for no one)."""
    if e is None or e.type != "name" or " " in e.key or named_place(ctx, e) or after_locative(ctx, e):
        return None
    full = ctx.named_in_full(e.key)
    if full is None and ctx.lang == "de" and e.key.endswith("s"):
        full = ctx.named_in_full(e.key[:-1])
    if not is_person(full):
        return None
    if person_name(ctx, full)[1] != full.name:
        return full  # a title or a word before a name the text gives alone: that name is a person's
    return None if capitalised_word(ctx, full) or named_place(ctx, full) or _unlike_a_person(ctx, full) else full


def capitalised_word(ctx: Context, e) -> bool:
    """A name that opens with a capitalised common word, not a first name: German capitalises its nouns
    and, at a sentence's start, the adjective before them ("Schwere Unwetter", "Viele Volkswirte")."""
    if ctx.lang != "de":
        return False
    first = e.name.split()[0]
    word = first.lower()
    lemma = simplemma.lemmatize(word, lang="de").lower()
    return (lemma != word and word.startswith(lemma)) or simplemma.lemmatize(first, lang="de").islower()


def _after_common_nouns(ctx: Context, e: Entity) -> Entity | None:
    """The name a German name chain holds after the capitalised common nouns opening it ("Astronauten Jared
    Isaacman", "Jamaikas Ministerpräsident Andrew Holness", "den Namen Leo XIV."): two words at least, else None
    ("Schwere Unwetter", "Europäische Zentralbank" name no one); the entity itself where no such noun opens it."""
    while capitalised_word(ctx, e):
        words = list(re.finditer(r"\S+", e.name))
        if len(words) < 3:
            return None
        cut = words[1].start()
        e = replace(e, start=e.start + cut, name=e.name[cut:], key=norm_key(e.name[cut:]))
    return e


_ROMAN = re.compile(r"[IVX]+")


def _unlike_a_person(ctx: Context, e) -> bool:
    """A capitalised phrase that nothing says is a person and that has a shape no person's name has: a word of
    its language's common-noun endings ("Digital Development", "Präsidentschaft", "Comisión de Inversión"),
    an acronym ("National AI Strategy"), a lowercase word that is no name particle ("House of Commons", "for
    Singapore"), a lowercase tail after a hyphen ("San Francisco-based"), or a line that capitalises every
    word (a heading: "A Historic Milestone"), where capitals say nothing."""
    words = person_name(ctx, e)[1].split()
    endings = tuple(language(ctx.lang).COMMON_NOUN_ENDINGS)
    return (
        any(w.lower().endswith(endings) for w in words)
        or any(len(w.rstrip(".")) > 1 and w.isupper() and not _ROMAN.fullmatch(w) for w in words)  # not "A."
        or any(w.islower() and w not in L.NAME_PARTICLES for w in words)
        or any("-" in w and w.rsplit("-", 1)[1][:1].islower() for w in words)
        or _heading_line(ctx, e.start)
    )


def _heading_line(ctx: Context, at: int) -> bool:
    """The line holds three or more words of four letters or more and capitalises every one of them."""
    start = ctx.text.rfind("\n", 0, at) + 1
    end = ctx.text.find("\n", at)
    return _capitalises_every_word(ctx.text[start : end if end >= 0 else None])


_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=64)  # a document's lines, not the lines of every document read before
def _capitalises_every_word(line: str) -> bool:
    """Read once per line: a paragraph holds several names that are no person's."""
    long_words = [w for w in _LINE_WORD.findall(line) if len(w) >= 4]
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


def _name_only(ctx: Context, e, sent, key: str, name: str) -> None:
    """A person named with no role: who they are is for the reports that say it."""
    value = {"person": key, "name": name, "role": "", "org": ""}
    ctx.add("role", "role", key, value, e.start, e.end, 0.3, sent, **({} if is_person(e) else SURNAME_ALONE))
