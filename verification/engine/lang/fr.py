"""Français. Table meanings: see ``verification/engine/lang/__init__.py``."""

# tables this language has no words for, and why (the every-language test asks for the reason)
NO_ENTRIES = {
    "ATTRIBUTION_POSTPOSITIONS": "the source follows its link ('selon la Nasa'): no postposition",
    "WORLD_RANK_BEFORE": "the world follows the rank ('numéro 1 mondial')",
    "WORLD_RANK_COMPOUNDS": "the ordinal is a word of its own ('numéro 1 mondial')",
    "FORMS_NOT_LEMMATISED": "no table word's lemma is another word ('vies' -> 'vie')",
    "VERB_FINAL_AUXILIARIES": "the participle follows its auxiliary ('ont été tuées'): no verb-final clause",
    "BARE_MINUTE_LEADS": "a minute told after 'à la' takes its ordinal's suffix ('à la 42e')",
    "DURATION_ARTICLES": "the article that is one before a unit of time is a number word ('un an', 'une heure')",
    "FEMININE_ENDINGS": "the lemmatiser reads a woman's noun as the man's ('électrices' -> 'électeur')",
    "NUMBER_WORD_SPELLINGS": "text2num reads every French number word as written",
    "RATIO_ORDINAL_LEADS": "one in N is said with two numbers ('un adulte sur cinq'): RATIO_JOINERS",
    "DURATION_ADJECTIVES": "the number is written apart ('cinq ans d'inéligibilité')",
    "WEEKDAY_PART_ENDINGS": "the part of the day is a word of its own ('mercredi soir'): the weekday alone is the date",
    "ORDINAL_DOT_LEADS": "an ordinal takes a suffix ('3e'), never a bare dot",
    "ROLE_FRAMES": "titles are closed phrases in ROLE_WORDS ('directeur général', 'chef de')",
    "POSSESSIVE_ENDINGS": "whose is said by 'de' (OF_WORDS), no ending",
    "DAY_MONTH_LINKS": "the day stands right before its month ('6 juin')",
    "YEAR_END_WORDS": "'fin' before a year is a part of it: YEAR_PART ('fin 2025')",
    "CAPITALISED_DATE_WORDS": "month and weekday names are written in lowercase, and none is another word",
    "SINCE_START_OF_YEAR": "no fixed phrase collected: YEAR_PART's 'depuis le début de' with the year says it",
    "SCALED_ONLY_CURRENCY_NAMES": "none of this language's currency names is also a common word",
    "FOUNDED_BY_BEFORE": "only German names the founder before the founding words ('von X ins Leben gerufen')",
    "NOUN_DETERMINERS": "only German capitalises common nouns; this language's determiners are in STOP_CAPS",
}

# how French writes the sounds of a foreign name (lang/__init__.py): "Netanyahou", "Poutine", "Tchernychenko",
# "Choïgou", "Zelensky"; a final "-ine" after a consonant is the "-in" other languages write ("Poutine" / "Putin")
NAME_SPELLINGS = [
    (r"tch", "ch"),
    (r"ch", "sh"),
    (r"ou", "u"),
    (r"(?<=[^aeiou]in)e\b", ""),
    (r"dj", "j"),
]

# nouns an ordinal ranks that no count frames (detect/ordinals.py): "son troisième mandat", "la 16e édition", "un
# cinquième succès d'affilée"; read before FRAME_NOUNS, whose concept an ordinal of them may not share
SERIES_NOUNS = {
    "mandat": "terms",
    "tournoi": "tournaments",
    "édition": "editions",
    "finale": "finals",
    "couronne": "titles",
    "triomphe": "wins",
    "succès": "wins",
}

CONCEPT_LABELS = {
    "stolen": "Objets volés",
    "seized": "Objets saisis",
    "recovered": "Objets retrouvés",
    "sentence.requested": "Peine requise",
    "sentence.suspended": "Peine avec sursis",
    "fine.requested": "Amende requise",
    "damages.requested": "Dommages et intérêts réclamés",
    "bail.requested": "Caution demandée",
    "savings": "Économies",
    "data": "Volume de données",
    "years": "Années",
    "things": "Nombre",
    "times": "Fois",
    "ordinal": "Rang dans une série",
    "defendants": "Accusés",
    "match_minute": "Minute",
    "alert_level": "Niveau d'alerte",
    "scale_level": "Niveau sur une échelle",
    "rate_change": "Variation en points de pourcentage",
    "deaths": "Morts",
    "injured": "Blessés",
    "missing": "Disparus",
    "displaced": "Déplacés",
    "evacuated": "Évacués",
    "rescued": "Secourus",
    "affected": "Personnes touchées",
    "homeless": "Sans-abri",
    "hospitalised": "Hospitalisés",
    "survivors": "Survivants",
    "magnitude": "Magnitude",
    "depth": "Profondeur",
    "buildings_damaged": "Bâtiments endommagés",
    "buildings_destroyed": "Bâtiments détruits",
    "area_burned": "Surface brûlée",
    "passengers": "Personnes à bord",
    "aftershocks": "Répliques",
    "seats": "Sièges obtenus",
    "votes": "Voix",
    "vote_share": "Part des voix",
    "turnout": "Participation",
    "counted": "Bulletins dépouillés",
    "majority": "Sièges pour la majorité",
    "approval": "Approbation",
    "voters": "Électeurs inscrits",
    "constituencies": "Circonscriptions",
    "score": "Score",
    "goals": "Buts",
    "points": "Points",
    "transfer_fee": "Montant du transfert",
    "contract_length": "Durée du contrat",
    "wins": "Victoires",
    "medals": "Médailles",
    "titles": "Titres",
    "appearances": "Apparitions",
    "assists": "Passes décisives",
    "attendance": "Spectateurs",
    "race_time": "Temps",
    "investment": "Investissement",
    "funding_round": "Levée de fonds",
    "valuation": "Valorisation",
    "valuation.pre_money": "Valorisation pré-money",
    "valuation.post_money": "Valorisation post-money",
    "revenue": "Chiffre d'affaires",
    "profit": "Bénéfice",
    "loss": "Perte",
    "price": "Prix",
    "acquisition.price": "Prix d'acquisition",
    "acquisition": "Acquisition",
    "ipo": "Introduction en bourse",
    "loan": "Prêt",
    "fund": "Taille du fonds",
    "fund.size": "Taille du fonds",
    "budget": "Budget",
    "cost": "Coût",
    "fine": "Amende",
    "salary": "Salaire",
    "jobs": "Emplois",
    "job_cuts": "Suppressions d'emplois",
    "interest_rate": "Taux d'intérêt",
    "inflation": "Inflation",
    "unemployment": "Taux de chômage",
    "growth": "Croissance",
    "decline": "Baisse",
    "stake": "Participation au capital",
    "market_share": "Part de marché",
    "share_price": "Cours de l'action",
    "market_value": "Capitalisation",
    "shares": "Actions",
    "tariff": "Droits de douane",
    "margin": "Marge",
    "probability": "Probabilité",
    "users": "Utilisateurs",
    "customers": "Clients",
    "people": "Personnes",
    "employees": "Salariés",
    "offices": "Bureaux",
    "factories": "Usines",
    "labs": "Laboratoires",
    "areas": "Domaines",
    "sectors": "Secteurs",
    "countries": "Pays",
    "cities": "Villes",
    "markets": "Marchés",
    "stores": "Magasins",
    "companies": "Entreprises",
    "partners": "Partenaires",
    "students": "Étudiants",
    "vehicles": "Véhicules",
    "flights": "Vols",
    "robots": "Robots",
    "units_sold": "Unités vendues",
    "deliveries": "Livraisons",
    "damages": "Dommages et intérêts",
    "distance": "Distance",
    "altitude": "Altitude",
    "duration": "Durée",
    "speed": "Vitesse",
    "temperature": "Température",
    "mass": "Masse",
    "length": "Longueur",
    "area": "Superficie",
    "power": "Puissance",
    "volume": "Volume",
    "crew": "Équipage",
    "satellites": "Satellites",
    "cases": "Cas",
    "patients": "Patients",
    "vaccinated": "Vaccinés",
    "efficacy": "Efficacité",
    "participants": "Participants",
    "contacts": "Contacts suivis",
    "downloads": "Téléchargements",
    "devices": "Appareils",
    "accounts": "Comptes touchés",
    "records": "Données",
    "age": "Âge",
    "sentence": "Peine",
    "bail": "Caution",
    "charges": "Chefs d'accusation",
    "victims": "Victimes",
    "suspects": "Suspects",
    "arrested": "Interpellations",
    "convicted": "Condamnés",
    "founded": "Date de fondation",
    "founded_by": "Fondateurs",
    "announcement": "Date de l'annonce",
    "partnership": "Partenaire",
    "investor": "Investisseurs",
    "owner": "Propriétaire",
    "hosted_at": "Hébergé par",
    "support": "Initiatives soutenues",
    "role": "Fonction",
    "role.former": "Ancienne fonction",
    "appointment": "Nomination",
    "quote": "Citation",
    "event": "Événement",
    "hub": "Pôle régional",
    "locations": "Implantations",
    "office.locations": "Implantations des bureaux",
    "office.locations.new": "Nouvelles implantations",
    "office.locations.existing": "Implantations existantes",
    "ranking": "Classement",
    "change": "Évolution",
    "time": "Heure",
    "date": "Date",
    "record": "Record",
    "without_power": "Privés d'électricité",
    "rainfall": "Précipitations",
    "deliberation": "Délibérations du jury",
    "witnesses": "Témoins",
    "jurors": "Jurés",
    "responders": "Secouristes et forces mobilisés",
    "acquitted": "Acquittés",
    "water_level": "Niveau de l'eau",
    # what a place, an office or an amount names: the concept of a name or a bare figure
    "place": "Lieu",
    "office": "Bureau",
    "headquarters": "Siège",
    "lab": "Laboratoire",
    "amount": "Montant",
    "share": "Part",
    # what a named organisation, product or vehicle is to the story (detect/organisations.py)
    "operator": "Exploitant",
    "aircraft": "Appareil",
    "vehicle": "Véhicule",
    "manufacturer": "Constructeur",
    "investigator": "Organisme d’enquête",
    "court": "Tribunal",
    "agency": "Agence",
    "company": "Entreprise",
    "club": "Club",
    "union": "Syndicat",
    "party": "Parti",
    "publication": "Publication",
    "broadcaster": "Chaîne",
    "product": "Produit",
    "institution": "Institution",
    "organisation": "Organisation",
}
EVENT_LABELS = {
    "period": "Période",
    "since": "Dernière fois avant",
    "event": "Date de l'événement",
    "other_day": "Un autre jour de l'événement",
    "year": "Année",
    "opening": "Date d'ouverture",
    "launch": "Date de lancement",
    "founded": "Date de fondation",
    "announcement": "Date de l'annonce",
    "signing": "Date de signature",
    "acquisition": "Date d'acquisition",
    "closing": "Date de clôture",
    "completion": "Date d'achèvement",
    "ipo": "Date d'introduction en bourse",
    "change": "Évolution",
    "ranking": "Classement",
    "occurred": "Date",
    "election": "Date de l'élection",
    "verdict": "Date du jugement",
    "arrest": "Date de l'interpellation",
    "landing": "Date d'atterrissage",
    "match": "Date du match",
    "start": "Début",
    "end": "Fin",
    "deadline": "Échéance",
    "date": "Date",
}
OBJECT_LABELS = {
    "office": "bureau",
    "headquarters": "siège",
    "lab": "laboratoire",
    "factory": "usine",
    "store": "magasin",
    "hub": "pôle",
    "campus": "campus",
    "datacenter": "centre de données",
    "agreement": "accord",
    "partnership": "partenariat",
    "company": "entreprise",
    "product": "produit",
    "program": "programme",
    "facility": "installation",
    "center": "centre",
    "market": "marché",
    "country": "pays",
    "investment": "investissement",
    "users": "utilisateurs",
    "customers": "clients",
    "revenue": "chiffre d'affaires",
    "employees": "effectifs",
    "valuation": "valorisation",
    "price": "prix",
    "profit": "bénéfice",
    "assets": "actifs",
    "market_share": "part de marché",
    "downloads": "téléchargements",
    "mission": "mission",
    "election": "élection",
    "trial": "procès",
    "season": "saison",
}
LABEL_TEMPLATE = "{event} ({object})"

