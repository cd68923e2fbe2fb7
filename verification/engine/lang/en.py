"""English. Table meanings: see ``verification/engine/lang/__init__.py``."""

# tables this language has no words for, and why (the every-language test asks for the reason)
NO_ENTRIES = {
    "ATTRIBUTION_POSTPOSITIONS": "the source follows its link ('according to NASA'): no postposition",
    "WORLD_RANK_COMPOUNDS": "the ordinal is a word of its own ('world number one')",
    "VERB_FINAL_AUXILIARIES": "the participle follows its auxiliary ('were killed'): no verb-final clause",
    "BARE_MINUTE_LEADS": "a minute told after 'in the' takes its ordinal's suffix ('in the 42nd')",
    "AGE_PHRASE_OPENERS": "an age stands before the noun, hyphenated ('a 41-year-old billionaire'), or after a comma",
    "SPAN_NOUNS": "no 'of' phrase of years is read as an age (AGE_PHRASE_OPENERS)",
    "FEMININE_ENDINGS": "person nouns name women and men alike ('voters', 'spectators')",
    "NUMBER_WORD_SPELLINGS": "text2num reads every English number word as written",
    "PERSON_NOUNS_ALONE": "adjectives go before the noun, and a singular noun before another is no count ('27 member states')",
    "DURATION_ADJECTIVES": "the number is joined by a hyphen ('five-year ban'), which the frames read",
    "WEEKDAY_PART_ENDINGS": "the part of the day is a word of its own ('Wednesday night'): the weekday alone is the date",
    "ORDINAL_DOT_LEADS": "an ordinal takes a suffix ('3rd'), never a bare dot",
    "RANK_NOUNS": "English puts the ordinal before the noun ('third place')",
    "INFINITIVE_ENDINGS": "an English infinitive has no ending of its own",
    "NAME_ADJECTIVE_ENDINGS": "adjectives inside a name are capitalised ('European Central Bank')",
    "DAY_MONTH_LINKS": "the day stands right before its month ('6 June')",
    "MONTH_PAST_WORDS": "'last' stands before the month: RELATIVE_MONTH and MONTH_LEADS",
    "FOUNDED_BY_BEFORE": "only German names the founder before the founding words ('von X ins Leben gerufen')",
    "NOUN_DETERMINERS": "only German capitalises common nouns; this language's determiners are in STOP_CAPS",
    "AGE_AFTER_NAME_WORDS": "'aged' (AGE_BEFORE_WORDS) is the only word between a name's comma and the years",
    "ARTICLE_CONTRACTIONS": "no preposition and article are written as one word ('of the', 'to the')",
}

# how English writes the sounds of a foreign name (lang/__init__.py): its spelling is the common form, but for the
# "-iy" some agencies end a Ukrainian or Russian name with ("Zelenskiy", "Peskov" / "Dmitriy Peskov")
NAME_SPELLINGS = [
    (r"iy\b", "y"),
]

# nouns an ordinal ranks that no count frames (detect/ordinals.py): "his third term", "the 16th edition", "a fifth
# successive triumph"; read before FRAME_NOUNS, whose concept an ordinal of them may not share
SERIES_NOUNS = {
    "term": "terms",
    "mandate": "terms",
    "tournament": "tournaments",
    "edition": "editions",
    "final": "finals",
    "crown": "titles",
    "triumph": "wins",
    "success": "wins",
}

CONCEPT_LABELS = {
    "stolen": "Items stolen",
    "seized": "Items seized",
    "recovered": "Items recovered",
    "sentence.requested": "Sentence requested",
    "sentence.suspended": "Suspended sentence",
    "fine.requested": "Fine requested",
    "damages.requested": "Damages claimed",
    "bail.requested": "Bail requested",
    "savings": "Savings",
    "data": "Data size",
    "years": "Years",
    "things": "Number",
    "times": "Times",
    "ordinal": "Rank in a series",
    "defendants": "Defendants",
    "match_minute": "Minute",
    "alert_level": "Alert level",
    "scale_level": "Level on a scale",
    "rate_change": "Change in percentage points",
    # disasters and accidents
    "deaths": "Deaths",
    "injured": "Injured",
    "missing": "Missing",
    "displaced": "Displaced",
    "evacuated": "Evacuated",
    "rescued": "Rescued",
    "affected": "People affected",
    "homeless": "Left homeless",
    "hospitalised": "In hospital",
    "survivors": "Survivors",
    "magnitude": "Magnitude",
    "depth": "Depth",
    "buildings_damaged": "Buildings damaged",
    "buildings_destroyed": "Buildings destroyed",
    "area_burned": "Area burned",
    "passengers": "People on board",
    "aftershocks": "Aftershocks",
    # elections and politics
    "seats": "Seats won",
    "votes": "Votes",
    "vote_share": "Vote share",
    "turnout": "Turnout",
    "counted": "Votes counted",
    "majority": "Seats for a majority",
    "approval": "Approval",
    "voters": "Registered voters",
    "constituencies": "Constituencies",
    # sport
    "score": "Score",
    "goals": "Goals",
    "points": "Points",
    "transfer_fee": "Transfer fee",
    "contract_length": "Contract length",
    "wins": "Wins",
    "medals": "Medals",
    "titles": "Titles",
    "appearances": "Appearances",
    "assists": "Assists",
    "attendance": "Attendance",
    "race_time": "Time",
    # business and markets
    "investment": "Investment",
    "funding_round": "Funding round",
    "valuation": "Valuation",
    "valuation.pre_money": "Pre-money valuation",
    "valuation.post_money": "Post-money valuation",
    "revenue": "Revenue",
    "profit": "Profit",
    "loss": "Loss",
    "price": "Price",
    "acquisition.price": "Acquisition price",
    "acquisition": "Acquisition",
    "ipo": "Stock market listing",
    "loan": "Loan",
    "fund": "Fund size",
    "fund.size": "Fund size",
    "budget": "Budget",
    "cost": "Cost",
    "fine": "Fine",
    "salary": "Salary",
    "jobs": "Jobs",
    "job_cuts": "Job cuts",
    "interest_rate": "Interest rate",
    "inflation": "Inflation",
    "unemployment": "Unemployment rate",
    "growth": "Growth",
    "decline": "Decline",
    "stake": "Stake",
    "market_share": "Market share",
    "share_price": "Share price",
    "market_value": "Market value",
    "shares": "Shares",
    "tariff": "Tariff",
    "margin": "Margin",
    "probability": "Probability",
    "users": "Users",
    "customers": "Customers",
    "people": "People",
    "employees": "Employees",
    "offices": "Offices",
    "factories": "Factories",
    "labs": "Laboratories",
    "areas": "Areas",
    "sectors": "Sectors",
    "countries": "Countries",
    "cities": "Cities",
    "markets": "Markets",
    "stores": "Stores",
    "companies": "Companies",
    "partners": "Partners",
    "students": "Students",
    "vehicles": "Vehicles",
    "flights": "Flights",
    "robots": "Robots",
    "units_sold": "Units sold",
    "deliveries": "Deliveries",
    "damages": "Damages",
    # science, space, health, technology
    "distance": "Distance",
    "altitude": "Altitude",
    "duration": "Duration",
    "speed": "Speed",
    "temperature": "Temperature",
    "mass": "Mass",
    "length": "Length",
    "area": "Area",
    "power": "Power",
    "volume": "Volume",
    "crew": "Crew",
    "satellites": "Satellites",
    "cases": "Cases",
    "patients": "Patients",
    "vaccinated": "Vaccinated",
    "efficacy": "Efficacy",
    "participants": "Participants",
    "contacts": "Contacts traced",
    "downloads": "Downloads",
    "devices": "Devices",
    "accounts": "Accounts affected",
    "records": "Records",
    "age": "Age",
    # crime and courts
    "sentence": "Sentence",
    "bail": "Bail",
    "charges": "Charges",
    "victims": "Victims",
    "suspects": "Suspects",
    "arrested": "Arrests",
    "convicted": "Convicted",
    # other kinds of claim
    "founded": "Founding date",
    "founded_by": "Founders",
    "announcement": "Announcement date",
    "partnership": "Partner",
    "investor": "Investors",
    "owner": "Owner",
    "hosted_at": "Hosted at",
    "support": "Supported initiatives",
    "role": "Role",
    "role.former": "Former role",
    "appointment": "Appointment",
    "quote": "Quote",
    "event": "Event",
    "hub": "Regional hub",
    "locations": "Locations",
    "office.locations": "Office locations",
    "office.locations.new": "New office locations",
    "office.locations.existing": "Existing office locations",
    "ranking": "Ranking",
    "change": "Change",
    "time": "Time of day",
    "date": "Date",
    "record": "Record",
    "without_power": "Without power",
    "rainfall": "Rainfall",
    "deliberation": "Jury deliberation",
    "witnesses": "Witnesses",
    "jurors": "Jurors",
    "responders": "Rescue workers and troops",
    "acquitted": "Acquitted",
    "water_level": "Water level",
    # what a place, an office or an amount names: the concept of a name or a bare figure
    "place": "Place",
    "office": "Office",
    "headquarters": "Headquarters",
    "lab": "Laboratory",
    "amount": "Amount",
    "share": "Share",
    # what a named organisation, product or vehicle is to the story (detect/organisations.py)
    "operator": "Operator",
    "aircraft": "Aircraft",
    "vehicle": "Vehicle",
    "manufacturer": "Manufacturer",
    "investigator": "Investigating body",
    "court": "Court",
    "agency": "Agency",
    "company": "Company",
    "club": "Club",
    "union": "Trade union",
    "party": "Party",
    "publication": "Publication",
    "broadcaster": "Broadcaster",
    "product": "Product",
    "institution": "Institution",
    "organisation": "Organisation",
}
EVENT_LABELS = {
    "period": "Period",
    "since": "Last time before",
    "event": "Date of the event",
    "other_day": "Another day of the event",
    "year": "Year",
    "opening": "Opening date",
    "launch": "Launch date",
    "founded": "Founding date",
    "announcement": "Announcement date",
    "signing": "Signing date",
    "acquisition": "Acquisition date",
    "closing": "Closing date",
    "completion": "Completion date",
    "ipo": "Listing date",
    "change": "Change",
    "ranking": "Ranking",
    "occurred": "Date",
    "election": "Election date",
    "verdict": "Verdict date",
    "arrest": "Arrest date",
    "landing": "Landing date",
    "match": "Match date",
    "start": "Start date",
    "end": "End date",
    "deadline": "Deadline",
    "date": "Date",
}
OBJECT_LABELS = {
    "office": "office",
    "headquarters": "headquarters",
    "lab": "laboratory",
    "factory": "factory",
    "store": "store",
    "hub": "hub",
    "campus": "campus",
    "datacenter": "data centre",
    "agreement": "agreement",
    "partnership": "partnership",
    "company": "company",
    "product": "product",
    "program": "programme",
    "facility": "facility",
    "center": "centre",
    "market": "market",
    "country": "country",
    "investment": "investment",
    "users": "users",
    "customers": "customers",
    "revenue": "revenue",
    "employees": "workforce",
    "valuation": "valuation",
    "price": "price",
    "profit": "profit",
    "assets": "assets",
    "market_share": "market share",
    "downloads": "downloads",
    "mission": "mission",
    "election": "election",
    "trial": "trial",
    "season": "season",
}
LABEL_TEMPLATE = "{event} ({object})"

