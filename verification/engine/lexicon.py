"""Per-language cue words (en, de, fr, es) the detectors use to type and slot a value.

Everything here is about the LANGUAGES (how a funding round, a job count or "end of this year" is
said), never about one article. Forms are lowercase; patterns are matched on a lowercased copy of the
text of the same length (see ``lower_same_len``), so offsets stay valid.

Tables that map words to keys (``UNIT_NOUNS``, ``ROLE_WORDS``...) are the language-independent
vocabulary the cross-checker aligns on.
"""
from __future__ import annotations

import re

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

NUMBER_WORDS = {
    # en
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12, "a thousand": 1000,
    # de
    "ein": 1, "eine": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "fünfzig": 50,
    "hundert": 100, "dutzend": 12,
    # fr
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "cinquante": 50,
    "cent": 100, "une douzaine": 12, "douzaine": 12,
    # es
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30,
    "cincuenta": 50, "cien": 100, "una docena": 12, "docena": 12,
}
# words that are also very common non-numbers: only read as numbers before a unit noun
AMBIGUOUS_NUMBER_WORDS = {"one", "ein", "eine", "einen", "un", "une", "uno", "una", "once", "neuf", "acht",
                          "sept", "elf", "cent", "dos", "six", "ten"}

# scale words -> multiplier; "billion" words are language dependent (long scale in de/fr/es)
SCALE_SHORT = {  # attached forms: $1m, S$300M, $10bn, 5k
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12, "t": 1e12,
}
SCALE_WORDS = {
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
    "trillion": 1e12, "trillions": 1e12,
    "tausend": 1e3, "tsd.": 1e3, "million_de": 1e6, "millionen": 1e6, "mio.": 1e6, "mio": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9, "billionen": 1e12,
    "mille": 1e3, "milliers": 1e3, "milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9,
    "mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6, "mil millones": 1e9, "millardo": 1e9,
    "millardos": 1e9, "billón": 1e12, "billones": 1e12,
    "lakh": 1e5, "crore": 1e7,
}
LONG_SCALE_LANGS = {"de", "fr", "es", "it", "pt", "nl"}  # "Billion"/"billion"/"billón" = 10^12 there
DECIMAL_COMMA_LANGS = {"de", "fr", "es", "it", "pt", "nl", "pl", "cs", "da", "sv", "nb", "fi", "tr", "ru",
                       "id", "ro", "hu"}

# qualifiers before a number -> (qualifier, direction)
QUALIFIERS_BEFORE = {
    "over": "over", "more than": "over", "above": "over", "exceeding": "over", "in excess of": "over",
    "upwards of": "over", "north of": "over", "greater than": "over",
    "at least": "at_least", "no less than": "at_least", "a minimum of": "at_least",
    "nearly": "under_about", "almost": "under_about", "close to": "under_about", "just under": "under_about",
    "about": "about", "around": "about", "approximately": "about", "approx.": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "circa": "about", "ca.": "about",
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "a maximum of": "up_to",
    "at most": "up_to", "no more than": "up_to", "not more than": "up_to", "not less than": "at_least",
    "less than": "under", "under": "under", "below": "under", "fewer than": "under",
    # de
    "über": "over", "mehr als": "over", "gut": "over", "mindestens": "at_least", "fast": "under_about",
    "knapp": "under_about", "nahezu": "under_about", "beinahe": "under_about", "rund": "about",
    "etwa": "about", "ungefähr": "about", "annähernd": "about", "zirka": "about",
    "bis zu": "up_to", "weniger als": "under", "unter": "under", "höchstens": "up_to",
    "nicht weniger als": "at_least", "nicht mehr als": "up_to", "maximal": "up_to", "praktisch": "under_about",
    # fr
    "plus de": "over", "au-delà de": "over", "au moins": "at_least", "près de": "under_about",
    "presque": "under_about", "quasi": "under_about", "environ": "about", "quelque": "about",
    "quelques": "about", "autour de": "about", "approximativement": "about", "jusqu'à": "up_to",
    "jusqu’à": "up_to", "moins de": "under", "pas moins de": "at_least", "pas plus de": "up_to",
    "au plus": "up_to", "tout au plus": "up_to", "au maximum": "up_to", "quasiment": "under_about",
    # es
    "más de": "over", "mas de": "over", "por encima de": "over", "al menos": "at_least",
    "como mínimo": "at_least", "casi": "under_about", "cerca de": "under_about", "alrededor de": "about",
    "aproximadamente": "about", "unos": "about", "unas": "about", "hasta": "up_to", "menos de": "under",
    "no menos de": "at_least", "no más de": "up_to", "como máximo": "up_to", "a lo sumo": "up_to",
    "prácticamente": "under_about",
}
QUALIFIERS_AFTER = {"or more": "at_least", "plus": "at_least", "and up": "at_least", "oder mehr": "at_least",
                    "ou plus": "at_least", "o más": "at_least", "or so": "about"}
RANGE_OPENERS = ("between", "from", "zwischen", "von", "entre", "de")

# --- currencies ----------------------------------------------------------------------------------

CURRENCY_SYMBOLS = {  # prefix (or suffix) symbols
    "us$": "USD", "u.s.$": "USD", "s$": "SGD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD",
    "hk$": "HKD", "nz$": "NZD", "nt$": "TWD", "r$": "BRL", "mx$": "MXN", "€": "EUR", "£": "GBP",
    "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS", "₫": "VND", "฿": "THB",
    "rm": "MYR", "rp": "IDR", "fr.": "CHF", "rs": "INR", "rs.": "INR", "$": "$",
}
CURRENCY_CODES = ("USD", "SGD", "EUR", "GBP", "JPY", "CNY", "RMB", "HKD", "AUD", "CAD", "CHF", "INR", "KRW",
                  "TWD", "NZD", "BRL", "MXN", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "ZAR", "AED", "SAR",
                  "MYR", "IDR", "THB", "VND", "PHP", "TRY", "ILS", "RUB")