FRAME_NOUNS = {
    "circonscription": "constituencies",
    "circonscriptions": "constituencies",
    "parlementaires": "seats",
    "fois": "times",
    "relèvements": "times",
    "hausses de taux": "times",
    "baisses de taux": "times",
    "accusés": "defendants",
    "co-accusés": "defendants",
    "prévenus": "defendants",
    "morts": "deaths",
    "mort": "deaths",
    "décès": "deaths",
    "tués": "deaths",
    "victimes": "victims",
    "victime": "victims",
    "blessés": "injured",
    "blessé": "injured",
    "blessées": "injured",
    "disparus": "missing",
    "disparues": "missing",
    "évacués": "evacuated",
    "survivants": "survivors",
    "sans-abri": "homeless",
    "réfugiés": "displaced",
    "déplacés": "displaced",
    "répliques": "aftershocks",
    "maisons": "buildings_damaged",
    "bâtiments": "buildings_damaged",
    "logements": "buildings_damaged",
    "habitations": "buildings_damaged",
    "passagers": "passengers",
    "membres d'équipage": "crew",
    "astronautes": "crew",
    "sièges": "seats",
    "siège": "seats",
    "députés": "seats",
    "mandats": "seats",
    "mandat": "seats",
    "élus": "seats",
    "voix": "votes",
    "suffrages": "votes",
    "électeurs": "voters",
    "inscrits": "voters",
    "buts": "goals",
    "but": "goals",
    "points": "points",
    "victoires": "wins",
    "médailles": "medals",
    "titres": "titles",
    "titre": "titles",
    "trophée": "titles",
    "trophées": "titles",
    "sacre": "titles",
    "sacres": "titles",
    "sélections": "appearances",
    "matchs": "appearances",
    "spectateurs": "attendance",
    "supporters": "attendance",
    "cas": "cases",
    "patients": "patients",
    # a stay in hospital counted by its noun: the people hospitalised
    "hospitalisation": "hospitalised",
    "hospitalisations": "hospitalised",
    "admissions à l'hôpital": "hospitalised",
    "malades": "patients",
    "infections": "cases",
    "contaminations": "cases",
    "contact": "contacts",
    "contacts": "contacts",
    "participants": "participants",
    "volontaires": "participants",
    "athlète": "participants",
    "athlètes": "participants",
    "concurrents": "participants",
    "sportifs": "participants",
    "passes décisives": "assists",
    "passe décisive": "assists",
    "téléchargements": "downloads",
    "appareils": "devices",
    "appareil": "devices",
    "ordinateur": "devices",
    "ordinateurs": "devices",
    "machines": "devices",
    "systèmes": "devices",
    "serveurs": "devices",
    "pc": "devices",
    "vol": "flights",
    "vols": "flights",
    "comptes": "accounts",
    "données": "records",
    "satellites": "satellites",
    "chefs d'accusation": "charges",
    "chefs d'accusations": "charges",
    "chefs d'inculpation": "charges",
    "suspects": "suspects",
    "voleurs": "suspects",
    "cambrioleurs": "suspects",
    "malfaiteurs": "suspects",
    "braqueurs": "suspects",
    "interpellations": "arrested",
    "arrestations": "arrested",
    "unités": "units_sold",
    "livraisons": "deliveries",
    "actions": "shares",
    "emplois": "jobs",
    "postes": "jobs",
    "suppressions de postes": "job_cuts",
    "suppressions d'emplois": "job_cuts",
    "licenciements": "job_cuts",
    "utilisateurs": "users",
    "clients": "customers",
    "abonnés": "users",
    "employés": "employees",
    "étudiants": "students",
    "témoins": "witnesses",
    "témoin": "witnesses",
    "jurés": "jurors",
    "juré": "jurors",
    "corps": "deaths",
    "cadavres": "deaths",
    "immeubles": "buildings_damaged",
    "édifices": "buildings_damaged",
    "personnels d'équipage": "crew",
    "personnels d’équipage": "crew",
    "membres d’équipage": "crew",
    "secouristes": "responders",
    "sauveteurs": "responders",
    "pompiers": "responders",
    "militaires": "responders",
    "soldats": "responders",
    "policiers": "responders",
    "gendarmes": "responders",
    "vies": "deaths",
}
FRAME_PREDICATES = {
    "tué": "deaths",
    "tués": "deaths",
    "tuées": "deaths",
    # a participle agrees with the people it counts: "personas muertas", "personnes décédées" (the lemmatiser
    # reads some feminine forms as another word)
    "tuée": "deaths",
    "morte": "deaths",
    "mortes": "deaths",
    "décédée": "deaths",
    "décédées": "deaths",
    "mort": "deaths",
    "morts": "deaths",
    "décédé": "deaths",
    "décédés": "deaths",
    "péri": "deaths",
    "coûté la vie": "deaths",
    "perdu la vie": "deaths",
    "bilan": "deaths",
    "blessé": "injured",
    "blessés": "injured",
    "blessées": "injured",
    "blessée": "injured",
    "blessant": "injured",
    "disparu": "missing",
    "disparus": "missing",
    "disparue": "missing",
    "disparues": "missing",
    "introuvable": "missing",
    "introuvables": "missing",
    "évacué": "evacuated",
    "évacués": "evacuated",
    "évacuées": "evacuated",
    "déplacé": "displaced",
    "déplacés": "displaced",
    "fui": "displaced",
    "secouru": "rescued",
    "secourus": "rescued",
    "secourue": "rescued",
    "secourues": "rescued",
    "touchés": "affected",
    "affectés": "affected",
    "sinistrés": "affected",
    "hospitalisés": "hospitalised",
    "hospitalisé": "hospitalised",
    "hospitalisée": "hospitalised",
    "hospitalisées": "hospitalised",
    "interpellé": "arrested",
    "interpellés": "arrested",
    "arrêtés": "arrested",
    "en garde à vue": "arrested",
    "arrêté": "arrested",
    "condamné": "convicted",
    "condamnés": "convicted",
    "inculpé": "defendants",
    "mis en examen": "defendants",
    "mises en examen": "defendants",
    "survécu": "survivors",
    "à bord": "passengers",
    "supprimer": "job_cuts",
    "supprime": "job_cuts",
    "supprimés": "job_cuts",
    "détruits": "buildings_destroyed",
    "détruites": "buildings_destroyed",
    "endommagés": "buildings_damaged",
    "endommagées": "buildings_damaged",
    "infectés": "cases",
    "infecté": "cases",
    "infectée": "cases",
    "infectées": "cases",
    "contaminé": "cases",
    "contaminés": "cases",
    "contaminée": "cases",
    "contaminées": "cases",
    "vaccinés": "vaccinated",
    "vacciné": "vaccinated",
    "vaccinée": "vaccinated",
    "vaccinées": "vaccinated",
    # the people an outbreak's cases met, traced and followed: its contacts
    "en contact avec": "contacts",
    "sauvé": "rescued",
    "sauvés": "rescued",
    "sauvées": "rescued",
    "sans abri": "homeless",
    "sans-abri": "homeless",
    "perdu leur logement": "homeless",
    "noyés": "deaths",
    "noyées": "deaths",
    "trouvé la mort": "deaths",
    "privés d'électricité": "without_power",
    "privés d’électricité": "without_power",
    "privées d'électricité": "without_power",
    "privées d’électricité": "without_power",
    "privés de courant": "without_power",
    "sans électricité": "without_power",
    "sans courant": "without_power",
    "coupure de courant": "without_power",
    "coupures de courant": "without_power",
    "coupures d'électricité": "without_power",
    "coupures d’électricité": "without_power",
    "effondrés": "buildings_destroyed",
    "effondrées": "buildings_destroyed",
    "rasés": "buildings_destroyed",
    "centres d'évacuation": "evacuated",
    "centres d’évacuation": "evacuated",
    "transportant": "passengers",
    "transportait": "passengers",
    "sauvetages": "rescued",
    "mortellement blessés": "deaths",
    "mortellement blessées": "deaths",
    "mortellement blessé": "deaths",
    "reconnus coupables": "convicted",
    "reconnu coupable": "convicted",
    "déclarés coupables": "convicted",
    "acquittés": "acquitted",
    "acquitté": "acquitted",
    "relaxés": "acquitted",
    "inculpés": "defendants",
    # a stay in hospital or an illness named after the people it befell: "Nine patients have required hospitalization",
    # "171 enfermos" of an outbreak are its cases
    "hospitalisation": "hospitalised",
    "tombés malades": "cases",
}
PERSON_NOUNS = [
    "riverains",
    "personnes",
    "personne",
    "individus",
    "habitants",
    "résidents",
    "civils",
    "enfants",
    "adultes",
    "villageois",
    "hommes",
    "femmes",
    "migrants",
    "touristes",
    "ouvriers",
    "travailleurs",
    "mineurs",
    "élèves",
    "pèlerins",
    "autres",
    "citoyens",
    "familles",
    "foyers",
    "ménages",
    # who people are by trade, role, side or faith: counted, they are people whatever the noun
    "joueurs",
    "joueuses",
    "footballeurs",
    "athlètes",
    "entraîneurs",
    "arbitres",
    "supporteurs",
    "stewards",
    "gardiens",
    "agents",
    "bénévoles",
    "avocats",
    "avocates",
    "juges",
    "magistrats",
    "procureurs",
    "complices",
    "journalistes",
    "reporters",
    "photographes",
    "médecins",
    "infirmiers",
    "infirmières",
    "enseignants",
    "professeurs",
    "candidats",
    "candidates",
    "membres",
    "délégués",
    "eurodéputés",
    "sénateurs",
    "ministres",
    "fonctionnaires",
    "responsables",
    "dirigeants",
    "directeurs",
    "assistants",
    "assistantes",
    "fidèles",
    "croyants",
    "catholiques",
    "chrétiens",
    "musulmans",
    "prêtres",
    "évêques",
    "cardinaux",
    "religieuses",
    "manifestants",
    "militants",
    "détenus",
    "prisonniers",
    "otages",
    "fils",
    "filles",
    "petits-enfants",
    "proches",
    "amis",
    "collègues",
    "experts",
    "expertes",
    "scientifiques",
]
PERSON_NOUNS_ALONE = [
    "catholiques",
    "chrétiens",
    "musulmans",
    "scientifiques",
    "responsables",
    "fidèles",
    "civils",
    "mineurs",
    "proches",
    "adultes",
    "migrants",
    "directeurs",
    "dirigeants",
    "religieuses",
    "militants",
    "croyants",
    "bénévoles",
    "experts",
    "assistants",
    "prisonniers",
    "détenus",
]
FEMININE_ENDINGS: dict[str, str] = {}
FORMS_NOT_LEMMATISED: set[str] = set()
# verbs of saving: before a count of deaths, or after its noun, they count the people saved, not lost ("saved 300
# lives", "rettete 300 Menschenleben", "a sauvé 300 vies", "salvó 300 vidas"), as "saved the lives of 300 people" does
SAVING_VERBS = [
    "sauver",
    "sauve",
    "sauvent",
    "sauvé",
    "sauvée",
    "sauvés",
    "sauvées",
    "sauvait",
    "sauvaient",
    "sauvera",
    "sauveront",
    "sauverait",
    "sauveraient",
    "épargner",
    "épargne",
    "épargnent",
    "épargné",
    "épargnées",
    "épargnés",
]
# words of taking right before the number of things taken ("dérober huit bijoux", "s'est emparé de huit bijoux", "le
# vol de huit bijoux"), read by frames.taken_things
TAKING_WORDS = {
    "dérober": "stolen",
    "dérobé": "stolen",
    "dérobant": "stolen",
    "voler": "stolen",
    "volé": "stolen",
    "vol de": "stolen",
    "emparé de": "stolen",
    "emparés de": "stolen",
    "emparée de": "stolen",
    "emparées de": "stolen",
    "emparer de": "stolen",
    "saisi": "seized",
    "saisir": "seized",
    "saisie de": "seized",
    "confisqué": "seized",
    "récupéré": "recovered",
    "retrouvé": "recovered",
}
# participles of taking after the noun of the things taken ("huit objets volés", "huit bijoux ont été dérobés"); only
# their plural, which agrees with the things counted ("quatre malfaiteurs ont volé" counts those who took)
TAKEN_PARTICIPLES = {
    "volés": "stolen",
    "volées": "stolen",
    "dérobés": "stolen",
    "dérobées": "stolen",
    "saisis": "seized",
    "saisies": "seized",
    "confisqués": "seized",
    "confisquées": "seized",
    "récupérés": "recovered",
    "récupérées": "recovered",
    "retrouvés": "recovered",
    "retrouvées": "recovered",
}
MEASURE_UNITS = {
    "m": ("length", 1.0),  # "près de 70 m de haut" (a million is "M", "Mio.", "M€")
    "go": ("data", 1000.0),
    "gigaoctets": ("data", 1000.0),
    "mo": ("data", 1.0),
    "mégaoctets": ("data", 1.0),
    "ko": ("data", 0.001),
    "kilooctets": ("data", 0.001),
    "gb": ("data", 1000.0),
    "points de base": ("rate_change", 0.01),
    "point de base": ("rate_change", 0.01),
    "point de pourcentage": ("rate_change", 1.0),
    "points de pourcentage": ("rate_change", 1.0),
    "km": ("length", 1000.0),
    "kilomètres": ("length", 1000.0),
    "kilomètre": ("length", 1000.0),
    "mètres": ("length", 1.0),
    "mètre": ("length", 1.0),
    "milles": ("length", 1852.0),
    "centimètres": ("length", 0.01),
    "cm": ("length", 0.01),
    "millimètres": ("length", 0.001),
    "mm": ("length", 0.001),
    "ans": ("duration", 365.25),
    "an": ("duration", 365.25),
    "années": ("duration", 365.25),
    "mois": ("duration", 30.44),
    "semaines": ("duration", 7.0),
    "semaine": ("duration", 7.0),
    "jours": ("duration", 1.0),
    "jour": ("duration", 1.0),
    "heures": ("duration", 1 / 24),
    "heure": ("duration", 1 / 24),
    "minutes": ("duration", 1 / 1440),
    "minute": ("duration", 1 / 1440),
    "min": ("duration", 1 / 1440),
    "seconde": ("duration", 1 / 86400),
    "décennies": ("duration", 3652.5),
    "décennie": ("duration", 3652.5),
    "siècles": ("duration", 36525.0),
    "siècle": ("duration", 36525.0),
    "secondes": ("duration", 1 / 86400),
    "tonnes": ("mass", 1000.0),
    "tonnes métriques": ("mass", 1000.0),
    "tonne": ("mass", 1000.0),
    "kilos": ("mass", 1.0),
    "kilogrammes": ("mass", 1.0),
    "kg": ("mass", 1.0),
    "km/h": ("speed", 1.0),
    "nœuds": ("speed", 1.852),
    "hectares": ("area", 0.01),
    "hectare": ("area", 0.01),
    "km2": ("area", 1.0),
    "km²": ("area", 1.0),
    "kilomètres carrés": ("area", 1.0),
    "mw": ("power", 1.0),
    "mégawatts": ("power", 1.0),
    "gw": ("power", 1000.0),
    "gigawatts": ("power", 1000.0),
    "°c": ("temperature", 1.0),
    "degrés": ("temperature", 1.0),
    "litres": ("volume", 1.0),
    "barils": ("volume", 159.0),
    "mètres cubes": ("volume", 1000.0),
    "m3": ("volume", 1000.0),
    "litres par mètre carré": ("length", 0.001, "rainfall"),
    "litres au mètre carré": ("length", 0.001, "rainfall"),
    "l/m2": ("length", 0.001, "rainfall"),
    "l/m²": ("length", 0.001, "rainfall"),
}
MEASURE_CUES = {
    "condamné": "sentence",
    "condamnée": "sentence",
    "peine": "sentence",
    "prison": "sentence",
    "réclusion": "sentence",
    "emprisonnement": "sentence",
    "sursis": "sentence",
    "ferme": "sentence",
    "détention": "sentence",
    "incarcération": "sentence",
    "écroué": "sentence",
    "condamnés": "sentence",
    "condamnées": "sentence",
    "mise à l'épreuve": "sentence",
    "travaux d'intérêt général": "sentence",
    "purger": "sentence",
    "contrat": "contract_length",
    "prolongé": "contract_length",
    "prolongation": "contract_length",
    "magnitude": "magnitude",
    "richter": "magnitude",
    "profondeur": "depth",
    "distance": "distance",
    "altitude": "altitude",
    "orbite": "altitude",
    "vent": "speed",
    "vents": "speed",
    "rafales": "speed",
    "vitesse": "speed",
    "brûlé": "area_burned",
    "brûlés": "area_burned",
    "parti en fumée": "area_burned",
    "ravagé": "area_burned",
    "température": "temperature",
    "températures": "temperature",
    "duré": "duration",
    "durée": "duration",
    "capacité": "power",
    "âgé": "age",
    "âgée": "age",
    "âge": "age",
    "pluie": "rainfall",
    "pluies": "rainfall",
    "précipitations": "rainfall",
    "délibéré": "deliberation",
    "délibération": "deliberation",
    "délibérations": "deliberation",
    "délibérer": "deliberation",
    "détruit": "area_burned",
    "détruits": "area_burned",
    "crue": "water_level",
    "niveau de l'eau": "water_level",
    "niveau de l’eau": "water_level",
    "niveau du fleuve": "water_level",
}
# the words between a magnitude and the scale that names it after it ("6.2 on the Richter scale", "6,0 sur
# l'échelle de Richter")
MAGNITUDE_SCALE_LINKS = ["sur l'échelle de", "degrés sur l'échelle de"]
# a quake's nouns: a figure with its decimal right before one, or after one and its "of", is its magnitude ("a 6.0
# quake", "6,0-Beben", "un séisme de 6,3", "sismo de 6,2"); a whole number there counts quakes ("6 Beben")
QUAKE_NOUNS = [
    "séisme",
    "séismes",
    "tremblement de terre",
    "tremblements de terre",
    "secousse",
    "secousses",
    "réplique",
    "répliques",
]
CUMULATIVE_WORDS = [
    "au total",
    "en tout",
    "depuis sa création",
    "depuis sa fondation",
    "jusqu'ici",
    "jusqu’ici",
    "à ce jour",
    "au total de",
    "total",
]
COMBINED_WORDS = [
    "cumulé",
    "cumulés",
    "cumulée",
    "cumulées",
    "combiné",
    "combinés",
]
PREVIOUS_WORDS = [
    "précédent",
    "précédente",
    "précédemment",
    "auparavant",
    "antérieur",
    "antérieure",
    "dernier tour",
    "initialement",
    "initial",
    "d'abord",
    "dans un premier temps",
]
# words in an age's clause that date it to the time of the events told, not today ("who was 19 at the time"):
# an earlier age of the person, kept apart from the age reports give now
AGE_THEN_WORDS = ["à l'époque", "à l’époque", "à l'époque des faits", "à l’époque des faits", "au moment des faits"]
ADDITION_WORDS = ["supplémentaire", "supplémentaires", "nouveaux", "nouvelles", "de plus", "autres"]
# the same after a figure or its noun ("1 000 soldats supplémentaires", "500 postes de plus"); never "autres",
# which after a figure says "other" ("49 autres accusés")
ADDITION_AFTER = ["supplémentaires", "supplémentaire", "de plus", "en plus", "additionnels", "additionnelles"]
# mots de la proposition d'un compte qui disent ceux qu'il compte dans un état grave ("cinq dans un état critique",
# "16 graves", "grièvement blessés", "en réanimation") : les blessés graves, un chiffre à part (align)
SERIOUS_CONDITION_WORDS = [
    "état critique",
    "état grave",
    "graves",
    "grave",
    "grièvement",
    "gravement",
    "urgence absolue",
    "réanimation",
    "soins intensifs",
    "pronostic vital",
]
REQUEST_WORDS = [
    "requis",
    "requise",
    "requises",
    "a requis",
    "avait requis",
    "réquisitions",
    "réquisitoire",
    "réclamé",
    "réclamait",
    "réclame",
    "demandé",
    "demandait",
    "demande",
    "demandent",
    "demandaient",
    "réclament",
    "réclamaient",
    "requièrent",
]
# words before a sentence, a fine or damages that make it the most the law allows ("faces up to 20 years", "la peine
# maximale", "bis zu 110 Jahre", "enfrentaba hasta 110 años"): another figure than the one imposed or asked for
CEILING_WORDS = [
    "maximale",
    "maximum",
    "passible de",
    "passible d'",
    "jusqu'à",
    "jusqu’à",
    "encourt",
    "encourait",
    "encourent",
    "risque",
    "risquait",
    "aurait pu",
    "auraient pu",
]
CEILING_LABEL = "maximum"  # the words a ceiling's label shows ("Sentence (maximum)")
# words in a figure's sentence that name the round or stage of an election it belongs to -> stage
ELECTION_STAGES = {
    "résultats définitifs": "result",
    "résultat définitif": "result",
    "résultats officiels": "result",
    "résultat officiel": "result",
    "premier tour": "first_round",
    "1er tour": "first_round",
    "second tour": "second_round",
    "deuxième tour": "second_round",
    "2e tour": "second_round",
    "sondage de sortie des urnes": "exit_poll",
    "sondages de sortie des urnes": "exit_poll",
    "sondage sortie des urnes": "exit_poll",
    "sondage à la sortie des urnes": "exit_poll",
    "sondages à la sortie des urnes": "exit_poll",
    "exit poll": "exit_poll",
    "estimation": "projection",
    "estimations": "projection",
    "projection": "projection",
    "projections": "projection",
}
# stage -> words shown in the label of a figure of that stage ("Seats won (first round)")
ELECTION_STAGE_LABELS = {
    "result": "résultat définitif",
    "first_round": "premier tour",
    "second_round": "second tour",
    "exit_poll": "sondage de sortie des urnes",
    "projection": "estimation",
}
PART_LABEL = "partie"  # a part of a figure told by a relative pronoun ("four years, two of which ...")
# words of a part of an event that a date or a time nearest them belongs to (the take-off, not the crash; the
# deliberations, not the verdict): two parts' dates or times are two facts, a figure naming none may be either's
SUB_EVENTS = {
    "décollé": "launch",
    "décollage": "launch",
    "décolle": "launch",
    "lancé": "launch",
    "lancée": "launch",
    "lancement": "launch",
    "atterri": "landing",
    "atterrissage": "landing",
    "amerri": "landing",
    "amerrissage": "landing",
    "écrasé": "crash",
    "crash": "crash",
    "accident": "crash",
    "écrasement": "crash",
    "délibérations": "deliberation",
    "délibéré": "deliberation",
    "coupable": "verdict",
    "condamné": "verdict",
    "verdict": "verdict",
    "publié": "release",
    "publiée": "release",
    "déployé": "release",
    "déployée": "release",
    "panne": "outage",
    "coupure": "outage",
}
# the words a fact's label shows for the part of the event its figures name ("Time (take-off)")
SUB_EVENT_LABELS = {
    "launch": "décollage",
    "landing": "atterrissage",
    "crash": "accident",
    "deliberation": "délibérations",
    "verdict": "verdict",
    "release": "publication",
    "outage": "panne",
}
# words of a report's title or first sentence that name the kind of event it tells -> kind (cluster.py):
# reports whose leads name only other kinds tell other events (le déraillement d'un funiculaire, l'incendie d'une tour);
# a judgment is told by its verdict or its sentence (one event where a court gives both at once);
# a ruling on appeal ("la cour d'appel a annulé la condamnation") is another event than the judgment it rules on;
# an outbreak's reports, named by the word or by its disease, tell one event over weeks
EVENT_KINDS = {
    "incendie": "fire",
    "incendies": "fire",
    "feu de forêt": "fire",
    "accident": "crash",
    "collision": "crash",
    "déraillé": "crash",
    "déraillement": "crash",
    "s'est écrasé": "crash",
    "s'est écrasée": "crash",
    "séisme": "earthquake",
    "tremblement de terre": "earthquake",
    "inondation": "storm",
    "inondations": "storm",
    "ouragan": "storm",
    "typhon": "storm",
    "cyclone": "storm",
    "tornade": "storm",
    "crue": "storm",
    "crues": "storm",
    "pluies torrentielles": "storm",
    "condamné à": "sentence",
    "condamnée à": "sentence",
    "condamnés à": "sentence",
    "reconnu coupable": "verdict",
    "reconnue coupable": "verdict",
    "jugé coupable": "verdict",
    "jugée coupable": "verdict",
    "déclaré coupable": "verdict",
    "déclarée coupable": "verdict",
    "en appel": "appeal_ruling",
    "cour d'appel": "appeal_ruling",
    "annulé la condamnation": "appeal_ruling",
    "annule la condamnation": "appeal_ruling",
    "épidémie": "outbreak",
    "ebola": "outbreak",
    "virus de marburg": "outbreak",
    "mpox": "outbreak",
    "choléra": "outbreak",
    "rougeole": "outbreak",
    "dengue": "outbreak",
    "grippe aviaire": "outbreak",
}
# words of a lead that name a judgment's sentence still to come (cluster.py): its report tells the verdict (la
# culpabilité), and a report of the sentence handed down later another event
SENTENCE_TO_COME = [
    "connaîtra sa peine",
    "sera fixé sur sa peine",
    "sera fixée sur sa peine",
    "la peine sera prononcée",
    "sa peine sera prononcée",
    "sa peine sera connue",
    "attend sa peine",
]
# words of an offence and of the steps before its judgment (cluster.py): in a report of a judgment, a day its lead names
# by its date alone after one of them, with no word of the judgment between, is the offence's or the arrest's ("les faits
# remontent au 30 décembre 2022"), background, not the judgment's
OFFENCE_WORDS = [
    "agression",
    "agressions",
    "agressé",
    "agressée",
    "viol",
    "violée",
    "violé",
    "meurtre",
    "tué",
    "tuée",
    "assassinat",
    "attaque",
    "attentat",
    "incident",
    "faits",
    "crime",
    "délit",
    "arrestation",
    "arrêté",
    "interpellé",
    "interpellée",
    "mis en examen",
    "mise en examen",
    "inculpé",
    "accusé",
    "survenu",
    "survenus",
    "commis",
]
# how a funding round's series is written, "{}" its letter (cluster.py): the same investors' next round is another
# event ("un tour de série B" is not the série C a year later); "Serie A" is a football league
FUNDING_SERIES = [
    "série {}",
]
# who counted a figure (a crowd, a toll) -> the side it is told as the count of: the police's and the organisers'
# counts are two facts ("80 000 selon la police, 250 000 selon les organisateurs")
FIGURE_SOURCES = {
    "police": "official",
    "policière": "official",
    "policières": "official",
    "préfecture": "official",
    "préfecture de police": "official",
    "autorités": "official",
    "ministère": "official",
    "ministère de l'intérieur": "official",
    "ministère de l’intérieur": "official",
    "organisateurs": "organisers",
    "organisateur": "organisers",
    "syndicats": "organisers",
    "syndicat": "organisers",
    "intersyndicale": "organisers",
}
FIGURE_SOURCE_LINKS = [
    "par",
    "d'après",
    "d’après",
    "recensé",
    "recensés",
    "dénombré",
    "évoque",
    "annonce",
    "estimations",
]
FIGURE_SOURCE_LABELS = {"official": "chiffre des autorités", "organisers": "chiffre des organisateurs"}
# words right before a name that make it the source a statement is told by, never the actor it is about ("selon la
# Nasa", "d'après le ministère", "a indiqué à l'AFP", "cité par Reuters"): context.Context.is_source
ATTRIBUTION_LINKS = [
    "selon",
    "d'après",
    "d’après",
    "cité par",
    "citée par",
    "rapporte",
    "a indiqué à",
    "a déclaré à",
    "a confié à",
    "a précisé à",
]
# words right after a name that make it such a source: none in French (the source follows "selon")
ATTRIBUTION_POSTPOSITIONS: list[str] = []  # see NO_ENTRIES
# a word of a count's status beside the number or its noun ("53 confirmés", "11 probables", "17.000 cas présumés", "cas
# suspects"): confirmed, probable and suspected counts of one outbreak are three figures (frames.status_of)
STATUS_WORDS = {
    "confirmé": "confirmed",
    "confirmés": "confirmed",
    "confirmée": "confirmed",
    "confirmées": "confirmed",
    "probable": "probable",
    "probables": "probable",
    "suspect": "suspected",
    "suspects": "suspected",
    "suspecte": "suspected",
    "suspectes": "suspected",
    "présumé": "suspected",
    "présumés": "suspected",
    "présumée": "suspected",
    "présumées": "suspected",
}
STATUS_LABELS = {"confirmed": "confirmés", "probable": "probables", "suspected": "suspects"}
PEOPLE_GROUPS = {
    "enfants": "children",
    "enfant": "children",
    "mineurs": "children",
    "fillettes": "children",
    "filles": "children",
    "garçons": "children",
    "adultes": "adults",
    "femmes": "women",
    "hommes": "men",
    "étrangers": "foreigners",
}
PEOPLE_GROUP_LABELS = {
    "children": "enfants",
    "adults": "adultes",
    "women": "femmes",
    "men": "hommes",
    "foreigners": "étrangers",
}
APPOINTMENT_CUES = [
    "nommé",
    "nommée",
    "nomme",
    "désigné",
    "désignée",
    "prend la tête",
    "succède",
    "remplace",
    "élu",
    "élue",
    "promu",
    "promue",
    "devient",
    "nomment",
    "désigne",
]
APPOINTMENT_LINKS = [
    "comme",
    "au",
    "poste",
    "de",
    "en",
    "tant",
    "que",
    "a",
    "été",
    "est",
    "sera",
    "nouveau",
    "nouvelle",
    "nouvel",
    "le",
    "la",
    "l'",
    "sa",
    "son",
    "ses",
]

