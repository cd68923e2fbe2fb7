"""Deutsch. Table meanings: see ``verification/engine/lang/__init__.py``."""

CONCEPT_LABELS = {
    "things": "Anzahl",
    "times": "Mal", "ordinal": "Rang in einer Reihe",
    "defendants": "Angeklagte", "match_minute": "Spielminute",
    "rate_change": "Zinsänderung",
    "deaths": "Todesopfer", "injured": "Verletzte", "missing": "Vermisste", "displaced": "Vertriebene",
    "evacuated": "Evakuierte", "rescued": "Gerettete", "affected": "Betroffene", "homeless": "Obdachlose",
    "hospitalised": "Im Krankenhaus", "survivors": "Überlebende", "magnitude": "Stärke", "depth": "Tiefe",
    "buildings_damaged": "Beschädigte Gebäude", "buildings_destroyed": "Zerstörte Gebäude",
    "area_burned": "Verbrannte Fläche", "passengers": "Menschen an Bord", "aftershocks": "Nachbeben",
    "seats": "Gewonnene Sitze", "votes": "Stimmen", "vote_share": "Stimmenanteil", "turnout": "Wahlbeteiligung",
    "majority": "Sitze für eine Mehrheit", "approval": "Zustimmung", "voters": "Wahlberechtigte",
    "score": "Ergebnis", "goals": "Tore", "points": "Punkte", "transfer_fee": "Ablösesumme",
    "contract_length": "Vertragslaufzeit", "wins": "Siege", "medals": "Medaillen", "titles": "Titel",
    "appearances": "Einsätze", "attendance": "Zuschauer", "race_time": "Zeit",
    "investment": "Investition", "funding_round": "Finanzierungsrunde", "valuation": "Bewertung",
    "valuation.pre_money": "Bewertung vor der Finanzierung", "valuation.post_money": "Bewertung nach der Finanzierung",
    "revenue": "Umsatz", "profit": "Gewinn", "loss": "Verlust", "price": "Preis", "acquisition.price": "Kaufpreis",
    "acquisition": "Übernahme", "ipo": "Börsengang", "loan": "Kredit", "fund": "Fondsvolumen",
    "fund.size": "Fondsvolumen", "budget": "Budget", "cost": "Kosten", "fine": "Geldstrafe", "salary": "Gehalt",
    "jobs": "Arbeitsplätze", "job_cuts": "Stellenabbau", "interest_rate": "Zinssatz", "inflation": "Inflation",
    "unemployment": "Arbeitslosenquote", "growth": "Wachstum", "decline": "Rückgang", "stake": "Anteil",
    "market_share": "Marktanteil", "share_price": "Aktienkurs", "market_value": "Börsenwert", "shares": "Aktien",
    "tariff": "Zoll", "margin": "Marge", "probability": "Wahrscheinlichkeit", "users": "Nutzer",
    "customers": "Kunden", "people": "Personen", "employees": "Beschäftigte", "offices": "Büros",
    "factories": "Werke", "labs": "Labore", "areas": "Bereiche", "sectors": "Branchen", "countries": "Länder",
    "cities": "Städte", "markets": "Märkte", "stores": "Filialen", "companies": "Unternehmen", "partners": "Partner",
    "students": "Studierende", "vehicles": "Fahrzeuge", "robots": "Roboter", "units_sold": "Verkaufte Einheiten",
    "deliveries": "Auslieferungen", "damages": "Schadenersatz",
    "distance": "Entfernung", "altitude": "Höhe", "duration": "Dauer", "speed": "Geschwindigkeit",
    "temperature": "Temperatur", "mass": "Masse", "length": "Länge", "area": "Fläche", "power": "Leistung",
    "volume": "Volumen", "crew": "Besatzung", "satellites": "Satelliten", "cases": "Fälle", "patients": "Patienten",
    "vaccinated": "Geimpfte", "efficacy": "Wirksamkeit", "participants": "Teilnehmende", "infections": "Infektionen",
    "downloads": "Downloads", "devices": "Geräte", "accounts": "Betroffene Konten", "records": "Datensätze",
    "age": "Alter",
    "sentence": "Strafmaß", "bail": "Kaution", "charges": "Anklagepunkte", "victims": "Opfer",
    "suspects": "Verdächtige", "arrested": "Festnahmen", "convicted": "Verurteilte",
    "founded": "Gründungsdatum", "founded_by": "Gründer", "announcement": "Datum der Ankündigung",
    "partnership": "Partner", "investor": "Investoren", "owner": "Eigentümer", "hosted_at": "Angesiedelt bei",
    "support": "Unterstützte Initiativen", "role": "Funktion", "role.former": "Frühere Funktion",
    "appointment": "Ernennung", "quote": "Zitat", "event": "Veranstaltung", "hub": "Regionales Zentrum",
    "locations": "Standorte", "office.locations": "Bürostandorte", "office.locations.new": "Neue Bürostandorte",
    "office.locations.existing": "Bestehende Bürostandorte", "ranking": "Rang", "change": "Veränderung",
    "time": "Uhrzeit", "date": "Datum", "record": "Rekord",
}
EVENT_LABELS = {
    "since": "Letztes Mal davor",
    "event": "Datum des Ereignisses",
    "opening": "Eröffnungsdatum", "launch": "Startdatum", "founded": "Gründungsdatum",
    "announcement": "Datum der Ankündigung", "signing": "Datum der Unterzeichnung", "acquisition": "Datum der Übernahme",
    "closing": "Datum des Abschlusses", "completion": "Datum der Fertigstellung", "ipo": "Datum des Börsengangs",
    "change": "Veränderung", "ranking": "Rang", "occurred": "Datum", "election": "Wahltag", "verdict": "Urteilsdatum",
    "arrest": "Datum der Festnahme", "landing": "Landedatum", "match": "Spieltag", "start": "Beginn", "end": "Ende",
    "deadline": "Frist", "date": "Datum",
}
OBJECT_LABELS = {
    "office": "Büro", "headquarters": "Hauptsitz", "lab": "Labor", "factory": "Werk", "store": "Filiale",
    "hub": "Zentrum", "campus": "Campus", "datacenter": "Rechenzentrum", "agreement": "Vereinbarung",
    "partnership": "Partnerschaft", "company": "Unternehmen", "product": "Produkt", "program": "Programm",
    "facility": "Anlage", "center": "Zentrum", "market": "Markt", "country": "Land", "investment": "Investition",
    "users": "Nutzer", "customers": "Kunden", "revenue": "Umsatz", "employees": "Belegschaft",
    "valuation": "Bewertung", "price": "Preis", "profit": "Gewinn", "assets": "Vermögen",
    "market_share": "Marktanteil", "downloads": "Downloads", "mission": "Mission", "election": "Wahl",
    "trial": "Prozess", "season": "Saison",
}
LABEL_TEMPLATE = "{event} ({object})"

