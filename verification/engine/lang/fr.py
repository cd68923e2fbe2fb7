"""Français. Table meanings: see ``verification/engine/lang/__init__.py``."""

CONCEPT_LABELS = {
    "things": "Nombre",
    "times": "Fois", "ordinal": "Rang dans une série",
    "defendants": "Accusés", "match_minute": "Minute",
    "rate_change": "Variation du taux",
    "deaths": "Morts", "injured": "Blessés", "missing": "Disparus", "displaced": "Déplacés",
    "evacuated": "Évacués", "rescued": "Secourus", "affected": "Personnes touchées", "homeless": "Sans-abri",
    "hospitalised": "Hospitalisés", "survivors": "Survivants", "magnitude": "Magnitude", "depth": "Profondeur",
    "buildings_damaged": "Bâtiments endommagés", "buildings_destroyed": "Bâtiments détruits",
    "area_burned": "Surface brûlée", "passengers": "Personnes à bord", "aftershocks": "Répliques",
    "seats": "Sièges obtenus", "votes": "Voix", "vote_share": "Part des voix", "turnout": "Participation",
    "majority": "Sièges pour la majorité", "approval": "Approbation", "voters": "Électeurs inscrits",
    "score": "Score", "goals": "Buts", "points": "Points", "transfer_fee": "Montant du transfert",
    "contract_length": "Durée du contrat", "wins": "Victoires", "medals": "Médailles", "titles": "Titres",
    "appearances": "Apparitions", "attendance": "Spectateurs", "race_time": "Temps",
    "investment": "Investissement", "funding_round": "Levée de fonds", "valuation": "Valorisation",
    "valuation.pre_money": "Valorisation pré-money", "valuation.post_money": "Valorisation post-money",
    "revenue": "Chiffre d'affaires", "profit": "Bénéfice", "loss": "Perte", "price": "Prix",
    "acquisition.price": "Prix d'acquisition", "acquisition": "Acquisition", "ipo": "Introduction en bourse",
    "loan": "Prêt", "fund": "Taille du fonds", "fund.size": "Taille du fonds", "budget": "Budget", "cost": "Coût",
    "fine": "Amende", "salary": "Salaire", "jobs": "Emplois", "job_cuts": "Suppressions d'emplois",
    "interest_rate": "Taux d'intérêt", "inflation": "Inflation", "unemployment": "Taux de chômage",
    "growth": "Croissance", "decline": "Baisse", "stake": "Participation au capital", "market_share": "Part de marché",
    "share_price": "Cours de l'action", "market_value": "Capitalisation", "shares": "Actions", "tariff": "Droits de douane",
    "margin": "Marge", "probability": "Probabilité", "users": "Utilisateurs", "customers": "Clients",
    "people": "Personnes", "employees": "Salariés", "offices": "Bureaux", "factories": "Usines",
    "labs": "Laboratoires", "areas": "Domaines", "sectors": "Secteurs", "countries": "Pays", "cities": "Villes",
    "markets": "Marchés", "stores": "Magasins", "companies": "Entreprises", "partners": "Partenaires",
    "students": "Étudiants", "vehicles": "Véhicules", "robots": "Robots", "units_sold": "Unités vendues",
    "deliveries": "Livraisons", "damages": "Dommages et intérêts",
    "distance": "Distance", "altitude": "Altitude", "duration": "Durée", "speed": "Vitesse",
    "temperature": "Température", "mass": "Masse", "length": "Longueur", "area": "Superficie", "power": "Puissance",
    "volume": "Volume", "crew": "Équipage", "satellites": "Satellites", "cases": "Cas", "patients": "Patients",
    "vaccinated": "Vaccinés", "efficacy": "Efficacité", "participants": "Participants", "infections": "Infections",
    "downloads": "Téléchargements", "devices": "Appareils", "accounts": "Comptes touchés", "records": "Données",
    "age": "Âge",
    "sentence": "Peine", "bail": "Caution", "charges": "Chefs d'accusation", "victims": "Victimes",
    "suspects": "Suspects", "arrested": "Interpellations", "convicted": "Condamnés",
    "founded": "Date de fondation", "founded_by": "Fondateurs", "announcement": "Date de l'annonce",
    "partnership": "Partenaire", "investor": "Investisseurs", "owner": "Propriétaire", "hosted_at": "Hébergé par",
    "support": "Initiatives soutenues", "role": "Fonction", "role.former": "Ancienne fonction",
    "appointment": "Nomination", "quote": "Citation", "event": "Événement", "hub": "Pôle régional",
    "locations": "Implantations", "office.locations": "Implantations des bureaux",
    "office.locations.new": "Nouvelles implantations", "office.locations.existing": "Implantations existantes",
    "ranking": "Classement", "change": "Évolution", "time": "Heure", "date": "Date", "record": "Record",
}
EVENT_LABELS = {
    "since": "Dernière fois avant",
    "event": "Date de l'événement",
    "opening": "Date d'ouverture", "launch": "Date de lancement", "founded": "Date de fondation",
    "announcement": "Date de l'annonce", "signing": "Date de signature", "acquisition": "Date d'acquisition",
    "closing": "Date de clôture", "completion": "Date d'achèvement", "ipo": "Date d'introduction en bourse",
    "change": "Évolution", "ranking": "Classement", "occurred": "Date", "election": "Date de l'élection",
    "verdict": "Date du jugement", "arrest": "Date de l'interpellation", "landing": "Date d'atterrissage",
    "match": "Date du match", "start": "Début", "end": "Fin", "deadline": "Échéance", "date": "Date",
}
OBJECT_LABELS = {
    "office": "bureau", "headquarters": "siège", "lab": "laboratoire", "factory": "usine", "store": "magasin",
    "hub": "pôle", "campus": "campus", "datacenter": "centre de données", "agreement": "accord",
    "partnership": "partenariat", "company": "entreprise", "product": "produit", "program": "programme",
    "facility": "installation", "center": "centre", "market": "marché", "country": "pays",
    "investment": "investissement", "users": "utilisateurs", "customers": "clients", "revenue": "chiffre d'affaires",
    "employees": "effectifs", "valuation": "valorisation", "price": "prix", "profit": "bénéfice", "assets": "actifs",
    "market_share": "part de marché", "downloads": "téléchargements", "mission": "mission", "election": "élection",
    "trial": "procès", "season": "saison",
}
LABEL_TEMPLATE = "{event} ({object})"

