"""Español. Table meanings: see ``verification/engine/lang/__init__.py``."""

# tables this language has no words for, and why (the every-language test asks for the reason)
NO_ENTRIES = {
    "ATTRIBUTION_POSTPOSITIONS": "the source follows its link ('según la NASA'): no postposition",
    "WORLD_RANK_BEFORE": "the world follows the rank ('número uno del mundo')",
    "WORLD_RANK_COMPOUNDS": "the ordinal is a word of its own ('número uno del mundo')",
    "FORMS_NOT_LEMMATISED": "no table word's lemma is another word ('vidas' -> 'vida')",
    "VERB_FINAL_AUXILIARIES": "the participle follows its auxiliary ('han muerto'): no verb-final clause",
    "DURATION_ARTICLES": "the article that is one before a unit of time is a number word ('un año', 'una hora')",
    "FEMININE_ENDINGS": "the lemmatiser reads a woman's noun as the man's ('espectadoras' -> 'espectador')",
    "RATIO_ORDINAL_LEADS": "one in N is said with two numbers ('uno de cada cinco'): RATIO_JOINERS",
    "DURATION_ADJECTIVES": "the number is written apart ('cinco años de inhabilitación')",
    "WEEKDAY_PART_ENDINGS": "the part of the day is a word of its own ('el miércoles por la noche'): the weekday alone is the date",
    "ORDINAL_DOT_LEADS": "an ordinal takes a suffix ('3.º'), never a bare dot",
    "ROLE_FRAMES": "titles are closed phrases in ROLE_WORDS ('director general', 'jefe de')",
    "POSSESSIVE_ENDINGS": "whose is said by 'de' (OF_WORDS), no ending",
    "YEAR_PART_ARTICLES": "the part of the year joins it with 'del' ('a finales del año'): YEAR_PART",
    "YEAR_END_WORDS": "'finales de' before a year is a part of it: YEAR_PART ('a finales de 2025')",
    "CAPITALISED_DATE_WORDS": "month and weekday names are written in lowercase, and none is another word",
    "SINCE_START_OF_YEAR": "no fixed phrase collected: YEAR_PART's 'en lo que va de' / 'desde principios de' with the year say it",
    "SCALED_ONLY_CURRENCY_NAMES": "none of this language's currency names is also a common word",
    "FOUNDED_BY_BEFORE": "only German names the founder before the founding words ('von X ins Leben gerufen')",
    "NOUN_DETERMINERS": "only German capitalises common nouns; this language's determiners are in STOP_CAPS",
}

# how Spanish writes the sounds of a foreign name (lang/__init__.py): "Jamenei", "Jodorkovski", "Jruschov"; its "j"
# is the "kh" other languages write (its "sh", "ch" and final "-i" are theirs: "Shoigú", "Zelenski")
NAME_SPELLINGS = [
    (r"j", "kh"),
]

# nouns an ordinal ranks that no count frames (detect/ordinals.py): "su tercer mandato", "la 16.ª edición", "su
# quinto triunfo consecutivo"; read before FRAME_NOUNS, whose concept an ordinal of them may not share
SERIES_NOUNS = {
    "mandato": "terms",
    "torneo": "tournaments",
    "edición": "editions",
    "final": "finals",
    "corona": "titles",
    "triunfo": "wins",
    "éxito": "wins",
}

CONCEPT_LABELS = {
    "stolen": "Objetos robados",
    "seized": "Objetos incautados",
    "recovered": "Objetos recuperados",
    "sentence.requested": "Pena solicitada",
    "sentence.suspended": "Pena suspendida",
    "fine.requested": "Multa solicitada",
    "damages.requested": "Indemnización reclamada",
    "bail.requested": "Fianza solicitada",
    "savings": "Ahorro",
    "data": "Volumen de datos",
    "years": "Años",
    "things": "Número",
    "times": "Veces",
    "ordinal": "Puesto en una serie",
    "defendants": "Acusados",
    "match_minute": "Minuto",
    "alert_level": "Nivel de alerta",
    "scale_level": "Nivel en una escala",
    "rate_change": "Variación en puntos porcentuales",
    "deaths": "Muertos",
    "injured": "Heridos",
    "missing": "Desaparecidos",
    "displaced": "Desplazados",
    "evacuated": "Evacuados",
    "rescued": "Rescatados",
    "affected": "Afectados",
    "homeless": "Sin hogar",
    "hospitalised": "Hospitalizados",
    "survivors": "Supervivientes",
    "magnitude": "Magnitud",
    "depth": "Profundidad",
    "buildings_damaged": "Edificios dañados",
    "buildings_destroyed": "Edificios destruidos",
    "area_burned": "Superficie quemada",
    "passengers": "Personas a bordo",
    "aftershocks": "Réplicas",
    "seats": "Escaños obtenidos",
    "votes": "Votos",
    "vote_share": "Porcentaje de votos",
    "turnout": "Participación",
    "counted": "Votos escrutados",
    "majority": "Escaños para la mayoría",
    "approval": "Aprobación",
    "voters": "Electores",
    "constituencies": "Circunscripciones",
    "score": "Resultado",
    "goals": "Goles",
    "points": "Puntos",
    "transfer_fee": "Importe del traspaso",
    "contract_length": "Duración del contrato",
    "wins": "Victorias",
    "medals": "Medallas",
    "titles": "Títulos",
    "appearances": "Partidos jugados",
    "assists": "Asistencias",
    "attendance": "Espectadores",
    "race_time": "Tiempo",
    "investment": "Inversión",
    "funding_round": "Ronda de financiación",
    "valuation": "Valoración",
    "valuation.pre_money": "Valoración previa",
    "valuation.post_money": "Valoración posterior",
    "revenue": "Ingresos",
    "profit": "Beneficio",
    "loss": "Pérdidas",
    "price": "Precio",
    "acquisition.price": "Precio de compra",
    "acquisition": "Adquisición",
    "ipo": "Salida a bolsa",
    "loan": "Préstamo",
    "fund": "Tamaño del fondo",
    "fund.size": "Tamaño del fondo",
    "budget": "Presupuesto",
    "cost": "Coste",
    "fine": "Multa",
    "salary": "Salario",
    "jobs": "Empleos",
    "job_cuts": "Despidos",
    "interest_rate": "Tipo de interés",
    "inflation": "Inflación",
    "unemployment": "Tasa de paro",
    "growth": "Crecimiento",
    "decline": "Caída",
    "stake": "Participación",
    "market_share": "Cuota de mercado",
    "share_price": "Cotización",
    "market_value": "Capitalización",
    "shares": "Acciones",
    "tariff": "Arancel",
    "margin": "Margen",
    "probability": "Probabilidad",
    "users": "Usuarios",
    "customers": "Clientes",
    "people": "Personas",
    "employees": "Empleados",
    "offices": "Oficinas",
    "factories": "Fábricas",
    "labs": "Laboratorios",
    "areas": "Áreas",
    "sectors": "Sectores",
    "countries": "Países",
    "cities": "Ciudades",
    "markets": "Mercados",
    "stores": "Tiendas",
    "companies": "Empresas",
    "partners": "Socios",
    "students": "Estudiantes",
    "vehicles": "Vehículos",
    "flights": "Vuelos",
    "robots": "Robots",
    "units_sold": "Unidades vendidas",
    "deliveries": "Entregas",
    "damages": "Indemnización",
    "distance": "Distancia",
    "altitude": "Altitud",
    "duration": "Duración",
    "speed": "Velocidad",
    "temperature": "Temperatura",
    "mass": "Masa",
    "length": "Longitud",
    "area": "Superficie",
    "power": "Potencia",
    "volume": "Volumen",
    "crew": "Tripulación",
    "satellites": "Satélites",
    "cases": "Casos",
    "patients": "Pacientes",
    "vaccinated": "Vacunados",
    "efficacy": "Eficacia",
    "participants": "Participantes",
    "contacts": "Contactos rastreados",
    "downloads": "Descargas",
    "devices": "Dispositivos",
    "accounts": "Cuentas afectadas",
    "records": "Registros",
    "age": "Edad",
    "sentence": "Condena",
    "bail": "Fianza",
    "charges": "Cargos",
    "victims": "Víctimas",
    "suspects": "Sospechosos",
    "arrested": "Detenidos",
    "convicted": "Condenados",
    "founded": "Fecha de fundación",
    "founded_by": "Fundadores",
    "announcement": "Fecha del anuncio",
    "partnership": "Socio",
    "investor": "Inversores",
    "owner": "Propietario",
    "hosted_at": "Con sede en",
    "support": "Iniciativas apoyadas",
    "role": "Cargo",
    "role.former": "Cargo anterior",
    "appointment": "Nombramiento",
    "quote": "Cita",
    "event": "Evento",
    "hub": "Centro regional",
    "locations": "Ubicaciones",
    "office.locations": "Ubicación de las oficinas",
    "office.locations.new": "Nuevas oficinas",
    "office.locations.existing": "Oficinas existentes",
    "ranking": "Clasificación",
    "change": "Cambio",
    "time": "Hora",
    "date": "Fecha",
    "record": "Récord",
    "without_power": "Sin electricidad",
    "rainfall": "Precipitaciones",
    "deliberation": "Deliberación del jurado",
    "witnesses": "Testigos",
    "jurors": "Miembros del jurado",
    "responders": "Efectivos desplegados",
    "acquitted": "Absueltos",
    "water_level": "Nivel del agua",
    # what a place, an office or an amount names: the concept of a name or a bare figure
    "place": "Lugar",
    "office": "Oficina",
    "headquarters": "Sede",
    "lab": "Laboratorio",
    "amount": "Importe",
    "share": "Cuota",
    # what a named organisation, product or vehicle is to the story (detect/organisations.py)
    "operator": "Operador",
    "aircraft": "Aeronave",
    "vehicle": "Vehículo",
    "manufacturer": "Fabricante",
    "investigator": "Organismo investigador",
    "court": "Tribunal",
    "agency": "Agencia",
    "company": "Empresa",
    "club": "Club",
    "union": "Sindicato",
    "party": "Partido",
    "publication": "Publicación",
    "broadcaster": "Cadena",
    "product": "Producto",
    "institution": "Institución",
    "organisation": "Organización",
}
EVENT_LABELS = {
    "period": "Periodo",
    "since": "Última vez antes",
    "event": "Fecha del suceso",
    "other_day": "Otro día del suceso",
    "year": "Año",
    "opening": "Fecha de apertura",
    "launch": "Fecha de lanzamiento",
    "founded": "Fecha de fundación",
    "announcement": "Fecha del anuncio",
    "signing": "Fecha de la firma",
    "acquisition": "Fecha de la adquisición",
    "closing": "Fecha de cierre",
    "completion": "Fecha de finalización",
    "ipo": "Fecha de salida a bolsa",
    "change": "Cambio",
    "ranking": "Clasificación",
    "occurred": "Fecha",
    "election": "Fecha de las elecciones",
    "verdict": "Fecha de la sentencia",
    "arrest": "Fecha de la detención",
    "landing": "Fecha del aterrizaje",
    "match": "Fecha del partido",
    "start": "Inicio",
    "end": "Fin",
    "deadline": "Plazo",
    "date": "Fecha",
}
OBJECT_LABELS = {
    "office": "oficina",
    "headquarters": "sede",
    "lab": "laboratorio",
    "factory": "fábrica",
    "store": "tienda",
    "hub": "centro",
    "campus": "campus",
    "datacenter": "centro de datos",
    "agreement": "acuerdo",
    "partnership": "alianza",
    "company": "empresa",
    "product": "producto",
    "program": "programa",
    "facility": "instalación",
    "center": "centro",
    "market": "mercado",
    "country": "país",
    "investment": "inversión",
    "users": "usuarios",
    "customers": "clientes",
    "revenue": "ingresos",
    "employees": "plantilla",
    "valuation": "valoración",
    "price": "precio",
    "profit": "beneficio",
    "assets": "activos",
    "market_share": "cuota de mercado",
    "downloads": "descargas",
    "mission": "misión",
    "election": "elecciones",
    "trial": "juicio",
    "season": "temporada",
}
LABEL_TEMPLATE = "{event} ({object})"

