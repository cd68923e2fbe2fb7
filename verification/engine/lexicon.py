"""Per-language cue words (en, de, fr, es) the detectors use to type and slot a value.

Everything here is about the LANGUAGES (how a funding round, a job count or "end of this year" is
said), never about one article. Forms are lowercase; patterns are matched on a lowercased copy of the
text of the same length (see ``lower_same_len``), so offsets stay valid.

Tables that map words to keys (``UNIT_NOUNS``, ``ROLE_WORDS``...) are the language-independent
vocabulary the cross-checker aligns on.
"""

from __future__ import annotations

import re

from .lang import joined, merged

LANGS = ("en", "de", "fr", "es")


def lower_same_len(text: str) -> str:
    """``text.lower()`` but guaranteed to keep every offset (a few characters grow when lowercased)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def alt(words) -> str:
    """A regex alternation of words, longest first (so "more than" wins over "more")."""
    return "|".join(sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True))


# --- numbers -------------------------------------------------------------------------------------

NUMBER_WORDS = merged("NUMBER_WORDS")
# words that are also very common non-numbers: only read as numbers before a unit noun
AMBIGUOUS_NUMBER_WORDS = merged("AMBIGUOUS_NUMBER_WORDS")

# scale words -> multiplier; "billion" words are language dependent (long scale in de/fr/es)
SCALE_SHORT = {  # attached forms: $1m, S$300M, $10bn, 5k
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "tn": 1e12,
    "t": 1e12,
}
SCALE_WORDS = merged("SCALE_WORDS")
LONG_SCALE_LANGS = {"de", "fr", "es", "it", "pt", "nl"}  # "Billion"/"billion"/"billón" = 10^12 there
DECIMAL_COMMA_LANGS = {
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "pl",
    "cs",
    "da",
    "sv",
    "nb",
    "fi",
    "tr",
    "ru",
    "id",
    "ro",
    "hu",
}

# qualifiers before a number -> (qualifier, direction)
QUALIFIERS_BEFORE = merged("QUALIFIERS_BEFORE")
QUALIFIERS_AFTER = merged("QUALIFIERS_AFTER")
RANGE_OPENERS = joined("RANGE_OPENERS")

# --- currencies ----------------------------------------------------------------------------------

CURRENCY_SYMBOLS = {  # prefix (or suffix) symbols
    "us$": "USD",
    "u.s.$": "USD",
    "s$": "SGD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "nt$": "TWD",
    "r$": "BRL",
    "mx$": "MXN",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₪": "ILS",
    "₫": "VND",
    "฿": "THB",
    "rm": "MYR",
    "rp": "IDR",
    "fr.": "CHF",
    "rs": "INR",
    "rs.": "INR",
    "$": "$",
}
CURRENCY_CODES = (
    "USD",
    "SGD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "RMB",
    "HKD",
    "AUD",
    "CAD",
    "CHF",
    "INR",
    "KRW",
    "TWD",
    "NZD",
    "BRL",
    "MXN",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "CZK",
    "HUF",
    "ZAR",
    "AED",
    "SAR",
    "MYR",
    "IDR",
    "THB",
    "VND",
    "PHP",
    "TRY",
    "ILS",
    "RUB",
)
# currency names after a number that CLDR (money.py reads its names) does not give: colloquial and
# short forms ("dollars", "Pfund", "dólares de Singapur")
CURRENCY_NAMES = merged("CURRENCY_NAMES")
# currency names that are also common words ("won"): a currency only after a scaled amount ("30 trillion won")
SCALED_ONLY_CURRENCY_NAMES = merged("SCALED_ONLY_CURRENCY_NAMES")
DOLLAR_FAMILY = {"USD", "SGD", "AUD", "CAD", "HKD", "NZD", "TWD", "MXN"}
# the currency an outlet's country writes as a bare "$" (used with Document.currency_hint upstream)

# --- units for counts ---------------------------------------------------------------------------

UNIT_NOUNS = joined("UNIT_NOUNS")
# hiring verbs: people + hire -> jobs
# people counted as a workforce by the noun itself ("1,800 employees"): jobs, whatever the verb
EMPLOYEE_NOUNS = merged("EMPLOYEE_NOUNS")
HIRING_CUES = joined("HIRING_CUES")

# --- slots for money / percent (nearest cue wins; priority breaks ties) -------------------------

# (slot, cue stems), by priority; a stem matches at a word start; "x.y" refines a nearby "x"
MONEY_SLOTS = list(joined("MONEY_SLOTS").items())
# verbs that report a result ("won", "obtained", "reached"): a vote share's cues, and the percentages' result verbs
RESULT_VERBS = joined("RESULT_VERBS")

PERCENT_SLOTS = [
    (slot, [*cues, *RESULT_VERBS] if slot == "vote_share.percent" else cues)
    for slot, cues in joined("PERCENT_SLOTS").items()
]

# verbs that report a result of any figure ("reached", "won", "obtained"): a percentage's slot only where no
# word in reach names the figure ("turnout reached 84%" is turnout, "the CDU won 28.6%" a vote share)
PERCENT_VERB_CUES = set(RESULT_VERBS)

# --- dates ---------------------------------------------------------------------------------------

MONTHS = joined("MONTHS")
WEEKDAYS = joined("WEEKDAYS")
# relative expressions -> (year offset, part) ; part: year|start|end|since_start|month|day
RELATIVE_YEAR = merged("RELATIVE_YEAR")
QUARTER_ORDINALS = merged("QUARTER_ORDINALS")
YEAR_PART = joined("YEAR_PART")
SINCE_START_OF_YEAR = joined("SINCE_START_OF_YEAR")
END_OF_YEAR = joined("END_OF_YEAR")
RELATIVE_DAY = merged("RELATIVE_DAY")
RELATIVE_WEEK = merged("RELATIVE_WEEK")
YEAR_PREPS = merged("YEAR_PREPS")

# --- events and their slots (dates) ----------------------------------------------------------------

EVENT_VERBS = merged("EVENT_VERBS")
EVENT_OBJECTS = merged("EVENT_OBJECTS")

# --- relations ------------------------------------------------------------------------------------
# (relation key, slot, cue regex on lowercased text, gap words allowed before the entity, subject rule)
# subject rule: "first" = the sentence's first actor, "near" = the nearest entity before the cue
_RELATIONS = (  # relation key, slot, gap words allowed before the entity, subject rule
    ("partner", "partnership", 3, "first"),
    ("investor", "investor", 1, "first"),
    ("owner", "owner", 1, "near"),
    ("founded_by", "founded_by", 1, "near"),
    ("hosted_at", "hosted_at", 1, "near"),
    ("acquired", "acquisition", 1, "first"),
    ("supports", "support", 3, "first"),
)
RELATION_CUES = [(rel, slot, joined("RELATION_CUES")[rel], gap, mode) for rel, slot, gap, mode in _RELATIONS]
# "joint statement by A and B" -> A partners with B
JOINT_CUES = joined("JOINT_CUES")
# a place word inside the founding/launch cue ("ins Leben gerufen") the founder precedes in German
FOUNDED_BY_BEFORE = joined("FOUNDED_BY_BEFORE")

# --- roles ----------------------------------------------------------------------------------------

ROLE_WORDS = merged("ROLE_WORDS")
FORMER_WORDS = joined("FORMER_WORDS")
HONORIFICS = joined("HONORIFICS")
SPEECH_VERBS = joined("SPEECH_VERBS")

# --- places / events / hubs ------------------------------------------------------------------------

EVENT_NOUNS = [
    "summit",
    "conference",
    "forum",
    "expo",
    "exhibition",
    "festival",
    "congress",
    "convention",
    "symposium",
    "fair",
    "week",
    "show",
    "gipfel",
    "konferenz",
    "messe",
    "kongress",
    "sommet",
    "conférence",
    "salon",
    "congrès",
    "cumbre",
    "conferencia",
    "feria",
    "congreso",
    "foro",
]
OFFICE_NOUNS = [
    "office",
    "offices",
    "headquarters",
    "hq",
    "branch",
    "campus",
    "lab",
    "laboratory",
    "büro",
    "büros",
    "niederlassung",
    "standort",
    "zentrale",
    "hauptsitz",
    "bureau",
    "bureaux",
    "siège",
    "filiale",
    "oficina",
    "oficinas",
    "sede",
    "sucursal",
]
HUB_NOUNS = ["hub", "regional hub", "drehscheibe", "knotenpunkt", "plaque tournante", "centro neurálgico", "polo"]
NEW_WORDS = [
    "new",
    "neue",
    "neuen",
    "neues",
    "neuer",
    "nouveau",
    "nouvel",
    "nouvelle",
    "nouveaux",
    "nuevo",
    "nueva",
    "nuevos",
    "nuevas",
]
EXISTING_WORDS = [
    "existing",
    "current",
    "bestehenden",
    "bestehende",
    "bisherigen",
    "existants",
    "existantes",
    "actuels",
    "existentes",
    "actuales",
]

# --- rankings --------------------------------------------------------------------------------------

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "erste": 1,
    "erster": 1,
    "ersten": 1,
    "erstes": 1,
    "zweite": 2,
    "zweiter": 2,
    "zweiten": 2,
    "zweites": 2,
    "dritte": 3,
    "dritten": 3,
    "dritter": 3,
    "vierte": 4,
    "vierten": 4,
    "fünfte": 5,
    "fünften": 5,
    "premier": 1,
    "première": 1,
    "deuxième": 2,
    "seconde": 2,
    "troisième": 3,
    "quatrième": 4,
    "cinquième": 5,
    "primer": 1,
    "primero": 1,
    "primera": 1,
    "segundo": 2,
    "segunda": 2,
    "tercer": 3,
    "tercero": 3,
    "tercera": 3,
    "cuarto": 4,
    "cuarta": 4,
    "quinto": 5,
    "quinta": 5,
    "sechste": 6,
    "sechsten": 6,
    "siebte": 7,
    "siebten": 7,
    "achte": 8,
    "achten": 8,
    "neunte": 9,
    "neunten": 9,
    "zehnte": 10,
    "zehnten": 10,
    "sixième": 6,
    "septième": 7,
    "huitième": 8,
    "neuvième": 9,
    "dixième": 10,
    "sexto": 6,
    "sexta": 6,
    "séptimo": 7,
    "séptima": 7,
    "octavo": 8,
    "octava": 8,
    "noveno": 9,
    "novena": 9,
    "décimo": 10,
    "décima": 10,
}
RANK_CATEGORIES = {  # noun -> category key
    "lab": "lab",
    "labs": "lab",
    "laboratory": "lab",
    "laboratories": "lab",
    "labor": "lab",
    "laboratoire": "lab",
    "laboratorio": "lab",
    "research lab": "lab",
    "office": "office",
    "offices": "office",
    "büro": "office",
    "büros": "office",
    "bureau": "office",
    "bureaux": "office",
    "oficina": "office",
    "oficinas": "office",
    "branch": "office",
    "niederlassung": "office",
    "filiale": "office",
    "sucursal": "office",
    "headquarters": "headquarters",
    "hub": "hub",
    "factory": "factory",
    "plant": "factory",
    "fabrik": "factory",
    "werk": "factory",
    "usine": "factory",
    "fábrica": "factory",
    "planta": "factory",
    "store": "store",
    "data center": "datacenter",
    "rechenzentrum": "datacenter",
    "campus": "campus",
    "facility": "facility",
    "anlage": "facility",
    "installation": "facility",
    "instalación": "facility",
    "center": "center",
    "centre": "center",
    "zentrum": "center",
    "centro": "center",
    "market": "market",
    "markt": "market",
    "marché": "market",
    "mercado": "market",
    "country": "country",
    "land": "country",
    "pays": "country",
    "país": "country",
    "company": "company",
    "unternehmen": "company",
    "entreprise": "company",
    "empresa": "company",
    "investment": "investment",
    "investition": "investment",
    "investissement": "investment",
    "inversión": "investment",
    "partnership": "partnership",
    "partnerschaft": "partnership",
    "partenariat": "partnership",
}
OUTSIDE_WORDS = [
    "outside of",
    "outside",
    "beyond",
    "außerhalb",
    "außerhalb von",
    "hors de",
    "hors des",
    "hors du",
    "en dehors de",
    "en dehors des",
    "en dehors du",
    "fuera de",
]
SUCH_WORDS = [
    "such",
    "of its kind",
    "of their kind",
    "dieser art",
    "seiner art",
    "ihrer art",
    "derartige",
    "derartigen",
    "derartiger",
    "solche",
    "solchen",
    "de ce type",
    "de ce genre",
    "en son genre",
    "de este tipo",
    "de su tipo",
]
ONE_OF = [
    "one of",
    "einer von",
    "eines von",
    "eine von",
    "eines der",
    "einer der",
    "eine der",
    "l'un des",
    "l’un des",
    "l'une des",
    "l’une des",
    "un des",
    "une des",
    "uno de",
    "una de",
    "uno de los",
    "una de las",
]
INTERNATIONAL_WORDS = ["international", "internationale", "internationalen", "internationales", "internacional"]

# --- lists -----------------------------------------------------------------------------------------

LIST_NOUNS = {  # cue noun -> list slot
    "sectors": "sectors",
    "sector": "sectors",
    "industries": "sectors",
    "priorities": "sectors",
    "national priorities": "sectors",
    "areas": "sectors",
    "fields": "sectors",
    "domains": "sectors",
    "verticals": "sectors",
    "sektoren": "sectors",
    "branchen": "sectors",
    "bereiche": "sectors",
    "bereichen": "sectors",
    "prioritäten": "sectors",
    "secteurs": "sectors",
    "domaines": "sectors",
    "priorités": "sectors",
    "sectores": "sectors",
    "ámbitos": "sectors",
    "áreas": "sectors",
    "prioridades": "sectors",
    "industrias": "sectors",
    "cities": "locations",
    "städte": "locations",
    "städten": "locations",
    "villes": "locations",
    "ciudades": "locations",
    "locations": "locations",
    "standorte": "locations",
    "standorten": "locations",
    "sites": "locations",
    "countries": "countries",
    "länder": "countries",
    "ländern": "countries",
    "pays": "countries",
    "países": "countries",
    "markets": "markets",
    "märkte": "markets",
    "marchés": "markets",
    "mercados": "markets",
    "offices": "locations",
    "büros": "locations",
    "bureaux": "locations",
    "oficinas": "locations",
}
LIST_INTRO = [
    "such as",
    "like",
    "including",
    "namely",
    "notably",
    "particularly",
    "especially",
    "wie",
    "darunter",
    "etwa",
    "insbesondere",
    "nämlich",
    "namentlich",
    "in",
    "tels que",
    "telles que",
    "comme",
    "dont",
    "notamment",
    "como",
    "incluidos",
    "incluidas",
    "entre ellos",
    "entre ellas",
    "en particular",
    "particularly in",
    "in the",
    "across",
]
LIST_ENDERS = [
    "as well as",
    "sowie",
    "ainsi que",
    "así como",
    "along with",
    "in addition to",
    "among others",
    "etc",
    "and more",
    "und andere",
    "et d'autres",
    "entre otros",
    "including",
]
# a reporting clause after a list closes it: "healthcare, finance and logistics, the company said"
ATTRIBUTION_VERBS = [
    "said",
    "says",
    "told",
    "added",
    "noted",
    "announced",
    "according to",
    "sagte",
    "sagt",
    "teilte",
    "erklärte",
    "hieß es",
    "a déclaré",
    "a indiqué",
    "a précisé",
    "selon",
    "dijo",
    "afirmó",
    "según",
    "señaló",
]

# --- change ---------------------------------------------------------------------------------------

CHANGE_WORDS = {  # form -> (direction, factor)
    "doubled": ("up", 2.0),
    "doubling": ("up", 2.0),
    "tripled": ("up", 3.0),
    "quadrupled": ("up", 4.0),
    "halved": ("down", 0.5),
    "verdoppelt": ("up", 2.0),
    "verdoppelte": ("up", 2.0),
    "verdreifacht": ("up", 3.0),
    "vervierfacht": ("up", 4.0),
    "halbiert": ("down", 0.5),
    "doublé": ("up", 2.0),
    "triplé": ("up", 3.0),
    "quadruplé": ("up", 4.0),
    "divisé par deux": ("down", 0.5),
    "duplicado": ("up", 2.0),
    "duplicó": ("up", 2.0),
    "se duplicó": ("up", 2.0),
    "triplicado": ("up", 3.0),
    "triplicó": ("up", 3.0),
    "cuadruplicado": ("up", 4.0),
    "reducido a la mitad": ("down", 0.5),
}
CHANGE_METRICS = {  # noun near a change word -> metric key
    "users": "users",
    "user": "users",
    "nutzer": "users",
    "utilisateurs": "users",
    "usuarios": "users",
    "customers": "customers",
    "kunden": "customers",
    "clients": "customers",
    "clientes": "customers",
    "revenue": "revenue",
    "umsatz": "revenue",
    "chiffre d'affaires": "revenue",
    "ingresos": "revenue",
    "sales": "revenue",
    "ventas": "revenue",
    "employees": "employees",
    "staff": "employees",
    "mitarbeiter": "employees",
    "headcount": "employees",
    "valuation": "valuation",
    "bewertung": "valuation",
    "price": "price",
    "preis": "price",
    "prix": "price",
    "precio": "price",
    "profit": "profit",
    "gewinn": "profit",
    "bénéfice": "profit",
    "beneficio": "profit",
    "aum": "assets",
    "assets": "assets",
    "market share": "market_share",
    "downloads": "downloads",
    "subscribers": "users",
    "abonnenten": "users",
}

# --- hedges / opinion (lower check-worthiness) ------------------------------------------------------

HEDGES = [
    "may",
    "might",
    "could",
    "would",
    "possibly",
    "perhaps",
    "reportedly",
    "rumored",
    "rumoured",
    "expected to",
    "likely",
    "unlikely",
    "könnte",
    "könnten",
    "dürfte",
    "möglicherweise",
    "vielleicht",
    "angeblich",
    "soll",
    "sollen",
    "pourrait",
    "pourraient",
    "peut-être",
    "probablement",
    "serait",
    "podría",
    "podrían",
    "quizás",
    "tal vez",
    "posiblemente",
    "if",
    "wenn",
    "falls",
    "si",
]
OPINION = [
    "i think",
    "we believe",
    "in my view",
    "arguably",
    "should",
    "must",
    "ideal",
    "best",
    "worst",
    "profound",
    "massive",
    "landmark",
    "historic",
    "meiner meinung",
    "sollte",
    "à mon avis",
    "devrait",
    "en mi opinión",
    "debería",
]

# --- function words that start sentences but are no names -----------------------------------------

STOP_CAPS = set(
    """
