"""English. Table meanings: see ``verification/engine/lang/__init__.py``."""

CONCEPT_LABELS = {
    "things": "Number",
    "times": "Times", "ordinal": "Rank in a series",
    "defendants": "Defendants", "match_minute": "Minute",
    "rate_change": "Rate change",
    # disasters and accidents
    "deaths": "Deaths", "injured": "Injured", "missing": "Missing", "displaced": "Displaced",
    "evacuated": "Evacuated", "rescued": "Rescued", "affected": "People affected", "homeless": "Left homeless",
    "hospitalised": "In hospital", "survivors": "Survivors", "magnitude": "Magnitude", "depth": "Depth",
    "buildings_damaged": "Buildings damaged", "buildings_destroyed": "Buildings destroyed",
    "area_burned": "Area burned", "passengers": "People on board", "aftershocks": "Aftershocks",
    # elections and politics
    "seats": "Seats won", "votes": "Votes", "vote_share": "Vote share", "turnout": "Turnout",
    "majority": "Seats for a majority", "approval": "Approval", "voters": "Registered voters",
    # sport
    "score": "Score", "goals": "Goals", "points": "Points", "transfer_fee": "Transfer fee",
    "contract_length": "Contract length", "wins": "Wins", "medals": "Medals", "titles": "Titles",
    "appearances": "Appearances", "attendance": "Attendance", "race_time": "Time",
    # business and markets
    "investment": "Investment", "funding_round": "Funding round", "valuation": "Valuation",
    "valuation.pre_money": "Pre-money valuation", "valuation.post_money": "Post-money valuation",
    "revenue": "Revenue", "profit": "Profit", "loss": "Loss", "price": "Price", "acquisition.price": "Acquisition price",
    "acquisition": "Acquisition", "ipo": "Stock market listing", "loan": "Loan", "fund": "Fund size",
    "fund.size": "Fund size", "budget": "Budget", "cost": "Cost", "fine": "Fine", "salary": "Salary", "jobs": "Jobs",
    "job_cuts": "Job cuts", "interest_rate": "Interest rate", "inflation": "Inflation",
    "unemployment": "Unemployment rate", "growth": "Growth", "decline": "Decline", "stake": "Stake",
    "market_share": "Market share", "share_price": "Share price", "market_value": "Market value",
    "shares": "Shares", "tariff": "Tariff", "margin": "Margin", "probability": "Probability",
    "users": "Users", "customers": "Customers", "people": "People", "employees": "Employees",
    "offices": "Offices", "factories": "Factories", "labs": "Laboratories", "areas": "Areas", "sectors": "Sectors",
    "countries": "Countries", "cities": "Cities", "markets": "Markets", "stores": "Stores",
    "companies": "Companies", "partners": "Partners", "students": "Students", "vehicles": "Vehicles",
    "robots": "Robots", "units_sold": "Units sold", "deliveries": "Deliveries", "damages": "Damages",
    # science, space, health, technology
    "distance": "Distance", "altitude": "Altitude", "duration": "Duration", "speed": "Speed",
    "temperature": "Temperature", "mass": "Mass", "length": "Length", "area": "Area", "power": "Power",
    "volume": "Volume", "crew": "Crew", "satellites": "Satellites", "cases": "Cases", "patients": "Patients",
    "vaccinated": "Vaccinated", "efficacy": "Efficacy", "participants": "Participants", "infections": "Infections",
    "downloads": "Downloads", "devices": "Devices", "accounts": "Accounts affected", "records": "Records",
    "age": "Age",
    # crime and courts
    "sentence": "Sentence", "bail": "Bail", "charges": "Charges", "victims": "Victims", "suspects": "Suspects",
    "arrested": "Arrests", "convicted": "Convicted",
    # other kinds of claim
    "founded": "Founding date", "founded_by": "Founders", "announcement": "Announcement date",
    "partnership": "Partner", "investor": "Investors", "owner": "Owner", "hosted_at": "Hosted at",
    "support": "Supported initiatives", "role": "Role", "role.former": "Former role", "appointment": "Appointment",
    "quote": "Quote", "event": "Event", "hub": "Regional hub", "locations": "Locations",
    "office.locations": "Office locations", "office.locations.new": "New office locations",
    "office.locations.existing": "Existing office locations", "ranking": "Ranking", "change": "Change",
    "time": "Time of day", "date": "Date", "record": "Record",
}
EVENT_LABELS = {
    "since": "Last time before",
    "event": "Date of the event",
    "opening": "Opening date", "launch": "Launch date", "founded": "Founding date", "announcement": "Announcement date",
    "signing": "Signing date", "acquisition": "Acquisition date", "closing": "Closing date",
    "completion": "Completion date", "ipo": "Listing date", "change": "Change", "ranking": "Ranking",
    "occurred": "Date", "election": "Election date", "verdict": "Verdict date", "arrest": "Arrest date",
    "landing": "Landing date", "match": "Match date", "start": "Start date", "end": "End date",
    "deadline": "Deadline", "date": "Date",
}
OBJECT_LABELS = {
    "office": "office", "headquarters": "headquarters", "lab": "laboratory", "factory": "factory", "store": "store",
    "hub": "hub", "campus": "campus", "datacenter": "data centre", "agreement": "agreement",
    "partnership": "partnership", "company": "company", "product": "product", "program": "programme",
    "facility": "facility", "center": "centre", "market": "market", "country": "country", "investment": "investment",
    "users": "users", "customers": "customers", "revenue": "revenue", "employees": "workforce",
    "valuation": "valuation", "price": "price", "profit": "profit", "assets": "assets",
    "market_share": "market share", "downloads": "downloads", "mission": "mission", "election": "election",
    "trial": "trial", "season": "season",
}
LABEL_TEMPLATE = "{event} ({object})"

