"""The headline: which paragraph is the title, and the title without its breadcrumb and site suffix."""

from __future__ import annotations

import re

from . import lexicon as lx
from .features import Para, capitals_sentence, features_of, headline_key, word_overlap
from .page import Page
from .publisher import as_written, masthead_like, site_of_url
from .tables import data_names
from .text import ABBREVIATION_RE, ALL_STOP, BULLET_RE, DIGITS_RE, NORM_CUE_RE, SECTION_LABEL_RE, SENTENCE_BREAK_RE
from .timestamps import EDITION_CODE_RE


def find_title(page: Page) -> None:
    """The first title-like line before the first prose paragraph (the page's own title first)."""
    paras = page.paras
    prose = [p for p in paras if p.own_prose]
    page.first_prose = prose[0].i if prose else page.n
    vocab = set()
    for p in prose:
        vocab |= p.content
    for p in paras[: page.first_prose]:
        if not p.hard and _masthead_above_date(page, p, vocab):
            p.hard = "masthead"
    figures = {n for p in paras if p.prose_shaped for n in DIGITS_RE.findall(p.text)}
    candidates = (
        _narrowed(_title_candidates(page), vocab, figures, page.main)
        or _headline_as_sentence(page)
        or _headline_under_teaser(page, vocab)
        or _headline_over_site_line(page)
    )
    if candidates:
        page.title_idx = _headline_under_label(page, candidates[0]).i
        title = paras[page.title_idx]
        title.role = "title"
        page.title_words = set(title.content)


# a topic's label over a headline is a few words ("Cyclone Chido", "DANA en Valencia")
MAX_TOPIC_LABEL_WORDS = 3


def _headline_under_label(page: Page, label: Para) -> Para:
    """The headline under a topic's label, read as the article's first prose: "Cyclone Chido" over "Mayotte : un
    couvre-feu va être instauré sur l'archipel dévasté à partir de mardi soir" over the lead. A line of a few words
    gives way to the line right under it that reads as a headline (longer, without a stop, one sentence) when the
    article's first prose follows that line; else the label is the title."""
    shown = [p for p in page.paras[label.i + 1 :] if not p.hard and not p.foreign][:2]
    if label.n_words > MAX_TOPIC_LABEL_WORDS or len(shown) < 2:
        return label
    head, lead = shown
    if (
        2 * label.n_words < head.n_words <= 25
        and not head.text.endswith((".", ",", ";", ":"))
        and not SENTENCE_BREAK_RE.search(head.text)
        and not _label_or_item(page, head)
        and lead.i == page.first_prose
    ):
        label.hard = "topic label"  # a label, not the site's name over its headline
        return head
    return label


def _title_candidates(page: Page) -> list[Para]:
    """The lines above the first prose that may be the headline; the one the page's own title names alone."""
    hint_key = headline_key(page.title_hint) if page.title_hint else set()
    candidates = []
    for p in page.paras[: page.first_prose]:
        if p.hard or p.foreign or p.n_words < 2:
            continue
        if hint_key and word_overlap(headline_key(p.text), hint_key) >= 0.8:
            return [p]
        # a line opening with a lead's dateline is the lead cut off, not a headline ("KABUL, Afghanistan — A
        # catastrophic 6.0-magnitude earthquake in eastern" over "Afghanistan has killed 1,411 people ...")
        if _label_or_item(page, p) or _opens_with_a_wire_place(p):
            continue
        if (
            p.title_like
            or (p.n_words <= 20 and not p.text.endswith((".", ",", ";", ":")) and not p.sentence_like)
            or _headline_question(p)
            or _explainer_headline(p, page.main)
        ):
            candidates.append(p)
    return candidates


def _label_or_item(page: Page, p: Para) -> bool:
    """A label, an item of a list, a line introducing what follows ("News Summary:"), a widget's labels, a few
    names with figures ("Olympiastadion Berlin, Zuschauer 65.600"), the text of a logo: not a headline."""
    return (
        _section_label(p)
        or _list_item(page, p)
        or p.text.endswith((":", "："))
        or status_labels(p)
        or (p.n_words <= 3 and data_names(p) is not None)
        # the text of the site's logo ("Dailymaverick logo", "Logo: El Correo del Puerto") names the site
        or (p.n_words <= 5 and lx.LOGO_RE.match(p.text) is not None)
    )