FRAME_NOUNS = {
    "circunscripción": "constituencies",
    "circunscripciones": "constituencies",
    "distrito": "constituencies",
    "distritos": "constituencies",
    "distrito electoral": "constituencies",
    "distritos electorales": "constituencies",
    "legisladores": "seats",
    "representantes": "seats",
    "parlamentarios": "seats",
    "vez": "times",
    "veces": "times",
    "subidas": "times",
    "subidas de tipos": "times",
    "bajadas de tipos": "times",
    "recortes de tipos": "times",
    "acusados": "defendants",
    "procesados": "defendants",
    "coacusados": "defendants",
    "muertos": "deaths",
    "muerto": "deaths",
    "fallecidos": "deaths",
    "fallecimientos": "deaths",
    "víctimas mortales": "deaths",
    "víctimas fatales": "deaths",
    "muertes": "deaths",
    "víctimas": "victims",
    "víctima": "victims",
    "heridos": "injured",
    "herido": "injured",
    "heridas": "injured",
    "lesionados": "injured",
    "desaparecidos": "missing",
    "desaparecidas": "missing",
    "evacuados": "evacuated",
    "supervivientes": "survivors",
    "sobrevivientes": "survivors",
    "damnificados": "affected",
    "refugiados": "displaced",
    "desplazados": "displaced",
    "réplicas": "aftershocks",
    "viviendas": "buildings_damaged",
    "casas": "buildings_damaged",
    "edificios": "buildings_damaged",
    "pasajeros": "passengers",
    "tripulantes": "crew",
    "astronautas": "crew",
    "escaños": "seats",
    "escaño": "seats",
    "asientos": "seats",
    "asiento": "seats",
    "diputados": "seats",
    "mandatos": "seats",
    "mandato": "seats",
    "votos": "votes",
    "sufragios": "votes",
    "electores": "voters",
    "votantes": "voters",
    "goles": "goals",
    "gol": "goals",
    "tantos": "goals",
    "puntos": "points",
    "victorias": "wins",
    "medallas": "medals",
    "títulos": "titles",
    "título": "titles",
    "campeonato": "titles",
    "campeonatos": "titles",
    "trofeo": "titles",
    "trofeos": "titles",
    "partidos": "appearances",
    "encuentros": "appearances",
    "espectadores": "attendance",
    "aficionados": "attendance",
    "casos": "cases",
    "pacientes": "patients",
    # a stay in hospital counted by its noun: the people hospitalised
    "hospitalización": "hospitalised",
    "hospitalizaciones": "hospitalised",
    "ingresos hospitalarios": "hospitalised",
    "contagios": "cases",
    "infecciones": "cases",
    "contacto": "contacts",
    "contactos": "contacts",
    "participantes": "participants",
    "voluntarios": "participants",
    "deportista": "participants",
    "deportistas": "participants",
    "atletas": "participants",
    "competidores": "participants",
    "asistencias": "assists",
    "asistencia": "assists",
    "descargas": "downloads",
    "dispositivos": "devices",
    "dispositivo": "devices",
    "ordenador": "devices",
    "ordenadores": "devices",
    "computadora": "devices",
    "computadoras": "devices",
    "equipos": "devices",
    "sistemas": "devices",
    "máquinas": "devices",
    "servidores": "devices",
    "vuelo": "flights",
    "vuelos": "flights",
    "cuentas": "accounts",
    "registros": "records",
    "satélites": "satellites",
    "cargos": "charges",
    "sospechosos": "suspects",
    "ladrones": "suspects",
    "atracadores": "suspects",
    "asaltantes": "suspects",
    "detenidos": "arrested",
    "detenciones": "arrested",
    "arrestos": "arrested",
    "unidades": "units_sold",
    "entregas": "deliveries",
    "acciones": "shares",
    "empleos": "jobs",
    "puestos de trabajo": "jobs",
    "despidos": "job_cuts",
    "usuarios": "users",
    "clientes": "customers",
    "suscriptores": "users",
    "empleados": "employees",
    "estudiantes": "students",
    "testigos": "witnesses",
    "testigo": "witnesses",
    "miembros del jurado": "jurors",
    "cuerpos": "deaths",
    "cadáveres": "deaths",
    "inmuebles": "buildings_damaged",
    "construcciones": "buildings_damaged",
    "miembros de la tripulación": "crew",
    "rescatistas": "responders",
    "efectivos": "responders",
    "bomberos": "responders",
    "militares": "responders",
    "soldados": "responders",
    "socorristas": "responders",
    "policías": "responders",
    "agentes": "responders",
    "vidas": "deaths",
    # the sick counted in an outbreak are its cases
    "enfermos": "cases",
    "enfermas": "cases",
}
FRAME_PREDICATES = {
    "murieron": "deaths",
    "muertos": "deaths",
    "muerto": "deaths",
    "fallecieron": "deaths",
    "fallecidos": "deaths",
    # a participle agrees with the people it counts: "personas muertas", "personnes décédées" (the lemmatiser
    # reads some feminine forms as another word)
    "muertas": "deaths",
    "muerta": "deaths",
    "fallecidas": "deaths",
    "fallecida": "deaths",
    "fallecido": "deaths",
    "perdieron la vida": "deaths",
    "matando": "deaths",
    "mató": "deaths",
    "balance": "deaths",
    "heridos": "injured",
    "heridas": "injured",
    "lesionadas": "injured",
    "herido": "injured",
    "hiriendo": "injured",
    "resultaron heridos": "injured",
    "lesionados": "injured",
    "desaparecidos": "missing",
    "desaparecido": "missing",
    "desaparecida": "missing",
    "evacuados": "evacuated",
    "evacuadas": "evacuated",
    "evacuado": "evacuated",
    "desalojados": "evacuated",
    "desplazados": "displaced",
    "desplazadas": "displaced",
    "huyeron": "displaced",
    "rescatados": "rescued",
    "rescatadas": "rescued",
    "afectados": "affected",
    "afectadas": "affected",
    "damnificados": "affected",
    "hospitalizados": "hospitalised",
    "hospitalizadas": "hospitalised",
    "hospitalizado": "hospitalised",
    "hospitalizada": "hospitalised",
    "detenidos": "arrested",
    "detenidas": "arrested",
    "detenido": "arrested",
    "arrestados": "arrested",
    "bajo custodia": "arrested",
    "condenados": "convicted",
    "condenado": "convicted",
    "imputados": "defendants",
    "sobrevivieron": "survivors",
    "a bordo": "passengers",
    "despedir": "job_cuts",
    "recortar": "job_cuts",
    "eliminar": "job_cuts",
    "destruidas": "buildings_destroyed",
    "destruidos": "buildings_destroyed",
    "dañadas": "buildings_damaged",
    "dañados": "buildings_damaged",
    "contagiados": "cases",
    "contagiadas": "cases",
    "contagiado": "cases",
    "contagiada": "cases",
    "infectados": "cases",
    "infectadas": "cases",
    "vacunados": "vaccinated",
    "vacunadas": "vaccinated",
    "vacunado": "vaccinated",
    "vacunada": "vaccinated",
    # the people an outbreak's cases met, traced and followed: its contacts
    "en contacto con": "contacts",
    "en seguimiento": "contacts",
    "sin hogar": "homeless",
    "sin techo": "homeless",
    "perdieron sus casas": "homeless",
    "se cobró la vida": "deaths",
    "cobró la vida": "deaths",
    "costó la vida": "deaths",
    "costado la vida": "deaths",
    "ahogados": "deaths",
    "ahogadas": "deaths",
    "salvados": "rescued",
    "rescataron": "rescued",
    "sin luz": "without_power",
    "sin electricidad": "without_power",
    "sin suministro eléctrico": "without_power",
    "apagón": "without_power",
    "apagones": "without_power",
    "cortes de luz": "without_power",
    "derrumbadas": "buildings_destroyed",
    "derrumbados": "buildings_destroyed",
    "colapsadas": "buildings_destroyed",
    "evacuaron": "evacuated",
    "evacuó": "evacuated",
    "evacuar": "evacuated",
    "albergues": "evacuated",
    "transportaba": "passengers",
    "rescates": "rescued",
    "rescate": "rescued",
    "heridos de muerte": "deaths",
    "heridas de muerte": "deaths",
    "mortalmente heridos": "deaths",
    "declarados culpables": "convicted",
    "declarado culpable": "convicted",
    "absueltos": "acquitted",
    "absuelto": "acquitted",
    "imputado": "defendants",
    "procesados": "defendants",
    # a stay in hospital or an illness named after the people it befell: "Nine patients have required hospitalization",
    # "171 enfermos" of an outbreak are its cases
    "hospitalización": "hospitalised",
    "enfermaron": "cases",
}
PERSON_NOUNS = [
    "personas",
    "persona",
    "individuos",
    "habitantes",
    "residentes",
    "vecinos",
    "civiles",
    "niños",
    "menores",
    "adultos",
    "hombres",
    "mujeres",
    "migrantes",
    "turistas",
    "obreros",
    "trabajadores",
    "mineros",
    "alumnos",
    "peregrinos",
    "otros",
    "otras",
    "ciudadanos",
    "familias",
    "hogares",
    # who people are by trade, role, side or faith: counted, they are people whatever the noun
    "jugadores",
    "jugadoras",
    "futbolistas",
    "deportistas",
    "atletas",
    "entrenadores",
    "árbitros",
    "hinchas",
    "seguidores",
    "guardias",
    "abogados",
    "abogadas",
    "jueces",
    "juezas",
    "magistrados",
    "fiscales",
    "cómplices",
    "periodistas",
    "reporteros",
    "fotógrafos",
    "médicos",
    "enfermeros",
    "enfermeras",
    "profesores",
    "maestros",
    "candidatos",
    "candidatas",
    "miembros",
    "delegados",
    "eurodiputados",
    "senadores",
    "políticos",
    "ministros",
    "funcionarios",
    "dirigentes",
    "líderes",
    "directivos",
    "ejecutivos",
    "directores",
    "asistentes",
    "fieles",
    "creyentes",
    "católicos",
    "cristianos",
    "musulmanes",
    "sacerdotes",
    "obispos",
    "cardenales",
    "monjas",
    "manifestantes",
    "activistas",
    "presos",
    "reclusos",
    "prisioneros",
    "rehenes",
    "hijos",
    "hijas",
    "nietos",
    "familiares",
    "parientes",
    "amigos",
    "colegas",
    "expertos",
    "expertas",
    "científicos",
]
PERSON_NOUNS_ALONE = [
    "católicos",
    "cristianos",
    "musulmanes",
    "científicos",
    "políticos",
    "fieles",
    "civiles",
    "menores",
    "migrantes",
    "ciudadanos",
    "fiscales",
    "médicos",
    "familiares",
    "directivos",
    "directores",
    "dirigentes",
    "ejecutivos",
    "expertos",
    "amigos",
    "creyentes",
    "militantes",
    "presos",
    "asistentes",
]
FEMININE_ENDINGS: dict[str, str] = {}
FORMS_NOT_LEMMATISED: set[str] = set()
# verbs of saving: before a count of deaths, or after its noun, they count the people saved, not lost ("saved 300
# lives", "rettete 300 Menschenleben", "a sauvé 300 vies", "salvó 300 vidas"), as "saved the lives of 300 people" does
SAVING_VERBS = [
    "salvar",
    "salva",
    "salvan",
    "salvó",
    "salvaron",
    "salvado",
    "salvada",
    "salvados",
    "salvadas",
    "salvaba",
    "salvaban",
    "salvará",
    "salvarán",
    "salvaría",
    "salvarían",
    "salvando",
]
# words of taking right before the number of things taken ("sustrajeron nueve joyas", "el robo de nueve joyas"), read
# by frames.taken_things
TAKING_WORDS = {
    "robaron": "stolen",
    "robó": "stolen",
    "robar": "stolen",
    "robado": "stolen",
    "robo de": "stolen",
    "sustrajeron": "stolen",
    "sustrajo": "stolen",
    "sustraer": "stolen",
    "sustraído": "stolen",
    "hurtaron": "stolen",
    "hurtó": "stolen",
    "incautaron": "seized",
    "incautó": "seized",
    "incautado": "seized",
    "decomisaron": "seized",
    "decomisó": "seized",
    "decomisado": "seized",
    "recuperaron": "recovered",
    "recuperó": "recovered",
    "recuperado": "recovered",
}
# participles of taking after the noun of the things taken ("nueve piezas robadas", "nueve joyas fueron robadas"); only
# their plural, which agrees with the things counted ("cuatro ladrones han robado" counts those who took)
TAKEN_PARTICIPLES = {
    "robadas": "stolen",
    "robados": "stolen",
    "sustraídas": "stolen",
    "sustraídos": "stolen",
    "hurtadas": "stolen",
    "hurtados": "stolen",
    "incautadas": "seized",
    "incautados": "seized",
    "decomisadas": "seized",
    "decomisados": "seized",
    "recuperadas": "recovered",
    "recuperados": "recovered",
}
MEASURE_UNITS = {
    "m": ("length", 1.0),  # "près de 70 m de haut" (a million is "M", "Mio.", "M€")
    "gb": ("data", 1000.0),
    "gigabytes": ("data", 1000.0),
    "mb": ("data", 1.0),
    "megabytes": ("data", 1.0),
    "kb": ("data", 0.001),
    "kilobytes": ("data", 0.001),
    "tb": ("data", 1e6),
    "terabytes": ("data", 1e6),
    "puntos básicos": ("rate_change", 0.01),
    "punto básico": ("rate_change", 0.01),
    "punto porcentual": ("rate_change", 1.0),
    "puntos porcentuales": ("rate_change", 1.0),
    "km": ("length", 1000.0),
    "kilómetros": ("length", 1000.0),
    "kilómetro": ("length", 1000.0),
    "metros": ("length", 1.0),
    "metro": ("length", 1.0),
    "millas": ("length", 1609.34),
    "centímetros": ("length", 0.01),
    "cm": ("length", 0.01),
    "milímetros": ("length", 0.001),
    "mm": ("length", 0.001),
    "años": ("duration", 365.25),
    "año": ("duration", 365.25),
    "meses": ("duration", 30.44),
    "mes": ("duration", 30.44),
    "semanas": ("duration", 7.0),
    "semana": ("duration", 7.0),
    "días": ("duration", 1.0),
    "día": ("duration", 1.0),
    "horas": ("duration", 1 / 24),
    "hora": ("duration", 1 / 24),
    "minutos": ("duration", 1 / 1440),
    "minuto": ("duration", 1 / 1440),
    "min": ("duration", 1 / 1440),
    "décadas": ("duration", 3652.5),
    "década": ("duration", 3652.5),
    "siglos": ("duration", 36525.0),
    "siglo": ("duration", 36525.0),
    "segundos": ("duration", 1 / 86400),
    "toneladas": ("mass", 1000.0),
    "toneladas métricas": ("mass", 1000.0),
    "tonelada": ("mass", 1000.0),
    "kilos": ("mass", 1.0),
    "kilogramos": ("mass", 1.0),
    "kg": ("mass", 1.0),
    "km/h": ("speed", 1.0),
    "nudos": ("speed", 1.852),
    "hectáreas": ("area", 0.01),
    "hectárea": ("area", 0.01),
    "km2": ("area", 1.0),
    "km²": ("area", 1.0),
    "kilómetros cuadrados": ("area", 1.0),
    "mw": ("power", 1.0),
    "megavatios": ("power", 1.0),
    "gw": ("power", 1000.0),
    "gigavatios": ("power", 1000.0),
    "°c": ("temperature", 1.0),
    "grados": ("temperature", 1.0),
    "litros": ("volume", 1.0),
    "barriles": ("volume", 159.0),
    "metros cúbicos": ("volume", 1000.0),
    "m3": ("volume", 1000.0),
    "litros por metro cuadrado": ("length", 0.001, "rainfall"),
    "l/m2": ("length", 0.001, "rainfall"),
    "l/m²": ("length", 0.001, "rainfall"),
    "litros por m2": ("length", 0.001, "rainfall"),
}
MEASURE_CUES = {
    "condenado": "sentence",
    "condenada": "sentence",
    "condena": "sentence",
    "prisión": "sentence",
    "cárcel": "sentence",
    "pena": "sentence",
    "penas": "sentence",
    "condenados": "sentence",
    "sentenciado": "sentence",
    "sentenciados": "sentence",
    "sentencia": "sentence",
    "reclusión": "sentence",
    "privación de libertad": "sentence",
    "encarcelado": "sentence",
    "entre rejas": "sentence",
    "libertad condicional": "sentence",
    "suspendida": "sentence",
    "contrato": "contract_length",
    "renovado": "contract_length",
    "renovación": "contract_length",
    "magnitud": "magnitude",
    "richter": "magnitude",
    "profundidad": "depth",
    "distancia": "distance",
    "altitud": "altitude",
    "órbita": "altitude",
    "viento": "speed",
    "vientos": "speed",
    "rachas": "speed",
    "velocidad": "speed",
    "calcinadas": "area_burned",
    "quemadas": "area_burned",
    "arrasadas": "area_burned",
    "temperatura": "temperature",
    "temperaturas": "temperature",
    "duró": "duration",
    "duración": "duration",
    "capacidad": "power",
    "edad": "age",
    "lluvia": "rainfall",
    "lluvias": "rainfall",
    "precipitaciones": "rainfall",
    "deliberó": "deliberation",
    "deliberación": "deliberation",
    "deliberaciones": "deliberation",
    "deliberar": "deliberation",
    "deliberado": "deliberation",
    "destruido": "area_burned",
    "calcinado": "area_burned",
    "nivel del agua": "water_level",
    "crecida": "water_level",
    "nivel del río": "water_level",
}
# the words between a magnitude and the scale that names it after it ("6.2 on the Richter scale", "6,0 sur
# l'échelle de Richter")
MAGNITUDE_SCALE_LINKS = ["en la escala de", "grados en la escala de"]
# a quake's nouns: a figure with its decimal right before one, or after one and its "of", is its magnitude ("a 6.0
# quake", "6,0-Beben", "un séisme de 6,3", "sismo de 6,2"); a whole number there counts quakes ("6 Beben")
QUAKE_NOUNS = [
    "terremoto",
    "terremotos",
    "sismo",
    "sismos",
    "seísmo",
    "seísmos",
    "temblor",
    "temblores",
    "réplica",
    "réplicas",
]
CUMULATIVE_WORDS = [
    "en total",
    "desde su fundación",
    "desde su creación",
    "hasta ahora",
    "hasta la fecha",
    "acumulado",
    "acumulados",
    "total",
]
COMBINED_WORDS = [
    "en conjunto",
    "combinado",
    "combinados",
    "combinada",
    "sumados",
]
PREVIOUS_WORDS = [
    "anterior",
    "anteriormente",
    "previo",
    "previa",
    "previamente",
    "última ronda",
    "inicialmente",
    "inicial",
    "en un principio",
    "primero",
]
# words in an age's clause that date it to the time of the events told, not today ("who was 19 at the time"):
# an earlier age of the person, kept apart from the age reports give now
AGE_THEN_WORDS = [
    "en ese momento",
    "en aquel momento",
    "en aquel entonces",
    "por entonces",
    "en aquella época",
    "en la época",
]
ADDITION_WORDS = ["adicional", "adicionales", "otros", "otras", "nuevos", "nuevas", "más"]
# the same after a figure, next to it or after its noun ("1.000 soldados más", "500 efectivos adicionales")
ADDITION_AFTER = ["más", "adicional", "adicionales", "extra"]
# palabras de la oración de un conteo que dicen que los contados están en estado grave ("cinco en estado grave",
# "seis heridos graves", "cinco de ellas de gravedad", "en cuidados intensivos"): los heridos graves, una cifra
# aparte (align)
SERIOUS_CONDITION_WORDS = [
    "estado grave",
    "estado crítico",
    "de gravedad",
    "graves",
    "grave",
    "gravemente",
    "cuidados intensivos",
    "uci",
]
REQUEST_WORDS = [
    "pidió",
    "pide",
    "pedía",
    "pedido",
    "pedían",
    "solicitó",
    "solicita",
    "solicitaba",
    "solicitado",
    "solicitud",
    "petición",
    "peticiones",
    "reclamó",
    "reclama",
    "reclamaba",
    "pidieron",
    "piden",
    "solicitaron",
    "solicitan",
    "solicitaban",
    "reclamaron",
    "reclaman",
    "reclamaban",
    "buscaba",
    "buscaban",
    "buscaron",
]
# words before a sentence, a fine or damages that make it the most the law allows ("faces up to 20 years", "la peine
# maximale", "bis zu 110 Jahre", "enfrentaba hasta 110 años"): another figure than the one imposed or asked for
CEILING_WORDS = [
    "máxima",
    "máximo",
    "hasta",
    "enfrenta",
    "enfrentaba",
    "enfrentar",
    "enfrentarse",
    "posibilidad de",
    "podría",
    "podrían",
    "podría haber",
]
CEILING_LABEL = "máximo"  # the words a ceiling's label shows ("Sentence (maximum)")
# words in a figure's sentence that name the round or stage of an election it belongs to -> stage
ELECTION_STAGES = {
    "resultados definitivos": "result",
    "resultado definitivo": "result",
    "resultados oficiales": "result",
    "resultado final": "result",
    "resultados finales": "result",
    "primera vuelta": "first_round",
    "segunda vuelta": "second_round",
    "balotaje": "second_round",
    "encuesta a pie de urna": "exit_poll",
    "encuestas a pie de urna": "exit_poll",
    "sondeo a pie de urna": "exit_poll",
    "sondeos a pie de urna": "exit_poll",
    "boca de urna": "exit_poll",
    "encuesta de salida": "exit_poll",
    "encuestas de salida": "exit_poll",
    "exit poll": "exit_poll",
    "proyección": "projection",
    "proyecciones": "projection",
}
# stage -> words shown in the label of a figure of that stage ("Seats won (first round)")
ELECTION_STAGE_LABELS = {
    "result": "resultado final",
    "first_round": "primera vuelta",
    "second_round": "segunda vuelta",
    "exit_poll": "encuesta a pie de urna",
    "projection": "proyección",
}
PART_LABEL = "parte"  # a part of a figure told by a relative pronoun ("four years, two of which ...")
# words of a part of an event that a date or a time nearest them belongs to (the take-off, not the crash; the
# deliberations, not the verdict): two parts' dates or times are two facts, a figure naming none may be either's
SUB_EVENTS = {
    "despegó": "launch",
    "despegue": "launch",
    "despegar": "launch",
    "lanzado": "launch",
    "lanzamiento": "launch",
    "aterrizó": "landing",
    "aterrizaje": "landing",
    "amerizó": "landing",
    "amerizaje": "landing",
    "accidente": "crash",
    "se estrelló": "crash",
    "estrelló": "crash",
    "estrellado": "crash",
    "estrellada": "crash",
    "siniestro": "crash",
    "deliberaciones": "deliberation",
    "deliberación": "deliberation",
    "culpable": "verdict",
    "condenado": "verdict",
    "veredicto": "verdict",
    "publicó": "release",
    "publicada": "release",
    "apagón": "outage",
}
# the words a fact's label shows for the part of the event its figures name ("Time (take-off)")
SUB_EVENT_LABELS = {
    "launch": "despegue",
    "landing": "aterrizaje",
    "crash": "accidente",
    "deliberation": "deliberaciones",
    "verdict": "veredicto",
    "release": "publicación",
    "outage": "apagón",
}
# words of a report's title or first sentence that name the kind of event it tells -> kind (cluster.py):
# reports whose leads name only other kinds tell other events (el accidente de un funicular, el incendio de un edificio);
# a judgment is told by its verdict or its sentence (one event where a court gives both at once);
# a ruling on appeal ("la Sección de Apelaciones ha revocado la sentencia") is another event than the judgment it rules on;
# an outbreak's reports, named by the word or by its disease, tell one event over weeks
EVENT_KINDS = {
    "incendio": "fire",
    "incendios": "fire",
    "incendio forestal": "fire",
    "accidente": "crash",
    "chocó": "crash",
    "colisión": "crash",
    "colisionaron": "crash",
    "descarrilamiento": "crash",
    "descarriló": "crash",
    "se estrelló": "crash",
    "terremoto": "earthquake",
    "sismo": "earthquake",
    "seísmo": "earthquake",
    "inundación": "storm",
    "inundaciones": "storm",
    "huracán": "storm",
    "tifón": "storm",
    "ciclón": "storm",
    "tornado": "storm",
    "lluvias torrenciales": "storm",
    "condenado a": "sentence",
    "condenada a": "sentence",
    "condenados a": "sentence",
    "una condena": "sentence",
    "una sentencia": "sentence",
    "sentenciado": "sentence",
    "sentenciada": "sentence",
    "declarado culpable": "verdict",
    "declarada culpable": "verdict",
    "en apelación": "appeal_ruling",
    "apelaciones": "appeal_ruling",
    "tribunal de apelación": "appeal_ruling",
    "revoca la condena": "appeal_ruling",
    "revocó la condena": "appeal_ruling",
    "anula la condena": "appeal_ruling",
    "anuló la condena": "appeal_ruling",
    "brote": "outbreak",
    "epidemia": "outbreak",
    "ébola": "outbreak",
    "virus de marburgo": "outbreak",
    "virus de marburg": "outbreak",
    "mpox": "outbreak",
    "cólera": "outbreak",
    "sarampión": "outbreak",
    "dengue": "outbreak",
    "gripe aviar": "outbreak",
}
# words of a lead that name a judgment's sentence still to come (cluster.py): its report tells the verdict (la
# declaración de culpabilidad), and a report of the sentence handed down later another event
SENTENCE_TO_COME = [
    "conocerá su condena",
    "conocerá su sentencia",
    "conocerá su pena",
    "la sentencia se conocerá",
    "la condena se conocerá",
    "la pena se conocerá",
    "será sentenciado",
    "será sentenciada",
    "a la espera de sentencia",
    "la sentencia se dará a conocer",
    "la condena se dará a conocer",
]
# words of an offence and of the steps before its judgment (cluster.py): in a report of a judgment, a day its lead names
# by its date alone after one of them, with no word of the judgment between, is the offence's or the arrest's ("el
# incidente ocurrió el 30 de diciembre de 2022"), background, not the judgment's
OFFENCE_WORDS = [
    "agresión",
    "agresiones",
    "agredió",
    "violación",
    "violó",
    "asesinato",
    "asesinó",
    "homicidio",
    "crimen",
    "delito",
    "hechos",
    "incidente",
    "ocurrió",
    "ocurrieron",
    "sucedió",
    "detención",
    "detenido",
    "arrestado",
    "acusado",
    "imputado",
    "cometido",
    "cometidos",
    "ataque",
    "atentado",
]
# how a funding round's series is written, "{}" its letter (cluster.py): the same investors' next round is another
# event; "Serie A" alone is a football league
FUNDING_SERIES = [
    "ronda de serie {}",
    "ronda serie {}",
    "ronda de financiación de serie {}",
    "ronda de financiación serie {}",
    "ronda de inversión de serie {}",
    "ronda de inversión serie {}",
    "financiación de serie {}",
    "financiación serie {}",
    "series {}",
]
# who counted a figure (a crowd, a toll) -> the side it is told as the count of: the police's and the organisers'
# counts are two facts ("80.000 según la policía, 250.000 según los organizadores")
FIGURE_SOURCES = {
    "policía": "official",
    "policial": "official",
    "policiales": "official",
    "autoridades": "official",
    "ministerio": "official",
    "ministerio del interior": "official",
    "delegación del gobierno": "official",
    "organizadores": "organisers",
    "organizador": "organisers",
    "convocantes": "organisers",
    "sindicatos": "organisers",
}
FIGURE_SOURCE_LINKS = ["por", "de acuerdo con", "cifras de", "informó", "informa", "cifró", "calculó", "estimaciones"]
FIGURE_SOURCE_LABELS = {"official": "cifra oficial", "organisers": "cifra de los organizadores"}
# words right before a name that make it the source a statement is told by, never the actor it is about ("según la
# NASA", "de acuerdo con el ministerio", "dijo a Reuters", "citado por"): context.Context.is_source
ATTRIBUTION_LINKS = [
    "según",
    "de acuerdo con",
    "citado por",
    "citada por",
    "informó",
    "dijo a",
    "declaró a",
    "explicó a",
    "aseguró a",
]
# words right after a name that make it such a source: none in Spanish (the source follows "según")
ATTRIBUTION_POSTPOSITIONS: list[str] = []  # see NO_ENTRIES
# a word of a count's status beside the number or its noun ("53 confirmados", "11 probables", "casos sospechosos",
# "casos confirmados asciende a 81"): confirmed, probable and suspected counts of one outbreak are three figures
# (frames.status_of)
STATUS_WORDS = {
    "confirmado": "confirmed",
    "confirmados": "confirmed",
    "confirmada": "confirmed",
    "confirmadas": "confirmed",
    "probable": "probable",
    "probables": "probable",
    "sospechoso": "suspected",
    "sospechosos": "suspected",
    "sospechosa": "suspected",
    "sospechosas": "suspected",
    "presunto": "suspected",
    "presuntos": "suspected",
    "presunta": "suspected",
    "presuntas": "suspected",
}
STATUS_LABELS = {"confirmed": "confirmados", "probable": "probables", "suspected": "sospechosos"}
PEOPLE_GROUPS = {
    "niños": "children",
    "niñas": "children",
    "menores": "children",
    "adultos": "adults",
    "mujeres": "women",
    "hombres": "men",
    "extranjeros": "foreigners",
}
PEOPLE_GROUP_LABELS = {
    "children": "niños",
    "adults": "adultos",
    "women": "mujeres",
    "men": "hombres",
    "foreigners": "extranjeros",
}
APPOINTMENT_CUES = [
    "nombrado",
    "nombrada",
    "nombra",
    "designado",
    "designada",
    "asume",
    "sucede",
    "sustituye",
    "elegido",
    "elegida",
    "promovido",
    "promovida",
    "será el nuevo",
    "será la nueva",
    "nombró",
    "designó",
]
APPOINTMENT_LINKS = [
    "como",
    "nuevo",
    "nueva",
    "fue",
    "ha",
    "sido",
    "es",
    "será",
    "el",
    "la",
    "su",
    "sus",
    "a",
    "cargo",
    "de",
    "puesto",
]

