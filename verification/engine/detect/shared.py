"""Helpers every detector shares: the cue nearest a figure (money and percentage words) and whose figure it is (its subject)."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from .. import lexicon as L
from ..concepts import concept_of
from ..context import Context
from ..entities import Entity, title_words
from ..frames import (
    ELECTION_CONCEPTS,
    EVENT_CONCEPTS,
    PERSONAL_CONCEPTS,
    RESULT_CONCEPTS,
    closed_compound_cues,
    closed_compound_heads,
)
from ..lang import merged

UNNAMED_SHARE = "share.percent"  # a percentage of something no word names

MULTI = {"multi_valued": True}

_NEXT_WORD = re.compile(r"(?:[\s\u00a0]+|-)([^\W\d_][\w'’-]*)")


def next_word(low: str, at: int, end: int | None = None) -> re.Match | None:
    """The word right after ``at`` (group 1), behind white space or a hyphen ("six years", "a six-year sentence"),
    before ``end``; None where a number, a sign or ``end`` comes first."""
    return _NEXT_WORD.match(low, at, len(low) if end is None else end)


class CueIndex(NamedTuple):
    rx: re.Pattern  # any cue, at a word's start (a stem: "wachstum" reads "Wachstums")
    stems: dict[str, str]  # cue -> slot
    # the cues long enough to end a closed compound ("Wirtschaftswachstum"): frames.closed_compound_cues
    heads: re.Pattern


def _cue_index(table) -> CueIndex:
    stems = {}
    for slot, words in table:
        for w in words:
            stems.setdefault(" ".join(w.split()), slot)
    rx = re.compile(r"(?<![\w])(?:" + L.alt(stems) + r")")
    return CueIndex(rx, stems, closed_compound_heads(stems))


_MONEY_CUES = _cue_index(L.MONEY_SLOTS)
PCT_CUES = _cue_index(L.PERCENT_SLOTS)


YIELDING = 1000.0  # added to a verb cue's distance: any cue in reach that names the figure says more


def nearest_cue(
    ctx: Context,
    cues: CueIndex,
    start: int,
    end: int,
    sent,
    before: int = 90,
    after: int = 45,
    skip: frozenset = frozenset(),
):
    a, b = max(sent[0], start - before), min(sent[1], end + after)
    best = None
    cands = []
    found = [m.span() for m in cues.rx.finditer(ctx.low, a, b)]
    for m_start, m_end in found + closed_compound_cues(ctx.text, ctx.low, ctx.lang, a, b, cues.heads):
        said = ctx.low[m_start:m_end]
        cue = L.table_key(said)
        slot = cues.stems[cue]
        if slot in skip:
            continue
        if start <= m_start < end and not (end - start > 30):
            dist = 0
        elif m_end <= start:
            dist = start - m_end
        elif m_start >= end:
            # a cue right after the amount is its unit ("$83.50 per share", "83,50 $ par action"): decisive
            dist = 0 if m_start - end <= 2 else (m_start - end) * 1.5
        else:
            dist = 0
        if cues is PCT_CUES and cue in L.PERCENT_VERB_CUES:
            dist += YIELDING  # "turnout reached 84%": the noun names the figure, the verb any result
        cands.append((dist, slot, said, m_start))
        if best is None or dist < best[0]:
            best = (dist, slot, said, m_start)
    if best is not None:
        # a more specific cue next to the chosen one refines it: "post-money valuation"
        for c in cands:
            if c[1].startswith(best[1] + ".") and abs(c[3] - best[3]) <= 30:
                best = c
                break
    return best


VERB_LAST_AFTER = {"de": 140}  # how far after an amount its cue may come, where verbs close the clause
_BRACKET = re.compile(r"[\s\u00a0]*\([^()]{1,80}\)")
# what a loss is of, when the clause names it: "a market cap loss of $600bn", "perdió 200.000 millones de su
# valor bursátil" are figures of the market value, as "wiped $589bn off its market value" is
LOSS_SLOTS = frozenset({"loss"})
LOST_VALUE_SLOTS = frozenset({"market_value", "valuation"})
_DIGITS = re.compile(r"\d")


def money_cue(ctx: Context, m, sent):
    """The word that names an amount: the nearest cue; after a bracketed conversion ("600.000 millones de dólares
    (553.000 millones de euros) de su capitalización bursátil") the words go on after the bracket; German puts
    the verb last ("will 1,2 Milliarden Euro in ein Werk ... investieren"): look further on. A loss yields to
    the value it was of, named in the same clause."""
    after = VERB_LAST_AFTER.get(ctx.lang, 45)
    bracket = _BRACKET.match(ctx.low, m.end)
    if bracket is not None:
        after += bracket.end() - m.end
    cue = nearest_cue(ctx, _MONEY_CUES, m.start, m.end, sent, after=after)
    if cue is None or cue[1] not in LOSS_SLOTS:
        return cue
    value = nearest_cue(ctx, _MONEY_CUES, m.start, m.end, sent, after=after, skip=_ALL_BUT_LOST_VALUE)
    if value is None:
        return cue
    gap = (value[3], m.start) if value[3] < m.start else (m.end, value[3])
    if bracket is not None and gap[0] == m.end:
        gap = (bracket.end(), gap[1])
    return value if not _DIGITS.search(ctx.low, *gap) else cue


_ALL_BUT_LOST_VALUE = frozenset(slot for slot, _ in L.MONEY_SLOTS) - LOST_VALUE_SLOTS


# a party's results: a person named with the party (its owner, its leader) stands for it, never wins them alone
PARTY_RESULTS = RESULT_CONCEPTS & ELECTION_CONCEPTS


def frame_subject(ctx: Context, concept: str, pos: int, sent, end: int | None = None) -> str:
    """Figures of the event itself (casualties, magnitude) are about the story's event, not an actor;
    the others (seats, goals, fees) about the actor in subject position. An age that ends at ``end`` before the
    words it describes ("the 17-year-old sensation Lamine Yamal", "der 69-jährige Prevost") is the age of the
    person those words name, whoever the clause named before it."""
    if concept in EVENT_CONCEPTS:
        return ""
    if concept in RESULT_CONCEPTS or concept == concept_of(UNNAMED_SHARE):
        # "Iniciativa Liberal (5,08%), Bloque de Izquierda (4,46%)": a figure opening a bracket right after a name
        # is that name's, whoever its sentence is about ("La tercera fuerza es Chega ..., por delante de ...")
        bracketed = _named_before_bracket(ctx, pos, sent)
        if bracketed:
            return bracketed
    if concept in RESULT_CONCEPTS:
        # "CDU 28.6%, AfD 20.8%": each result belongs to the name just before it, "26 sièges pour Horizons" to
        # the one it is for; with none there, to the actor its clause named last, however far before ("le parti
        # Reform UK, mené par le leader populiste Nigel Farage, accède pour la première fois au Parlement avec 4
        # sièges"), never to the sentence's first actor ("AfD devient ..., tandis que les sociaux-démocrates
        # (SPD) ... obtiennent 16,4 %") nor to the story's main actor guessed: no subject then, the value decides.
        # A party's result is never the person named as its owner or beside it ("Kickl's party won 28.9%", "the
        # CDU and its leader Merz came first with 28.7%")
        party = concept in PARTY_RESULTS
        return (
            _actor_it_is_for(ctx, pos, sent)
            or nearest_actor(ctx, pos, sent, party=party)
            or nearest_actor(ctx, pos, sent, reach=None, party=party)
            or ctx.owner_before(pos, sent)
        )
    if concept in PERSONAL_CONCEPTS:
        described = _described_person(ctx, end, sent) if concept == "age" and end is not None else ""
        return (
            described
            or nearest_actor(ctx, pos, sent, ("name",))
            or _next_person(ctx, pos, sent)
            or ctx.subject_for(pos, sent)
        )
    return ctx.subject_for(pos, sent)


_BRACKET_OPENED = re.compile(r"[\s\u00a0]*\([\s\u00a0]*$")


_NAME_IN_BRACKET = re.compile(r"\([^()]{1,30}?,[\s\u00a0]*$")


def _named_before_bracket(ctx: Context, pos: int, sent) -> str:
    """The organisation or person named right before the bracket a figure at pos opens ("PAN (1,93%)"), or
    before the figure in its bracket ("la Coalición Democrática Unitaria (CDU, 3,3%)")."""
    bracket = _BRACKET_OPENED.search(ctx.text, max(sent[0], pos - 4), pos)
    inside = None if bracket else _NAME_IN_BRACKET.search(ctx.text, max(sent[0], pos - 36), pos)
    if bracket is None and inside is None:
        return ""
    named_end = bracket.start() if bracket else ctx.text.rindex(",", inside.start(), pos)
    before = ctx.ents_between(inside.start() if inside else sent[0], named_end)
    e = before[-1] if before else None
    if e is None or e.end != named_end or e.type not in ("org", "name"):
        return ""
    return ctx.canonical_subject(e.key)


_FIGURE_AND_NOUN = re.compile(r"[^\s\u00a0]+(?:[\s\u00a0]?%)?((?:[\s\u00a0]+[^\W\d][\w-]*)?)")


def _actor_it_is_for(ctx: Context, pos: int, sent) -> str:
    """The actor a result is for, named right after it or after its noun ("23,4 % pour le PS", "26 sièges pour
    Horizons", "182 escaños para el NFP")."""
    m = _FIGURE_AND_NOUN.match(ctx.low, pos, sent[1])
    if m is None:
        return ""
    f = FOR_ACTOR.match(ctx.low, m.start(1), sent[1]) or FOR_ACTOR.match(ctx.low, m.end(), sent[1])
    e = ctx.entity_at(f.end()) if f else None
    return ctx.canonical_subject(e.key) if e is not None and e.type in ("org", "name") else ""


PERSON_AFTER = 60  # "the 72-year-old former electrician Dominique Pelicot": a few words of description


def _next_person(ctx: Context, pos: int, sent) -> str:
    """The person named just after a figure in its clause ("the 72-year-old Dominique Pelicot")."""
    for e in ctx.ents_between(pos, min(sent[1], pos + PERSON_AFTER)):
        if _CLAUSE_BREAK.search(ctx.text, pos, e.start):
            break
        if e.type == "name":
            return ctx.canonical_subject(e.key)
    return ""


_CLAUSE_BREAK = re.compile(r"[.;:!?]|\s[-–—]\s")
_WORD_NEXT = re.compile(r"[\s\u00a0]+[^\W\d_]")
_PHRASE_BREAK = re.compile(r"[,.;:!?()]|\s[-–—]\s")


@cache
def verb_forms() -> frozenset:
    """Word forms the language data knows as verbs (speech, change, what befell people), all languages."""
    forms = set(merged("FRAME_PREDICATES")) | set(L.SPEECH_VERBS) | set(L.ATTRIBUTION_VERBS) | set(L.CHANGE_WORDS)
    for slot, cues in L.PERCENT_SLOTS:
        if slot in ("growth.percent", "decline.percent"):
            forms.update(cues)
    return frozenset(f for f in forms if " " not in f)


_DESCRIBING_WORDS = 2  # words between an age and the name it describes: "the 72-year-old former electrician X"


def _described_person(ctx: Context, end: int, sent) -> str:
    """The person an age written before them describes: the name right after it or after at most two words
    that describe them ("the 17-year-old sensation Lamine Yamal", "der 17-jährige spanische Stürmer Lamin
    Yamal"), none a verb or a function word ("The 19-year-old confirmed his status as Luis Enrique's side"),
    no comma between; nothing where the age stands alone ("Pelicot, 72 ans, a ...")."""
    if not _WORD_NEXT.match(ctx.text, end, sent[1]):
        return ""
    for e in ctx.ents_between(end, min(sent[1], end + PERSON_AFTER)):
        words = ctx.low[end : e.start].split()
        if (
            e.type != "name"
            or len(words) > _DESCRIBING_WORDS
            or _PHRASE_BREAK.search(ctx.text, end, e.start)
            or any(w in L.STOP_CAPS or w in verb_forms() for w in words)
        ):
            return ""
        return ctx.canonical_subject(e.key)
    return ""


NEAR_ACTOR = 90  # "CDU 28.6%, AfD 20.8%", "the SPD of Olaf Scholz won 16.4%": a few words before the figure


def nearest_actor(
    ctx: Context,
    pos: int,
    sent,
    types: tuple[str, ...] = ("org", "name"),
    reach: int | None = NEAR_ACTOR,
    *,
    party: bool = False,
) -> str:
    """The organisation or person (of ``types``) named last before pos in the same clause, within ``reach``
    characters (anywhere in the clause with None), not one that qualifies another actor (:func:`_qualifies`).
    ``party``: the figure is a party's result, so a person named as the party's owner or leader is not its actor
    (:func:`_figurehead`)."""
    start = max(sent[0], ctx.datelines.get(sent[0], sent[0]), pos - reach if reach is not None else 0)
    ents = ctx.ents_between(start, pos)
    for i in range(len(ents) - 1, -1, -1):
        e = ents[i]
        if _CLAUSE_BREAK.search(ctx.text, e.end, pos):
            break
        if e.type in types and not _qualifies(ctx, ents, i, sent) and not (party and _figurehead(ctx, ents, i)):
            return ctx.canonical_subject(_bracketed_by(ctx, e, sent).key)
    return ""


_BRACKET_OPEN_QUOTED = re.compile(r"[\s\u00a0]*\([\s\u00a0]*[«\"“‘„‚']?[\s\u00a0]*$")
_BRACKET_CLOSE_QUOTED = re.compile(r"[\s\u00a0]*[»\"”’“‘']?[\s\u00a0]*\)")


def _bracketed_by(ctx: Context, e: Entity, sent) -> Entity:
    """The name a name in brackets stands beside, as its translation or nickname ("Chega (Basta)", "le parti Chega
    («Assez»)"): one actor, under the name the text gives first; an acronym in brackets stays itself ("the
    Democratic Alliance (AD)", "Ley y Justicia (PiS)"), the name reports in every language share."""
    if " " not in e.name and sum(ch.isupper() for ch in e.name) >= 2:
        return e
    before = ctx.ents_between(sent[0], e.start)
    if (
        before
        and before[-1].type in ("org", "name")
        and _BRACKET_OPEN_QUOTED.fullmatch(ctx.text, before[-1].end, e.start)
        and _BRACKET_CLOSE_QUOTED.match(ctx.text, e.end)
    ):
        return before[-1]
    return e


def _qualifies(ctx: Context, ents: list[Entity], i: int, sent) -> bool:
    """Whether the name ents[i] qualifies the actor before it: after a preposition ("the SPD of Olaf Scholz"), or
    coordinated with a name that does ("le RN de Marine Le Pen et Jordan Bardella", "die SPD von Scholz und Esken")."""
    while True:
        e = ents[i]
        lead = max(sent[0], e.start - 40)
        if _PREP_THEN_NAME.search(ctx.low, lead, e.start) and not _NEXT_IN_RANKING.search(ctx.low, lead, e.start):
            return True
        if i == 0 or not _AND_ONLY.fullmatch(ctx.low, ents[i - 1].end, e.start):
            return False
        i -= 1


def _figurehead(ctx: Context, ents: list[Entity], i: int) -> bool:
    """Whether the person ents[i] is named as the owner of what follows ("Kickl's party", "Emmanuel Macron's
    Ensemble bloc", "Nigel Farages Reformpartei") or as the leader of the actor named before ("l'Union (CDU) et
    son leader Friedrich Merz", "la CDU y su líder Friedrich Merz", "die CDU und ihr Chef Friedrich Merz")."""
    e = ents[i]
    if e.type != "name":
        return False
    if _OWNER_THEN_WORD.match(ctx.text, e.end):
        return True
    return i > 0 and ents[i - 1].type == "org" and bool(_AND_ITS.fullmatch(ctx.low, ents[i - 1].end, e.start))


# nothing but a coordination between two names ("Marine Le Pen et Jordan Bardella")
_AND_ONLY = re.compile(r"[\s\u00a0,]*(?:" + L.alt(L.AND_WORDS) + r")[\s\u00a0]+")
# a coordination, a possessive and up to two words between an actor and a person ("(CDU) and its leader ")
_AND_ITS = re.compile(
    r"[\s\u00a0,)]*(?:"
    + L.alt(L.AND_WORDS)
    + r")[\s\u00a0]+(?:"
    + L.alt(merged("POSSESSIVES"))
    + r")(?:[\s\u00a0]+[^\W\d_][\w-]*){1,2}[\s\u00a0]+"
)
# an owner's ending right after a name, then the word it owns: "Kickl's party", "Farages Reformpartei"
_OWNER_THEN_WORD = re.compile(r"['’]?s[\s\u00a0]+[^\W\d_]")


# a name after a preposition qualifies the actor before it ("the SPD of Olaf Scholz", "led by Merz", "premier
# groupe au Bundestag", "182 députés à l'Assemblée nationale"): it is not who won the result
_PREP_THEN_NAME = re.compile(
    r"(?<![\w])(?:(?:"
    + L.alt({w for w in L.QUALIFYING_PREPOSITIONS if not w.endswith("'")})
    + r")(?:[\s\u00a0]+[a-zà-ÿ][\w'’-]*){0,3}[\s\u00a0]+(?:"
    + L.alt_any_apostrophe(w for w in L.ARTICLES if w.endswith("'"))
    + r")?|(?:"
    + L.alt_any_apostrophe({w for w in L.QUALIFYING_PREPOSITIONS if w.endswith("'")})
    + r"))$"  # "les sociaux-démocrates d'Olaf Scholz"
)
# "seguido de Iniciativa Liberal, que logró 5,08 %", "suivi du Parti socialiste avec 28,7 %": the next actor
_NEXT_IN_RANKING = re.compile(
    r"(?<![\w])(?:" + L.alt_any_apostrophe(merged("NEXT_IN_RANKING")) + r")[\s\u00a0]+" + L.ARTICLE + "?$"
)
FOR_ACTOR = re.compile(r"[\s\u00a0]+(?:" + L.alt(L.FOR_WORDS) + r")[\s\u00a0]+" + L.ARTICLE + "?")


def is_person(e: Entity | None) -> bool:
    return e is not None and e.type == "name" and 2 <= len(e.name.split()) <= 4


ROLE_SPAN = 50  # a role claim wider than this shows its person alone (the role words stay in role_words)


def role_span(person: Entity, start: int, end: int) -> tuple[int, int]:
    """The span a role claim shows: the person with their role words ("chairman John Elkann"), or the person alone
    where the role runs long ("la jefa del consejo de empresa de IG Metall, X", "Henri de Castries, Stellantis'
    senior independent director"): evidence a reader finds the person in, whatever the words said of them."""
    if end - start > ROLE_SPAN:
        return person.start, person.end
    return start, end


def person_name(ctx: Context, e: Entity) -> tuple[str, str]:
    """A person's key and name without the title their name chain took in ("Premier Rishi Sunak", "Secretary of
    Transportation Sean Duffy" -> "rishi sunak", "sean duffy"): the words before a name the text gives alone,
    or title words before two or more words."""
    words = list(_NAME_WORD.finditer(e.name))
    keys = e.key.split()
    if len(words) < 3 or len(words) != len(keys):
        return e.key, e.name
    known = ctx.person_keys()
    for i in range(1, len(words) - 1):
        if " ".join(keys[i:]) in known:
            return " ".join(keys[i:]), e.name[words[i].start() :]

    titles = title_words()  # "Premier Rishi Sunak", "Richter Juan Merchan", "Mr Keir Starmer"

    def title(j: int) -> bool:
        return keys[j] in titles or words[j].group(0).lower() in titles

    i = 0
    while i < len(words) - 2 and (
        title(i)
        or (i and words[i].group(0)[0].islower())  # "President-elect": a title and its lowercase rest
        or (not i and words[0].group(0).isupper() and title(1))  # "US-Präsident", "VW-Chef"
    ):
        i += 1
    return " ".join(keys[i:]), e.name[words[i].start() :]


_NAME_WORD = re.compile(r"[^\s\u00a0-]+")  # "President-elect" is two words of a key