FRAME_NOUNS = {
    "abgeordnete": "seats", "abgeordneten": "seats",
    "mal": "times", "male": "times",
    "angeklagte": "defendants", "angeklagten": "defendants", "mitangeklagte": "defendants", "mitangeklagten": "defendants",
    "tote": "deaths", "toten": "deaths", "todesopfer": "deaths", "tod": "deaths", "opfer": "victims",
    "verletzte": "injured", "verletzten": "injured", "verletzter": "injured", "schwerverletzte": "injured",
    "verwundete": "injured", "vermisste": "missing", "vermissten": "missing", "evakuierte": "evacuated",
    "überlebende": "survivors", "obdachlose": "homeless", "flüchtlinge": "displaced", "vertriebene": "displaced",
    "nachbeben": "aftershocks", "häuser": "buildings_damaged", "gebäude": "buildings_damaged",
    "wohnungen": "buildings_damaged", "passagiere": "passengers", "fahrgäste": "passengers",
    "insassen": "passengers", "besatzungsmitglieder": "crew", "astronauten": "crew", "sitze": "seats",
    "sitz": "seats", "mandate": "seats", "mandat": "seats", "stimmen": "votes", "stimme": "votes",
    "wähler": "voters", "wahlberechtigte": "voters", "tore": "goals", "tor": "goals", "treffer": "goals",
    "punkte": "points", "punkt": "points", "siege": "wins", "sieg": "wins", "medaillen": "medals",
    "medaille": "medals", "titel": "titles", "einsätze": "appearances", "spiele": "appearances",
    "zuschauer": "attendance", "fans": "attendance", "fälle": "cases", "fall": "cases", "patienten": "patients",
    "infektionen": "infections", "neuinfektionen": "infections", "teilnehmer": "participants",
    "teilnehmende": "participants", "probanden": "participants", "downloads": "downloads", "geräte": "devices",
    "konten": "accounts", "datensätze": "records", "satelliten": "satellites", "anklagepunkte": "charges",
    "verdächtige": "suspects", "festnahmen": "arrested", "einheiten": "units_sold", "auslieferungen": "deliveries",
    "aktien": "shares", "stellen": "jobs", "arbeitsplätze": "jobs", "jobs": "jobs", "stellenabbau": "job_cuts",
    "nutzer": "users", "nutzerinnen": "users", "kunden": "customers", "abonnenten": "users",
    "mitarbeiter": "employees", "beschäftigte": "employees", "studierende": "students",
}
FRAME_PREDICATES = {
    "getötet": "deaths", "ums leben": "deaths", "starben": "deaths", "sterben": "deaths", "gestorben": "deaths",
    "tot": "deaths", "tote": "deaths", "todesopfer": "deaths", "kamen ums leben": "deaths",
    "verletzt": "injured", "verletzte": "injured", "verletzten": "injured", "verwundet": "injured",
    "vermisst": "missing", "vermisste": "missing", "evakuiert": "evacuated", "in sicherheit gebracht": "evacuated",
    "vertrieben": "displaced", "geflohen": "displaced", "flohen": "displaced", "gerettet": "rescued",
    "geborgen": "rescued", "betroffen": "affected", "im krankenhaus": "hospitalised", "behandelt": "hospitalised",
    "festgenommen": "arrested", "verhaftet": "arrested", "verurteilt": "convicted", "angeklagt": "charges",
    "überlebten": "survivors", "an bord": "passengers", "streichen": "job_cuts", "abbauen": "job_cuts",
    "gestrichen": "job_cuts", "abgebaut": "job_cuts", "zerstört": "buildings_destroyed",
    "beschädigt": "buildings_damaged", "infiziert": "infections", "geimpft": "vaccinated",
}
PERSON_NOUNS = [
    "menschen", "personen", "person", "einwohner", "bewohner", "zivilisten", "kinder", "erwachsene", "männer",
    "frauen", "migranten", "touristen", "arbeiter", "bergleute", "soldaten", "polizisten", "feuerwehrleute",
    "schüler", "leute", "weitere", "bürger", "familien", "haushalte", "minderjährige",
]
MEASURE_UNITS = {
    "basispunkte": ("rate_change", 0.01), "basispunkten": ("rate_change", 0.01), "prozentpunkte": ("rate_change", 1.0),
    "km": ("length", 1000.0), "kilometer": ("length", 1000.0), "kilometern": ("length", 1000.0),
    "meter": ("length", 1.0), "metern": ("length", 1.0), "meilen": ("length", 1609.34),
    "zentimeter": ("length", 0.01), "cm": ("length", 0.01), "millimeter": ("length", 0.001), "mm": ("length", 0.001),
    "jahre": ("duration", 365.25), "jahren": ("duration", 365.25), "jahr": ("duration", 365.25),
    "monate": ("duration", 30.44), "monaten": ("duration", 30.44), "monat": ("duration", 30.44),
    "wochen": ("duration", 7.0), "woche": ("duration", 7.0), "tage": ("duration", 1.0), "tagen": ("duration", 1.0),
    "tag": ("duration", 1.0), "stunden": ("duration", 1 / 24), "stunde": ("duration", 1 / 24),
    "minuten": ("duration", 1 / 1440), "minute": ("duration", 1 / 1440), "sekunden": ("duration", 1 / 86400),
    "tonnen": ("mass", 1000.0), "tonne": ("mass", 1000.0), "kilogramm": ("mass", 1.0),
    "kg": ("mass", 1.0), "km/h": ("speed", 1.0), "stundenkilometer": ("speed", 1.0), "knoten": ("speed", 1.852),
    "hektar": ("area", 0.01), "quadratkilometer": ("area", 1.0), "quadratkilometern": ("area", 1.0),
    "km2": ("area", 1.0), "km²": ("area", 1.0), "mw": ("power", 1.0), "megawatt": ("power", 1.0),
    "gw": ("power", 1000.0), "gigawatt": ("power", 1000.0), "°c": ("temperature", 1.0), "grad": ("temperature", 1.0),
    "liter": ("volume", 1.0), "litern": ("volume", 1.0), "barrel": ("volume", 159.0),
    "kubikmeter": ("volume", 1000.0), "jährige": ("age", 1.0), "jähriger": ("age", 1.0), "jährigen": ("age", 1.0),
    "-jährige": ("age", 1.0), "-jähriger": ("age", 1.0), "-jährigen": ("age", 1.0),
}
MEASURE_CUES = {
    "verurteilt": "sentence", "haft": "sentence", "haftstrafe": "sentence", "gefängnis": "sentence",
    "freiheitsstrafe": "sentence", "vertrag": "contract_length", "vertrags": "contract_length",
    "verlängert": "contract_length", "unterschreibt": "contract_length", "stärke": "magnitude",
    "magnitude": "magnitude", "richterskala": "magnitude", "tiefe": "depth", "entfernung": "distance",
    "höhe": "altitude", "umlaufbahn": "altitude", "wind": "speed", "böen": "speed",
    "geschwindigkeit": "speed", "verbrannt": "area_burned", "abgebrannt": "area_burned", "temperatur": "temperature",
    "temperaturen": "temperature", "dauerte": "duration", "kapazität": "power", "alter": "age",
}
CUMULATIVE_WORDS = ["insgesamt", "seit gründung", "seit der gründung", "bislang", "bisher", "zusammen",
                    "gesamt", "kumuliert", "in summe"]
