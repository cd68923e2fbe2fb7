"""People's roles ("the chief executive, Jane Doe")."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon as L
from ..context import Context
from ..lang import table_of
from .people import SURNAME_ALONE, person_named
from .shared import is_person, role_span, verb_forms


def _role_frame(first: str, last: str, capture: bool = False) -> str:
    """An open title's pattern: its first words, one or two words, its closing word ("chief financial officer")."""
    word = r"([a-z]+)" if capture else r"[a-z]+"
    return (
        re.escape(first).replace(r"\ ", r"\s+")
        + rf"\s+{word}(?:\s+{word})?"
        + (r"\s+" + re.escape(last) if last else "")
    )


_ROLE_FRAMES = [
    (first, last, re.compile(_role_frame(first, last, capture=True))) for first, last in L.ROLE_FRAMES.items()
]
_ROLE_RX = re.compile(
    r"(?<![\w-])(?:"
    + "".join(_role_frame(first, last) + "|" for first, last in L.ROLE_FRAMES.items())
    + L.alt(L.ROLE_WORDS)
    + r")(?![\w-])"
)
_OF_AFTER = re.compile(r"\s+(?:" + L.OF + r")(?!\w)")  # "chief of staff", "Chef der Bank", "jefe del Gobierno"
_EMPLOYER_AFTER = re.compile(r"\s+(?:" + L.alt(L.EMPLOYER_PREPOSITIONS) + r")\s+")  # "CEO at OpenAI"
# what may stand between a name and its role: "Anna Berger, the CEO", "X (former CEO"
_COMMA_ROLE = re.compile(r"\s*[,(]\s*(?:" + L.alt(L.FORMER_WORDS) + r")?\s*" + L.ARTICLE + "?", re.I)
_FORMER_RX = re.compile(r"(?:" + L.alt(L.FORMER_WORDS) + r")[\s\u00a0]*$")


def _role_key(phrase: str) -> str:
    p = " ".join(phrase.split())
    if p in L.ROLE_WORDS:
        return L.ROLE_WORDS[p]
    for first, last, rx in _ROLE_FRAMES:
        m = rx.fullmatch(p)
        if m and last:  # "chief financial officer": its initials, cfo
            return "".join(w[0] for w in (*first.split(), *(g for g in m.groups() if g), last))
    return p.replace(" ", "_")


_ROLE_WORDS_THEN_NAME = re.compile(r"(?:[\s\u00a0]+(?:[a-zà-ÿ][\w'’-]*)){1,4}[\s\u00a0]+(?=[A-ZÀ-Ý])")
_ROLE_THEN_NAME = re.compile(r"[^,.;:!?()\n]{0,60}?,[\s\u00a0]+")


@cache
def _appointment(lang: str) -> tuple[re.Pattern, frozenset[str]]:
    """The appointment cues of a language (every language's when it is unknown), and the words that may stand
    between the person appointed and their role: the links and the cues' own words."""
    cues = table_of(lang, "APPOINTMENT_CUES")
    links = {w for w in table_of(lang, "APPOINTMENT_LINKS")} | {w for cue in cues for w in cue.split()}
    return re.compile(r"(?<![\w])(?:" + L.alt(cues) + r")(?![\w])"), frozenset(links)


_APPOINTED_REACH = 60  # characters from the person's name to the role at most
_CUE_BEFORE = 30  # how far before the person's name the appointment cue may stand ("appointed Jane Smith ...")


def _appointed(ctx: Context, rs: int, re_: int, sent: tuple[int, int]):
    """The person a role is given to by an appointment cue around them, with only link words between the name and
    the role; None when no cue names it an appointment ("Jane Smith met the chief executive")."""
    left = ctx.ents_between(max(sent[0], rs - _APPOINTED_REACH), rs)
    if not left or not is_person(left[-1]):
        return None
    person = left[-1]
    cue_rx, links = _appointment(ctx.lang)
    gap = ctx.low[person.end : rs]
    if any(w not in links for w in re.findall(r"[^\W\d_][\w'’]*", gap)) or re.search(r"[^\w\s'’]", gap):
        return None
    before = ctx.low[max(sent[0], person.start - _CUE_BEFORE) : person.start]
    after = ctx.low[re_ : min(sent[1], re_ + 20)]
    cue = cue_rx.search(gap)
    if cue and any(w in L.ARTICLES for w in gap[cue.end() :].split()):
        return None  # "le roi Charles III nomme le chef du parti": the role is of the one appointed, not the king
    if cue or cue_rx.search(before) or cue_rx.match(after.lstrip()):
        return person
    return None


