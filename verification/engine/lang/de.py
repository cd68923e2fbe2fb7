"""Deutsch. Table meanings: see ``verification/engine/lang/__init__.py``."""

# tables this language has no words for, and why (the every-language test asks for the reason)
NO_ENTRIES = {
    "AHEAD_PHRASES": "'in zwei Jahren' tells how long as often as when ('In zwei Jahren traf er in 103 Partien'): only its verb's tense says which",
    "FORMS_NOT_LEMMATISED": "no table word's lemma is another word ('Menschenleben' -> 'Menschenleben')",
    "BARE_MINUTE_LEADS": "a minute told after 'in der' takes its ordinal's dot ('in der 42.')",
    "AGE_PHRASE_OPENERS": "an age is an adjective before the noun ('der 41-jährige Milliardär') or a noun ('der 41-Jährige')",
    "SPAN_NOUNS": "no 'von' phrase of years is read as an age (AGE_PHRASE_OPENERS)",
    "HALF_AFTER_NUMBER": "the half is glued to its number ('zweieinhalb', 'sechseinhalb'): NUMBER_WORDS",
    "NUMBER_WORD_SPELLINGS": "text2num reads every German number word as written",
    "ROLE_FRAMES": "titles are closed phrases in ROLE_WORDS ('Vorstandsvorsitzender', 'Leiter der')",
    "POSSESSIVE_ENDINGS": "a genitive -s is written without an apostrophe ('Merkels'), no ending to find: OF_WORDS says whose",
    "NAME_ADJECTIVE_ENDINGS": "adjectives inside a name are capitalised ('Europäische Zentralbank')",
    "DAY_MONTH_LINKS": "the day stands right before its month ('6. Juni')",
    "MONTH_YEAR_LINKS": "the year follows its month directly ('Juni 2024')",
    "MONTH_PAST_WORDS": "'letzten' stands before the month: RELATIVE_MONTH and MONTH_LEADS",
    "BARE_DAY_LEADS": "'am 4.' without its month is as often an ordinal ('am 4. Spieltag'): a day needs its month",
    "YEAR_PART_ARTICLES": "the part of the year takes the year's genitive ('Ende des Jahres'): YEAR_PART",
    "SCALED_ONLY_CURRENCY_NAMES": "none of this language's currency names is also a common word",
    "CURRENCY_NAME_LINKS": "the currency's name follows the amount directly ('5 Millionen Euro')",
    "AGE_AFTER_NAME_WORDS": "'im Alter von' (AGE_BEFORE_WORDS) is the only phrase between a name's comma and the years",
}

# how German writes the sounds of a foreign name (lang/__init__.py): "Selenskyj", "Netanjahu", "Chamenei",
# "Schoigu", "Gorbatschow", "Scheich"; an "s" opening a word before a vowel is voiced, the "z" of other languages
NAME_SPELLINGS = [
    (r"[yi]j\b", "y"),
    (r"tsch", "ch"),
    (r"sch", "sh"),
    (r"ch", "kh"),
    (r"j", "y"),
    (r"w", "v"),
    (r"\bs(?=[aeiouy])", "z"),
]

# nouns an ordinal ranks that no count frames (detect/ordinals.py): "seine dritte Amtszeit", "die 16. Ausgabe",
# "der fünfte Erfolg in Serie"; read before FRAME_NOUNS, whose concept an ordinal of them may not share
SERIES_NOUNS = {
    "amtszeit": "terms",
    "mandat": "terms",
    "turnier": "tournaments",
    "ausgabe": "editions",
    "auflage": "editions",
    "finale": "finals",
    "endspiel": "finals",
    "krone": "titles",
    "triumph": "wins",
    "erfolg": "wins",
}

CONCEPT_LABELS = {
    "stolen": "Gestohlene Gegenstände",
    "seized": "Beschlagnahmte Gegenstände",
    "recovered": "Wiedergefundene Gegenstände",
    "sentence.requested": "Geforderte Strafe",
    "sentence.suspended": "Bewährungsstrafe",
    "fine.requested": "Geforderte Geldstrafe",
    "damages.requested": "Geforderter Schadenersatz",
    "bail.requested": "Geforderte Kaution",
    "savings": "Einsparungen",
    "data": "Datenmenge",
    "years": "Jahre",
    "things": "Anzahl",
    "times": "Mal",
    "ordinal": "Rang in einer Reihe",
    "defendants": "Angeklagte",
    "match_minute": "Spielminute",
    "alert_level": "Warnstufe",
    "scale_level": "Stufe einer Skala",
    "rate_change": "Veränderung in Prozentpunkten",
    "deaths": "Todesopfer",
    "injured": "Verletzte",
    "missing": "Vermisste",
    "displaced": "Vertriebene",
    "evacuated": "Evakuierte",
    "rescued": "Gerettete",
    "affected": "Betroffene",
    "homeless": "Obdachlose",
    "hospitalised": "Im Krankenhaus",
    "survivors": "Überlebende",
    "magnitude": "Stärke",
    "depth": "Tiefe",
    "buildings_damaged": "Beschädigte Gebäude",
    "buildings_destroyed": "Zerstörte Gebäude",
    "area_burned": "Verbrannte Fläche",
    "passengers": "Menschen an Bord",
    "aftershocks": "Nachbeben",
    "seats": "Gewonnene Sitze",
    "votes": "Stimmen",
    "vote_share": "Stimmenanteil",
    "turnout": "Wahlbeteiligung",
    "counted": "Ausgezählt",
    "majority": "Sitze für eine Mehrheit",
    "approval": "Zustimmung",
    "voters": "Wahlberechtigte",
    "constituencies": "Wahlkreise",
    "score": "Ergebnis",
    "goals": "Tore",
    "points": "Punkte",
    "transfer_fee": "Ablösesumme",
    "contract_length": "Vertragslaufzeit",
    "wins": "Siege",
    "medals": "Medaillen",
    "titles": "Titel",
    "appearances": "Einsätze",
    "assists": "Torvorlagen",
    "attendance": "Zuschauer",
    "race_time": "Zeit",
    "investment": "Investition",
    "funding_round": "Finanzierungsrunde",
    "valuation": "Bewertung",
    "valuation.pre_money": "Bewertung vor der Finanzierung",
    "valuation.post_money": "Bewertung nach der Finanzierung",
    "revenue": "Umsatz",
    "profit": "Gewinn",
    "loss": "Verlust",
    "price": "Preis",
    "acquisition.price": "Kaufpreis",
    "acquisition": "Übernahme",
    "ipo": "Börsengang",
    "loan": "Kredit",
    "fund": "Fondsvolumen",
    "fund.size": "Fondsvolumen",
    "budget": "Budget",
    "cost": "Kosten",
    "fine": "Geldstrafe",
    "salary": "Gehalt",
    "jobs": "Arbeitsplätze",
    "job_cuts": "Stellenabbau",
    "interest_rate": "Zinssatz",
    "inflation": "Inflation",
    "unemployment": "Arbeitslosenquote",
    "growth": "Wachstum",
    "decline": "Rückgang",
    "stake": "Anteil",
    "market_share": "Marktanteil",
    "share_price": "Aktienkurs",
    "market_value": "Börsenwert",
    "shares": "Aktien",
    "tariff": "Zoll",
    "margin": "Marge",
    "probability": "Wahrscheinlichkeit",
    "users": "Nutzer",
    "customers": "Kunden",
    "people": "Personen",
    "employees": "Beschäftigte",
    "offices": "Büros",
    "factories": "Werke",
    "labs": "Labore",
    "areas": "Bereiche",
    "sectors": "Branchen",
    "countries": "Länder",
    "cities": "Städte",
    "markets": "Märkte",
    "stores": "Filialen",
    "companies": "Unternehmen",
    "partners": "Partner",
    "students": "Studierende",
    "vehicles": "Fahrzeuge",
    "flights": "Flüge",
    "robots": "Roboter",
    "units_sold": "Verkaufte Einheiten",
    "deliveries": "Auslieferungen",
    "damages": "Schadenersatz",
    "distance": "Entfernung",
    "altitude": "Höhe",
    "duration": "Dauer",
    "speed": "Geschwindigkeit",
    "temperature": "Temperatur",
    "mass": "Masse",
    "length": "Länge",
    "area": "Fläche",
    "power": "Leistung",
    "volume": "Volumen",
    "crew": "Besatzung",
    "satellites": "Satelliten",
    "cases": "Fälle",
    "patients": "Patienten",
    "vaccinated": "Geimpfte",
    "efficacy": "Wirksamkeit",
    "participants": "Teilnehmende",
    "contacts": "Kontaktpersonen",
    "downloads": "Downloads",
    "devices": "Geräte",
    "accounts": "Betroffene Konten",
    "records": "Datensätze",
    "age": "Alter",
    "sentence": "Strafmaß",
    "bail": "Kaution",
    "charges": "Anklagepunkte",
    "victims": "Opfer",
    "suspects": "Verdächtige",
    "arrested": "Festnahmen",
    "convicted": "Verurteilte",
    "founded": "Gründungsdatum",
    "founded_by": "Gründer",
    "announcement": "Datum der Ankündigung",
    "partnership": "Partner",
    "investor": "Investoren",
    "owner": "Eigentümer",
    "hosted_at": "Angesiedelt bei",
    "support": "Unterstützte Initiativen",
    "role": "Funktion",
    "role.former": "Frühere Funktion",
    "appointment": "Ernennung",
    "quote": "Zitat",
    "event": "Veranstaltung",
    "hub": "Regionales Zentrum",
    "locations": "Standorte",
    "office.locations": "Bürostandorte",
    "office.locations.new": "Neue Bürostandorte",
    "office.locations.existing": "Bestehende Bürostandorte",
    "ranking": "Rang",
    "change": "Veränderung",
    "time": "Uhrzeit",
    "date": "Datum",
    "record": "Rekord",
    "without_power": "Ohne Strom",
    "rainfall": "Niederschlag",
    "deliberation": "Beratung der Geschworenen",
    "witnesses": "Zeugen",
    "jurors": "Geschworene",
    "responders": "Einsatzkräfte",
    "acquitted": "Freigesprochen",
    "water_level": "Wasserstand",
    # what a place, an office or an amount names: the concept of a name or a bare figure
    "place": "Ort",
    "office": "Büro",
    "headquarters": "Hauptsitz",
    "lab": "Labor",
    "amount": "Betrag",
    "share": "Anteil",
    # what a named organisation, product or vehicle is to the story (detect/organisations.py)
    "operator": "Betreiber",
    "aircraft": "Luftfahrzeug",
    "vehicle": "Fahrzeug",
    "manufacturer": "Hersteller",
    "investigator": "Ermittelnde Stelle",
    "court": "Gericht",
    "agency": "Behörde",
    "company": "Unternehmen",
    "club": "Verein",
    "union": "Gewerkschaft",
    "party": "Partei",
    "publication": "Publikation",
    "broadcaster": "Sender",
    "product": "Produkt",
    "institution": "Einrichtung",
    "organisation": "Organisation",
}
EVENT_LABELS = {
    "period": "Zeitraum",
    "since": "Letztes Mal davor",
    "event": "Datum des Ereignisses",
    "other_day": "Ein anderer Tag des Ereignisses",
    "year": "Jahr",
    "opening": "Eröffnungsdatum",
    "launch": "Startdatum",
    "founded": "Gründungsdatum",
    "announcement": "Datum der Ankündigung",
    "signing": "Datum der Unterzeichnung",
    "acquisition": "Datum der Übernahme",
    "closing": "Datum des Abschlusses",
    "completion": "Datum der Fertigstellung",
    "ipo": "Datum des Börsengangs",
    "change": "Veränderung",
    "ranking": "Rang",
    "occurred": "Datum",
    "election": "Wahltag",
    "verdict": "Urteilsdatum",
    "arrest": "Datum der Festnahme",
    "landing": "Landedatum",
    "match": "Spieltag",
    "start": "Beginn",
    "end": "Ende",
    "deadline": "Frist",
    "date": "Datum",
}
OBJECT_LABELS = {
    "office": "Büro",
    "headquarters": "Hauptsitz",
    "lab": "Labor",
    "factory": "Werk",
    "store": "Filiale",
    "hub": "Zentrum",
    "campus": "Campus",
    "datacenter": "Rechenzentrum",
    "agreement": "Vereinbarung",
    "partnership": "Partnerschaft",
    "company": "Unternehmen",
    "product": "Produkt",
    "program": "Programm",
    "facility": "Anlage",
    "center": "Zentrum",
    "market": "Markt",
    "country": "Land",
    "investment": "Investition",
    "users": "Nutzer",
    "customers": "Kunden",
    "revenue": "Umsatz",
    "employees": "Belegschaft",
    "valuation": "Bewertung",
    "price": "Preis",
    "profit": "Gewinn",
    "assets": "Vermögen",
    "market_share": "Marktanteil",
    "downloads": "Downloads",
    "mission": "Mission",
    "election": "Wahl",
    "trial": "Prozess",
    "season": "Saison",
}
LABEL_TEMPLATE = "{event} ({object})"