VOTE_TALLY_CUES = ["votos", "votación", "votó", "votaron", "mayoría", "jueces", "magistrados"]
VOTE_TALLY_JOINERS = ["a", "contra"]
SCORE_CUES = [
    "vence",
    "venció",
    "derrota",
    "derrotó",
    "ganó",
    "gana",
    "perdió",
    "pierde",
    "empate",
    "empató",
    "victoria",
    "partido",
    "final",
    "semifinal",
    "cuartos de final",
    "goleada",
    "se impuso",
    "descanso",
]
# words after a result that name the side it was against ("3:0 gegen den Favoriten"): detect/scores.py
RESULT_OPPONENT_WORDS = ["contra", "ante", "frente a"]
# relative dates (dates.py): month offsets, weekday directions, "N units ago"
RELATIVE_MONTH = {
    "el mes pasado": -1,
    "del mes pasado": -1,
    "el pasado mes": -1,
    "este mes": 0,
    "el próximo mes": 1,
    "del próximo mes": 1,
    "el mes que viene": 1,
    "el mes próximo": 1,
}
DIRECTION_WORDS = {
    "pasado": -1,
    "último": -1,
    "próximo": 1,
    "que viene": 1,
    "pasada": -1,
    "última": -1,
    "este": 0,
    "esta": 0,
    "próxima": 1,
}
AGO_WORDS = {"hace": "before", "atrás": "after"}
# "dentro de dos años" is when; how long is "en dos años", "durante dos años"
AHEAD_PHRASES = ["dentro de {n}"]
TIME_UNITS = {
    "día": "day",
    "días": "day",
    "semana": "week",
    "semanas": "week",
    "mes": "month",
    "meses": "month",
    "año": "year",
    "años": "year",
}
COMPARISON_WORDS = ["frente a", "respecto a", "en comparación con", "comparado con", "que en", "desde", "de"]