FRAME_NOUNS = {
    "parlementaires": "seats",
    "fois": "times",
    "accusés": "defendants", "co-accusés": "defendants", "prévenus": "defendants",
    "morts": "deaths", "mort": "deaths", "décès": "deaths", "tués": "deaths", "victimes": "victims",
    "victime": "victims", "blessés": "injured", "blessé": "injured", "blessées": "injured", "disparus": "missing",
    "disparues": "missing", "évacués": "evacuated", "survivants": "survivors", "sans-abri": "homeless",
    "réfugiés": "displaced", "déplacés": "displaced", "répliques": "aftershocks", "maisons": "buildings_damaged",
    "bâtiments": "buildings_damaged", "logements": "buildings_damaged", "habitations": "buildings_damaged",
    "passagers": "passengers", "membres d'équipage": "crew", "astronautes": "crew", "sièges": "seats",
    "siège": "seats", "députés": "seats", "mandats": "seats", "mandat": "seats", "élus": "seats", "voix": "votes", "suffrages": "votes",
    "électeurs": "voters", "inscrits": "voters", "buts": "goals", "but": "goals", "points": "points",
    "victoires": "wins", "médailles": "medals", "titres": "titles", "sélections": "appearances",
    "matchs": "appearances", "spectateurs": "attendance", "supporters": "attendance", "cas": "cases",
    "patients": "patients", "malades": "patients", "infections": "infections", "contaminations": "infections",
    "participants": "participants", "volontaires": "participants", "téléchargements": "downloads",
    "appareils": "devices", "comptes": "accounts", "données": "records", "satellites": "satellites",
    "chefs d'accusation": "charges", "suspects": "suspects", "interpellations": "arrested",
    "arrestations": "arrested", "unités": "units_sold", "livraisons": "deliveries", "actions": "shares",
    "emplois": "jobs", "postes": "jobs", "suppressions de postes": "job_cuts", "suppressions d'emplois": "job_cuts",
    "licenciements": "job_cuts", "utilisateurs": "users", "clients": "customers", "abonnés": "users",
    "salariés": "employees", "employés": "employees", "étudiants": "students",
}
FRAME_PREDICATES = {
    "tué": "deaths", "tués": "deaths", "tuées": "deaths", "mort": "deaths", "morts": "deaths", "décédé": "deaths",
    "décédés": "deaths", "péri": "deaths", "coûté la vie": "deaths", "perdu la vie": "deaths", "bilan": "deaths",
    "blessé": "injured", "blessés": "injured", "blessées": "injured", "blessant": "injured", "disparu": "missing",
    "disparus": "missing", "évacué": "evacuated", "évacués": "evacuated", "évacuées": "evacuated",
    "déplacé": "displaced", "déplacés": "displaced", "fui": "displaced", "secouru": "rescued", "secourus": "rescued",
    "touchés": "affected", "affectés": "affected", "sinistrés": "affected", "hospitalisés": "hospitalised",
    "hospitalisé": "hospitalised", "interpellé": "arrested", "interpellés": "arrested", "arrêtés": "arrested",
    "arrêté": "arrested", "condamné": "convicted", "condamnés": "convicted", "inculpé": "charges",
    "mis en examen": "charges", "survécu": "survivors", "à bord": "passengers", "supprimer": "job_cuts",
    "supprime": "job_cuts", "supprimés": "job_cuts", "détruits": "buildings_destroyed", "détruites": "buildings_destroyed",
    "endommagés": "buildings_damaged", "endommagées": "buildings_damaged", "infectés": "infections",
    "vaccinés": "vaccinated",
}
PERSON_NOUNS = [
    "personnes", "personne", "individus", "habitants", "résidents", "civils", "enfants", "adultes", "villageois",
    "hommes", "femmes", "migrants", "touristes", "ouvriers", "travailleurs", "mineurs", "soldats", "policiers",
    "gendarmes", "pompiers", "élèves", "pèlerins", "autres", "citoyens", "familles", "foyers", "ménages",
]
MEASURE_UNITS = {
    "points de base": ("rate_change", 0.01), "points de pourcentage": ("rate_change", 1.0),
    "km": ("length", 1000.0), "kilomètres": ("length", 1000.0), "kilomètre": ("length", 1000.0),
    "mètres": ("length", 1.0), "mètre": ("length", 1.0), "milles": ("length", 1852.0),
    "centimètres": ("length", 0.01), "cm": ("length", 0.01), "millimètres": ("length", 0.001), "mm": ("length", 0.001),
    "ans": ("duration", 365.25), "an": ("duration", 365.25), "années": ("duration", 365.25),
    "mois": ("duration", 30.44), "semaines": ("duration", 7.0), "semaine": ("duration", 7.0),
    "jours": ("duration", 1.0), "jour": ("duration", 1.0), "heures": ("duration", 1 / 24), "heure": ("duration", 1 / 24),
    "minutes": ("duration", 1 / 1440), "secondes": ("duration", 1 / 86400), "tonnes": ("mass", 1000.0),
    "tonne": ("mass", 1000.0), "kilos": ("mass", 1.0), "kilogrammes": ("mass", 1.0), "kg": ("mass", 1.0),
    "km/h": ("speed", 1.0), "nœuds": ("speed", 1.852), "hectares": ("area", 0.01), "hectare": ("area", 0.01),
    "km2": ("area", 1.0), "km²": ("area", 1.0), "kilomètres carrés": ("area", 1.0), "mw": ("power", 1.0),
    "mégawatts": ("power", 1.0), "gw": ("power", 1000.0), "gigawatts": ("power", 1000.0),
    "°c": ("temperature", 1.0), "degrés": ("temperature", 1.0), "litres": ("volume", 1.0), "barils": ("volume", 159.0),
    "mètres cubes": ("volume", 1000.0), "m3": ("volume", 1000.0),
}
MEASURE_CUES = {
    "condamné": "sentence", "condamnée": "sentence", "peine": "sentence", "prison": "sentence",
    "réclusion": "sentence", "emprisonnement": "sentence", "contrat": "contract_length", "prolongé": "contract_length",
    "prolongation": "contract_length", "magnitude": "magnitude", "richter": "magnitude",
    "profondeur": "depth", "distance": "distance", "altitude": "altitude", "orbite": "altitude", "vent": "speed",
    "vents": "speed", "rafales": "speed", "vitesse": "speed", "brûlé": "area_burned", "brûlés": "area_burned",
    "parti en fumée": "area_burned", "ravagé": "area_burned", "température": "temperature",
    "températures": "temperature", "duré": "duration", "durée": "duration",
    "capacité": "power", "âgé": "age", "âgée": "age", "âge": "age",
}
CUMULATIVE_WORDS = ["au total", "en tout", "depuis sa création", "depuis sa fondation", "jusqu'ici", "jusqu’ici",
                    "à ce jour", "cumulé", "cumulés", "au total de", "total"]
