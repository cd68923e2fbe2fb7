"""Generic gazetteers: countries, cities and regions with their names in en/de/fr/es (and common
abbreviations), and sector names, so the same place or sector gets one key in every language.

``places()`` is the place table: the hand list below, then every country's and first-level region's names from
Babel (CLDR) and pycountry (ISO 3166-2). Merging those takes a few tenths of a second, so it is done on first
use, not when a web process or a management command imports the engine.
"""

from __future__ import annotations

from functools import cache

# key -> aliases (any case/accents; normalised on load by entities.norm_key); the hand list, which always wins
_HAND_PLACES: dict[str, list[str]] = {
    # countries
    "us": [
        "United States",
        "United States of America",
        "the US",
        "US",
        "U.S.",
        "USA",
        "U.S.A.",
        "America",
        "Vereinigte Staaten",
        "Vereinigten Staaten",
        "Vereinigten Staaten von Amerika",
        "Amerika",
        "États-Unis",
        "Etats-Unis",
        "Estados Unidos",
        "EE.UU.",
        "EEUU",
        "EE. UU.",
    ],
    "uk": [
        "United Kingdom",
        "UK",
        "U.K.",
        "Britain",
        "Great Britain",
        "Vereinigtes Königreich",
        "Großbritannien",
        "Royaume-Uni",
        "Grande-Bretagne",
        "Reino Unido",
        "Gran Bretaña",
    ],
    "singapore": ["Singapore", "Singapur", "Singapour", "Republic of Singapore"],
    "germany": ["Germany", "Deutschland", "Allemagne", "Alemania"],
    "france": ["France", "Frankreich", "Francia"],
    "spain": ["Spain", "Spanien", "Espagne", "España"],
    "italy": ["Italy", "Italien", "Italie", "Italia"],
    "china": ["China", "Chine", "PRC", "People's Republic of China", "Volksrepublik China"],
    "japan": ["Japan", "Japon", "Japón"],
    "south korea": ["South Korea", "Korea", "Südkorea", "Corée du Sud", "Corea del Sur"],
    "india": ["India", "Indien", "Inde"],
    "indonesia": ["Indonesia", "Indonesien", "Indonésie"],
    "malaysia": ["Malaysia", "Malaisie", "Malasia"],
    "thailand": ["Thailand", "Thaïlande", "Tailandia"],
    "vietnam": ["Vietnam", "Viet Nam", "Viêt Nam"],
    "philippines": ["Philippines", "Philippinen", "Filipinas"],
    "australia": ["Australia", "Australien", "Australie"],
    "new zealand": ["New Zealand", "Neuseeland", "Nouvelle-Zélande", "Nueva Zelanda"],
    "canada": ["Canada", "Kanada", "Canadá"],
    "mexico": ["Mexico", "Mexiko", "Mexique", "México"],
    "brazil": ["Brazil", "Brasilien", "Brésil", "Brasil"],
    "argentina": ["Argentina", "Argentinien", "Argentine"],
    "chile": ["Chile", "Chili"],
    "colombia": ["Colombia", "Kolumbien", "Colombie"],
    "netherlands": ["Netherlands", "the Netherlands", "Holland", "Niederlande", "Pays-Bas", "Países Bajos"],
    "belgium": ["Belgium", "Belgien", "Belgique", "Bélgica"],
    "switzerland": ["Switzerland", "Schweiz", "Suisse", "Suiza"],
    "austria": ["Austria", "Österreich", "Autriche"],
    "ireland": ["Ireland", "Irland", "Irlande", "Irlanda"],
    "sweden": ["Sweden", "Schweden", "Suède", "Suecia"],
    "norway": ["Norway", "Norwegen", "Norvège", "Noruega"],
    "denmark": ["Denmark", "Dänemark", "Danemark", "Dinamarca"],
    "finland": ["Finland", "Finnland", "Finlande", "Finlandia"],
    "poland": ["Poland", "Polen", "Pologne", "Polonia"],
    "portugal": ["Portugal"],
    "russia": ["Russia", "Russland", "Russie", "Rusia"],
    "ukraine": ["Ukraine", "Ucrania"],
    "turkey": ["Turkey", "Türkei", "Turquie", "Turquía", "Türkiye"],
    "israel": ["Israel", "Israël"],
    "uae": [
        "United Arab Emirates",
        "UAE",
        "Vereinigte Arabische Emirate",
        "Émirats arabes unis",
        "Emiratos Árabes Unidos",
        "Emirates",
    ],
    "saudi arabia": ["Saudi Arabia", "Saudi-Arabien", "Arabie saoudite", "Arabia Saudita", "Arabia Saudí"],
    "south africa": ["South Africa", "Südafrika", "Afrique du Sud", "Sudáfrica"],
    "egypt": ["Egypt", "Ägypten", "Égypte", "Egipto"],
    "nigeria": ["Nigeria", "Nigéria"],
    "kenya": ["Kenya", "Kenia"],
    "taiwan": ["Taiwan", "Taïwan", "Taiwán"],
    "hong kong": ["Hong Kong", "Hongkong"],
    "pakistan": ["Pakistan", "Pakistán"],
    "bangladesh": ["Bangladesh", "Bangladesch"],
    "greece": ["Greece", "Griechenland", "Grèce", "Grecia"],
    "czechia": ["Czech Republic", "Czechia", "Tschechien", "République tchèque", "Chequia"],
    "hungary": ["Hungary", "Ungarn", "Hongrie", "Hungría"],
    "romania": ["Romania", "Rumänien", "Roumanie", "Rumanía"],
    "peru": ["Peru", "Pérou", "Perú"],
    "qatar": ["Qatar", "Katar"],
    # cities
    "new york": ["New York", "New York City", "NYC", "NY", "Nueva York"],
    "san francisco": ["San Francisco", "SF"],
    "los angeles": ["Los Angeles", "LA"],
    "seattle": ["Seattle"],
    "washington": ["Washington", "Washington D.C.", "Washington, D.C."],
    "boston": ["Boston"],
    "chicago": ["Chicago"],
    "austin": ["Austin"],
    "toronto": ["Toronto"],
    "london": ["London", "Londres", "Londra"],
    "paris": ["Paris", "París"],
    "berlin": ["Berlin", "Berlín"],
    "munich": ["Munich", "München", "Múnich"],
    "frankfurt": ["Frankfurt", "Francfort", "Fráncfort"],
    "hamburg": ["Hamburg", "Hambourg", "Hamburgo"],
    "brussels": ["Brussels", "Brüssel", "Bruxelles", "Bruselas"],
    "dublin": ["Dublin", "Dublín"],
    "amsterdam": ["Amsterdam", "Ámsterdam"],
    "madrid": ["Madrid"],
    "barcelona": ["Barcelona", "Barcelone"],
    "rome": ["Rome", "Rom", "Roma"],
    "milan": ["Milan", "Mailand", "Milán", "Milano"],
    "vienna": ["Vienna", "Wien", "Vienne", "Viena"],
    "zurich": ["Zurich", "Zürich"],
    "geneva": ["Geneva", "Genf", "Genève", "Ginebra"],
    "lisbon": ["Lisbon", "Lissabon", "Lisbonne", "Lisboa"],
    "stockholm": ["Stockholm", "Estocolmo"],
    "warsaw": ["Warsaw", "Warschau", "Varsovie", "Varsovia"],
    "tokyo": ["Tokyo", "Tokio"],
    "seoul": ["Seoul", "Séoul", "Seúl"],
    "beijing": ["Beijing", "Peking", "Pékin", "Pekín"],
    "shanghai": ["Shanghai", "Shanghái"],
    "shenzhen": ["Shenzhen"],
    "hangzhou": ["Hangzhou"],
    "taipei": ["Taipei", "Taipeh", "Taipéi"],
    "bangalore": ["Bangalore", "Bengaluru"],
    "mumbai": ["Mumbai", "Bombay"],
    "delhi": ["Delhi", "New Delhi", "Neu-Delhi", "Nueva Delhi"],
    "sydney": ["Sydney", "Sídney"],
    "melbourne": ["Melbourne"],
    "jakarta": ["Jakarta", "Yakarta"],
    "bangkok": ["Bangkok"],
    "kuala lumpur": ["Kuala Lumpur"],
    "manila": ["Manila", "Manille"],
    "ho chi minh city": ["Ho Chi Minh City", "Saigon"],
    "dubai": ["Dubai", "Dubaï", "Dubái"],
    "abu dhabi": ["Abu Dhabi", "Abou Dabi", "Abu Dabi"],
    "riyadh": ["Riyadh", "Riad", "Riyad"],
    "tel aviv": ["Tel Aviv"],
    "sao paulo": ["São Paulo", "Sao Paulo"],
    "mexico city": ["Mexico City", "Mexiko-Stadt", "Ciudad de México"],
    "buenos aires": ["Buenos Aires"],
    "lagos": ["Lagos"],
    "nairobi": ["Nairobi"],
    "cape town": ["Cape Town", "Kapstadt", "Le Cap", "Ciudad del Cabo"],
    "hanoi": ["Hanoi", "Hanói"],
    # regions
    "asia": ["Asia", "Asien", "Asie"],
    "southeast asia": [
        "Southeast Asia",
        "South-East Asia",
        "Südostasien",
        "Asie du Sud-Est",
        "Sudeste Asiático",
        "Sudeste de Asia",
        "SEA",
        "ASEAN region",
    ],
    "asia pacific": [
        "Asia-Pacific",
        "Asia Pacific",
        "APAC",
        "Asien-Pazifik",
        "asiatisch-pazifischen Raum",
        "asiatisch-pazifischer Raum",
        "Asie-Pacifique",
        "Asia-Pacífico",
        "Asia Pacífico",
    ],
    "europe": ["Europe", "Europa"],
    "africa": ["Africa", "Afrika", "Afrique", "África"],
    "middle east": [
        "Middle East",
        "Nahost",
        "Naher Osten",
        "Nahen Osten",
        "Moyen-Orient",
        "Oriente Medio",
        "Oriente Próximo",
    ],
    "latin america": ["Latin America", "LATAM", "Lateinamerika", "Amérique latine", "América Latina", "Latinoamérica"],
    "north america": ["North America", "Nordamerika", "Amérique du Nord", "Norteamérica", "América del Norte"],
    "emea": ["EMEA"],
    "eu": ["European Union", "EU", "Europäische Union", "Union européenne", "UE", "Unión Europea"],
}