VOTE_TALLY_CUES = ["voix", "vote", "votes", "scrutin", "votants", "majorité", "juges"]
VOTE_TALLY_JOINERS = ["contre"]
SCORE_CUES = [
    "bat",
    "battu",
    "battue",
    "défait",
    "gagné",
    "remporté",
    "perdu",
    "nul",
    "victoire",
    "défaite",
    "match",
    "rencontre",
    "finale",
    "demi-finale",
    "quart de finale",
    "s'impose",
    "s’impose",
    "l'emporter",
    "l’emporter",
    "mi-temps",
]
# words after a result that name the side it was against ("3:0 gegen den Favoriten"): detect/scores.py
RESULT_OPPONENT_WORDS = ["contre", "face à"]
# relative dates (dates.py): month offsets, weekday directions, "N units ago"
RELATIVE_MONTH = {
    "le mois dernier": -1,
    "le mois passé": -1,
    "du mois dernier": -1,
    "ce mois-ci": 0,
    "ce mois": 0,
    "le mois prochain": 1,
    "du mois prochain": 1,
}
# after a season's name only behind its article ("l'été dernier"): "il a été dernier" is the verb
DIRECTION_WORDS = {"dernier": -1, "passé": -1, "prochain": 1, "ce": 0, "cet": 0}
AGO_WORDS = {"il y a": "before"}
# "dans deux ans" is when; how long is "en deux ans", "pendant deux ans"
AHEAD_PHRASES = ["dans {n}"]
TIME_UNITS = {
    "jour": "day",
    "jours": "day",
    "semaine": "week",
    "semaines": "week",
    "mois": "month",
    "an": "year",
    "ans": "year",
    "année": "year",
    "années": "year",
}
COMPARISON_WORDS = ["par rapport à", "comparé à", "contre", "qu'en", "depuis", "de"]

