"""Named entities: capitalised name chains, their type, and language-independent keys.

- ``norm_key("Singapur") == "singapore"``, ``norm_key("the U.S.") == "us"``,
  ``norm_key("AI Singapur") == "ai singapore"`` (place words inside names are translated too).
- Acronyms defined in the text ("Ministry of Digital Development and Information (MDDI)") make the
  acronym an alias: later "MDDI" gets the full name's key.
- Types: place (gazetteer), event ("ATx summit", "ATxSummit"), org (org words, acronyms, camel case),
  name (anything else: a person or an organisation; the role detector tells persons).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import repeat

import regex
import simplemma

from . import lexicon as L
from .gazetteer import SECTORS, places
from .lang import LANGUAGES, capitalises_nouns, language, merged

_LEGAL = {
    "inc",
    "ltd",
    "llc",
    "corp",
    "corporation",
    "gmbh",
    "ag",
    "plc",
    "sa",
    "nv",
    "bv",
    "co",
    "se",
    "pte",
    "limited",
    "s a",
    "sas",
    "sarl",
    "srl",
    "sl",
}
_LEADING = {"the", "la", "le", "les", "el", "los", "las", "die", "der", "das", "l"}
_NON_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")
_WORD_RUN = regex.compile(r"\S+")  # a word as spaces delimit it
_WHOLE_WORD = regex.compile(r"\w+")


_POSS = regex.compile(r"['’]s\b")
_AFTER_NUMBER = regex.compile(r"\d[\d.,]*\s+(?:(?:mrd|mio|md|mds|tsd)\.?\s+)?$")
_ELISION = regex.compile(r"^\p{L}['’]")  # "L'Organisation": the article elided onto a name
_ELIDED_WORD = regex.compile(r"[LlDd]['’]\p{Ll}")  # "L'américain Brightline Foods": article + common word
_QUOTES = frozenset("\"“”„«»‚‘'")


@lru_cache(maxsize=200_000)
def _fold(s: str) -> str:
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold().replace("&", " and ").replace("ß", "ss")
    if "'" in s or "’" in s:
        s = _POSS.sub("", s)
    return " ".join(_NON_ALNUM.sub(" ", s).split())


@dataclass(frozen=True, slots=True)
class PlaceAliases:
    """The gazetteer's names by which a place is looked up."""

    folded: dict[str, str]  # folded name -> key
    caps: dict[str, str]  # short upper-case aliases ("US", "U.K."), matched case-sensitively -> key
    stems: frozenset[str]  # one-word names without their last letter, the stems of demonyms ("singapur")


@cache
def place_aliases() -> PlaceAliases:
    """The place lookup tables, made from the gazetteer on first use (not when the engine is imported)."""
    folded: dict[str, str] = {}
    caps: dict[str, str] = {}
    for key, names in places().items():
        for name in names:
            bare = name[4:] if name.startswith("the ") else name
            if len(bare.replace(".", "")) <= 3 and bare.replace(".", "").isupper():
                caps[bare] = key
                caps[bare.replace(".", "")] = key
            else:
                folded[_fold(bare)] = key
        folded.setdefault(key, key)
    stems = frozenset(a[:-1] for a in folded if " " not in a and len(a) >= 5)
    return PlaceAliases(folded, caps, stems)


SECTOR_ALIAS: dict[str, str] = {_fold(n): k for k, ns in SECTORS.items() for n in ns + [k]}


@lru_cache(maxsize=200_000)
def place_key(name: str) -> str | None:
    """The gazetteer key of a place name, or None."""
    aliases = place_aliases()
    bare = name.strip()
    if bare.lower().startswith("the "):
        bare = bare[4:]
    if bare in aliases.caps or bare.replace(".", "") in aliases.caps:
        return aliases.caps.get(bare) or aliases.caps.get(bare.replace(".", ""))
    folded = _fold(bare)
    key = aliases.folded.get(folded)
    if key is None and folded.endswith("s") and len(folded) >= 5:
        key = aliases.folded.get(folded[:-1])  # German genitive: "außerhalb Deutschlands", "Chinas Regierung"
    return key


@lru_cache(maxsize=200_000)
def norm_key(name: str, kind: str = "") -> str:
    """A casefolded, accent-free, language-independent key for an entity name."""
    pk = place_key(name)
    if pk:
        return pk
    words = _fold(name).split()
    while words and words[0] in _LEADING and len(words) > 1:
        words = words[1:]
    while len(words) > 1 and words[-1] in _LEGAL:
        words = words[:-1]
    folded = place_aliases().folded
    words = [folded.get(w, w) if len(w) > 3 else w for w in words]
    key = " ".join(words)
    if kind == "event":
        key = key.replace(" ", "")
    return key


def item_key(item: str) -> str:
    """Key of a list item: a sector, a place, or the folded words (plural -s dropped)."""
    f = _fold(item)
    if f in SECTOR_ALIAS:
        return SECTOR_ALIAS[f]
    pk = place_key(item)
    if pk:
        return pk
    return f


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    name: str
    key: str
    type: str  # place|event|org|name
    aliases: list = field(default_factory=list)


_TOKEN = regex.compile(
    r"(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}&.\-]*(?:['’](?![sS]\b)\p{L}+)?|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)"
)
# a capitalised word a hyphen joins to a figure is the figure's noun, no name ("der 31-Jährige", "ein 18-Jähriger",
# "die 3-Zimmer-Wohnung")
_FIGURE_NOUN = regex.compile(r"(?<=\p{N}-)\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*\.?")
_GAP = regex.compile(
    r"[ \u00a0]+(?:(?:" + "|".join(sorted(L.NAME_CONNECTORS, key=len, reverse=True)) + r")[ \u00a0]+){0,2}"
)
_ACRONYM_AFTER = regex.compile(r"[ \u00a0]*\((\p{Lu}[\p{Lu}\p{N}&\-]{1,9})\)")
_EXPANSION_AFTER = regex.compile(r"['’\"”]?[ \u00a0]*\((\p{Lu}[^()]{3,80})\)")
_EVENT_AFTER = regex.compile(r"[ \u00a0]+(" + "|".join(L.EVENT_NOUNS) + r")\b")
_EVENT_SUFFIX = regex.compile(r"(?:" + "|".join(n.capitalize() for n in L.EVENT_NOUNS) + r")$")
_DE_NOUN_SUFFIX = regex.compile(
    r"(?:ung|ungen|heit|keit|schaft|tion|tionen|tät|nis|tum|ismus|ment|ente|ik|eur|ler|ner|"
    r"ungs|chen|ität|ie|ien|ei|ur|nen)$"
)
_HEAD_FIRST = ("fr", "es")  # languages that name a thing by its noun first ("Coupe de France", "Liga de Campeones")
_CALENDAR = {w for ws in list(L.MONTHS.values()) + list(L.WEEKDAYS.values()) for w in ws}
_ROLE_SINGLE = {w for w in L.ROLE_WORDS if " " not in w}
_KNOWN_NOUNS = (
    {w for ws in L.UNIT_NOUNS.values() for w in ws}
    | set(L.EVENT_OBJECTS)
    | set(L.LIST_NOUNS)
    | set(L.RANK_CATEGORIES)
    | set(L.HUB_NOUNS)
    | set(L.OFFICE_NOUNS)
    | set(L.CHANGE_METRICS)
    | {
        "partnerschaft",
        "erklärung",
        "beitrag",
        "team",
        "zugang",
        "ki",
        "ai",
        "ende",
        "anfang",
        "beginn",
        "mitte",
        "jahr",
        "jahres",
        "region",
        "raum",
    }
)