# list items (sectors) across languages -> key
SECTORS: dict[str, list[str]] = {
    "finance": [
        "finance",
        "finances",
        "financial services",
        "Finanzen",
        "Finanzwesen",
        "Finanzsektor",
        "Finanzdienstleistungen",
        "finanzas",
        "servicios financieros",
        "services financiers",
    ],
    "healthcare": [
        "healthcare",
        "health care",
        "health",
        "Gesundheit",
        "Gesundheitswesen",
        "santé",
        "soins de santé",
        "salud",
        "sanidad",
        "atención sanitaria",
    ],
    "education": ["education", "Bildung", "Bildungswesen", "éducation", "enseignement", "educación"],
    "public services": [
        "public services",
        "public service",
        "public sector",
        "öffentliche Dienste",
        "öffentlicher Dienst",
        "öffentliche Verwaltung",
        "services publics",
        "servicios públicos",
        "sector público",
    ],
    "digital infrastructure": [
        "digital infrastructure",
        "digitale Infrastruktur",
        "infrastructure numérique",
        "infraestructura digital",
    ],
    "manufacturing": ["manufacturing", "Fertigung", "Produktion", "industrie manufacturière", "manufactura"],
    "logistics": ["logistics", "Logistik", "logistique", "logística"],
    "energy": ["energy", "Energie", "énergie", "energía"],
    "retail": ["retail", "Einzelhandel", "commerce de détail", "comercio minorista"],
    "transport": ["transport", "transportation", "Verkehr", "transporte"],
    "agriculture": ["agriculture", "Landwirtschaft", "agricultura"],
    "defense": ["defense", "defence", "Verteidigung", "défense", "defensa"],
    "telecommunications": [
        "telecommunications",
        "telecoms",
        "Telekommunikation",
        "télécommunications",
        "telecomunicaciones",
    ],
    "maritime": ["maritime", "maritim", "marítimo"],
    "tourism": ["tourism", "Tourismus", "tourisme", "turismo"],
    "insurance": ["insurance", "Versicherung", "assurance", "seguros"],
}