# percentages: what a change word makes of a figure, and what the word before the figure makes of it
CHANGE_PREDICATES = {  # word or lemma -> the change it reports ("a perdu 17 %" decline, "a grimpé de 3 %" growth)
    "augmenter": "growth",
    "augmenté": "growth",
    "augmentation": "growth",
    "hausse": "growth",
    "progresser": "growth",
    "progressé": "growth",
    "progression": "growth",
    "grimper": "growth",
    "grimpé": "growth",
    "bondir": "growth",
    "bondi": "growth",
    "bond": "growth",
    "croître": "growth",
    "croissance": "growth",
    "relever": "growth",
    "relevé": "growth",
    "relèvement": "growth",
    "envoler": "growth",
    "envolé": "growth",
    "monter": "growth",
    "baisser": "decline",
    "baissé": "decline",
    "baisse": "decline",
    "chuter": "decline",
    "chuté": "decline",
    "chute": "decline",
    "reculer": "decline",
    "reculé": "decline",
    "recul": "decline",
    "perdre": "decline",
    "perdu": "decline",
    "effondrer": "decline",
    "effondré": "decline",
    "effondrement": "decline",
    "plonger": "decline",
    "plongé": "decline",
    "diminuer": "decline",
    "diminué": "decline",
    "diminution": "decline",
    "abaisser": "decline",
    "abaissé": "decline",
    "réduire": "decline",
    "réduit": "decline",
    "réduction": "decline",
    "dégringoler": "decline",
    "dégringolé": "decline",
    "céder": "decline",
    "cédé": "decline",
    "replier": "decline",
    "replié": "decline",
    "perte": "decline",
    "expansion": "growth",
    "contraction": "decline",
}
FIGURE_PREPOSITIONS = {  # word right before a figure -> what it makes of it
    "à": "level",  # "ramené à 3,75 %": the level reached
    "au": "level",
    "avec": "level",  # "les Républicains, avec 6,5 %"
    "de": "link",  # "une baisse de 3 %" a change, "un taux de 4 %" a level
    "d'": "link",
    "d’": "link",
    "le": "skip",
    "la": "skip",
    "seulement": "skip",
}
# "qui avait 19 ans à l'époque": "avoir" tells an age after a pronoun (after "il y", "il y avait 19 ans" is a span)
AGE_CUES = [
    "qui avait",
    "qui avaient",
    "il avait",
    "elle avait",
    "ils avaient",
    "elles avaient",
    "âgé de",
    "âgée de",
    "âgés de",
    "à l'âge de",
    "à l’âge de",
    "fête ses",
    "a fêté ses",
]
AGE_OPENERS = ["à"]  # "À 17 ans, ...": an age where the word opens a clause
# words right before a number of years that make it someone's age wherever they stand ("âgé de 72 ans"), and
# those that do so only between a name and its comma and the years ("Pelicot, de 72 ans"): frames.py
AGE_BEFORE_WORDS = ["âgé", "âgée", "âgés", "âgées", "agé", "agée", "agés", "agées"]
AGE_AFTER_NAME_WORDS = ["de"]
AGE_FOCUS_WORDS = ["seulement", "à peine", "tout juste", "juste"]  # 'Doué, à peine 19 ans'
# the articles that open a noun phrase whose "de" and number of years are its age, whatever its noun ("la pépite
# espagnole de 17 ans"), and the nouns of a span of time whose years are its length ("un mandat de cinq ans"): frames.py
AGE_PHRASE_OPENERS = ["un", "une", "le", "la", "l'", "l’", "ce", "cet", "cette", "du", "au"]
SPAN_NOUNS = [
    "période",
    "mandat",
    "délai",
    "retard",
    "carrière",
    "plan",
    "programme",
    "interdiction",
    "suspension",
    "bail",
    "prêt",
    "absence",
    "pause",
    "total",
    "séjour",
    "exil",
    "règne",
    "pontificat",
    "histoire",
    "parcours",
    "engagement",
    "moratoire",
    "garantie",
    "projet",
    "cycle",
    "horizon",
    "maximum",
    "minimum",
    "moyenne",
    "inéligibilité",
    "intervalle",
    "écart",
    "attente",
    "reste",
    "cumul",
    "terme",
    "espace",
    "laps",
]

