"""Health and casualty counts: an outbreak's infections are its cases; a stay in hospital named by its noun counts the
people hospitalised; patients and victims counted with a verb after them ("patients who died", "patients hospitalisés")
are what the verb says befell them, as with the verb before them; a participle that agrees with the feminine people it
counts ("personas muertas", "personnes décédées") says what it says in the masculine. Checked through extract_claims
and cross_check in every language."""

import pytest

from .conftest import counted, cross_check_texts, extracted

# (language, sentence, the figure's first word, the concept it counts)
READINGS = [
    ("en", "Officials counted 40 infections in the outbreak.", "40", "cases"),
    ("de", "Die Behörden zählten 26 Infektionen.", "26", "cases"),
    ("fr", "Le bilan atteint 58 contaminations.", "58", "cases"),
    ("es", "Ya son 561 contagios en Texas.", "561", "cases"),
    ("es", "Se contabilizan 20 personas infectadas.", "20", "cases"),
    ("en", "Health officials report 22 hospitalizations.", "22", "hospitalised"),
    ("en", "There were 22 hospitalisations last week.", "22", "hospitalised"),
    ("de", "Es gab bisher 22 Krankenhauseinweisungen.", "22", "hospitalised"),
    ("fr", "On compte 22 hospitalisations depuis janvier.", "22", "hospitalised"),
    ("es", "Se registraron 22 hospitalizaciones.", "22", "hospitalised"),
    ("en", "Nine patients have required hospitalization.", "Nine", "hospitalised"),
    ("es", "En Texas, hay 171 enfermos de 0 a 4 años.", "171", "cases"),
    ("de", "Bisher gibt es 40 Erkrankte und 26 Infizierte.", "26", "cases"),
    ("de", "Bisher gibt es 40 Erkrankte und 26 Infizierte.", "40", "cases"),
    ("en", "Officials said 15 patients who died were elderly.", "15", "deaths"),
    ("en", "There were 12 patients hospitalised last week.", "12", "hospitalised"),
    ("de", "Es gibt 15 Patienten, die gestorben sind.", "15", "deaths"),
    ("de", "Bisher mussten 18 Patienten ins Krankenhaus.", "18", "hospitalised"),
    ("fr", "Au total, 20 patients ont été hospitalisés.", "20", "hospitalised"),
    ("es", "Hay 20 pacientes hospitalizados en la región.", "20", "hospitalised"),
    ("es", "El accidente dejó 12 víctimas fallecidas.", "12", "deaths"),
    ("es", "Hay al menos 51 personas muertas en el condado.", "al", "deaths"),
    ("es", "El balance oficial es de 30 personas fallecidas.", "30", "deaths"),
    ("es", "Se registraron 300 personas vacunadas.", "300", "vaccinated"),
    ("fr", "On compte 12 personnes décédées dans la ville.", "12", "deaths"),
    ("fr", "On compte 20 personnes hospitalisées dans la ville.", "20", "hospitalised"),
    ("fr", "Quelque 500 personnes vaccinées ont été suivies.", "Quelque", "vaccinated"),
    ("fr", "On compte 20 mortes et 12 blessées.", "20", "deaths"),
]


@pytest.mark.parametrize(("lang", "text", "figure", "concept"), READINGS)
def test_a_health_or_casualty_count_reads_its_concept(lang, text, figure, concept):
    slots = {slot for slot, evidence, _ in counted(text, lang) if evidence.startswith(figure)}
    assert slots == {concept}, slots


# "of the patients" and a verb after them: the number counts what the verb says, whole, as "Of the 40 passengers, 11
# were injured" counts the injured; with no verb it is a part of the group (tests/engine/test_partitive_counts.py)
@pytest.mark.parametrize(
    ("lang", "text", "concept"),
    [
        ("en", "Twelve of the patients have been hospitalised.", "hospitalised"),
        ("de", "Zwölf der Patienten sind gestorben.", "deaths"),
        ("fr", "Douze des patients ont été hospitalisés.", "hospitalised"),
        ("es", "Cincuenta y seis de los pacientes han sido hospitalizados.", "hospitalised"),
    ],
)
def test_a_verb_after_a_partitive_counts_the_whole_of_its_concept(lang, text, concept):
    counts = [c for c in extracted(text, lang) if c.kind == "count"]
    assert [(c.slot, c.extra.get("part")) for c in counts] == [(concept, None)]