# currency names after a number that CLDR (money.py reads its names) does not give: colloquial and
# short forms ("dollars", "Pfund", "dólares de Singapur")
CURRENCY_NAMES = {
    "dólares de singapur": "SGD", "u.s. dollars": "USD", "american dollars": "USD", "dollars américains": "USD",
    "taiwan dollars": "TWD", "dollars": "$", "dollar": "$", "dólares": "$", "dólar": "$", "pounds": "GBP",
    "pound": "GBP", "pfund": "GBP", "livres": "GBP", "libras": "GBP", "pounds sterling": "GBP", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "franken": "CHF", "rupees": "INR", "rupien": "INR", "ringgit": "MYR",
    "baht": "THB", "rupiah": "IDR", "pesos": "MXN", "reais": "BRL", "kronor": "SEK", "kroner": "NOK",
    "dirhams": "AED", "riyals": "SAR", "rupee": "INR", "crore rupees": "INR", "lakh rupees": "INR", "won": "KRW",
    "dong": "VND",
}
# currency names that are also common words ("won"): a currency only after a scaled amount ("30 trillion won")
SCALED_ONLY_CURRENCY_NAMES = {"won"}
DOLLAR_FAMILY = {"USD", "SGD", "AUD", "CAD", "HKD", "NZD", "TWD", "MXN"}
# the currency an outlet's country writes as a bare "$" (used with Document.currency_hint upstream)

# --- units for counts ---------------------------------------------------------------------------

UNIT_NOUNS = {
    "jobs": ["jobs", "job", "positions", "roles", "posts", "vacancies", "arbeitsplätze", "stellen", "jobs",
             "emplois", "postes", "empleos", "puestos", "puestos de trabajo", "plazas"],
    "people": ["people", "persons", "staff", "employees", "workers", "engineers", "researchers", "scientists",
               "developers", "specialists", "experts", "professionals", "hires", "menschen", "personen",
               "mitarbeiter", "mitarbeitende", "mitarbeiterinnen", "beschäftigte", "beschäftigten", "angestellte",
               "ingenieure", "ingenieuren", "forscher", "entwickler", "fachkräfte", "personnes", "employés",
               "salariés", "ingénieurs", "chercheurs", "développeurs", "collaborateurs", "personas", "empleados",
               "trabajadores", "ingenieros", "investigadores", "desarrolladores", "profesionales"],
    "users": ["users", "active users", "weekly active users", "monthly active users", "nutzer", "nutzerinnen",
              "utilisateurs", "usuarios", "subscribers", "abonnenten", "abonnés", "suscriptores"],
    "customers": ["customers", "clients", "kunden", "clientes"],
    "offices": ["offices", "branches", "büros", "niederlassungen", "standorte", "bureaux", "filiales",
                "oficinas", "sedes", "sucursales"],
    "factories": ["factories", "plants", "fabs", "fabriken", "werke", "usines", "fábricas", "plantas"],
    "labs": ["labs", "laboratories", "labore", "labors", "laboratoires", "laboratorios"],
    "areas": ["areas", "main areas", "focus areas", "pillars", "frameworks", "workstreams", "priorities",
              "bereiche", "säulen", "schwerpunkte", "handlungsfelder", "axes", "piliers", "domaines",
              "priorités", "áreas", "pilares", "ejes", "prioridades"],
    "sectors": ["sectors", "industries", "sektoren", "branchen", "secteurs", "sectores", "industrias"],
    "countries": ["countries", "länder", "ländern", "pays", "países"],
    "cities": ["cities", "städte", "städten", "villes", "ciudades"],
    "markets": ["markets", "märkte", "marchés", "mercados"],
    "stores": ["stores", "shops", "filialen", "magasins", "tiendas"],
    "companies": ["companies", "startups", "start-ups", "firms", "unternehmen", "firmen", "entreprises",
                  "sociétés", "empresas", "compañías"],
    "partners": ["partners", "partner", "partenaires", "socios"],
    "students": ["students", "studierende", "studenten", "étudiants", "estudiantes"],
    "vehicles": ["vehicles", "cars", "fahrzeuge", "véhicules", "vehículos"],
    "robots": ["robots", "roboter", "robots"],
}
# hiring verbs: people + hire -> jobs
# people counted as a workforce by the noun itself ("1,800 employees"): jobs, whatever the verb
EMPLOYEE_NOUNS = {"staff", "employees", "workers", "mitarbeiter", "mitarbeitende", "mitarbeiterinnen", "beschäftigte",
                  "beschäftigten", "angestellte", "employés", "salariés", "collaborateurs", "empleados", "trabajadores"}
HIRING_CUES = ["hire", "hiring", "hired", "recruit", "create", "creating", "created", "employ", "add",
               "einstellen", "schaffen", "anstellen", "rekrutieren", "beschäftigen", "embaucher", "recruter",
               "créer", "créera", "contratar", "crear", "creará", "emplear", "emploi", "beschäftig", "arbeiten",
               "arbeitsplätze", "emplea", "embauch", "recrut", "contrata"]

# --- slots for money / percent (nearest cue wins; priority breaks ties) -------------------------