# percentages: what a change word makes of a figure, and what the word before the figure makes of it
CHANGE_PREDICATES = {  # word or lemma -> the change it reports ("cayeron un 15 %" decline, "subió un 3 %" growth)
    "subir": "growth",
    "subió": "growth",
    "subida": "growth",
    "aumentar": "growth",
    "aumentó": "growth",
    "aumento": "growth",
    "crecer": "growth",
    "creció": "growth",
    "crecimiento": "growth",
    "incremento": "growth",
    "incrementar": "growth",
    "alza": "growth",
    "elevar": "growth",
    "elevó": "growth",
    "disparar": "growth",
    "disparó": "growth",
    "repuntar": "growth",
    "repuntó": "growth",
    "escalar": "growth",
    "caer": "decline",
    "cayó": "decline",
    "cayeron": "decline",
    "caída": "decline",
    "bajar": "decline",
    "bajó": "decline",
    "bajada": "decline",
    "desplomar": "decline",
    "desplomó": "decline",
    "desplomaron": "decline",
    "desplome": "decline",
    "perder": "decline",
    "perdió": "decline",
    "perdieron": "decline",
    "pérdida": "decline",
    "descender": "decline",
    "descendió": "decline",
    "descenso": "decline",
    "retroceder": "decline",
    "retrocedió": "decline",
    "retroceso": "decline",
    "recortar": "decline",
    "recortó": "decline",
    "recorte": "decline",
    "reducir": "decline",
    "redujo": "decline",
    "reducción": "decline",
    "rebajar": "decline",
    "rebajó": "decline",
    "disminuir": "decline",
    "disminuyó": "decline",
    "hundir": "decline",
    "hundió": "decline",
    "expansión": "growth",
    "contracción": "decline",
}
FIGURE_PREPOSITIONS = {  # word right before a figure -> what it makes of it
    "a": "level",  # "lo rebajó al 3,75 %": the level reached
    "al": "level",
    "hasta": "level",
    "desde": "left",
    "con": "level",  # "el PSOE, con un 31 %"
    "de": "link",  # "una caída de 3 %" a change, "un tipo de 4 %" a level
    "del": "link",
    "en": "link",  # "aumentó en un 5 %" a change, "se situó en el 2,6 %" a level
    "un": "skip",
    "una": "skip",
    "el": "skip",
    "la": "skip",
    "solo": "skip",
    "sólo": "skip",
}
AGE_CUES = ["tenía", "tenían", "a los", "cumplió", "cumple", "cumplirá", "de edad de", "a la edad de"]
AGE_OPENERS = ["con"]  # "Con 17 años, ...": an age where the word opens a clause
# words right before a number of years that make it someone's age wherever they stand ("de edad de 72"), and
# those that do so only between a name and its comma and the years ("Pelicot, de 72 años"): frames.py
AGE_BEFORE_WORDS = ["de edad de"]
AGE_AFTER_NAME_WORDS = ["de"]
AGE_FOCUS_WORDS = ["solo", "sólo", "apenas", "tan solo", "tan sólo", "recién"]  # 'el joven francés, de solo 19 años'
# the articles that open a noun phrase whose "de" and number of years are its age, whatever its noun ("un
# multimillonario estadounidense de 41 años"), and the nouns of a span of time whose years are its length ("un
# mandato de cuatro años"): frames.py
AGE_PHRASE_OPENERS = ["un", "una", "el", "la", "del", "al", "este", "esta", "ese", "esa"]
SPAN_NOUNS = [
    "período",
    "periodo",
    "mandato",
    "plazo",
    "retraso",
    "carrera",
    "plan",
    "programa",
    "prohibición",
    "suspensión",
    "préstamo",
    "ausencia",
    "pausa",
    "total",
    "estancia",
    "exilio",
    "reinado",
    "pontificado",
    "historia",
    "trayectoria",
    "compromiso",
    "moratoria",
    "garantía",
    "proyecto",
    "ciclo",
    "horizonte",
    "máximo",
    "mínimo",
    "promedio",
    "media",
    "inhabilitación",
    "intervalo",
    "espera",
    "resto",
    "término",
    "lapso",
    "espacio",
    "veto",
]

