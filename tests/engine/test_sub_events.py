"""A date or a time belongs to the part of the story's event its sentence names (the take-off, not the crash; the
update's release, not the outage it caused): two parts' figures are two facts, however alike their values, and a
figure naming no part joins either. Checked through extract_claims / cross_check in every language."""

import pytest

from verification.engine.concepts import concept_label

# (took off at 13:39, another report's take-off, crashed at 13:39, another report's crash, a plain 13:39,
#  the take-off's label words, the crash's label words)
TAKE_OFF_AND_CRASH = {
    "en": (
        "The plane departed from runway 23 at 13:39 local time with 242 people on board.",
        "Flight 171 took off at 13:39 local time, officials said.",
        "The crash happened at 13:39 local time near the airport.",
        "The plane crashed at 13:39 local time into a hostel.",
        "Residents heard a loud bang at 13:39 local time.",
        "take-off",
        "crash",
    ),
    "de": (
        "Die Maschine ist um 13:39 Uhr Ortszeit gestartet, mit 242 Menschen an Bord.",
        "Flug 171 startete um 13:39 Uhr Ortszeit, teilten die Behörden mit.",
        "Der Absturz ereignete sich um 13:39 Uhr Ortszeit nahe dem Flughafen.",
        "Die Maschine stürzte um 13:39 Uhr Ortszeit auf ein Wohnheim.",
        "Anwohner hörten um 13:39 Uhr Ortszeit einen lauten Knall.",
        "Start",
        "Absturz",
    ),
    "fr": (
        "L'appareil a décollé à 13h39 (heure locale) avec 242 personnes à bord.",
        "Le décollage a eu lieu à 13h39 (heure locale), selon les autorités.",
        "Le crash est survenu à 13h39 (heure locale) près de l'aéroport.",
        "L'avion s'est écrasé à 13h39 (heure locale) sur un foyer.",
        "Des habitants ont entendu un grand bruit à 13h39 (heure locale).",
        "décollage",
        "accident",
    ),
    "es": (
        "El avión despegó a las 13:39 hora local con 242 personas a bordo.",
        "El despegue se produjo a las 13:39 hora local, según las autoridades.",
        "El accidente se produjo a las 13:39 hora local cerca del aeropuerto.",
        "El avión se estrelló a las 13:39 hora local contra una residencia.",
        "Los vecinos oyeron un fuerte ruido a las 13:39 hora local.",
        "despegue",
        "accidente",
    ),
}


@pytest.mark.parametrize("lang", sorted(TAKE_OFF_AND_CRASH))
def test_the_take_off_and_the_crash_at_one_time_are_two_facts(lang, checked):
    take_off, take_off_again, crash, crash_again, _, take_off_words, crash_words = TAKE_OFF_AND_CRASH[lang]
    facts = checked((lang, take_off), (lang, crash), (lang, take_off_again), (lang, crash_again), kind="time")
    assert len(facts) == 2
    assert all(f.verdict == "corroborated" and len(f.sources) == 2 for f in facts)
    labels = sorted(concept_label(f.slot, lang) for f in facts)
    assert any(take_off_words.lower() in label.lower() for label in labels)
    assert any(crash_words.lower() in label.lower() for label in labels)


@pytest.mark.parametrize("lang", sorted(TAKE_OFF_AND_CRASH))
def test_a_time_naming_no_part_of_the_event_joins_the_one_told(lang, checked):
    take_off, take_off_again, _, _, plain, _, _ = TAKE_OFF_AND_CRASH[lang]
    facts = checked((lang, take_off), (lang, take_off_again), (lang, plain), kind="time")
    assert len(facts) == 1
    assert len(facts[0].sources) == 3


# (the update released on 18 July, another report's release on 19 July, the outage on 19 July, another report's outage)
RELEASE_AND_OUTAGE = {
    "en": (
        "On July 18, 2024, the security company released an update for its sensor.",
        "The update, released on July 19, 2024, broke millions of computers.",
        "A global outage on July 19, 2024 grounded flights and closed banks.",
        "The outage of July 19, 2024 hit hospitals and airports.",
    ),
    "de": (
        "Am 18. Juli 2024 hat die Sicherheitsfirma ein Update für ihren Sensor veröffentlicht.",
        "Das Update wurde am 19. Juli 2024 veröffentlicht und legte Millionen Rechner lahm.",
        "Der weltweite Ausfall am 19. Juli 2024 legte Flughäfen und Banken lahm.",
        "Die Störung vom 19. Juli 2024 traf Krankenhäuser und Flughäfen.",
    ),
    "fr": (
        "Le 18 juillet 2024, l'éditeur a publié une mise à jour de son capteur.",
        "La mise à jour, publiée le 19 juillet 2024, a bloqué des millions d'ordinateurs.",
        "Une panne mondiale, le 19 juillet 2024, a cloué les avions au sol.",
        "La panne du 19 juillet 2024 a touché hôpitaux et aéroports.",
    ),
    "es": (
        "El 18 de julio de 2024, la empresa de seguridad publicó una actualización de su sensor.",
        "La actualización, publicada el 19 de julio de 2024, bloqueó millones de ordenadores.",
        "Un apagón informático mundial el 19 de julio de 2024 paralizó vuelos y bancos.",
        "El apagón del 19 de julio de 2024 afectó a hospitales y aeropuertos.",
    ),
}


@pytest.mark.parametrize("lang", sorted(RELEASE_AND_OUTAGE))
def test_the_release_of_an_update_and_the_outage_it_caused_are_two_dates(lang, checked):
    facts = checked(*((lang, text) for text in RELEASE_AND_OUTAGE[lang]), kind="date")
    by_sources = sorted((len(f.sources), f.verdict) for f in facts if f.members)
    assert by_sources == [(2, "conflicting"), (2, "corroborated")]


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_a_part_of_the_event_its_date_already_names_reads_as_that_date(lang):
    assert concept_label("landing.date.landing", lang) == concept_label("landing.date", lang)
    assert concept_label("time.crash", lang) != concept_label("time", lang)