# --- every country (CLDR names in en/de/fr/es via Babel) and first-level regions (ISO 3166-2 via pycountry) ---

_LANGS = ("en", "de", "fr", "es")
_ALPHA2_KEY = {"GB": "uk", "US": "us", "AE": "uae", "CZ": "czechia", "KR": "south korea"}  # where the key differs
_REGION_TYPES = {
    "State",
    "Province",
    "Land",
    "Region",
    "Autonomous community",
    "Autonomous region",
    "Autonomous province",
    "Metropolitan region",
    "Administrative region",
    "Regional state",
    "Republic",
    "Canton",
    "Prefecture",
    "Voivodship",
    "Territory",
    "Federal district",
    "Capital territory",
    "Country",
    "Nation",
    "Autonomous republic",
}
# names that are also people's names or ordinary words in en/de/fr/es, or two places at once
_AMBIGUOUS = {
    # people's names as often as places' (cities CLDR names time zones after)
    "stanley",
    "darwin",
    "dawson",
    "knox",
    "halifax",
    "chatham",
    "lindeman",
    "samara",
    # words ("Resolute", "Midway")
    "resolute",
    "midway",
    "georgia",
    "jersey",
    "victoria",
    "nice",
    "mayo",
    "bar",
    "jordan",
    "chad",
    "man",
    "guinea",
    "niger",
    "turkey",
    "china",
    "chile",
    "india",
    "sudan",
    "centre",
    "center",
    "centro",
    "central",
    "nord",
    "norte",
    "north",
    "sud",
    "south",
    "sur",
    "east",
    "west",
    "western",
    "eastern",
    "northern",
    "southern",
    "oriental",
    "occidental",
    "capital",
    "este",
    "oeste",
    "ouest",
    "ost",
    "mitte",
    "lima",
    "santa",
    "santiago",
    "paris",
    "roma",
    "valencia",
    "granada",
    "cordoba",
    "montana",
    "dominica",
    "salvador",
    "georgie",
    "georgien",
    "guernsey",
    "dominique",
    "maurice",
    "lucia",
    "island",
    "equateur",
    "mauricio",
    "guadalupe",
    "bermudas",
    "reunion",
    "amazonas",
    "maria",
    "mary",
    "lincoln",
    "washington",
    "colon",
    "bolivar",
    "columbia",
    "trinidad",
    "sabah",
    "vaud",
    "jura",
    "ain",
    "orange",
    "esperanza",
    "concepcion",
    "libertad",
    "union",
    "dolores",
    "mercedes",
    "paz",
    "la paz",
    "coast",
    "delta",
    "lakes",
    "plateau",
    "plateaux",
    "rivers",
    "unity",
    "maritime",
    "littoral",
    "midlands",
    "cascades",
    "savanes",
    "savannah",
    "isabel",
    "herrera",
    "miranda",
    "nelson",
    "batman",
    "granma",
    "balkan",
    "sahel",
    "somali",
    "portuguesa",
    "centrale",
    "estuaire",
    "marche",
    "sucre",
    "mascara",
    "salta",
    "wallonne",
    "leste",
    "constantine",
    "trujillo",
    "hidalgo",
    "guerrero",
    "mendoza",
    "morelos",
    "nevada",
    "munster",
    "loreto",
    "tokat",
    "inde",
    "kara",
    "gulf",
    "saga",
    "chin",
    "shan",
    "independencia",
    "alberta",
    "regina",
    "carolina",
    "virginia",
    "aurora",
}