# political family key -> the names this language gives a party of that family, and the plural noun of its members
# ("Partido Laborista", "los laboristas"): reports of one election in different languages meet on them. A
# lowercase form is a party only after an article ("los conservadores"), not as an adjective
PARTY_FAMILIES = {
    "labour": ["Partido Laborista", "laboristas", "Labour"],
    "conservative": ["Partido Conservador", "conservadores", "tories"],
    "liberal-democrat": ["Liberales Demócratas", "Partido Liberal Demócrata", "liberaldemócratas"],
    "green": ["Partido Verde", "Los Verdes", "verdes"],
    "socialist": ["Partido Socialista", "socialistas"],
    "social-democrat": ["socialdemócratas"],
    "christian-democrat": ["democristianos", "democratacristianos"],
    "communist": ["Partido Comunista", "comunistas"],
    "republican": ["Partido Republicano", "republicanos"],
    "democrat": ["Partido Demócrata", "demócratas"],
}
# international organisations: language-independent key -> the names and acronyms this language uses
ORGANISATIONS = {
    "un": ["Naciones Unidas", "ONU"],
    "who": ["Organización Mundial de la Salud", "OMS"],
    "ecb": ["Banco Central Europeo", "BCE"],
    "fed": ["Reserva Federal", "Fed"],
    "european-commission": ["Comisión Europea"],
    "european-parliament": ["Parlamento Europeo", "Eurocámara"],
    "nato": ["OTAN"],
    "imf": ["Fondo Monetario Internacional", "FMI"],
    "world-bank": ["Banco Mundial"],
    "wto": ["Organización Mundial del Comercio", "OMC"],
    "icc": ["Corte Penal Internacional", "CPI"],
    "icj": ["Corte Internacional de Justicia", "CIJ"],
    "ioc": ["Comité Olímpico Internacional", "COI"],
    "iaea": ["Organismo Internacional de Energía Atómica", "OIEA"],
    "opec": ["OPEP"],
    "oecd": ["OCDE"],
    "esa": ["Agencia Espacial Europea", "ESA"],
    "red-cross": ["Cruz Roja"],
    "unhcr": ["ACNUR"],
    "cjeu": ["Tribunal de Justicia de la Unión Europea", "TJUE"],
    "echr": ["Tribunal Europeo de Derechos Humanos", "TEDH"],
    "wha": ["Asamblea Mundial de la Salud"],
    "un-security-council": ["Consejo de Seguridad"],
    "european-council": ["Consejo Europeo"],
    "ipcc": ["Grupo Intergubernamental de Expertos sobre el Cambio Climático", "IPCC"],
    "ilo": ["Organización Internacional del Trabajo", "OIT"],
    "wfp": ["Programa Mundial de Alimentos", "PMA"],
    "iea": ["Agencia Internacional de la Energía", "AIE"],
}

# --- numbers: words, scales, qualifiers (read through lexicon.py) ---

NUMBER_WORDS = {
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "quince": 15,
    "veinte": 20,
    "treinta": 30,
    "cincuenta": 50,
    "cien": 100,
    "una docena": 12,
    "docena": 12,
}
# number words text2num does not read, as the form it reads: the apocope before a noun ("veintiún muertos")
NUMBER_WORD_SPELLINGS = {"veintiún": "veintiuno", "veintiun": "veintiuno"}
AMBIGUOUS_NUMBER_WORDS = {
    "uno",
    "una",
    "once",
    "dos",
}
# words right before or after "one" that make it a count of one, never an article ('solo un pasajero', 'un único superviviente')
SOLE_WORDS = ["solo", "sólo", "solamente", "únicamente", "sola", "único", "única"]
# a word right after a bracket that signs the change in it ("(minus 20)"): detect/bracket_changes.py
SIGN_WORDS = {"más": 1, "mas": 1, "menos": -1}
SCALE_WORDS = {
    "mil": 1e3,
    "millón": 1e6,
    "millon": 1e6,
    "millones": 1e6,
    "mil millones": 1e9,
    "millardo": 1e9,
    "millardos": 1e9,
    "billón": 1e12,
    "billones": 1e12,
}
QUALIFIERS_BEFORE = {
    "más de": "over",
    "mas de": "over",
    "por encima de": "over",
    "al menos": "at_least",
    "como mínimo": "at_least",
    "casi": "under_about",
    "cerca de": "under_about",
    "alrededor de": "about",
    "aproximadamente": "about",
    "unos": "about",
    "unas": "about",
    "hasta": "up_to",
    "menos de": "under",
    "no menos de": "at_least",
    "no más de": "up_to",
    "como máximo": "up_to",
    "a lo sumo": "up_to",
    "prácticamente": "under_about",
}
QUALIFIERS_AFTER = {
    "o más": "at_least",
}
RANGE_OPENERS = [
    "entre",
    "de",
]

# --- dates: months, weekdays, relative and partial dates (read through lexicon.py) ---

MONTHS = {
    1: ["enero"],
    2: ["febrero"],
    3: ["marzo"],
    4: ["abril"],
    5: ["mayo"],
    6: ["junio"],
    7: ["julio"],
    8: ["agosto"],
    9: ["septiembre", "setiembre"],
    10: ["octubre"],
    11: ["noviembre"],
    12: ["diciembre"],
}
WEEKDAYS = {
    0: ["lunes"],
    1: ["martes"],
    2: ["miércoles", "miercoles"],
    3: ["jueves"],
    4: ["viernes"],
    5: ["sábado", "sabado"],
    6: ["domingo"],
}

# --- how dates are written around their numbers and names (read by dates.py) ---
DAY_SUFFIXES = ["º"]
WEEKDAY_DAY_ARTICLES = ["el"]
DAY_MONTH_LINKS = ["de"]
MONTH_YEAR_LINKS = ["de", "del"]
MONTH_PAST_WORDS = ["pasado"]
MONTH_NOUNS = ["mes de"]
YEAR_NOUNS = ["año"]
YEAR_PART_ARTICLES: list[str] = []
RANGE_JOINERS = ["a", "y", "hasta"]
YEAR_END_WORDS: list[str] = []
QUARTER_NOUNS = ["trimestre"]
YEAR_LEADS = ["en", "el año"]
WEEKDAY_LEADS = ["el", "este"]
WEEKDAY_PART_ENDINGS: list[str] = []  # see NO_ENTRIES
MONTH_LEADS = ["en", "desde", "hasta"]
CAPITALISED_DATE_WORDS: list[str] = []
RELATIVE_YEAR = {
    "el año pasado": -1,
    "año pasado": -1,
    "del año pasado": -1,
    "este año": 0,
    "el próximo año": 1,
    "el año que viene": 1,
    "del año que viene": 1,
    "año que viene": 1,
    "próximo año": 1,
    "el año antepasado": -2,
    "año antepasado": -2,
    "del año antepasado": -2,
}
QUARTER_ORDINALS = {
    "primer": 1,
    "segundo": 2,
    "tercer": 3,
    "cuarto": 4,
}
YEAR_PART = {
    "first_half": ["primer semestre", "primer semestre de", "primer semestre del", "primera mitad de"],
    "second_half": ["segundo semestre", "segundo semestre de", "segundo semestre del", "segunda mitad de"],
    "end": ["finales de", "a finales de", "a fines de", "al final de"],
    "start": ["principios de", "a principios de", "comienzos de", "inicios de"],
    "since_start": ["desde principios de", "desde el inicio de", "en lo que va de"],
}
SINCE_START_OF_YEAR = []  # see NO_ENTRIES
SEASONS = {"spring": ["primavera"], "summer": ["verano"], "autumn": ["otoño"], "winter": ["invierno"]}
END_OF_YEAR = [
    "fin de año",
    "fin del año",
]
RELATIVE_DAY = {
    "anoche": -1,
    "esta mañana": 0,
    "esta madrugada": 0,
    "esta noche": 0,
    "ayer": -1,
    "hoy": 0,
    "anteayer": -2,
}
RELATIVE_WEEK = {
    "la semana pasada": -1,
    "esta semana": 0,
    "la próxima semana": 1,
    "la semana que viene": 1,
}
YEAR_PREPS = {
    "antes de": "before",
    "después de": "after",
    "tras": "after",
    "desde": "since",
    "para": "by",
    "hacia": "by",
    "hasta": "by",
    "hasta finales de": "by",
    "hasta fines de": "by",
    "hasta el final de": "by",
}

# named days of the year (read by dates.py): phrase -> (month, day); days counted from Easter Sunday -> offset.
# Only days every country of the language keeps alike: no national day
HOLIDAYS = {
    "día de año nuevo": (1, 1),
    "nochevieja": (12, 31),
    "nochebuena": (12, 24),
    "día de navidad": (12, 25),
    "día de reyes": (1, 6),
    "día de los reyes magos": (1, 6),
    "día de san valentín": (2, 14),
    "día de todos los santos": (11, 1),
}
EASTER_HOLIDAYS = {
    "domingo de resurrección": 0,
    "domingo de pascua": 0,
    "lunes de pascua": 1,
    "viernes santo": -2,
    "jueves santo": -3,
    "domingo de pentecostés": 49,
}
# words before a day number given without its month ("el día 4, ...")
# a third of a month ("Ende Oktober", "mid-March", "a finales de octubre"): days 1-10, 11-20, 21 to its end
MONTH_PARTS = {
    "start": ["principios de", "a principios de", "comienzos de", "inicios de"],
    "middle": ["mediados de", "a mediados de"],
    "end": ["finales de", "a finales de", "fines de", "a fines de"],
}
BARE_DAY_LEADS = ["el día", "el"]

# numbers said without digits (numbers.py): a round count -> (low, high); low == high is "about" that figure,
# a plural is the span it allows ("decenas" de personas son de 20 a 99: siete no son decenas)
VAGUE_QUANTITIES = {
    "decenas": (20, 99),
    "docenas": (20, 99),
    "cientos": (200, 999),
    "centenares": (200, 999),
    "miles": (2000, 9999),
    "decenas de miles": (20000, 99999),
    "cientos de miles": (200000, 999999),
    "centenares de miles": (200000, 999999),
    "una decena": (10, 10),
    "una docena": (12, 12),
    "una quincena": (15, 15),
    "una veintena": (20, 20),
    "una treintena": (30, 30),
    "un centenar": (100, 100),
    "un millar": (1000, 1000),
}

# --- money, counts and their slots (read through lexicon.py) ---

