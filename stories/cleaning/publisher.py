"""The publisher, read from what the page removed: footer, byline, credits, masthead, logo, addresses."""

from __future__ import annotations

import re
from collections import Counter

from . import lexicon as lx
from .bylines import MAX_DESK_LINE_WORDS, desk_line_outlet, outlet_with_agencies
from .dates import MONTHS, find_date
from .features import Para, features_of, headline_key, word_overlap
from .page import Page
from .text import AGENCY_NAMES, ALL_STOP, BRAND_FOOTER_RE, BULLET_RE


def site_of_url(text: str) -> str:
    """The site of the first address in text ("https://www.straitswire.sg/news/..." -> "straitswire.sg")."""
    m = lx.URL_HOST_RE.search(text)
    return m.group("host").lower() if m else ""


_BRACKETED_NAME_RE = re.compile(r"\([^()|]*\)")


def copyright_holder(line: str) -> str:
    """The name a copyright line gives: "Copyright © 2026, El Correo del Puerto", "© Flussheimer Bote 2026 –
    Alle Rechte vorbehalten", "Tous droits réservés © Le Courrier du Port 2026", "© 2026 rivertonpost.com" -> the
    outlet's name."""
    text = lx.RIGHTS_RESERVED_RE.sub(" | ", line)
    text = lx.COPYRIGHT_MARKS_RE.sub(" | ", text)
    text = _BRACKETED_NAME_RE.sub(" | ", text)  # a photographer's name after an agency's: "(c) AP (Jane Doe)"
    for part in re.split(r"\s*(?:\||[.·,;:]\s|\s[–—-]\s)\s*", text):
        part = part.strip(" .,;:|·–—-[]()")
        words = part.split()
        if 1 <= len(words) <= 6 and any(w[:1].isupper() for w in words) and lx.WORD_RE.search(part):
            return part
        # the site's address in small letters ("© 2026 rivertonpost.com")
        if _capitals_domain(part) or lx.SITE_LINE_RE.match(part) and "." in part and "://" not in part:
            return part.lower()
    return ""


# a site's copyright with its mark and year after its name, below the article: "Riverton Post © 2026" (the line is
# removed as a picture's credit); a credit's label ("Photo: Jane Doe © 2026") or a chain of names names no site
_NAME_MARK_YEAR_RE = re.compile(r"^[^\W\d_][^©:|/]{1,60}?\s*©\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*\.?\s*$")


def publisher_from_footer(paras: list[Para], last: int) -> str:
    for p in paras:
        if p.role != "removed" or p.n_words > 20:
            continue
        if p.reason == "copyright" or p.i > last and _NAME_MARK_YEAR_RE.match(p.text):
            name = copyright_holder(p.text)
            # an agency's or a chain of agencies' copyright ("(c) AP (Jane Doe)", "(c) APA/dpa/Jane Doe") is a
            # picture's credit
            if name and "/" not in name and not lx.AGENCIES_ONLY_RE.match(name):
                return name
    for p in paras[last + 1 :]:
        if p.role != "removed" or p.n_words > 16:
            continue
        m = BRAND_FOOTER_RE.match(p.text)
        if m:
            name = m.group("name").strip()
            words = name.split()
            # a row of links ("About us | Privacy | Terms") names no site
            links = m.group("tagline").count("|") or lx.LINE_CUES.get(name.lower()) == "navigation"
            if 1 <= len(words) <= 4 and words[0][:1].isupper() and not find_date(name) and not links:
                return name
    return ""


def publisher_from_byline(paras: list[Para]) -> str:
    """The outlet named in a byline ("By X, Straits Wire"), or a desk ("Pulse AI Editorial")."""
    for p in paras:
        if p.author and p.site and p.reason == "byline":
            return p.site
    for p in paras:
        if p.author and lx.DESK_SUFFIX_RE.search(p.author):
            return lx.DESK_SUFFIX_RE.sub("", p.author).strip()
    return ""


def publisher_from_outlet_byline(page: Page) -> str:
    """The outlet signing a byline as a writer would, its name opening with an article ("By The Sun", "- Par Le
    Courrier du Port", "Por El Correo"): a writer's name opens with none."""
    for p in page.paras:
        if p.role != "removed" or p.in_section or p.n_words > 7:
            continue
        m = lx.BYLINE_RE.match(BULLET_RE.sub("", p.text))
        name = m.group("name").strip(" .") if m else ""
        if " " in name and _names_an_outlet(page, name):
            return name
    return ""