_NOT_NAMES = {
    "ai",
    "ia",
    "ki",
    "it",
    "tv",
    "llm",
    "llms",
    "gdp",
    "bip",
    "pib",
    "ipo",
    "ceo",
    "cfo",
    "cto",
    "coo",
    "api",
    "apis",
    "gpu",
    "gpus",
    "ar",
    "vr",
    "pc",
    "ok",
    "faq",
    "pdf",
    "usd",
    "eur",
    "sgd",
    "q",
    # units of measure written in capitals ("500 MW")
    "kw",
    "mw",
    "gw",
    "tw",
    "kwh",
    "mwh",
    "gwh",
    "twh",
    "km",
    "kg",
    "mb",
    "gb",
    "tb",
    "bps",
    "ghz",
    "q1",
    "q2",
    "q3",
    "q4",
    "h1",
    "h2",
    # scale abbreviations ("1,2 Md€", "300 Mio. Euro")
    "md",
    "mds",
    "mrd",
    "mio",
    "tsd",
}
_ROLE_TOKENS = {
    "chief",
    "officer",
    "president",
    "director",
    "secretary",
    "head",
    "manager",
    "minister",
    "chairman",
    "chairwoman",
    "founder",
    "co-founder",
    "vice",
    "senior",
    "executive",
    "permanent",
    "managing",
    "general",
    "deputy",
    "ceo",
    "cfo",
    "cto",
    "coo",
    "cro",
    "cmo",
    "spokesperson",
    "präsident",
    "präsidentin",
    "geschäftsführer",
    "geschäftsführerin",
    "directeur",
    "directrice",
    "président",
    "présidente",
    "ministre",
    "presidente",
    "directora",
    "ministro",
    "ministra",
    "leiter",
    "leiterin",
    "chef",
    "vorstandschef",
    "gründer",
    "fundador",
    "fondateur",
}


@lru_cache(maxsize=200_000)
def is_demonym(word: str) -> bool:
    """ "Singaporean", "Singapurer", "singapurische": an adjective from a place name, not a name; or one no place's
    name makes, the name of its people's language ("French", "Polish", "Dutch", "Französisch": _language_names)."""
    w = _fold(word)
    if place_key(word) or " " in w:
        return False
    if w in _language_names():
        return True
    if len(w) < 6:
        return False
    stems = place_aliases().stems
    return any(w[:n] in stems for n in range(4, len(w) - 1)) and w[-1] in "nrsehc"


LANGUAGE_NAME_MIN = 4  # shorter names of languages are other words as often ("Ewe", "Lao", "Ido")


@cache
def _language_names() -> frozenset[str]:
    """The names of the world's major languages (ISO 639-1 codes) in each of our languages (CLDR, folded): in
    English they are the adjectives of their peoples ("French court", "Polish institute", "Dutch regulator"),
    which no place's name gives is_demonym a stem for."""
    from babel import Locale  # noqa: PLC0415 - CLDR's tables are read on first use, not when the engine is imported

    return frozenset(
        _fold(name)
        for code in LANGUAGES
        for key, name in Locale.parse(code).languages.items()
        if len(key) == 2 and " " not in name and len(name) >= LANGUAGE_NAME_MIN
    )


# tokens of a person's name that look like an organisation's: a regnal number ("Charles III"), a surname's
# prefix ("O'Brien", "McCarthy", "DeSantis")
_PERSON_TOKEN = regex.compile(r"(?:[IVX]{2,4}|(?:Mc|Mac|O['’]|D['’]|De|Di|Le|La)\p{Lu}\p{Ll}+)")
# a given name or surname of capitalised words a hyphen joins ("Jean-Luc Mélenchon", "Jamie Bynoe-Gittens")
_HYPHENATED_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+")
# an acronym opening a compound of capitalised words ("EU-Kartellchefin", "US-Außenminister")
_ACRONYM_COMPOUND = regex.compile(r"\p{Lu}{2,4}(?:-\p{Lu}\p{Ll}+)+")
# an organisation's acronym on a title ("US-Präsident", "VW-Chef", "EU-Kommissarin") before a person's name
_ACRONYM_TITLE = regex.compile(r"\p{Lu}{2,4}-(\p{Lu}\p{Ll}+)")


@lru_cache(maxsize=200_000)
def is_special(name: str) -> bool:
    """Camel case, all caps, or digits inside a token: a name whatever the language."""
    tokens = name.split()
    for i, tok in enumerate(tokens):
        if len(tokens) > 1 and _PERSON_TOKEN.fullmatch(tok):
            continue
        title = _ACRONYM_TITLE.fullmatch(tok)
        if title and i == 0 and len(tokens) >= 3 and title.group(1).lower() in office_words():
            continue
        core = tok.replace("-", "").replace(".", "").replace("&", "")
        if len(core) >= 2 and (core.isupper() or any(c.isupper() for c in core[1:]) or any(c.isdigit() for c in core)):
            if core.lower() not in _NOT_NAMES:
                return True
    return False


_INITIAL_THEN_NAME = regex.compile(r"[ \u00a0]\p{Lu}\p{Ll}")