# political family key -> the names this language gives a party of that family, and the plural noun of its members
# ("Parti travailliste", "les travaillistes"): reports of one election in different languages meet on them. A
# lowercase form is a party only after an article ("les conservateurs"), not as an adjective
PARTY_FAMILIES = {
    "labour": ["Parti travailliste", "travaillistes", "Labour"],
    "conservative": ["Parti conservateur", "Parti tory", "conservateurs", "Tories"],
    "liberal-democrat": ["Libéraux-démocrates", "Libéraux démocrates", "Parti libéral-démocrate"],
    "green": ["Parti vert", "Verts", "écologistes"],
    "socialist": ["Parti socialiste", "socialistes"],
    "social-democrat": ["Parti social-démocrate", "sociaux-démocrates"],
    "christian-democrat": ["chrétiens-démocrates"],
    "communist": ["Parti communiste", "communistes"],
    "republican": ["Parti républicain", "Républicains"],
    "democrat": ["Parti démocrate", "démocrates"],
}
# international organisations: language-independent key -> the names and acronyms this language uses
ORGANISATIONS = {
    "un": ["Nations unies", "ONU"],
    "who": ["Organisation mondiale de la santé", "OMS"],
    "ecb": ["Banque centrale européenne", "BCE"],
    "fed": ["Réserve fédérale", "Fed"],
    "european-commission": ["Commission européenne"],
    "european-parliament": ["Parlement européen"],
    "nato": ["OTAN", "Otan"],
    "imf": ["Fonds monétaire international", "FMI"],
    "world-bank": ["Banque mondiale"],
    "wto": ["Organisation mondiale du commerce", "OMC"],
    "icc": ["Cour pénale internationale", "CPI"],
    "icj": ["Cour internationale de justice", "CIJ"],
    "ioc": ["Comité international olympique", "CIO"],
    "iaea": ["Agence internationale de l'énergie atomique", "AIEA"],
    "opec": ["OPEP", "Opep"],
    "oecd": ["OCDE"],
    "esa": ["Agence spatiale européenne", "ESA"],
    "red-cross": ["Croix-Rouge"],
    "unhcr": ["HCR", "Haut-Commissariat des Nations unies pour les réfugiés"],
    "cjeu": ["Cour de justice de l'Union européenne", "CJUE"],
    "echr": ["Cour européenne des droits de l'homme", "CEDH"],
    "wha": ["Assemblée mondiale de la santé"],
    "un-security-council": ["Conseil de sécurité"],
    "european-council": ["Conseil européen"],
    "ipcc": ["Groupe d'experts intergouvernemental sur l'évolution du climat", "GIEC"],
    "ilo": ["Organisation internationale du travail", "OIT"],
    "wfp": ["Programme alimentaire mondial", "PAM"],
    "iea": ["Agence internationale de l'énergie", "AIE"],
}

# --- numbers: words, scales, qualifiers (read through lexicon.py) ---

NUMBER_WORDS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
    "cinquante": 50,
    "cent": 100,
    "une douzaine": 12,
    "douzaine": 12,
}
NUMBER_WORD_SPELLINGS = {}  # see NO_ENTRIES
AMBIGUOUS_NUMBER_WORDS = {
    "un",
    "une",
    "neuf",
    "sept",
    "cent",
    "six",
}
# words right before or after "one" that make it a count of one, never an article ('un seul passager', 'seulement une personne')
SOLE_WORDS = ["seulement", "seul", "seule"]
# a word right after a bracket that signs the change in it ("(minus 20)"): detect/bracket_changes.py
SIGN_WORDS = {"plus": 1, "moins": -1}
SCALE_WORDS = {
    "million": 1e6,
    "millions": 1e6,
    "mille": 1e3,
    "milliers": 1e3,
    "milliard": 1e9,
    "milliards": 1e9,
    "md": 1e9,
    "mds": 1e9,
}
QUALIFIERS_BEFORE = {
    "plus de": "over",
    "plus d'": "over",
    "au-delà de": "over",
    "au-delà d'": "over",
    "au moins": "at_least",
    "près de": "under_about",
    "près d'": "under_about",
    "presque": "under_about",
    "quasi": "under_about",
    "environ": "about",
    "quelque": "about",
    "quelques": "about",
    "autour de": "about",
    "autour d'": "about",
    "approximativement": "about",
    "jusqu'à": "up_to",
    "jusqu’à": "up_to",
    "moins de": "under",
    "moins d'": "under",
    "pas moins de": "at_least",
    "pas plus de": "up_to",
    "au plus": "up_to",
    "tout au plus": "up_to",
    "au maximum": "up_to",
    "quasiment": "under_about",
}
QUALIFIERS_AFTER = {
    "ou plus": "at_least",
}
RANGE_OPENERS = [
    "entre",
    "de",
    "du",
]

# --- dates: months, weekdays, relative and partial dates (read through lexicon.py) ---

MONTHS = {
    1: ["janvier", "janv."],
    2: ["février", "févr."],
    3: ["mars"],
    4: ["avril", "avr."],
    5: ["mai"],
    6: ["juin"],
    7: ["juillet", "juil."],
    8: ["août"],
    9: ["sept.", "septembre"],
    10: ["oct.", "octobre"],
    11: ["nov.", "novembre"],
    12: ["décembre", "déc."],
}
WEEKDAYS = {
    0: ["lundi"],
    1: ["mardi"],
    2: ["mercredi"],
    3: ["jeudi"],
    4: ["vendredi"],
    5: ["samedi"],
    6: ["dimanche"],
}

# --- how dates are written around their numbers and names (read by dates.py) ---
DAY_SUFFIXES = ["er"]
WEEKDAY_DAY_ARTICLES = ["le"]
DAY_MONTH_LINKS: list[str] = []
MONTH_YEAR_LINKS = ["des"]
MONTH_PAST_WORDS = ["dernier", "passé"]
MONTH_NOUNS = ["mois de", "mois d'", "mois d’"]
YEAR_NOUNS = ["année"]
YEAR_PART_ARTICLES = ["l'", "l’", "la"]
RANGE_JOINERS = ["à", "au", "et"]
YEAR_END_WORDS: list[str] = []
QUARTER_NOUNS = ["trimestre"]
YEAR_LEADS = ["en", "l'année", "l’année"]
WEEKDAY_LEADS = ["le", "ce"]
WEEKDAY_PART_ENDINGS: list[str] = []  # see NO_ENTRIES
MONTH_LEADS = ["en", "depuis", "dès"]
CAPITALISED_DATE_WORDS: list[str] = []
RELATIVE_YEAR = {
    "l'année dernière": -1,
    "l’année dernière": -1,
    "l'an dernier": -1,
    "l’an dernier": -1,
    "l'an passé": -1,
    "l’an passé": -1,
    "l'année passée": -1,
    "cette année": 0,
    "l'année prochaine": 1,
    "l’année prochaine": 1,
    "l'an prochain": 1,
    "l’an prochain": 1,
}
QUARTER_ORDINALS = {
    "premier": 1,
    "deuxième": 2,
    "troisième": 3,
    "quatrième": 4,
}
YEAR_PART = {
    "first_half": ["premier semestre", "au premier semestre", "premier semestre de", "première moitié de"],
    "second_half": ["second semestre", "deuxième semestre", "au second semestre", "seconde moitié de"],
    "end": ["fin de", "à la fin de", "d'ici la fin de", "d’ici la fin de", "fin"],
    "start": ["début de", "au début de", "début"],
    "since_start": ["depuis le début de"],
}
SINCE_START_OF_YEAR = []  # see NO_ENTRIES
SEASONS = {"spring": ["printemps"], "summer": ["été"], "autumn": ["automne"], "winter": ["hiver"]}
END_OF_YEAR = [
    "fin d'année",
    "fin d’année",
]
RELATIVE_DAY = {
    "la nuit dernière": -1,
    "hier soir": -1,
    "ce matin": 0,
    "ce soir": 0,
    "avant-hier": -2,
    "hier": -1,
    "aujourd'hui": 0,
    "aujourd’hui": 0,
    "demain": 1,
}
RELATIVE_WEEK = {
    "la semaine dernière": -1,
    "la semaine passée": -1,
    "cette semaine": 0,
    "la semaine prochaine": 1,
}
YEAR_PREPS = {
    "avant": "before",
    "après": "after",
    "depuis": "since",
    "d'ici": "by",
    "d’ici": "by",
    "d'ici à": "by",
    "jusqu'en": "by",
    "jusqu’en": "by",
    "jusqu'à fin": "by",
    "jusqu’à fin": "by",
    "jusqu'à la fin de": "by",
    "jusqu’à la fin de": "by",
    "d'ici fin": "by",
    "d’ici fin": "by",
}

# named days of the year (read by dates.py): phrase -> (month, day); days counted from Easter Sunday -> offset.
# Only days every country of the language keeps alike: no national day
HOLIDAYS = {
    "jour de l'an": (1, 1),
    "jour du nouvel an": (1, 1),
    "réveillon du nouvel an": (12, 31),
    "saint-sylvestre": (12, 31),
    "jour de noël": (12, 25),
    "réveillon de noël": (12, 24),
    "veille de noël": (12, 24),
    "saint-valentin": (2, 14),
}
EASTER_HOLIDAYS = {
    "dimanche de pâques": 0,
    "lundi de pâques": 1,
    "vendredi saint": -2,
    "jeudi saint": -3,
    "jeudi de l'ascension": 39,
    "dimanche de pentecôte": 49,
    "lundi de pentecôte": 50,
}
# words before a day number given without its month ("Le 4, le Parti travailliste...")
# a third of a month ("Ende Oktober", "mid-March", "a finales de octubre"): days 1-10, 11-20, 21 to its end
MONTH_PARTS = {
    "start": ["début", "début de", "au début de"],
    "middle": ["mi-", "à la mi-"],
    "end": ["fin", "fin de", "à la fin de"],
}
BARE_DAY_LEADS = ["le"]

# numbers said without digits (numbers.py): a round count -> (low, high); low == high is "about" that figure,
# a plural is the span it allows ("des dizaines" de personnes, c'est 20 à 99 : sept n'en sont pas)
VAGUE_QUANTITIES = {
    "dizaines": (20, 99),
    "centaines": (200, 999),
    "milliers": (2000, 9999),
    "dizaines de milliers": (20000, 99999),
    "centaines de milliers": (200000, 999999),
    "une dizaine": (10, 10),
    "une douzaine": (12, 12),
    "une quinzaine": (15, 15),
    "une vingtaine": (20, 20),
    "une trentaine": (30, 30),
    "une quarantaine": (40, 40),
    "une cinquantaine": (50, 50),
    "une soixantaine": (60, 60),
    "une centaine": (100, 100),
    "un millier": (1000, 1000),
}