MONEY_SLOTS = [  # (slot, cue stems); a stem matches at a word start; "x.y" refines a nearby "x"
    ("valuation.post_money", ["post-money", "post money", "postmoney", "post-money-bewertung"]),
    ("valuation.pre_money", ["pre-money", "pre money", "premoney", "pre-money-bewertung"]),
    ("valuation", ["valuation", "valued at", "valuing", "value of", "worth", "bewertung", "bewertet",
                   "valorisation", "valorisé", "valorisée", "valoración", "valorada", "valorado", "valuada"]),
    ("funding_round.amount", ["funding round", "financing round", "round", "series a", "series b", "series c",
                              "series d", "series e", "seed", "raised", "raise", "raising", "raises",
                              "finanzierungsrunde", "finanzierung", "eingesammelt", "sammelt", "sammelte",
                              "levée", "lève", "levé", "tour de table", "ronda", "recaudó", "recauda", "captó"]),
    ("investment.amount", ["invest", "investment", "investing", "injecting", "inject", "funding", "funded",
                           "commit", "commitment", "commits", "pledge", "backed by", "investition", "investier",
                           "investit", "investir", "investissement", "injecte", "financement", "inversión",
                           "invertir", "invertirá", "invierte", "inyect", "financiación", "förder",
                           "contribut", "contribu", "spend", "allocat", "earmark", "beisteuer", "steuert",
                           "beitrag", "steckt", "stecken", "apport", "consacr", "débloqu", "aporta", "destina"]),
    ("revenue", ["revenue", "revenues", "sales", "turnover", "umsatz", "erlös", "chiffre d'affaires",
                 "chiffre d’affaires", "ventas", "ingresos", "facturación", "facturó", "facturará", "facturado"]),
    ("profit", ["net profit", "profit", "earnings", "net income", "gewinn", "nettogewinn", "überschuss",
                "bénéfice", "beneficio", "ganancia"]),
    ("loss", ["net loss", "loss", "losses", "verlust", "perte", "pérdida"]),
    ("acquisition.price", ["acquir", "acquisition", "takeover", "buy", "bought", "deal", "transaction", "übernahme",
                           "übernimmt", "kauft", "gekauft", "rachat", "rachète", "racheté", "adquisición",
                           "adquiere", "compra", "compró"]),
    ("ipo.amount", ["ipo", "listing", "börsengang", "introduction en bourse", "salida a bolsa"]),
    ("loan.amount", ["loan", "credit line", "kredit", "darlehen", "prêt", "préstamo"]),
    ("fund.size", ["fund", "fonds", "fondo"]),
    ("budget", ["budget", "budgets", "haushalt", "presupuesto"]),
    ("cost", ["cost", "costs", "kosten", "coût", "costo", "coste"]),
    ("fine", ["fine", "fined", "penalty", "strafe", "bußgeld", "amende", "multa"]),
    ("salary", ["salary", "pay", "gehalt", "salaire", "salario"]),
    ("price", ["price", "priced", "preis", "prix", "precio"]),
    ("transfer_fee", ["transfer fee", "transfer", "fee", "ablöse", "ablösesumme", "transfert", "indemnité de transfert",
                      "traspaso", "fichaje", "cláusula"]),
    ("bail", ["bail", "kaution", "caution", "fianza"]),
    ("damages", ["damages", "compensation", "schadenersatz", "entschädigung", "dommages et intérêts",
                 "indemnisation", "indemnización"]),
    ("market_value", ["market value", "market cap", "market capitalisation", "market capitalization", "börsenwert",
                      "marktkapitalisierung",
                      "marktwert", "capitalisation boursière", "capitalización bursátil"]),
    ("share_price", ["per share", "a share", "je aktie", "pro aktie", "par action", "por acción", "share price",
                     "stock price", "closing price", "shares closed", "stock closed", "aktienkurs", "schlusskurs",
                     "kurs der", "cours de l'action", "cours de l’action", "l'action", "l’action", "clôturé à",
                     "cotización", "precio de la acción", "cerrando a", "cerró a", "por acciones"]),
]
PERCENT_SLOTS = [
    ("stake.percent", ["stake", "share in", "holding", "anteil", "beteiligung", "participation", "participación"]),
    ("market_share.percent", ["market share", "marktanteil", "part de marché", "cuota de mercado"]),
    ("growth.percent", ["grew", "grow", "growth", "rose", "rise", "increase", "increased", "up", "jump", "surge",
                        "wachstum", "gestiegen", "stieg", "wuchs", "zunahme", "hausse", "augmenté", "augmentation",
                        "progression", "progressé", "progresse", "crecimiento", "aumentó", "aumento", "creció",
                        "subió"]),
    ("decline.percent", ["fell", "fall", "drop", "decline", "decrease", "down", "gesunken", "sank", "rückgang",
                         "baisse", "chute", "recul", "caída", "cayó", "descenso", "bajó"]),
    ("unemployment.percent", ["unemployment", "arbeitslosenquote", "chômage", "desempleo", "paro"]),
    ("inflation.percent", ["inflation", "teuerung", "inflación"]),
    ("interest_rate.percent", ["interest rate", "key rate", "benchmark rate", "benchmark lending rate",
                               "lending rate", "policy rate", "base rate", "repo rate", "zins", "leitzins",
                               "taux d'intérêt", "taux directeur", "tipo de interés", "tasa de interés",
                               "tipo de referencia", "tasa de referencia", "deposit rate", "deposit facility",
                               "refinancing", "refinancing rate", "marginal lending", "einlagenzins", "einlagensatz",
                               "hauptrefinanzierung", "spitzenrefinanzierung", "taux de dépôt", "facilité de dépôt",
                               "refinancement", "prêt marginal", "tipo de depósito", "facilidad de depósito",
                               "refinanciación", "facilidad marginal", "tipos de interés", "tipo oficial",
                               "tipos oficiales", "mortgage rate", "yield", "rendite", "rendement", "rentabilidad"]),
    ("margin.percent", ["margin", "marge", "margen"]),
    ("probability.percent", ["probability", "chance", "wahrscheinlichkeit", "probabilité", "probabilidad"]),
    ("approval.percent", ["approval", "zustimmung", "approbation", "aprobación"]),
    ("vote_share.percent", ["vote", "votes", "ballots", "stimmen", "zweitstimmen", "voix", "suffrages", "votos",
                            "sufragios", "won", "winning", "took", "garnered", "secured", "gewann", "gewinnt", "holte",
                            "kam auf", "kommt auf", "erreichte", "erzielte", "landete", "obtient", "obtenu",
                            "recueilli", "récolte", "obtuvo", "consiguió", "logró", "cosechó", "alcanzó"]),
    ("turnout.percent", ["turnout", "wahlbeteiligung", "taux de participation", "participation électorale",
                         "participación electoral", "índice de participación", "participación fue", "la participación",
                         "eligible voters", "registered voters", "wahlberechtigten", "électeurs inscrits", "inscrits",
                         "electores inscritos", "votantes inscritos", "went to the polls", "zur wahl gingen",
                         "électeurs ont voté", "électeurs se sont rendus", "electores acudieron",
                         "votantes acudieron"]),
    ("efficacy.percent", ["efficacy", "effective", "wirksamkeit", "wirksam", "efficacité", "efficace", "eficacia",
                          "eficaz"]),
    ("tariff.percent", ["tariff", "tariffs", "duty", "duties", "zoll", "zölle", "zöllen", "droits de douane",
                        "droit de douane", "arancel", "aranceles"]),
]

# verbs that report a result of any figure ("reached", "won", "obtained"): a percentage's slot only where no
# word in reach names the figure ("turnout reached 84%" is turnout, "the CDU won 28.6%" a vote share)
PERCENT_VERB_CUES = {
    "won", "winning", "took", "garnered", "secured", "gewann", "gewinnt", "holte", "kam auf", "kommt auf",
    "erreichte", "erzielte", "landete", "obtient", "obtenu", "recueilli", "récolte", "obtuvo", "consiguió", "logró",
    "cosechó", "alcanzó",
}

# --- dates ---------------------------------------------------------------------------------------