def _clean(name: str) -> list[str]:
    """ "Catalunya [Cataluña]" -> both; "Madrid, Comunidad de" -> "Madrid" and "Comunidad de Madrid"; no "(...)"."""
    import re

    out = []
    for part in re.split(r"\s*\[|\]\s*|\s*/\s*", name):
        part = re.sub(r"\s*\(.*?\)", "", part).strip()
        if not part:
            continue
        if ", " in part:
            head, tail = part.split(", ", 1)
            out += [head, f"{tail} {head}"]
        else:
            out.append(part)
    return out


def _new_key(name: str, code: str) -> str:
    """A new key: the name, or for an ambiguous name one no text can spell ("jordan (JO)")."""
    return f"{name} ({code})" if name in _AMBIGUOUS or len(name) < 4 else name


def _extend(places: dict[str, list[str]]) -> None:
    """Merge the libraries' names into ``places``; a name another key already owns, a short name, a stopword or
    an ambiguous name is left out, so the hand list always wins."""
    import unicodedata

    import pycountry
    from babel import Locale
    from babel.dates import get_timezone_location

    from .lang import joined

    def fold(s: str) -> str:
        s = unicodedata.normalize("NFKD", s)
        return " ".join("".join(c for c in s if not unicodedata.combining(c)).casefold().replace("-", " ").split())

    stop = {fold(w) for w in joined("STOPWORDS")}
    owner = {fold(n): k for k, ns in places.items() for n in ns + [k]}

    def add(key: str, name: str, shortest: int = 5) -> None:
        f = fold(name)
        if len(f) < shortest or f in stop or f in _AMBIGUOUS:
            return
        if owner.setdefault(f, key) != key:
            return
        if name not in places.setdefault(key, []):
            places[key].append(name)

    territories = {lang: Locale.parse(lang).territories for lang in _LANGS}
    for country in pycountry.countries:
        code = country.alpha_2
        names = [territories[lang][code] for lang in _LANGS if code in territories[lang]]
        if not names:
            continue
        key = _ALPHA2_KEY.get(code) or next((owner[fold(n)] for n in names if fold(n) in owner), None)
        key = key or _new_key(fold(names[0]), code)
        for n in names:
            add(key, n, 4)  # "Iran", "Irak", "Cuba", "Oman"
    for zone in sorted(_city_zones()):  # the cities CLDR names its time zones after ("Budapest", "Lissabon")
        names = [get_timezone_location(zone, locale=lang, return_city=True) for lang in _LANGS]
        names = [n for n in names if not set(n) & set(",[/")]  # "Knox, Indiana", "Argentina/Buenos Aires"
        if not names:
            continue
        key = next((owner[fold(n)] for n in names if fold(n) in owner), None) or fold(names[0])
        for n in names:
            add(key, n)
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in _REGION_TYPES:
            continue
        names = _clean(sub.name)
        key = next((owner[fold(n)] for n in names if fold(n) in owner), None) or _new_key(fold(names[0]), sub.code)
        for n in names:
            add(key, n, 4 if sub.country_code == "US" else 5)  # "Iowa", "Ohio", "Utah"


def _city_zones() -> set[str]:
    """The time zones named after a city ("Europe/Budapest", "America/Los_Angeles"): no country's or region's own
    zones ("US/Eastern", "Etc/GMT+1")."""
    import zoneinfo

    return {z for z in zoneinfo.available_timezones() if z.count("/") == 1 and z.split("/")[0] in _CONTINENTS}


_CONTINENTS = {"Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"}


@cache
def region_names() -> frozenset[str]:
    """The name of every region of every country, at every level ISO 3166-2 lists (pycountry): "Haut-Rhin",
    "Hautes-Pyrénées", not only the first-level regions ``places`` holds (second-level names are too many and too
    alike to tell a place by, but enough to tell a name is no organisation's)."""
    import pycountry

    return frozenset(n for sub in pycountry.subdivisions for n in _clean(sub.name))


@cache
def places() -> dict[str, list[str]]:
    """Every place: key -> its names, the hand list's first, then the libraries' (built once, on first use)."""
    merged = {key: list(names) for key, names in _HAND_PLACES.items()}
    _extend(merged)
    return merged