FRAME_NOUNS = {
    "wahlkreis": "constituencies",
    "wahlkreise": "constituencies",
    "wahlkreisen": "constituencies",
    "direktmandat": "constituencies",
    "direktmandate": "constituencies",
    "abgeordnete": "seats",
    "abgeordneten": "seats",
    "mal": "times",
    "zinserhöhung": "times",
    "zinserhöhungen": "times",
    "zinssenkung": "times",
    "zinssenkungen": "times",
    "zinsschritt": "times",
    "zinsschritte": "times",
    "male": "times",
    "angeklagte": "defendants",
    "angeklagten": "defendants",
    "mitangeklagte": "defendants",
    "mitangeklagten": "defendants",
    "tote": "deaths",
    "toten": "deaths",
    "todesopfer": "deaths",
    "tod": "deaths",
    "todesfall": "deaths",
    "todesfälle": "deaths",
    "verdachtsfall": "cases",
    "verdachtsfälle": "cases",
    "opfer": "victims",
    "verletzte": "injured",
    "verletzten": "injured",
    "verletzter": "injured",
    "schwerverletzte": "injured",
    "verwundete": "injured",
    "vermisste": "missing",
    "vermissten": "missing",
    "evakuierte": "evacuated",
    "überlebende": "survivors",
    "obdachlose": "homeless",
    "flüchtlinge": "displaced",
    "vertriebene": "displaced",
    "nachbeben": "aftershocks",
    "häuser": "buildings_damaged",
    "gebäude": "buildings_damaged",
    "wohnungen": "buildings_damaged",
    "passagiere": "passengers",
    "fahrgäste": "passengers",
    "insassen": "passengers",
    "besatzungsmitglieder": "crew",
    "astronauten": "crew",
    "sitze": "seats",
    "sitz": "seats",
    "mandate": "seats",
    "mandat": "seats",
    "stimmen": "votes",
    "stimme": "votes",
    "wähler": "voters",
    "wahlberechtigte": "voters",
    "tore": "goals",
    "tor": "goals",
    "treffer": "goals",
    "punkte": "points",
    "punkt": "points",
    "siege": "wins",
    "sieg": "wins",
    "medaillen": "medals",
    "medaille": "medals",
    "titel": "titles",
    "titelgewinn": "titles",
    "titelgewinne": "titles",
    "titelgewinnen": "titles",
    "meistertitel": "titles",
    "trophäen": "titles",
    "einsätze": "appearances",
    "spiele": "appearances",
    "zuschauer": "attendance",
    "fans": "attendance",
    "fälle": "cases",
    "fall": "cases",
    "patienten": "patients",
    # a stay in hospital counted by its noun: the people hospitalised
    "krankenhauseinweisungen": "hospitalised",
    "klinikeinweisungen": "hospitalised",
    "krankenhausaufenthalte": "hospitalised",
    "klinikaufenthalte": "hospitalised",
    "hospitalisierungen": "hospitalised",
    "krankenhausaufnahmen": "hospitalised",
    "infektionen": "cases",
    "kontaktperson": "contacts",
    "kontaktpersonen": "contacts",
    "neuinfektionen": "cases",
    # the infected, vaccinated and hospitalised named by their participle, as "Verletzte" names the injured
    "infizierte": "cases",
    "infizierten": "cases",
    "geimpfte": "vaccinated",
    "geimpften": "vaccinated",
    "hospitalisierte": "hospitalised",
    "hospitalisierten": "hospitalised",
    "teilnehmer": "participants",
    "teilnehmende": "participants",
    "probanden": "participants",
    "athleten": "participants",
    "athletinnen": "participants",
    "sportler": "participants",
    "sportlerinnen": "participants",
    "vorlagen": "assists",
    "torvorlagen": "assists",
    "assists": "assists",
    "downloads": "downloads",
    "geräte": "devices",
    "gerät": "devices",
    "computer": "devices",
    "rechner": "devices",
    "systeme": "devices",
    "system": "devices",
    "maschinen": "devices",
    "server": "devices",
    "pcs": "devices",
    "laptops": "devices",
    "flug": "flights",
    "flüge": "flights",
    "flügen": "flights",
    "konten": "accounts",
    "datensätze": "records",
    "satelliten": "satellites",
    "anklagepunkte": "charges",
    "verdächtige": "suspects",
    "diebe": "suspects",
    "räuber": "suspects",
    "einbrecher": "suspects",
    "täter": "suspects",
    "festnahmen": "arrested",
    "einheiten": "units_sold",
    "auslieferungen": "deliveries",
    "aktien": "shares",
    "stellen": "jobs",
    "arbeitsplätze": "jobs",
    "jobs": "jobs",
    "stellenabbau": "job_cuts",
    "nutzer": "users",
    "nutzerinnen": "users",
    "kunden": "customers",
    "abonnenten": "users",
    "mitarbeiter": "employees",
    "studierende": "students",
    "zeugen": "witnesses",
    "zeuginnen": "witnesses",
    "geschworene": "jurors",
    "geschworenen": "jurors",
    "leichen": "deaths",
    "leiche": "deaths",
    "wohnhäuser": "buildings_damaged",
    "crew-mitglieder": "crew",
    "crewmitglieder": "crew",
    "besatzung": "crew",
    "einsatzkräfte": "responders",
    "rettungskräfte": "responders",
    "helfer": "responders",
    "feuerwehrleute": "responders",
    "soldaten": "responders",
    "polizisten": "responders",
    "sanitäter": "responders",
    "menschenleben": "deaths",
    # the sick counted in an outbreak are its cases
    "erkrankte": "cases",
    "erkrankten": "cases",
}
FRAME_PREDICATES = {
    "getötet": "deaths",
    "ums leben": "deaths",
    "starben": "deaths",
    "sterben": "deaths",
    "gestorben": "deaths",
    "tot": "deaths",
    "tote": "deaths",
    "todesopfer": "deaths",
    "kamen ums leben": "deaths",
    "verletzt": "injured",
    "verletzte": "injured",
    "verletzten": "injured",
    "verwundet": "injured",
    "vermisst": "missing",
    "vermisste": "missing",
    "evakuiert": "evacuated",
    "in sicherheit gebracht": "evacuated",
    "vertrieben": "displaced",
    "geflohen": "displaced",
    "flohen": "displaced",
    "gerettet": "rescued",
    "geborgen": "rescued",
    "betroffen": "affected",
    "im krankenhaus": "hospitalised",
    "ins krankenhaus": "hospitalised",
    "in die klinik": "hospitalised",
    "eingeliefert": "hospitalised",
    "hospitalisiert": "hospitalised",
    "behandelt": "hospitalised",
    "festgenommen": "arrested",
    "in gewahrsam": "arrested",
    "in polizeigewahrsam": "arrested",
    "verhaftet": "arrested",
    "verurteilt": "convicted",
    "angeklagt": "defendants",
    "überlebten": "survivors",
    "an bord": "passengers",
    "streichen": "job_cuts",
    "abbauen": "job_cuts",
    "gestrichen": "job_cuts",
    "abgebaut": "job_cuts",
    "zerstört": "buildings_destroyed",
    "beschädigt": "buildings_damaged",
    "infiziert": "cases",
    "geimpft": "vaccinated",
    # the people an outbreak's cases met, traced and followed: its contacts
    "in kontakt": "contacts",
    "kontakt hatten": "contacts",
    "obdachlos": "homeless",
    "obdachlose": "homeless",
    "ohne obdach": "homeless",
    "zuhause verloren": "homeless",
    "das leben gekostet": "deaths",
    "das leben kostete": "deaths",
    "leben gekostet": "deaths",
    "ertrunken": "deaths",
    "ertranken": "deaths",
    "tödlich verunglückt": "deaths",
    "retteten": "rescued",
    "ohne strom": "without_power",
    "keinen strom": "without_power",
    "stromausfall": "without_power",
    "stromausfälle": "without_power",
    "stromausfällen": "without_power",
    "eingestürzt": "buildings_destroyed",
    "stürzten ein": "buildings_destroyed",
    "strom aus": "without_power",
    "stromlos": "without_power",
    "notunterkünften": "evacuated",
    "evakuierten": "evacuated",
    "tödlich verletzt": "deaths",
    "schuldig gesprochen": "convicted",
    "für schuldig befunden": "convicted",
    "freigesprochen": "acquitted",
    "angeklagten": "defendants",
    # a stay in hospital or an illness named after the people it befell: "Nine patients have required hospitalization",
    # "171 enfermos" of an outbreak are its cases
    "krankenhausbehandlung": "hospitalised",
    "klinikbehandlung": "hospitalised",
    "erkrankt": "cases",
}
PERSON_NOUNS = [
    "anwohner",
    "anrainer",
    "menschen",
    "personen",
    "person",
    "einwohner",
    "bewohner",
    "zivilisten",
    "kinder",
    "erwachsene",
    "männer",
    "frauen",
    "migranten",
    "touristen",
    "arbeiter",
    "bergleute",
    "schüler",
    "leute",
    "weitere",
    "bürger",
    "familien",
    "haushalte",
    "haushalten",
    "minderjährige",
    # who people are by trade, role, side or faith: counted, they are people whatever the noun
    "spieler",
    "spielern",
    "fußballer",
    "sportler",
    "athleten",
    "trainer",
    "schiedsrichter",
    "anhänger",
    "zuschauern",
    "wachleute",
    "freiwillige",
    "freiwilligen",
    "anwälte",
    "anwälten",
    "anwältinnen",
    "richter",
    "richtern",
    "richterinnen",
    "staatsanwälte",
    "komplizen",
    "mittäter",
    "journalisten",
    "journalistinnen",
    "reporter",
    "fotografen",
    "ärzte",
    "ärzten",
    "ärztinnen",
    "pflegekräfte",
    "lehrer",
    "lehrern",
    "lehrerinnen",
    "kandidaten",
    "kandidatinnen",
    "mitglieder",
    "mitgliedern",
    "delegierte",
    "delegierten",
    "politiker",
    "politikern",
    "politikerinnen",
    "minister",
    "ministern",
    "beamte",
    "beamten",
    "funktionäre",
    "manager",
    "direktoren",
    "assistenten",
    "assistentinnen",
    "gläubige",
    "gläubigen",
    "katholiken",
    "christen",
    "muslime",
    "priester",
    "bischöfe",
    "kardinäle",
    "kardinälen",
    "nonnen",
    "demonstranten",
    "aktivisten",
    "häftlinge",
    "gefangene",
    "gefangenen",
    "geiseln",
    "söhne",
    "töchter",
    "enkel",
    "angehörige",
    "angehörigen",
    "verwandte",
    "freunde",
    "kollegen",
    "experten",
    "expertinnen",
    "fachleute",
    "wissenschaftler",
    "angestellte",
    "angestellten",
]
PERSON_NOUNS_ALONE = [
    "haushalte",
    "haushalten",
]
# the lemma of a woman's noun (simplemma: "Zuschauerinnen" -> "zuschauerin") ends in its man's noun plus "in"
FEMININE_ENDINGS = {"erin": "er", "orin": "or", "istin": "ist", "antin": "ant", "entin": "ent", "etin": "et"}
FORMS_NOT_LEMMATISED: set[str] = set()
# verbs of saving: before a count of deaths, or after its noun, they count the people saved, not lost ("saved 300
# lives", "rettete 300 Menschenleben", "a sauvé 300 vies", "salvó 300 vidas"), as "saved the lives of 300 people" does
SAVING_VERBS = [
    "retten",
    "rettet",
    "rettete",
    "retteten",
    "gerettet",
    "rettend",
]
# words of taking right before the number of things taken ("erbeuteten acht Stücke", "der Diebstahl von acht
# Schmuckstücken"), read by frames.taken_things
TAKING_WORDS = {
    "stahlen": "stolen",
    "stahl": "stolen",
    "entwendeten": "stolen",
    "entwendete": "stolen",
    "erbeuteten": "stolen",
    "erbeutete": "stolen",
    "raubten": "stolen",
    "raubte": "stolen",
    "diebstahl von": "stolen",
    "beschlagnahmten": "seized",
    "beschlagnahmte": "seized",
}
# participles of taking after the number, before or after the noun of the things taken ("acht entwendete Stücke",
# "acht Stücke wurden gestohlen")
TAKEN_PARTICIPLES = {
    "gestohlen": "stolen",
    "gestohlene": "stolen",
    "gestohlenen": "stolen",
    "entwendet": "stolen",
    "entwendete": "stolen",
    "entwendeten": "stolen",
    "erbeutet": "stolen",
    "erbeutete": "stolen",
    "erbeuteten": "stolen",
    "geraubt": "stolen",
    "geraubte": "stolen",
    "geraubten": "stolen",
    "beschlagnahmt": "seized",
    "beschlagnahmte": "seized",
    "beschlagnahmten": "seized",
    "sichergestellt": "seized",
    "sichergestellte": "seized",
    "sichergestellten": "seized",
    "wiedergefunden": "recovered",
    "wiedergefundene": "recovered",
    "wiedergefundenen": "recovered",
}
MEASURE_UNITS = {
    "m": ("length", 1.0),  # "près de 70 m de haut" (a million is "M", "Mio.", "M€")
    "gb": ("data", 1000.0),
    "gigabyte": ("data", 1000.0),
    "mb": ("data", 1.0),
    "megabyte": ("data", 1.0),
    "kb": ("data", 0.001),
    "kilobyte": ("data", 0.001),
    "tb": ("data", 1e6),
    "terabyte": ("data", 1e6),
    "basispunkte": ("rate_change", 0.01),
    "basispunkt": ("rate_change", 0.01),
    "prozentpunkt": ("rate_change", 1.0),
    "prozentpunkten": ("rate_change", 1.0),
    "basispunkten": ("rate_change", 0.01),
    "prozentpunkte": ("rate_change", 1.0),
    "km": ("length", 1000.0),
    "kilometer": ("length", 1000.0),
    "kilometern": ("length", 1000.0),
    "meter": ("length", 1.0),
    "metern": ("length", 1.0),
    "meilen": ("length", 1609.34),
    "zentimeter": ("length", 0.01),
    "cm": ("length", 0.01),
    "millimeter": ("length", 0.001),
    "mm": ("length", 0.001),
    "jahre": ("duration", 365.25),
    "jahren": ("duration", 365.25),
    "jahr": ("duration", 365.25),
    "jahres": ("duration", 365.25),  # "während eines Jahres"
    "monate": ("duration", 30.44),
    "monaten": ("duration", 30.44),
    "monat": ("duration", 30.44),
    "monats": ("duration", 30.44),
    "wochen": ("duration", 7.0),
    "woche": ("duration", 7.0),
    "tage": ("duration", 1.0),
    "tagen": ("duration", 1.0),
    "tag": ("duration", 1.0),
    "stunden": ("duration", 1 / 24),
    "stunde": ("duration", 1 / 24),
    "minuten": ("duration", 1 / 1440),
    "jahrzehnte": ("duration", 3652.5),
    "jahrzehnten": ("duration", 3652.5),
    "jahrzehnt": ("duration", 3652.5),
    "jahrzehnts": ("duration", 3652.5),
    "jahrhunderte": ("duration", 36525.0),
    "jahrhundert": ("duration", 36525.0),
    "minute": ("duration", 1 / 1440),
    "std": ("duration", 1 / 24),
    "min": ("duration", 1 / 1440),
    "sekunden": ("duration", 1 / 86400),
    "tonnen": ("mass", 1000.0),
    "metrische tonnen": ("mass", 1000.0),
    "tonne": ("mass", 1000.0),
    "kilogramm": ("mass", 1.0),
    "kg": ("mass", 1.0),
    "km/h": ("speed", 1.0),
    "stundenkilometer": ("speed", 1.0),
    "knoten": ("speed", 1.852),
    "hektar": ("area", 0.01),
    "quadratkilometer": ("area", 1.0),
    "quadratkilometern": ("area", 1.0),
    "km2": ("area", 1.0),
    "km²": ("area", 1.0),
    "mw": ("power", 1.0),
    "megawatt": ("power", 1.0),
    "gw": ("power", 1000.0),
    "gigawatt": ("power", 1000.0),
    "°c": ("temperature", 1.0),
    "grad": ("temperature", 1.0),
    "liter": ("volume", 1.0),
    "litern": ("volume", 1.0),
    "barrel": ("volume", 159.0),
    "kubikmeter": ("volume", 1000.0),
    "jährige": ("age", 1.0),
    "jähriger": ("age", 1.0),
    "jährigen": ("age", 1.0),
    "-jährige": ("age", 1.0),
    "-jähriger": ("age", 1.0),
    "-jährigen": ("age", 1.0),
    "liter pro quadratmeter": ("length", 0.001, "rainfall"),
    "liter je quadratmeter": ("length", 0.001, "rainfall"),
    "liter auf den quadratmeter": ("length", 0.001, "rainfall"),
    "l/m2": ("length", 0.001, "rainfall"),
    "l/m²": ("length", 0.001, "rainfall"),
}
MEASURE_CUES = {
    "verurteilt": "sentence",
    "haft": "sentence",
    "haftstrafe": "sentence",
    "gefängnis": "sentence",
    "freiheitsstrafe": "sentence",
    "strafe": "sentence",
    "höchststrafe": "sentence",
    "maximalstrafe": "sentence",
    "mindeststrafe": "sentence",
    "gefängnisstrafe": "sentence",
    "jugendstrafe": "sentence",
    "bewährungsstrafe": "sentence",
    "gesamtstrafe": "sentence",
    "bewährung": "sentence",
    "hinter gittern": "sentence",
    "verbüßen": "sentence",
    "absitzen": "sentence",
    "vertrag": "contract_length",
    "vertrags": "contract_length",
    "verlängert": "contract_length",
    "unterschreibt": "contract_length",
    "stärke": "magnitude",
    "magnitude": "magnitude",
    "richterskala": "magnitude",
    "tiefe": "depth",
    "entfernung": "distance",
    "höhe": "altitude",
    "umlaufbahn": "altitude",
    "wind": "speed",
    "böen": "speed",
    "geschwindigkeit": "speed",
    "verbrannt": "area_burned",
    "abgebrannt": "area_burned",
    "temperatur": "temperature",
    "temperaturen": "temperature",
    "dauerte": "duration",
    "kapazität": "power",
    "alter": "age",
    "regen": "rainfall",
    "niederschlag": "rainfall",
    "niederschläge": "rainfall",
    "regenmenge": "rainfall",
    "beraten": "deliberation",
    "berieten": "deliberation",
    "beratung": "deliberation",
    "beratungen": "deliberation",
    "zerstört": "area_burned",
    "vernichtet": "area_burned",
    "verwüstet": "area_burned",
    "windböen": "speed",
    "sturmböen": "speed",
    "pegel": "water_level",
    "pegelstand": "water_level",
    "wasserstand": "water_level",
}
# the words between a magnitude and the scale that names it after it ("6.2 on the Richter scale", "6,0 sur
# l'échelle de Richter")
MAGNITUDE_SCALE_LINKS = ["auf der"]
# a quake's nouns: a figure with its decimal right before one, or after one and its "of", is its magnitude ("a 6.0
# quake", "6,0-Beben", "un séisme de 6,3", "sismo de 6,2"); a whole number there counts quakes ("6 Beben")
QUAKE_NOUNS = ["beben", "erdbeben", "nachbeben", "seebeben", "vorbeben"]
CUMULATIVE_WORDS = [
    "insgesamt",
    "seit gründung",
    "seit der gründung",
    "bislang",
    "bisher",
    "gesamt",
    "kumuliert",
    "in summe",
]
COMBINED_WORDS = [
    "zusammen",
    "zusammengenommen",
]
PREVIOUS_WORDS = [
    "von bisher",
    "zuvor",
    "vorherige",
    "vorherigen",
    "vorheriger",
    "früher",
    "frühere",
    "früheren",
    "letzte runde",
    "ursprünglich",
    "zunächst",
    "anfangs",
    "erst",
]
# words in an age's clause that date it to the time of the events told, not today ("who was 19 at the time"):
# an earlier age of the person, kept apart from the age reports give now
AGE_THEN_WORDS = ["damals", "zum zeitpunkt", "zu dem zeitpunkt", "zum tatzeitpunkt", "seinerzeit"]
ADDITION_WORDS = ["weitere", "weiteren", "zusätzliche", "zusätzlichen", "zusätzlich", "neue", "neuen"]
# the same after a figure ("1000 Soldaten mehr", "500 zusätzliche Stellen"); never "weitere", which after a
# figure says "other" ("50 weitere Männer": the other 50 accused)
ADDITION_AFTER = ["mehr", "zusätzliche", "zusätzlichen", "zusätzlich"]
# Wörter im Satzteil einer Zahl, die die Gezählten in ernstem Zustand nennen ("zwölf von ihnen schweben in
# Lebensgefahr", "fünf davon schwer", "fünf Schwerverletzte", "auf der Intensivstation"): die Schwerverletzten,
# eine eigene Zahl (align)
SERIOUS_CONDITION_WORDS = [
    "lebensgefahr",
    "lebensgefährlich",
    "schwer",
    "schwerverletzt",
    "schwerverletzte",
    "schwerverletzten",
    "kritischem zustand",
    "kritischen zustand",
    "intensivstation",
]
REQUEST_WORDS = [
    "gefordert",
    "forderte",
    "fordert",
    "forderten",
    "fordern",
    "forderung",
    "beantragt",
    "beantragte",
    "beantragten",
    "verlangt",
    "verlangte",
    "verlangten",
    "plädierten",
    "nach dem willen",
    "plädierte",
    "plädiert",
    "plädoyer",
]
# words before a sentence, a fine or damages that make it the most the law allows ("faces up to 20 years", "la peine
# maximale", "bis zu 110 Jahre", "enfrentaba hasta 110 años"): another figure than the one imposed or asked for
CEILING_WORDS = [
    "höchststrafe",
    "maximalstrafe",
    "höchstmaß",
    "bis zu",
    "drohen",
    "droht",
    "drohten",
    "höchstens",
    "hätte",
    "hätten",
    "drohte",
]
CEILING_LABEL = "Höchstmaß"  # the words a ceiling's label shows ("Sentence (maximum)")
# words in a figure's sentence that name the round or stage of an election it belongs to -> stage
ELECTION_STAGES = {
    "endergebnis": "result",
    "endergebnisses": "result",
    "amtliches ergebnis": "result",
    "amtlichen ergebnis": "result",
    "erster wahlgang": "first_round",
    "ersten wahlgang": "first_round",
    "ersten wahlgangs": "first_round",
    "erste runde": "first_round",
    "ersten runde": "first_round",
    "zweiter wahlgang": "second_round",
    "zweiten wahlgang": "second_round",
    "zweiten wahlgangs": "second_round",
    "zweite runde": "second_round",
    "zweiten runde": "second_round",
    "stichwahl": "second_round",
    "stichwahlen": "second_round",
    "nachwahlbefragung": "exit_poll",
    "nachwahlbefragungen": "exit_poll",
    "exit poll": "exit_poll",
    "exit-poll": "exit_poll",
    "exit-poll-prognose": "exit_poll",
    "late poll": "exit_poll",
    "late-poll": "exit_poll",
    "late polls": "exit_poll",
    "late-polls": "exit_poll",
    "exit polls": "exit_poll",
    "exit-polls": "exit_poll",
    "hochrechnung": "projection",
    "hochrechnungen": "projection",
    "prognose": "projection",
    "prognosen": "projection",
}
# stage -> words shown in the label of a figure of that stage ("Seats won (first round)")
ELECTION_STAGE_LABELS = {
    "result": "Endergebnis",
    "first_round": "erster Wahlgang",
    "second_round": "zweiter Wahlgang",
    "exit_poll": "Nachwahlbefragung",
    "projection": "Hochrechnung",
}
PART_LABEL = "Teil davon"  # a part of a figure told by a relative pronoun ("four years, two of which ...")
# words of a part of an event that a date or a time nearest them belongs to (the take-off, not the crash; the
# deliberations, not the verdict): two parts' dates or times are two facts, a figure naming none may be either's
SUB_EVENTS = {
    "gestartet": "launch",
    "startete": "launch",
    "start": "launch",
    "abgehoben": "launch",
    "hob ab": "launch",
    "abflug": "launch",
    "gelandet": "landing",
    "landete": "landing",
    "landung": "landing",
    "wasserung": "landing",
    "wasserte": "landing",
    "abgestürzt": "crash",
    "stürzte": "crash",
    "absturz": "crash",
    "unglück": "crash",
    "beratungen": "deliberation",
    "berieten": "deliberation",
    "verurteilt": "verdict",
    "schuldig gesprochen": "verdict",
    "schuldspruch": "verdict",
    "urteil": "verdict",
    "veröffentlicht": "release",
    "ausgerollt": "release",
    "ausfall": "outage",
    "störung": "outage",
    "stromausfall": "outage",
    "blackout": "outage",
}
# the words a fact's label shows for the part of the event its figures name ("Time (take-off)")
SUB_EVENT_LABELS = {
    "launch": "Start",
    "landing": "Landung",
    "crash": "Absturz",
    "deliberation": "Beratungen",
    "verdict": "Urteil",
    "release": "Veröffentlichung",
    "outage": "Ausfall",
}
# words of a report's title or first sentence that name the kind of event it tells -> kind (cluster.py):
# reports whose leads name only other kinds tell other events (eine entgleiste Standseilbahn, ein Hochhausbrand);
# a judgment is told by its verdict or its sentence (one event where a court gives both at once);
# a ruling on appeal ("das Berufungsgericht hat den Schuldspruch aufgehoben") is another event than the judgment it rules on;
# an outbreak's reports, named by the word or by its disease, tell one event over weeks
EVENT_KINDS = {
    "brand": "fire",
    "großbrand": "fire",
    "hochhausbrand": "fire",
    "waldbrand": "fire",
    "flugzeugabsturz": "crash",
    "flugzeugunglück": "crash",
    "kollision": "crash",
    "entgleist": "crash",
    "entgleisung": "crash",
    "erdbeben": "earthquake",
    "überschwemmung": "storm",
    "überschwemmungen": "storm",
    "hochwasser": "storm",
    "unwetter": "storm",
    "hurrikan": "storm",
    "taifun": "storm",
    "tornado": "storm",
    "sturzflut": "storm",
    "sturzfluten": "storm",
    "schuldig gesprochen": "verdict",
    "schuldspruch": "verdict",
    "haft verurteilt": "sentence",
    "gefängnis verurteilt": "sentence",
    "haftstrafe verurteilt": "sentence",
    "bewährung verurteilt": "sentence",
    "in berufung": "appeal_ruling",
    "berufungsgericht": "appeal_ruling",
    "urteil aufgehoben": "appeal_ruling",
    "schuldspruch aufgehoben": "appeal_ruling",
    "ausbruch": "outbreak",
    "epidemie": "outbreak",
    "ebola": "outbreak",
    "marburg-virus": "outbreak",
    "marburgvirus": "outbreak",
    "mpox": "outbreak",
    "cholera": "outbreak",
    "masern": "outbreak",
    "dengue": "outbreak",
    "vogelgrippe": "outbreak",
}
# words of a lead that name a judgment's sentence still to come (cluster.py): its report tells the verdict (den
# Schuldspruch), and a report of the sentence handed down later another event
SENTENCE_TO_COME = [
    "strafmaß soll",
    "strafmaß wird",
    "strafmaß steht noch aus",
    "verkündung des strafmaßes",
    "strafmaßverkündung",
]
# words of an offence and of the steps before its judgment (cluster.py): in a report of a judgment, a day its lead names
# by its date alone after one of them, with no word of the judgment between, is the offence's or the arrest's ("der
# Übergriff geschah am 30. Dezember 2022"), background, not the judgment's
OFFENCE_WORDS = [
    "übergriff",
    "übergriffs",
    "vergewaltigung",
    "vergewaltigt",
    "mord",
    "ermordet",
    "getötet",
    "tötung",
    "angriff",
    "anschlag",
    "vorfall",
    "verbrechen",
    "tatnacht",
    "tatzeit",
    "festnahme",
    "festgenommen",
    "verhaftet",
    "angeklagt",
    "anklage",
]
# how a funding round's series is written, "{}" its letter (cluster.py): the same investors' next round is another
# event; "Serie A" alone is a football league ("Serie-A-Klub")
FUNDING_SERIES = [
    "serie-{}-finanzierungsrunde",
    "series-{}-finanzierungsrunde",
    "serie-{}-runde",
    "series-{}-runde",
    "serie-{}-finanzierung",
    "series-{}-finanzierung",
    "finanzierungsrunde der serie {}",
    "series {}",
]
# who counted a figure (a crowd, a toll) -> the side it is told as the count of: the police's and the organisers'
# counts are two facts ("laut Polizei 80.000, die Veranstalter sprachen von 250.000")
FIGURE_SOURCES = {
    "polizei": "official",
    "polizeiangaben": "official",
    "polizeisprecher": "official",
    "polizeisprecherin": "official",
    "polizeilich": "official",
    "polizeilichen": "official",
    "behörden": "official",
    "innenministerium": "official",
    "innenministeriums": "official",  # genitive: "nach Angaben des Innenministeriums"
    "ministerium": "official",
    "ministeriums": "official",
    "veranstalter": "organisers",
    "veranstalterin": "organisers",
    "veranstaltern": "organisers",
    "veranstalterangaben": "organisers",
    "organisatoren": "organisers",
    "organisator": "organisers",
    "gewerkschaften": "organisers",
}
FIGURE_SOURCE_LINKS = ["von", "nach angaben", "schätzungen", "schätzte", "zählte", "meldete"]
FIGURE_SOURCE_LABELS = {"official": "Zählung der Behörden", "organisers": "Angabe der Veranstalter"}
# words right before a name that make it the source a statement is told by, never the actor it is about ("laut
# Nasa", "nach Angaben der Polizei", "sagte der Zeitung"): context.Context.is_source
ATTRIBUTION_LINKS = [
    "laut",
    "nach angaben",
    "nach angaben von",
    "nach angaben des",
    "nach angaben der",
    "gegenüber",
    "zitiert von",
    "berichtete",
]
# words right after a name that make it such a source ("der Nasa zufolge", "dem Ministerium nach Angaben")
ATTRIBUTION_POSTPOSITIONS = ["zufolge"]
# a word of a count's status beside the number or its noun ("51 bestätigte Ebola-Fälle", "28 Verdachtsfälle", "Fälle
# bestätigt"): confirmed, probable and suspected counts of one outbreak are three figures (frames.status_of)
STATUS_WORDS = {
    "bestätigt": "confirmed",
    "bestätigte": "confirmed",
    "bestätigten": "confirmed",
    "bestätigter": "confirmed",
    "laborbestätigte": "confirmed",
    "laborbestätigten": "confirmed",
    "wahrscheinliche": "probable",
    "wahrscheinlichen": "probable",
    "verdachtsfall": "suspected",
    "verdachtsfälle": "suspected",
    "verdachtsfällen": "suspected",
    "mutmaßliche": "suspected",
    "mutmaßlichen": "suspected",
}
STATUS_LABELS = {"confirmed": "bestätigt", "probable": "wahrscheinlich", "suspected": "Verdacht"}
PEOPLE_GROUPS = {
    "kinder": "children",
    "kindern": "children",
    "minderjährige": "children",
    "minderjährigen": "children",
    "mädchen": "children",
    "jungen": "children",
    "erwachsene": "adults",
    "erwachsenen": "adults",
    "frauen": "women",
    "männer": "men",
    "männern": "men",
    "ausländer": "foreigners",
    "ausländern": "foreigners",
}
PEOPLE_GROUP_LABELS = {
    "children": "Kinder",
    "adults": "Erwachsene",
    "women": "Frauen",
    "men": "Männer",
    "foreigners": "Ausländer",
}
APPOINTMENT_CUES = [
    "ernannt",
    "ernennt",
    "berufen",
    "beruft",
    "übernimmt",
    "wird neuer",
    "wird neue",
    "folgt auf",
    "ersetzt",
    "gewählt",
    "nominiert",
    "befördert",
    "ernannte",
    "berief",
]
APPOINTMENT_LINKS = [
    "als",
    "zum",
    "zur",
    "neuen",
    "neue",
    "neuer",
    "neuem",
    "wurde",
    "wird",
    "ist",
    "worden",
    "sein",
    "soll",
    "hat",
    "posten",
    "des",
    "der",
]