def publisher_from_outlet_credit(page: Page) -> str:
    """The outlet a credit line of its own names as the one that made or gave the text: "par BFMTV" under a video's
    headline, "information fournie par France 24 • 05/09/2024 à 17:16", "Avec France 24" closing a reprint. Its name
    is written as only an outlet's is, one word written as a name or words and a channel's number ("France 24",
    "Europe 1"): a writer's byline names a person ("Par Jean Dupont"), an agency's credit ("Avec AFP") the text's
    source. One word the article's prose uses is what it is about (see _one_word_site)."""
    for p in page.paras:
        if p.role != "removed" or p.in_section or p.n_words > 12:
            continue
        found = find_date(p.text)
        m = lx.OUTLET_CREDIT_RE.match(p.text[: found[1]].rstrip(" |·•,;–—-") if found else p.text)
        if m is None:
            continue
        name = m.group("outlet").strip(" .,;:|·•–—-")
        numbered = _NUMBERED_NAME_RE.match(name) is not None and not find_date(name)
        # a word in small letters signing a byline is a login's ("By admin", "Por redaccion"), not a site's name
        plain_word = name.isalpha() and name.islower()
        if (numbered or _one_word_site(page, name) and not plain_word) and not lx.AGENCIES_ONLY_RE.match(name):
            return name
    return ""


# an outlet's name closed by a channel's number: "France 24", "Europe 1", "Antena 3" (a number first, "Mit 21 Toten",
# is a count)
_NUMBERED_NAME_RE = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+){1,3}\d{1,3}$")


def outlet_note(p: Para) -> bool:
    """A note on where the article appeared: "Cet article a paru dans Le Courrier du Port." """
    return bool(lx.ARTICLE_NOTE_RE.search(p.text) and lx.OUTLET_NOTE_RE.search(p.text))


def publisher_from_desk_line(page: Page) -> str:
    """The site whose newsroom signs a line of its own ("Riverton Post Staff", "Riverton Post Newsroom", "Blitz
    Bureau", "La rédaction numérique de RTL"; "Redaktion Flussheimer Bote" is a byline's)."""
    for p in page.paras:
        if p.role != "removed" or p.n_words > MAX_DESK_LINE_WORDS:
            continue
        name = desk_line_outlet(p.text)
        if name and masthead_like(features_of(0, name)) and not _told_of(page, name):
            return as_written(name)
    return ""


def publisher_from_outlet_note(paras: list[Para]) -> str:
    """The outlet a note on the article names: "This article first appeared in The Harbour Post", "Diese
    Nachricht wurde am 14.08.2024 im Programm Deutschlandfunk gesendet", "Cet article a paru dans Le Courrier"."""
    for p in paras:
        if p.role != "removed" or p.n_words > 40 or p.in_section:
            continue
        m = lx.OUTLET_NOTE_RE.search(p.text)
        if m is None or not lx.ARTICLE_NOTE_RE.search(p.text):
            continue
        outlet = m.group("outlet").strip(" .")
        words = [w.lower() for w in lx.WORD_RE.findall(outlet)]
        if words and not any(w in MONTHS or w in lx.WEEKDAYS for w in words) and not find_date(outlet):
            return outlet
    return ""


_PICTURE_CREDITS = ("photo caption", "source credit")


def publisher_from_own_credit(page: Page) -> str:
    """The outlet credited for a chart or picture it made: "Quelle: Bundeswahlleiterin | Grafik: watson",
    "... Bundestag de 2025 (© Bundestag allemand)"; not an agency, not several names. A chart credited to a body the
    article's prose cites is that body's data, not the outlet's desk ("Graphic: Central Weather Administration" over
    "..., according to the Central Weather Administration"); a picture's owner may be what the article is about."""
    for p in page.paras:
        if p.role != "removed" or p.reason not in _PICTURE_CREDITS or p.n_words > 60:
            continue
        m = lx.OWN_CREDIT_RE.search(p.text)
        if m is None:
            continue
        name = (m.group("c") or m.group("g")).strip(" .")
        if (
            1 <= len(name.split()) <= 4
            and not any(ch.isdigit() or ch in "/,;&" for ch in name)
            and not lx.AGENCIES_ONLY_RE.match(name)
            and not (m.group("g") and _told_of(page, name))
        ):
            return name
    return ""