def _narrowed(candidates: list[Para], vocab: set[str], figures: set[str], language: str) -> list[Para]:
    """Of several candidates, those on the article's topic and not a sentence with its full stop."""
    if len(candidates) > 1 and _live_headline(candidates[0], language):
        # a live page's entries tell of its latest hours, not of what its headline names: an entry's heading under
        # it shares more of their words
        return candidates
    if len(candidates) > 1:
        # a headline shares words with its article; a section label ("Tech News") does not
        on_topic = [c for c in candidates if c.content and len(c.content & vocab) >= 0.34 * len(c.content)]
        # one shared word is chance ("Search This Blog" over an article where rescuers search): a headline
        # names two things its article tells of
        two_words = [c for c in on_topic if len(c.content & vocab) + len(set(DIGITS_RE.findall(c.text)) & figures) >= 2]
        candidates = two_words or on_topic or candidates
        # a label sharing a name or two with the article ("Watch CBS News") gives way to the headline that tells of
        # it, sharing many more ("Death Toll In Mexico Earthquake Rises Above 200 ..."); a headline, longer than a
        # label, keeps its place over a caption under it that names more of the article's people and places
        shared = [len(c.content & vocab) for c in candidates]
        best = max(range(len(candidates)), key=shared.__getitem__)
        if candidates[0].n_words <= LABEL_WORDS and shared[0] <= 2 and shared[best] >= 2 * shared[0] + 2:
            candidates = [candidates[best]] + [c for k, c in enumerate(candidates) if k != best]
        # a picture's caption or a teaser above the headline is a sentence with its full stop
        candidates = [c for c in candidates if not (c.sentence_like and c.text.endswith("."))] or candidates
    return candidates


def _live_headline(p: Para, language: str) -> bool:
    """A headline naming its page live ("Resultados de las elecciones en México 2024, en vivo", "LIVE UPDATES:
    Cleanup Continues From Historic Asheville Flooding"), not the live label alone ("En directo", "Live")."""
    live = lx.LIVE_PAGE_RES.get(language)
    m = live.search(p.text) if live else None
    return m is not None and len(lx.WORD_RE.findall(p.text)) - len(lx.WORD_RE.findall(m.group())) > LABEL_WORDS


# a label's words at most ("Watch CBS News", "Economy financetom"); "Major Companies Face Continued Layoffs in 2025"
# is a headline
LABEL_WORDS = 4


def _masthead_above_date(page: Page, p: Para, vocab: set[str]) -> bool:
    """A short line of names right above the page's date that shares no word with the article's prose
    (vocab): the site's masthead ("Flussheimer Bote" / "3. März 2026"), not a headline."""
    after = page.paras[p.i + 1] if p.i + 1 < page.n else None
    return (
        after is not None
        and after.hard == "dateline"
        and p.n_words <= 4
        and bool(p.content)
        and not p.content & vocab
        and masthead_like(p)
    )


def _section_label(p: Para) -> bool:
    """'Dans : Ligue des Champions.', 'In: Politics': a label of the page's section, its words before
    the colon only stop words ('dans', 'in', 'en')."""
    m = SECTION_LABEL_RE.match(p.text)
    return bool(m) and all(w in ALL_STOP for w in lx.WORD_RE.findall(m.group("label").lower()))


def status_labels(p: Para) -> bool:
    """A short line of a widget's labels in capitals and abbreviations ('SPIELENDE n.V. LIVE Verl. HZ',
    'FT LIVE HT'), not a headline."""
    tokens = p.text.split()
    if len(tokens) > 8 or capitals_sentence(p):
        return False
    labels = sum(1 for t in tokens if (t.isupper() and len(t) >= 2) or ABBREVIATION_RE.match(t))
    # labels are short ("FT", "LIVE", "n.V."); a headline in capitals has words of every length
    short = sum(1 for t in tokens if len(t.strip(".:,")) <= 4 or ABBREVIATION_RE.match(t))
    return labels >= 0.6 * len(tokens) and short >= 0.5 * len(tokens)


def _list_item(page: Page, p: Para) -> bool:
    """A bullet line: an item of a list (scorers, key points), not a headline. (A page that opens with a
    headline written as a bullet point is _headline_as_sentence's.)"""
    return bool(BULLET_RE.match(p.text))


def _headline_question(p: Para) -> bool:
    """'La BCE baisse ses taux : quelles conséquences pour l'économie ?': a headline asking a question,
    one short sentence."""
    return 3 <= p.n_words <= 20 and p.text.endswith("?") and not SENTENCE_BREAK_RE.search(p.text)