a an the this that these those it its he she they we you i our their his her my your in on at by for with
from to of as if but and or so yet also after before when while where which who whom whose what why how
there here then than although though because since until unless under over about above across against
among around between beyond during into through toward towards upon within without according following
including besides beyond currently furthermore moreover however meanwhile additionally finally first
second third next last today yesterday tomorrow now still already just even only not no yes looking
why read share see new more most many much some any each every all both either neither other another
such same own once twice per via like unlike q a. mr mrs ms dr
der die das den dem des ein eine einer eines einem einen im am vom zum zur beim ins aus bei mit nach seit
von zu auf für um über unter neben vor hinter zwischen durch gegen ohne es er sie wir ihr ich sein ihre
dies diese dieser dieses jetzt auch noch nur schon und oder aber doch wenn als wie dass so laut
le la les l un une des du de au aux en dans pour par sur avec sans selon ce cet cette ces il elle ils elles
nous vous on et ou mais donc car si comme aussi
el los las lo uno una unos unas del al en con por para sobre sin según este esta estos estas ese esa
y o pero si como también más
""".split()
)
# lowercase words that may sit inside a name ("Ministry of Digital Development and Information")
NAME_CONNECTORS = {
    "of",
    "for",
    "and",
    "&",
    "de",
    "du",
    "des",
    "la",
    "le",
    "del",
    "y",
    "et",
    "und",
    "für",
    "der",
    "di",
    "van",
    "von",
    "da",
    "dos",
    "the",
}
NAME_AND = {"and", "&", "et", "und", "y"}
ORG_WORDS = set(
    """