def publisher_from_masthead(page: Page) -> str:
    """The site's name printed above the article: a short line of capitalised words right above the
    page's date ("THE ASAHI SHIMBUN" / "January 3, 2024 at 18:57 JST"), or printed twice in its header
    among the menus ("Diplomatic Watch") and never in the article's prose."""
    paras = page.paras
    header = []
    for p in paras:
        if p.role in ("body", "dek"):
            break
        header.append(p)
    seen = Counter(p.text for p in header)
    first = True
    for k, p in enumerate(header):
        if not masthead_like(p):
            continue
        if first and _heads_the_page(page, p):
            return as_written(p.text)
        first = False
        after = next((q for q in header[k + 1 :] if q.text != p.text), None)
        dated = after is not None and (after.hard == "dateline" or after.date is not None) and _masthead_at_top(page, p)
        # a name printed twice that the article's prose uses is its subject (a team on a scoreboard), not the site
        if dated or (seen[p.text] >= 2 and p.n_words >= 2 and not p.content & page.vocab):
            return as_written(p.text)
    return ""


_MENU_PARTS_RE = re.compile(r"\s*(?:[|>»›/·•]|\s[–—-]\s)\s*")


def publisher_from_menu_line(page: Page) -> str:
    """The site's name on a line of its menu above the article, with the menu's words ("Home | Riverton Post",
    "Riverton Post Home", "Startseite Flussheimer Bote", "Accueil - Le Courrier du Port") or heading its path
    ("Riverton Post > World"): what is left without the menu's words, when it is one name."""
    for p in page.paras[: min(page.first, page.title_idx if page.title_idx >= 0 else page.first)]:
        # a line that is one label of the furniture ("Search This Blog") names no site with its menu's word off
        if p.role != "removed" or p.reason not in _MASTHEAD_REASONS or p.n_words > 8 or p.cue in lx.LINE_CUES:
            continue
        parts = [part for part in _MENU_PARTS_RE.split(p.text) if part.strip()]
        names = [name for name in (_without_menu_words(part) for part in parts) if name]
        path = len(parts) > 1 and bool(re.search(r"[>»›]", p.text))
        name = names[0] if len(names) == 1 or path and names and names[0] == parts[0].strip() else ""
        # an item of a bulleted menu ("• Internationale Nachrichten") is a section's name, not a line with a menu's word
        if name != BULLET_RE.sub("", p.text).strip() and (_site_name(page, name) or _one_word_site(page, name)):
            return as_written(name)
    return ""


def _one_word_site(page: Page, name: str) -> bool:
    """One word written as only a name is ("watson", "NHK", "DailyMaverick", "n-tv"): a capitalised word alone
    ("Politics", "Local") is a section's label as often. Not a label of the page's furniture, not the article's."""
    word = name.strip(" .:·|")
    low = word.lower()
    letters = word.replace("-", "").replace(".", "")
    written_as_a_name = word[:1].islower() or (word.isupper() and len(word) >= 2) or any(c.isupper() for c in word[1:])
    return (
        " " not in word
        and len(word) >= 2
        and letters.isalnum()
        and any(c.isalpha() for c in word)
        and written_as_a_name
        and low not in lx.LINE_CUES
        and low not in lx.SECTION_CUES
        and low not in page.vocab
        and low not in ALL_STOP
    )


def _has_label_word(words: list[str]) -> bool:
    """Whether lowercased words hold a label of the page's furniture or of a section ("Home", "Politics")."""
    return any(w in lx.LINE_CUES or w in lx.SECTION_CUES for w in words)


def _without_menu_words(part: str) -> str:
    """A part of a menu's line without the menu's words at its ends ("Riverton Post Home" -> "Riverton Post")."""
    words = part.split()
    while words and lx.LINE_CUES.get(words[0].lower()) == "navigation":
        words.pop(0)
    while words and lx.LINE_CUES.get(words[-1].lower()) == "navigation":
        words.pop()
    return " ".join(words)


def _site_name(page: Page, name: str) -> bool:
    """Two to five capitalised words that are not the article's subject nor a section's label."""
    words = [w.lower() for w in lx.WORD_RE.findall(name)]
    return (
        2 <= len(name.split()) <= 5
        and masthead_like(features_of(0, name))
        and not _has_label_word(words)
        and not _told_of(page, name)
        and not set(words) & page.vocab
    )


_TITLE_SIDES_RE = re.compile(r"\s+[|–—-]\s+|:\s+")