CURRENCY_NAMES = {
    "euros": "EUR",
    "dólares de singapur": "SGD",
    "dólares": "$",
    "dólar": "$",
    "libras": "GBP",
    "pesos": "MXN",
    # the plural noun alone, as reports write it once the currency is plain ("4 millones de bahts"); CLDR gives it
    # only with its adjective ("rupias indias")
    "bahts": "THB",
    "yenes": "JPY",
    "rupias": "INR",
    "yuanes": "CNY",
    "rands": "ZAR",
}
SCALED_ONLY_CURRENCY_NAMES = set()  # see NO_ENTRIES
# a word between an amount and its currency's name ("a million of dollars", "millions d'euros", "millones
# de dólares"); one ending in an apostrophe is elided and the name follows it directly
CURRENCY_NAME_LINKS = ["de"]
UNIT_NOUNS = {
    "jobs": ["empleos", "puestos", "puestos de trabajo", "plazas"],
    "people": [
        "personas",
        "empleados",
        "trabajadores",
        "ingenieros",
        "investigadores",
        "desarrolladores",
        "profesionales",
    ],
    "users": ["usuarios", "suscriptores"],
    "customers": ["clientes"],
    "offices": ["oficinas", "sedes", "sucursales"],
    "factories": ["fábricas", "plantas"],
    "labs": ["laboratorios"],
    "areas": ["áreas", "pilares", "ejes", "prioridades"],
    "sectors": ["sectores", "industrias"],
    "countries": ["países"],
    "cities": ["ciudades"],
    "markets": ["mercados"],
    "stores": ["tiendas"],
    "companies": ["empresas", "compañías"],
    "partners": ["socios"],
    "students": ["estudiantes"],
    "vehicles": ["vehículos", "coches", "automóviles"],
}
EMPLOYEE_NOUNS = {
    "empleados",
    "trabajadores",
}
HIRING_CUES = [
    "contratar",
    "crear",
    "creará",
    "emplear",
    "emplea",
    "contrata",
]
MONEY_SLOTS = {
    "savings": ["ahorrar", "ahorro", "ahorros", "ahorrará"],
    "valuation": ["valoración", "valorada", "valorado", "valuada"],
    "funding_round.amount": ["ronda", "recaudó", "recauda", "captó"],
    "investment.amount": [
        "inversión",
        "invertir",
        "invertirá",
        "invierte",
        "inyect",
        "financiación",
        "aporta",
        "destina",
    ],
    "revenue": ["ventas", "ingresos", "facturación", "facturó", "facturará", "facturado"],
    "profit": ["beneficio", "ganancia"],
    "loss": ["pérdida"],
    "acquisition.price": ["adquisición", "adquiere", "compra", "compró"],
    "ipo.amount": ["salida a bolsa"],
    "loan.amount": ["préstamo"],
    "fund.size": ["fondo"],
    "budget": ["presupuesto"],
    "cost": ["costo", "coste", "costó", "gastó", "gastado", "gastaron"],
    "fine": ["multa", "sanción económica", "penalización"],
    "salary": ["salario"],
    "price": ["precio"],
    "transfer_fee": ["traspaso", "fichaje", "cláusula"],
    "bail": ["fianza"],
    "damages": ["indemnización"],
    "market_value": [
        "capitalización bursátil",
        "capitalización",
        "valor de mercado",
        "valor bursátil",
        "de su valor",
    ],
    "share_price": ["por acción", "cotización", "precio de la acción", "cerrando a", "cerró a", "por acciones"],
}
RESULT_VERBS = [
    "obtuvo",
    "obtuvieron",
    "consiguió",
    "consiguieron",
    "logró",
    "lograron",
    "cosechó",
    "cosecharon",
    "alcanzó",
    "alcanzaron",
]
PERCENT_SLOTS = {
    "stake.percent": ["participación"],
    "market_share.percent": ["cuota de mercado"],
    "growth.percent": ["crecimiento", "aumentó", "aumento", "creció", "subió"],
    "decline.percent": ["caída", "cayó", "descenso", "bajó"],
    "unemployment.percent": ["desempleo", "paro"],
    "inflation.percent": ["inflación"],
    "interest_rate.percent": [
        "tipo de interés",
        "tasa de interés",
        "tipo de referencia",
        "tasa de referencia",
        "tipo de depósito",
        "facilidad de depósito",
        "refinanciación",
        "facilidad marginal",
        "tipos de interés",
        "tipo oficial",
        "tipos oficiales",
        "rentabilidad",
    ],
    "margin.percent": ["margen"],
    "probability.percent": ["probabilidad"],
    "approval.percent": ["aprobación"],
    "vote_share.percent": ["votos", "sufragios"],
    "turnout.percent": [
        "participación electoral",
        "índice de participación",
        "participación fue",
        "la participación",
        "electores inscritos",
        "votantes inscritos",
        "electores acudieron",
        "votantes acudieron",
    ],
    "efficacy.percent": ["eficacia", "eficaz"],
    "tariff.percent": ["arancel", "aranceles"],
}
# how much of an election's count was done ("escrutado el 95 %", "con el 99,8 % escrutado", "con el 100 % de las
# actas contabilizadas", "al 99 % del escrutinio"); see en.py
COUNTING_LEADS = ["escrutado el", "escrutada el", "tras escrutar el", "con el escrutinio del"]
COUNTING_PREPOSITIONS = ["con el", "con un", "con", "tras el", "al"]
COUNTING_WORDS = ["escrutad", "contabilizad", "computad", "del escrutinio"]

# --- events, relations, roles and speech (read through lexicon.py) ---

EVENT_VERBS = {
    "abrió": "opening",
    "abre": "opening",
    "abrirá": "opening",
    "apertura": "opening",
    "lanza": "launch",
    "lanzó": "launch",
    "lanzamiento": "launch",
    "fundada": "founded",
    "fundado": "founded",
    "fundó": "founded",
    "fundación": "founded",
    "anunci*": "announcement",
    "comunicado": "announcement",
    "declaración": "announcement",
    "firmó": "signing",
    "firmado": "signing",
    "firmaron": "signing",
    "adquiri*": "acquisition",
    "cerró": "closing",
    "cerrado": "closing",
    "elecciones": "election",
    "comicios": "election",
    "votaron": "election",
    "sentencia": "verdict",
    "condenado": "verdict",
    "condenó": "verdict",
    "fallo": "verdict",
    "final": "match",
    "sacudió": "occurred",
    "golpeó": "occurred",
    "ocurrió": "occurred",
    "aterrizó": "landing",
    "aterrizaje": "landing",
    "detenido": "arrest",
}
EVENT_OBJECTS = {
    "oficina": "office",
    "oficinas": "office",
    "sede": "office",
    "laboratorio": "lab",
    "fábrica": "factory",
    "planta": "factory",
    "tienda": "store",
    "centro de datos": "datacenter",
    "acuerdo": "agreement",
    "alianza": "partnership",
    "empresa": "company",
    "programa": "program",
    "iniciativa": "program",
}
RELATION_CUES = {
    "partner": [
        "alianza con",
        "asociación con",
        "colaboración con",
        "acuerdo con",
        "acuerdo de colaboración con",
        "se asocia con",
    ],
    "investor": ["respaldado por", "financiado por"],
    "lead_investor": ["liderada por", "liderado por"],
    "owner": ["filial de", "propiedad de", "pertenece a"],
    "founded_by": ["fundada por", "fundado por", "creada por", "creado por"],
    "hosted_at": ["alojado en", "alojada en", "con sede en"],
    "acquired": ["adquiere", "adquirió", "compra de", "compró"],
    "supports": ["apoyo a", "apoyar"],
}
JOINT_CUES = [
    "declaración conjunta",
    "comunicado conjunto",
]
FOUNDED_BY_BEFORE = []  # see NO_ENTRIES
ROLE_WORDS = {
    "consejero delegado": "ceo",
    "consejera delegada": "ceo",
    "director ejecutivo": "ceo",
    "directora ejecutiva": "ceo",
    "director financiero": "cfo",
    "presidente": "president",
    "presidenta": "president",
    "fundador": "founder",
    "fundadora": "founder",
    "cofundador": "cofounder",
    "director general": "director_general",
    "directora general": "director_general",
    "secretario general": "secretary_general",
    "director": "director",
    "directora": "director",
    "jefe": "head",
    "jefa": "head",
    "responsable": "head",
    "vicepresidente": "vice_president",
    "ministro": "minister",
    "ministra": "minister",
    "primer ministro": "prime_minister",
    "secretario": "secretary",
    "portavoz": "spokesperson",
    "analista": "analyst",
    "profesor": "professor",
    "juez": "judge",
    "jueza": "judge",
    "magistrado": "judge",
    "magistrada": "judge",
    "abogado": "lawyer",
    "abogada": "lawyer",
    "fiscal": "prosecutor",
    "entrenador": "coach",
    "seleccionador": "coach",
    "capitán": "captain",
    "canciller": "chancellor",
    "alcalde": "mayor",
    "alcaldesa": "mayor",
    "alguacil": "sheriff",
    "sheriff": "sheriff",
    "gobernador": "governor",
    "líder": "leader",
    "candidato": "candidate",
    "candidata": "candidate",
    "directora financiera": "cfo",
}
FORMER_WORDS = [
    "ex",
    "antiguo",
    "antigua",
    "exdirector",
]
HONORIFICS = [
    "sr.",
    "sra.",
    "don",
    "doña",
    "señor",
    "señora",
]
# words that attribute a quote: verbs of saying in the past, the present and as a participle ("ha dicho"), and "según"
SPEECH_VERBS = [
    "dijo",
    "afirmó",
    "explicó",
    "declaró",
    "según",
    "señaló",
    "aseguró",
    "añadió",
    "agregó",
    "indicó",
    "subrayó",
    "destacó",
    "manifestó",
    "advirtió",
    "apuntó",
    "sostuvo",
    "insistió",
    "comentó",
    "precisó",
    "reconoció",
    "escribió",
    "expresó",
    "recalcó",
    "anunció",
    "aseveró",
    "dice",
    "afirma",
    "explica",
    "asegura",
    "señala",
    "añade",
    "agrega",
    "indica",
    "destaca",
    "subraya",
    "advierte",
    "apunta",
    "sostiene",
    "insiste",
    "dicho",
    "afirmado",
    "explicado",
    "declarado",
    "señalado",
    "asegurado",
    "añadido",
    "agregado",
    "indicado",
    "subrayado",
    "destacado",
    "manifestado",
    "advertido",
    "apuntado",
    "sostenido",
    "insistido",
    "comentado",
    "precisado",
    "reconocido",
    "escrito",
    "expresado",
    "recalcado",
    "anunciado",
    "añadiendo",
    "agregando",
    "explicando",
    "asegurando",
]
# the word a verb of saying introduces its quote with ("stressed that “…”")
SPEECH_THAT = ["que"]

# --- places, rankings, lists, changes and hedges (read through lexicon.py) ---