def _headline_as_sentence(page: Page) -> list[Para]:
    """A headline written as a sentence ("SpaceX catches its booster for the first time!", "- Mars buys
    Pringles."): the page's first line, one short sentence, when no other line looks like a title.
    A plain first sentence ending with a full stop is the article's lead, not a headline. A headline quoting
    someone reads as prose ("Barnier à Matignon: "Peut-être le meilleur choix possible ...", estime Henri
    Guaino"): the page's first line without a stop, over the article's prose, is its headline."""
    for p in page.paras[: page.first_prose + 1]:
        if p.hard or p.foreign:
            continue
        if _opens_with_a_wire_place(p):
            return []  # the lead, cut off or not
        bulleted = bool(BULLET_RE.match(p.text))
        if (
            2 <= p.n_words <= (25 if p.i < page.first_prose else MAX_QUOTING_HEADLINE_WORDS)
            and not SENTENCE_BREAK_RE.search(p.text)
            and (bulleted or not p.text.endswith((".", ",", ";", ":")))
            and (p.i < page.first_prose or _quoting_headline(page, p) or _two_part_headline(p))
        ) or _explainer_headline(p, page.main):
            return [p]
        return []
    return []


def _opens_with_a_wire_place(p: Para) -> bool:
    """A line opening with a lead's dateline as wires write it: the place in capitals or with its region or agency
    ("KABUL, Afghanistan — ", "ASHEVILLE, N.C. – ", "WASHINGTON (AP) — "); "Angleterre - Espagne : 1-1" is a
    score's headline."""
    m = lx.PLACE_DATELINE_RE.match(p.text)
    if m is None:
        return False
    place = m.group()
    words = lx.WORD_RE.findall(place)
    # a place in capitals is a word or two ("BERLIN", "LOS ANGELES"), not a kicker ("DIE NEUSTEN ENTWICKLUNGEN")
    capitals = len(words) <= 2 and all(w.isupper() and len(w) >= 3 and w.lower() not in ALL_STOP for w in words)
    return "," in place or "(" in place or capitals


# a headline quoting someone runs longer than a plain one
MAX_QUOTING_HEADLINE_WORDS = 32


def _quoting_headline(page: Page, p: Para) -> bool:
    """The page's first line, read as prose, that is its headline: it quotes someone and ends without a stop
    (with the quote, or with who said it), and the article's prose follows it."""
    after = next((q for q in page.paras[p.i + 1 :] if not q.hard and not q.foreign), None)
    return (
        bool(QUOTE_MARKS_RE.search(p.text))
        and not p.text.rstrip("'\"’”»« ").endswith((".", "!", "?", "…"))
        and after is not None
        and after.prose_shaped
    )


# a headline's topic, then a colon or a bar, then what happened: "Crash d'hélicoptère en Iran : les médias iraniens
# annoncent ...", "Última hora de los incendios en España | La situación ..."; a dateline's place before a colon
# ("VIENNA: Austria's ...") is a word or two
_TWO_PARTS_RE = re.compile(r"^(?P<topic>[^:|]+?)\s*(?::|\s\|)\s+\S")

# a headline's topic is a few words
MIN_TOPIC_WORDS = 3


def _two_part_headline(p: Para) -> bool:
    """The page's first line, read as prose, that is its headline in two parts: a topic of a few words, a colon or
    a bar, then what happened, with no stop at its end (a lead ends with its full stop; a dump cut inside one
    is cut after a word, not after a clause joined by a colon)."""
    m = _TWO_PARTS_RE.match(p.text)
    return (
        m is not None
        and len(m.group("topic").split()) >= MIN_TOPIC_WORDS
        and not p.text.rstrip("'\"’”»« ").endswith((".", "!", "?", "…"))
    )


# an explainer's headline is short: what happened, then its tail
MAX_EXPLAINER_WORDS = 25


def _explainer_headline(p: Para, language: str) -> bool:
    """The page's first line closed by an explainer's tail ("Residents dig out after severe weather, tornados killed
    at least 26. Here's what to know.", "What's going on in Asheville? The devastating fallout from Hurricane Helene,
    explained."): a headline of one sentence and its tail, though it reads as two sentences with their stops. The
    tail alone ("What to Know") is a box's label."""
    tail = lx.EXPLAINER_TAIL_RES.get(language)
    m = tail.search(p.text) if tail and p.n_words <= MAX_EXPLAINER_WORDS else None
    return (
        m is not None
        and len(lx.WORD_RE.findall(p.text[: m.start()])) >= MIN_TOPIC_WORDS
        and len(SENTENCE_BREAK_RE.findall(p.text)) <= 1
    )


# a teaser above the headline tells the story in a sentence or three
TEASER_MAX_WORDS = 60