def publisher_from_headline_line(page: Page) -> str:
    """The site's name beside the headline on a line above the article ("Riverton Post | Storm floods river town",
    "Storm floods river town - Riverton Post"): the page's own title as browsers show it."""
    title = headline_key(page.paras[page.title_idx].text) if page.title_idx >= 0 else set()
    for p in page.paras[: page.first]:
        # a picture's caption and its credit beside it ("... Léon XIV. Photo : © Dylan Martinez, Reuters") name who
        # took the picture, not the site
        if p.role != "removed" or p.i == page.title_idx or p.n_words > 40 or p.reason in _PICTURE_CREDITS:
            continue
        parts = [part.strip() for part in _TITLE_SIDES_RE.split(p.text) if part.strip()]
        if not 2 <= len(parts) <= 3:
            continue
        headline = max(parts, key=lambda part: len(part.split()))
        key = headline_key(headline)
        # the headline the page shows, or (no headline found) a line of the article's words
        if (
            title
            and word_overlap(key, title) < 0.8
            or not title
            and (len(key) < 4 or len(key & page.vocab) < len(key) / 2)
        ):
            continue
        for name in (parts[0], parts[-1]):
            if (
                name != headline
                and 1 <= len(name.split()) <= 4
                and (_site_name(page, name) or _one_word_site(page, name))
            ):
                return as_written(name)
    return ""


# how far from the headline (in lines) a provider's name alone still stands beside it
_BESIDE_HEADLINE = 3


def publisher_from_name_by_headline(page: Page) -> str:
    """The outlet's name alone on a line right under (or just above) the headline, maybe closed by a dash: the site
    or the provider of a reprint ("n-tv", "Le Figaro —", "DER SPIEGEL" under the headline and its date). Its name is
    written as only an outlet's is: one word written as a name ("n-tv", "RTL") or words opening with an article ("Le
    Figaro", "The Sun"); a person's name under the headline (a writer's) opens with none."""
    at = page.title_idx if page.title_idx >= 0 else 0
    for p in page.paras[max(0, at - 1) : at + _BESIDE_HEADLINE + 1]:
        # below the article's last paragraph a name signs it (an editor's "A.Rispoli--PV"), not beside its headline
        if p.role != "removed" or p.in_section or p.i == at or p.i > page.last or p.n_words > 5:
            continue
        name = p.text.strip(" |·•:–—-")
        if _names_an_outlet(page, name):
            return as_written(name)
    return ""


def _names_an_outlet(page: Page, name: str) -> bool:
    """A line that is an outlet's name as only an outlet's is written: one word written as a name, or two to five
    capitalised words opening with an article, that the article's prose does not tell of and no agency's."""
    if lx.AGENCIES_ONLY_RE.match(name) or lx.LINE_CUES.get(name.lower()):
        return False
    if " " not in name:
        return _one_word_site(page, name) and not find_date(name) and not _CAPITALISED_COMPOUND_RE.match(name)
    first, *rest = name.split()
    words = [w.lower() for w in lx.WORD_RE.findall(name)]
    articles = lx.OUTLET_ARTICLES.get(page.main, frozenset())
    return (
        (first.lower() in articles or first.lower().startswith(("l'", "l’")) and "l'" in articles)
        and first[:1].isupper()
        and len(name.split()) <= 5
        and _capitalised_words(rest)
        and not find_date(name)
        and not _has_label_word(words)
        and not _told_of(page, name)
    )


# a compound of capitalised words joined by hyphens is a word of German ("Lese-Tipp"), not written as only a name is
_CAPITALISED_COMPOUND_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+)+$")


def _capitalised_words(words: list[str]) -> bool:
    """Words of a name: each capitalised but a small word joining a name's ("Sun", "Courrier du Port"; not "Das
    Wichtigste in Kürze"), no figures, no sentence's end."""
    return (
        bool(words)
        and words[-1][:1].isupper()
        and not words[-1].endswith((".", "!", "?", ":", ","))
        and all(w[:1].isupper() or w.lower() in lx.NAME_JOINER_WORDS for w in words)
        and not any(ch.isdigit() for w in words for ch in w)
    )


def _heads_the_page(page: Page, p: Para) -> bool:
    """The page's first name-like line, above its headline and printed once: the site's name over its menus ("Riverton
    Post" / "Home" / "Politics" / headline, "BFMTV" / "Mayotte" / "en direct" / headline), not a menu of words ("Home
    Business"), not what the article is about. One word is a name when written as only a name is."""
    words = [w.lower() for w in lx.WORD_RE.findall(p.text)]
    return (
        p.role == "removed"
        and p.i < page.title_idx
        and not p.content & page.vocab
        and not _has_label_word(words)
        and (_masthead_at_top(page, p) if p.n_words >= 2 else p.n_words == 1 and _one_word_site(page, p.text))
    )


_JOINED_NAMES_RE = re.compile(r"\s(?:and|und|et|y|e|&)\s", re.IGNORECASE)