ministry department agency authority commission council committee office bureau board foundation
institute institution university college school academy bank fund group holdings inc inc. corp corp.
corporation company co co. ltd ltd. llc plc gmbh ag se sa s.a. nv bv labs lab association federation
union organisation organization program programme initiative network alliance centre center society
government parliament court police service services ministerium behörde amt stiftung universität
hochschule institut bank gruppe verband ministère agence autorité fondation université institut
banque groupe ministerio agencia autoridad fundación universidad instituto banco grupo
""".split()
)
GERMAN_DETERMINERS = {
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einer",
    "eines",
    "einem",
    "einen",
    "kein",
    "keine",
    "sein",
    "seine",
    "seinen",
    "seinem",
    "seiner",
    "ihr",
    "ihre",
    "ihren",
    "ihrem",
    "ihrer",
    "unser",
    "unsere",
    "diese",
    "dieser",
    "dieses",
    "diesem",
    "diesen",
    "jede",
    "jeder",
    "jedes",
    "im",
    "am",
    "vom",
    "zum",
    "zur",
    "beim",
    "ins",
    "neue",
    "neuen",
    "neues",
    "neuer",
    "satte",
    "globalen",
    "bestehenden",
    "mehreren",
    "einige",
    "alle",
    "viele",
    "wöchentlichen",
    "aktiven",
    "nationales",
    "nationale",
    "reichen",
}