def test_a_german_partitive_article_is_no_relative_pronoun():
    # "der" of "10 der Toten" is the partitive's article, not the "der" that opens a relative clause
    counts = [c for c in extracted("Nach Angaben der Polizei waren 10 der Toten Kinder.", "de") if c.kind == "count"]
    assert [(c.slot, c.extra.get("part")) for c in counts] == [("deaths", "of_whole")]


# what a count of patients or victims stays when no verb says what befell them
@pytest.mark.parametrize(
    ("lang", "text", "figure", "concept"),
    [
        ("en", "The clinic counted 40 patients on Monday.", "40", "patients"),
        ("de", "Die Klinik zählte am Montag 40 Patienten.", "40", "patients"),
        ("fr", "La clinique a accueilli 40 patients lundi.", "40", "patients"),
        ("es", "El juicio escuchó a 120 víctimas.", "120", "victims"),
        # a verb before them is what someone did to them: "treated" no longer says they are in hospital
        ("en", "We treated around 70 patients.", "around", "patients"),
    ],
)
def test_patients_and_victims_no_verb_tells_stay_what_they_are(lang, text, figure, concept):
    slots = {slot for slot, evidence, _ in counted(text, lang) if evidence.startswith(figure)}
    assert slots == {concept}, slots


# one outbreak's count told as cases by one report and as infections by another
CASES_AND_INFECTIONS = {
    "en": "Rwanda has reported 26 infections so far.",
    "de": "Ruanda hat bisher 26 Infektionen gemeldet.",
    "fr": "Le Rwanda a signalé jusqu'ici 26 contaminations.",
    "es": "Ruanda ha notificado hasta ahora 26 contagios.",
}


@pytest.mark.parametrize("lang", sorted(CASES_AND_INFECTIONS))
def test_infections_and_cases_of_one_outbreak_are_one_fact(lang):
    facts = cross_check_texts(("en", "Rwanda has reported 26 cases so far."), (lang, CASES_AND_INFECTIONS[lang]))
    joined = [f for f in facts if len(f.sources) == 2 and f.slot.startswith("cases")]
    assert [f.verdict for f in joined] == ["corroborated"], [(f.slot, f.verdict, len(f.sources)) for f in facts]


@pytest.mark.parametrize("lang", sorted(CASES_AND_INFECTIONS))
def test_infections_and_cases_told_differently_conflict(lang):
    facts = cross_check_texts(("en", "Rwanda has reported 36 cases so far."), (lang, CASES_AND_INFECTIONS[lang]))
    joined = [f for f in facts if len(f.sources) == 2 and f.slot.startswith("cases")]
    assert [f.verdict for f in joined] == ["conflicting"], [(f.slot, f.verdict, len(f.sources)) for f in facts]


# the dead counted as patients who died in one report and as deaths in another: one toll; the patients hospitalised
# are no rival of it
DEAD_PATIENTS = {
    "en": "Officials said 15 patients who died had no vaccine.",
    "de": "Nach Angaben der Behörden sind 15 Patienten gestorben.",
    "fr": "Selon les autorités, 15 patients sont décédés.",
    "es": "Según las autoridades, 15 pacientes fallecieron.",
}
HOSPITALISED_PATIENTS = {
    "en": "Officials said 40 patients were hospitalised.",
    "de": "Nach Angaben der Behörden kamen 40 Patienten ins Krankenhaus.",
    "fr": "Selon les autorités, 40 patients ont été hospitalisés.",
    "es": "Según las autoridades, 40 pacientes fueron hospitalizados.",
}


@pytest.mark.parametrize("lang", sorted(DEAD_PATIENTS))
def test_patients_who_died_are_the_toll(lang):
    facts = cross_check_texts(("en", "The outbreak has caused 15 deaths."), (lang, DEAD_PATIENTS[lang]))
    joined = [f for f in facts if len(f.sources) == 2]
    assert [(f.slot, f.verdict) for f in joined] == [("deaths", "corroborated")]


@pytest.mark.parametrize("lang", sorted(HOSPITALISED_PATIENTS))
def test_patients_hospitalised_are_no_rival_of_the_toll(lang):
    facts = cross_check_texts(("en", "The outbreak has caused 15 deaths."), (lang, HOSPITALISED_PATIENTS[lang]))
    assert not [f for f in facts if f.verdict == "conflicting"], [(f.slot, f.verdict) for f in facts]