FRAME_NOUNS = {
    "constituency": "constituencies",
    "constituencies": "constituencies",
    "district": "constituencies",
    "districts": "constituencies",
    "electoral district": "constituencies",
    "electoral districts": "constituencies",
    "deputies": "seats",
    "lawmakers": "seats",
    "mps": "seats",
    "mandates": "seats",
    "times": "times",
    "hikes": "times",
    "rate hike": "times",
    "rate hikes": "times",
    "rate cut": "times",
    "rate cuts": "times",
    "rate increase": "times",
    "rate increases": "times",
    "defendant": "defendants",
    "defendants": "defendants",
    "co-defendants": "defendants",
    "accused": "defendants",
    "dead": "deaths",
    "death": "deaths",
    "deaths": "deaths",
    "fatality": "deaths",
    "fatalities": "deaths",
    "victim": "victims",
    "victims": "victims",
    "casualty": "deaths",
    "body": "deaths",
    "bodies": "deaths",
    "lives": "deaths",
    "injury": "injured",
    "injuries": "injured",
    "injured": "injured",
    "wounded": "injured",
    "missing": "missing",
    "evacuee": "evacuated",
    "evacuees": "evacuated",
    "survivor": "survivors",
    "survivors": "survivors",
    "homeless": "homeless",
    "refugee": "displaced",
    "refugees": "displaced",
    "aftershock": "aftershocks",
    "aftershocks": "aftershocks",
    "home": "buildings_damaged",
    "homes": "buildings_damaged",
    "house": "buildings_damaged",
    "houses": "buildings_damaged",
    "building": "buildings_damaged",
    "buildings": "buildings_damaged",
    "passenger": "passengers",
    "passengers": "passengers",
    "crew member": "crew",
    "crew members": "crew",
    "astronaut": "crew",
    "astronauts": "crew",
    "seat": "seats",
    "seats": "seats",
    "vote": "votes",
    "votes": "votes",
    "ballot": "votes",
    "ballots": "votes",
    "voter": "voters",
    "voters": "voters",
    "goal": "goals",
    "goals": "goals",
    "point": "points",
    "points": "points",
    "win": "wins",
    "wins": "wins",
    "victory": "wins",
    "victories": "wins",
    "medal": "medals",
    "medals": "medals",
    "title": "titles",
    "titles": "titles",
    "championship": "titles",
    "championships": "titles",
    "trophy": "titles",
    "trophies": "titles",
    "appearance": "appearances",
    "appearances": "appearances",
    "matches": "appearances",
    "spectator": "attendance",
    "spectators": "attendance",
    "fan": "attendance",
    "fans": "attendance",
    "case": "cases",
    "cases": "cases",
    "patient": "patients",
    "patients": "patients",
    # a stay in hospital counted by its noun: the people hospitalised
    "hospitalisation": "hospitalised",
    "hospitalisations": "hospitalised",
    "hospitalization": "hospitalised",
    "hospitalizations": "hospitalised",
    "hospital admissions": "hospitalised",
    "infection": "cases",
    "infections": "cases",
    "contact": "contacts",
    "contacts": "contacts",
    "participant": "participants",
    "participants": "participants",
    "volunteers": "participants",
    "athlete": "participants",
    "athletes": "participants",
    "competitor": "participants",
    "competitors": "participants",
    "assist": "assists",
    "assists": "assists",
    "download": "downloads",
    "downloads": "downloads",
    "device": "devices",
    "devices": "devices",
    "computer": "devices",
    "computers": "devices",
    "machine": "devices",
    "machines": "devices",
    "pc": "devices",
    "pcs": "devices",
    "laptop": "devices",
    "laptops": "devices",
    "system": "devices",
    "systems": "devices",
    "server": "devices",
    "servers": "devices",
    "flight": "flights",
    "flights": "flights",
    "account": "accounts",
    "accounts": "accounts",
    "record": "records",
    "records": "records",
    "satellite": "satellites",
    "satellites": "satellites",
    "charge": "charges",
    "charges": "charges",
    "count": "charges",
    "counts": "charges",
    "suspect": "suspects",
    "suspects": "suspects",
    "thieves": "suspects",
    "robbers": "suspects",
    "burglars": "suspects",
    "arrest": "arrested",
    "arrests": "arrested",
    "unit": "units_sold",
    "units": "units_sold",
    "delivery": "deliveries",
    "deliveries": "deliveries",
    "share": "shares",
    "shares": "shares",
    "job": "jobs",
    "jobs": "jobs",
    "job cut": "job_cuts",
    "job cuts": "job_cuts",
    "layoff": "job_cuts",
    "layoffs": "job_cuts",
    "redundancy": "job_cuts",
    "redundancies": "job_cuts",
    "user": "users",
    "users": "users",
    "customer": "customers",
    "customers": "customers",
    "subscriber": "users",
    "subscribers": "users",
    "employee": "employees",
    "employees": "employees",
    "student": "students",
    "students": "students",
    "witness": "witnesses",
    "witnesses": "witnesses",
    "juror": "jurors",
    "jurors": "jurors",
    "structures": "buildings_damaged",
    "dwellings": "buildings_damaged",
    "rescuers": "responders",
    "rescue workers": "responders",
    "troops": "responders",
    "soldiers": "responders",
    "firefighters": "responders",
    "police officers": "responders",
    "responders": "responders",
    "personnel": "responders",
}
FRAME_PREDICATES = {
    "kill": "deaths",
    "killed": "deaths",
    "killing": "deaths",
    "die": "deaths",
    "died": "deaths",
    "dead": "deaths",
    "dying": "deaths",
    "perish": "deaths",
    "perished": "deaths",
    "death toll": "deaths",
    "toll": "deaths",
    "lost their lives": "deaths",
    "claimed the lives": "deaths",
    "injure": "injured",
    "injured": "injured",
    "injuring": "injured",
    "wounded": "injured",
    "wounding": "injured",
    "hurt": "injured",
    "missing": "missing",
    "unaccounted": "missing",
    "evacuate": "evacuated",
    "evacuated": "evacuated",
    "evacuating": "evacuated",
    "displace": "displaced",
    "displaced": "displaced",
    "flee": "displaced",
    "fled": "displaced",
    "rescue": "rescued",
    "rescued": "rescued",
    "affect": "affected",
    "affected": "affected",
    "hospitalised": "hospitalised",
    "hospitalized": "hospitalised",
    "in hospital": "hospitalised",
    "treated": "hospitalised",
    "arrest": "arrested",
    "arrested": "arrested",
    "detained": "arrested",
    "in custody": "arrested",
    "into custody": "arrested",
    "convicted": "convicted",
    "charged": "defendants",
    "survived": "survivors",
    "on board": "passengers",
    "aboard": "passengers",
    "carrying": "passengers",
    "lay off": "job_cuts",
    "laid off": "job_cuts",
    "cut": "job_cuts",
    "cutting": "job_cuts",
    "shed": "job_cuts",
    "slash": "job_cuts",
    "eliminate": "job_cuts",
    "destroyed": "buildings_destroyed",
    "damaged": "buildings_damaged",
    "infected": "cases",
    "vaccinated": "vaccinated",
    # the people an outbreak's cases met, traced and followed: its contacts
    "in contact with": "contacts",
    "under follow-up": "contacts",
    "under followup": "contacts",
    "attended": "attendance",
    "watched": "attendance",
    "homeless": "homeless",
    "lost their homes": "homeless",
    "without shelter": "homeless",
    "cost the lives": "deaths",
    "drowned": "deaths",
    "saved": "rescued",
    "pulled alive": "rescued",
    "without power": "without_power",
    "without electricity": "without_power",
    "lost power": "without_power",
    "power outage": "without_power",
    "power outages": "without_power",
    "blackout": "without_power",
    "blackouts": "without_power",
    "collapsed": "buildings_destroyed",
    "flattened": "buildings_destroyed",
    "razed": "buildings_destroyed",
    "evacuation centers": "evacuated",
    "evacuation centres": "evacuated",
    "shelters": "evacuated",
    "fatally injured": "deaths",
    "fatally wounded": "deaths",
    "found guilty": "convicted",
    "convicted of": "convicted",
    "acquitted": "acquitted",
    "cleared": "acquitted",
    "indicted": "defendants",
    # a stay in hospital or an illness named after the people it befell: "Nine patients have required hospitalization",
    # "171 enfermos" of an outbreak are its cases
    "hospitalization": "hospitalised",
    "hospitalisation": "hospitalised",
    "fell ill": "cases",
    "sickened": "cases",
}
PERSON_NOUNS = [
    "people",
    "persons",
    "person",
    "individuals",
    "residents",
    "civilians",
    "children",
    "adults",
    "villagers",
    "inhabitants",
    "men",
    "women",
    "migrants",
    "tourists",
    "workers",
    "miners",
    "officers",
    "students",
    "pilgrims",
    "others",
    "citizens",
    "families",
    "households",
    "minors",
    # who people are by trade, role, side or faith: counted, they are people whatever the noun
    "players",
    "footballers",
    "athletes",
    "coaches",
    "referees",
    "supporters",
    "stewards",
    "guards",
    "police",
    "lawyers",
    "attorneys",
    "judges",
    "magistrates",
    "prosecutors",
    "accomplices",
    "journalists",
    "reporters",
    "photographers",
    "doctors",
    "nurses",
    "teachers",
    "candidates",
    "members",
    "delegates",
    "meps",
    "senators",
    "politicians",
    "ministers",
    "officials",
    "leaders",
    "executives",
    "directors",
    "managers",
    "assistants",
    "aides",
    "staffers",
    "faithful",
    "worshippers",
    "believers",
    "catholics",
    "christians",
    "muslims",
    "priests",
    "bishops",
    "cardinals",
    "nuns",
    "protesters",
    "demonstrators",
    "activists",
    "prisoners",
    "inmates",
    "hostages",
    "sons",
    "daughters",
    "grandchildren",
    "relatives",
    "friends",
    "colleagues",
]
PERSON_NOUNS_ALONE: list[str] = []
FEMININE_ENDINGS: dict[str, str] = {}
# the lemmatiser reads the noun "lives" as the verb "live"
FORMS_NOT_LEMMATISED = {"lives"}
# verbs of saving: before a count of deaths, or after its noun, they count the people saved, not lost ("saved 300
# lives", "rettete 300 Menschenleben", "a sauvé 300 vies", "salvó 300 vidas"), as "saved the lives of 300 people" does
SAVING_VERBS = [
    "save",
    "saves",
    "saved",
    "saving",
    "spare",
    "spares",
    "spared",
    "sparing",
]
# words of taking right before the number of things taken ("stole eight items", "seized 30 rifles", "the theft of eight
# jewels"), read by frames.taken_things; a word no one but a thief or the police says of things counted
TAKING_WORDS = {
    "stole": "stolen",
    "steal": "stolen",
    "stealing": "stolen",
    "theft of": "stolen",
    "made off with": "stolen",
    "snatched": "stolen",
    "looted": "stolen",
    "seized": "seized",
    "seizing": "seized",
    "seizure of": "seized",
    "confiscated": "seized",
    "confiscating": "seized",
    "recovered": "recovered",
    "recovering": "recovered",
}
# participles of taking after the noun of the things taken, or between the number and it ("eight items were stolen",
# "eight stolen paintings"); a form that is also a past tense is written with its auxiliary ("30 rifles were
# seized"), as "four officers seized" counts those who took
TAKEN_PARTICIPLES = {
    "stolen": "stolen",
    "looted": "stolen",
    "were seized": "seized",
    "been seized": "seized",
    "were confiscated": "seized",
    "been confiscated": "seized",
    "were recovered": "recovered",
    "been recovered": "recovered",
}
MEASURE_UNITS = {
    "gb": ("data", 1000.0),
    "gigabytes": ("data", 1000.0),
    "mb": ("data", 1.0),
    "megabytes": ("data", 1.0),
    "kb": ("data", 0.001),
    "kilobytes": ("data", 0.001),
    "kilobyte": ("data", 0.001),
    "tb": ("data", 1e6),
    "terabytes": ("data", 1e6),
    "basis points": ("rate_change", 0.01),
    "basis point": ("rate_change", 0.01),
    "bps": ("rate_change", 0.01),
    "bp": ("rate_change", 0.01),
    "percentage point": ("rate_change", 1.0),
    "percentage points": ("rate_change", 1.0),
    # "a jump of 6.30m", "a 71 m tower" (millions are "1.5m", "£2.25m": numbers.py tells them apart)
    "m": ("length", 1.0),
    "km": ("length", 1000.0),
    "kilometres": ("length", 1000.0),
    "kilometers": ("length", 1000.0),
    "kilometre": ("length", 1000.0),
    "kilometer": ("length", 1000.0),
    "miles": ("length", 1609.34),
    "mile": ("length", 1609.34),
    "metres": ("length", 1.0),
    "meters": ("length", 1.0),
    "metre": ("length", 1.0),
    "meter": ("length", 1.0),
    "feet": ("length", 0.3048),
    "ft": ("length", 0.3048),
    "cm": ("length", 0.01),
    "centimetres": ("length", 0.01),
    "centimeters": ("length", 0.01),
    "mm": ("length", 0.001),
    "millimetres": ("length", 0.001),
    "millimeters": ("length", 0.001),
    "inches": ("length", 0.0254),
    "years": ("duration", 365.25),
    "year": ("duration", 365.25),
    "months": ("duration", 30.44),
    "month": ("duration", 30.44),
    "weeks": ("duration", 7.0),
    "week": ("duration", 7.0),
    "days": ("duration", 1.0),
    "day": ("duration", 1.0),
    "hours": ("duration", 1 / 24),
    "hour": ("duration", 1 / 24),
    "minutes": ("duration", 1 / 1440),
    "decades": ("duration", 3652.5),
    "decade": ("duration", 3652.5),
    "centuries": ("duration", 36525.0),
    "century": ("duration", 36525.0),
    "minute": ("duration", 1 / 1440),
    "hrs": ("duration", 1 / 24),
    "hr": ("duration", 1 / 24),
    "mins": ("duration", 1 / 1440),
    "min": ("duration", 1 / 1440),
    "seconds": ("duration", 1 / 86400),
    "tonnes": ("mass", 1000.0),
    "tons": ("mass", 1000.0),
    "metric tons": ("mass", 1000.0),
    "metric tonnes": ("mass", 1000.0),
    "tonne": ("mass", 1000.0),
    "kg": ("mass", 1.0),
    "kilograms": ("mass", 1.0),
    "kilogrammes": ("mass", 1.0),
    "pounds": ("mass", 0.4536),
    "lbs": ("mass", 0.4536),
    "km/h": ("speed", 1.0),
    "kph": ("speed", 1.0),
    "mph": ("speed", 1.609),
    "knots": ("speed", 1.852),
    "hectares": ("area", 0.01),
    "hectare": ("area", 0.01),
    "acres": ("area", 0.004047),
    "km2": ("area", 1.0),
    "km²": ("area", 1.0),
    "square kilometres": ("area", 1.0),
    "square kilometers": ("area", 1.0),
    "square miles": ("area", 2.59),
    "mw": ("power", 1.0),
    "megawatts": ("power", 1.0),
    "gw": ("power", 1000.0),
    "gigawatts": ("power", 1000.0),
    "°c": ("temperature", 1.0),
    "degrees celsius": ("temperature", 1.0),
    "degrees": ("temperature", 1.0),
    "°f": ("temperature_f", 1.0),
    "litres": ("volume", 1.0),
    "liters": ("volume", 1.0),
    "barrels": ("volume", 159.0),
    "cubic metres": ("volume", 1000.0),
    "cubic meters": ("volume", 1000.0),
    "years old": ("age", 1.0),
    "year-old": ("age", 1.0),
    "-year-old": ("age", 1.0),
    "litres per square metre": ("length", 0.001, "rainfall"),
    "liters per square meter": ("length", 0.001, "rainfall"),
    "l/m2": ("length", 0.001, "rainfall"),
    "l/m²": ("length", 0.001, "rainfall"),
}
MEASURE_CUES = {
    "sentenced": "sentence",
    "sentence": "sentence",
    "prison": "sentence",
    "jail": "sentence",
    "jailed": "sentence",
    "imprisonment": "sentence",
    "behind bars": "sentence",
    "prison term": "sentence",
    "jail term": "sentence",
    "custodial": "sentence",
    "penalty": "sentence",
    "imprisoned": "sentence",
    "incarceration": "sentence",
    "probation": "sentence",
    "parole": "sentence",
    "community service": "sentence",
    "contract": "contract_length",
    "extension": "contract_length",
    "magnitude": "magnitude",
    "magnitudes": "magnitude",
    "richter": "magnitude",
    "depth": "depth",
    "deep": "depth",
    "below the surface": "depth",
    "distance": "distance",
    "altitude": "altitude",
    "orbit": "altitude",
    "wind": "speed",
    "winds": "speed",
    "gusts": "speed",
    "speed": "speed",
    "burned": "area_burned",
    "burnt": "area_burned",
    "scorched": "area_burned",
    "charred": "area_burned",
    "temperature": "temperature",
    "temperatures": "temperature",
    "lasted": "duration",
    "capacity": "power",
    "aged": "age",
    "age": "age",
    "rain": "rainfall",
    "rainfall": "rainfall",
    "precipitation": "rainfall",
    "deliberated": "deliberation",
    "deliberation": "deliberation",
    "deliberations": "deliberation",
    "deliberating": "deliberation",
    "destroyed": "area_burned",
    "razed": "area_burned",
    "consumed": "area_burned",
    "water level": "water_level",
    "river level": "water_level",
    "flood level": "water_level",
}
# the words between a magnitude and the scale that names it after it ("6.2 on the Richter scale", "6,0 sur
# l'échelle de Richter")
MAGNITUDE_SCALE_LINKS = ["on the"]
# a quake's nouns: a figure with its decimal right before one, or after one and its "of", is its magnitude ("a 6.0
# quake", "6,0-Beben", "un séisme de 6,3", "sismo de 6,2"); a whole number there counts quakes ("6 Beben")
QUAKE_NOUNS = [
    "earthquake",
    "earthquakes",
    "quake",
    "quakes",
    "tremor",
    "tremors",
    "aftershock",
    "aftershocks",
    "temblor",
]
CUMULATIVE_WORDS = [
    "in total",
    "total",
    "totalling",
    "totaling",
    "overall",
    "so far",
    "to date",
    "since its founding",
    "since it was founded",
    "since launch",
    "altogether",
    "all told",
    "cumulative",
]
COMBINED_WORDS = [
    "combined",
]
PREVIOUS_WORDS = [
    "previous",
    "previously",
    "prior",
    "earlier",
    "last round",
    "former",
    "before that",
    "initially",
    "initial",
    "originally",
    "first reported",
    "up from",
]
# words in an age's clause that date it to the time of the events told, not today ("who was 19 at the time"):
# an earlier age of the person, kept apart from the age reports give now
AGE_THEN_WORDS = ["at the time", "back then", "then aged"]
ADDITION_WORDS = ["additional", "another", "a further", "further", "extra", "more", "new", "on top of"]
# the same after a figure, next to it or after its noun ("1,000 more troops", "500 additional staff")
ADDITION_AFTER = ["more", "additional", "extra"]
# words in a count's clause that say those it counts are in a serious state ("22 in critical condition", "five
# seriously injured", "three in intensive care"): the seriously hurt, a figure of their own (align)
SERIOUS_CONDITION_WORDS = [
    "critical condition",
    "serious condition",
    "critically",
    "seriously",
    "severely",
    "intensive care",
    "life-threatening",
]
# words before a sentence, fine or damages that make it what was asked for, not what was imposed ("prosecutors
# sought 20 years"); after the figure ("as requested by the prosecution") they say the court granted it
REQUEST_WORDS = [
    "requested",
    "request",
    "sought",
    "seeking",
    "seek",
    "asked for",
    "demanded",
    "demand",
    "called for",
    "pushed for",
    "recommended",
    "prosecutors want",
    "prosecution wants",
]
# words before a sentence, a fine or damages that make it the most the law allows ("faces up to 20 years", "la peine
# maximale", "bis zu 110 Jahre", "enfrentaba hasta 110 años"): another figure than the one imposed or asked for
CEILING_WORDS = [
    "maximum",
    "up to",
    "faces",
    "faced",
    "facing",
    "could face",
    "prescribed",
    "potential of",
    "possibility of",
    "could have",
    "could get",
]
CEILING_LABEL = "maximum"  # the words a ceiling's label shows ("Sentence (maximum)")
# words in a figure's sentence that name the round or stage of an election it belongs to -> stage
ELECTION_STAGES = {
    "final result": "result",
    "final results": "result",
    "official result": "result",
    "official results": "result",
    "final count": "result",
    "first round": "first_round",
    "first-round": "first_round",
    "opening round": "first_round",
    "second round": "second_round",
    "second-round": "second_round",
    "run-off": "second_round",
    "runoff": "second_round",
    "exit poll": "exit_poll",
    "exit polls": "exit_poll",
    "exit-poll": "exit_poll",
    "late poll": "exit_poll",
    "late-poll": "exit_poll",
    "late polls": "exit_poll",
    "late-polls": "exit_poll",
    "projection": "projection",
    "projections": "projection",
    "projected": "projection",
}
# stage -> words shown in the label of a figure of that stage ("Seats won (first round)")
ELECTION_STAGE_LABELS = {
    "result": "final result",
    "first_round": "first round",
    "second_round": "second round",
    "exit_poll": "exit poll",
    "projection": "projection",
}
PART_LABEL = "part of it"  # a part of a figure told by a relative pronoun ("four years, two of which ...")
# words of a part of an event that a date or a time nearest them belongs to (the take-off, not the crash; the
# deliberations, not the verdict): two parts' dates or times are two facts, a figure naming none may be either's
SUB_EVENTS = {
    "took off": "launch",
    "take-off": "launch",
    "takeoff": "launch",
    "departed": "launch",
    "departure": "launch",
    "lifted off": "launch",
    "liftoff": "launch",
    "lift-off": "launch",
    "launched": "launch",
    "launch": "launch",
    "landed": "landing",
    "landing": "landing",
    "touched down": "landing",
    "touchdown": "landing",
    "splashed down": "landing",
    "splashdown": "landing",
    "crashed": "crash",
    "crash": "crash",
    "accident": "crash",
    "deliberations": "deliberation",
    "deliberating": "deliberation",
    "deliberated": "deliberation",
    "convicted": "verdict",
    "found guilty": "verdict",
    "verdict": "verdict",
    "released": "release",
    "rolled out": "release",
    "outage": "outage",
    "outages": "outage",
    "blackout": "outage",
}
# the words a fact's label shows for the part of the event its figures name ("Time (take-off)")
SUB_EVENT_LABELS = {
    "launch": "take-off",
    "landing": "landing",
    "crash": "crash",
    "deliberation": "deliberations",
    "verdict": "verdict",
    "release": "release",
    "outage": "outage",
}
# words of a report's title or first sentence that name the kind of event it tells -> kind (cluster.py):
# reports whose leads name only other kinds tell other events (a funicular's crash, a tower block's fire);
# a judgment is told by its verdict or its sentence (one event where a court gives both at once);
# a ruling on appeal ("conviction overturned on appeal") is another event than the judgment it rules on;
# an outbreak's reports, named by the word or by its disease, tell one event over weeks
EVENT_KINDS = {
    "fire": "fire",
    "fires": "fire",
    "blaze": "fire",
    "wildfire": "fire",
    "wildfires": "fire",
    "crash": "crash",
    "crashed": "crash",
    "plane crash": "crash",
    "collision": "crash",
    "collided": "crash",
    "derailed": "crash",
    "derailment": "crash",
    "earthquake": "earthquake",
    "earthquakes": "earthquake",
    "quake": "earthquake",
    "flood": "storm",
    "floods": "storm",
    "flooding": "storm",
    "flash floods": "storm",
    "hurricane": "storm",
    "typhoon": "storm",
    "cyclone": "storm",
    "tornado": "storm",
    "torrential rain": "storm",
    "sentenced": "sentence",
    "convicted": "verdict",
    "found guilty": "verdict",
    "jailed": "sentence",
    "on appeal": "appeal_ruling",
    "appeals court": "appeal_ruling",
    "appeal court": "appeal_ruling",
    "court of appeal": "appeal_ruling",
    "conviction overturned": "appeal_ruling",
    "overturned the conviction": "appeal_ruling",
    "outbreak": "outbreak",
    "epidemic": "outbreak",
    "ebola": "outbreak",
    "marburg virus": "outbreak",
    "mpox": "outbreak",
    "cholera": "outbreak",
    "measles": "outbreak",
    "dengue": "outbreak",
    "bird flu": "outbreak",
}
# words of a lead that name a judgment's sentence still to come (cluster.py): its report tells the verdict, and a report
# of the sentence handed down later ("sentenced to an unconditional discharge") another event
SENTENCE_TO_COME = [
    "will be sentenced",
    "to be sentenced",
    "sentencing is set",
    "sentencing set for",
    "sentencing was set",
    "sentencing has been set",
    "sentencing is scheduled",
    "sentencing scheduled for",
    "awaits sentencing",
    "awaiting sentencing",
    "faces sentencing",
]
# words of an offence and of the steps before its judgment (cluster.py): in a report of a judgment, a day its lead names
# by its date alone after one of them, with no word of the judgment between, is the offence's or the arrest's ("found
# guilty of assaulting a woman at a nightclub on New Year's Eve 2022"), background, not the judgment's
OFFENCE_WORDS = [
    "assault",
    "assaulted",
    "assaulting",
    "rape",
    "raped",
    "raping",
    "murder",
    "murdered",
    "killed",
    "killing",
    "attack",
    "attacked",
    "stabbed",
    "incident",
    "offence",
    "offense",
    "offences",
    "offenses",
    "crime",
    "crimes",
    "arrest",
    "arrested",
    "charged",
    "indicted",
    "accused",
]
# how a funding round's series is written, "{}" its letter (cluster.py): the same investors' next round is another
# event ("a Series B financing round" is not the Series C a year later)
FUNDING_SERIES = [
    "series {}",
]
# who counted a figure (a crowd, a toll) -> the side it is told as the count of: the police's and the organisers'
# counts are two facts ("80,000 according to the police, 250,000 according to the organisers")
FIGURE_SOURCES = {
    "police": "official",
    "police prefecture": "official",
    "authorities": "official",
    "ministry": "official",
    "interior ministry": "official",
    "ministry of the interior": "official",
    "home office": "official",
    "organisers": "organisers",
    "organizers": "organisers",
    "organiser": "organisers",
    "organizer": "organisers",
    "unions": "organisers",
    "trade unions": "organisers",
}
# words that hand a figure told before them to the source named after them ("revendiqué par la CGT")
FIGURE_SOURCE_LINKS = ["by", "as per", "per", "figures from", "estimated", "counted", "reported", "estimates"]
FIGURE_SOURCE_LABELS = {"official": "official count", "organisers": "organisers' count"}
# words right before a name that make it the source a statement is told by, never the actor it is about ("according
# to NASA", "told Reuters", "citing the ministry"): context.Context.is_source
ATTRIBUTION_LINKS = ["according to", "told", "citing", "cited by", "quoted by", "reported by", "as reported by"]
# words right after a name that make it such a source: none in English ("per" and "according to" stand before it)
ATTRIBUTION_POSTPOSITIONS: list[str] = []  # see NO_ENTRIES
# a word of a count's status beside the number or its noun ("47 confirmed cases", "10 probable", "28 suspected cases",
# "cases confirmed"): confirmed, probable and suspected counts of one outbreak are three figures (frames.status_of)
STATUS_WORDS = {
    "confirmed": "confirmed",
    "lab-confirmed": "confirmed",
    "probable": "probable",
    "probables": "probable",
    "suspected": "suspected",
    "suspect": "suspected",
    "presumed": "suspected",
    "presumptive": "suspected",
}
STATUS_LABELS = {"confirmed": "confirmed", "probable": "probable", "suspected": "suspected"}
# the nouns of the groups a toll is told by ("including 15 children", "40 adults and 28 children", "three foreigners")
# -> the group: a count of one group of those an event hurt is its own figure, never the rival of the whole toll
PEOPLE_GROUPS = {
    "children": "children",
    "child": "children",
    "kids": "children",
    "minors": "children",
    "girls": "children",
    "boys": "children",
    "adults": "adults",
    "women": "women",
    "men": "men",
    "foreigners": "foreigners",
    "foreign nationals": "foreigners",
}
PEOPLE_GROUP_LABELS = {
    "children": "children",
    "adults": "adults",
    "women": "women",
    "men": "men",
    "foreigners": "foreigners",
}
APPOINTMENT_CUES = [
    "appointed",
    "named",
    "appoints",
    "names",
    "has hired",
    "hired",
    "promoted",
    "takes over as",
    "will become",
    "becomes",
    "succeeds",
    "replaces",
    "tapped",
    "elected",
    "nominated",
    "nominated",
]
APPOINTMENT_LINKS = [
    "as",
    "to",
    "its",
    "the",
    "new",
    "his",
    "her",
    "their",
    "was",
    "were",
    "is",
    "has",
    "have",
    "been",
    "be",
    "will",
    "post",
    "of",
    "role",
]

