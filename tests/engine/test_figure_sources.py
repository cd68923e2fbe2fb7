"""A count told as one side's (the police's, the organisers') is that side's figure: the police's and the organisers'
counts are two facts, not one conflict; two reports of one side's count that differ are one fact in conflict; a
report naming no source joins either. Checked through extract_claims / cross_check in every language."""

import pytest

from verification.engine.concepts import concept_label

from .conftest import cross_check_texts, extracted

# (the police's count, the police's count another report gives otherwise, the organisers' count, no source named,
#  the label words of the police's count)
CROWD = {
    "en": (
        "Police said 100,000 participants marched through Munich on Sunday.",
        "According to the police, 130,000 participants marched through Munich on Sunday.",
        "According to the organisers, 130,000 participants marched through Munich on Sunday.",
        "Some 100,000 participants marched through Munich on Sunday.",
        "official count",
    ),
    "de": (
        "Laut Polizei zogen am Sonntag 100.000 Teilnehmer durch München.",
        "Die Polizei sprach von 130.000 Teilnehmern in München am Sonntag.",
        "Die Veranstalter sprachen von 130.000 Teilnehmern in München am Sonntag.",
        "Am Sonntag zogen rund 100.000 Teilnehmer durch München.",
        "Zählung der Behörden",
    ),
    "fr": (
        "Dimanche, 100 000 participants ont défilé à Munich, selon la police.",
        "La police a compté 130 000 participants à Munich dimanche.",
        "Les organisateurs ont compté 130 000 participants à Munich dimanche.",
        "Dimanche, quelque 100 000 participants ont défilé à Munich.",
        "chiffre des autorités",
    ),
    "es": (
        "El domingo 100.000 participantes marcharon por Múnich, según la policía.",
        "La policía habló de 130.000 participantes en Múnich el domingo.",
        "Los organizadores hablaron de 130.000 participantes en Múnich el domingo.",
        "El domingo unos 100.000 participantes marcharon por Múnich.",
        "cifra oficial",
    ),
}


def _counts(*articles):
    return sorted(
        ((f.slot, f.verdict, len(f.members)) for f in cross_check_texts(*articles) if f.kind == "count"),
        key=str,
    )


@pytest.mark.parametrize("lang", sorted(CROWD))
def test_two_reports_of_one_sides_count_that_differ_are_one_fact_in_conflict(lang):
    police, police_again, *_, label = CROWD[lang]
    facts = [f for f in cross_check_texts((lang, police), (lang, police_again)) if f.kind == "count"]
    assert [(f.verdict, len(f.members)) for f in facts] == [("conflicting", 2)]
    assert label in concept_label(facts[0].slot, lang)


@pytest.mark.parametrize("lang", sorted(CROWD))
def test_the_polices_and_the_organisers_counts_are_two_facts(lang):
    police, _, organisers, *_ = CROWD[lang]
    assert [v for _, v, _ in _counts((lang, police), (lang, organisers))] == ["single_source", "single_source"]


@pytest.mark.parametrize("lang", sorted(CROWD))
def test_a_count_naming_no_source_joins_a_sides_count(lang):
    police, _, _, plain, _ = CROWD[lang]
    assert [(v, n) for _, v, n in _counts((lang, police), (lang, plain))] == [("corroborated", 2)]


# sentences and (figure, the side its count is of, None where the sentence tells it as nobody's)
SIDES = [
    ("en", "The police, however, speak of at least 80,000 participants.", "80,000", "official"),
    ("en", "Organisers said some 50,000 people had turned up to the demonstration.", "50,000", "organisers"),
    ("en", "Eleven police officers were injured, 26 police officers in all.", "26", None),
    (
        "de",
        "Die Polizei ging von mindestens 80.000 Demonstrierenden aus, der Veranstalter sprach von 250.000 Teilnehmern.",
        "80.000",
        "official",
    ),
    (
        "de",
        "Die Polizei ging von mindestens 80.000 Demonstrierenden aus, der Veranstalter sprach von 250.000 Teilnehmern.",
        "250.000",
        "organisers",
    ),
    (
        "fr",
        "La police a compté 80 000 manifestants, contre 250 000 manifestants selon les organisateurs.",
        "80 000",
        "official",
    ),
    (
        "fr",
        "La police a compté 80 000 manifestants, contre 250 000 manifestants selon les organisateurs.",
        "250 000",
        "organisers",
    ),
    ("fr", "Au total, 26 policiers et gendarmes ont été blessés.", "26", None),
    (
        "fr",
        "Alors que 800.000 manifestants étaient attendus, selon plusieurs estimations, les autorités ont recensé 506.000 participants.",
        "800.000",
        None,
    ),
    (
        "es",
        "Más de 200.000 personas según estimaciones policiales –320.000 según los organizadores– se manifestaron.",
        "200.000",
        "official",
    ),
    (
        "es",
        "Más de 200.000 personas según estimaciones policiales –320.000 personas según los organizadores– marcharon.",
        "320.000",
        "organisers",
    ),
    (
        "es",
        "La marcha atrajo al menos a 60.000 personas y potencialmente hasta 100.000, dijo la policía.",
        "60.000",
        "official",
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "side"), SIDES)
def test_a_count_is_the_side_its_sentence_gives_it_to(lang, text, figure, side):
    counts = [c for c in extracted(text, lang) if c.kind == "count" and figure in c.text]
    assert counts, f"no count read at {figure!r}"
    assert {c.extra.get("by_whom") for c in counts} == {side}
