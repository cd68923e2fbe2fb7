"""Counts of people that grow as an event goes on, beside its toll (an outbreak's cases, the arrests of a day of
unrest), are checked like a toll: the figure most reports give and one report's figure of an earlier hour or day
are one fact in conflict, the newest report's figure named; each report's figure stays in one fact."""

from datetime import date

import pytest

from .conftest import counted

MONDAY, WEDNESDAY = date(2024, 1, 1), date(2024, 1, 3)


@pytest.mark.parametrize(
    "slot, earlier, later",
    [
        (
            "arrested",
            ("es", "Hasta el mediodía, la policía había realizado 94 detenciones en toda Francia."),
            [
                ("fr", "Le ministre a annoncé 309 interpellations dans toute la France."),
                ("en", "Police made 309 arrests across France, the minister said."),
                ("de", "Die Polizei meldete 309 Festnahmen in ganz Frankreich."),
            ],
        ),
        (
            "cases",
            ("en", "The health ministry has confirmed 20 cases of the virus so far."),
            [
                ("de", "Das Gesundheitsministerium meldete 36 Fälle des Virus."),
                ("fr", "Le ministère de la santé a recensé 36 cas du virus."),
                ("es", "El ministerio de salud registró 36 casos del virus."),
            ],
        ),
    ],
)
def test_a_count_told_by_an_earlier_report_and_by_later_ones_is_one_conflict(checked, slot, earlier, later):
    articles = [(*earlier, MONDAY), *((lang, text, WEDNESDAY) for lang, text in later)]
    facts = [f for f in checked(*articles, kind="count") if f.slot == slot]
    assert [len(f.members) for f in facts] == [4], [[c.text for _, c in f.members] for f in facts]
    assert facts[0].verdict == "conflicting"
    assert "newest report" in facts[0].explanation


@pytest.mark.parametrize(
    "lang, text, figure",
    [
        ("en", "Rapid response teams have identified 44 contacts of the patient.", 44),
        ("en", "Contact tracing is ongoing, with 300 individuals currently under follow-up.", 300),
        ("de", "Die Behörden verfolgen 44 Kontaktpersonen der Patientin.", 44),
        ("de", "Etwa 300 Personen, die mit den Erkrankten in Kontakt gekommen sind, wurden identifiziert.", 300),
        ("fr", "Au total, 45 contacts ont été listés par les autorités.", 45),
        ("fr", "Au moins 40 personnes ont été en contact avec la patiente.", 40),
        ("es", "Las autoridades han identificado 716 contactos.", 716),
        ("es", "Unas 40 personas estuvieron en contacto con la paciente.", 40),
    ],
)
def test_the_people_an_outbreaks_cases_met_are_its_contacts(lang, text, figure):
    # the contacts traced: a count of people (not of things), named by its noun or by being in contact or followed up
    got = [(slot, low) for slot, _, low in counted(text, lang) if low == figure]
    assert got == [("contacts", figure)], counted(text, lang)


def test_an_outbreaks_contacts_told_by_two_reports_apart_are_one_conflict(checked):
    facts = checked(
        ("en", "The ministry said 44 contacts of the patient have so far been identified.", MONDAY),
        ("fr", "Les autorités recherchent au moins 44 contacts, dont 30 agents de santé.", MONDAY),
        ("fr", "Au total, 45 contacts ont été listés, selon les autorités ougandaises.", MONDAY),
        slot="contacts",
    )
    assert [len(f.members) for f in facts] == [3], [[c.text for _, c in f.members] for f in facts]
    assert facts[0].verdict == "conflicting"