# --- money, counts and their slots (read through lexicon.py) ---

CURRENCY_NAMES = {
    "euros": "EUR",
    "dollars américains": "USD",
    "dollars": "$",
    "livres": "GBP",
    # the plural noun alone, as reports write it once the currency is plain ("4 millions de bahts"); CLDR gives it
    # only with its adjective ("bahts thaïlandais")
    "bahts": "THB",
    "yens": "JPY",
    "roupies": "INR",
    "yuans": "CNY",
    "rands": "ZAR",
}
SCALED_ONLY_CURRENCY_NAMES = set()  # see NO_ENTRIES
# a word between an amount and its currency's name ("a million of dollars", "millions d'euros", "millones
# de dólares"); one ending in an apostrophe is elided and the name follows it directly
CURRENCY_NAME_LINKS = ["de", "d'"]
UNIT_NOUNS = {
    "jobs": ["emplois", "postes"],
    "people": ["personnes", "employés", "salariés", "ingénieurs", "chercheurs", "développeurs", "collaborateurs"],
    "users": ["utilisateurs", "abonnés"],
    "customers": ["clients"],
    "offices": ["bureaux", "filiales"],
    "factories": ["usines"],
    "labs": ["laboratoires"],
    "areas": ["axes", "piliers", "domaines", "priorités"],
    "sectors": ["secteurs"],
    "countries": ["pays"],
    "cities": ["villes"],
    "markets": ["marchés"],
    "stores": ["magasins"],
    "companies": ["entreprises", "sociétés"],
    "partners": ["partenaires"],
    "students": ["étudiants"],
    "vehicles": ["véhicules", "voitures"],
    "robots": ["robots"],
}
EMPLOYEE_NOUNS = {
    "employés",
    "salariés",
    "collaborateurs",
}
HIRING_CUES = [
    "embaucher",
    "recruter",
    "créer",
    "créera",
    "emploi",
    "embauch",
    "recrut",
]
MONEY_SLOTS = {
    "savings": ["économiser", "économies", "économie de", "d'économies", "d’économies"],
    "valuation": ["valorisation", "valorisé", "valorisée"],
    "funding_round.amount": ["levée", "lève", "levé", "tour de table"],
    "investment.amount": [
        "investit",
        "investir",
        "investissement",
        "injecte",
        "financement",
        "apport",
        "consacr",
        "débloqu",
    ],
    "revenue": ["chiffre d'affaires", "chiffre d’affaires"],
    "profit": ["bénéfice"],
    "loss": ["perte"],
    "acquisition.price": ["rachat", "rachète", "racheté"],
    "ipo.amount": ["introduction en bourse"],
    "loan.amount": ["prêt"],
    "fund.size": ["fonds"],
    "budget": ["budget"],
    "cost": ["coût", "coûté", "dépensé", "dépensés"],
    "fine": ["amende", "sanction financière", "sanction pécuniaire", "pénalité"],
    "salary": ["salaire"],
    "price": ["prix"],
    "transfer_fee": ["transfert", "indemnité de transfert"],
    "bail": ["caution"],
    "damages": ["dommages et intérêts", "indemnisation"],
    "market_value": [
        "capitalisation boursière",
        "capitalisation",
        "valeur boursière",
        "valeur de marché",
        "de sa valeur",
    ],
    "share_price": ["par action", "cours de l'action", "cours de l’action", "l'action", "l’action", "clôturé à"],
}
RESULT_VERBS = [
    "obtient",
    "obtiennent",
    "obtenu",
    "recueilli",
    "récolte",
    "récoltent",
]
PERCENT_SLOTS = {
    "stake.percent": ["participation"],
    "market_share.percent": ["part de marché"],
    "growth.percent": ["hausse", "augmenté", "augmentation", "progression", "progressé", "progresse"],
    "decline.percent": ["baisse", "chute", "recul"],
    "unemployment.percent": ["chômage"],
    "inflation.percent": ["inflation"],
    "interest_rate.percent": [
        "taux d'intérêt",
        "taux directeur",
        "taux de dépôt",
        "facilité de dépôt",
        "refinancement",
        "prêt marginal",
        "rendement",
    ],
    "margin.percent": ["marge"],
    "probability.percent": ["probabilité"],
    "approval.percent": ["approbation"],
    "vote_share.percent": ["voix", "suffrages"],
    "turnout.percent": [
        "taux de participation",
        "participation électorale",
        "électeurs inscrits",
        "inscrits",
        "électeurs ont voté",
        "électeurs se sont rendus",
    ],
    "efficacy.percent": ["efficacité", "efficace"],
    "tariff.percent": ["droits de douane", "droit de douane"],
}
# how much of an election's count was done ("après dépouillement de 100 % des bulletins", "sur 98 % des bureaux
# dépouillés", "à 100 % du dépouillement"); see en.py
COUNTING_LEADS = ["après dépouillement de", "après le dépouillement de"]
COUNTING_PREPOSITIONS = ["après", "sur", "à"]
COUNTING_WORDS = ["dépouillé", "du dépouillement"]

# --- events, relations, roles and speech (read through lexicon.py) ---

EVENT_VERBS = {
    "ouvr*": "opening",
    "ouvert": "opening",
    "ouverte": "opening",
    "inaugur*": "opening",
    "lancé": "launch",
    "lancée": "launch",
    "lance": "launch",
    "lancement": "launch",
    "fondé": "founded",
    "fondée": "founded",
    "fondation": "founded",
    "créé en": "founded",
    "créée en": "founded",
    "annonc*": "announcement",
    "communiqué": "announcement",
    "déclaration": "announcement",
    "signé": "signing",
    "signée": "signing",
    "racheté": "acquisition",
    "fermé": "closing",
    "fermée": "closing",
    "achevé": "completion",
    "élection*": "election",
    "législatives": "election",
    "scrutin": "election",
    "verdict rendu": "verdict",
    "condamné*": "verdict",
    "jugement": "verdict",
    "match": "match",
    "finale": "match",
    "frappé": "occurred",
    "survenu": "occurred",
    "atterri": "landing",
    "alunissage": "landing",
    "interpellé": "arrest",
    "arrêté": "arrest",
}
EVENT_OBJECTS = {
    "bureau": "office",
    "bureaux": "office",
    "siège": "headquarters",
    "laboratoire": "lab",
    "usine": "factory",
    "magasin": "store",
    "centre de données": "datacenter",
    "accord": "agreement",
    "partenariat": "partnership",
    "société": "company",
    "entreprise": "company",
    "programme": "program",
}
RELATION_CUES = {
    "partner": [
        "partenariat avec",
        "partenariat",
        "collaboration avec",
        "accord avec",
        "alliance avec",
        "s'associe à",
        "s'associe avec",
    ],
    "investor": ["soutenu par", "financé par"],
    "lead_investor": ["mené par"],
    "owner": ["filiale de", "appartient à", "détenu par"],
    "founded_by": ["fondé par", "fondée par", "créé par", "créée par"],
    "hosted_at": ["hébergé par", "hébergé à", "hébergée par", "hébergée à"],
    "acquired": ["rachète", "a racheté", "rachat de", "acquiert"],
    "supports": ["soutien à", "soutenir"],
}
JOINT_CUES = [
    "déclaration commune",
    "communiqué commun",
]
FOUNDED_BY_BEFORE = []  # see NO_ENTRIES
ROLE_WORDS = {
    "pdg": "ceo",
    "p.-d.g.": "ceo",
    "directeur général": "ceo",
    "directrice générale": "ceo",
    "directeur financier": "cfo",
    "directeur technique": "cto",
    "président": "president",
    "présidente": "president",
    "président du conseil": "chair",
    "fondateur": "founder",
    "fondatrice": "founder",
    "cofondateur": "cofounder",
    "co-fondateur": "cofounder",
    "secrétaire général": "secretary_general",
    "directeur": "director",
    "directrice": "director",
    "chef de": "head",
    "responsable": "head",
    "vice-président": "vice_president",
    "ministre": "minister",
    "premier ministre": "prime_minister",
    "secrétaire d'état": "secretary",
    "porte-parole": "spokesperson",
    "analyste": "analyst",
    "professeur": "professor",
    "juge": "judge",
    "président de la cour": "presiding_judge",
    "avocat": "lawyer",
    "avocate": "lawyer",
    "procureur": "prosecutor",
    "entraîneur": "coach",
    "sélectionneur": "coach",
    "capitaine": "captain",
    "chancelier": "chancellor",
    "maire": "mayor",
    "shérif": "sheriff",
    "gouverneur": "governor",
    "dirigeant": "leader",
    "candidat": "candidate",
    "directrice financière": "cfo",
}
FORMER_WORDS = [
    "ancien",
    "ancienne",
    "ex",
]
HONORIFICS = [
    "m.",
    "mme",
    "monsieur",
    "madame",
]
# words that attribute a quote: verbs of saying in the present and the past (the participle alone serves "a-t-il
# déclaré", "avait dit"), and "selon"
SPEECH_VERBS = [
    "a déclaré",
    "a dit",
    "a expliqué",
    "déclare",
    "selon",
    "déclaré",
    "dit",
    "expliqué",
    "explique",
    "affirmé",
    "affirme",
    "ajouté",
    "ajoute",
    "souligné",
    "souligne",
    "estimé",
    "estime",
    "indiqué",
    "indique",
    "assuré",
    "assure",
    "précisé",
    "précise",
    "confié",
    "confie",
    "réagi",
    "réagit",
    "écrit",
    "lancé",
    "lance",
    "martelé",
    "insisté",
    "insiste",
    "prévenu",
    "averti",
    "commenté",
    "annoncé",
    "reconnu",
    "reconnaît",
    "poursuit",
    "poursuivi",
    "rappelé",
    "rappelle",
    "salué",
    "regrette",
    "regretté",
    "déploré",
    "avance",
    "observé",
    "répondu",
    "répond",
    "conclu",
    "ajoutant",
    "déclarant",
    "expliquant",
]
# the word a verb of saying introduces its quote with ("stressed that “…”")
SPEECH_THAT = ["que", "qu'", "qu’"]

# --- places, rankings, lists, changes and hedges (read through lexicon.py) ---