def _headline_under_teaser(page: Page, vocab: set[str]) -> list[Para]:
    """The headline under a teaser: a page that opens with the article's summary in a few sentences, then its
    headline, then the lead opening with its dateline ("Ein Privatjet verunglückt ... Die Menschen an Bord
    sterben." / "Flugzeugabsturz in Philadelphia: Sechs Menschen an Bord tot" / "Washington - Bei dem Absturz
    ..."). The dateline tells the lead from a paragraph under a subheading, which goes on the story."""
    shown = [p for p in page.paras if not p.hard and not p.foreign]
    if len(shown) < 3:
        return []
    teaser, head, lead = shown[:3]
    if (
        teaser.i != page.first_prose
        or teaser.n_words > TEASER_MAX_WORDS
        or not 2 <= head.n_words <= 20
        or head.sentence_like
        or head.text.endswith((".", ",", ";"))
        or _label_or_item(page, head)
        or len(head.content & vocab) < 2
        or not (lead.sentence_like and lx.PLACE_DATELINE_RE.match(lead.text))
    ):
        return []
    return [head]


# a headline over its provider's line runs to a long sentence ("EN DIRECT - Tempête Pedro : la Garonne déborde à
# Bordeaux, ... Suivez la situation")
MAX_HEADLINE_OVER_SITE_WORDS = 30
# a provider's line is its name, maybe closed by a dash ("Le Figaro —")
MAX_SITE_LINE_WORDS = 4


def _headline_over_site_line(page: Page) -> list[Para]:
    """The headline right above the line of the site that gave the text, its name and date ("Africanews FR •
    November 28, 2025") or its name closed by a dash ("Le Figaro —"), on an aggregator's page whose headline reads
    as prose or sits under the article's teaser: the line, without a stop, opening the page or right under its first
    prose."""
    for p in page.paras[: page.first_prose + 2]:
        after = page.paras[p.i + 1] if p.i + 1 < page.n else None
        if after is None or p.hard or p.foreign or p.role == "title":
            continue
        if (
            _site_line(after)
            and 4 <= p.n_words <= MAX_HEADLINE_OVER_SITE_WORDS
            and not p.text.endswith((".", ",", ";", ":"))
            and not _label_or_item(page, p)
        ):
            return [p]
    return []


# a dateline's site stands before its mark or its date's first figure
_BEFORE_DATE_RE = re.compile(r"[\d|·•]")


def _site_line(p: Para) -> bool:
    """A dateline whose date a site's name opens ("Africanews FR • November 28, 2025"), or a site's name alone
    closed by a dash ("Le Figaro —")."""
    if p.hard == "dateline":
        # without its edition's code ("Africanews FR")
        name = EDITION_CODE_RE.sub("", _BEFORE_DATE_RE.split(p.text, maxsplit=1)[0].strip(" -—–,:;"))
    else:
        name = p.text.rstrip(" —–-")
        if name == p.text:
            return False
    return 1 <= len(name.split()) <= MAX_SITE_LINE_WORDS and masthead_like(features_of(0, name))


# quotation marks, or single quotes around words ("'I never could have imagined this'", not "Helene's")
QUOTE_MARKS_RE = re.compile(r"[\"“”«»„]|(?:^|\s)['‘][^'’]{3,}['’](?=[\s,;:.!?]|$)")

_CRUMB_RE = re.compile(r"\s*[›»>]\s*")

_TITLE_PARTS_RE = re.compile(r"\s+(\||[–—-])\s+")


def without_breadcrumb(headline: str) -> str:
    """'Accueil » Tech » Google franchit un cap avec Willow' -> 'Google franchit un cap avec Willow': the
    page's path glued before its headline, opened by a menu's word."""
    crumbs = list(_CRUMB_RE.finditer(headline))
    if not crumbs or NORM_CUE_RE.sub("", headline[: crumbs[0].start()].lower()) not in lx.LINE_CUES:
        return headline
    start = 0
    for m in crumbs:
        if len(headline[start : m.start()].split()) > 3:
            break
        start = m.end()
    return headline[start:] if len(headline[start:].split()) >= 3 else headline


# the words of a page's path glued before its headline ("Accueil A la une France: ...")
MAX_PATH_WORDS = 8


def _without_path_before_repeat(page: Page, headline: str) -> str:
    """The headline printed again next to the line that glues the page's path before it: "Accueil A la une France:
    Michel Barnier nommé Premier ministre" over "France: Michel Barnier nommé Premier ministre" gives the latter. The
    path opens with a menu's word; its marks may be lost ("Home » World » ..." keeps them: without_breadcrumb)."""
    for p in page.paras[max(0, page.title_idx - 2) : page.title_idx + 3]:
        repeat = p.text.strip().rstrip(" .")
        if p.i == page.title_idx or len(repeat.split()) < 3 or repeat == headline or not headline.endswith(repeat):
            continue
        path = headline[: -len(repeat)].split()
        if len(path) <= MAX_PATH_WORDS and lx.LINE_CUES.get(NORM_CUE_RE.sub("", path[0].lower())) == "navigation":
            return repeat
    return headline