VOTE_TALLY_CUES = ["stimmen", "abstimmung", "votum", "stimmte", "stimmten", "mehrheit", "richter"]
VOTE_TALLY_JOINERS = ["zu", "gegen"]
SCORE_CUES = [
    "besiegt",
    "schlägt",
    "schlug",
    "gewann",
    "gewinnt",
    "verlor",
    "verliert",
    "unentschieden",
    "sieg",
    "niederlage",
    "spiel",
    "finale",
    "halbfinale",
    "viertelfinale",
    "partie",
    "remis",
    "final",
    "erfolg",
    "halbzeit",
    "setzte sich",
    "setzt sich",
]
# words after a result that name the side it was against ("3:0 gegen den Favoriten"): detect/scores.py
RESULT_OPPONENT_WORDS = ["gegen"]
# relative dates (dates.py): month offsets, weekday directions, "N units ago"
RELATIVE_MONTH = {
    "letzten monat": -1,
    "letzten monats": -1,
    "im letzten monat": -1,
    "vergangenen monat": -1,
    "im vergangenen monat": -1,
    "vorigen monat": -1,
    "im vormonat": -1,
    "diesen monat": 0,
    "in diesem monat": 0,
    "dieses monats": 0,
    "nächsten monat": 1,
    "im nächsten monat": 1,
    "kommenden monat": 1,
    "im kommenden monat": 1,
    "nächsten monats": 1,
    "kommenden monats": 1,
}
DIRECTION_WORDS = {
    "letzten": -1,
    "vergangenen": -1,
    "vorigen": -1,
    "nächsten": 1,
    "kommenden": 1,
    "letztes": -1,
    "vergangenes": -1,
    "voriges": -1,
    "diesen": 0,
    "dieses": 0,
    "diesem": 0,
    "nächstes": 1,
    "kommendes": 1,
}
AGO_WORDS = {"vor": "before"}
AHEAD_PHRASES: list[str] = []  # see NO_ENTRIES
TIME_UNITS = {
    "tag": "day",
    "tagen": "day",
    "woche": "week",
    "wochen": "week",
    "monat": "month",
    "monaten": "month",
    "jahr": "year",
    "jahren": "year",
}
COMPARISON_WORDS = ["im vergleich zu", "gegenüber", "verglichen mit", "als", "seit", "von", "vorjahr"]