MONTHS = {
    1: ["january", "jan.", "januar", "jänner", "janvier", "janv.", "enero"],
    2: ["february", "feb.", "februar", "février", "févr.", "febrero"],
    3: ["march", "mar.", "märz", "mars", "marzo"],
    4: ["april", "apr.", "avril", "avr.", "abril"],
    5: ["may", "mai", "mayo"],
    6: ["june", "jun.", "juni", "juin", "junio"],
    7: ["july", "jul.", "juli", "juillet", "juil.", "julio"],
    8: ["august", "aug.", "août", "agosto"],
    9: ["september", "sept.", "sep.", "septembre", "septiembre", "setiembre"],
    10: ["october", "oct.", "oktober", "okt.", "octobre", "octubre"],
    11: ["november", "nov.", "novembre", "noviembre"],
    12: ["december", "dec.", "dezember", "dez.", "décembre", "déc.", "diciembre"],
}
WEEKDAYS = {
    0: ["monday", "montag", "lundi", "lunes"],
    1: ["tuesday", "dienstag", "mardi", "martes"],
    2: ["wednesday", "mittwoch", "mercredi", "miércoles", "miercoles"],
    3: ["thursday", "donnerstag", "jeudi", "jueves"],
    4: ["friday", "freitag", "vendredi", "viernes"],
    5: ["saturday", "samstag", "sonnabend", "samedi", "sábado", "sabado"],
    6: ["sunday", "sonntag", "dimanche", "domingo"],
}
# relative expressions -> (year offset, part) ; part: year|start|end|since_start|month|day
RELATIVE_YEAR = {
    "last year": -1, "previous year": -1, "this year": 0, "next year": 1, "the current year": 0,
    "letztes jahr": -1, "letzten jahres": -1, "vergangenes jahr": -1, "vergangenen jahres": -1,
    "im vergangenen jahr": -1, "im letzten jahr": -1, "vorjahr": -1, "im vorjahr": -1,
    "dieses jahr": 0, "dieses jahres": 0, "diesem jahr": 0, "in diesem jahr": 0, "laufenden jahres": 0,
    "nächstes jahr": 1, "nächsten jahres": 1, "im nächsten jahr": 1, "kommenden jahres": 1,
    "l'année dernière": -1, "l’année dernière": -1, "l'an dernier": -1, "l’an dernier": -1,
    "l'an passé": -1, "l’an passé": -1, "l'année passée": -1, "cette année": 0, "l'année prochaine": 1,
    "l’année prochaine": 1, "l'an prochain": 1, "l’an prochain": 1,
    "el año pasado": -1, "año pasado": -1, "del año pasado": -1, "este año": 0, "el próximo año": 1,
    "el año que viene": 1, "próximo año": 1,
}
QUARTER_ORDINALS = {  # "second quarter", "zweiten Quartal", "deuxième trimestre", "segundo trimestre"
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "erste": 1, "zweite": 2, "dritte": 3, "vierte": 4,
    "premier": 1, "deuxième": 2, "troisième": 3, "quatrième": 4,
    "primer": 1, "segundo": 2, "tercer": 3, "cuarto": 4,
}
YEAR_PART = {  # words that narrow a year: "end of", "Ende", "fin de", "finales de"
    "end": ["end of", "by the end of", "the end of", "late", "later", "ende", "gegen ende", "bis ende",
            "fin de", "à la fin de", "d'ici la fin de", "d’ici la fin de", "fin", "finales de", "a finales de",
            "a fines de", "al final de"],
    "start": ["start of", "beginning of", "early", "earlier", "the start of", "anfang", "zu beginn",
              "beginn", "début de", "au début de", "début", "principios de", "a principios de", "comienzos de",
              "inicios de"],
    "since_start": ["since the start of", "since the beginning of", "seit beginn", "seit anfang",
                    "depuis le début de", "desde principios de", "desde el inicio de", "en lo que va de",
                    "year to date", "so far this year"],
}
SINCE_START_OF_YEAR = ["seit jahresbeginn", "seit jahresanfang", "year-to-date", "since january"]
END_OF_YEAR = ["jahresende", "zum jahresende", "bis jahresende", "end of the year", "by year-end",
               "year-end", "fin d'année", "fin d’année", "fin de año", "fin del año"]
RELATIVE_DAY = {"yesterday": -1, "today": 0, "tomorrow": 1, "gestern": -1, "heute": 0, "vorgestern": -2,
                "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1, "ayer": -1, "hoy": 0,
                "anteayer": -2}
RELATIVE_WEEK = {"last week": -1, "this week": 0, "next week": 1, "earlier this week": 0,
                 "vergangene woche": -1, "letzte woche": -1, "vorige woche": -1, "diese woche": 0,
                 "nächste woche": 1, "kommende woche": 1, "la semaine dernière": -1, "la semaine passée": -1,
                 "cette semaine": 0, "la semaine prochaine": 1, "la semana pasada": -1, "esta semana": 0,
                 "la próxima semana": 1, "la semana que viene": 1}
YEAR_PREPS = {  # word before a year -> what the year means
    "before": "before", "prior to": "before", "vor": "before", "avant": "before", "antes de": "before",
    "after": "after", "nach": "after", "après": "after", "después de": "after", "tras": "after",
    "since": "since", "seit": "since", "depuis": "since", "desde": "since",
    "by": "by", "bis": "by", "d'ici": "by", "d’ici": "by", "d'ici à": "by", "para": "by", "hacia": "by",
    "until": "by", "till": "by",
}

# --- events and their slots (dates) ----------------------------------------------------------------