PREVIOUS_WORDS = ["précédent", "précédente", "précédemment", "auparavant", "antérieur", "antérieure",
                  "dernier tour", "initialement", "initial", "d'abord", "dans un premier temps"]
ADDITION_WORDS = ["supplémentaire", "supplémentaires", "nouveaux", "nouvelles", "de plus", "autres"]
APPOINTMENT_CUES = ["nommé", "nommée", "nomme", "désigné", "désignée", "prend la tête", "succède", "remplace",
                    "élu", "élue", "promu", "promue", "devient"]
SCORE_CUES = ["bat", "battu", "battue", "défait", "gagné", "remporté", "perdu", "nul", "victoire", "défaite", "match", "rencontre", "finale", "demi-finale", "quart de finale", "s'impose", "s’impose"]
# relative dates (dates.py): month offsets, weekday directions, "N units ago"
RELATIVE_MONTH = {"le mois dernier": -1, "le mois passé": -1, "du mois dernier": -1, "ce mois-ci": 0,
                  "ce mois": 0, "le mois prochain": 1, "du mois prochain": 1}
WEEKDAY_DIRECTION = {"dernier": -1, "passé": -1, "prochain": 1}
AGO_WORDS = {"il y a": "before"}
TIME_UNITS = {"jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month",
              "an": "year", "ans": "year", "année": "year", "années": "year"}
COMPARISON_WORDS = ["par rapport à", "comparé à", "contre", "qu'en", "depuis", "de"]