VOTE_TALLY_CUES = ["vote", "votes", "voted", "ruled", "ruling", "decision", "majority", "justices"]
VOTE_TALLY_JOINERS = ["to"]
SCORE_CUES = [
    "beat",
    "beats",
    "defeated",
    "defeat",
    "won",
    "win",
    "lost",
    "loss",
    "drew",
    "draw",
    "victory",
    "match",
    "game",
    "final",
    "semi-final",
    "quarter-final",
    "leg",
    "scoreline",
    "thrashed",
    "edged",
    "halftime",
    "half-time",
]
# words after a result that name the side it was against ("3:0 gegen den Favoriten"): detect/scores.py
RESULT_OPPONENT_WORDS = ["against"]
# relative dates (dates.py): month offsets, weekday directions, "N units ago"
RELATIVE_MONTH = {
    "last month": -1,
    "previous month": -1,
    "this month": 0,
    "earlier this month": 0,
    "later this month": 0,
    "next month": 1,
    "the coming month": 1,
}
# a word next to a weekday, a month or a season's name -> which one: -1 the last before the publication, +1 the next;
# 0 ("this") is read for seasons only ("this spring" is the nearest; "this Monday" is the weekday itself)
DIRECTION_WORDS = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this coming": 1, "this": 0}
AGO_WORDS = {"ago": "after"}
# not "in two years" alone: "the first rise in two years" is how long, not when
AHEAD_PHRASES = ["in {n} time", "in {n}'s time", "in {n}' time", "{n} from now", "{n} hence"]
TIME_UNITS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
}
COMPARISON_WORDS = [
    "compared to",
    "compared with",
    "than in",
    "than",
    "versus",
    "vs",
    "from",
    "up from",
    "down from",
    "since",
]