EVENT_VERBS = {  # word form (or stem ending in "*") -> event key
    "open": "opening", "opens": "opening", "opened": "opening", "opening": "opening", "eröffn*": "opening",
    "öffnet": "opening", "ouvr*": "opening", "ouvert": "opening", "ouverte": "opening", "inaugur*": "opening",
    "abrió": "opening", "abre": "opening", "abrirá": "opening", "apertura": "opening",
    "launch": "launch", "launches": "launch", "launched": "launch", "launching": "launch", "lancé": "launch",
    "lancée": "launch", "lance": "launch", "lancement": "launch", "startet": "launch", "gestartet": "launch",
    "lanza": "launch", "lanzó": "launch", "lanzamiento": "launch",
    "founded": "founded", "co-founded": "founded", "founding": "founded", "gegründet": "founded",
    "gründete": "founded", "gründung": "founded", "ins leben gerufen": "founded", "fondé": "founded",
    "fondée": "founded", "fondation": "founded", "créé en": "founded", "créée en": "founded", "fundada": "founded",
    "fundado": "founded", "fundó": "founded", "fundación": "founded", "set up in": "founded",
    "announc*": "announcement", "statement": "announcement", "released": "announcement",
    "angekündigt": "announcement", "kündigte": "announcement", "gab bekannt": "announcement",
    "erklärung": "announcement", "mitteilung": "announcement", "annonc*": "announcement",
    "communiqué": "announcement", "déclaration": "announcement", "anunci*": "announcement",
    "comunicado": "announcement", "declaración": "announcement",
    "signed": "signing", "signs": "signing", "signing": "signing", "unterzeichn*": "signing",
    "unterschrieb*": "signing", "signé": "signing", "signée": "signing", "firmó": "signing", "firmado": "signing",
    "firmaron": "signing",
    "acquir*": "acquisition", "übernahm": "acquisition", "racheté": "acquisition", "adquiri*": "acquisition",
    "closed": "closing", "closes": "closing", "closing": "closing", "geschlossen": "closing",
    "schließt": "closing", "fermé": "closing", "fermée": "closing", "cerró": "closing", "cerrado": "closing",
    "completed": "completion", "completion": "completion", "abgeschlossen": "completion", "achevé": "completion",
    "ipo": "ipo", "went public": "ipo", "börsengang": "ipo",
    "election": "election", "elections": "election", "voted": "election", "vote": "election", "polls": "election",
    "wahl": "election", "bundestagswahl": "election", "gewählt": "election", "wählt": "election",
    "élection*": "election", "législatives": "election", "scrutin": "election", "elecciones": "election",
    "comicios": "election", "votaron": "election",
    "verdict": "verdict", "sentenced": "verdict", "convicted": "verdict", "ruling": "verdict", "urteil": "verdict",
    "verurteilt": "verdict", "verdict rendu": "verdict", "condamné*": "verdict", "jugement": "verdict",
    "sentencia": "verdict", "condenado": "verdict", "condenó": "verdict", "fallo": "verdict",
    "final": "match", "match": "match", "finale": "match", "endspiel": "match", "spiel": "match",
    "struck": "occurred", "hit": "occurred", "erupted": "occurred", "crashed": "occurred", "broke out": "occurred",
    "erschütterte": "occurred", "ereignete": "occurred", "frappé": "occurred", "survenu": "occurred",
    "sacudió": "occurred", "golpeó": "occurred", "ocurrió": "occurred",
    "landed": "landing", "landing": "landing", "touchdown": "landing", "gelandet": "landing", "landung": "landing",
    "atterri": "landing", "alunissage": "landing", "aterrizó": "landing", "aterrizaje": "landing",
    "arrested": "arrest", "festgenommen": "arrest", "interpellé": "arrest", "arrêté": "arrest", "detenido": "arrest",
}
EVENT_OBJECTS = {  # noun -> object key (what opened / was founded)
    "office": "office", "offices": "office", "büro": "office", "büros": "office", "niederlassung": "office",
    "standort": "office", "bureau": "office", "bureaux": "office", "oficina": "office", "oficinas": "office",
    "sede": "office", "headquarters": "headquarters", "hq": "headquarters", "zentrale": "headquarters",
    "hauptsitz": "headquarters", "siège": "headquarters",
    "lab": "lab", "labs": "lab", "laboratory": "lab", "laboratories": "lab", "labor": "lab", "labors": "lab",
    "laboratoire": "lab", "laboratorio": "lab",
    "factory": "factory", "plant": "factory", "fab": "factory", "fabrik": "factory", "werk": "factory",
    "usine": "factory", "fábrica": "factory", "planta": "factory",
    "store": "store", "shop": "store", "geschäft": "store", "magasin": "store", "tienda": "store",
    "hub": "hub", "campus": "campus", "data center": "datacenter", "rechenzentrum": "datacenter",
    "centre de données": "datacenter", "centro de datos": "datacenter",
    "agreement": "agreement", "memorandum": "agreement", "deal": "agreement", "vereinbarung": "agreement",
    "abkommen": "agreement", "accord": "agreement", "acuerdo": "agreement",
    "partnership": "partnership", "partnerschaft": "partnership", "partenariat": "partnership",
    "alianza": "partnership",
    "company": "company", "unternehmen": "company", "firma": "company", "société": "company",
    "entreprise": "company", "empresa": "company", "startup": "company",
    "product": "product", "model": "product", "service": "product",
    "program": "program", "programme": "program", "programm": "program", "programa": "program",
    "initiative": "program", "iniciativa": "program",
}

# --- relations ------------------------------------------------------------------------------------
# (relation key, slot, cue regex on lowercased text, gap words allowed before the entity, subject rule)
# subject rule: "first" = the sentence's first actor, "near" = the nearest entity before the cue
RELATION_CUES = [
    ("partner", "partnership", [
        "partnership with", "partnerships with", "partnering with", "partnering directly with", "partners with",
        "partnered with", "partner with", "in partnership with", "collaboration with", "collaborating with",
        "collaborate with", "alliance with", "memorandum of understanding with", "agreement with",
        "teamed up with", "teams up with", "joint venture with",
        "partnerschaft mit", "partnerschaft", "kooperation mit", "zusammenarbeit mit", "allianz mit",
        "vereinbarung mit", "abkommen mit", "partenariat avec", "partenariat", "collaboration avec",
        "accord avec", "alliance avec", "s'associe à", "s'associe avec", "alianza con", "asociación con",
        "colaboración con", "acuerdo con", "acuerdo de colaboración con", "se asocia con"], 3, "first"),
    ("investor", "investor", [
        "backed by", "funded by", "investment from", "investors including", "investors such as", "led by",
        "unterstützt von", "finanziert von", "angeführt von", "soutenu par", "financé par", "mené par",
        "respaldado por", "financiado por", "liderada por", "liderado por"], 1, "first"),
    ("owner", "owner", [
        "owned by", "subsidiary of", "a unit of", "part of the", "tochter von", "tochtergesellschaft von",
        "gehört zu", "filiale de", "appartient à", "détenu par", "filial de", "propiedad de", "pertenece a"],
        1, "near"),
    ("founded_by", "founded_by", [
        "founded by", "co-founded by", "set up by", "established by", "created by", "launched by",
        "started by", "gegründet von", "ins leben gerufen von", "fondé par", "fondée par", "créé par",
        "créée par", "fundada por", "fundado por", "creada por", "creado por"], 1, "near"),
    ("hosted_at", "hosted_at", [
        "hosted at", "hosted by", "based at", "housed at", "housed in", "angesiedelt an", "angesiedelt bei",
        "beheimatet an", "hébergé par", "hébergé à", "hébergée par", "hébergée à", "alojado en", "alojada en",
        "con sede en"], 1, "near"),
    ("acquired", "acquisition", [
        "acquired", "acquires", "acquisition of", "takeover of", "buys", "bought", "übernimmt", "übernahm",
        "übernahme von", "kauft", "rachète", "a racheté", "rachat de", "acquiert", "adquiere", "adquirió",
        "compra de", "compró"], 1, "first"),
    ("supports", "support", [
        "support local initiatives like", "support initiatives such as", "support initiatives like",
        "support for", "supporting", "unterstützung von", "unterstützt", "soutien à", "soutenir",
        "apoyo a", "apoyar"], 3, "first"),
]
# "joint statement by A and B" -> A partners with B
JOINT_CUES = ["joint statement", "joint announcement", "joint venture", "jointly", "gemeinsame erklärung",
              "gemeinsamen erklärung", "gemeinsam", "déclaration commune", "communiqué commun",
              "declaración conjunta", "comunicado conjunto"]