FRAME_NOUNS = {
    "deputies": "seats", "lawmakers": "seats", "mps": "seats", "mandates": "seats",
    "time": "times", "times": "times",
    "defendant": "defendants", "defendants": "defendants", "co-defendants": "defendants", "accused": "defendants",
    "dead": "deaths", "death": "deaths", "deaths": "deaths", "fatality": "deaths", "fatalities": "deaths",
    "victim": "victims", "victims": "victims", "casualty": "deaths", "body": "deaths", "bodies": "deaths",
    "injury": "injured", "injuries": "injured", "injured": "injured", "wounded": "injured",
    "missing": "missing", "evacuee": "evacuated", "evacuees": "evacuated", "survivor": "survivors",
    "survivors": "survivors", "homeless": "homeless", "refugee": "displaced", "refugees": "displaced",
    "aftershock": "aftershocks", "aftershocks": "aftershocks", "home": "buildings_damaged",
    "homes": "buildings_damaged", "house": "buildings_damaged", "houses": "buildings_damaged",
    "building": "buildings_damaged", "buildings": "buildings_damaged", "passenger": "passengers",
    "passengers": "passengers", "crew member": "crew", "crew members": "crew", "astronaut": "crew",
    "astronauts": "crew", "seat": "seats", "seats": "seats", "vote": "votes", "votes": "votes",
    "ballot": "votes", "ballots": "votes", "voter": "voters", "voters": "voters", "goal": "goals", "goals": "goals",
    "point": "points", "points": "points", "win": "wins", "wins": "wins", "victory": "wins", "victories": "wins",
    "medal": "medals", "medals": "medals", "title": "titles", "titles": "titles", "trophy": "titles",
    "trophies": "titles", "appearance": "appearances", "appearances": "appearances", "spectator": "attendance",
    "spectators": "attendance", "fan": "attendance", "fans": "attendance", "case": "cases", "cases": "cases",
    "patient": "patients", "patients": "patients", "infection": "infections", "infections": "infections",
    "participant": "participants", "participants": "participants", "volunteers": "participants",
    "download": "downloads", "downloads": "downloads", "device": "devices", "devices": "devices",
    "account": "accounts", "accounts": "accounts", "record": "records", "records": "records",
    "satellite": "satellites", "satellites": "satellites", "charge": "charges", "charges": "charges",
    "count": "charges", "counts": "charges", "suspect": "suspects", "suspects": "suspects", "arrest": "arrested",
    "arrests": "arrested", "unit": "units_sold", "units": "units_sold", "delivery": "deliveries",
    "deliveries": "deliveries", "share": "shares", "shares": "shares", "job": "jobs", "jobs": "jobs",
    "job cut": "job_cuts", "job cuts": "job_cuts", "layoff": "job_cuts", "layoffs": "job_cuts",
    "redundancy": "job_cuts", "redundancies": "job_cuts", "user": "users", "users": "users",
    "customer": "customers", "customers": "customers", "subscriber": "users", "subscribers": "users",
    "employee": "employees", "employees": "employees", "student": "students", "students": "students",
}
FRAME_PREDICATES = {
    "kill": "deaths", "killed": "deaths", "killing": "deaths", "die": "deaths", "died": "deaths", "dead": "deaths",
    "dying": "deaths", "perish": "deaths", "perished": "deaths", "death toll": "deaths", "toll": "deaths",
    "lost their lives": "deaths", "claimed the lives": "deaths", "injure": "injured", "injured": "injured",
    "injuring": "injured", "wounded": "injured", "wounding": "injured", "hurt": "injured", "missing": "missing",
    "unaccounted": "missing", "evacuate": "evacuated", "evacuated": "evacuated", "evacuating": "evacuated",
    "displace": "displaced", "displaced": "displaced", "flee": "displaced", "fled": "displaced",
    "rescue": "rescued", "rescued": "rescued", "affect": "affected", "affected": "affected",
    "hospitalised": "hospitalised", "hospitalized": "hospitalised", "in hospital": "hospitalised",
    "treated": "hospitalised", "arrest": "arrested", "arrested": "arrested", "detained": "arrested",
    "convicted": "convicted", "charged": "charges", "survived": "survivors", "on board": "passengers",
    "aboard": "passengers", "carrying": "passengers", "lay off": "job_cuts", "laid off": "job_cuts",
    "cut": "job_cuts", "cutting": "job_cuts", "shed": "job_cuts", "slash": "job_cuts", "eliminate": "job_cuts",
    "destroyed": "buildings_destroyed", "damaged": "buildings_damaged", "infected": "infections",
    "vaccinated": "vaccinated", "attended": "attendance", "watched": "attendance",
}
PERSON_NOUNS = [
    "people", "persons", "person", "individuals", "residents", "civilians", "children", "adults", "villagers",
    "inhabitants", "men", "women", "migrants", "tourists", "workers", "miners", "soldiers", "officers",
    "firefighters", "students", "pilgrims", "others", "citizens", "families", "households", "minors",
]
MEASURE_UNITS = {
    "basis points": ("rate_change", 0.01), "percentage points": ("rate_change", 1.0),
    "km": ("length", 1000.0), "kilometres": ("length", 1000.0), "kilometers": ("length", 1000.0),
    "kilometre": ("length", 1000.0), "kilometer": ("length", 1000.0), "miles": ("length", 1609.34),
    "mile": ("length", 1609.34), "metres": ("length", 1.0), "meters": ("length", 1.0), "metre": ("length", 1.0),
    "meter": ("length", 1.0), "feet": ("length", 0.3048), "ft": ("length", 0.3048),
    "cm": ("length", 0.01), "centimetres": ("length", 0.01), "centimeters": ("length", 0.01), "mm": ("length", 0.001),
    "millimetres": ("length", 0.001), "millimeters": ("length", 0.001), "inches": ("length", 0.0254),
    "years": ("duration", 365.25), "year": ("duration", 365.25), "months": ("duration", 30.44),
    "month": ("duration", 30.44), "weeks": ("duration", 7.0), "week": ("duration", 7.0), "days": ("duration", 1.0),
    "day": ("duration", 1.0), "hours": ("duration", 1 / 24), "hour": ("duration", 1 / 24),
    "minutes": ("duration", 1 / 1440), "minute": ("duration", 1 / 1440), "seconds": ("duration", 1 / 86400),
    "tonnes": ("mass", 1000.0), "tons": ("mass", 1000.0), "tonne": ("mass", 1000.0), "kg": ("mass", 1.0),
    "kilograms": ("mass", 1.0), "kilogrammes": ("mass", 1.0), "pounds": ("mass", 0.4536), "lbs": ("mass", 0.4536),
    "km/h": ("speed", 1.0), "kph": ("speed", 1.0), "mph": ("speed", 1.609), "knots": ("speed", 1.852),
    "hectares": ("area", 0.01), "hectare": ("area", 0.01), "acres": ("area", 0.004047), "km2": ("area", 1.0),
    "km²": ("area", 1.0), "square kilometres": ("area", 1.0), "square kilometers": ("area", 1.0),
    "square miles": ("area", 2.59), "mw": ("power", 1.0), "megawatts": ("power", 1.0), "gw": ("power", 1000.0),
    "gigawatts": ("power", 1000.0), "°c": ("temperature", 1.0), "degrees celsius": ("temperature", 1.0),
    "degrees": ("temperature", 1.0), "°f": ("temperature_f", 1.0), "litres": ("volume", 1.0),
    "liters": ("volume", 1.0), "barrels": ("volume", 159.0), "cubic metres": ("volume", 1000.0),
    "cubic meters": ("volume", 1000.0), "years old": ("age", 1.0), "year-old": ("age", 1.0),
    "-year-old": ("age", 1.0),
}
MEASURE_CUES = {
    "sentenced": "sentence", "sentence": "sentence", "prison": "sentence", "jail": "sentence", "jailed": "sentence",
    "imprisonment": "sentence", "behind bars": "sentence", "contract": "contract_length",
    "extension": "contract_length", "magnitude": "magnitude", "richter": "magnitude",
    "depth": "depth", "deep": "depth", "below the surface": "depth", "distance": "distance",
    "altitude": "altitude", "orbit": "altitude",
    "wind": "speed", "winds": "speed", "gusts": "speed", "speed": "speed", "burned": "area_burned",
    "burnt": "area_burned", "scorched": "area_burned", "charred": "area_burned", "temperature": "temperature",
    "temperatures": "temperature", "lasted": "duration", "capacity": "power",
    "aged": "age", "age": "age",
}
CUMULATIVE_WORDS = ["in total", "total", "totalling", "totaling", "overall", "so far", "to date", "since its founding",
                    "since it was founded", "since launch", "altogether", "all told", "cumulative", "combined"]