def _masthead_at_top(page: Page, p: Para) -> bool:
    """A line above the page's date that can be the site's name: printed above the headline (under it stand the
    byline and the section's label), two words or more (one is a section's label: "Politik", "Analysis"), not
    writers' names joined ("Jane Doe and John Roe"), a byline ("Reviewed by ...") nor a path ("Home > News")."""
    return (
        p.n_words >= 2
        and not 0 <= page.title_idx < p.i
        and not _JOINED_NAMES_RE.search(p.text)
        and not any(lx.BYLINE_RE.match(rest) for rest in _word_ends(p.text))
        and not any(mark in p.text for mark in "|>»/·•")
    )


def _word_ends(text: str) -> list[str]:
    """The text from each of its words on: "Reviewed by Jane Doe", "by Jane Doe", "Jane Doe", "Doe"."""
    words = text.split()
    return [" ".join(words[k:]) for k in range(len(words))]


_MASTHEAD_REASONS = ("", "masthead", "navigation", "repeated headline", "headline")


def masthead_like(p: Para) -> bool:
    """A line that can be a site's name: one to five capitalised words, no figures, no sentence."""
    text = p.text
    if p.role == "title" or p.reason not in _MASTHEAD_REASONS or not 1 <= p.n_words <= 5:
        return False
    if any(ch.isdigit() for ch in text) or text.endswith((".", "!", "?", ":", ",")) or BULLET_RE.match(text):
        return False
    words = lx.WORD_RE.findall(text)
    if p.n_words == 1 and len(text) < 4 or p.cue in lx.LINE_CUES or p.cue in lx.SECTION_CUES:
        return False
    lower = [w.lower() for w in words]
    significant = [w for w in words if w.lower() not in ALL_STOP]
    return (
        bool(significant)
        and all(w[:1].isupper() for w in significant)
        and len(significant) >= len(words) / 2
        and lower[-1] not in ALL_STOP
        and not any(w in lx.WEEKDAYS or w in MONTHS for w in lower)
        and " ".join(lower) not in lx.DATE_LABELS
    )


def as_written(name: str) -> str:
    """A name printed in capitals (or in small letters) as people write it: "THE ASAHI SHIMBUN" -> "The
    Asahi Shimbun", "le courrier du port" -> "Le Courrier du Port"; a short acronym stays ("BBC NEWS" ->
    "BBC News", "BFMTV" alone)."""
    if name.islower() and len(name.split()) > 1:
        name = name.upper()
    if not name.isupper() or all(len(w) <= 4 for w in name.split()) or " " not in name and len(name) <= 5:
        return name
    words = []
    for k, w in enumerate(name.split()):
        if w.lower() in ALL_STOP:
            words.append(w.capitalize() if k == 0 else w.lower())
        else:
            words.append(w if len(w) <= 3 else w.capitalize())
    return " ".join(words)


def publisher_from_agency_credit(paras: list[Para]) -> str:
    """The outlet that wrote the text with agencies: "Le Monde avec AFP" under the headline."""
    for p in paras:
        if p.role == "removed" and p.reason == "byline" and not p.in_section:
            outlet = outlet_with_agencies(p.text)
            if outlet:
                return outlet
    return ""


_LABELLED_RE = re.compile(r"^(?P<label>[^:：]+)[:：](?P<value>.*)$")


def publisher_from_source_address(page: Page) -> str:
    """The site a "Source:" line outside the article gives as an address ("News Source: www.aljazeera.com"): the
    page reprints that site's article. A source named by its name ("Source: AFP") is the text's source only."""
    for p in page.paras[: page.first] + page.paras[page.last + 1 :]:
        m = _LABELLED_RE.match(p.text)
        # an address's long path is one word on the line, many to n_words
        if m is None or p.in_section or len(p.text.split()) > 8:
            continue
        # the label may carry a word before or after its source word ("News Source:", "Source link :", "Fuente
        # original:")
        label, value = m.group("label").split(), m.group("value").strip()
        if len(label) <= 2 and any(lx.TEXT_SOURCE_RE.fullmatch(w) for w in label) and lx.SITE_LINE_RE.match(value):
            return site_of_url(value if "://" in value or value.lower().startswith("www") else "//" + value)
    return ""


def publisher_from_logo(page: Page) -> str:
    """The site whose logo's text stands on a line of the page's header ("Dailymaverick logo", "cupure logo")."""
    for p in page.paras[: page.first]:
        m = lx.LOGO_RE.match(p.text) if p.n_words <= 5 else None
        if m:
            name = (m.group("a") or m.group("b")).strip(" -|:")
            # a name in small letters is one word written as a name ("cupure logo"), not a label ("site logo")
            named = name[:1].isupper() or _one_word_site(page, name)
            if name and not any(ch.isdigit() for ch in name) and named and name.lower() not in lx.LOGO_PLACES:
                return name
    return ""