# a place word inside the founding/launch cue ("ins Leben gerufen") the founder precedes in German
FOUNDED_BY_BEFORE = ["ins leben gerufen", "gegründet"]

# --- roles ----------------------------------------------------------------------------------------

ROLE_WORDS = {  # form -> role key
    "ceo": "ceo", "chief executive": "ceo", "chief executive officer": "ceo", "chief": "ceo",
    "boss": "ceo", "vorstandschef": "ceo", "vorstandsvorsitzender": "ceo", "vorstandsvorsitzende": "ceo",
    "konzernchef": "ceo", "firmenchef": "ceo", "pdg": "ceo", "p.-d.g.": "ceo",
    "directeur général": "ceo", "directrice générale": "ceo", "consejero delegado": "ceo",
    "consejera delegada": "ceo", "director ejecutivo": "ceo", "directora ejecutiva": "ceo",
    "cfo": "cfo", "chief financial officer": "cfo", "finanzchef": "cfo", "finanzvorstand": "cfo",
    "directeur financier": "cfo", "director financiero": "cfo",
    "cto": "cto", "chief technology officer": "cto", "technikchef": "cto", "directeur technique": "cto",
    "coo": "coo", "chief operating officer": "coo", "cro": "cro", "chief revenue officer": "cro",
    "cmo": "cmo", "chief marketing officer": "cmo", "cpo": "cpo", "chief product officer": "cpo",
    "chief scientist": "chief_scientist",
    "president": "president", "präsident": "president", "präsidentin": "president", "président": "president",
    "présidente": "president", "presidente": "president", "presidenta": "president",
    "chairman": "chair", "chairwoman": "chair", "chair": "chair", "aufsichtsratschef": "chair",
    "aufsichtsratsvorsitzender": "chair", "président du conseil": "chair",
    "founder": "founder", "co-founder": "cofounder", "cofounder": "cofounder", "gründer": "founder",
    "gründerin": "founder", "mitgründer": "cofounder", "mitbegründer": "cofounder", "fondateur": "founder",
    "fondatrice": "founder", "cofondateur": "cofounder", "co-fondateur": "cofounder", "fundador": "founder",
    "fundadora": "founder", "cofundador": "cofounder",
    "managing director": "managing_director", "geschäftsführer": "managing_director",
    "director general": "director_general", "director-general": "director_general", "generaldirektor": "director_general", "generaldirektorin": "director_general",
    "directora general": "director_general", "secretary-general": "secretary_general",
    "secretary general": "secretary_general", "generalsekretär": "secretary_general",
    "secrétaire général": "secretary_general", "secretario general": "secretary_general",
    "geschäftsführerin": "managing_director", "directeur": "director", "directrice": "director",
    "director": "director", "directora": "director", "head": "head", "head of": "head", "leiter": "head",
    "leiterin": "head", "chef de": "head", "jefe": "head", "jefa": "head", "responsable": "head",
    "vice president": "vice_president", "senior vice president": "senior_vice_president",
    "executive vice president": "executive_vice_president", "vizepräsident": "vice_president",
    "vice-président": "vice_president", "vicepresidente": "vice_president",
    "general manager": "general_manager", "country manager": "country_manager",
    "minister": "minister", "ministerin": "minister", "ministre": "minister", "ministro": "minister",
    "ministra": "minister", "prime minister": "prime_minister", "premierminister": "prime_minister",
    "premier ministre": "prime_minister", "primer ministro": "prime_minister",
    "permanent secretary": "permanent_secretary", "secretary": "secretary", "staatssekretär": "secretary",
    "secrétaire d'état": "secretary", "secretario": "secretary",
    "spokesperson": "spokesperson", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "sprecher": "spokesperson", "sprecherin": "spokesperson", "porte-parole": "spokesperson",
    "portavoz": "spokesperson", "analyst": "analyst", "analystin": "analyst", "analyste": "analyst",
    "analista": "analyst", "professor": "professor", "professeur": "professor", "profesor": "professor",
    "chief scientist officer": "chief_scientist",
    "judge": "judge", "presiding judge": "presiding_judge", "richter": "judge", "richterin": "judge",
    "vorsitzende richter": "presiding_judge", "vorsitzender richter": "presiding_judge", "juge": "judge",
    "président de la cour": "presiding_judge", "juez": "judge", "jueza": "judge", "magistrado": "judge",
    "magistrada": "judge", "lawyer": "lawyer", "attorney": "lawyer", "anwalt": "lawyer", "anwältin": "lawyer",
    "verteidiger": "lawyer", "verteidigerin": "lawyer", "avocat": "lawyer", "avocate": "lawyer",
    "abogado": "lawyer", "abogada": "lawyer", "prosecutor": "prosecutor", "staatsanwalt": "prosecutor",
    "staatsanwältin": "prosecutor", "procureur": "prosecutor", "fiscal": "prosecutor",
    "coach": "coach", "manager": "coach", "head coach": "coach", "trainer": "coach", "trainerin": "coach",
    "entraîneur": "coach", "sélectionneur": "coach", "entrenador": "coach", "seleccionador": "coach",
    "captain": "captain", "kapitän": "captain", "capitaine": "captain", "capitán": "captain",
    "chancellor": "chancellor", "kanzler": "chancellor", "kanzlerin": "chancellor", "chancelier": "chancellor",
    "canciller": "chancellor", "mayor": "mayor", "bürgermeister": "mayor", "bürgermeisterin": "mayor",
    "maire": "mayor", "alcalde": "mayor", "alcaldesa": "mayor", "governor": "governor", "gouverneur": "governor",
    "gobernador": "governor", "leader": "leader", "chef": "leader", "parteichef": "leader", "vorsitzende": "chair",
    "vorsitzender": "chair", "dirigeant": "leader", "líder": "leader", "candidate": "candidate",
    "kandidat": "candidate", "kanzlerkandidat": "candidate", "candidat": "candidate", "candidato": "candidate",
    "candidata": "candidate", "finance chief": "cfo", "directrice financière": "cfo", "directora financiera": "cfo",
}
FORMER_WORDS = ["former", "formerly", "ex-", "ehemals", "ehemalige", "ehemaliger", "früherer", "frühere",
                "ancien", "ancienne", "ex", "antiguo", "antigua", "exdirector"]