def detect_roles(ctx: Context) -> None:
    low, text = ctx.low, ctx.text
    for m in _ROLE_RX.finditer(low):
        rs, re_ = m.start(), m.end()
        phrase = m.group(0)
        if (
            phrase in L.BARE_ROLE_WORDS
            and not text[rs].isupper()
            and not (re_ < len(text) and _OF_AFTER.match(low, re_, re_ + 6))
        ):
            continue
        sent = ctx.sentence(rs)
        person = None
        titled = False  # a surname alone right after the role: "Präsident Macron", "le juge Dupont"
        span_start = rs
        former = bool(_FORMER_RX.search(low, max(sent[0], rs - 14), rs))
        # Name, Role ... / Name (former Role ...
        left = ctx.ents_between(max(sent[0], rs - 80), rs)
        if left:
            e = left[-1]
            between = text[e.end : rs]
            if _COMMA_ROLE.fullmatch(between) and person_named(ctx, e) is not None:
                person, span_start = e, e.start
        # Role Name
        if person is None:
            after = ctx.entity_at(re_ + 1) if re_ < len(text) and text[re_] == " " else None
            if person_named(ctx, after) is not None:
                person = after
            elif after is not None and after.type == "name" and " " not in after.key:
                # a title and a surname: "Präsident Macron", "le juge Dupont", "la ministra Robles", "Mr Starmer"
                person, titled = after, True
        # Role [of Org], Name: "el presidente del Tribunal, Roger Arata", "Die Anwältin von X, Béatrice Zavarro"
        if person is None:
            comma = _ROLE_THEN_NAME.match(text, re_, min(sent[1], re_ + 70))
            after = ctx.entity_at(comma.end()) if comma else None
            if is_person(after):
                person = after
        # Role of what it heads Name: "le chef du gouvernement régional Carlos Mazon", "the head of state X"
        if person is None:
            words = _ROLE_WORDS_THEN_NAME.match(text, re_, min(sent[1], re_ + 50))
            after = ctx.entity_at(words.end()) if words else None
            if is_person(after) and not any(w.lower() in verb_forms() for w in words.group(0).split()):
                person = after
        # Name appointed Role: "appointed Jane Smith chief financial officer", "Jana Schmidt wurde zur neuen
        # Vorstandschefin ernannt", "a nommé Jeanne Dupont directrice générale", "nombró a Juana López consejera"
        if person is None:
            person = _appointed(ctx, rs, re_, sent)
        if person is None:
            continue
        # organisation: "at OpenAI", "bei Asana", "von OpenAI", "chez X", "de X"; or "OpenAI CEO Sam Altman"
        org = None
        end = max(re_, person.end)
        om = _EMPLOYER_AFTER.match(low[re_ : re_ + 12])
        if om:
            o = ctx.entity_at(re_ + om.end())
            if o is not None and o.type in ("org", "name") and o is not person:
                org, end = o, max(end, o.end)
        if org is None:
            lb = ctx.ents_between(max(sent[0], rs - 40), rs)
            if (
                lb
                and re.fullmatch(r"(?:['’]s)?\s*", text[lb[-1].end : rs])
                and lb[-1].type in ("org", "name")
                and lb[-1] is not person
            ):
                org = lb[-1]
                span_start = min(span_start, org.start)
        start, end = role_span(person, min(span_start, person.start, rs), end)
        key, name = (person.key, person.name) if titled else person_named(ctx, person)
        value = {"person": key, "name": name, "role": _role_key(phrase), "org": org.key if org else ""}
        if former:
            value["former"] = True
        ctx.add(
            "role",
            "role.former" if former else "role",
            key,
            value,
            start,
            end,
            0.55 if former else 0.7,
            sent,
            role_words=text[rs:re_],
            **({} if is_person(person) else SURNAME_ALONE),
        )