# percentages: what a change word makes of a figure, and what the word before the figure makes of it
CHANGE_PREDICATES = {  # word or lemma -> the change it reports ("fell 17%" is a decline, "rose 3%" growth)
    "rise": "growth",
    "rose": "growth",
    "risen": "growth",
    "grow": "growth",
    "grew": "growth",
    "increase": "growth",
    "climb": "growth",
    "jump": "growth",
    "surge": "growth",
    "soar": "growth",
    "rally": "growth",
    "advance": "growth",
    "raise": "growth",
    "hike": "growth",
    "boost": "growth",
    "lift": "growth",
    "up": "growth",
    "growth": "growth",
    "rebound": "growth",
    "fall": "decline",
    "fell": "decline",
    "fallen": "decline",
    "drop": "decline",
    "decline": "decline",
    "decrease": "decline",
    "slump": "decline",
    "plunge": "decline",
    "plummet": "decline",
    "tumble": "decline",
    "sink": "decline",
    "sank": "decline",
    "slide": "decline",
    "slip": "decline",
    "lose": "decline",
    "lost": "decline",
    "shed": "decline",
    "cut": "decline",
    "lower": "decline",
    "reduce": "decline",
    "slash": "decline",
    "trim": "decline",
    "ease": "decline",
    "down": "decline",
    "crash": "decline",
    "dive": "decline",
    "nosedive": "decline",
    "retreat": "decline",
    "contract": "decline",
    "reduction": "decline",
    "loss": "decline",
    "tank": "decline",
    "expansion": "growth",
    "expand": "growth",
}
FIGURE_PREPOSITIONS = {  # word right before a figure -> what it makes of it
    "to": "level",  # "cut to 3.75%": the level reached
    "at": "level",
    "from": "left",  # "down from 4%": the level left
    "by": "change",  # "cut by 0.25 points": the change
    "with": "level",  # "the SPD, with 16.4%"
    "of": "link",  # the figure of the word before: "a rise of 3%" a change, "a high of 4%" a level
    "the": "skip",
    "a": "skip",
    "an": "skip",
    "only": "skip",
    "just": "skip",
}
AGE_CUES = ["aged", "at the age of", "age of", "turned", "turns", "turning", "celebrated his", "celebrated her"]
AGE_OPENERS = ["at"]  # "At 17 years, ...": an age where the word opens a clause
# words right before a number of years that make it someone's age wherever they stand ("aged 72"), and those
# that do so only between a name and its comma and the years ("Pelicot, 72"): frames.py
AGE_BEFORE_WORDS = ["aged", "ages", "ages of", "age of"]  # "aged 72", "ages 27 to 74", "between the ages of 27 and 74"
AGE_AFTER_NAME_WORDS = []  # see NO_ENTRIES
AGE_FOCUS_WORDS = ["only", "just", "barely"]  # 'Doué, just 19 years old'
AGE_PHRASE_OPENERS = []  # see NO_ENTRIES
SPAN_NOUNS = []  # see NO_ENTRIES