def _compound_title(text: str, ch: list[tuple[int, int]], lang: str) -> bool:
    """A compound of capitalised words that opens a person's name in a language that capitalises its nouns says
    what the person is ("Tesla-Chef Musk", "Real-Schlussmann Courtois", "Kardinal-Protodiakon Dominique Mamberti",
    "Ex-Gatten Dominique Pelicot"): its last word is one of the language's nouns, or a person's name follows; one an
    acronym opens, where a person's name follows ("EU-Kartellchefin Margrethe Vestager")."""
    if not language(lang).NOUN_DETERMINERS:
        return False
    word = text[ch[0][0] : ch[0][1]]
    if _ACRONYM_COMPOUND.fullmatch(word):  # before a person's name only: "US-Raumfahrtbehörde NASA" is the agency's
        return _person_words(text, ch[1:], lang)
    if not _HYPHENATED_NAME.fullmatch(word):
        return False
    tail = word.rsplit("-", 1)[1]
    return simplemma.is_known(tail, lang=lang) or _person_words(text, ch[1:], lang)


def _hyphenated_person(name: str, lang: str) -> bool:
    """A name of two words or more whose only capital inside a word follows a hyphen ("Jean-Luc Mélenchon",
    "Jamie Bynoe-Gittens", "Jean-Pierre M."): a person's given name or surname, no camel case. Not a name with a
    place's word, an organisation's ("Paris Saint-Germain", "Dortmund-Real Madrid"), nor in a language that
    capitalises its nouns, where such a word is a compound that says what the person is ("Tesla-Chef Musk")."""
    words = name.split()
    hyphenated = [w for w in words if _HYPHENATED_NAME.fullmatch(w)]
    return (
        len(words) > 1
        and bool(hyphenated)
        and not language(lang).NOUN_DETERMINERS
        and not is_special(" ".join(w for w in words if w not in hyphenated))
        and all(place_key(part) is None for w in words for part in w.split("-"))
    )


def _middle_initial(text: str, s: int, e: int) -> bool:
    """ "A." between two words of a name ("John A. Donnelly"): the initial keeps its dot, so the name goes on;
    a capitalised word before it and a capitalised word (no word that opens sentences) after it."""
    if e - s != 2 or not text[s].isupper() or text[e - 1] != ".":
        return False
    before = text[max(0, s - 30) : s]
    after = _INITIAL_THEN_NAME.match(text, e)
    if not after or not regex.search(r"\p{Lu}\p{Ll}+[ \u00a0]$", before):
        return False
    nxt = regex.match(r"[ \u00a0](\p{L}+)", text[e:])
    return nxt is not None and nxt.group(1).lower() not in L.STOP_CAPS


def _words_written(text: str, lang: str) -> frozenset[str]:
    """The words of a text in a language that capitalises only its nouns and names, as written (none in another
    language): a word opening a sentence that the text also writes lowercase ("Erst Carvajal traf", "Weil Courtois
    patzte" beside "erst", "weil") is neither, so no part of the name after it."""
    return frozenset(_WHOLE_WORD.findall(text)) if capitalises_nouns(lang) else frozenset()


@lru_cache(maxsize=20_000)
def _office_compound(word: str, lang: str) -> bool:
    """A compound ending in an office or a word for what a person is, in a language that writes its compounds as one
    word ("gesundheitsminister", "staatspräsident", "nationaltrainer"): a title before a person's name."""
    return capitalises_nouns(lang) and any(
        word.endswith(o) and len(word) >= len(o) + 3 for o in office_words() if len(o) >= 5
    )


@lru_cache(maxsize=20_000)
def _lowercase_word(word: str, lang: str) -> bool:
    """A capitalised word that the dictionary (simplemma) of a language that capitalises only its nouns and names reads
    as the same word lowercase, one that never inflects: a conjunction or adverb opening a sentence ("Weil Courtois
    patzte", "Erst Carvajal traf"), where the text writes it nowhere else lowercase. Not an inflected adjective, which
    opens names ("Europäische Zentralbank", "Neue Volksfront")."""
    return capitalises_nouns(lang) and simplemma.lemmatize(word, lang=lang) == word.lower()


def _plain_word(word: str, lang: str) -> bool:
    """A word a person's name is made of: capitalised, the rest lowercase, no word that says what a thing is
    (an organisation's word, a title, a place, a common noun's ending)."""
    low = word.lower()
    return (
        len(word) > 1
        and word[0].isupper()
        and word[1:].replace("-", "").isalpha()
        and word[1:].replace("-", "").islower()
        and low not in L.ORG_WORDS
        and low not in office_words()
        and low not in L.STOP_CAPS
        and low not in _KNOWN_NOUNS
        and place_key(word) is None
        and not low.endswith(tuple(language(lang).COMMON_NOUN_ENDINGS))
    )


def _person_words(text: str, ch: list[tuple[int, int]], lang: str) -> bool:
    """Two to four tokens a person's name could be ("Juan Merchan", "John A. Donnelly")."""
    words = [text[a:b] for a, b in ch]
    return 2 <= len(words) <= 4 and all(
        _plain_word(w, lang) or (i and len(w) == 2 and w.endswith(".") and w[0].isupper()) for i, w in enumerate(words)
    )


def _german_particle_name(text: str, chain: list[tuple[int, int]], gap: str, nxt: tuple[int, int]) -> bool:
    """ "Ursula von der Leyen": one given name, the name's own particles (lexicon NAME_PARTICLES, not opened by
    an article), one surname; not "Chef von Reform" (a title), "Präsidentin der Kommission" (an article)."""
    words = gap.split()
    if len(chain) != 1 or not words or words[0] in language("de").ARTICLES:
        return False
    if any(w not in L.NAME_PARTICLES for w in words):
        return False
    first, last = text[chain[0][0] : chain[0][1]], text[nxt[0] : nxt[1]]
    before = text[max(0, chain[0][0] - 12) : chain[0][0]].lower().split()
    return (
        _plain_word(first, "de")
        and not (before and before[-1] in L.NOUN_DETERMINERS)  # "die Papiere von Nvidia"
        and simplemma.lemmatize(first, lang="de") == first  # a noun's plural is no given name
        and _plain_word(last, "de")
        and not _DE_NOUN_SUFFIX.search(first.lower())
        and not _DE_NOUN_SUFFIX.search(last.lower())
        and not _describes_actor(first.lower())
    )


def _particle_name(text: str, ch: list[tuple[int, int]], lang: str) -> bool:
    """ "Henri de Castries", "Luis de la Fuente", "Vincent van Gogh" opening a sentence: a given name, the name's
    own particles, a surname; not "Ventes de Renault" (a common noun: the dictionary knows it in lowercase) nor
    a word the text also writes in lowercase."""
    if len(ch) != 2:
        return False
    first, last = text[ch[0][0] : ch[0][1]], text[ch[1][0] : ch[1][1]]
    gap = text[ch[0][1] : ch[1][0]].split()
    if (
        not gap
        or any(g not in L.NAME_PARTICLES for g in gap)
        or not (_plain_word(first, lang) and _plain_word(last, lang))
    ):
        return False
    word = first.lower()
    lemma = simplemma.lemmatize(word, lang=lang)
    known_as_name = lemma[:1].isupper()  # the dictionary gives a given name capitalised ("luis" -> "Luis")
    unknown = not simplemma.is_known(word, lang=lang) and not regex.search(
        rf"(?<!\p{{L}}){regex.escape(word)}(?!\p{{L}})", text
    )
    return known_as_name or unknown