EVENT_NOUNS = [
    "cumbre",
    "conferencia",
    "feria",
    "congreso",
    "foro",
    "liga",
    "copa",
    "campeonato",
]
# nouns that make a name a place ("Potomac River", "fleuve Potomac", "Wembley-Stadion", "estadio Wembley")
PLACE_NOUNS = [
    "río",
    "aeropuerto",
    "estadio",
    "puente",
    "lago",
    "monte",
    "montaña",
    "volcán",
    "isla",
    "bahía",
    "puerto",
    "valle",
    "plaza",
    "calle",
    "avenida",
    "parque",
    "arena",
    "estación",
    "prefectura",
    "provincia",
    "condado",
    "región",
    "distrito",
    "península",
    "mar",
    "océano",
    "golfo",
    "costa",
    "presa",
    "canal",
    "autopista",
    "palacio",
    "catedral",
    "tribunal",
]
# nouns that say what a named organisation, product or vehicle is to the story, beside its name or inside it
# ("the airline PSA Airlines", "a Sikorsky H-60 helicopter", "Supreme Court") -> its concept
ORGANISATION_NOUNS = {
    "aerolínea": "operator",
    "aerolíneas": "operator",
    "operadora": "operator",
    "avión": "aircraft",
    "aeronave": "aircraft",
    "jet": "aircraft",
    "helicóptero": "aircraft",
    "cohete": "vehicle",
    "nave": "vehicle",
    "propulsor": "vehicle",
    "buque": "vehicle",
    "tren": "vehicle",
    "vehículo": "vehicle",
    "fabricante": "manufacturer",
    "constructor": "manufacturer",
    "investigadores": "investigator",
    "tribunal": "court",
    "corte": "court",
    "juzgado": "court",
    "jurado": "court",
    "agencia": "agency",
    "autoridad": "agency",
    "ministerio": "agency",
    "junta": "agency",
    "comisión": "agency",
    "compañía": "company",
    "grupo": "company",
    "empresa": "company",
    "firma": "company",
    "filial": "company",
    "club": "club",
    "equipo": "club",
    "sindicato": "union",
    "partido": "party",
    "revista": "publication",
    "diario": "publication",
    "periódico": "publication",
    "cadena": "broadcaster",
    "chip": "product",
    "chips": "product",
    "software": "product",
    "sistema": "product",
    "supercomputadora": "product",
    "superordenador": "product",
    "vacuna": "product",
    "satélite": "product",
    "telescopio": "product",
    "instituto": "institution",
    "universidad": "institution",
    "banco": "institution",
    "fundación": "institution",
    "academia": "institution",
    "museo": "institution",
    "hospital": "institution",
}
# words right before a name that say what it is to the story ("operated by") -> its concept
ORGANISATION_LEADS = {
    "operado por": "operator",
    "fabricado por": "manufacturer",
    "construido por": "manufacturer",
    "investigado por": "investigator",
    "publicado en": "publication",
    "publicados en": "publication",
    "publicada en": "publication",
    "publicadas en": "publication",
}
OFFICE_NOUNS = [
    "oficina",
    "oficinas",
    "sede",
    "sucursal",
]
HUB_NOUNS = [
    "centro neurálgico",
    "polo",
]
NEW_WORDS = [
    "nuevo",
    "nueva",
    "nuevos",
    "nuevas",
]
EXISTING_WORDS = [
    "existentes",
    "actuales",
]
ORDINALS = {
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
RANK_CATEGORIES = {
    "laboratorio": "lab",
    "oficina": "office",
    "oficinas": "office",
    "sucursal": "office",
    "fábrica": "factory",
    "planta": "factory",
    "instalación": "facility",
    "centro": "center",
    "mercado": "market",
    "país": "country",
    "empresa": "company",
    "inversión": "investment",
}
OUTSIDE_WORDS = [
    "fuera de",
]
SUCH_WORDS = [
    "de este tipo",
    "de su tipo",
]
ONE_OF = [
    "uno de",
    "una de",
    "uno de los",
    "una de las",
]
INTERNATIONAL_WORDS = [
    "internacional",
]
LIST_NOUNS = {
    "sectores": "sectors",
    "ámbitos": "sectors",
    "áreas": "sectors",
    "prioridades": "sectors",
    "industrias": "sectors",
    "ciudades": "locations",
    "países": "countries",
    "mercados": "markets",
    "oficinas": "locations",
}
LIST_INTRO = [
    "como",
    "incluidos",
    "incluidas",
    "entre ellos",
    "entre ellas",
    "en particular",
]
LIST_ENDERS = [
    "así como",
    "entre otros",
]
ATTRIBUTION_VERBS = [
    "dijo",
    "afirmó",
    "según",
    "señaló",
]
CHANGE_WORDS = {
    "duplicado": ("up", 2.0),
    "duplicó": ("up", 2.0),
    "se duplicó": ("up", 2.0),
    "triplicado": ("up", 3.0),
    "triplicó": ("up", 3.0),
    "cuadruplicado": ("up", 4.0),
    "reducido a la mitad": ("down", 0.5),
}
CHANGE_METRICS = {
    "clientes": "customers",
    "ventas": "revenue",
    "usuarios": "users",
    "ingresos": "revenue",
    "precio": "price",
    "beneficio": "profit",
    "acción": "shares",
    "acciones": "shares",
    "cotización": "shares",
    "facturación": "revenue",
    "ganancias": "profit",
    "plantilla": "employees",
    "empleados": "employees",
    "empleos": "employees",
    "puestos de trabajo": "employees",
    "capacidad": "capacity",
    "capacidad de producción": "capacity",
    "gastos": "spending",
    "inversiones": "spending",
}
HEDGES = [
    "podría",
    "podrían",
    "quizás",
    "tal vez",
    "posiblemente",
    "si",
]
OPINION = [
    "en mi opinión",
    "debería",
]

# --- words too common to say what a text is about (clustering and copy detection skip them) ---

STOPWORDS = frozenset(
    """
al algo ante como con contra cual cuando de del desde donde durante el ella ellos en entre era es esa
ese eso esta este esto estos fue han hasta hay la las le les lo los más mas muy nos o otra otro para
pero por que quien se ser sin sobre su sus también tambien tras un una uno y ya según nuevo nueva año años
""".split()
)

# --- names: function words, name connectors, organisation words (read through lexicon.py) ---

STOP_CAPS = set(
    """
el los las lo uno una unos unas del al en con por para sobre sin según este esta estos estas ese esa
y o pero si como también más
""".split()
)
NAME_CONNECTORS = {
    "de",
    "la",
    "del",
    "y",
}
NAME_AND = {
    "y",
}
ORG_WORDS = set(
    """
ministerio agencia autoridad fundación universidad instituto banco grupo
""".split()
)

# nouns that describe an actor by its kind ("Fabricante Nvidia" opening a sentence, "el delantero Kane"):
# before a name they are a description, not part of it
ACTOR_NOUNS = set(
    """
fabricante gigante grupo empresa compañía firma sindicato aerolínea aseguradora rival competidor productor
delantero centrocampista defensa lateral portero capitán entrenador jugador
sucesor sucesora predecesor predecesora adversario adversaria contrincante rival esposa esposo marido hijo hija hermano hermana
""".split()
)
# endings of the lowercase adjectives that continue a name ("Banco central europeo", "Asamblea nacional",
# "Partido socialista"): Spanish often writes them in lowercase after the capitalised noun
# endings of common nouns that no person's name has: a capitalised phrase with such a word is no person
# ('Digital Development', 'Präsidentschaft', 'Comisión de Inversión')
COMMON_NOUN_ENDINGS = [
    "ción",
    "ciones",
    "sión",
    "siones",
    "miento",
    "mientos",
    "idad",
    "idades",
    "ismo",
    "ancia",
    "encia",
]
NAME_ADJECTIVE_ENDINGS = [
    "al",
    "ales",
    "ista",
    "istas",
    "ico",
    "ica",
    "ano",
    "ana",
    "ense",
    "ario",
    "aria",
    "eo",
    "ea",
    "ol",
    "ola",
]
# endings of an infinitive: a word whose lemma ends so is a verb ("insiste" -> "insister"), no adjective
INFINITIVE_ENDINGS = ["ar", "er", "ir", "ír"]
# whether the language writes every noun capitalised (a phrase of lowercase words alone holds no noun)
NOUNS_CAPITALISED = False
NOUN_DETERMINERS = set()  # see NO_ENTRIES

# a phrase a few words before a number that says what the number is (frames.py), where no noun after it does:
# "la mayoría absoluta (289)", "la mayoría absoluta se sitúa en 289"
FRAME_TOPICS = {
    "balance": "deaths",
    "número de muertos": "deaths",
    "número de fallecidos": "deaths",
    "cifra de muertos": "deaths",
    "cifra de fallecidos": "deaths",
    "número de heridos": "injured",
    "número de desaparecidos": "missing",
    "número de víctimas mortales": "deaths",
    "número de víctimas": "deaths",
    "cifra de víctimas": "deaths",
    "número de personas fallecidas": "deaths",
}
COUNT_LEADS = ["número de", "cifra de", "número de los", "número de las", "número total de", "cifra total de"]
FRAME_LEADS = {
    "mayoría absoluta": "majority",
    "multitud de": "attendance",
    "asistencia de": "attendance",
    "asistencia:": "attendance",
    "espectadores:": "attendance",
}

# --- conversions and abbreviations (read by money.py and segment.py) ---

CONVERSION_WORDS = [
    "o",
    "es decir",
    "equivalentes a",
    "equivalente a",
    "unos",
]
ORDINAL_DOT_LEADS = []  # see NO_ENTRIES
ABBREVIATIONS = {
    "dr",
    "prof",
    "etc",
    "sr",
    "sra",
    "sres",
    "dña",
    "núm",
    "pág",
}

# --- function words that tie a figure to its subject (read by context.py) ---

DEMONSTRATIVES = [
    "este",
    "esta",
    "estos",
    "estas",
]
RELATIVE_PRONOUNS = [
    "que",
    "la cual",
    "el cual",
]
PREPOSITIONS = [
    "con",
    "para",
    "por",
    "en",
    "de",
    "del",
    "al",
]

# fractions said in words (detect/fractions.py): phrase -> the share it is ("dos tercios de los escaños" is about 66.7%)
FRACTIONS = {
    "la mitad": 1 / 2,
    "un tercio": 1 / 3,
    "dos tercios": 2 / 3,
    "una cuarta parte": 1 / 4,
    "tres cuartas partes": 3 / 4,
    "una quinta parte": 1 / 5,
}
RATIO_JOINERS = ["de cada"]
RATIO_ORDINAL_LEADS: list[str] = []  # see NO_ENTRIES


# words the detectors' patterns are built from (detect/)
# a percentage said in words after its figure (the sign % is the same in every language)
PERCENT_WORDS = ["por ciento", "porciento", "por cien"]  # "el cien por cien de las circunscripciones"
# how an ordinal is written in digits: the suffix after the figure ("15th", "15.", "15e", "15º")
ORDINAL_SUFFIXES = ["º", "ª", ".º", ".ª"]
# a preposition and the article in one word ("du", "del", "zum"): an article before a noun phrase
ARTICLE_CONTRACTIONS = ["del", "al"]
# the preposition that names the agent of a passive ("founded by")
AGENT_PREPOSITIONS = ["por"]
# prepositions that place something in a city or country ("an office in Paris")
LOCATIVE_PREPOSITIONS = ["en", "a"]
# auxiliary verbs: a number before one counts nothing it names ("39 were in Wajima")
AUXILIARY_VERBS = ["es", "son", "era", "eran", "fue", "fueron", "será", "serán", "ha", "han", "había", "habían"]
# prepositions that also say to whom ("paid to X", "versé à X"): a name of two words after one is a person
DATIVE_PREPOSITIONS = ["a", "al"]
# "and" between the items of an enumeration or a list
AND_WORDS = ["y", "e"]
# after a unit of time: half of it more ("two years and a half", "deux ans et demi", "dos años y medio")
HALF_AFTER = ["y medio", "y media"]
# right after a number: half of one more ("two and a half years", "a six-and-a-half-year sentence")
HALF_AFTER_NUMBER = ["y medio"]
# "or" between the items of a list
OR_WORDS = ["o"]
# the minute of a match, after its ordinal or before its number ("74th minute", "minuto 74")
MINUTE_NOUNS = ["minuto"]
# minutes counted ("after 74 minutes")
MINUTES_NOUNS = ["minutos"]
# words before a count of minutes that make it the time of a match event ("after 74 minutes")
MINUTES_LEADS = ["tras", "a los", "al cabo de"]
# words before an ordinal alone that make it the minute of a match event ("in the 83rd with a strike", "à 88e.")
ORDINAL_MINUTE_LEADS = ["en el"]
# words before a bare number that make it the minute of a match event, the minute written without its ordinal's
# mark ("un gol en el 42, consolidando"): detect/match_minutes.py
BARE_MINUTE_LEADS = ["en el"]
# words after a count of minutes that set a match event that many minutes after (1) or before (-1) the one told
# before it ("Solo ocho minutos después, Doué marcó", "tres minutos antes"), and the words after them that name what
# they are counted from instead ("dos minutos después del reinicio", "antes del final"): detect/match_minutes.py
MINUTES_LATER = {"después": 1, "más tarde": 1, "antes": -1}
MINUTES_LATER_FROM = ["de", "del", "de la", "que"]
# words after a count of minutes that make it the time left in a match ("four minutes from time"): its minute
# is the regular time less that count
MINUTES_FROM_END = ["del final", "para el final", "antes del final", "del pitido final"]
# a superlative or a first said to stand in all history: its opening words and the words of all history
# ("the first American pontiff in history", "der höchste Endspielerfolg ... überhaupt"): detect/records.py
# alert levels told by colour: the colour -> its level (green 1 .. red 4), and the nouns of an alert ("red alert",
# "alerte rouge", "Warnstufe Rot", "aviso rojo"): detect/alerts.py
ALERT_COLOURS = {"rojo": 4, "roja": 4, "naranja": 3, "amarillo": 2, "amarilla": 2, "verde": 1}
ALERT_NOUNS = ["aviso", "avisos", "alerta", "alertas"]
# a level of a scale: the noun before its number ("category 5", "Kategorie 4", "intensité de « 7 »") and the scale
# named after it ("registered 7, the highest level on the Japanese intensity scale")
SCALE_LEVEL_NOUNS = ["categoría", "nivel", "intensidad"]
LEVEL_SCALE_NOUNS = ["escala"]
LEVEL_SCALE_LEADS = ["en la", "en una", "en su"]
RECORD_OPENERS = ["primer", "primera", "primeros", "primeras", "mayor", "más", "peor", "mejor"]
RECORD_SCOPES = [
    "de la historia",
    "en la historia",
    "de todos los tiempos",
    "de su historia",
    "jamás registrado",
    "jamás registrada",
]
# words of a kind a first names ("la primera caminata espacial privada"): a first of its kind, a record
RECORD_KINDS = ["privado", "privada", "privados", "privadas", "comercial", "civil", "mujer", "negro", "negra"]
DURATION_ADJECTIVES = {}  # see NO_ENTRIES
# a duration told with no figure (detect/wordless_durations.py): the words of a few with the span they allow
# ("durante unos pocos minutos"), and the words right before them that make it a span of time, not a point in time
DURATION_ARTICLES = []  # see NO_ENTRIES
FEW_WORDS = {
    "unos pocos": (2, 9),
    "unas pocas": (2, 9),
    "pocos": (2, 9),
    "pocas": (2, 9),
    "algunos": (2, 9),
    "algunas": (2, 9),
    "varios": (2, 9),
    "varias": (2, 9),
    "unos": (2, 9),
    "unas": (2, 9),
}
SPAN_LEADS = ["durante", "desde hace", "duró", "dura", "duraba", "pasó", "pasar", "pasa"]
# words before hours and minutes as a clock writes them that make them a span of time ("Pendant 5h29 de jeu");
# no "since": "seit 17:30" is a time of day
CLOCK_SPAN_LEADS = ["durante", "duró", "dura", "duraba"]
# the word between a part and its whole ("410 of the 650 seats", "411 sièges sur les 650")
OUT_OF_WORDS = ["de", "sobre"]
# words after a figure and its comma that tell an earlier level of it ("15.000 empleos, frente a los 12.000"):
# detect/elided.py
EARLIER_LEVEL_LEADS = ["frente a", "respecto a", "comparado con", "en comparación con"]
# a part of the figure before it told by a relative pronoun, before the part's number ("cuatro años de prisión, de
# los cuales dos en firme") or after it ("dos de ellos en firme"): read by detect/elided.py
PART_LEADS = [
    "de los cuales",
    "de las cuales",
    "entre ellos",
    "entre ellas",
    "entre los cuales",
    "entre las cuales",
    "incluidos",
    "incluidas",
]
PART_TAILS = ["de ellos", "de ellas", "de los cuales", "de las cuales"]
# words between the two figures of a range ("five to ten", "between 5 and 10", "5 or 6"); after "and"/"or"
# it is a range only where a range opener comes before (numbers.py)
NUMBER_RANGE_JOINERS = ["a", "y", "o"]
# the start of every word for a dollar: a text without one (nor "$", nor a dollar code) names no dollar (money.py)
DOLLAR_STEMS = ["dólar"]
# "while" between two clauses: a predicate across it more likely belongs to the next figure (frames.py)
WHILE_WORDS = ["mientras"]
VERB_FINAL_AUXILIARIES: list[str] = []  # see NO_ENTRIES
# the definite article in its nominative forms: a list's first item loses it ("the automotive sector", "die Autoindustrie")
DEFINITE_ARTICLES = ["el", "la", "los", "las"]
# "of" and its contracted or genitive forms between a noun and what it belongs to ("chief of staff",
# "Chef der Bank", "directeur d'usine", "jefe del Gobierno")
OF_WORDS = ["de", "del"]
# the definite article in every form, elided ones with their apostrophe: skipped before a noun by detect/
# ("at the summit", "bei dem Gipfel", "lors de l'assemblée", "para los trabajadores")
ARTICLES = ["el", "la", "los", "las"]
# possessive determiners: with an article they open the noun phrase a relative clause is about (context.py)
POSSESSIVES = ["su", "sus", "nuestro", "nuestra", "nuestros", "nuestras"]
# the ending that makes a name its owner ("Kenya's central bank")
POSSESSIVE_ENDINGS = []  # see NO_ENTRIES
# a word after an hour that makes it a time of day -> hours it adds ("5 p.m." is 17:00, "17 Uhr", "17h")
CLOCK_WORDS = {"h": 0, "horas": 0}
# a time zone after a time of day, lowercase ("04:09 UTC", "14.45 MEZ", "(hora local)") -> minutes from UTC,
# the IANA zone (summer time counted on the article's day), or "local" (the place's own time, zone unknown)
TIME_ZONES = {
    "utc": 0,
    "gmt": 0,
    "hora local": "local",
    "hora peninsular": "Europe/Madrid",
    "hora española": "Europe/Madrid",
    "hora de españa": "Europe/Madrid",
    "hora del este": "America/New_York",
}
# the word for an hour after a whole hour ("18 Uhr", "21 heures") -> whether it is a time of day only after a
# word of CLOCK_LEADS ("à 21 heures"; "21 heures de vol" is a duration)
CLOCK_HOUR_NOUNS = {"h": True, "horas": True, "hora": True}
# words right before a time of day -> the minutes before and after it they allow ("at" 0, 0; "gegen" -15, 15;
# "shortly after" 0, 20)
CLOCK_LEADS = {
    "a las": (0, 0),
    "a la": (0, 0),
    "desde las": (0, 0),
    "hacia las": (-15, 15),
    "sobre las": (-15, 15),
    "alrededor de las": (-15, 15),
    "pasadas las": (0, 20),
    "poco después de las": (0, 20),
    "poco antes de las": (-20, 0),
}
# words before an event's name that place something at it ("at the summit", "beim Gipfel", "lors du salon")
EVENT_PREPOSITIONS = ["en el", "en la", "durante"]
# "for": the figure after it is one an actor got ("38% for the SPD", "28 % pour le RN")
FOR_WORDS = ["para", "por"]
# words between a role and the organisation it is held at ("CEO at OpenAI", "Chef bei Asana", "PDG de X")
EMPLOYER_PREPOSITIONS = ["de", "del", "en"]
# role words that are a role only capitalised or with "of" after them ("Chief", "head of"; not "the boss")
BARE_ROLE_WORDS = ["director"]
# the word between a number word or scale and the noun it counts ("hundreds of flights", "un millier de membres",
# "una docena de países", "Hunderte von Flügen"); one ending in an apostrophe is elided and the noun follows it directly
QUANTITY_NOUN_LINKS = ["de"]
# prepositions before a name that make it qualify the actor before it ("the SPD of Olaf Scholz", "led by Merz",
# "premier groupe au Bundestag"): that name is not who a result belongs to
QUALIFYING_PREPOSITIONS = ["de", "del", "en", "por", "bajo"]
# the words before the next name of a ranking ("followed by the Socialist Party with 28.7%"): a preposition
# in them opens the actor of the figure after, no name that qualifies the one before
NEXT_IN_RANKING = [
    "seguido de",
    "seguida de",
    "seguidos de",
    "seguidas de",
    "seguido por",
    "seguida por",
    "seguido del",
    "seguida del",
]
# open role titles: first word(s) -> closing word, with one or two words between ("chief financial officer" -> cfo,
# the initials of its words); with no closing word, the title is its words ("head of state", "head of communications")
ROLE_FRAMES = {}  # see NO_ENTRIES
# words that make an ordinal a rank by size or worth ("the second-largest city", "la deuxième plus grande ville",
# "le troisième groupe le plus important", "el cuarto mayor fabricante"), read by detect/rankings.py
SUPERLATIVE_WORDS = ["mayor", "mayores", "más"]
# the whole an ordinal ranks in, after its noun ("la deuxième ville du pays", "the third company in the world")
RANK_SCOPE_WORDS = ["del mundo", "en el mundo", "mundial", "del país", "en el país", "de la historia"]
# nouns a rank's number follows ("auf Platz drei", "en el puesto 3")
RANK_NOUNS = ["puesto", "lugar"]
# the word for "number" before a rank's figure ("el número uno del mundo", "el n.º 1 mundial") (detect/rankings.py)
RANK_NUMBER_WORDS = ["número", "n.º", "nº", "no."]
# words before it that make the rank one in the world, and after it ("número uno del mundo")
WORLD_RANK_BEFORE = []  # see NO_ENTRIES
WORLD_RANK_AFTER = ["del mundo", "mundial", "del ranking mundial", "de la clasificación mundial", "del ranking"]
# the word of the world ranking an ordinal is glued to ("Weltranglisten-Erste")
WORLD_RANK_COMPOUNDS = []  # see NO_ENTRIES
# a sentence for life, told with no figure (detect/life_sentences.py)
LIFE_SENTENCE_WORDS = [
    "cadena perpetua",
    "prisión permanente revisable",
    "prisión permanente",
    "prisión perpetua",
    "prisión de por vida",
]
# the words that tell a prison term is suspended, after it ("un año de prisión suspendida", "dos años de cárcel en
# suspenso") or right before it ("una pena suspendida de dos años"): a sentence of its own
# (detect/suspended_sentences.py)
SUSPENDED_SENTENCE_WORDS = [
    "suspendida",
    "suspendido",
    "suspendidos",
    "suspendidas",
    "en suspenso",
    "pena suspendida",
    "condena suspendida",
]
# words in a figure's sentence that tell when in its count the report gives it (explain.py): as the newest count of a
# figure that changes ("según el último balance", "la cifra de muertos ascendió a 95"), as a count not yet final
# ("resultados provisionales", "hasta el momento", "con el 99 % escrutado") or as the final one ("resultados
# definitivos")
REPORT_TIME_WORDS = {
    "último balance": "latest",
    "nuevo balance": "latest",
    "balance actualizado": "latest",
    "actualizado": "latest",
    "ascendió a": "latest",
    "asciende a": "latest",
    "se eleva a": "latest",
    "se elevó a": "latest",
    "elevó a": "latest",
    "aumentó a": "latest",
    "ha aumentado": "latest",
    "subió a": "latest",
    "provisional": "provisional",
    "provisionales": "provisional",
    "preliminar": "provisional",
    "preliminares": "provisional",
    "parcial": "provisional",
    "parciales": "provisional",
    "primer balance": "provisional",
    "hasta el momento": "provisional",
    "hasta ahora": "provisional",
    "por ahora": "provisional",
    "de momento": "provisional",
    "escrutado": "provisional",
    "escrutinio": "provisional",
    "definitivo": "final",
    "definitivos": "final",
    "definitiva": "final",
    "definitivas": "final",
    "resultado final": "final",
    "resultados finales": "final",
    "resultados oficiales": "final",
}