# percentages: what a change word makes of a figure, and what the word before the figure makes of it
CHANGE_PREDICATES = {  # word or lemma -> the change it reports ("fiel um 17 %" decline, "stieg um 3 %" growth)
    "steigen": "growth",
    "stieg": "growth",
    "gestiegen": "growth",
    "anstieg": "growth",
    "wachsen": "growth",
    "wuchs": "growth",
    "gewachsen": "growth",
    "wachstum": "growth",
    "zulegen": "growth",
    "zugelegt": "growth",
    "klettern": "growth",
    "kletterte": "growth",
    "zunahme": "growth",
    "erhöhen": "growth",
    "erhöhte": "growth",
    "erhöht": "growth",
    "erhöhung": "growth",
    "anheben": "growth",
    "anhebung": "growth",
    "plus": "growth",
    "springen": "growth",
    "sprang": "growth",
    "steigerung": "growth",
    "fallen": "decline",
    "fiel": "decline",
    "gefallen": "decline",
    "sinken": "decline",
    "sank": "decline",
    "gesunken": "decline",
    "verlieren": "decline",
    "verlor": "decline",
    "verloren": "decline",
    "einbrechen": "decline",
    "einbruch": "decline",
    "eingebrochen": "decline",
    "abstürzen": "decline",
    "stürzte": "decline",
    "absturz": "decline",
    "rückgang": "decline",
    "zurückgehen": "decline",
    "senken": "decline",
    "senkte": "decline",
    "gesenkt": "decline",
    "senkung": "decline",
    "kürzen": "decline",
    "minus": "decline",
    "verlust": "decline",
    "nachgeben": "decline",
    "abrutschen": "decline",
    "rutschte": "decline",
    "steigern": "growth",
    "expansion": "growth",
    "schrumpfen": "decline",
}
FIGURE_PREPOSITIONS = {  # word right before a figure -> what it makes of it
    "auf": "level",  # "auf 3,75 Prozent gesenkt": the level reached
    "bei": "level",
    "mit": "level",  # "die SPD mit 16,4 Prozent"
    "um": "change",  # "um 0,25 Prozentpunkte": the change
    "von": "link",  # "ein Rückgang von 3 %" a change, "ein Leitzins von 4 %" a level
    "der": "skip",
    "die": "skip",
    "das": "skip",
    "nur": "skip",
}
AGE_CUES = ["im alter von", "alter von", "wurde", "feierte"]
AGE_OPENERS = ["mit"]  # "Mit 17 Jahren ...": an age where the word opens a clause
# words right before a number of years that make it someone's age wherever they stand ("im Alter von 72"), and
# those that do so only between a name and its comma and the years: frames.py
AGE_BEFORE_WORDS = ["im alter von"]
AGE_AFTER_NAME_WORDS = []  # see NO_ENTRIES
AGE_FOCUS_WORDS = ["erst", "gerade", "gerade einmal", "gerade mal", "nur", "knapp"]  # 'Yamal, gerade 17 Jahre alt'
AGE_PHRASE_OPENERS = []  # see NO_ENTRIES
SPAN_NOUNS = []  # see NO_ENTRIES