def _genitive_before_noun(text: str, ch: list[tuple[int, int]]) -> bool:
    """German "Sabitzers Distanzschuss", "Trumps Anwälte": a name the text gives elsewhere, in the genitive,
    before a common noun of its own (known to the dictionary, of a noun's ending, or a long compound)."""
    (a, b), (c, d) = ch
    head, noun = text[a:b], text[c:d]
    return (
        head.endswith("s")
        and len(head) > 3
        and not text[b:c].strip()
        and noun[1:].islower()
        and (
            simplemma.is_known(noun, lang="de")
            or bool(_DE_NOUN_SUFFIX.search(noun.lower()))
            or noun.lower() in _KNOWN_NOUNS
            or len(noun) >= 10
        )
        and regex.search(r"(?<!\p{L})" + regex.escape(head[:-1]) + r"(?!\p{L})", text) is not None
    )


def _split_person_runs(text: str, ch: list[tuple[int, int]], lang: str) -> list[list[tuple[int, int]]]:
    """A person's name the chain ran on past: "Juan Merchan del Tribunal Supremo" (a name, then "of" and an
    institution), "Reform UK de Nigel Farage" (a party "of" a person), German "Nigel Farages Reformpartei" (a
    name in the genitive before a noun). "Charles de Gaulle", "Ursula von der Leyen" stay whole: one word
    before the particle."""
    if lang == "de" and len(ch) == 2 and _genitive_before_noun(text, ch):
        return [[(ch[0][0], ch[0][1] - 1)]]
    if len(ch) < 3:
        return [ch]
    links = {w for code in {lang, "en"} for w in (*language(code).OF_WORDS, *language(code).ARTICLES)}
    for i in range(1, len(ch)):
        gap = text[ch[i - 1][1] : ch[i][0]].split()
        if not gap or gap[0] not in links or gap[0] in language(lang).ARTICLES:
            continue
        head, tail = ch[:i], ch[i:]
        # a lead title is none of the name ("El juez Juan Merchan", "Richter Juan Merchan")
        while head and _lead_title(text[head[0][0] : head[0][1]].lower()):
            head = head[1:]
        if _person_words(text, head, lang) and (len(tail) >= 2 or not _plain_word(text[tail[0][0] : tail[0][1]], lang)):
            return [ch[:i], tail]
        if i == len(ch) - len(tail) and any(is_special(text[a:b]) for a, b in head) and _person_words(text, tail, lang):
            return [head, tail]
    if lang == "de":
        for i in range(2, len(ch)):
            a, b = ch[i - 1]
            noun = text[ch[i][0] : ch[i][1]]
            if (
                text[a:b].endswith("s")
                and _person_words(text, [*ch[: i - 1], (a, b - 1)], lang)
                and noun[1:].islower()
                and (_DE_NOUN_SUFFIX.search(noun.lower()) or noun.lower() in _KNOWN_NOUNS or len(noun) >= 10)
            ):
                return [[*ch[: i - 1], (a, b - 1)], ch[i:]]
    return [ch]