def publisher_from_bio(page: Page) -> str:
    """The outlet the writer's biography after the article names ("Jane Doe is a senior reporter at the
    Riverton Post", "Tanes Desulma, rédacteur en chef d'Alternance-Media")."""
    for p in page.paras[page.last + 1 :]:
        if p.role != "removed" or p.in_section or p.n_words > 80:
            continue
        m = lx.BIO_OUTLET_RE.match(p.text)
        if m:
            outlet = m.group("outlet").strip(" .,")
            if not find_date(outlet) and outlet.lower() not in ALL_STOP:
                return outlet
    return ""


def publisher_from_page_address(page: Page) -> str:
    """The site whose address or domain stands alone on a line above or below the article
    ("https://www.example.com/news/...", "tagesschau.de"). A "Source:" line names the text's source, not
    its publisher, and an address inside a sentence is a link."""
    outside = page.paras[: page.first] + page.paras[page.last + 1 :]
    for p in outside:
        text = p.text.strip()
        # a domain written with its name's capitals ("RivertonPost.com") is the same address
        text = _capitals_domain(text) or text
        if p.role != "title" and not p.in_section and lx.SITE_LINE_RE.match(text):
            return site_of_url(text if "://" in text or text.lower().startswith("www") else "//" + text)
    return ""


_CAPITALS_DOMAIN_RE = re.compile(r"^[A-Za-z0-9-]{3,}(?:\.[A-Za-z0-9-]+)*\.(?:[a-z]{2,12}|[A-Z]{2,12})$")


def _capitals_domain(text: str) -> str:
    """'RivertonPost.com', 'Riverton-Post.de', 'RIVERTONPOST.COM' in small letters; '' for any other line."""
    return text.lower() if _CAPITALS_DOMAIN_RE.match(text) and not text.islower() else ""


_SIGNATURE_SITE_RE = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}\b", re.IGNORECASE)


def publisher_from_signature(page: Page) -> str:
    """The outlet signing the article on a line of its own right after it, at the end of the chain of
    agencies and sites the text came through ("Xinhua/VNA/CVN", "apnews.cz/gnews.cz-jav" -> "gnews.cz"). Editors'
    initials ("mkg/hc", "/oe/DP/he") and agencies alone ("AFP/dpa") sign no outlet."""
    for p in page.paras[page.last + 1 : page.last + 4]:
        text = p.text.strip()
        if p.role != "removed" or p.in_section or " " in text or lx.AGENCIES_ONLY_RE.match(text):
            continue
        parts = [part for part in text.split("/") if part]
        if not 2 <= len(parts) <= 4:
            continue
        sites = [m.group().lower() for part in parts for m in _SIGNATURE_SITE_RE.finditer(part)]
        if sites:
            return sites[-1]
        if (
            all(part[:1].isupper() and part.isalpha() for part in parts)
            and max(len(part) for part in parts) > 5
            and not lx.AGENCIES_ONLY_RE.match(parts[-1])
        ):
            return text
    return ""


# the outlet signing off under the article: its name in one word ("LNT"), maybe with the day it aired after a short
# word ("SAARTEXT vom 22.04.2025")
_SIGN_OFF_RE = re.compile(r"^(?P<name>[^\W\d_][\w'’&-]*)(?:\s+[^\W\d_]{2,4}\s+[\d./]{6,10})?$")

# editors' initials sign in two letters or so ("kb", "AB")
MIN_SIGN_OFF_CHARS = 3


def publisher_from_sign_off(page: Page) -> str:
    """The outlet's name closing the article on a line of its own, or glued after its last sentence and split off:
    one word written as only a name is, in capitals or with capitals inside ("LNT", "SAARTEXT vom 22.04.2025"),
    that the article never uses. A capitalised word alone is as often a sentence's first word where the dump was
    cut ("... catastrophic damage. Amon"), words of two are a writer's name ("Jane Doe"), and a party's name
    after the article ("SPD") is one the article tells of."""
    after = next((p for p in page.paras[page.last + 1 :] if p.text.strip()), None)
    m = _SIGN_OFF_RE.match(after.text.strip()) if after is not None and after.role == "removed" else None
    if m is None or after.in_section or lx.AGENCIES_ONLY_RE.match(m.group("name")):
        return ""
    name = m.group("name")
    in_capitals = not name.islower() and not name.istitle()
    return name if in_capitals and len(name) >= MIN_SIGN_OFF_CHARS and _one_word_site(page, name) else ""


