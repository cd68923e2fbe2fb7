"""Español. Table meanings: see ``verification/engine/lang/__init__.py``."""

CONCEPT_LABELS = {
    "things": "Número",
    "times": "Veces", "ordinal": "Puesto en una serie",
    "defendants": "Acusados", "match_minute": "Minuto",
    "rate_change": "Variación del tipo",
    "deaths": "Muertos", "injured": "Heridos", "missing": "Desaparecidos", "displaced": "Desplazados",
    "evacuated": "Evacuados", "rescued": "Rescatados", "affected": "Afectados", "homeless": "Sin hogar",
    "hospitalised": "Hospitalizados", "survivors": "Supervivientes", "magnitude": "Magnitud", "depth": "Profundidad",
    "buildings_damaged": "Edificios dañados", "buildings_destroyed": "Edificios destruidos",
    "area_burned": "Superficie quemada", "passengers": "Personas a bordo", "aftershocks": "Réplicas",
    "seats": "Escaños obtenidos", "votes": "Votos", "vote_share": "Porcentaje de votos", "turnout": "Participación",
    "majority": "Escaños para la mayoría", "approval": "Aprobación", "voters": "Electores",
    "score": "Resultado", "goals": "Goles", "points": "Puntos", "transfer_fee": "Importe del traspaso",
    "contract_length": "Duración del contrato", "wins": "Victorias", "medals": "Medallas", "titles": "Títulos",
    "appearances": "Partidos jugados", "attendance": "Espectadores", "race_time": "Tiempo",
    "investment": "Inversión", "funding_round": "Ronda de financiación", "valuation": "Valoración",
    "valuation.pre_money": "Valoración previa", "valuation.post_money": "Valoración posterior",
    "revenue": "Ingresos", "profit": "Beneficio", "loss": "Pérdidas", "price": "Precio",
    "acquisition.price": "Precio de compra", "acquisition": "Adquisición", "ipo": "Salida a bolsa", "loan": "Préstamo",
    "fund": "Tamaño del fondo", "fund.size": "Tamaño del fondo", "budget": "Presupuesto", "cost": "Coste",
    "fine": "Multa", "salary": "Salario", "jobs": "Empleos", "job_cuts": "Despidos", "interest_rate": "Tipo de interés",
    "inflation": "Inflación", "unemployment": "Tasa de paro", "growth": "Crecimiento", "decline": "Caída",
    "stake": "Participación", "market_share": "Cuota de mercado", "share_price": "Cotización",
    "market_value": "Capitalización", "shares": "Acciones", "tariff": "Arancel", "margin": "Margen",
    "probability": "Probabilidad", "users": "Usuarios", "customers": "Clientes", "people": "Personas",
    "employees": "Empleados", "offices": "Oficinas", "factories": "Fábricas", "labs": "Laboratorios",
    "areas": "Áreas", "sectors": "Sectores", "countries": "Países", "cities": "Ciudades", "markets": "Mercados",
    "stores": "Tiendas", "companies": "Empresas", "partners": "Socios", "students": "Estudiantes",
    "vehicles": "Vehículos", "robots": "Robots", "units_sold": "Unidades vendidas", "deliveries": "Entregas",
    "damages": "Indemnización",
    "distance": "Distancia", "altitude": "Altitud", "duration": "Duración", "speed": "Velocidad",
    "temperature": "Temperatura", "mass": "Masa", "length": "Longitud", "area": "Superficie", "power": "Potencia",
    "volume": "Volumen", "crew": "Tripulación", "satellites": "Satélites", "cases": "Casos", "patients": "Pacientes",
    "vaccinated": "Vacunados", "efficacy": "Eficacia", "participants": "Participantes", "infections": "Contagios",
    "downloads": "Descargas", "devices": "Dispositivos", "accounts": "Cuentas afectadas", "records": "Registros",
    "age": "Edad",
    "sentence": "Condena", "bail": "Fianza", "charges": "Cargos", "victims": "Víctimas", "suspects": "Sospechosos",
    "arrested": "Detenidos", "convicted": "Condenados",
    "founded": "Fecha de fundación", "founded_by": "Fundadores", "announcement": "Fecha del anuncio",
    "partnership": "Socio", "investor": "Inversores", "owner": "Propietario", "hosted_at": "Con sede en",
    "support": "Iniciativas apoyadas", "role": "Cargo", "role.former": "Cargo anterior", "appointment": "Nombramiento",
    "quote": "Cita", "event": "Evento", "hub": "Centro regional", "locations": "Ubicaciones",
    "office.locations": "Ubicación de las oficinas", "office.locations.new": "Nuevas oficinas",
    "office.locations.existing": "Oficinas existentes", "ranking": "Clasificación", "change": "Cambio",
    "time": "Hora", "date": "Fecha", "record": "Récord",
}
EVENT_LABELS = {
    "since": "Última vez antes",
    "event": "Fecha del suceso",
    "opening": "Fecha de apertura", "launch": "Fecha de lanzamiento", "founded": "Fecha de fundación",
    "announcement": "Fecha del anuncio", "signing": "Fecha de la firma", "acquisition": "Fecha de la adquisición",
    "closing": "Fecha de cierre", "completion": "Fecha de finalización", "ipo": "Fecha de salida a bolsa",
    "change": "Cambio", "ranking": "Clasificación", "occurred": "Fecha", "election": "Fecha de las elecciones",
    "verdict": "Fecha de la sentencia", "arrest": "Fecha de la detención", "landing": "Fecha del aterrizaje",
    "match": "Fecha del partido", "start": "Inicio", "end": "Fin", "deadline": "Plazo", "date": "Fecha",
}
OBJECT_LABELS = {
    "office": "oficina", "headquarters": "sede", "lab": "laboratorio", "factory": "fábrica", "store": "tienda",
    "hub": "centro", "campus": "campus", "datacenter": "centro de datos", "agreement": "acuerdo",
    "partnership": "alianza", "company": "empresa", "product": "producto", "program": "programa",
    "facility": "instalación", "center": "centro", "market": "mercado", "country": "país", "investment": "inversión",
    "users": "usuarios", "customers": "clientes", "revenue": "ingresos", "employees": "plantilla",
    "valuation": "valoración", "price": "precio", "profit": "beneficio", "assets": "activos",
    "market_share": "cuota de mercado", "downloads": "descargas", "mission": "misión", "election": "elecciones",
    "trial": "juicio", "season": "temporada",
}
LABEL_TEMPLATE = "{event} ({object})"