def find_entities(text: str, low: str, lang: str, sentence_starts: set[int]) -> list[Entity]:
    toks = [(m.start(), m.end()) for m in _TOKEN.finditer(text) if not _FIGURE_NOUN.fullmatch(text, m.start(), m.end())]
    # trim trailing dots that are sentence stops (keep "U.S.", "Inc.")
    clean = []
    for s, e in toks:
        t = text[s:e]
        while t.endswith((".", "-")) and not (t.endswith(".") and t.count(".") > 1) and len(t) > 1:
            if _middle_initial(text, s, e):
                break
            t = t[:-1]
            e -= 1
        clean.append((s, e))
    # A capitalised word that opens a sentence is an ordinary word unless the text also capitalises it
    # inside a sentence ("Toyota will spend ..." / "... said Toyota"); German capitalises every noun.
    named_mid_sentence = (
        set()
        if lang == "de"
        else {
            text[s:e]
            for i, (s, e) in enumerate(clean)
            if s not in sentence_starts
            and text[s].isupper()
            and i
            and text[clean[i - 1][1] : s].strip(" \u00a0") not in (".", "!", "?", ":", '"', "“", "”", "«", "»")
        }
    )
    chains: list[list[tuple[int, int]]] = []
    for s, e in clean:
        if chains:
            ps, pe = chains[-1][-1]
            gap = text[pe:s]
            g = _GAP.fullmatch(gap) if gap else None
            if g and "\n" not in gap:
                words = gap.split()
                if (
                    lang == "de"
                    and not _german_particle_name(text, chains[-1], gap, (s, e))
                    and (
                        any(w in ("von", "des", "der", "die", "das") for w in words)
                        or any(
                            not is_special(text[a:b])
                            and place_key(text[a:b]) is None
                            and text[a:b].lower() in _KNOWN_NOUNS
                            for a, b in ((s, e), (ps, pe))
                            if (a, b) == (s, e) or text[a + 1 : b].islower()  # "Jahr Umsätze", not "AI Singapur"
                        )
                    )
                ):
                    chains.append([(s, e)])
                    continue
                tok_l = text[s:e].lower()
                prev_l = text[ps:pe].lower()
                ok = True
                if words:
                    # "and" joins only inside an "of"-name: "Ministry of X and Y", not "OpenAI and Google"
                    if any(w in L.NAME_AND for w in words):
                        ok = any(text[a:b].lower() in ("of", "for", "de", "für") for a, b in _gaps(text, chains[-1]))
                    if words[-1] in ("the", "la", "le", "el", "der", "die", "das") and len(words) == 1:
                        ok = False
                if (
                    tok_l in _ROLE_SINGLE
                    or prev_l in _ROLE_SINGLE
                    or (tok_l in L.STOP_CAPS and not _middle_initial(text, s, e))
                ):
                    ok = False
                if ok:
                    chains[-1].append((s, e))
                    continue
        chains.append([(s, e)])
    split: list[list[tuple[int, int]]] = []
    for ch in chains:  # cut role titles out of chains: "Chief Revenue Officer", "Permanent Secretary"
        idx = [i for i, (a, b) in enumerate(ch) if text[a:b].lower() in _ROLE_TOKENS]
        if idx:
            if ch[: idx[0]]:
                split.append(ch[: idx[0]])
            if ch[idx[-1] + 1 :]:
                split.append(ch[idx[-1] + 1 :])
        else:
            split.append(ch)
    split = [part for ch in split for part in _split_person_runs(text, ch, lang)]
    out: list[Entity] = []
    written = _words_written(text, lang)
    opening: list[tuple[int, int]] = []  # German one-word names opening a sentence: kept if named elsewhere
    after_word: list[tuple[int, int]] = []  # German one-word names after a word: kept if a person's surname
    for ch in split:
        # drop leading function words ("The", "In", "According"), sentence-initial ordinary words and words
        # that describe the actor ("Gewerkschaft IG Metall", "US-Chipriese Nvidia"); never down to a bare
        # legal form ("Mars Inc.": "Mars" is also a month) nor inside a place's name ("New York")
        described = False  # a name after a word that describes it ("der Stürmer Nico Williams")
        while ch:
            s, e = ch[0]
            w = text[s:e]
            wl = w.lower()
            if len(ch) > 1 and (all(_fold(text[a:b]) in _LEGAL for a, b in ch[1:]) or place_key(text[s : ch[-1][1]])):
                break  # "Mars Inc.", "New York"
            if (
                wl in L.STOP_CAPS
                or wl in _ROLE_SINGLE
                or wl in L.ROLE_WORDS
                or (wl in _CALENDAR and not described)  # "der Süßwarenkonzern Mars"
                or _ELIDED_WORD.match(w)
                or (s in sentence_starts and len(ch) > 1 and (wl in written or _lowercase_word(w, lang)))
            ):
                ch = ch[1:]
                continue
            if (
                len(ch) > 1
                and (_describes_actor(wl) or _compound_title(text, ch, lang))
                and not text[e : ch[1][0]].strip()
            ):
                ch, described = ch[1:], True
                continue
            if (
                len(ch) > 1
                and capitalises_nouns(lang)
                and not text[e : ch[1][0]].strip()
                and _inflected_noun(w, lang)
                and text[s - 1 : s] not in _QUOTES
                and not _AFTER_NUMBER.search(low[max(0, s - 16) : s])  # "75 Millionen Euro Ablöse": a unit, below
            ):
                ch = ch[1:]  # "vor Jahren Haft", "den Astronauten Jared Isaacman": a common noun opens no name
                continue
            if len(ch) > 2 and _office_compound(wl, lang) and _person_words(text, ch[1:], lang):
                ch, described = ch[1:], True  # "Gesundheitsminister Sabin Nsanzimana", "Staatspräsident Nicușor Dan"
                continue
            if (
                s in sentence_starts
                and not is_special(w)
                and place_key(w) is None
                and w not in named_mid_sentence
                and (len(ch) == 1 or (lang != "de" and text[e : ch[1][0]].strip() and wl not in L.ORG_WORDS))
                and not _particle_name(text, ch, lang)
            ):
                # "Toyota" opening a sentence and named nowhere else is an ordinary word, and so is "Shares" in
                # "Shares of Kellanova rose"
                if lang == "de" and len(ch) == 1:
                    opening.append((s, e))
                ch = ch[1:]
                continue
            break
        if not ch:
            continue
        s, e = ch[0][0], ch[-1][1]
        name = text[s:e]
        single = len(ch) == 1
        if single and (len(name) < 2 or name.lower() in _NOT_NAMES):
            continue
        if lang == "de" and _AFTER_NUMBER.search(low[max(0, s - 16) : s]) and not is_special(name):
            continue  # German nouns after a number are units, not names: "3,3 Prozent", "1,2 Milliarden Euro"
            # (an acronym is a name: "CDU/CSU 28,5 % +4,4 AfD 20,8 %")
        if single and lang == "de" and not described and not is_special(name) and place_key(name) is None:
            prev = low[max(0, s - 14) : s].split()
            described = bool(prev) and _describes_actor(prev[-1])  # "die Firma Crowdstrike"
            if not described and (
                not prev
                or prev[-1] in L.NOUN_DETERMINERS
                or prev[-1] in _KNOWN_NOUNS
                or prev[-1].endswith(("en", "em", "er", "es", "e"))
                or _DE_NOUN_SUFFIX.search(name.lower())
                or name.lower() in _KNOWN_NOUNS
                or (_inflected_noun(name, lang) and text[s - 1 : s] not in _QUOTES)  # a club "Pulse" is named
                or s in sentence_starts
            ):
                if s not in sentence_starts:
                    after_word.append((s, e))
                continue
        if single and name.lower() in _KNOWN_NOUNS and not is_special(name):
            continue
        if single and is_demonym(name):
            continue
        typ = "name"
        ev = _EVENT_AFTER.match(low, e)
        if place_key(name):
            typ = "place"
        elif ev:
            e = ev.end()
            name = text[s:e]
            typ = "event"
        elif (
            _EVENT_SUFFIX.search(name)
            or name.split()[-1].lower() in L.EVENT_NOUNS
            or (lang in _HEAD_FIRST and len(ch) > 1 and name.split()[0].lower() in L.EVENT_NOUNS)
        ):
            typ = "event"  # "Champions League", "Cumbre del G20", "Liga de Campeones", "Coupe de France"
        elif any(text[a:b].lower().rstrip(".") in L.ORG_WORDS for a, b in ch) or (
            is_special(name) and not _hyphenated_person(name, lang)
        ):
            typ = "org"
        ent = Entity(s, e, name, norm_key(name, typ), typ)
        out.append(ent)
    if opening or after_word:
        out = _named_elsewhere(text, out, opening, after_word)
    out = _split_named_prefix(text, out)
    _places_in_lists(text, out)
    if lang == "de":
        out = _compound_heads(out)
    _extend_to_acronym(text, out)
    _extend_with_adjectives(text, out, lang)
    out = _party_names(text, low, out, lang)
    _link_acronyms(text, out)
    return out


