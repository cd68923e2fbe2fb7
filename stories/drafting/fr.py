"""French tables for the consolidated draft (see stories.drafting)."""

ACCORDING_TO = "{statement}, selon {outlet}"
SOURCES_DIFFER = "Les sources divergent sur {what} : {reports}."
REPORTS = "{outlet} indique {value}"
VALUE_STATEMENT = "{label} : {value}"
REPORT_JOIN = " ; "
AND = "et"
QUALIFIERS = {
    "over": "plus de {}",
    "at_least": "au moins {}",
    "about": "environ {}",
    "under": "moins de {}",
    "up_to": "jusqu'à {}",
    "range": "de {} à {}",
}
NO_FACTS = "_Aucun fait vérifié : vérifiez d'abord le sujet._"
PROMOTIONAL = frozenset(
    """
extraordinaire exceptionnel exceptionnelle fabuleux fabuleuse historique incroyable inédit inédite
légendaire phare pionnier pionnière prestigieux prestigieuse révolutionnaire spectaculaire sans-précédent
""".split()
)
PROMOTIONAL_PHRASES = ("sans précédent", "joyau de la couronne", "de classe mondiale")
CALL_TO_ACTION = (
    "abonnez-vous",
    "inscrivez-vous",
    "cliquez",
    "lire la suite",
    "en savoir plus",
    "suivez-nous",
    "téléchargez",
    "partagez",
    "gratuit",
)