# political family key -> the names this language gives a party of that family, and the plural noun of its members
# ("Labour Party", "Labour", "the Tories"): reports of one election in different languages meet on them. A
# lowercase form is a party only after an article ("the conservatives"), not as an adjective
PARTY_FAMILIES = {
    "labour": ["Labour Party", "Labour", "Labourites"],
    "conservative": ["Conservative Party", "Conservatives", "Tory Party", "Tories", "Tory"],
    "liberal-democrat": ["Liberal Democrats", "Liberal Democrat Party", "Lib Dems"],
    "green": ["Green Party", "Greens"],
    "socialist": ["Socialist Party", "Socialists"],
    "social-democrat": ["Social Democratic Party", "Social Democrats"],
    "christian-democrat": ["Christian Democrats"],
    "communist": ["Communist Party", "Communists"],
    "republican": ["Republican Party", "Republicans"],
    "democrat": ["Democratic Party", "Democrats"],
}
# international organisations: language-independent key -> the names and acronyms this language uses
ORGANISATIONS = {
    "un": ["United Nations", "UN"],
    "who": ["World Health Organization", "World Health Organisation", "WHO"],
    "ecb": ["European Central Bank", "ECB"],
    "fed": ["Federal Reserve", "Fed"],
    "european-commission": ["European Commission"],
    "european-parliament": ["European Parliament"],
    "nato": ["NATO", "Nato", "North Atlantic Treaty Organization"],
    "imf": ["International Monetary Fund", "IMF"],
    "world-bank": ["World Bank"],
    "wto": ["World Trade Organization", "WTO"],
    "icc": ["International Criminal Court", "ICC"],
    "icj": ["International Court of Justice", "ICJ"],
    "ioc": ["International Olympic Committee", "IOC"],
    "iaea": ["International Atomic Energy Agency", "IAEA"],
    "opec": ["OPEC"],
    "oecd": ["OECD"],
    "esa": ["European Space Agency", "ESA"],
    "red-cross": ["Red Cross"],
    "unhcr": ["UNHCR", "UN Refugee Agency"],
    "cjeu": ["Court of Justice of the European Union", "European Court of Justice", "CJEU", "ECJ"],
    "echr": ["European Court of Human Rights", "ECHR"],
    "wha": ["World Health Assembly"],
    "un-security-council": ["UN Security Council", "Security Council"],
    "european-council": ["European Council"],
    "ipcc": ["Intergovernmental Panel on Climate Change", "IPCC"],
    "ilo": ["International Labour Organization", "ILO"],
    "wfp": ["World Food Programme", "WFP"],
    "iea": ["International Energy Agency", "IEA"],
}

# --- numbers: words, scales, qualifiers (read through lexicon.py) ---

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "a hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "a thousand": 1000,
}
NUMBER_WORD_SPELLINGS = {}  # see NO_ENTRIES
AMBIGUOUS_NUMBER_WORDS = {
    "one",
    "six",
    "ten",
}
# words right before or after "one" that make it a count of one, never an article ('only one person survived', 'one single passenger')
SOLE_WORDS = ["only", "just", "single", "sole"]
# a word right after a bracket that signs the change in it ("(minus 20)"): detect/bracket_changes.py
SIGN_WORDS = {"plus": 1, "minus": -1, "up": 1, "down": -1}
SCALE_WORDS = {
    "thousand": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
}
QUALIFIERS_BEFORE = {
    "over": "over",
    "more than": "over",
    "above": "over",
    "exceeding": "over",
    "in excess of": "over",
    "upwards of": "over",
    "north of": "over",
    "greater than": "over",
    "at least": "at_least",
    "no less than": "at_least",
    "a minimum of": "at_least",
    "nearly": "under_about",
    "almost": "under_about",
    "close to": "under_about",
    "just under": "under_about",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "approx.": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "circa": "about",
    "ca.": "about",
    "up to": "up_to",
    "as many as": "up_to",
    "as much as": "up_to",
    "a maximum of": "up_to",
    "at most": "up_to",
    "no more than": "up_to",
    "not more than": "up_to",
    "not less than": "at_least",
    "less than": "under",
    "under": "under",
    "below": "under",
    "fewer than": "under",
}
QUALIFIERS_AFTER = {
    "or more": "at_least",
    "plus": "at_least",
    "and up": "at_least",
    "or so": "about",
}
RANGE_OPENERS = [
    "between",
    "from",
]

# --- dates: months, weekdays, relative and partial dates (read through lexicon.py) ---

MONTHS = {
    1: ["january", "jan."],
    2: ["february", "feb."],
    3: ["march", "mar."],
    4: ["april", "apr."],
    5: ["may"],
    6: ["june", "jun."],
    7: ["july", "jul."],
    8: ["august", "aug."],
    9: ["september", "sept.", "sep."],
    10: ["october", "oct."],
    11: ["november", "nov."],
    12: ["december", "dec."],
}
WEEKDAYS = {
    0: ["monday"],
    1: ["tuesday"],
    2: ["wednesday"],
    3: ["thursday"],
    4: ["friday"],
    5: ["saturday"],
    6: ["sunday"],
}

# --- how dates are written around their numbers and names (read by dates.py) ---
DAY_SUFFIXES = ["st", "nd", "rd", "th"]
WEEKDAY_DAY_ARTICLES = ["the"]
DAY_MONTH_LINKS: list[str] = []
MONTH_YEAR_LINKS = ["of"]
MONTH_PAST_WORDS: list[str] = []
MONTH_NOUNS = ["month of"]
YEAR_NOUNS = ["year"]
YEAR_PART_ARTICLES = ["the"]
RANGE_JOINERS = ["to", "and"]
YEAR_END_WORDS = ["the end of"]
QUARTER_NOUNS = ["quarter"]
YEAR_LEADS = ["in", "year"]
WEEKDAY_LEADS = ["on", "this"]
WEEKDAY_PART_ENDINGS: list[str] = []  # see NO_ENTRIES
MONTH_LEADS = ["in", "since", "until", "early", "late", "mid-", "last", "next", "this"]
# date words that are dates only when capitalised ("May" the month, "may" the verb), with the weekdays
CAPITALISED_DATE_WORDS = ["may", "march", "august", *(w for forms in WEEKDAYS.values() for w in forms)]
RELATIVE_YEAR = {
    "last year": -1,
    "previous year": -1,
    "this year": 0,
    "next year": 1,
    "the current year": 0,
    "the year before last": -2,
    "the year after next": 2,
}
QUARTER_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
YEAR_PART = {
    "first_half": ["first half of", "the first half of", "h1"],
    "second_half": ["second half of", "the second half of", "h2"],
    "end": ["end of", "by the end of", "the end of", "late", "later"],
    "start": ["start of", "beginning of", "early", "earlier", "the start of"],
    "since_start": ["since the start of", "since the beginning of", "year to date", "so far this year"],
}
# a season is a part of a year (the three months it names); not "fall", as often a verb or a drop ("prices fall
# next year", "the last fall of the index")
SEASONS = {"spring": ["spring"], "summer": ["summer"], "autumn": ["autumn"], "winter": ["winter"]}
SINCE_START_OF_YEAR = [
    "year-to-date",
    "since january",
]
END_OF_YEAR = [
    "end of the year",
    "by year-end",
    "year-end",
]
RELATIVE_DAY = {
    "last night": -1,
    "this morning": 0,
    "tonight": 0,
    "yesterday": -1,
    "today": 0,
    "tomorrow": 1,
}
RELATIVE_WEEK = {
    "last week": -1,
    "this week": 0,
    "next week": 1,
    "earlier this week": 0,
}
YEAR_PREPS = {
    "before": "before",
    "prior to": "before",
    "after": "after",
    "since": "since",
    "by": "by",
    "until": "by",
    "till": "by",
    "through": "by",
    "no later than": "by",
}

# named days of the year (read by dates.py): phrase -> (month, day); days counted from Easter Sunday -> offset.
# Only days every country of the language keeps alike: no national day, no Thanksgiving
HOLIDAYS = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "all saints' day": (11, 1),
}
EASTER_HOLIDAYS = {
    "easter sunday": 0,
    "easter day": 0,
    "easter monday": 1,
    "good friday": -2,
    "maundy thursday": -3,
    "holy thursday": -3,
    "ascension day": 39,
    "whit monday": 50,
}
# words before a day number given without its month ("on the 4th, ..."): the month is the text's or the anchor's
# a third of a month ("Ende Oktober", "mid-March", "a finales de octubre"): days 1-10, 11-20, 21 to its end
MONTH_PARTS = {
    "start": ["early", "beginning of", "the beginning of", "start of", "the start of"],
    "middle": ["mid-", "mid", "middle of", "the middle of"],
    "end": ["late", "end of", "the end of"],
}
BARE_DAY_LEADS = ["on the"]

# numbers said without digits (numbers.py): a round count -> (low, high); low == high is "about" that figure,
# a plural is the span it allows ("dozens" of people are 20 to 99: seven is not dozens)
VAGUE_QUANTITIES = {
    "dozens": (20, 99),
    "hundreds": (200, 999),
    "thousands": (2000, 9999),
    "tens of thousands": (20000, 99999),
    "hundreds of thousands": (200000, 999999),
    "a dozen": (12, 12),
    "about a dozen": (12, 12),
    "some two dozen": (24, 24),
    "two dozen": (24, 24),
    "a hundred": (100, 100),
    "a thousand": (1000, 1000),
}

# --- money, counts and their slots (read through lexicon.py) ---

CURRENCY_NAMES = {
    "euros": "EUR",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "taiwan dollars": "TWD",
    "dollars": "$",
    "dollar": "$",
    "pounds": "GBP",
    "pound": "GBP",
    "pounds sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "ringgit": "MYR",
    "baht": "THB",
    "rupiah": "IDR",
    "pesos": "MXN",
    "reais": "BRL",
    "kronor": "SEK",
    "kroner": "NOK",
    "dirhams": "AED",
    "riyals": "SAR",
    "rupee": "INR",
    "crore rupees": "INR",
    "lakh rupees": "INR",
    "won": "KRW",
    "dong": "VND",
}
SCALED_ONLY_CURRENCY_NAMES = {
    "won",
}
# a word between an amount and its currency's name ("a million of dollars", "millions d'euros", "millones
# de dólares"); one ending in an apostrophe is elided and the name follows it directly
CURRENCY_NAME_LINKS = ["of"]
UNIT_NOUNS = {
    "jobs": ["jobs", "job", "positions", "roles", "posts", "vacancies"],
    "people": [
        "people",
        "persons",
        "staff",
        "employees",
        "workers",
        "engineers",
        "researchers",
        "scientists",
        "developers",
        "specialists",
        "experts",
        "professionals",
        "hires",
    ],
    "users": ["users", "active users", "weekly active users", "monthly active users", "subscribers"],
    "customers": ["customers", "clients"],
    "offices": ["offices", "branches"],
    "factories": ["factories", "plants", "fabs"],
    "labs": ["labs", "laboratories"],
    "areas": ["areas", "main areas", "focus areas", "pillars", "frameworks", "workstreams", "priorities"],
    "sectors": ["sectors", "industries"],
    "countries": ["countries"],
    "cities": ["cities"],
    "markets": ["markets"],
    "stores": ["stores", "shops"],
    "companies": ["companies", "startups", "start-ups", "firms"],
    "partners": ["partners", "partner"],
    "students": ["students"],
    "vehicles": ["vehicles", "cars"],
    "robots": ["robots"],
}
EMPLOYEE_NOUNS = {
    "staff",
    "employees",
    "workers",
}
HIRING_CUES = [
    "hire",
    "hiring",
    "hired",
    "recruit",
    "create",
    "creating",
    "created",
    "employ",
    "add",
]
MONEY_SLOTS = {
    "savings": ["save", "saving", "savings", "savings of"],
    "valuation.post_money": ["post-money", "post money", "postmoney"],
    "valuation.pre_money": ["pre-money", "pre money", "premoney"],
    "valuation": ["valuation", "valued at", "valuing", "value of", "worth"],
    "funding_round.amount": [
        "funding round",
        "financing round",
        "round",
        "series a",
        "series b",
        "series c",
        "series d",
        "series e",
        "seed",
        "raised",
        "raise",
        "raising",
        "raises",
    ],
    "investment.amount": [
        "invest",
        "investment",
        "investing",
        "injecting",
        "inject",
        "funding",
        "funded",
        "commit",
        "commitment",
        "commits",
        "pledge",
        "backed by",
        "contribut",
        "contribu",
        "spend",
        "allocat",
        "earmark",
    ],
    "revenue": ["revenue", "revenues", "sales", "turnover"],
    "profit": ["net profit", "profit", "earnings", "net income"],
    "loss": ["net loss", "loss", "losses"],
    "acquisition.price": ["acquir", "acquisition", "takeover", "buy", "bought", "deal", "transaction"],
    "ipo.amount": ["ipo", "listing"],
    "loan.amount": ["loan", "credit line"],
    "fund.size": ["fund"],
    "budget": ["budget", "budgets"],
    "cost": ["cost", "costs", "spent"],  # "spent $6m to train it"; "will spend" is an investment
    "fine": ["fine", "fined", "penalty", "penalties", "antitrust fine"],
    "salary": [
        "salary",
        "salaries",
        "wage",
        "wages",
        "annual pay",
        "pay packet",
    ],  # "pay" alone is the verb of any payment
    "price": ["price", "priced"],
    "transfer_fee": ["transfer fee", "transfer", "fee"],
    "bail": ["bail"],
    "damages": ["damages", "compensation"],
    "market_value": [
        "market value",
        "market cap",
        "market capitalisation",
        "market capitalization",
        "capitalisation",
        "capitalization",
        "in value",
        "in market value",
    ],
    "share_price": [
        "per share",
        "a share",
        "share price",
        "stock price",
        "closing price",
        "shares closed",
        "stock closed",
    ],
}
RESULT_VERBS = [
    "won",
    "winning",
    "took",
    "garnered",
    "secured",
]
PERCENT_SLOTS = {
    "stake.percent": ["stake", "share in", "holding"],
    "market_share.percent": ["market share"],
    "growth.percent": ["grew", "grow", "growth", "rose", "rise", "increase", "increased", "jump", "surge"],
    "decline.percent": ["fell", "fall", "drop", "decline", "decrease"],
    "unemployment.percent": ["unemployment"],
    "inflation.percent": ["inflation"],
    "interest_rate.percent": [
        "interest rate",
        "key rate",
        "benchmark rate",
        "benchmark lending rate",
        "lending rate",
        "policy rate",
        "base rate",
        "repo rate",
        "deposit rate",
        "deposit facility",
        "refinancing",
        "refinancing rate",
        "marginal lending",
        "mortgage rate",
        "yield",
    ],
    "margin.percent": ["margin"],
    "probability.percent": ["probability", "chance"],
    "approval.percent": ["approval"],
    "vote_share.percent": ["vote", "votes", "ballots"],
    "turnout.percent": ["turnout", "eligible voters", "registered voters", "went to the polls"],
    "efficacy.percent": ["efficacy", "effective"],
    "tariff.percent": ["tariff", "tariffs", "duty", "duties"],
}
# how much of an election's count was done when a figure was given: a phrase right before the percentage that says
# so ("after processing 100% of the protocols"), or a preposition right before it and a counting word in its clause
# after it ("with 99% of the votes counted", "with 100% of precincts reporting")
COUNTING_LEADS = ["after processing", "after counting"]
COUNTING_PREPOSITIONS = ["with", "after"]
COUNTING_WORDS = ["counted", "processed", "reporting", "tallied"]