@lru_cache(maxsize=8)
def _party_matcher(lang: str) -> tuple[regex.Pattern, dict[str, tuple[str, bool]], frozenset[str]] | None:
    """(a pattern of the party names of ``lang``, every language's when it is unknown; folded name -> (family
    key, whether the name is capitalised); the articles a lowercase party noun needs before it)."""
    codes = [lang] if lang in LANGUAGES else list(LANGUAGES)
    tables = [language(code).PARTY_FAMILIES for code in codes]
    names = {name: key for table in tables for key, forms in table.items() for name in forms}
    if not names:
        return None
    families = {_fold(name): (key, name[:1].isupper()) for name, key in names.items()}
    # matched on the lowercased text: a case-blind pattern of hundreds of names is several times slower
    flexible = (
        regex.escape(n.lower()).replace(r"\-", r"[-\s]").replace(r"\ ", r"[-\s]")
        for n in sorted(names, key=len, reverse=True)
    )
    articles = frozenset(a for code in codes for a in language(code).ARTICLES)
    return (
        regex.compile(r"(?<![\p{L}\p{N}-])(?:" + "|".join(flexible) + r")(?![\p{L}\p{N}-])"),
        families,
        articles,
    )


def _party_names(text: str, low: str, ents: list[Entity], lang: str) -> list[Entity]:
    """A party's name or its members' plural noun ("Parti travailliste", "the Tories", "los laboristas") is the
    party, one actor under its political family's key in every language: a name the table capitalises only as
    written so ("die Grünen", not "die grünen Wiesen"), a lowercase noun only after an article ("les
    conservateurs", not "des estimations conservatrices"). Where the text gives the party's acronym too, the
    acronym is its key, as reports in every language write it ("SPD")."""
    matcher = _party_matcher(lang)
    if matcher is None:
        return ents
    rx, families, articles = matcher
    found = []
    for m in rx.finditer(low):
        written = text[m.start() : m.end()]
        key, capitalised = families[_fold(written)]
        if written[:1].islower():
            before = text[max(0, m.start() - 12) : m.start()].split()
            if capitalised or not before or before[-1].lower() not in articles:
                continue
        found.append((m.start(), m.end(), key))
    if not found:
        return ents
    acronyms = _party_acronyms(text, ents, found, lang)
    out = list(ents)
    for a, b, family in found:
        key = acronyms.get(family, family)
        covering = [en for en in out if en.start <= a and en.end >= b]
        if covering:  # "Partido Laborista británico": the longer name is the party's
            for en in covering:
                en.key, en.type = key, "org"
                if leader := _person_after(text, b, en.end, lang):  # "Partido Laborista Keir Starmer"
                    en.end, en.name = b, text[en.start : b]
                    out.append(leader)
            out.sort(key=lambda en: en.start)
            continue
        out = [en for en in out if en.end <= a or en.start >= b]
        out.append(Entity(a, b, text[a:b], key, "org"))
    return sorted(out, key=lambda en: en.start)


_WORDS_AFTER = regex.compile(r"[ \u00a0]+(\S+(?:[ \u00a0]+\S+)*)")


def _person_after(text: str, start: int, end: int, lang: str) -> Entity | None:
    """The person's name a party's name chain ran on into ("the Labour Party Keir Starmer", "des Travaillistes Keir
    Starmer": its leader, named right after it): two to four words a person's name is made of, else None."""
    m = _WORDS_AFTER.fullmatch(text, start, end)
    if m is None:
        return None
    words = [(w.start(), w.end()) for w in _WORD_RUN.finditer(text, m.start(1), end)]
    if not _person_words(text, words, lang):
        return None
    name = m.group(1)
    return Entity(m.start(1), end, name, norm_key(name), "name")


@lru_cache(maxsize=8)
def _acronym_link(lang: str) -> regex.Pattern:
    """The party's acronym right after its name: "(SPD)", "del SPD", "of the SPD"."""
    codes = [lang] if lang in LANGUAGES else list(LANGUAGES)
    links = {w for code in codes for w in (*language(code).OF_WORDS, *language(code).ARTICLES) if not w.endswith("'")}
    link = "|".join(sorted(map(regex.escape, links), key=len, reverse=True))
    return regex.compile(r"[ \u00a0]*(?:\((\p{Lu}{2,6})\)|(?:(?:" + link + r")[ \u00a0]+){1,2}(\p{Lu}{2,6})\b)")


def _party_acronyms(text: str, ents: list[Entity], found: list[tuple[int, int, str]], lang: str) -> dict[str, str]:
    """Family key -> the key of the one acronym the text gives that party: written right after one of its
    names ("les sociaux-démocrates (SPD)", "los socialdemócratas del SPD"), or spelled by the initials of its
    full name ("the Social Democratic Party of Germany" ... "the SPD")."""
    tied: dict[str, set[str]] = {}
    link = _acronym_link(lang)
    capitals = {en.name for en in ents if en.name.isupper() and 2 <= len(en.name) <= 6}
    for a, b, family in found:
        if m := link.match(text, b):
            tied.setdefault(family, set()).add(m.group(1) or m.group(2))
            continue
        full = max((en.name for en in ents if en.start <= a and en.end >= b), key=len, default=text[a:b])
        initials = {w[0].upper() for w in full.split() if w[:1].isupper()}
        tied.setdefault(family, set()).update(c for c in capitals if len(initials) >= 2 and set(c) <= initials)
    return {family: norm_key(next(iter(names))) for family, names in tied.items() if len(names) == 1}


@lru_cache(maxsize=8)
def _adjectives_after(lang: str):
    endings = language(lang).NAME_ADJECTIVE_ENDINGS
    if not endings:
        return None
    ending = "|".join(sorted(map(regex.escape, endings), key=len, reverse=True))
    word = r"\p{Ll}[\p{Ll}\-]{2,}(?:" + ending + r")(?![\p{L}\p{N}'’])"
    return regex.compile(r"(?:[ \u00a0]+" + word + r"){1,2}")


_LIST_GAP = regex.compile(
    r"[ \u00a0]*(?:,|/|;)[ \u00a0]*|[ \u00a0]+(?:" + "|".join(map(regex.escape, sorted(L.NAME_AND))) + r")[ \u00a0]+"
)


def _places_in_lists(text: str, ents: list[Entity]) -> None:
    """ "Frankfurt, Peking, Düsseldorf, München": a name listed between places is a place the gazetteer lacks."""
    for prev, en, nxt in zip(ents, ents[1:], ents[2:]):
        if (
            en.type == "name"
            and prev.type == nxt.type == "place"
            and " " not in en.name
            and _LIST_GAP.fullmatch(text, prev.end, en.start)
            and _LIST_GAP.fullmatch(text, en.end, nxt.start)
        ):
            en.type = "place"