def split_site_suffix(headline: str, vocab: set[str]) -> tuple[str, str]:
    """('Budget approved', 'Riverton Post') from 'Budget approved | Riverton Post' or 'Budget approved -
    Riverton Post': a page's title carries the site's name after a bar or a dash. After a dash it must
    be a name the article never uses ('Biden blocks the deal - Nippon Steel' keeps its end)."""
    seps = list(_TITLE_PARTS_RE.finditer(headline))
    if not seps:
        return headline, ""
    if len(seps) == 2:
        # 'Riverton Post - Budget approved after long debate - World News': the site first, the section last
        first, middle, last = (
            headline[: seps[0].start()].strip(),
            headline[seps[0].end() : seps[1].start()].strip(),
            headline[seps[1].end() :].strip(),
        )
        if _section_words(last) and 2 <= len(first.split()) <= 4 and not _section_words(first):
            names = [w for w in lx.WORD_RE.findall(first) if w.lower() not in ALL_STOP]
            if names and all(w[:1].isupper() for w in names) and len(middle.split()) >= 3:
                return middle, as_written(first)
    if len(seps) == 1 and seps[0].group(1) == "|":
        # 'Riverton Post | Budget approved after long debate': the site's name before a bar, names the article never uses
        first, rest = headline[: seps[0].start()].strip(), headline[seps[0].end() :].strip()
        names = [w for w in lx.WORD_RE.findall(first) if w.lower() not in ALL_STOP]
        if (
            2 <= len(first.split()) <= 4
            and len(rest.split()) >= max(4, 2 * len(first.split()))
            and names
            and all(w[:1].isupper() for w in names)
            and not _section_words(first)
            and not any(w.lower() in vocab for w in names)
        ):
            return rest, as_written(first)
    site, sep, head = headline[seps[-1].end() :].strip(), seps[-1].group(1), headline[: seps[-1].start()].strip()
    words = site.split()
    if lx.SITE_LINE_RE.match(site.lower()) and "." in site and len(head.split()) >= 3:
        # the site's domain: 'Budget approved – rivertonpost.com', 'Budget approved | www.rivertonpost.com'
        return head, site_of_url(site if "://" in site or site.lower().startswith("www") else "//" + site)

    # after a bar a short headline will do ('Storm floods river town | The Riverton Post'); after a dash the
    # headline must be twice the name's length ('Paris - Bei der Wahl ...' is a dateline's place)
    shortest = 3 if sep == "|" else max(3, 2 * len(words))
    if not 1 <= len(words) <= 4 or len(head.split()) < shortest or any(ch.isdigit() for ch in site):
        return headline, ""
    names = [w for w in lx.WORD_RE.findall(site) if w.lower() not in ALL_STOP]
    if not names or not all(w[:1].isupper() for w in names):
        return headline, ""
    if sep != "|" and any(w.lower() in vocab for w in names):
        return headline, ""
    # a section between headline and site ("... | Football News | Al Jazeera") goes with the site
    inner = list(_TITLE_PARTS_RE.finditer(head))
    if inner and inner[-1].group(1) == "|" and len(head[inner[-1].end() :].split()) <= 3:
        head = head[: inner[-1].start()].strip()
    # one word after the headline is its section's or its format's label ("| Politics", "- LIVE", "| Video")
    # more often than the site's name: it goes from the title but names no publisher
    return head, as_written(site) if len(words) > 1 or "." in site else ""


def _section_words(text: str) -> bool:
    """A part of a page's title that names a section of the site ("World News", "Politik"): its words are labels."""
    words = [w.lower() for w in lx.WORD_RE.findall(text)]
    return any(w in lx.LINE_CUES or w in lx.SECTION_CUES for w in words)


def read_title(page: Page) -> tuple[str, str]:
    """The headline as the article's title, and the site's name a suffix of it gave ('' if none)."""
    if page.title_idx < 0:
        return "", ""
    headline = without_breadcrumb(BULLET_RE.sub("", page.paras[page.title_idx].text).rstrip(" ."))
    headline = _without_path_before_repeat(page, headline)
    prose = {w for p in page.paras if p.role == "body" for w in lx.WORD_RE.findall(p.text.lower())}
    return split_site_suffix(headline, prose)