HONORIFICS = ["mr.", "mrs.", "ms.", "dr.", "prof.", "herr", "frau", "m.", "mme", "sr.", "sra.", "don", "doña",
              "mr", "mrs", "ms", "dr"]
SPEECH_VERBS = ["said", "says", "told", "added", "noted", "stated", "explained", "according to",
                "sagte", "sagt", "erklärte", "betonte", "sagte gegenüber", "so", "laut", "a déclaré", "a dit",
                "a expliqué", "déclare", "selon", "dijo", "afirmó", "explicó", "declaró", "según", "señaló"]

# --- places / events / hubs ------------------------------------------------------------------------

EVENT_NOUNS = ["summit", "conference", "forum", "expo", "exhibition", "festival", "congress", "convention",
               "symposium", "fair", "week", "show", "gipfel", "konferenz", "messe", "kongress", "sommet",
               "conférence", "salon", "congrès", "cumbre", "conferencia", "feria", "congreso", "foro"]
OFFICE_NOUNS = ["office", "offices", "headquarters", "hq", "branch", "campus", "lab", "laboratory",
                "büro", "büros", "niederlassung", "standort", "zentrale", "hauptsitz", "bureau", "bureaux",
                "siège", "filiale", "oficina", "oficinas", "sede", "sucursal"]
HUB_NOUNS = ["hub", "regional hub", "drehscheibe", "knotenpunkt", "plaque tournante", "centro neurálgico",
             "polo"]
NEW_WORDS = ["new", "neue", "neuen", "neues", "neuer", "nouveau", "nouvel", "nouvelle", "nouveaux", "nuevo",
             "nueva", "nuevos", "nuevas"]
EXISTING_WORDS = ["existing", "current", "bestehenden", "bestehende", "bisherigen", "existants", "existantes",
                  "actuels", "existentes", "actuales"]

# --- rankings --------------------------------------------------------------------------------------

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "erste": 1, "erster": 1, "ersten": 1, "erstes": 1, "zweite": 2, "zweiter": 2,
    "zweiten": 2, "zweites": 2, "dritte": 3, "dritten": 3, "dritter": 3, "vierte": 4, "vierten": 4,
    "fünfte": 5, "fünften": 5, "premier": 1, "première": 1, "deuxième": 2, "seconde": 2,
    "troisième": 3, "quatrième": 4, "cinquième": 5, "primer": 1, "primero": 1, "primera": 1, "segundo": 2,
    "segunda": 2, "tercer": 3, "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5,
    "sechste": 6, "sechsten": 6, "siebte": 7, "siebten": 7, "achte": 8, "achten": 8, "neunte": 9, "neunten": 9,
    "zehnte": 10, "zehnten": 10, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10,
    "sexto": 6, "sexta": 6, "séptimo": 7, "séptima": 7, "octavo": 8, "octava": 8, "noveno": 9, "novena": 9,
    "décimo": 10, "décima": 10,
}
RANK_CATEGORIES = {  # noun -> category key
    "lab": "lab", "labs": "lab", "laboratory": "lab", "laboratories": "lab", "labor": "lab",
    "laboratoire": "lab", "laboratorio": "lab", "research lab": "lab", "office": "office", "offices": "office",
    "büro": "office", "büros": "office", "bureau": "office", "bureaux": "office", "oficina": "office",
    "oficinas": "office", "branch": "office", "niederlassung": "office", "filiale": "office",
    "sucursal": "office", "headquarters": "headquarters", "hub": "hub", "factory": "factory", "plant": "factory",
    "fabrik": "factory", "werk": "factory", "usine": "factory", "fábrica": "factory", "planta": "factory",
    "store": "store", "data center": "datacenter", "rechenzentrum": "datacenter", "campus": "campus",
    "facility": "facility", "anlage": "facility", "installation": "facility", "instalación": "facility",
    "center": "center", "centre": "center", "zentrum": "center", "centro": "center",
    "market": "market", "markt": "market", "marché": "market", "mercado": "market",
    "country": "country", "land": "country", "pays": "country", "país": "country",
    "company": "company", "unternehmen": "company", "entreprise": "company", "empresa": "company",
    "investment": "investment", "investition": "investment", "investissement": "investment",
    "inversión": "investment", "partnership": "partnership", "partnerschaft": "partnership",
    "partenariat": "partnership",
}
OUTSIDE_WORDS = ["outside of", "outside", "beyond", "außerhalb", "außerhalb von", "hors de", "hors des", "hors du",
                 "en dehors de", "en dehors des", "en dehors du", "fuera de"]
SUCH_WORDS = ["such", "of its kind", "of their kind", "dieser art", "seiner art", "ihrer art", "derartige",
              "derartigen", "derartiger", "solche", "solchen", "de ce type", "de ce genre", "en son genre",
              "de este tipo", "de su tipo"]
ONE_OF = ["one of", "einer von", "eines von", "eine von", "eines der", "einer der", "eine der", "l'un des",
          "l’un des", "l'une des", "l’une des", "un des", "une des", "uno de", "una de", "uno de los", "una de las"]
INTERNATIONAL_WORDS = ["international", "internationale", "internationalen", "internationales", "internacional"]