def _split_named_prefix(text: str, ents: list[Entity]) -> list[Entity]:
    """ "le PDG de Crowdstrike George Kurtz": a name the text gives alone elsewhere ("Crowdstrike"), then a
    name of two words or more, are two actors, not one."""
    alone = {en.key for en in ents if " " not in en.name and en.type in ("org", "name")}
    if not alone:
        return ents
    out = []
    for en in ents:
        # only a name of three words or more may open with another name: most entities are one or two words
        words = list(_WORD_RUN.finditer(en.name)) if en.type in ("org", "name") and len(en.name.split()) >= 3 else []
        cut = (
            next(
                (i for i in range(1, len(words) - 1) if norm_key(en.name[: words[i - 1].end()]) in alone),
                0,
            )
            if len(words) >= 3
            else 0
        )
        if not cut:
            out.append(en)
            continue
        head, tail = en.name[: words[cut - 1].end()], en.name[words[cut].start() :]
        out.append(Entity(en.start, en.start + len(head), head, norm_key(head), "org" if is_special(head) else "name"))
        tail_start = en.start + words[cut].start()
        out.append(Entity(tail_start, en.end, tail, norm_key(tail), "name"))
    return out


def _compound_heads(ents: list[Entity]) -> list[Entity]:
    """German compounds of a name and a common noun name a thing of the name's: "Nvidia-Aktie" is Nvidia's
    share, "EZB-Rat" the ECB's council (the name acts for them); "IT-Pannen", "US-Wirtschaft" name no actor."""
    alone = {en.name for en in ents if "-" not in en.name}
    out = []
    for en in ents:
        name, _, head = en.name.rpartition("-")
        if (
            " " in en.name
            or not name
            or not (head[:1].isupper() and head[1:].islower() and len(head) >= 3)
            or not (is_special(name) or name in alone or name.lower() in _NOT_NAMES)
            or not simplemma.is_known(head, lang="de")
        ):
            out.append(en)
        elif name.lower() not in _NOT_NAMES and not place_key(name):
            typ = "org" if is_special(name) else en.type
            out.append(Entity(en.start, en.start + len(name), name, norm_key(name, typ), typ))
    return out


@lru_cache(maxsize=20_000)
def _is_verb(word: str, lang: str, infinitives: tuple[str, ...]) -> bool:
    """A conjugated verb: its lemma is another word, an infinitive ("insiste" -> "insister")."""
    lemma = simplemma.lemmatize(word, lang=lang).lower()
    return lemma != word and lemma.endswith(infinitives)


def _extend_with_adjectives(text: str, ents: list[Entity], lang: str) -> None:
    """ "le Rassemblement national", "la Banque centrale européenne", "el Banco central europeo": French and
    Spanish write the adjectives of a name in lowercase after its capitalised noun; they belong to the name."""
    rx = _adjectives_after(lang)
    if rx is None:
        return
    infinitives = tuple(language(lang).INFINITIVE_ENDINGS)
    for en in ents:
        if en.type in ("org", "name") and en.name[-1:].isalpha() and (m := rx.match(text, en.end)):
            # up to a verb: "Oliver Blume insiste", "Volkswagen précise", "le Parti travailliste arrive"
            end = en.end
            for word in _WORD_RUN.finditer(text, pos=en.end, endpos=m.end()):
                if _is_verb(word.group(0), lang, infinitives):
                    break
                end = word.end()
            if end == en.end:
                continue
            en.end = end
            en.name = text[en.start : en.end]
            en.key = norm_key(en.name, en.type)


def _named_elsewhere(
    text: str, ents: list[Entity], opening: list[tuple[int, int]], after_word: list[tuple[int, int]]
) -> list[Entity]:
    """German capitalises every noun, so a word opening a sentence is a name only where the text names it
    as one elsewhere ("Kellanova verzeichnete ..." after "... die Übernahme von Kellanova"), and a word after
    an adjective or a verb only where it is the surname of a person the text names in full ("der 69-jährige
    Prevost", "sagte Müller" after "Kardinal Robert Prevost", "Thomas Müller")."""
    known = {en.name: (en.key, en.type) for en in ents if " " not in en.name}
    surnames = {}
    for en in ents:  # a surname ("Merz erreichte ..." after "Friedrich Merz")
        last = en.name.rsplit(" ", 1)[-1]
        if en.type == "name" and " " in en.name and last[1:].islower():
            surnames.setdefault(last, (norm_key(last), "name"))
    known = {**surnames, **known}
    found = [Entity(s, e, text[s:e], *known[text[s:e]]) for s, e in opening if text[s:e] in known]
    found += [Entity(s, e, text[s:e], *surnames[text[s:e]]) for s, e in after_word if text[s:e] in surnames]
    return sorted(ents + found, key=lambda en: en.start) if found else ents


@lru_cache(maxsize=20_000)
def _inflected_noun(word: str, lang: str) -> bool:
    """A common noun in one of its inflected forms ("in Krankenhäusern", "vor Jahren", "Todesfälle"): the language's
    dictionary (simplemma) reads it as its capitalised lemma with an ending added, where a name is written as it is.
    Not a name's genitive ("Merkels", "Deutschlands"), nor a given name the dictionary takes for another word ("Toni"
    for "Tonus"), nor an adjective, which inflects inside a name too ("Demokratischen Republik", "Deutschen Bahn"):
    written lowercase, it is read as the adjective its capitalised lemma starts with ("demokratisch")."""
    lemma = simplemma.lemmatize(word, lang=lang)
    if lemma == word or not lemma[:1].isupper() or word == lemma + "s" or not _fold(word).startswith(_fold(lemma)):
        return False
    lower = simplemma.lemmatize(word.lower(), lang=lang)
    return not (lower.islower() and lemma.lower().startswith(lower))


@lru_cache(maxsize=20_000)
def _describes_actor(word: str) -> bool:
    """ "Gewerkschaft", "chipmaker", "US-Chipriese", "Autobauer": a noun that says what kind of actor follows."""
    if word in L.ACTOR_NOUNS:  # "right-back"
        return True
    word = word.rsplit("-", 1)[-1]
    forms = (word, word[:-1], word[:-2]) if len(word) > 6 else (word,)  # "des Chipkonzerns", "den Produzenten"
    return any(
        form in L.ACTOR_NOUNS
        or any(form.endswith(noun) and len(form) >= len(noun) + 3 for noun in L.ACTOR_NOUNS if len(noun) >= 5)
        for form in forms
    )


_LOWER_WORDS_THEN_ACRONYM = regex.compile(r"((?:[  ]+\p{Ll}[\p{Ll}'’-]*){1,4})[  ]*\((\p{Lu}[\p{Lu}&\-]{1,9})\)")