# political family key -> the names this language gives a party of that family, and the plural noun of its members
# ("Labour-Partei", "die Konservativen"): reports of one election in different languages meet on them
PARTY_FAMILIES = {
    "labour": ["Labour-Partei", "Labourpartei", "Labour"],
    "conservative": ["Konservative Partei", "Konservativen", "Konservative", "Tories"],
    "liberal-democrat": ["Liberaldemokraten", "Liberalen Demokraten", "Liberale Demokraten"],
    "green": ["Grünen", "Grüne"],
    "socialist": ["Sozialistische Partei", "Sozialisten"],
    "social-democrat": ["Sozialdemokraten"],
    "christian-democrat": ["Christdemokraten"],
    "communist": ["Kommunistische Partei", "Kommunisten"],
    "republican": ["Republikanische Partei", "Republikaner"],
    "democrat": ["Demokratische Partei", "Demokraten"],
}
# international organisations: language-independent key -> the names and acronyms this language uses
ORGANISATIONS = {
    "un": ["Vereinte Nationen", "Vereinten Nationen", "UN", "UNO"],
    "who": ["Weltgesundheitsorganisation", "WHO"],
    "ecb": ["Europäische Zentralbank", "EZB"],
    "fed": ["US-Notenbank", "Federal Reserve", "Fed"],
    "european-commission": ["Europäische Kommission", "EU-Kommission"],
    "european-parliament": ["Europäisches Parlament", "Europaparlament", "EU-Parlament"],
    "nato": ["NATO", "Nato"],
    "imf": ["Internationaler Währungsfonds", "IWF"],
    "world-bank": ["Weltbank"],
    "wto": ["Welthandelsorganisation", "WTO"],
    "icc": ["Internationaler Strafgerichtshof", "IStGH"],
    "icj": ["Internationaler Gerichtshof", "IGH"],
    "ioc": ["Internationales Olympisches Komitee", "IOC"],
    "iaea": ["Internationale Atomenergiebehörde", "IAEA", "IAEO"],
    "opec": ["OPEC", "Opec"],
    "oecd": ["OECD"],
    "esa": ["Europäische Weltraumorganisation", "ESA"],
    "red-cross": ["Rotes Kreuz", "Roten Kreuz"],
    "unhcr": ["UNHCR", "UN-Flüchtlingshilfswerk"],
    "cjeu": ["Europäischer Gerichtshof", "EuGH"],
    "echr": ["Europäischer Gerichtshof für Menschenrechte", "EGMR"],
    "wha": ["Weltgesundheitsversammlung"],
    "un-security-council": ["UN-Sicherheitsrat", "Sicherheitsrat"],
    "european-council": ["Europäischer Rat"],
    "ipcc": ["Weltklimarat", "IPCC"],
    "ilo": ["Internationale Arbeitsorganisation", "ILO", "IAO"],
    "wfp": ["Welternährungsprogramm", "WFP"],
    "iea": ["Internationale Energieagentur", "IEA"],
}

# --- numbers: words, scales, qualifiers (read through lexicon.py) ---

NUMBER_WORDS = {
    "ein": 1,
    "eine": 1,
    "einen": 1,
    "einem": 1,
    "einer": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "zwanzig": 20,
    "dreißig": 30,
    "fünfzig": 50,
    "hundert": 100,
    "dutzend": 12,
    # a half glued to the number ("zweieinhalb Jahre", "sechseinhalb Jahren"); "anderthalb" is one and a half
    "anderthalb": 1.5,
    "eineinhalb": 1.5,
    "zweieinhalb": 2.5,
    "dreieinhalb": 3.5,
    "viereinhalb": 4.5,
    "fünfeinhalb": 5.5,
    "sechseinhalb": 6.5,
    "siebeneinhalb": 7.5,
    "achteinhalb": 8.5,
    "neuneinhalb": 9.5,
    "zehneinhalb": 10.5,
    "elfeinhalb": 11.5,
    "zwölfeinhalb": 12.5,
}
NUMBER_WORD_SPELLINGS = {}  # see NO_ENTRIES
AMBIGUOUS_NUMBER_WORDS = {
    "ein",
    "eine",
    "einen",
    "einem",
    "einer",
    "acht",
    "elf",
}
# words right before or after "one" that make it a count of one, never an article ('nur ein Passagier', 'ein einziger Passagier')
SOLE_WORDS = ["nur", "lediglich", "bloß", "einzig", "einzige", "einziger", "einziges", "einzigen"]
# a word right after a bracket that signs the change in it ("(minus 20)"): detect/bracket_changes.py
SIGN_WORDS = {"plus": 1, "minus": -1}
SCALE_WORDS = {
    "tausend": 1e3,
    "tsd.": 1e3,
    "million_de": 1e6,
    "millionen": 1e6,
    "mio.": 1e6,
    "mio": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd.": 1e9,
    "mrd": 1e9,
    "billionen": 1e12,
}
QUALIFIERS_BEFORE = {
    "über": "over",
    "mehr als": "over",
    "gut": "over",
    "mindestens": "at_least",
    "fast": "under_about",
    "knapp": "under_about",
    "nahezu": "under_about",
    "beinahe": "under_about",
    "rund": "about",
    "etwa": "about",
    "ungefähr": "about",
    "annähernd": "about",
    "zirka": "about",
    "bis zu": "up_to",
    "weniger als": "under",
    "unter": "under",
    "höchstens": "up_to",
    "nicht weniger als": "at_least",
    "nicht mehr als": "up_to",
    "maximal": "up_to",
    "praktisch": "under_about",
}
QUALIFIERS_AFTER = {
    "oder mehr": "at_least",
}
RANGE_OPENERS = [
    "zwischen",
    "von",
]

# --- dates: months, weekdays, relative and partial dates (read through lexicon.py) ---

MONTHS = {
    1: ["jan.", "januar", "jänner"],
    2: ["feb.", "februar"],
    3: ["märz"],
    4: ["april", "apr."],
    5: ["mai"],
    6: ["jun.", "juni"],
    7: ["jul.", "juli"],
    8: ["august", "aug."],
    9: ["september", "sept.", "sep."],
    10: ["oktober", "okt."],
    11: ["november", "nov."],
    12: ["dezember", "dez."],
}
WEEKDAYS = {
    0: ["montag"],
    1: ["dienstag"],
    2: ["mittwoch"],
    3: ["donnerstag"],
    4: ["freitag"],
    5: ["samstag", "sonnabend"],
    6: ["sonntag"],
}

# --- how dates are written around their numbers and names (read by dates.py) ---
DAY_SUFFIXES = ["."]
WEEKDAY_DAY_ARTICLES = ["den"]
DAY_MONTH_LINKS: list[str] = []
MONTH_YEAR_LINKS: list[str] = []
MONTH_PAST_WORDS: list[str] = []
MONTH_NOUNS = ["monat"]
YEAR_NOUNS = ["jahres"]
YEAR_PART_ARTICLES: list[str] = []
RANGE_JOINERS = ["bis", "und"]
YEAR_END_WORDS = ["ende"]
QUARTER_NOUNS = ["quartal"]
YEAR_LEADS = ["im", "jahr"]
WEEKDAY_LEADS = ["am", "diesen"]
# endings a weekday takes for a part of its day, written as one word ("Mittwochabend", "Montagmorgen")
WEEKDAY_PART_ENDINGS = ["abend", "morgen", "vormittag", "nachmittag", "mittag", "nacht"]
MONTH_LEADS = ["im", "seit", "bis", "ab"]
# date words that are dates only when capitalised ("May" the month, "may" the verb), with the weekdays
CAPITALISED_DATE_WORDS = ["mai", *(w for forms in WEEKDAYS.values() for w in forms)]
RELATIVE_YEAR = {
    "letztes jahr": -1,
    "letzten jahres": -1,
    "vergangenes jahr": -1,
    "vergangenen jahres": -1,
    "im vergangenen jahr": -1,
    "im letzten jahr": -1,
    "vorjahr": -1,
    "im vorjahr": -1,
    "dieses jahr": 0,
    "dieses jahres": 0,
    "diesem jahr": 0,
    "in diesem jahr": 0,
    "laufenden jahres": 0,
    "nächstes jahr": 1,
    "nächsten jahres": 1,
    "im nächsten jahr": 1,
    "kommenden jahres": 1,
    "vorletztes jahr": -2,
    "vorletzten jahres": -2,
    "im vorletzten jahr": -2,
    "übernächstes jahr": 2,
    "übernächsten jahres": 2,
    "im übernächsten jahr": 2,
}
QUARTER_ORDINALS = {
    "ersten": 1,
    "zweiten": 2,
    "dritten": 3,
    "vierten": 4,
    "erste": 1,
    "zweite": 2,
    "dritte": 3,
    "vierte": 4,
}
YEAR_PART = {
    "first_half": ["erste hälfte", "ersten hälfte", "erstes halbjahr", "ersten halbjahr", "im ersten halbjahr"],
    "second_half": ["zweite hälfte", "zweiten hälfte", "zweites halbjahr", "zweiten halbjahr", "im zweiten halbjahr"],
    "end": ["ende", "gegen ende", "bis ende"],
    "start": ["anfang", "zu beginn", "beginn"],
    "since_start": ["seit beginn", "seit anfang"],
}
SEASONS = {"spring": ["frühjahr", "frühling"], "summer": ["sommer"], "autumn": ["herbst"], "winter": ["winter"]}
SINCE_START_OF_YEAR = [
    "seit jahresbeginn",
    "seit jahresanfang",
]
END_OF_YEAR = [
    "jahresende",
    "zum jahresende",
    "bis jahresende",
]
RELATIVE_DAY = {
    "letzte nacht": -1,
    "vergangene nacht": -1,
    "heute morgen": 0,
    "heute abend": 0,
    "gestern": -1,
    "heute": 0,
    "vorgestern": -2,
}
RELATIVE_WEEK = {
    "vergangene woche": -1,
    "letzte woche": -1,
    "vorige woche": -1,
    "diese woche": 0,
    "nächste woche": 1,
    "kommende woche": 1,
}
YEAR_PREPS = {
    "vor": "before",
    "nach": "after",
    "seit": "since",
    "bis": "by",
    "bis zum jahr": "by",
    "bis spätestens": "by",
}

# named days of the year (read by dates.py): phrase -> (month, day); days counted from Easter Sunday -> offset.
# Only days every country of the language keeps alike: no national day
HOLIDAYS = {
    "neujahr": (1, 1),
    "neujahrstag": (1, 1),
    "silvesternacht": (12, 31),
    "silvesterabend": (12, 31),
    "heiligabend": (12, 24),
    "heiligen abend": (12, 24),
    "erster weihnachtstag": (12, 25),
    "ersten weihnachtstag": (12, 25),
    "zweiter weihnachtstag": (12, 26),
    "zweiten weihnachtstag": (12, 26),
    "valentinstag": (2, 14),
    "allerheiligen": (11, 1),
}
EASTER_HOLIDAYS = {
    "ostersonntag": 0,
    "ostermontag": 1,
    "karfreitag": -2,
    "gründonnerstag": -3,
    "christi himmelfahrt": 39,
    "pfingstsonntag": 49,
    "pfingstmontag": 50,
}
# a third of a month ("Ende Oktober", "mid-March", "a finales de octubre"): days 1-10, 11-20, 21 to its end
MONTH_PARTS = {
    "start": ["anfang"],
    "middle": ["mitte"],
    "end": ["ende"],
}
BARE_DAY_LEADS: list[str] = []  # see NO_ENTRIES

# numbers said without digits (numbers.py): a round count -> (low, high); low == high is "about" that figure,
# a plural is the span it allows ("Dutzende" Menschen sind 20 bis 99: sieben sind keine Dutzende)
VAGUE_QUANTITIES = {
    "dutzende": (20, 99),
    "dutzenden": (20, 99),
    "hunderte": (200, 999),
    "hunderten": (200, 999),
    "tausende": (2000, 9999),
    "tausenden": (2000, 9999),
    "zehntausende": (20000, 99999),
    "zehntausenden": (20000, 99999),
    "hunderttausende": (200000, 999999),
    "hunderttausenden": (200000, 999999),
    "ein dutzend": (12, 12),
    "einem dutzend": (12, 12),
    "ein paar dutzend": (20, 99),
    "rund hundert": (100, 100),
    "etwa hundert": (100, 100),
    "rund tausend": (1000, 1000),
    "etwa tausend": (1000, 1000),
}

# --- money, counts and their slots (read through lexicon.py) ---