# --- lists -----------------------------------------------------------------------------------------

LIST_NOUNS = {  # cue noun -> list slot
    "sectors": "sectors", "sector": "sectors", "industries": "sectors", "priorities": "sectors",
    "national priorities": "sectors", "areas": "sectors", "fields": "sectors", "domains": "sectors",
    "verticals": "sectors", "sektoren": "sectors", "branchen": "sectors", "bereiche": "sectors",
    "bereichen": "sectors", "prioritäten": "sectors", "secteurs": "sectors", "domaines": "sectors",
    "priorités": "sectors", "sectores": "sectors", "ámbitos": "sectors", "áreas": "sectors",
    "prioridades": "sectors", "industrias": "sectors",
    "cities": "locations", "städte": "locations", "städten": "locations", "villes": "locations",
    "ciudades": "locations", "locations": "locations", "standorte": "locations", "standorten": "locations",
    "sites": "locations", "countries": "countries", "länder": "countries", "ländern": "countries",
    "pays": "countries", "países": "countries", "markets": "markets", "märkte": "markets",
    "marchés": "markets", "mercados": "markets", "offices": "locations", "büros": "locations",
    "bureaux": "locations", "oficinas": "locations",
}
LIST_INTRO = ["such as", "like", "including", "namely", "notably", "particularly", "especially",
              "wie", "darunter", "etwa", "insbesondere", "nämlich", "namentlich", "in", "tels que", "telles que",
              "comme", "dont", "notamment", "como", "incluidos", "incluidas", "entre ellos", "entre ellas",
              "en particular", "particularly in", "in the", "across"]
LIST_ENDERS = ["as well as", "sowie", "ainsi que", "así como", "along with", "in addition to", "among others",
               "etc", "and more", "und andere", "et d'autres", "entre otros", "including"]
# a reporting clause after a list closes it: "healthcare, finance and logistics, the company said"
ATTRIBUTION_VERBS = ["said", "says", "told", "added", "noted", "announced", "according to", "sagte", "sagt",
                     "teilte", "erklärte", "hieß es", "a déclaré", "a indiqué", "a précisé", "selon", "dijo",
                     "afirmó", "según", "señaló"]

# --- change ---------------------------------------------------------------------------------------

CHANGE_WORDS = {  # form -> (direction, factor)
    "doubled": ("up", 2.0), "doubling": ("up", 2.0), "tripled": ("up", 3.0), "quadrupled": ("up", 4.0),
    "halved": ("down", 0.5), "verdoppelt": ("up", 2.0), "verdoppelte": ("up", 2.0),
    "verdreifacht": ("up", 3.0), "vervierfacht": ("up", 4.0), "halbiert": ("down", 0.5),
    "doublé": ("up", 2.0), "triplé": ("up", 3.0), "quadruplé": ("up", 4.0), "divisé par deux": ("down", 0.5),
    "duplicado": ("up", 2.0), "duplicó": ("up", 2.0), "se duplicó": ("up", 2.0), "triplicado": ("up", 3.0),
    "triplicó": ("up", 3.0), "cuadruplicado": ("up", 4.0), "reducido a la mitad": ("down", 0.5),
}
CHANGE_METRICS = {  # noun near a change word -> metric key
    "users": "users", "user": "users", "nutzer": "users", "utilisateurs": "users", "usuarios": "users",
    "customers": "customers", "kunden": "customers", "clients": "customers", "clientes": "customers",
    "revenue": "revenue", "umsatz": "revenue", "chiffre d'affaires": "revenue", "ingresos": "revenue",
    "sales": "revenue", "ventas": "revenue", "employees": "employees", "staff": "employees",
    "mitarbeiter": "employees", "headcount": "employees", "valuation": "valuation", "bewertung": "valuation",
    "price": "price", "preis": "price", "prix": "price", "precio": "price", "profit": "profit",
    "gewinn": "profit", "bénéfice": "profit", "beneficio": "profit", "aum": "assets", "assets": "assets",
    "market share": "market_share", "downloads": "downloads", "subscribers": "users", "abonnenten": "users",
}

# --- hedges / opinion (lower check-worthiness) ------------------------------------------------------

HEDGES = ["may", "might", "could", "would", "possibly", "perhaps", "reportedly", "rumored", "rumoured",
          "expected to", "likely", "unlikely", "könnte", "könnten", "dürfte", "möglicherweise", "vielleicht",
          "angeblich", "soll", "sollen", "pourrait", "pourraient", "peut-être", "probablement", "serait",
          "podría", "podrían", "quizás", "tal vez", "posiblemente", "if", "wenn", "falls", "si"]
OPINION = ["i think", "we believe", "in my view", "arguably", "should", "must", "ideal", "best", "worst",
           "profound", "massive", "landmark", "historic", "meiner meinung", "sollte", "à mon avis", "devrait",
           "en mi opinión", "debería"]

# --- function words that start sentences but are no names -----------------------------------------

STOP_CAPS = set("""
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
""".split())
# lowercase words that may sit inside a name ("Ministry of Digital Development and Information")
NAME_CONNECTORS = {"of", "for", "and", "&", "de", "du", "des", "la", "le", "del", "y", "et", "und", "für",
                   "der", "di", "van", "von", "da", "dos", "the"}
NAME_AND = {"and", "&", "et", "und", "y"}
ORG_WORDS = set("""
ministry department agency authority commission council committee office bureau board foundation
institute institution university college school academy bank fund group holdings inc inc. corp corp.
corporation company co co. ltd ltd. llc plc gmbh ag se sa s.a. nv bv labs lab association federation
union organisation organization program programme initiative network alliance centre center society
government parliament court police service services ministerium behörde amt stiftung universität
hochschule institut bank gruppe verband ministère agence autorité fondation université institut
banque groupe ministerio agencia autoridad fundación universidad instituto banco grupo
""".split())
GERMAN_DETERMINERS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
                      "kein", "keine", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren",
                      "ihrem", "ihrer", "unser", "unsere", "diese", "dieser", "dieses", "diesem", "diesen",
                      "jede", "jeder", "jedes", "im", "am", "vom", "zum", "zur", "beim", "ins", "neue", "neuen",
                      "neues", "neuer", "satte", "globalen", "bestehenden", "mehreren", "einige", "alle",
                      "viele", "wöchentlichen", "aktiven", "nationales", "nationale", "reichen"}