FRAME_NOUNS = {
    "legisladores": "seats", "representantes": "seats", "parlamentarios": "seats",
    "vez": "times", "veces": "times",
    "acusados": "defendants", "procesados": "defendants", "coacusados": "defendants",
    "muertos": "deaths", "muerto": "deaths", "fallecidos": "deaths", "víctimas mortales": "deaths",
    "muertes": "deaths", "víctimas": "victims", "víctima": "victims", "heridos": "injured", "herido": "injured",
    "heridas": "injured", "lesionados": "injured", "desaparecidos": "missing", "desaparecidas": "missing",
    "evacuados": "evacuated", "supervivientes": "survivors", "sobrevivientes": "survivors",
    "damnificados": "affected", "refugiados": "displaced", "desplazados": "displaced", "réplicas": "aftershocks",
    "viviendas": "buildings_damaged", "casas": "buildings_damaged", "edificios": "buildings_damaged",
    "pasajeros": "passengers", "tripulantes": "crew", "astronautas": "crew", "escaños": "seats",
    "escaño": "seats", "diputados": "seats", "mandatos": "seats", "mandato": "seats", "votos": "votes", "sufragios": "votes", "electores": "voters",
    "votantes": "voters", "goles": "goals", "gol": "goals", "tantos": "goals", "puntos": "points",
    "victorias": "wins", "medallas": "medals", "títulos": "titles", "partidos": "appearances",
    "espectadores": "attendance", "aficionados": "attendance", "casos": "cases", "pacientes": "patients",
    "contagios": "infections", "infecciones": "infections", "participantes": "participants",
    "voluntarios": "participants", "descargas": "downloads", "dispositivos": "devices", "cuentas": "accounts",
    "registros": "records", "satélites": "satellites", "cargos": "charges", "sospechosos": "suspects",
    "detenidos": "arrested", "detenciones": "arrested", "arrestos": "arrested", "unidades": "units_sold",
    "entregas": "deliveries", "acciones": "shares", "empleos": "jobs", "puestos de trabajo": "jobs",
    "despidos": "job_cuts", "usuarios": "users", "clientes": "customers", "suscriptores": "users",
    "empleados": "employees", "trabajadores": "employees", "estudiantes": "students",
}
FRAME_PREDICATES = {
    "murieron": "deaths", "muertos": "deaths", "muerto": "deaths", "fallecieron": "deaths",
    "fallecidos": "deaths", "perdieron la vida": "deaths", "matando": "deaths", "mató": "deaths",
    "balance": "deaths", "heridos": "injured", "herido": "injured", "hiriendo": "injured", "resultaron heridos": "injured",
    "lesionados": "injured", "desaparecidos": "missing", "desaparecido": "missing", "evacuados": "evacuated",
    "evacuadas": "evacuated", "evacuado": "evacuated", "desalojados": "evacuated", "desplazados": "displaced",
    "huyeron": "displaced", "rescatados": "rescued", "rescatadas": "rescued", "afectados": "affected",
    "afectadas": "affected", "damnificados": "affected", "hospitalizados": "hospitalised", "hospitalizadas": "hospitalised",
    "detenidos": "arrested", "detenido": "arrested", "arrestados": "arrested", "condenados": "convicted",
    "condenado": "convicted", "imputados": "charges", "sobrevivieron": "survivors", "a bordo": "passengers",
    "despedir": "job_cuts", "recortar": "job_cuts", "eliminar": "job_cuts", "destruidas": "buildings_destroyed",
    "destruidos": "buildings_destroyed", "dañadas": "buildings_damaged", "dañados": "buildings_damaged",
    "contagiados": "infections", "vacunados": "vaccinated",
}
PERSON_NOUNS = [
    "personas", "persona", "individuos", "habitantes", "residentes", "vecinos", "civiles", "niños", "menores",
    "adultos", "hombres", "mujeres", "migrantes", "turistas", "obreros", "trabajadores", "mineros", "soldados",
    "policías", "agentes", "bomberos", "alumnos", "peregrinos", "otros", "otras", "ciudadanos", "familias", "hogares",
]
MEASURE_UNITS = {
    "puntos básicos": ("rate_change", 0.01), "puntos porcentuales": ("rate_change", 1.0),
    "km": ("length", 1000.0), "kilómetros": ("length", 1000.0), "kilómetro": ("length", 1000.0),
    "metros": ("length", 1.0), "metro": ("length", 1.0), "millas": ("length", 1609.34),
    "centímetros": ("length", 0.01), "cm": ("length", 0.01), "milímetros": ("length", 0.001), "mm": ("length", 0.001),
    "años": ("duration", 365.25), "año": ("duration", 365.25), "meses": ("duration", 30.44), "mes": ("duration", 30.44),
    "semanas": ("duration", 7.0), "semana": ("duration", 7.0), "días": ("duration", 1.0), "día": ("duration", 1.0),
    "horas": ("duration", 1 / 24), "hora": ("duration", 1 / 24), "minutos": ("duration", 1 / 1440),
    "segundos": ("duration", 1 / 86400), "toneladas": ("mass", 1000.0), "tonelada": ("mass", 1000.0),
    "kilos": ("mass", 1.0), "kilogramos": ("mass", 1.0), "kg": ("mass", 1.0), "km/h": ("speed", 1.0),
    "nudos": ("speed", 1.852), "hectáreas": ("area", 0.01), "hectárea": ("area", 0.01), "km2": ("area", 1.0),
    "km²": ("area", 1.0), "kilómetros cuadrados": ("area", 1.0), "mw": ("power", 1.0), "megavatios": ("power", 1.0),
    "gw": ("power", 1000.0), "gigavatios": ("power", 1000.0), "°c": ("temperature", 1.0), "grados": ("temperature", 1.0),
    "litros": ("volume", 1.0), "barriles": ("volume", 159.0), "metros cúbicos": ("volume", 1000.0),
    "m3": ("volume", 1000.0),
}
MEASURE_CUES = {
    "condenado": "sentence", "condenada": "sentence", "condena": "sentence", "prisión": "sentence",
    "cárcel": "sentence", "pena": "sentence", "contrato": "contract_length", "renovado": "contract_length",
    "renovación": "contract_length",
    "magnitud": "magnitude", "richter": "magnitude", "profundidad": "depth", "distancia": "distance",
    "altitud": "altitude", "órbita": "altitude", "viento": "speed", "vientos": "speed", "rachas": "speed",
    "velocidad": "speed", "calcinadas": "area_burned", "quemadas": "area_burned", "arrasadas": "area_burned",
    "temperatura": "temperature", "temperaturas": "temperature", "duró": "duration", "duración": "duration",
    "capacidad": "power", "edad": "age",
}
CUMULATIVE_WORDS = ["en total", "desde su fundación", "desde su creación", "hasta ahora", "hasta la fecha",
                    "acumulado", "acumulados", "en conjunto", "total"]