# --- events, relations, roles and speech (read through lexicon.py) ---

EVENT_VERBS = {
    "open": "opening",
    "opens": "opening",
    "opened": "opening",
    "opening": "opening",
    "launch": "launch",
    "launches": "launch",
    "launched": "launch",
    "launching": "launch",
    "founded": "founded",
    "co-founded": "founded",
    "founding": "founded",
    "set up in": "founded",
    "announc*": "announcement",
    "statement": "announcement",
    "released": "announcement",
    "signed": "signing",
    "signs": "signing",
    "signing": "signing",
    "acquir*": "acquisition",
    "closed": "closing",
    "closes": "closing",
    "closing": "closing",
    "completed": "completion",
    "completion": "completion",
    "ipo": "ipo",
    "went public": "ipo",
    "election": "election",
    "elections": "election",
    "voted": "election",
    "vote": "election",
    "polls": "election",
    "verdict": "verdict",
    "sentenced": "verdict",
    "convicted": "verdict",
    "ruling": "verdict",
    "final": "match",
    "match": "match",
    "struck": "occurred",
    "hit": "occurred",
    "erupted": "occurred",
    "crashed": "occurred",
    "broke out": "occurred",
    "landed": "landing",
    "landing": "landing",
    "touchdown": "landing",
    "arrested": "arrest",
}
EVENT_OBJECTS = {
    "office": "office",
    "offices": "office",
    "headquarters": "headquarters",
    "hq": "headquarters",
    "lab": "lab",
    "labs": "lab",
    "laboratory": "lab",
    "laboratories": "lab",
    "factory": "factory",
    "plant": "factory",
    "fab": "factory",
    "store": "store",
    "shop": "store",
    "hub": "hub",
    "campus": "campus",
    "data center": "datacenter",
    "agreement": "agreement",
    "memorandum": "agreement",
    "deal": "agreement",
    "partnership": "partnership",
    "company": "company",
    "startup": "company",
    "product": "product",
    "model": "product",
    "service": "product",
    "program": "program",
    "programme": "program",
    "initiative": "program",
}
RELATION_CUES = {
    "partner": [
        "partnership with",
        "partnerships with",
        "partnering with",
        "partnering directly with",
        "partners with",
        "partnered with",
        "partner with",
        "in partnership with",
        "collaboration with",
        "collaborating with",
        "collaborate with",
        "alliance with",
        "memorandum of understanding with",
        "agreement with",
        "teamed up with",
        "teams up with",
        "joint venture with",
    ],
    "investor": ["backed by", "funded by", "investment from", "investors including", "investors such as"],
    # who leads a round: an investor only where the sentence gives an amount ("a $50m round led by X"; not "the
    # party, led by X")
    "lead_investor": ["led by"],
    "owner": ["owned by", "subsidiary of", "a unit of", "part of the"],
    "founded_by": [
        "founded by",
        "co-founded by",
        "set up by",
        "established by",
        "created by",
        "launched by",
        "started by",
    ],
    "hosted_at": ["hosted at", "hosted by", "based at", "housed at", "housed in"],
    "acquired": ["acquired", "acquires", "acquisition of", "takeover of", "buys", "bought"],
    "supports": [
        "support local initiatives like",
        "support initiatives such as",
        "support initiatives like",
        "support for",
        "supporting",
    ],
}
JOINT_CUES = [
    "joint statement",
    "joint announcement",
    "joint venture",
    "jointly",
]
FOUNDED_BY_BEFORE = []  # see NO_ENTRIES
ROLE_WORDS = {
    "ceo": "ceo",
    "chief executive": "ceo",
    "chief executive officer": "ceo",
    "chief": "ceo",
    "boss": "ceo",
    "cfo": "cfo",
    "chief financial officer": "cfo",
    "cto": "cto",
    "chief technology officer": "cto",
    "coo": "coo",
    "chief operating officer": "coo",
    "cro": "cro",
    "chief revenue officer": "cro",
    "cmo": "cmo",
    "chief marketing officer": "cmo",
    "cpo": "cpo",
    "chief product officer": "cpo",
    "chief scientist": "chief_scientist",
    "president": "president",
    "chairman": "chair",
    "chairwoman": "chair",
    "chair": "chair",
    "founder": "founder",
    "co-founder": "cofounder",
    "cofounder": "cofounder",
    "managing director": "managing_director",
    "director general": "director_general",
    "director-general": "director_general",
    "secretary-general": "secretary_general",
    "secretary general": "secretary_general",
    "director": "director",
    "head": "head",
    "head of": "head",
    "vice president": "vice_president",
    "senior vice president": "senior_vice_president",
    "executive vice president": "executive_vice_president",
    "general manager": "general_manager",
    "country manager": "country_manager",
    "minister": "minister",
    "prime minister": "prime_minister",
    "permanent secretary": "permanent_secretary",
    "secretary": "secretary",
    "spokesperson": "spokesperson",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "analyst": "analyst",
    "professor": "professor",
    "chief scientist officer": "chief_scientist",
    "judge": "judge",
    "presiding judge": "presiding_judge",
    "lawyer": "lawyer",
    "attorney": "lawyer",
    "prosecutor": "prosecutor",
    "coach": "coach",
    "manager": "coach",
    "head coach": "coach",
    "captain": "captain",
    "chancellor": "chancellor",
    "mayor": "mayor",
    "sheriff": "sheriff",
    "governor": "governor",
    "leader": "leader",
    "candidate": "candidate",
    "finance chief": "cfo",
}
FORMER_WORDS = [
    "former",
    "formerly",
    "ex-",
]
HONORIFICS = [
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "prof.",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
]
# words that attribute a quote: verbs of saying as a report writes them (past, present), and "according to"
SPEECH_VERBS = [
    "said",
    "says",
    "told",
    "added",
    "noted",
    "stated",
    "explained",
    "according to",
    "wrote",
    "writes",
    "announced",
    "declared",
    "insisted",
    "warned",
    "argued",
    "acknowledged",
    "admitted",
    "recalled",
    "stressed",
    "emphasised",
    "emphasized",
    "commented",
    "remarked",
    "observed",
    "claimed",
    "confirmed",
    "conceded",
    "continued",
    "replied",
    "responded",
    "asked",
    "promised",
    "urged",
    "cautioned",
    "tweeted",
    "posted",
    "told reporters",
    "pointed out",
    "adding",
    "saying",
    "telling reporters",
]
# the word a verb of saying introduces its quote with ("stressed that “…”")
SPEECH_THAT = ["that"]

