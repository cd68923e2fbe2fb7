"""Bylines: the writer's name, the outlet and agencies beside it, a name under the lead."""

from __future__ import annotations

import re

from . import lexicon as lx
from .dates import find_date
from .features import Para
from .page import Page
from .text import AGENCY_KEYS, ALL_STOP, BULLET_RE, PERSON_NAME_RE, PUBLISHED_RE, YEAR_GATE_RE


def outlet_with_agencies(text: str) -> str:
    """The outlet of a credit for a text written with agencies ("Le Monde avec AFP" -> "Le Monde",
    "ZEIT ONLINE mit dpa und Reuters"), or ''; not a sentence ("The mayor met with agencies") nor a desk
    ("Redacción con agencias")."""
    m = lx.OUTLET_WITH_AGENCIES_RE.match(text)
    if m is None:
        return ""
    outlet = m.group("outlet").strip()
    words = outlet.split()
    if len(words) > 1 and not all(w[:1].isupper() or w[:1].isdigit() for w in words if w.lower() not in ALL_STOP):
        return ""
    if any(w.lower() in lx.BYLINE_ROLE_WORDS for w in words) or outlet.casefold() in AGENCY_KEYS:
        return ""
    return outlet


def byline_name(text: str) -> bool:
    """'By Jane Doe', 'Por Ana Ruiz', '- By Jane Doe' among a header's listed stamps: a byline names someone ('De su
    lado, ...' does not)."""
    m = lx.BYLINE_RE.match(BULLET_RE.sub("", text, count=1))
    return bool(m) and m.group("name")[:1].isupper()


def byline_outlet(text: str, name_end: int) -> str:
    """The outlet after a byline's name ("By Mei Ling Tan, Straits Wire" -> "Straits Wire"), or ''."""
    rest = text[name_end:].lstrip(" ,;|·•–—-")
    outlet = re.split(r"\s*[|·•,;]\s*|\s+[–—-]\s+", rest, maxsplit=1)[0].strip(" .")
    words = outlet.split()
    if outlet.casefold() in AGENCY_KEYS:
        return outlet
    if not 1 <= len(words) <= 5 or not words[0][:1].isupper() or any(ch.isdigit() for ch in outlet):
        return ""
    if any(w.lower().strip(".") in lx.BYLINE_ROLE_WORDS for w in words) or find_date(outlet):
        return ""
    return outlet


def mark_bare_bylines(page: Page) -> None:
    """A writer's name alone on its line ("Naveen Athrappully") next to the article's date or its
    'Updated:' label: the byline without its 'By'."""
    paras = page.paras
    first_prose = next((p.i for p in paras if p.prose), page.n)
    headline_seen = False
    for p in paras[:first_prose]:
        # "Emmanuel Addeh in Abuja" under the headline: a byline with the writer's place (the page's first
        # line is its headline: "Storm Kills Dozens in Spain")
        m = lx.NAME_IN_PLACE_RE.match(p.text) if headline_seen and not p.hard and p.n_words <= 6 else None
        if m:
            p.hard, p.author = "byline", m.group("name")
        outlet = _name_and_outlet(p) if headline_seen and not p.hard else None
        if outlet is not None:
            p.hard, p.author, p.site = "byline", lx.NAME_AND_OUTLET_RE.match(p.text).group("name"), outlet
        headline_seen = headline_seen or not p.hard and p.n_words >= 2
    # the page's first line above its date is the site's masthead, not a writer (see publisher_from_masthead)
    top = next((p.i for p in paras if not p.hard), -1)
    for p in paras:
        if p.hard or p.i == top or not 2 <= p.n_words <= 4 or not PERSON_NAME_RE.match(p.text):
            continue
        if any(w.lower() in ALL_STOP for w in p.words):
            continue
        for k in (p.i - 1, p.i + 1):
            if 0 <= k < page.n and (
                paras[k].hard in ("dateline", "timestamp")
                or paras[k].n_words <= 8
                and PUBLISHED_RE.match(paras[k].text)
            ):
                p.hard, p.author = "byline", p.text.strip()
                break


