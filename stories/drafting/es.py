"""Spanish tables for the consolidated draft (see stories.drafting)."""

ACCORDING_TO = "{statement}, según {outlet}"
SOURCES_DIFFER = "Las fuentes difieren en {what}: {reports}."
REPORTS = "{outlet} indica {value}"
VALUE_STATEMENT = "{label}: {value}"
REPORT_JOIN = "; "
AND = "y"
QUALIFIERS = {
    "over": "más de {}",
    "at_least": "al menos {}",
    "about": "unos {}",
    "under": "menos de {}",
    "up_to": "hasta {}",
    "range": "de {} a {}",
}
NO_FACTS = "_Aún no hay hechos verificados: verifique primero la historia._"
PROMOTIONAL = frozenset(
    """
espectacular extraordinario extraordinaria histórico histórica increíble inédito inédita insólito
legendario legendaria pionero pionera revolucionario revolucionaria sin-precedentes
""".split()
)
PROMOTIONAL_PHRASES = ("sin precedentes", "joya de la corona", "de clase mundial")
CALL_TO_ACTION = (
    "suscríbete",
    "suscríbase",
    "regístrate",
    "haz clic",
    "leer más",
    "más información",
    "síguenos",
    "descarga",
    "comparte",
)