PREVIOUS_WORDS = ["anterior", "anteriormente", "previo", "previa", "previamente", "última ronda", "inicialmente",
                  "inicial", "en un principio", "primero"]
ADDITION_WORDS = ["adicional", "adicionales", "otros", "otras", "nuevos", "nuevas", "más"]
APPOINTMENT_CUES = ["nombrado", "nombrada", "nombra", "designado", "designada", "asume", "sucede", "sustituye",
                    "elegido", "elegida", "promovido", "promovida", "será el nuevo", "será la nueva"]
SCORE_CUES = ["vence", "venció", "derrota", "derrotó", "ganó", "gana", "perdió", "pierde", "empate", "empató", "victoria", "partido", "final", "semifinal", "cuartos de final", "goleada", "se impuso"]
# relative dates (dates.py): month offsets, weekday directions, "N units ago"
RELATIVE_MONTH = {"el mes pasado": -1, "del mes pasado": -1, "el pasado mes": -1, "este mes": 0,
                  "el próximo mes": 1, "del próximo mes": 1, "el mes que viene": 1, "el mes próximo": 1}
WEEKDAY_DIRECTION = {"pasado": -1, "último": -1, "próximo": 1, "que viene": 1}
AGO_WORDS = {"hace": "before", "atrás": "after"}
TIME_UNITS = {"día": "day", "días": "day", "semana": "week", "semanas": "week", "mes": "month",
              "meses": "month", "año": "year", "años": "year"}
COMPARISON_WORDS = ["frente a", "respecto a", "en comparación con", "comparado con", "que en", "desde", "de"]