def mark_desk_lines(page: Page) -> None:
    """A newsroom signing a line of its own, naming its outlet ("Blitz Bureau", "Riverton Post Staff", "La rédaction
    numérique de RTL", "La redacción de El Correo"): a byline whose outlet is the site. The outlet is written as a
    name; before the desk's word it is not what the article tells of ("Germany Team" over a match report)."""
    vocab = _prose_words(page.paras)
    for p in page.paras:
        if p.hard or p.n_words > MAX_DESK_LINE_WORDS:
            continue
        lead = lx.DESK_LEAD_RE.match(p.text)
        name = desk_line_outlet(p.text)
        words = name.split()
        names = [w for w in words if w.lower() not in ALL_STOP]
        if (
            names
            and len(words) <= 5
            and all(w[:1].isupper() for w in names)
            and not find_date(name)
            # the desk's word first names its outlet outright; a name before it may be what the article tells of
            and (lead or not all(w.lower() in vocab for w in lx.WORD_RE.findall(name)))
        ):
            p.hard, p.author, p.site = "byline", p.text.strip(), name


def desk_line_outlet(text: str) -> str:
    """The outlet a newsroom's line names, after the desk's word ("La rédaction numérique de RTL") or before it
    ("Riverton Post Staff"); '' when the line names no desk."""
    lead = lx.DESK_LEAD_RE.match(text)
    if lead:
        return lead.group("outlet")
    if lx.DESK_SUFFIX_RE.search(text):
        return lx.DESK_SUFFIX_RE.sub("", text).strip(" .,:;|-–—")
    return ""


# a newsroom's line is short: the outlet's name and the desk's word or three ("La redacción de El Correo del Puerto")
MAX_DESK_LINE_WORDS = 8

# the writer's name stands under the headline or the lead: among the page's first few paragraphs
MAX_BYLINE_POSITION = 3


def mark_names_under_the_lead(page: Page) -> None:
    """A person's name alone on a line among the article's first paragraphs ("Ángel Zamarriego" under the
    lead) that the article's prose never uses: the writer's byline, not someone the article is about."""
    paras = page.paras
    prose = [p for p in paras if p.prose]
    if not prose:
        return
    vocab = _prose_words(prose)
    seen = 0
    for p in paras:
        if p.hard:
            continue
        seen += 1
        if seen > MAX_BYLINE_POSITION + 1:
            break
        # the page's first line is its masthead or headline; a name ends with no full stop ("NADIE RESULTÓ HERIDO.")
        if (
            seen > 1
            and not p.text.endswith((".", "!", "?"))
            and 2 <= p.n_words <= 4
            and PERSON_NAME_RE.match(p.text)
            and not any(w.lower() in ALL_STOP for w in p.words)
            and not any(w.lower() in vocab for w in p.words)
            and p.i > prose[0].i - MAX_BYLINE_POSITION
        ):
            p.hard, p.author = "byline", p.text.strip()


def _prose_words(paras: list[Para]) -> set[str]:
    """The words (lowercase) of the prose paragraphs among these: what the article tells of."""
    return {w for p in paras if p.prose for w in p.lower}


def _name_and_outlet(p: Para) -> str | None:
    """A writer's name and their outlet or place under the headline ("Jane Doe, Reuters", "Jean Dupont -
    Le Courrier du Port", "Ana Ruiz | Riberalta"): the outlet ('' for a place of one word), None when the
    line is something else. Both sides are names: capitalised words, no figures."""
    if p.n_words > 7 or any(ch.isdigit() for ch in p.text):
        return None
    m = lx.NAME_AND_OUTLET_RE.match(p.text)
    if m is None or any(w.lower() in ALL_STOP for w in m.group("name").split()):
        return None
    outlet = m.group("outlet").strip(" .")
    if outlet.casefold() in AGENCY_KEYS:
        return outlet
    names = [w for w in outlet.split() if w.lower() not in ALL_STOP]
    if not names or not all(w[:1].isupper() for w in names):
        return None
    return outlet if len(outlet.split()) >= 2 else ""


def read_byline(p: Para, language: str) -> None:
    """Author, outlet and date of a byline."""
    m = lx.BYLINE_RE.match(p.text) or lx.NAME_BY_NAME_RE.match(p.text) or lx.AUTHOR_FIELD_RE.search(p.text)
    if m:
        p.author = m.group("name").strip(" .·-")
        if m.re is lx.BYLINE_RE:
            p.site = byline_outlet(p.text, m.end("name"))
    if p.date is None and YEAR_GATE_RE.search(p.text):
        found = find_date(p.text, language=language)
        if found:
            p.date = found[0]


def read_author(page: Page) -> str:
    """The writer's name a removed byline gave, or ''."""
    for p in page.paras:
        if p.role == "removed" and not p.in_section and p.author:
            return p.author
    return ""