CURRENCY_NAMES = {
    "euro": "EUR",
    "dollar": "$",
    "pfund": "GBP",
    "franken": "CHF",
    "rupien": "INR",
}
SCALED_ONLY_CURRENCY_NAMES = set()  # see NO_ENTRIES
# a word between an amount and its currency's name ("a million of dollars", "millions d'euros", "millones
# de dólares"); one ending in an apostrophe is elided and the name follows it directly
CURRENCY_NAME_LINKS = []  # see NO_ENTRIES
UNIT_NOUNS = {
    "jobs": ["arbeitsplätze", "stellen", "jobs"],
    "people": [
        "menschen",
        "personen",
        "mitarbeiter",
        "mitarbeitende",
        "mitarbeiterinnen",
        "beschäftigte",
        "beschäftigten",
        "angestellte",
        "ingenieure",
        "ingenieuren",
        "forscher",
        "entwickler",
        "fachkräfte",
    ],
    "users": ["nutzer", "nutzerinnen", "abonnenten"],
    "customers": ["kunden"],
    "offices": ["büros", "niederlassungen", "standorte"],
    "factories": ["fabriken", "werke"],
    "labs": ["labore", "labors"],
    "areas": ["bereiche", "säulen", "schwerpunkte", "handlungsfelder"],
    "sectors": ["sektoren", "branchen"],
    "countries": ["länder", "ländern"],
    "cities": ["städte", "städten"],
    "markets": ["märkte"],
    "stores": ["filialen"],
    "companies": ["unternehmen", "firmen"],
    "partners": ["partner"],
    "students": ["studierende", "studenten"],
    "vehicles": ["fahrzeuge", "autos", "pkw"],
    "robots": ["roboter"],
}
EMPLOYEE_NOUNS = {
    "mitarbeiter",
    "mitarbeitende",
    "mitarbeiterinnen",
    "beschäftigte",
    "beschäftigten",
    "angestellte",
}
HIRING_CUES = [
    "einstellen",
    "schaffen",
    "anstellen",
    "rekrutieren",
    "beschäftigen",
    "beschäftig",
    "arbeiten",
    "arbeitsplätze",
]
MONEY_SLOTS = {
    "savings": ["einsparen", "sparen", "einsparungen", "einsparung", "einsparen will", "eingespart"],
    "valuation.post_money": ["post-money-bewertung"],
    "valuation.pre_money": ["pre-money-bewertung"],
    "valuation": ["bewertung", "bewertet"],
    "funding_round.amount": ["finanzierungsrunde", "finanzierung", "eingesammelt", "sammelt", "sammelte"],
    "investment.amount": ["investition", "investier", "förder", "beisteuer", "steuert", "beitrag", "steckt", "stecken"],
    "revenue": ["umsatz", "erlös"],
    "profit": ["gewinn", "nettogewinn", "überschuss"],
    "loss": ["verlust"],
    "acquisition.price": ["übernahme", "übernimmt", "kauft", "gekauft"],
    "ipo.amount": ["börsengang"],
    "loan.amount": ["kredit", "darlehen"],
    "fund.size": ["fonds"],
    "budget": ["budget", "haushalt"],
    "cost": ["kosten", "kostete", "gekostet", "ausgegeben"],
    "fine": ["strafe", "bußgeld", "geldstrafe", "geldbuße", "strafzahlung", "kartellstrafe", "wettbewerbsstrafe"],
    "salary": ["gehalt"],
    "price": ["preis"],
    "transfer_fee": ["ablöse", "ablösesumme"],
    "bail": ["kaution"],
    "damages": ["schadenersatz", "entschädigung"],
    "market_value": ["börsenwert", "marktkapitalisierung", "marktwert", "an wert", "an börsenwert"],
    "share_price": ["je aktie", "pro aktie", "aktienkurs", "schlusskurs", "kurs der"],
}
RESULT_VERBS = [
    "gewann",
    "gewinnt",
    "holte",
    "kam auf",
    "kommt auf",
    "erreichte",
    "erzielte",
    "landete",
    "schaffte",
    "gewannen",
    "holten",
    "kamen auf",
    "kommen auf",
    "erreichten",
    "erzielten",
    "landeten",
    "schafften",
]
PERCENT_SLOTS = {
    "stake.percent": ["anteil", "beteiligung"],
    "market_share.percent": ["marktanteil"],
    "growth.percent": ["wachstum", "gestiegen", "stieg", "wuchs", "zunahme"],
    "decline.percent": ["gesunken", "sank", "rückgang"],
    "unemployment.percent": ["arbeitslosenquote"],
    "inflation.percent": ["inflation", "teuerung"],
    "interest_rate.percent": [
        "zins",
        "leitzins",
        "einlagenzins",
        "einlagensatz",
        "hauptrefinanzierung",
        "spitzenrefinanzierung",
        "rendite",
    ],
    "margin.percent": ["marge"],
    "probability.percent": ["wahrscheinlichkeit"],
    "approval.percent": ["zustimmung"],
    "vote_share.percent": ["stimmen", "zweitstimmen"],
    "turnout.percent": ["wahlbeteiligung", "wahlberechtigten", "der berechtigten", "zur wahl gingen"],
    "efficacy.percent": ["wirksamkeit", "wirksam"],
    "tariff.percent": ["zoll", "zölle", "zöllen"],
}
# how much of an election's count was done ("nach Auszählung von 99 Prozent der Stimmbezirke", "nach 100 Prozent
# der ausgezählten Wahlkreise"); see en.py
COUNTING_LEADS = ["nach auszählung von", "bei auszählung von"]
COUNTING_PREPOSITIONS = ["nach", "bei"]
COUNTING_WORDS = ["ausgezählt"]

# --- events, relations, roles and speech (read through lexicon.py) ---

EVENT_VERBS = {
    "eröffn*": "opening",
    "öffnet": "opening",
    "startet": "launch",
    "gestartet": "launch",
    "gegründet": "founded",
    "gründete": "founded",
    "gründung": "founded",
    "ins leben gerufen": "founded",
    "angekündigt": "announcement",
    "kündigte": "announcement",
    "gab bekannt": "announcement",
    "erklärung": "announcement",
    "mitteilung": "announcement",
    "unterzeichn*": "signing",
    "unterschrieb*": "signing",
    "übernahm": "acquisition",
    "geschlossen": "closing",
    "schließt": "closing",
    "abgeschlossen": "completion",
    "börsengang": "ipo",
    "wahl": "election",
    "bundestagswahl": "election",
    "gewählt": "election",
    "wählt": "election",
    "urteil": "verdict",
    "verurteilt": "verdict",
    "finale": "match",
    "endspiel": "match",
    "spiel": "match",
    "erschütterte": "occurred",
    "ereignete": "occurred",
    "gelandet": "landing",
    "landung": "landing",
    "festgenommen": "arrest",
}
EVENT_OBJECTS = {
    "büro": "office",
    "büros": "office",
    "niederlassung": "office",
    "standort": "office",
    "zentrale": "headquarters",
    "hauptsitz": "headquarters",
    "labor": "lab",
    "labors": "lab",
    "fabrik": "factory",
    "werk": "factory",
    "geschäft": "store",
    "rechenzentrum": "datacenter",
    "vereinbarung": "agreement",
    "abkommen": "agreement",
    "partnerschaft": "partnership",
    "unternehmen": "company",
    "firma": "company",
    "programm": "program",
}
RELATION_CUES = {
    "partner": [
        "partnerschaft mit",
        "partnerschaft",
        "kooperation mit",
        "zusammenarbeit mit",
        "allianz mit",
        "vereinbarung mit",
        "abkommen mit",
    ],
    "investor": ["unterstützt von", "finanziert von"],
    "lead_investor": ["angeführt von"],
    "owner": ["tochter von", "tochtergesellschaft von", "gehört zu"],
    "founded_by": ["gegründet von", "ins leben gerufen von"],
    "hosted_at": ["angesiedelt an", "angesiedelt bei", "beheimatet an"],
    "acquired": ["übernimmt", "übernahm", "übernahme von", "kauft"],
    "supports": ["unterstützung von", "unterstützt"],
}
JOINT_CUES = [
    "gemeinsame erklärung",
    "gemeinsamen erklärung",
    "gemeinsam",
]
FOUNDED_BY_BEFORE = [
    "ins leben gerufen",
    "gegründet",
]
ROLE_WORDS = {
    "vorstandschef": "ceo",
    "vorstandsvorsitzender": "ceo",
    "vorstandsvorsitzende": "ceo",
    "konzernchef": "ceo",
    "firmenchef": "ceo",
    "finanzchef": "cfo",
    "finanzvorstand": "cfo",
    "technikchef": "cto",
    "präsident": "president",
    "präsidentin": "president",
    "aufsichtsratschef": "chair",
    "aufsichtsratsvorsitzender": "chair",
    "gründer": "founder",
    "gründerin": "founder",
    "mitgründer": "cofounder",
    "mitbegründer": "cofounder",
    "geschäftsführer": "managing_director",
    "generaldirektor": "director_general",
    "generaldirektorin": "director_general",
    "generalsekretär": "secretary_general",
    "geschäftsführerin": "managing_director",
    "leiter": "head",
    "leiterin": "head",
    "vizepräsident": "vice_president",
    "minister": "minister",
    "ministerin": "minister",
    "premierminister": "prime_minister",
    "staatssekretär": "secretary",
    "sprecher": "spokesperson",
    "sprecherin": "spokesperson",
    "analyst": "analyst",
    "analystin": "analyst",
    "professor": "professor",
    "richter": "judge",
    "richterin": "judge",
    "vorsitzende richter": "presiding_judge",
    "vorsitzender richter": "presiding_judge",
    "anwalt": "lawyer",
    "anwältin": "lawyer",
    "verteidiger": "lawyer",
    "verteidigerin": "lawyer",
    "staatsanwalt": "prosecutor",
    "staatsanwältin": "prosecutor",
    "trainer": "coach",
    "trainerin": "coach",
    "kapitän": "captain",
    "kanzler": "chancellor",
    "kanzlerin": "chancellor",
    "bürgermeister": "mayor",
    "bürgermeisterin": "mayor",
    "sheriff": "sheriff",
    "gouverneur": "governor",
    "chef": "leader",
    "parteichef": "leader",
    "vorsitzende": "chair",
    "vorsitzender": "chair",
    "kandidat": "candidate",
    "kanzlerkandidat": "candidate",
    # the feminine of every "-chef" title
    "vorstandschefin": "ceo",
    "konzernchefin": "ceo",
    "firmenchefin": "ceo",
    "finanzchefin": "cfo",
    "technikchefin": "cto",
    "aufsichtsratschefin": "chair",
    "chefin": "leader",
    "parteichefin": "leader",
}
FORMER_WORDS = [
    "ehemals",
    "ehemalige",
    "ehemaliger",
    "früherer",
    "frühere",
]
HONORIFICS = [
    "herr",
    "frau",
    "herrn",
]
# words that attribute a quote: verbs of saying as a report writes them (a separable verb by its first part:
# "fügte ... hinzu" as "fügte"), and "laut", "so"
SPEECH_VERBS = [
    "sagte",
    "sagt",
    "sagten",
    "erklärte",
    "erklärt",
    "erklärten",
    "betonte",
    "betont",
    "sagte gegenüber",
    "so",
    "laut",
    "meinte",
    "meint",
    "ergänzte",
    "ergänzt",
    "fügte",
    "schrieb",
    "schreibt",
    "warnte",
    "warnt",
    "kritisierte",
    "kritisiert",
    "berichtete",
    "bestätigte",
    "bestätigt",
    "unterstrich",
    "bekräftigte",
    "räumte",
    "teilte",
    "forderte",
    "fordert",
    "versicherte",
    "kommentierte",
    "verkündete",
    "zitiert",
    "hieß es",
    "rief",
    "sprach",
]
# the word a verb of saying introduces its quote with ("stressed that “…”")
SPEECH_THAT = ["dass"]

# --- places, rankings, lists, changes and hedges (read through lexicon.py) ---