PREVIOUS_WORDS = ["von bisher", "zuvor", "vorherige", "vorherigen", "vorheriger", "früher", "frühere", "früheren", "letzte runde",
                  "ursprünglich", "zunächst", "anfangs", "erst"]
ADDITION_WORDS = ["weitere", "weiteren", "zusätzliche", "zusätzlichen", "zusätzlich", "neue", "neuen"]
APPOINTMENT_CUES = ["ernannt", "ernennt", "berufen", "beruft", "übernimmt", "wird neuer", "wird neue", "folgt auf",
                    "ersetzt", "gewählt", "nominiert", "befördert"]
SCORE_CUES = ["besiegt", "schlägt", "schlug", "gewann", "gewinnt", "verlor", "verliert", "unentschieden", "sieg", "niederlage", "spiel", "finale", "halbfinale", "viertelfinale", "partie", "remis"]
# relative dates (dates.py): month offsets, weekday directions, "N units ago"
RELATIVE_MONTH = {"letzten monat": -1, "letzten monats": -1, "im letzten monat": -1, "vergangenen monat": -1,
                  "im vergangenen monat": -1, "vorigen monat": -1, "im vormonat": -1, "diesen monat": 0,
                  "in diesem monat": 0, "dieses monats": 0, "nächsten monat": 1, "im nächsten monat": 1,
                  "kommenden monat": 1, "im kommenden monat": 1, "nächsten monats": 1, "kommenden monats": 1}
WEEKDAY_DIRECTION = {"letzten": -1, "vergangenen": -1, "vorigen": -1, "nächsten": 1, "kommenden": 1}
AGO_WORDS = {"vor": "before"}
TIME_UNITS = {"tag": "day", "tagen": "day", "woche": "week", "wochen": "week", "monat": "month",
              "monaten": "month", "jahr": "year", "jahren": "year"}
COMPARISON_WORDS = ["im vergleich zu", "gegenüber", "verglichen mit", "als", "seit", "von", "vorjahr"]