def publisher_from_wire_dateline(paras: list[Para]) -> str:
    """The agency of a wire dateline opening the article: "(Reuters) - ...", "Aug. 14 (UPI) -- ..."."""
    for p in paras:
        if p.role == "body":
            m = lx.WIRE_DATELINE_RE.match(p.text)
            # the last of the desks the dateline names: "(CBSNewYork/CBS News)" -> "CBS News"
            org = m.group("org").split("/")[-1].strip() if m else ""
            return AGENCY_NAMES.get(org.casefold(), org)
    return ""


def publisher_from_own_report(paras: list[Para]) -> str:
    """The outlet the article's prose names as its own reporter: "As previously reported by Ukrinform, ...",
    "..., informa el corresponsal de Prensa Latina", "Riverton Post can reveal", "Europe 1 fait le point.", "Laut
    KURIER-Informationen". An agency's name counts: its own page says so too."""
    for p in paras:
        if p.role != "body":
            continue
        m = lx.OWN_REPORT_RE.search(p.text)
        if m:
            outlet = m.group("outlet").strip(" .,")
            if 1 <= len(outlet.split()) <= 4 and not find_date(outlet):
                return outlet
        for m in lx.OWN_REPORT_TAIL_RE.finditer(p.text):
            outlet = _reporting_outlet(m)
            if outlet and _named_once(paras, outlet):
                return outlet
    return ""


def _named_once(paras: list[Para], name: str) -> bool:
    """Whether the article's prose names the outlet this once: a body it reports on is named again ("Laut
    BKA-Informationen ..." and "Das BKA ermittelt"), an outlet telling of its own reporting seldom is."""
    pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.IGNORECASE)
    return sum(len(pattern.findall(p.text)) for p in paras if p.role == "body") == 1


def _reporting_outlet(m: re.Match) -> str:
    """The outlet before words telling of its own reporting; a name glued to them is one word ("Laut
    KURIER-Informationen" -> "KURIER"). One word, an article aside, must be written as only a name is ("RPTV",
    "KURIER", "EL PAÍS"; not "Polizei-Informationen", "La Policía", nor a capitalised word opening a sentence)."""
    outlet = m.group("outlet").strip(" .,")
    if m.string[m.end("outlet") : m.end()].startswith("-"):
        outlet = outlet.split()[-1]
    elif not _opens_a_clause(m.string[: m.start()]):
        return ""  # "La maire Anne Martin fait le point.": the name of someone a word before it tells of
    words = outlet.split()
    # an article opening the sentence is no part of the name ("La Policía ha podido saber")
    name = words[1:] if len(words) > 1 and words[0].lower() in ALL_STOP else words
    if not 1 <= len(words) <= 4 or find_date(outlet):
        return ""
    if len(name) == 1 and not (name[0].isupper() and len(name[0]) >= 2 or any(c.isupper() for c in name[0][1:])):
        return ""
    return outlet


def _opens_a_clause(before: str) -> bool:
    """Whether what comes before a name leaves it opening its sentence or clause: nothing, a sentence's end, or a
    small word ("... un document que Le Parisien a pu consulter")."""
    m = re.search(r"(\S+)\s*$", before)
    return m is None or m.group(1)[-1] in '.!?:;«»"“”' or m.group(1).lower() in ALL_STOP


def publisher_from_disclosure(paras: list[Para]) -> str:
    """The site an affiliate disclosure names ("Readers help support Windows Report. We may get ...")."""
    for p in paras:
        if p.role == "removed" and p.n_words <= 60:
            m = lx.AFFILIATE_SITE_RE.search(p.text)
            if m:
                return (m.group("a") or m.group("b")).strip()
    return ""


def publisher_from_site_lines(page: Page) -> str:
    """The site naming itself on a line of its furniture: "Follow The Riverton Post on X", "Get the Riverton Post
    app", "Suivez Le Courrier du Port sur Facebook", "More from Riverton Post", "Courtesy of El Correo del Puerto".
    Not a writer ("Follow Jane Doe on X" under her byline) nor a name the article's prose tells of ("More from Real
    Madrid" on a match report): those are what the page is about."""
    writers = {w.lower() for p in page.paras if p.author for w in lx.WORD_RE.findall(p.author)}
    for p in page.paras:
        if p.role != "removed" or p.n_words > 14:
            continue
        m = lx.SITE_LEAD_RE.match(p.text)
        if m is not None and not _names_a_channel(
            m.group("outlet")[len(_without_channel(m.group("outlet"))) :] + m.group("rest")
        ):
            m = None
        m = m or lx.SITE_SOURCE_LEAD_RE.match(p.text)
        if m is None:
            continue
        name = _without_channel(re.sub(r"['’]s$", "", m.group("outlet").strip(" .,:;")))
        words = [w.lower() for w in lx.WORD_RE.findall(name)]
        if (
            1 <= len(name.split()) <= 5
            and not any(ch.isdigit() for ch in name)
            and not set(words) <= writers
            and not _told_of(page, name)
            and not any(w in lx.SOCIAL_NETWORKS or w in MONTHS or w in lx.WEEKDAYS for w in words)
            and name.lower() not in lx.LINE_CUES
        ):
            return name
    return ""