PREVIOUS_WORDS = ["previous", "previously", "prior", "earlier", "last round", "former", "before that",
                  "initially", "initial", "originally", "first reported", "up from"]
ADDITION_WORDS = ["additional", "another", "a further", "further", "extra", "more", "new", "on top of"]
APPOINTMENT_CUES = ["appointed", "named", "appoints", "names", "has hired", "hired", "promoted", "takes over as",
                    "will become", "becomes", "succeeds", "replaces", "tapped", "elected", "nominated"]
SCORE_CUES = ["beat", "beats", "defeated", "defeat", "won", "win", "lost", "loss", "drew", "draw", "victory", "match", "game", "final", "semi-final", "quarter-final", "leg", "scoreline", "thrashed", "edged"]
# relative dates (dates.py): month offsets, weekday directions, "N units ago"
RELATIVE_MONTH = {"last month": -1, "previous month": -1, "this month": 0, "earlier this month": 0,
                  "later this month": 0, "next month": 1, "the coming month": 1}
WEEKDAY_DIRECTION = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this coming": 1}
AGO_WORDS = {"ago": "after"}
TIME_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
              "year": "year", "years": "year"}
COMPARISON_WORDS = ["compared to", "compared with", "than in", "than", "versus", "vs", "from", "up from", "down from", "since"]