EVENT_NOUNS = [
    "sommet",
    "conférence",
    "salon",
    "congrès",
    "ligue",
    "coupe",
    "championnat",
]
# nouns that make a name a place ("Potomac River", "fleuve Potomac", "Wembley-Stadion", "estadio Wembley")
PLACE_NOUNS = [
    "fleuve",
    "rivière",
    "aéroport",
    "stade",
    "pont",
    "lac",
    "mont",
    "montagne",
    "volcan",
    "île",
    "baie",
    "port",
    "vallée",
    "place",
    "rue",
    "avenue",
    "parc",
    "arène",
    "gare",
    "préfecture",
    "province",
    "comté",
    "région",
    "district",
    "péninsule",
    "presqu'île",
    "mer",
    "océan",
    "golfe",
    "côte",
    "barrage",
    "canal",
    "autoroute",
    "palais",
    "cathédrale",
    "tribunal",
]
# nouns that say what a named organisation, product or vehicle is to the story, beside its name or inside it
# ("the airline PSA Airlines", "a Sikorsky H-60 helicopter", "Supreme Court") -> its concept
ORGANISATION_NOUNS = {
    "transporteur": "operator",
    "exploitant": "operator",
    "avion": "aircraft",
    "appareil": "aircraft",
    "jet": "aircraft",
    "hélicoptère": "aircraft",
    "fusée": "vehicle",
    "vaisseau": "vehicle",
    "lanceur": "vehicle",
    "navire": "vehicle",
    "train": "vehicle",
    "véhicule": "vehicle",
    "constructeur": "manufacturer",
    "fabricant": "manufacturer",
    "avionneur": "manufacturer",
    "enquêteurs": "investigator",
    "tribunal": "court",
    "cour": "court",
    "jury": "court",
    "agence": "agency",
    "autorité": "agency",
    "ministère": "agency",
    "bureau": "agency",
    "commission": "agency",
    "compagnie": "company",
    "groupe": "company",
    "entreprise": "company",
    "société": "company",
    "firme": "company",
    "filiale": "company",
    "club": "club",
    "équipe": "club",
    "syndicat": "union",
    "parti": "party",
    "revue": "publication",
    "journal": "publication",
    "magazine": "publication",
    "quotidien": "publication",
    "chaîne": "broadcaster",
    "puce": "product",
    "puces": "product",
    "logiciel": "product",
    "supercalculateur": "product",
    "superordinateur": "product",
    "vaccin": "product",
    "satellite": "product",
    "télescope": "product",
    "institut": "institution",
    "université": "institution",
    "banque": "institution",
    "fondation": "institution",
    "académie": "institution",
    "musée": "institution",
    "hôpital": "institution",
}
# words right before a name that say what it is to the story ("operated by") -> its concept
ORGANISATION_LEADS = {
    "exploité par": "operator",
    "opéré par": "operator",
    "construit par": "manufacturer",
    "fabriqué par": "manufacturer",
    "enquête menée par": "investigator",
    "publié dans": "publication",
    "publiés dans": "publication",
    "publiée dans": "publication",
    "publiées dans": "publication",
}
OFFICE_NOUNS = [
    "bureau",
    "bureaux",
    "siège",
    "filiale",
]
HUB_NOUNS = [
    "plaque tournante",
]
NEW_WORDS = [
    "nouveau",
    "nouvel",
    "nouvelle",
    "nouveaux",
]
EXISTING_WORDS = [
    "existants",
    "existantes",
    "actuels",
]
ORDINALS = {
    "premier": 1,
    "première": 1,
    "deuxième": 2,
    "seconde": 2,
    "troisième": 3,
    "quatrième": 4,
    "cinquième": 5,
    "sixième": 6,
    "septième": 7,
    "huitième": 8,
    "neuvième": 9,
    "dixième": 10,
}
RANK_CATEGORIES = {
    "laboratoire": "lab",
    "bureau": "office",
    "bureaux": "office",
    "filiale": "office",
    "usine": "factory",
    "installation": "facility",
    "marché": "market",
    "pays": "country",
    "entreprise": "company",
    "investissement": "investment",
    "partenariat": "partnership",
}
OUTSIDE_WORDS = [
    "hors de",
    "hors des",
    "hors du",
    "en dehors de",
    "en dehors des",
    "en dehors du",
]
SUCH_WORDS = [
    "de ce type",
    "de ce genre",
    "en son genre",
]
ONE_OF = [
    "l'un des",
    "l’un des",
    "l'une des",
    "l’une des",
    "un des",
    "une des",
]
INTERNATIONAL_WORDS = [
    "international",
    "internationale",
    "internationales",
]
LIST_NOUNS = {
    "secteurs": "sectors",
    "domaines": "sectors",
    "priorités": "sectors",
    "villes": "locations",
    "pays": "countries",
    "marchés": "markets",
    "bureaux": "locations",
}
LIST_INTRO = [
    "tels que",
    "telles que",
    "comme",
    "dont",
    "notamment",
]
LIST_ENDERS = [
    "ainsi que",
    "et d'autres",
]
ATTRIBUTION_VERBS = [
    "a déclaré",
    "a indiqué",
    "a précisé",
    "selon",
]
CHANGE_WORDS = {
    "doublé": ("up", 2.0),
    "triplé": ("up", 3.0),
    "quadruplé": ("up", 4.0),
    "divisé par deux": ("down", 0.5),
}
CHANGE_METRICS = {
    "utilisateurs": "users",
    "clients": "customers",
    "chiffre d'affaires": "revenue",
    "prix": "price",
    "bénéfice": "profit",
    "action": "shares",
    "actions": "shares",
    "titre": "shares",
    "chiffre d’affaires": "revenue",
    "ventes": "revenue",
    "résultat net": "profit",
    "effectifs": "employees",
    "emplois": "employees",
    "postes": "employees",
    "capacité": "capacity",
    "capacités": "capacity",
    "capacité de production": "capacity",
    "dépenses": "spending",
    "dépenses en capital": "spending",
    "investissements": "spending",
}
HEDGES = [
    "pourrait",
    "pourraient",
    "peut-être",
    "probablement",
    "serait",
    "si",
]
OPINION = [
    "à mon avis",
    "devrait",
]

# --- words too common to say what a text is about (clustering and copy detection skip them) ---

STOPWORDS = frozenset(
    """
au aux avec ce ces cet cette comme dans de des du elle elles en est et été être il ils la le les leur
leurs lui mais même nous on ou par pas plus pour qu que qui sa sans se ses son sont sur ta tes toi
ton très un une vos votre vous été après avant aussi ainsi selon entre chez dont nouveau nouvelle an ans
""".split()
)

# --- names: function words, name connectors, organisation words (read through lexicon.py) ---

STOP_CAPS = set(
    """
le la les l un une des du de au aux en dans pour par sur avec sans selon ce cet cette ces il elle ils elles
nous vous on et ou mais donc car si comme aussi
""".split()
)
NAME_CONNECTORS = {
    "de",
    "du",
    "des",
    "la",
    "le",
    "et",
}
NAME_AND = {
    "et",
}
ORG_WORDS = set(
    """
ministère agence autorité fondation université institut
banque groupe
""".split()
)

# nouns that describe an actor by its kind ("Constructeur Volkswagen" opening a sentence, "l'attaquant Kane"):
# before a name they are a description, not part of it
ACTOR_NOUNS = set(
    """
constructeur fabricant géant groupe entreprise firme syndicat compagnie assureur concurrent producteur
attaquant milieu défenseur latéral gardien capitaine entraîneur joueur
successeur prédécesseur adversaire challenger rival épouse époux mari fils fille frère sœur
""".split()
)
# endings of the lowercase adjectives that continue a name ("Banque centrale européenne", "Rassemblement national",
# "Parti socialiste", "Nouveau Front populaire"): French writes them in lowercase after the capitalised noun
# endings of common nouns that no person's name has: a capitalised phrase with such a word is no person
# ('Digital Development', 'Präsidentschaft', 'Comisión de Inversión')
COMMON_NOUN_ENDINGS = [
    "tion",
    "tions",
    "sion",
    "sions",
    "ment",
    "ments",
    "ité",
    "ités",
    "isme",
    "ence",
    "ences",
    "ance",
    "ances",
]
NAME_ADJECTIVE_ENDINGS = [
    "al",
    "ale",
    "aux",
    "ique",
    "iste",
    "ien",
    "ienne",
    "éen",
    "éenne",
    "ais",
    "aise",
    "ain",
    "aine",
    "el",
    "elle",
    "aire",
    "if",
    "ive",
    "ier",
    "ière",
    "oise",
    "ise",
]
# endings of an infinitive: a word whose lemma ends so is a verb ("insiste" -> "insister"), no adjective
INFINITIVE_ENDINGS = ["er", "ir", "re"]
# whether the language writes every noun capitalised (a phrase of lowercase words alone holds no noun)
NOUNS_CAPITALISED = False
NOUN_DETERMINERS = set()  # see NO_ENTRIES

# a phrase a few words before a number that says what the number is (frames.py), where no noun after it does:
# "la majorité absolue (289)", "la majorité absolue, fixée à 289 sièges"
FRAME_TOPICS = {
    "bilan": "deaths",
    "nombre de morts": "deaths",
    "nombre de décès": "deaths",
    "total des décès": "deaths",
    "nombre de blessés": "injured",
    "nombre de disparus": "missing",
    "nombre de victimes": "deaths",
    "bilan humain": "deaths",
    "nombre de tués": "deaths",
    "bilan des victimes": "deaths",
}
COUNT_LEADS = [
    "nombre de",
    "nombre d'",
    "nombre d’",
    "nombre des",
    "nombre total de",
    "nombre total d'",
    "nombre total des",
]
FRAME_LEADS = {
    "majorité absolue": "majority",
    "majorité absolue de": "majority",
    "foule de": "attendance",
    "affluence de": "attendance",
    "spectateurs :": "attendance",
    "affluence :": "attendance",
}

# --- conversions and abbreviations (read by money.py and segment.py) ---

CONVERSION_WORDS = [
    "ou",
    "soit",
    "l'équivalent de",
    "l’équivalent de",
    "environ",
]
ORDINAL_DOT_LEADS = []  # see NO_ENTRIES
ABBREVIATIONS = {
    "dr",
    "prof",
    "etc",
    "m",
    "mme",
    "mlle",
    "cf",
    "env",
    "av",
}

# --- function words that tie a figure to its subject (read by context.py) ---

DEMONSTRATIVES = [
    "ce",
    "cette",
    "cet",
]
RELATIVE_PRONOUNS = [
    "qui",
    "que",
    "lequel",
    "laquelle",
]
PREPOSITIONS = [
    "avec",
    "pour",
    "de",
    "du",
    "des",
    "par",
    "à",
    "au",
    "aux",
    "en",
]

# fractions said in words (detect/fractions.py): phrase -> the share it is ("deux tiers des sièges" is about 66.7%)
FRACTIONS = {
    "la moitié": 1 / 2,
    "un tiers": 1 / 3,
    "deux tiers": 2 / 3,
    "un quart": 1 / 4,
    "trois quarts": 3 / 4,
    "un cinquième": 1 / 5,
}
RATIO_JOINERS = ["sur"]
RATIO_ORDINAL_LEADS: list[str] = []  # see NO_ENTRIES