# --- places, rankings, lists, changes and hedges (read through lexicon.py) ---

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
    "league",
    "cup",
    "championship",
]
# nouns that make a name a place ("Potomac River", "fleuve Potomac", "Wembley-Stadion", "estadio Wembley")
PLACE_NOUNS = [
    "river",
    "airport",
    "stadium",
    "bridge",
    "lake",
    "mountain",
    "volcano",
    "island",
    "bay",
    "port",
    "harbour",
    "harbor",
    "valley",
    "square",
    "street",
    "avenue",
    "park",
    "arena",
    "station",
    "prefecture",
    "province",
    "county",
    "region",
    "district",
    "peninsula",
    "sea",
    "ocean",
    "gulf",
    "coast",
    "dam",
    "canal",
    "highway",
    "motorway",
    "courthouse",
    "cathedral",
    "palace",
]
# nouns that say what a named organisation, product or vehicle is to the story, beside its name or inside it
# ("the airline PSA Airlines", "a Sikorsky H-60 helicopter", "Supreme Court") -> its concept
ORGANISATION_NOUNS = {
    "airline": "operator",
    "airlines": "operator",
    "airways": "operator",
    "carrier": "operator",
    "operator": "operator",
    "plane": "aircraft",
    "airplane": "aircraft",
    "aeroplane": "aircraft",
    "aircraft": "aircraft",
    "jet": "aircraft",
    "jetliner": "aircraft",
    "airliner": "aircraft",
    "helicopter": "aircraft",
    "chopper": "aircraft",
    "rocket": "vehicle",
    "spacecraft": "vehicle",
    "spaceship": "vehicle",
    "booster": "vehicle",
    "capsule": "vehicle",
    "vehicle": "vehicle",
    "ship": "vehicle",
    "vessel": "vehicle",
    "train": "vehicle",
    "submarine": "vehicle",
    "manufacturer": "manufacturer",
    "maker": "manufacturer",
    "planemaker": "manufacturer",
    "builder": "manufacturer",
    "investigators": "investigator",
    "court": "court",
    "jury": "court",
    "tribunal": "court",
    "agency": "agency",
    "authority": "agency",
    "board": "agency",
    "regulator": "agency",
    "watchdog": "agency",
    "service": "agency",
    "ministry": "agency",
    "department": "agency",
    "commission": "agency",
    "bureau": "agency",
    "company": "company",
    "firm": "company",
    "group": "company",
    "conglomerate": "company",
    "startup": "company",
    "subsidiary": "company",
    "retailer": "company",
    "lender": "company",
    "insurer": "company",
    "chipmaker": "company",
    "automaker": "company",
    "carmaker": "company",
    "drugmaker": "company",
    "club": "club",
    "union": "union",
    "party": "party",
    "journal": "publication",
    "newspaper": "publication",
    "magazine": "publication",
    "tabloid": "publication",
    "channel": "broadcaster",
    "broadcaster": "broadcaster",
    "network": "broadcaster",
    "chip": "product",
    "chips": "product",
    "processor": "product",
    "processors": "product",
    "software": "product",
    "supercomputer": "product",
    "smartphone": "product",
    "vaccine": "product",
    "satellite": "product",
    "telescope": "product",
    "institute": "institution",
    "institution": "institution",
    "university": "institution",
    "bank": "institution",
    "foundation": "institution",
    "academy": "institution",
    "museum": "institution",
    "hospital": "institution",
}
# words right before a name that say what it is to the story ("operated by") -> its concept
ORGANISATION_LEADS = {
    "operated by": "operator",
    "built by": "manufacturer",
    "made by": "manufacturer",
    "manufactured by": "manufacturer",
    "investigated by": "investigator",
    "investigation by": "investigator",
    "published in": "publication",
    "published in the journal": "publication",
}
OFFICE_NOUNS = [
    "office",
    "offices",
    "headquarters",
    "hq",
    "branch",
    "campus",
    "lab",
    "laboratory",
]
HUB_NOUNS = [
    "hub",
    "regional hub",
]
NEW_WORDS = [
    "new",
]
EXISTING_WORDS = [
    "existing",
    "current",
]
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
}
RANK_CATEGORIES = {
    "lab": "lab",
    "labs": "lab",
    "laboratory": "lab",
    "laboratories": "lab",
    "research lab": "lab",
    "office": "office",
    "offices": "office",
    "branch": "office",
    "headquarters": "headquarters",
    "hub": "hub",
    "factory": "factory",
    "plant": "factory",
    "store": "store",
    "data center": "datacenter",
    "campus": "campus",
    "facility": "facility",
    "center": "center",
    "centre": "center",
    "market": "market",
    "country": "country",
    "company": "company",
    "investment": "investment",
    "partnership": "partnership",
}
OUTSIDE_WORDS = [
    "outside of",
    "outside",
    "beyond",
]
SUCH_WORDS = [
    "such",
    "of its kind",
    "of their kind",
]
ONE_OF = [
    "one of",
]
INTERNATIONAL_WORDS = [
    "international",
]
LIST_NOUNS = {
    "sectors": "sectors",
    "sector": "sectors",
    "industries": "sectors",
    "priorities": "sectors",
    "national priorities": "sectors",
    "areas": "sectors",
    "fields": "sectors",
    "domains": "sectors",
    "verticals": "sectors",
    "cities": "locations",
    "locations": "locations",
    "sites": "locations",
    "countries": "countries",
    "markets": "markets",
    "offices": "locations",
}
LIST_INTRO = [
    "such as",
    "like",
    "including",
    "namely",
    "notably",
    "particularly",
    "especially",
    "in",
    "particularly in",
    "in the",
    "across",
]
LIST_ENDERS = [
    "as well as",
    "along with",
    "in addition to",
    "among others",
    "etc",
    "and more",
    "including",
]
ATTRIBUTION_VERBS = [
    "said",
    "says",
    "told",
    "added",
    "noted",
    "announced",
    "according to",
]
CHANGE_WORDS = {
    "doubled": ("up", 2.0),
    "doubling": ("up", 2.0),
    "tripled": ("up", 3.0),
    "quadrupled": ("up", 4.0),
    "halved": ("down", 0.5),
}
CHANGE_METRICS = {
    "users": "users",
    "user": "users",
    "customers": "customers",
    "revenue": "revenue",
    "sales": "revenue",
    "employees": "employees",
    "staff": "employees",
    "headcount": "employees",
    "valuation": "valuation",
    "price": "price",
    "profit": "profit",
    "aum": "assets",
    "assets": "assets",
    "market share": "market_share",
    "downloads": "downloads",
    "subscribers": "users",
    "shares": "shares",
    "share price": "shares",
    "stock": "shares",
    "stock price": "shares",
    "turnover": "revenue",
    "net income": "profit",
    "earnings": "profit",
    "workforce": "employees",
    "jobs": "employees",
    "capacity": "capacity",
    "production capacity": "capacity",
    "spending": "spending",
    "capital spending": "spending",
    "capex": "spending",
    "capital expenditure": "spending",
    "capital expenditures": "spending",
}
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
    "if",
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
]

# --- words too common to say what a text is about (clustering and copy detection skip them) ---

STOPWORDS = frozenset(
    """
a about above after again against all also although among an and another any are as at be because been
before being between both but by can could did do does doing down during each either even ever every
few for from further had has have having he her here hers him his how however i if in into is it its
itself just least less like made make many may might more most much must my near neither no nor not now
of off often on once one only onto or other others our out over own per perhaps rather said same says
see seen she should since so some such than that the their theirs them then there these they this
those though through thus to too toward towards under until up upon us very via was we were what when
where whether which while who whom whose why will with within without would yet you your new also
year years week weeks month months day days today yesterday tomorrow time times first second last next
""".split()
)

# --- names: function words, name connectors, organisation words (read through lexicon.py) ---

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
""".split()
)
NAME_CONNECTORS = {
    "of",
    "for",
    "and",
    "the",
}
NAME_AND = {
    "and",
}
ORG_WORDS = set(
    """
ministry department agency authority commission council committee office bureau board foundation
institute institution university college school academy bank fund group holdings
corporation company labs lab association federation
union organisation organization program programme initiative network alliance centre center society
government parliament court police service services
""".split()
)

# nouns that describe an actor by its kind ("chipmaker Nvidia", "striker Harry Kane"): before a name they are
# a description, not part of it; German compounds ending in one count too ("US-Chipriese", "Autobauer")
ACTOR_NOUNS = set(
    """