def _extend_to_acronym(text: str, ents: list[Entity]) -> None:
    """ "la Banque centrale européenne (BCE)", "Organisation mondiale de la santé (OMS)": lowercase words of a
    name that its bracketed acronym spells belong to the name."""
    for en in ents:
        m = _LOWER_WORDS_THEN_ACRONYM.match(text, en.end)
        if not m or en.type == "place":
            continue
        words = [_ELISION.sub("", w) for w in (en.name + m.group(1)).split()]
        initials = "".join(w[0] for w in words if w and w.lower() not in L.NAME_CONNECTORS).upper()
        if initials == m.group(2).replace("&", "").replace("-", ""):
            en.end = en.end + len(m.group(1))
            en.name = text[en.start : en.end]
            en.type = "org"
            en.key = norm_key(en.name, en.type)


def _gaps(text, chain):
    """(start, end) of the connector words between the tokens of a chain."""
    res = []
    for (_, b), (c, _) in zip(chain, chain[1:]):
        for m in _WORD_RUN.finditer(text[b:c]):
            res.append((b + m.start(), b + m.end()))
    return res


def _link_acronyms(text: str, ents: list[Entity]) -> None:
    """ "Long Name (ACR)" makes ACR an alias of Long Name's key; "ACR (Long Name)" the other way."""
    alias: dict[str, tuple[str, str]] = {}
    by_start = {en.start: en for en in ents}
    for en in ents:
        m = _ACRONYM_AFTER.match(text, en.end)
        if m and len(en.name.split()) >= 2 and en.type != "place":
            acr = m.group(1)
            initials = "".join(w[0] for w in map(_ELISION.sub, repeat(""), en.name.split()) if w[:1].isupper())
            if acr[0] == initials[:1] or acr in en.name:
                alias[acr] = (en.key, en.type)
                en.aliases.append(acr)
                if acr_en := by_start.get(m.start(1)):
                    acr_en.key, acr_en.type = en.key, en.type if en.type != "name" else "org"
            continue
        m = _EXPANSION_AFTER.match(text, en.end)
        if m and is_special(en.name) and len(en.name.split()) == 1:
            en.type = "org" if en.type == "name" else en.type
            en.aliases.append(m.group(1))
    if alias:
        for en in ents:
            bare = _ELISION.sub("", en.name)  # "l'OMS"
            if bare in alias and not en.aliases:
                en.key, typ = alias[bare]
                if en.type in ("name", "org"):
                    en.type = typ if typ != "name" else "org"


@cache
def title_words() -> frozenset[str]:
    """The words a report sets before a person's name, one word each: a courtesy title ("Herr", "Mr", "M.", "Mme",
    "Sr.", "doña") or an :func:`office word <office_words>`; a name chain takes them in when capitalised ("Premier
    Rishi Sunak", "Mr Keir Starmer") though they are none of the name (made from the language tables on first use,
    not when the engine is imported)."""
    return frozenset(w for w in merged("HONORIFICS") if " " not in w) | office_words()


@cache
def office_words() -> frozenset[str]:
    """The title words that say an office or what a person is ("Präsident", "presidenta", "Premier", "juez"), one
    word each: no courtesy title."""
    return frozenset(w for w in (*merged("ROLE_WORDS"), *merged("ACTOR_NOUNS")) if " " not in w)


def _lead_title(word: str) -> bool:
    """A word (lowercase) that opens a name chain as none of the name: a capitalised stop word or an office ("El
    juez Juan Merchan", "Richter Juan Merchan")."""
    return word in L.STOP_CAPS or word in office_words()


@cache
def _name_titles() -> frozenset[str]:
    """:func:`title_words` without their abbreviation's point, as the names of role claims are read with them."""
    return frozenset(w.rstrip(".") for w in title_words())


def without_title(words: list[str]) -> list[str]:
    """The words of a person's name (casefolded) without the courtesy titles or office words that open it: "Herr
    Tavares" -> "Tavares", "presidenta Claudia Sheinbaum" -> "Claudia Sheinbaum", "Mme Le Pen" -> "Le Pen". One
    word at least stays: a name made only of such words is left whole."""
    titles, i = _name_titles(), 0
    while i < len(words) - 1 and words[i] in titles:
        i += 1
    return words[i:]


_GENERATION = regex.compile(r"(?:jr|sr|junior|senior|[ivx]+)\.?")  # "Jr.", "III": a namesake of another generation


def fuller_name(short: list[str], long_: list[str]) -> bool:
    """Whether the words of a person's name ``long_`` are those of ``short`` with given or family names added: a
    middle name ("Robert Prevost" / "Robert Francis Prevost", "Jair Messias Bolsonaro"), a second family name
    ("Claudia Sheinbaum" / "Claudia Sheinbaum Pardo", "Pedro Sánchez Pérez-Castejón"). The shorter names two
    words at least, the longer opens with its first word and holds its words in order; no word added is an
    initial (_without_initials in align.py tells those) or a generation's mark ("Donald Trump Jr.", "Henry Ford
    II", "Junior": another person, as like as not)."""
    if len(short) < 2 or len(long_) <= len(short) or short[0] != long_[0]:
        return False
    added, i = [], 0
    for w in long_:
        if i < len(short) and w == short[i]:
            i += 1
        else:
            added.append(w)
    return i == len(short) and all(len(w) > 1 and not _GENERATION.fullmatch(w) for w in added)


@cache
def _name_spellings(code: str) -> tuple[regex.Pattern, tuple[str, ...]]:
    """One language's NAME_SPELLINGS as one pattern of alternatives tried in the table's order, and the form each
    alternative becomes: a single pass, so a form one rule writes is never rewritten by the next ("tsch" -> "ch",
    never on to "kh")."""
    table = language(code).NAME_SPELLINGS
    return regex.compile("|".join(f"({pattern})" for pattern, _ in table)), tuple(form for _, form in table)


def spelling_key(words: tuple[str, ...], code: str) -> tuple[str, ...]:
    """The words of a person's name as language ``code`` would say them, spelled one way: accents folded, the
    language's ways of writing a sound rewritten to one form (NAME_SPELLINGS), "y" as "i" and a doubled letter as
    one ("Zelenskyy", "Zelenski", "Selenskyj" and "Zelensky" all "zelenski"; "Netanjahu" / "Netanyahou",
    "Chamenei" / "Jamenei" / "Khamenei", "Poutine" / "Putin"). Names whose keys agree may be one person
    spelled by two languages; the key says nothing of which language a text is in, so callers try each."""
    pattern, forms = _name_spellings(code)
    out = []
    for word in words:
        folded = "".join(ch for ch in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(ch))
        said = pattern.sub(lambda m: forms[m.lastindex - 1], folded.replace("ı", "i"))
        out.append(regex.sub(r"(.)\1+", r"\1", said.replace("y", "i")))
    return tuple(out)