EVENT_NOUNS = [
    "gipfel",
    "konferenz",
    "messe",
    "kongress",
    "liga",
    "pokal",
    "league",
    "cup",
]
# nouns that make a name a place ("Potomac River", "fleuve Potomac", "Wembley-Stadion", "estadio Wembley")
PLACE_NOUNS = [
    "fluss",
    "flusses",
    "flughafen",
    "flughafens",
    "stadion",
    "stadions",
    "brücke",
    "see",
    "berg",
    "vulkan",
    "insel",
    "bucht",
    "hafen",
    "hafens",
    "tal",
    "platz",
    "straße",
    "strasse",
    "park",
    "arena",
    "bahnhof",
    "bahnhofs",
    "präfektur",
    "provinz",
    "landkreis",
    "county",
    "bezirk",
    "region",
    "halbinsel",
    "meer",
    "ozean",
    "golf",
    "küste",
    "damm",
    "kanal",
    "autobahn",
    "palast",
    "dom",
    "gericht",
    "gerichts",
]
# nouns that say what a named organisation, product or vehicle is to the story, beside its name or inside it
# ("the airline PSA Airlines", "a Sikorsky H-60 helicopter", "Supreme Court") -> its concept
ORGANISATION_NOUNS = {
    "fluggesellschaft": "operator",
    "airline": "operator",
    "betreiber": "operator",
    "flugzeug": "aircraft",
    "passagierflugzeug": "aircraft",
    "maschine": "aircraft",
    "jet": "aircraft",
    "hubschrauber": "aircraft",
    "helikopter": "aircraft",
    "rakete": "vehicle",
    "raumschiff": "vehicle",
    "booster": "vehicle",
    "raumfahrzeug": "vehicle",
    "schiff": "vehicle",
    "zug": "vehicle",
    "fahrzeug": "vehicle",
    "hersteller": "manufacturer",
    "flugzeugbauer": "manufacturer",
    "ermittler": "investigator",
    "gericht": "court",
    "gerichtshof": "court",
    "jury": "court",
    "geschworenen": "court",
    "behörde": "agency",
    "agentur": "agency",
    "aufsicht": "agency",
    "ministerium": "agency",
    "amt": "agency",
    "unternehmen": "company",
    "firma": "company",
    "konzern": "company",
    "tochtergesellschaft": "company",
    "tochter": "company",
    "autobauer": "company",
    "chipkonzern": "company",
    "verein": "club",
    "klub": "club",
    "gewerkschaft": "union",
    "partei": "party",
    "fachzeitschrift": "publication",
    "zeitschrift": "publication",
    "fachblatt": "publication",
    "zeitung": "publication",
    "magazin": "publication",
    "sender": "broadcaster",
    "fernsehsender": "broadcaster",
    "chip": "product",
    "chips": "product",
    "software": "product",
    "betriebssystem": "product",
    "supercomputer": "product",
    "impfstoff": "product",
    "satellit": "product",
    "teleskop": "product",
    "institut": "institution",
    "universität": "institution",
    "bank": "institution",
    "stiftung": "institution",
    "akademie": "institution",
    "museum": "institution",
    "krankenhaus": "institution",
}
# words right before a name that say what it is to the story ("operated by") -> its concept
ORGANISATION_LEADS = {
    "betrieben von": "operator",
    "hergestellt von": "manufacturer",
    "gebaut von": "manufacturer",
    "veröffentlicht in": "publication",
    "erschienen in": "publication",
}
OFFICE_NOUNS = [
    "büro",
    "büros",
    "niederlassung",
    "standort",
    "zentrale",
    "hauptsitz",
]
HUB_NOUNS = [
    "drehscheibe",
    "knotenpunkt",
]
NEW_WORDS = [
    "neue",
    "neuen",
    "neues",
    "neuer",
]
EXISTING_WORDS = [
    "bestehenden",
    "bestehende",
    "bisherigen",
]
ORDINALS = {
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
}
RANK_CATEGORIES = {
    "labor": "lab",
    "büro": "office",
    "büros": "office",
    "niederlassung": "office",
    "fabrik": "factory",
    "werk": "factory",
    "rechenzentrum": "datacenter",
    "anlage": "facility",
    "zentrum": "center",
    "markt": "market",
    "land": "country",
    "unternehmen": "company",
    "investition": "investment",
    "partnerschaft": "partnership",
}
OUTSIDE_WORDS = [
    "außerhalb",
    "außerhalb von",
]
SUCH_WORDS = [
    "dieser art",
    "seiner art",
    "ihrer art",
    "derartige",
    "derartigen",
    "derartiger",
    "solche",
    "solchen",
]
ONE_OF = [
    "einer von",
    "eines von",
    "eine von",
    "eines der",
    "einer der",
    "eine der",
]
INTERNATIONAL_WORDS = [
    "internationale",
    "internationalen",
    "internationales",
]
LIST_NOUNS = {
    "sektoren": "sectors",
    "branchen": "sectors",
    "bereiche": "sectors",
    "bereichen": "sectors",
    "prioritäten": "sectors",
    "städte": "locations",
    "städten": "locations",
    "standorte": "locations",
    "standorten": "locations",
    "länder": "countries",
    "ländern": "countries",
    "märkte": "markets",
    "büros": "locations",
}
LIST_INTRO = [
    "wie",
    "darunter",
    "etwa",
    "insbesondere",
    "nämlich",
    "namentlich",
    "in",
]
LIST_ENDERS = [
    "sowie",
    "und andere",
]
ATTRIBUTION_VERBS = [
    "sagte",
    "sagt",
    "teilte",
    "erklärte",
    "hieß es",
]
CHANGE_WORDS = {
    "verdoppelt": ("up", 2.0),
    "verdoppelte": ("up", 2.0),
    "verdreifacht": ("up", 3.0),
    "vervierfacht": ("up", 4.0),
    "halbiert": ("down", 0.5),
}
CHANGE_METRICS = {
    "nutzer": "users",
    "kunden": "customers",
    "umsatz": "revenue",
    "mitarbeiter": "employees",
    "bewertung": "valuation",
    "preis": "price",
    "gewinn": "profit",
    "abonnenten": "users",
    "aktie": "shares",
    "aktien": "shares",
    "aktienkurs": "shares",
    "erlös": "revenue",
    "nettogewinn": "profit",
    "belegschaft": "employees",
    "arbeitsplätze": "employees",
    "kapazität": "capacity",
    "kapazitäten": "capacity",
    "produktionskapazität": "capacity",
    "produktionskapazitäten": "capacity",
    "ausgaben": "spending",
    "investitionen": "spending",
}
HEDGES = [
    "könnte",
    "könnten",
    "dürfte",
    "möglicherweise",
    "vielleicht",
    "angeblich",
    "soll",
    "sollen",
    "wenn",
    "falls",
]
OPINION = [
    "meiner meinung",
    "sollte",
]

# --- words too common to say what a text is about (clustering and copy detection skip them) ---

STOPWORDS = frozenset(
    """
aber alle allem allen aller alles als also am an auch auf aus bei beim bin bis bist da dabei damit dann
das dass dem den denen der deren des dessen die dies diese diesem diesen dieser dieses doch dort du durch
ein eine einem einen einer eines einige er es etwa euch für fur gegen gegenüber habe haben hat hatte
hier ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ins ist jedoch jetzt kann kein keine können
konnte mehr mit muss nach neben nicht noch nun nur ob oder ohne seit sehr sein seine seinem seinen
seiner sich sie sind so soll sollen sowie über um und uns unter vom von vor war waren wird wie wir
wurde wurden zu zum zur zwischen jahr jahres jahren neue neuen neuer neues sagte sagt laut
""".split()
)

# --- names: function words, name connectors, organisation words (read through lexicon.py) ---

STOP_CAPS = set(
    """
der die das den dem des ein eine einer eines einem einen im am vom zum zur beim ins aus bei mit nach seit
von zu auf für um über unter neben vor hinter zwischen durch gegen ohne es er sie wir ihr ich sein ihre
dies diese dieser dieses jetzt auch noch nur schon und oder aber doch wenn als wie dass so laut
""".split()
)
NAME_CONNECTORS = {
    "und",
    "für",
    "der",
    "von",
}
NAME_AND = {
    "und",
}
ORG_WORDS = set(
    """
ministerium behörde amt stiftung universität
hochschule institut bank gruppe verband
""".split()
)