# words the detectors' patterns are built from (detect/)
# a percentage said in words after its figure (the sign % is the same in every language)
PERCENT_WORDS = ["pour cent", "pourcent"]
# how an ordinal is written in digits: the suffix after the figure ("15th", "15.", "15e", "15º")
ORDINAL_SUFFIXES = ["e", "er", "re", "ème", "ᵉ", "ᵉʳ", "ʳᵉ"]
# a preposition and the article in one word ("du", "del", "zum"): an article before a noun phrase
ARTICLE_CONTRACTIONS = ["du", "au"]
# the preposition that names the agent of a passive ("founded by")
AGENT_PREPOSITIONS = ["par"]
# prepositions that place something in a city or country ("an office in Paris")
LOCATIVE_PREPOSITIONS = ["en", "à", "au"]
# auxiliary verbs: a number before one counts nothing it names ("39 were in Wajima")
AUXILIARY_VERBS = ["est", "sont", "était", "étaient", "sera", "seront", "ont", "avait", "avaient", "furent"]
# prepositions that also say to whom ("paid to X", "versé à X"): a name of two words after one is a person
DATIVE_PREPOSITIONS = ["à", "au"]
# "and" between the items of an enumeration or a list
AND_WORDS = ["et"]
# after a unit of time: half of it more ("two years and a half", "deux ans et demi", "dos años y medio")
HALF_AFTER = ["et demi", "et demie"]
# right after a number: half of one more ("two and a half years", "a six-and-a-half-year sentence")
HALF_AFTER_NUMBER = ["et demi"]
# "or" between the items of a list
OR_WORDS = ["ou"]
# the minute of a match, after its ordinal or before its number ("74th minute", "minuto 74")
MINUTE_NOUNS = ["minute"]
# minutes counted ("after 74 minutes")
MINUTES_NOUNS = ["minutes"]
# words before a count of minutes that make it the time of a match event ("after 74 minutes")
MINUTES_LEADS = ["après", "au bout de"]
# words before an ordinal alone that make it the minute of a match event ("in the 83rd with a strike", "à 88e.")
ORDINAL_MINUTE_LEADS = ["à la", "à", "dès la"]
BARE_MINUTE_LEADS = []  # see NO_ENTRIES
# words after a count of minutes that set a match event that many minutes after (1) or before (-1) the one told
# before it ("huit minutes plus tard", "trois minutes plus tôt"), and the words after them that name what they are
# counted from instead ("plus tard que"): detect/match_minutes.py
MINUTES_LATER = {"plus tard": 1, "plus tôt": -1, "auparavant": -1}
MINUTES_LATER_FROM = ["que", "qu'"]
# words after a count of minutes that make it the time left in a match ("four minutes from time"): its minute
# is the regular time less that count
MINUTES_FROM_END = ["de la fin", "du terme", "avant la fin", "du coup de sifflet final"]
# a superlative or a first said to stand in all history: its opening words and the words of all history
# ("the first American pontiff in history", "der höchste Endspielerfolg ... überhaupt"): detect/records.py
# alert levels told by colour: the colour -> its level (green 1 .. red 4), and the nouns of an alert ("red alert",
# "alerte rouge", "Warnstufe Rot", "aviso rojo"): detect/alerts.py
ALERT_COLOURS = {"rouge": 4, "orange": 3, "jaune": 2, "verte": 1, "vert": 1}
ALERT_NOUNS = ["alerte", "alertes", "vigilance"]
# a level of a scale: the noun before its number ("category 5", "Kategorie 4", "intensité de « 7 »") and the scale
# named after it ("registered 7, the highest level on the Japanese intensity scale")
SCALE_LEVEL_NOUNS = ["catégorie", "niveau", "intensité"]
LEVEL_SCALE_NOUNS = ["échelle"]
LEVEL_SCALE_LEADS = ["sur l'", "sur l’", "sur la", "sur une", "sur son"]
RECORD_OPENERS = ["premier", "première", "premiers", "premières", "plus", "pire", "meilleur", "meilleure"]
RECORD_SCOPES = ["de l'histoire", "de tous les temps", "de son histoire", "jamais enregistré", "jamais enregistrée"]
# words of a kind a first names ("la première sanction européenne"): a first of its kind, a record
RECORD_KINDS = [
    "privé",
    "privée",
    "privés",
    "privées",
    "commercial",
    "commerciale",
    "civil",
    "civile",
    "femme",
    "noir",
    "noire",
]
DURATION_ADJECTIVES = {}  # see NO_ENTRIES
# a duration told with no figure (detect/wordless_durations.py): the words of a few with the span they allow
# ("pendant quelques minutes"), and the words right before them that make it a span of time, not a point in time
DURATION_ARTICLES = []  # see NO_ENTRIES
FEW_WORDS = {"quelques": (2, 9), "plusieurs": (2, 9)}
SPAN_LEADS = ["pendant", "durant", "depuis", "duré", "dure", "durait", "passé", "passer", "passe"]
# words before hours and minutes as a clock writes them that make them a span of time ("Pendant 5h29 de jeu");
# no "since": "seit 17:30" is a time of day
CLOCK_SPAN_LEADS = ["pendant", "durant", "duré", "dure", "durait"]
# the word between a part and its whole ("410 of the 650 seats", "411 sièges sur les 650")
OUT_OF_WORDS = ["des", "sur"]
# words after a figure and its comma that tell an earlier level of it ("7,5 %, contre 7,3 %"): detect/elided.py
EARLIER_LEVEL_LEADS = ["contre", "par rapport à", "comparé à"]
# a part of the figure before it told by a relative pronoun, before the part's number ("quatre ans de prison, dont
# deux ferme") or after it ("douze jurés, six d'entre eux suppléants"): read by detect/elided.py
PART_LEADS = ["dont", "parmi lesquels", "parmi lesquelles", "parmi eux", "parmi elles", "y compris"]
PART_TAILS = ["d'entre eux", "d'entre elles", "d’entre eux", "d’entre elles"]
# words between the two figures of a range ("five to ten", "between 5 and 10", "5 or 6"); after "and"/"or"
# it is a range only where a range opener comes before (numbers.py)
NUMBER_RANGE_JOINERS = ["à", "et", "ou"]
# the start of every word for a dollar: a text without one (nor "$", nor a dollar code) names no dollar (money.py)
DOLLAR_STEMS = ["dollar"]
# "while" between two clauses: a predicate across it more likely belongs to the next figure (frames.py)
WHILE_WORDS = ["tandis"]
VERB_FINAL_AUXILIARIES: list[str] = []  # see NO_ENTRIES
# the definite article in its nominative forms: a list's first item loses it ("the automotive sector", "die Autoindustrie")
DEFINITE_ARTICLES = ["le", "la", "les"]
# "of" and its contracted or genitive forms between a noun and what it belongs to ("chief of staff",
# "Chef der Bank", "directeur d'usine", "jefe del Gobierno")
OF_WORDS = ["de", "du", "des", "d'"]
# the definite article in every form, elided ones with their apostrophe: skipped before a noun by detect/
# ("at the summit", "bei dem Gipfel", "lors de l'assemblée", "para los trabajadores")
ARTICLES = ["le", "la", "les", "l'"]
# possessive determiners: with an article they open the noun phrase a relative clause is about (context.py)
POSSESSIVES = ["son", "sa", "ses", "leur", "leurs", "notre", "nos"]
# the ending that makes a name its owner ("Kenya's central bank")
POSSESSIVE_ENDINGS = []  # see NO_ENTRIES
# a word after an hour that makes it a time of day -> hours it adds ("5 p.m." is 17:00, "17 Uhr", "17h")
CLOCK_WORDS = {"h": 0}
# a time zone after a time of day, lowercase ("04:09 UTC", "14.45 MEZ", "(hora local)") -> minutes from UTC,
# the IANA zone (summer time counted on the article's day), or "local" (the place's own time, zone unknown)
TIME_ZONES = {
    "utc": 0,
    "gmt": 0,
    "heure locale": "local",
    "heure de paris": "Europe/Paris",
    "heure française": "Europe/Paris",
    "heure de france": "Europe/Paris",
    "heure de l'est": "America/New_York",
}
# the word for an hour after a whole hour ("18 Uhr", "21 heures") -> whether it is a time of day only after a
# word of CLOCK_LEADS ("à 21 heures"; "21 heures de vol" is a duration)
CLOCK_HOUR_NOUNS = {"h": True, "heures": True, "heure": True}
# words right before a time of day -> the minutes before and after it they allow ("at" 0, 0; "gegen" -15, 15;
# "shortly after" 0, 20)
CLOCK_LEADS = {
    "à": (0, 0),
    "dès": (0, 0),
    "il était": (0, 0),
    "vers": (-15, 15),
    "il était environ": (-15, 15),
    "aux alentours de": (-15, 15),
    "peu après": (0, 20),
    "peu avant": (-20, 0),
}
# words before an event's name that place something at it ("at the summit", "beim Gipfel", "lors du salon")
EVENT_PREPOSITIONS = ["lors du", "lors de", "au"]
# "for": the figure after it is one an actor got ("38% for the SPD", "28 % pour le RN")
FOR_WORDS = ["pour"]
# words between a role and the organisation it is held at ("CEO at OpenAI", "Chef bei Asana", "PDG de X")
EMPLOYER_PREPOSITIONS = ["chez", "de", "du", "des"]
# role words that are a role only capitalised or with "of" after them ("Chief", "head of"; not "the boss")
BARE_ROLE_WORDS = ["chef"]
# the word between a number word or scale and the noun it counts ("hundreds of flights", "un millier de membres",
# "una docena de países", "Hunderte von Flügen"); one ending in an apostrophe is elided and the noun follows it directly
QUANTITY_NOUN_LINKS = ["de", "d'"]
# prepositions before a name that make it qualify the actor before it ("the SPD of Olaf Scholz", "led by Merz",
# "premier groupe au Bundestag"): that name is not who a result belongs to
QUALIFYING_PREPOSITIONS = ["de", "du", "des", "à", "au", "aux", "par", "en", "dans", "sous", "d'"]
# the words before the next name of a ranking ("followed by the Socialist Party with 28.7%"): a preposition
# in them opens the actor of the figure after, no name that qualifies the one before
NEXT_IN_RANKING = [
    "suivi de",
    "suivie de",
    "suivis de",
    "suivies de",
    "suivi par",
    "suivie par",
    "suivis par",
    "suivies par",
    "suivi du",
    "suivi des",
    "suivie du",
    "suivie des",
]
# open role titles: first word(s) -> closing word, with one or two words between ("chief financial officer" -> cfo,
# the initials of its words); with no closing word, the title is its words ("head of state", "head of communications")
ROLE_FRAMES = {}  # see NO_ENTRIES
# words that make an ordinal a rank by size or worth ("the second-largest city", "la deuxième plus grande ville",
# "le troisième groupe le plus important", "el cuarto mayor fabricante"), read by detect/rankings.py
SUPERLATIVE_WORDS = ["plus"]
# the whole an ordinal ranks in, after its noun ("la deuxième ville du pays", "the third company in the world")
RANK_SCOPE_WORDS = ["du monde", "au monde", "dans le monde", "mondial", "du pays", "dans le pays", "de l'histoire"]
# nouns a rank's number follows ("auf Platz drei", "en el puesto 3")
RANK_NOUNS = ["rang"]
# the word for "number" before a rank's figure ("le numéro 1 mondial", "le N.1 mondial") (detect/rankings.py)
RANK_NUMBER_WORDS = ["numéro", "n°", "n.", "no", "nº"]
# words before it that make the rank one in the world, and after it ("numéro 1 mondial")
WORLD_RANK_BEFORE = []  # see NO_ENTRIES
WORLD_RANK_AFTER = ["mondial", "mondiale", "du monde", "au classement mondial", "du classement mondial"]
# the word of the world ranking an ordinal is glued to ("Weltranglisten-Erste")
WORLD_RANK_COMPOUNDS = []  # see NO_ENTRIES
# a sentence for life, told with no figure (detect/life_sentences.py)
LIFE_SENTENCE_WORDS = [
    "réclusion à perpétuité",
    "réclusion criminelle à perpétuité",
    "prison à vie",
    "perpétuité",
    "prison à perpétuité",
]
# the words that tell a prison term is suspended, after it ("19 mois de prison avec sursis"; never "sans sursis"):
# a sentence of its own (detect/suspended_sentences.py)
SUSPENDED_SENTENCE_WORDS = ["avec sursis"]
# words in a figure's sentence that tell when in its count the report gives it (explain.py): as the newest count of a
# figure that changes ("selon un dernier bilan", "le bilan s'est alourdi à 95"), as a count not yet final ("résultats
# provisoires", "pour l'instant", "après dépouillement de 95 %") or as the final one ("résultats définitifs")
REPORT_TIME_WORDS = {
    "dernier bilan": "latest",
    "nouveau bilan": "latest",
    "bilan actualisé": "latest",
    "actualisé": "latest",
    "s'est alourdi": "latest",
    "s’est alourdi": "latest",
    "s'alourdit": "latest",
    "s’alourdit": "latest",
    "est passé à": "latest",
    "grimpé à": "latest",
    "monté à": "latest",
    "désormais": "latest",
    "provisoire": "provisional",
    "provisoires": "provisional",
    "préliminaire": "provisional",
    "préliminaires": "provisional",
    "partiel": "provisional",
    "partiels": "provisional",
    "partielle": "provisional",
    "partielles": "provisional",
    "premier bilan": "provisional",
    "pour l'instant": "provisional",
    "pour l’instant": "provisional",
    "pour le moment": "provisional",
    "jusqu'à présent": "provisional",
    "jusqu’à présent": "provisional",
    "dépouillé": "provisional",
    "définitif": "final",
    "définitifs": "final",
    "définitive": "final",
    "définitives": "final",
    "résultat final": "final",
    "résultats finaux": "final",
    "résultats officiels": "final",
}