def _without_channel(name: str) -> str:
    """A site's name without the channel its line names after it ("Riverton Post WhatsApp" -> "Riverton Post")."""
    words = name.split()
    while len(words) > 1 and (words[-1].lower() in lx.SOCIAL_NETWORKS or words[-1].lower() in lx.CHANNEL_WORDS):
        words.pop()
    return " ".join(words)


def _names_a_channel(rest: str) -> bool:
    """The rest of a line after a site's name names one of its channels: a network ("on Facebook", "en X"), an
    app, a newsletter."""
    words = [w.lower() for w in lx.WORD_RE.findall(rest)]
    return len(words) <= 6 and (
        any(w in lx.SOCIAL_NETWORKS or w in lx.CHANNEL_WORDS for w in words) or bool(re.search(r"\bX\b", rest))
    )


def publisher_from_mail_address(page: Page) -> str:
    """The domain of an address the page gives outside the article's prose ("Contact the writer:
    jane.doe@rivertonpost.com", "Send tips to news@rivertonpost.com"); not a mail service anyone may use."""
    for p in page.paras:
        if p.role != "removed" or p.n_words > 30:
            continue
        for m in lx.EMAIL_RE.finditer(p.text):
            domain = re.sub(r"^(?:www|mail|email|e-mail)\.", "", m.group("domain").lower())
            if domain not in lx.WEBMAIL:
                return domain
    return ""


def _told_of(page: Page, name: str) -> bool:
    """A name the article's prose uses: the place of a dateline ("Riverton | June 3, 2026"), not the site."""
    words = [w.lower() for w in lx.WORD_RE.findall(name)]
    return bool(words) and all(w in page.vocab for w in words)


def read_publisher(page: Page, title_site: str) -> str:
    """The publisher: a removed dateline's site, else the first of the page's other signs, strongest first."""
    return publisher_and_sign(page, title_site)[0]


def publisher_and_sign(page: Page, title_site: str) -> tuple[str, str]:
    """The publisher and the name of the sign that gave it ('' and '' when the page names none)."""
    for p in page.paras:
        if (
            p.role == "removed"
            and not p.in_section
            and p.site
            and p.reason == "dateline"
            and not _told_of(page, p.site)
            # an agency sending the text ("dpa 07.08.2024 - 22:17 Uhr") is its source, not the page's publisher
            and not lx.AGENCIES_ONLY_RE.match(p.site)
        ):
            return p.site, "dateline"
    paras = page.paras
    signs = (
        ("source address", lambda: publisher_from_source_address(page)),
        ("footer", lambda: publisher_from_footer(paras, page.last)),
        ("signature", lambda: publisher_from_signature(page)),
        ("sign-off", lambda: publisher_from_sign_off(page)),
        ("byline", lambda: publisher_from_byline(paras)),
        ("outlet byline", lambda: publisher_from_outlet_byline(page)),
        ("outlet credit", lambda: publisher_from_outlet_credit(page)),
        ("desk line", lambda: publisher_from_desk_line(page)),
        ("outlet note", lambda: publisher_from_outlet_note(paras)),
        ("own credit", lambda: publisher_from_own_credit(page)),
        ("title suffix", lambda: title_site),
        ("agency credit", lambda: publisher_from_agency_credit(paras)),
        ("logo", lambda: publisher_from_logo(page)),
        ("masthead", lambda: publisher_from_masthead(page)),
        ("name by headline", lambda: publisher_from_name_by_headline(page)),
        ("menu line", lambda: publisher_from_menu_line(page)),
        ("headline line", lambda: publisher_from_headline_line(page)),
        ("site line", lambda: publisher_from_site_lines(page)),
        ("bio", lambda: publisher_from_bio(page)),
        ("wire dateline", lambda: publisher_from_wire_dateline(paras)),
        ("own report", lambda: publisher_from_own_report(paras)),
        ("disclosure", lambda: publisher_from_disclosure(paras)),
        ("page address", lambda: publisher_from_page_address(page)),
        ("mail address", lambda: publisher_from_mail_address(page)),
    )
    for sign, read in signs:
        name = read()
        if name:
            return name, sign
    return "", ""