# nouns that describe an actor by its kind ("Gewerkschaft IG Metall", "Stürmer Nico Williams"): before a name
# they are a description, not part of it; compounds ending in one count too ("US-Chipriese", "Autobauer")
ACTOR_NOUNS = set(
    """
konzern riese hersteller autobauer unternehmen firma gruppe gewerkschaft fluggesellschaft airline
versicherer händler sender produzent konkurrent rivale
stürmer angreifer mittelfeldspieler verteidiger torhüter torwart kapitän trainer spieler nationalspieler
nachfolger nachfolgerin vorgänger vorgängerin herausforderer herausforderin gegner gegnerin ehefrau ehemann sohn tochter bruder schwester
""".split()
)
# endings of common nouns that no person's name has: a capitalised phrase with such a word is no person
# ('Digital Development', 'Präsidentschaft', 'Comisión de Inversión')
COMMON_NOUN_ENDINGS = [
    "ung",
    "ungen",
    "schaft",
    "schaften",
    "heit",
    "heiten",
    "keit",
    "keiten",
    "tät",
    "täten",
    "ion",
    "ionen",
    "ismus",
    "partei",
    "nahme",
]
NAME_ADJECTIVE_ENDINGS = []  # see NO_ENTRIES
# endings of an infinitive: a word whose lemma ends so is a verb ("insiste" -> "insister"), no adjective
INFINITIVE_ENDINGS = ["en", "ern", "eln"]
# whether the language writes every noun capitalised (a phrase of lowercase words alone holds no noun)
NOUNS_CAPITALISED = True
NOUN_DETERMINERS = {
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
    "ums",
    "ans",
    "aufs",
    "fürs",
    "übers",
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

# a phrase a few words before a number that says what the number is (frames.py), where no noun after it does:
# "die absolute Mehrheit von 316 Sitzen", "die Mehrheit liegt bei 316"
FRAME_TOPICS = {
    "zahl der toten": "deaths",
    "zahl der todesopfer": "deaths",
    "todeszahl": "deaths",
    "totenzahl": "deaths",
    "opferzahl": "deaths",
    "zahl der verletzten": "injured",
    "zahl der vermissten": "missing",
    "zahl der getöteten": "deaths",
    "zahl der opfer": "deaths",
    "todesbilanz": "deaths",
    "zahl der verstorbenen": "deaths",
}
COUNT_LEADS = ["zahl der", "anzahl der", "zahl an", "anzahl an", "gesamtzahl der"]
FRAME_LEADS = {
    "absolute mehrheit": "majority",
    "absoluten mehrheit": "majority",
    "absolute mehrheit liegt bei": "majority",
    "kanzlermehrheit": "majority",
    "kulisse von": "attendance",
    "zuschauerzahl von": "attendance",
    "besucherzahl von": "attendance",
    "zuschauer:": "attendance",
    "zuschauerzahl:": "attendance",
}

# --- conversions and abbreviations (read by money.py and segment.py) ---

CONVERSION_WORDS = [
    "oder",
    "umgerechnet",
]
# words after which a number with a dot is an ordinal, not a sentence's end ("in der 73. Minute", "am 3.", "die 2.
# Bundesliga"): segment.py
ORDINAL_DOT_LEADS = [
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "am",
    "im",
    "zum",
    "zur",
    "vom",
    "beim",
    "ab",
    "ein",
    "eine",
    "einem",
    "einen",
    "einer",
    "ihr",
    "ihre",
    "ihrem",
    "ihren",
    "ihrer",
    "sein",
    "seine",
    "seinem",
    "seinen",
    "seiner",
    "jede",
    "jedem",
    "jeden",
    "jeder",
]
ABBREVIATIONS = {
    "dr",
    "prof",
    "z.b",
    "bzw",
    "ca",
    "nr",
    "dt",
    "usw",
    "vgl",
    "ggf",
    "inkl",
    "evtl",
    "mio",
    "mrd",
    "tsd",
    "art",
    "abs",
    "hr",
    "fr",
}

# --- function words that tie a figure to its subject (read by context.py) ---

DEMONSTRATIVES = [
    "dieser",
    "diese",
    "dieses",
    "diesem",
]
RELATIVE_PRONOUNS = [
    "die",
    "der",
    "das",
    "welche",
]
PREPOSITIONS = [
    "mit",
    "von",
    "zu",
    "für",
    "bei",
    "aus",
    "nach",
    "gegenüber",
    "über",
]

# fractions said in words (detect/fractions.py): phrase -> the share it is ("zwei Drittel der Sitze" is about 66.7%)
FRACTIONS = {
    "die hälfte": 1 / 2,
    "der hälfte": 1 / 2,
    "ein drittel": 1 / 3,
    "einem drittel": 1 / 3,
    "eines drittels": 1 / 3,
    "zwei drittel": 2 / 3,
    "ein viertel": 1 / 4,
    "einem viertel": 1 / 4,
    "drei viertel": 3 / 4,
    "ein fünftel": 1 / 5,
}
RATIO_JOINERS = ["von"]
RATIO_ORDINAL_LEADS = ["jeder", "jede", "jedes", "jeden", "jedem"]


# words the detectors' patterns are built from (detect/)
# a percentage said in words after its figure (the sign % is the same in every language)
PERCENT_WORDS = ["prozent"]
# how an ordinal is written in digits: the suffix after the figure ("15th", "15.", "15e", "15º")
ORDINAL_SUFFIXES = ["."]
# a preposition and the article in one word ("du", "del", "zum"): an article before a noun phrase
ARTICLE_CONTRACTIONS = ["im", "zum", "zur", "beim", "am", "vom"]
# the preposition that names the agent of a passive ("founded by")
AGENT_PREPOSITIONS = ["von"]
# prepositions that place something in a city or country ("an office in Paris")
LOCATIVE_PREPOSITIONS = ["in", "im"]
# auxiliary verbs: a number before one counts nothing it names ("39 were in Wajima")
AUXILIARY_VERBS = [
    "ist",
    "sind",
    "war",
    "waren",
    "wird",
    "werden",
    "wurde",
    "wurden",
    "hat",
    "haben",
    "hatte",
    "hatten",
]
# prepositions that also say to whom ("paid to X", "versé à X"): a name of two words after one is a person
DATIVE_PREPOSITIONS = ["an"]
# "and" between the items of an enumeration or a list
AND_WORDS = ["und"]
# after a unit of time: half of it more ("two years and a half", "deux ans et demi", "dos años y medio")
HALF_AFTER = ["und ein halb", "und einhalb"]
HALF_AFTER_NUMBER = []  # see NO_ENTRIES
# "or" between the items of a list
OR_WORDS = ["oder"]
# the minute of a match, after its ordinal or before its number ("74th minute", "minuto 74")
MINUTE_NOUNS = ["minute", "spielminute"]
# minutes counted ("after 74 minutes")
MINUTES_NOUNS = ["minuten"]
# words before a count of minutes that make it the time of a match event ("after 74 minutes")
MINUTES_LEADS = ["nach"]
# words before an ordinal alone that make it the minute of a match event ("in the 83rd with a strike", "à 88e.")
ORDINAL_MINUTE_LEADS = ["in der"]
BARE_MINUTE_LEADS = []  # see NO_ENTRIES
# words after a count of minutes that set a match event that many minutes after (1) or before (-1) the one told
# before it ("zehn Minuten später", "drei Minuten zuvor"), and the words after them that name what they are counted
# from instead ("später als"): detect/match_minutes.py
MINUTES_LATER = {"später": 1, "danach": 1, "zuvor": -1, "vorher": -1, "früher": -1}
MINUTES_LATER_FROM = ["als"]
# words after a count of minutes that make it the time left in a match ("four minutes from time"): its minute
# is the regular time less that count
MINUTES_FROM_END = ["vor schluss", "vor dem ende", "vor spielende", "vor dem abpfiff", "vor dem schlusspfiff"]
# adjectives of a unit of time a number word is glued to, and the days of one unit ("fünfjährigen", "einstündigen"):
# detect/compound_durations.py
# a superlative or a first said to stand in all history: its opening words and the words of all history
# ("the first American pontiff in history", "der höchste Endspielerfolg ... überhaupt"): detect/records.py
# alert levels told by colour: the colour -> its level (green 1 .. red 4), and the nouns of an alert ("red alert",
# "alerte rouge", "Warnstufe Rot", "aviso rojo"): detect/alerts.py
ALERT_COLOURS = {"rot": 4, "rote": 4, "roten": 4, "orange": 3, "gelb": 2, "gelbe": 2, "gelben": 2, "grün": 1}
ALERT_NOUNS = ["alarmstufe", "warnstufe", "warnung", "unwetterwarnung", "alarm"]
# a level of a scale: the noun before its number ("category 5", "Kategorie 4", "intensité de « 7 »") and the scale
# named after it ("registered 7, the highest level on the Japanese intensity scale")
SCALE_LEVEL_NOUNS = ["kategorie", "stufe", "intensität"]
LEVEL_SCALE_NOUNS = ["skala"]
LEVEL_SCALE_LEADS = ["auf der", "auf einer", "auf ihrer"]
RECORD_OPENERS = [
    "erstmals",
    "erste",
    "ersten",
    "erster",
    "erstes",
    "größte",
    "größten",
    "höchste",
    "höchsten",
    "schwerste",
    "schwersten",
    "längste",
    "längsten",
    "schlimmste",
    "schlimmsten",
    "tödlichste",
    "tödlichsten",
    "beste",
    "besten",
    "stärkste",
    "stärksten",
    "meisten",
    "heißeste",
    "heißesten",
]
RECORD_SCOPES = ["der geschichte", "aller zeiten", "überhaupt", "jemals", "seit beginn der aufzeichnungen"]
# words of a kind a first names ("ersten privat finanzierten Weltraumausstieg"): a first of its kind, a record
RECORD_KINDS = [
    "privat",
    "private",
    "privaten",
    "privater",
    "privates",
    "kommerzielle",
    "kommerziellen",
    "kommerzieller",
    "zivile",
    "zivilen",
    "frau",
    "schwarze",
    "schwarzer",
]
DURATION_ADJECTIVES = {
    "jährig": 365.25,
    "monatig": 30.44,
    "wöchig": 7.0,
    "tägig": 1.0,
    "stündig": 1 / 24,
    "minütig": 1 / 1440,
}
# a duration told with no figure (detect/wordless_durations.py): the article that is "one" before a unit of time
# where the number words do not read it ("während eines Jahres"), the words of a few with the span they allow ("nur
# wenige Minuten"), and the words right before either that make it a span of time, not a point in time
DURATION_ARTICLES = ["eines"]
FEW_WORDS = {
    "wenige": (2, 9),
    "wenigen": (2, 9),
    "einige": (2, 9),
    "einigen": (2, 9),
    "ein paar": (2, 9),
    "mehrere": (2, 9),
    "mehreren": (2, 9),
}
SPAN_LEADS = ["während", "seit", "für", "dauerte", "dauerten", "dauert", "verbrachte", "verbrachten", "verbringt"]
# words before hours and minutes as a clock writes them that make them a span of time ("Pendant 5h29 de jeu");
# no "since": "seit 17:30" is a time of day
CLOCK_SPAN_LEADS = ["während", "dauerte", "dauerten", "dauert"]
# the word between a part and its whole ("410 of the 650 seats", "411 sièges sur les 650")
OUT_OF_WORDS = ["der", "von"]
# words after a figure and its comma that tell an earlier level of it ("1.200 Stellen, nach zuvor 900"): detect/elided.py
EARLIER_LEVEL_LEADS = ["nach zuvor", "gegenüber", "verglichen mit", "im vergleich zu"]
# a part of the figure before it told by a relative pronoun, before the part's number ("vier Jahre Haft, davon zwei
# ohne Bewährung", "18 Geschworene, von denen sechs ...") or after it ("zwei von ihnen"): read by detect/elided.py
PART_LEADS = ["von denen", "davon", "darunter", "von ihnen", "einschließlich", "inklusive"]
PART_TAILS = ["von ihnen", "davon"]
# words between the two figures of a range ("five to ten", "between 5 and 10", "5 or 6"); after "and"/"or"
# it is a range only where a range opener comes before (numbers.py)
NUMBER_RANGE_JOINERS = ["bis", "und", "oder"]
# the start of every word for a dollar: a text without one (nor "$", nor a dollar code) names no dollar (money.py)
DOLLAR_STEMS = ["dollar"]
# "while" between two clauses: a predicate across it more likely belongs to the next figure (frames.py)
WHILE_WORDS = ["während"]
# an auxiliary right after a count's noun in a main clause: its predicate is the clause's last words, past any
# window ("83 Menschen sind bei einem Brand in Hongkong ums Leben gekommen") (frames.py)
VERB_FINAL_AUXILIARIES = [
    "sind",
    "waren",
    "seien",
    "wurden",
    "werden",
    "würden",
    "haben",
    "hatten",
    "mussten",
    "konnten",
]
# the definite article in its nominative forms: a list's first item loses it ("the automotive sector", "die Autoindustrie")
DEFINITE_ARTICLES = ["der", "die", "das"]
# "of" and its contracted or genitive forms between a noun and what it belongs to ("chief of staff",
# "Chef der Bank", "directeur d'usine", "jefe del Gobierno")
OF_WORDS = ["von", "der", "des"]
# the definite article in every form, elided ones with their apostrophe: skipped before a noun by detect/
# ("at the summit", "bei dem Gipfel", "lors de l'assemblée", "para los trabajadores")
ARTICLES = ["der", "die", "das", "den", "dem", "des"]
# possessive determiners: with an article they open the noun phrase a relative clause is about (context.py)
POSSESSIVES = [
    "sein",
    "seine",
    "seinen",
    "seinem",
    "seiner",
    "seines",
    "ihr",
    "ihre",
    "ihren",
    "ihrem",
    "ihrer",
    "ihres",
    "unser",
    "unsere",
    "unseren",
    "unserem",
    "unserer",
]
# the ending that makes a name its owner ("Kenya's central bank")
POSSESSIVE_ENDINGS = []  # see NO_ENTRIES
# a word after an hour that makes it a time of day -> hours it adds ("5 p.m." is 17:00, "17 Uhr", "17h")
CLOCK_WORDS = {"uhr": 0}
# a time zone after a time of day, lowercase ("04:09 UTC", "14.45 MEZ", "(hora local)") -> minutes from UTC,
# the IANA zone (summer time counted on the article's day), or "local" (the place's own time, zone unknown)
TIME_ZONES = {
    "utc": 0,
    "gmt": 0,
    "mez": 60,
    "mesz": 120,
    "ortszeit": "local",
    "deutscher zeit": "Europe/Berlin",
    "deutsche zeit": "Europe/Berlin",
}
# the word for an hour after a whole hour ("18 Uhr", "21 heures") -> whether it is a time of day only after a
# word of CLOCK_LEADS ("à 21 heures"; "21 heures de vol" is a duration)
CLOCK_HOUR_NOUNS = {"uhr": False}
# words right before a time of day -> the minutes before and after it they allow ("at" 0, 0; "gegen" -15, 15;
# "shortly after" 0, 20)
CLOCK_LEADS = {
    "um": (0, 0),
    "ab": (0, 0),
    "gegen": (-15, 15),
    "etwa": (-15, 15),
    "kurz nach": (0, 20),
    "kurz vor": (-20, 0),
}
# words before an event's name that place something at it ("at the summit", "beim Gipfel", "lors du salon")
EVENT_PREPOSITIONS = ["am", "auf dem", "auf der", "beim", "bei"]
# "for": the figure after it is one an actor got ("38% for the SPD", "28 % pour le RN")
FOR_WORDS = ["für"]
# words between a role and the organisation it is held at ("CEO at OpenAI", "Chef bei Asana", "PDG de X")
EMPLOYER_PREPOSITIONS = ["bei", "von", "der", "des"]
# role words that are a role only capitalised or with "of" after them ("Chief", "head of"; not "the boss")
BARE_ROLE_WORDS = ["chef"]
# the word between a number word or scale and the noun it counts ("hundreds of flights", "un millier de membres",
# "una docena de países", "Hunderte von Flügen"); one ending in an apostrophe is elided and the noun follows it directly
QUANTITY_NOUN_LINKS = ["von"]
# prepositions before a name that make it qualify the actor before it ("the SPD of Olaf Scholz", "led by Merz",
# "premier groupe au Bundestag"): that name is not who a result belongs to
QUALIFYING_PREPOSITIONS = ["von", "im", "am", "unter"]
# the words before the next name of a ranking ("followed by the Socialist Party with 28.7%"): a preposition
# in them opens the actor of the figure after, no name that qualifies the one before
NEXT_IN_RANKING = ["gefolgt von"]
# open role titles: first word(s) -> closing word, with one or two words between ("chief financial officer" -> cfo,
# the initials of its words); with no closing word, the title is its words ("head of state", "head of communications")
ROLE_FRAMES = {}  # see NO_ENTRIES
# words that make an ordinal a rank by size or worth ("the second-largest city", "la deuxième plus grande ville",
# "le troisième groupe le plus important", "el cuarto mayor fabricante"), read by detect/rankings.py
SUPERLATIVE_WORDS = [
    "größte",
    "größten",
    "größter",
    "größtes",
    "wertvollste",
    "wertvollsten",
    "wichtigste",
    "wichtigsten",
    "höchste",
    "höchsten",
]
# the whole an ordinal ranks in, after its noun ("la deuxième ville du pays", "the third company in the world")
RANK_SCOPE_WORDS = ["der welt", "weltweit", "des landes", "im land", "der geschichte"]
# nouns a rank's number follows ("auf Platz drei", "en el puesto 3")
RANK_NOUNS = ["platz", "rang"]
# the word for "number" before a rank's figure ("die Nummer eins der Welt") (detect/rankings.py)
RANK_NUMBER_WORDS = ["nummer", "nr."]
# words before it that make the rank one in the world, and after it ("die Nummer eins der Welt")
WORLD_RANK_BEFORE = ["welt"]
WORLD_RANK_AFTER = ["der welt", "der weltrangliste", "im welttennis"]
# the word of the world ranking an ordinal is glued to ("den Weltranglisten-Ersten", "die Weltranglistenzweite")
WORLD_RANK_COMPOUNDS = ["weltranglisten-", "weltranglisten"]
# a sentence for life, told with no figure (detect/life_sentences.py)
LIFE_SENTENCE_WORDS = [
    "lebenslang",
    "lebenslange haft",
    "lebenslange haftstrafe",
    "lebenslange freiheitsstrafe",
    "lebenslanger haft",
    "lebenslanger haftstrafe",
    "lebenslanger freiheitsstrafe",
    "lebenslänglich",
]
# the words that tell a prison term is suspended, after it ("zwei Jahre auf Bewährung", "einjährige
# Bewährungsstrafe") or right before it ("Bewährungsstrafe von 18 Monaten"); never "ohne Bewährung": a sentence of
# its own (detect/suspended_sentences.py)
SUSPENDED_SENTENCE_WORDS = ["auf bewährung", "zur bewährung", "bewährungsstrafe", "bewährungsstrafen"]
# words in a figure's sentence that tell when in its count the report gives it (explain.py): as the newest count of a
# figure that changes ("die Zahl der Toten ist auf 95 gestiegen", "nach neuesten Angaben", "Stand: 18 Uhr"), as a
# count not yet final ("vorläufiges Endergebnis", "bislang", "nach Auszählung von 95 Prozent") or as the final one
# ("amtliches Endergebnis")
REPORT_TIME_WORDS = {
    "gestiegen": "latest",
    "stieg auf": "latest",
    "erhöhte sich": "latest",
    "hat sich erhöht": "latest",
    "neuesten angaben": "latest",
    "neuen angaben": "latest",
    "jüngsten angaben": "latest",
    "aktuellen angaben": "latest",
    "neuesten bilanz": "latest",
    "aktualisiert": "latest",
    "stand:": "latest",
    "inzwischen": "latest",
    "mittlerweile": "latest",
    "vorläufig": "provisional",
    "vorläufige": "provisional",
    "vorläufigen": "provisional",
    "vorläufiges": "provisional",
    "vorläufiger": "provisional",
    "teilergebnis": "provisional",
    "bisher": "provisional",
    "bislang": "provisional",
    "zunächst": "provisional",
    "vorerst": "provisional",
    "ersten angaben": "provisional",
    "ausgezählt": "provisional",
    "endgültig": "final",
    "endgültige": "final",
    "endgültigen": "final",
    "endgültiges": "final",
    "amtliches endergebnis": "final",
    "amtliche endergebnis": "final",
    "amtlichen endergebnis": "final",
    "endergebnis": "final",
}