chipmaker automaker carmaker drugmaker planemaker company firm group giant conglomerate retailer startup
start-up lender insurer airline carrier broadcaster regulator watchdog rival producer
striker forward midfielder defender goalkeeper winger captain coach right-back left-back full-back centre-back
successor predecessor challenger opponent wife husband son daughter brother sister
""".split()
)
# endings of common nouns that no person's name has: a capitalised phrase with such a word is no person
# ('Digital Development', 'Präsidentschaft', 'Comisión de Inversión')
COMMON_NOUN_ENDINGS = [
    "tion",
    "tions",
    "sion",
    "sions",
    "ment",
    "ments",
    "ness",
    "ity",
    "ities",
    "ship",
    "ships",
    "ance",
    "ence",
    "ism",
    "ology",
    "ics",
]
NAME_ADJECTIVE_ENDINGS = []  # see NO_ENTRIES
INFINITIVE_ENDINGS = []  # see NO_ENTRIES
# whether the language writes every noun capitalised (a phrase of lowercase words alone holds no noun)
NOUNS_CAPITALISED = False
NOUN_DETERMINERS = set()  # see NO_ENTRIES

# a phrase a few words before a number that says what the number is (frames.py), where no noun after it does:
# "an absolute majority of 289", "the outright majority, which requires at least 289"
# what the figures of its clause count where nothing nearer says: "the death toll ... stood at 65"
FRAME_TOPICS = {
    "death toll": "deaths",
    "toll": "deaths",
    "number of dead": "deaths",
    "number of deaths": "deaths",
    "number of people killed": "deaths",
    "number of injured": "injured",
    "number of missing": "missing",
    "number of fatalities": "deaths",
    "number of victims": "deaths",
    "death count": "deaths",
    "number of people injured": "injured",
}
COUNT_LEADS = ["number of", "count of"]
FRAME_LEADS = {
    "absolute majority": "majority",
    "outright majority": "majority",
    "overall majority": "majority",
    "majority threshold": "majority",
    "crowd of": "attendance",
    "attendance of": "attendance",
    "attendance:": "attendance",
    "crowd:": "attendance",
}

# --- conversions and abbreviations (read by money.py and segment.py) ---

CONVERSION_WORDS = [
    "or",
    "i.e.",
    "that is",
    "equivalent to",
    "the equivalent of",
]
ORDINAL_DOT_LEADS = []  # see NO_ENTRIES
ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sr",
    "jr",
    "st",
    "mt",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "approx",
    "no",
    "nos",
    "fig",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "ca",
    "gen",
    "gov",
    "sen",
    "rep",
    "rev",
    "ph.d",
    "a.m",
    "p.m",
    "p",
    "pp",
    "vol",
    "ed",
}

# --- function words that tie a figure to its subject (read by context.py) ---

DEMONSTRATIVES = [
    "this",
    "these",
    "that",
]
RELATIVE_PRONOUNS = [
    "which",
    "that",
]
PREPOSITIONS = [
    "with",
    "to",
    "of",
    "for",
    "by",
    "in",
    "at",
    "from",
    "into",
    "on",
    "about",
    "like",
    "than",
    "between",
]

# fractions said in words (detect/fractions.py): phrase -> the share it is ("two thirds of the seats" is about 66.7%)
FRACTIONS = {
    "half of": 1 / 2,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "one-third": 1 / 3,
    "two thirds": 2 / 3,
    "two-thirds": 2 / 3,
    "a quarter of": 1 / 4,
    "one quarter": 1 / 4,
    "three quarters": 3 / 4,
    "three-quarters": 3 / 4,
    "a fifth": 1 / 5,
    "one fifth": 1 / 5,
}
RATIO_JOINERS = ["in", "out of"]
RATIO_ORDINAL_LEADS = ["every"]


# words the detectors' patterns are built from (detect/)
# a percentage said in words after its figure (the sign % is the same in every language)
PERCENT_WORDS = ["percent", "per cent", "pct", "pct."]
# how an ordinal is written in digits: the suffix after the figure ("15th", "15.", "15e", "15º")
ORDINAL_SUFFIXES = ["st", "nd", "rd", "th"]
ARTICLE_CONTRACTIONS = []  # see NO_ENTRIES
# the preposition that names the agent of a passive ("founded by")
AGENT_PREPOSITIONS = ["by"]
# prepositions that place something in a city or country ("an office in Paris")
LOCATIVE_PREPOSITIONS = ["in"]
# auxiliary verbs: a number before one counts nothing it names ("39 were in Wajima")
AUXILIARY_VERBS = ["is", "are", "was", "were", "been", "has", "have", "had", "will", "would"]
# prepositions that also say to whom ("paid to X", "versé à X"): a name of two words after one is a person
DATIVE_PREPOSITIONS = ["to"]
# "and" between the items of an enumeration or a list
AND_WORDS = ["and"]
# after a unit of time: half of it more ("two years and a half", "deux ans et demi", "dos años y medio")
HALF_AFTER = ["and a half"]
# right after a number: half of one more ("two and a half years", "a six-and-a-half-year sentence")
HALF_AFTER_NUMBER = ["and a half"]
# "or" between the items of a list
OR_WORDS = ["or"]
# the minute of a match, after its ordinal or before its number ("74th minute", "minuto 74")
MINUTE_NOUNS = ["minute"]
# minutes counted ("after 74 minutes")
MINUTES_NOUNS = ["minutes"]
# words before a count of minutes that make it the time of a match event ("after 74 minutes")
MINUTES_LEADS = ["after", "on"]
# words before an ordinal alone that make it the minute of a match event ("in the 83rd with a strike", "à 88e.")
ORDINAL_MINUTE_LEADS = ["in the", "at the"]
BARE_MINUTE_LEADS = []  # see NO_ENTRIES
# words after a count of minutes that set a match event that many minutes after (1) or before (-1) the one told
# before it ("Six minutes later, Adeyemi ...", "adding the second eight minutes later"), and the words after them that
# name what they are counted from instead ("later than", "earlier than"): detect/match_minutes.py
MINUTES_LATER = {"later": 1, "earlier": -1}
MINUTES_LATER_FROM = ["than"]
# words after a count of minutes that make it the time left in a match ("four minutes from time"): its minute
# is the regular time less that count
MINUTES_FROM_END = [
    "from time",
    "from the end",
    "before the end",
    "before the final whistle",
    "from full time",
    "from full-time",
]
# a superlative or a first said to stand in all history: its opening words and the words of all history
# ("the first American pontiff in history", "der höchste Endspielerfolg ... überhaupt"): detect/records.py
# alert levels told by colour: the colour -> its level (green 1 .. red 4), and the nouns of an alert ("red alert",
# "alerte rouge", "Warnstufe Rot", "aviso rojo"): detect/alerts.py
ALERT_COLOURS = {"red": 4, "amber": 3, "orange": 3, "yellow": 2, "green": 1}
ALERT_NOUNS = ["alert", "alerts", "warning", "warnings"]
# a level of a scale: the noun before its number ("category 5", "Kategorie 4", "intensité de « 7 »") and the scale
# named after it ("registered 7, the highest level on the Japanese intensity scale")
SCALE_LEVEL_NOUNS = ["category", "level", "intensity"]
LEVEL_SCALE_NOUNS = ["scale"]
LEVEL_SCALE_LEADS = ["on the", "on a", "on its"]
RECORD_OPENERS = [
    "first",
    "biggest",
    "largest",
    "highest",
    "worst",
    "deadliest",
    "longest",
    "greatest",
    "most",
    "fastest",
    "lowest",
    "strongest",
    "costliest",
    "best",
    "heaviest",
    "hottest",
]
RECORD_SCOPES = ["in history", "ever", "of all time", "on record", "in its history", "in the history of"]
# words of a kind a first names ("the first commercial spacewalk"): a first of its kind, a record
RECORD_KINDS = ["private", "privately", "commercial", "civilian", "female", "woman", "black"]
DURATION_ADJECTIVES = {}  # see NO_ENTRIES
# a duration told with no figure (detect/wordless_durations.py): the article that is "one" before a unit of time
# ("for a decade", "for more than a year"), the words of a few with the span they allow ("a few minutes"), and the
# words right before either that make it a span of time, not a point in time ("a year ago") or a rate ("$10 a year")
DURATION_ARTICLES = ["a", "an"]
FEW_WORDS = {"a few": (2, 9), "several": (2, 9)}
SPAN_LEADS = ["for", "during", "spending", "spent", "spend", "spends", "lasted", "lasting", "lasts"]
# words before hours and minutes as a clock writes them that make them a span of time ("Pendant 5h29 de jeu");
# no "since": "seit 17:30" is a time of day
CLOCK_SPAN_LEADS = ["during", "lasting", "lasted", "lasts"]
# the word between a part and its whole ("410 of the 650 seats", "411 sièges sur les 650")
OUT_OF_WORDS = ["of", "out of"]
# words after a figure and its comma that tell an earlier level of it ("9,000 jobs, up from 7,500"): detect/elided.py
EARLIER_LEVEL_LEADS = ["up from", "down from", "compared with", "compared to"]
# a part of the figure before it told by a relative pronoun, before the part's number ("18 residents, of whom six
# were alternates", "112,000 fans, including 34,128 in Bern") or after it ("four years in prison, two of which
# suspended"): read by detect/elided.py
PART_LEADS = ["of whom", "of which", "among whom", "among them", "including"]
PART_TAILS = ["of whom", "of which", "of them"]
# words between the two figures of a range ("five to ten", "between 5 and 10", "5 or 6"); after "and"/"or"
# it is a range only where a range opener comes before (numbers.py)
NUMBER_RANGE_JOINERS = ["to", "and", "or"]
# the start of every word for a dollar: a text without one (nor "$", nor a dollar code) names no dollar (money.py)
DOLLAR_STEMS = ["dollar"]
# "while" between two clauses: a predicate across it more likely belongs to the next figure (frames.py)
WHILE_WORDS = ["while"]
VERB_FINAL_AUXILIARIES: list[str] = []  # see NO_ENTRIES
# the definite article in its nominative forms: a list's first item loses it ("the automotive sector", "die Autoindustrie")
DEFINITE_ARTICLES = ["the"]
# "of" and its contracted or genitive forms between a noun and what it belongs to ("chief of staff",
# "Chef der Bank", "directeur d'usine", "jefe del Gobierno")
OF_WORDS = ["of"]
# the definite article in every form, elided ones with their apostrophe: skipped before a noun by detect/
# ("at the summit", "bei dem Gipfel", "lors de l'assemblée", "para los trabajadores")
ARTICLES = ["the"]
# possessive determiners: with an article they open the noun phrase a relative clause is about (context.py)
POSSESSIVES = ["its", "their", "our", "his", "her"]
# the ending that makes a name its owner ("Kenya's central bank")
POSSESSIVE_ENDINGS = ["'s"]
# a word after an hour that makes it a time of day -> hours it adds ("5 p.m." is 17:00, "17 Uhr", "17h")
CLOCK_WORDS = {"a.m.": 0, "am": 0, "p.m.": 12, "pm": 12}
# a time zone after a time of day, lowercase ("04:09 UTC", "14.45 MEZ", "(hora local)") -> minutes from UTC,
# the IANA zone (summer time counted on the article's day), or "local" (the place's own time, zone unknown)
TIME_ZONES = {
    "utc": 0,
    "gmt": 0,
    "cet": 60,
    "cest": 120,
    "bst": 60,
    "edt": -240,
    "est": -300,
    "cdt": -300,
    "cst": -360,
    "mdt": -360,
    "mst": -420,
    "pdt": -420,
    "pst": -480,
    "et": "America/New_York",
    "ct": "America/Chicago",
    "pt": "America/Los_Angeles",
    "eastern time": "America/New_York",
    "local time": "local",
}
# the word for an hour after a whole hour ("18 Uhr", "21 heures") -> whether it is a time of day only after a
# word of CLOCK_LEADS ("à 21 heures"; "21 heures de vol" is a duration)
CLOCK_HOUR_NOUNS = {"o'clock": False}
# words right before a time of day -> the minutes before and after it they allow ("at" 0, 0; "gegen" -15, 15;
# "shortly after" 0, 20)
CLOCK_LEADS = {
    "at": (0, 0),
    "around": (-15, 15),
    "about": (-15, 15),
    "shortly after": (0, 20),
    "just after": (0, 20),
    "shortly before": (-20, 0),
    "just before": (-20, 0),
}
# words before an event's name that place something at it ("at the summit", "beim Gipfel", "lors du salon")
EVENT_PREPOSITIONS = ["at", "on the sidelines of", "during"]
# "for": the figure after it is one an actor got ("38% for the SPD", "28 % pour le RN")
FOR_WORDS = ["for"]
# words between a role and the organisation it is held at ("CEO at OpenAI", "Chef bei Asana", "PDG de X")
EMPLOYER_PREPOSITIONS = ["at", "of", "for"]
# role words that are a role only capitalised or with "of" after them ("Chief", "head of"; not "the boss")
BARE_ROLE_WORDS = ["chief", "head", "chair", "director", "secretary", "boss"]
# the word between a number word or scale and the noun it counts ("hundreds of flights", "un millier de membres",
# "una docena de países", "Hunderte von Flügen"); one ending in an apostrophe is elided and the noun follows it directly
QUANTITY_NOUN_LINKS = ["of"]
# prepositions before a name that make it qualify the actor before it ("the SPD of Olaf Scholz", "led by Merz",
# "premier groupe au Bundestag"): that name is not who a result belongs to
QUALIFYING_PREPOSITIONS = ["of", "by", "in", "at", "under"]
# the words before the next name of a ranking ("followed by the Socialist Party with 28.7%"): a preposition
# in them opens the actor of the figure after, no name that qualifies the one before
NEXT_IN_RANKING = ["followed by"]
# open role titles: first word(s) -> closing word, with one or two words between ("chief financial officer" -> cfo,
# the initials of its words); with no closing word, the title is its words ("head of state", "head of communications")
ROLE_FRAMES = {"chief": "officer", "head of": ""}
# words that make an ordinal a rank by size or worth ("the second-largest city", "la deuxième plus grande ville",
# "le troisième groupe le plus important", "el cuarto mayor fabricante"), read by detect/rankings.py
SUPERLATIVE_WORDS = [
    "largest",
    "biggest",
    "most",
    "highest",
    "busiest",
    "richest",
    "best-selling",
    "most valuable",
    "oldest",
]
# the whole an ordinal ranks in, after its noun ("la deuxième ville du pays", "the third company in the world")
RANK_SCOPE_WORDS = [
    "in the world",
    "of the world",
    "worldwide",
    "globally",
    "of the country",
    "in the country",
    "in history",
]
# nouns a rank's number follows ("auf Platz drei", "en el puesto 3")
RANK_NOUNS = []  # see NO_ENTRIES
# the word for "number" before a rank's figure ("world number one", "world No. 2") (detect/rankings.py)
RANK_NUMBER_WORDS = ["number", "no.", "no"]
# words before it that make the rank one in the world ("world number one"), and after it ("number one in the world")
WORLD_RANK_BEFORE = ["world", "world's"]
WORLD_RANK_AFTER = ["in the world", "in the world rankings"]
# the word of the world ranking an ordinal is glued to ("Weltranglisten-Erste")
WORLD_RANK_COMPOUNDS = []  # see NO_ENTRIES
# a sentence for life, told with no figure (detect/life_sentences.py)
LIFE_SENTENCE_WORDS = [
    "life imprisonment",
    "life in prison",
    "life behind bars",
    "life sentence",
    "life sentences",
    "sentenced to life",
    "life term",
    "whole-life order",
]
# the words that tell a prison term is suspended, after it ("18 months suspended", "an 18-month suspended sentence")
# or right before it ("a suspended sentence of 18 months"): a sentence of its own (detect/suspended_sentences.py)
SUSPENDED_SENTENCE_WORDS = ["suspended", "suspended sentence", "suspended prison sentence", "suspended jail term"]
# words in a figure's sentence that tell when in its count the report gives it (explain.py): as the newest count of a
# figure that changes ("the toll has risen to 95", "the latest toll", "as of Tuesday evening"), as a count not yet
# final ("provisional results", "so far", "with 95% of votes counted") or as the final one ("the official result")
REPORT_TIME_WORDS = {
    "latest": "latest",
    "rose to": "latest",
    "risen to": "latest",
    "has risen": "latest",
    "climbed to": "latest",
    "has climbed": "latest",
    "jumped to": "latest",
    "raised the toll": "latest",
    "raised the death toll": "latest",
    "updated": "latest",
    "new toll": "latest",
    "as of": "latest",
    "now stands": "latest",
    "provisional": "provisional",
    "preliminary": "provisional",
    "partial results": "provisional",
    "partial count": "provisional",
    "so far": "provisional",
    "initial": "provisional",
    "first count": "provisional",
    "early count": "provisional",
    "final result": "final",
    "final results": "final",
    "official result": "final",
    "official results": "final",
    "final count": "final",
    "final tally": "final",
    "final toll": "final",
    "definitive": "final",
}
