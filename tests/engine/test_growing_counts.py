"""Counts of people that grow as an event goes on, beside its toll (an outbreak's cases, the arrests of a day of
unrest), are checked like a toll: the figure most reports give and one report's figure of an earlier hour or day
are one fact in conflict, the newest report's figure named; each report's figure stays in one fact."""

from datetime import date

import pytest

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
