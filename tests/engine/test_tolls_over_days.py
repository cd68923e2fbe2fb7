"""One event's toll told by reports of its first days is one fact in conflict, the newest report's figure named; a
part an article gives beside its whole toll (one town's dead, an earlier storm's) and a toll dated a year off stay
apart."""

from datetime import date

import pytest

MONDAY, TUESDAY, WEDNESDAY = date(2024, 1, 1), date(2024, 1, 2), date(2024, 1, 3)


def _tolls(checked, *articles):
    return [f for f in checked(*articles, kind="count") if f.slot == "deaths"]


def _texts(facts):
    return sorted(sorted(c.text for _, c in f.members) for f in facts)


def test_a_toll_told_on_the_day_and_days_later_in_four_languages_is_one_conflict(checked):
    # Monday's two reports agree on 48, Wednesday's say 65 and 72: one toll that rose, not two facts of two days
    facts = _tolls(
        checked,
        ("fr", "Le séisme de lundi a fait 48 morts selon un bilan provisoire.", MONDAY),
        ("es", "El terremoto del lunes dejó 48 muertos, según las autoridades.", MONDAY),
        (
            "en",
            "The death toll from the earthquake stood at 65 as of 3 p.m. on Wednesday. Thirty-two deaths were "
            "confirmed in Wajima.",
            WEDNESDAY,
        ),
        ("de", "Am Mittwochabend meldeten die Behörden 72 Tote nach dem Erdbeben.", WEDNESDAY),
    )
    assert _texts(facts) == [["48 morts", "48 muertos", "65", "72 Tote"], ["Thirty-two deaths"]]
    whole = next(f for f in facts if len(f.members) == 4)
    assert whole.verdict == "conflicting"
    assert "newest report" in whole.explanation


def test_a_towns_toll_beside_the_whole_is_no_telling_of_another_reports_toll(checked):
    facts = _tolls(
        checked,
        (
            "en",
            "The death toll from the earthquake stood at 65 on Wednesday, officials said. Thirty-two deaths were "
            "confirmed in Wajima.",
            WEDNESDAY,
        ),
        ("fr", "Le séisme a fait 48 morts selon un bilan provisoire.", TUESDAY),
    )
    assert [f.verdict for f in facts if len(f.members) == 2] == ["conflicting"]
    assert ["Thirty-two deaths"] in _texts(facts), _texts(facts)


def test_an_earlier_storms_toll_an_article_recalls_joins_no_other_toll(checked):
    facts = _tolls(
        checked,
        (
            "fr",
            "Les inondations ont fait au moins 95 morts. La tempête Boris avait fait 23 morts en septembre.",
            WEDNESDAY,
        ),
        ("es", "Las inundaciones dejaron al menos 95 muertos y 29 desaparecidos.", WEDNESDAY),
        ("en", "The floods have killed at least 30 people, officials said.", TUESDAY),
    )
    assert ["23 morts"] in _texts(facts), _texts(facts)


def test_a_toll_dated_a_year_before_is_another_events(checked):
    facts = _tolls(
        checked,
        ("en", "The earthquake killed 72 people on Wednesday. The floods killed 12 people.", WEDNESDAY),
        ("de", "Im Januar 2023 hatte ein Erdbeben in der Region 60 Menschen getötet.", WEDNESDAY),
        ("es", "El terremoto dejó 70 muertos el miércoles.", WEDNESDAY),
    )
    assert ["60 Menschen"] in _texts(facts), _texts(facts)


@pytest.mark.parametrize(
    "language, ceiling",
    [
        ("en", "As many as 27 people were unaccounted for after the floods, officials said."),
        ("de", "Nach den Fluten wurden bis zu 27 Menschen vermisst, teilten die Behörden mit."),
        ("fr", "Après les inondations, jusqu'à 27 personnes étaient portées disparues, selon les autorités."),
        ("es", "Tras las inundaciones, hasta 27 personas estaban desaparecidas, según las autoridades."),
    ],
)
def test_a_toll_told_only_as_a_ceiling_is_checked_like_any_toll(checked, language, ceiling):
    # an article whose only toll of those people is a ceiling has no whole it could be a part of (the check stopped
    # on it: no floor of that article's tolls to compare the ceiling with)
    facts = [
        f
        for f in checked(
            (language, ceiling, MONDAY),
            ("en", "Ten people were still missing after the floods on Tuesday, the sheriff said.", TUESDAY),
            kind="count",
        )
        if any("27" in c.text for _, c in f.members)
    ]
    assert len(facts) == 1, _texts(facts)


SEPT_4, SEPT_5, SEPT_14, OCT_1 = date(2025, 9, 4), date(2025, 9, 5), date(2025, 9, 14), date(2025, 10, 1)
FIRST_DAYS = [
    ("en", "As of 4 September, the Ebola outbreak had killed 15 people, officials said.", SEPT_4),
    ("de", "Bis zum 4. September zählten die Behörden 15 Tote durch die Ebola-Epidemie.", SEPT_4),
    ("fr", "Au 4 septembre, l'épidémie d'Ebola avait fait 15 morts, selon les autorités.", SEPT_5),
]
LATEST = [
    ("en", "As of 28 September, the outbreak has caused 42 deaths, the WHO said.", OCT_1),
    ("es", "Hasta el 28 de septiembre, el brote de ébola había causado 42 muertos.", OCT_1),
]


def test_an_outbreaks_toll_told_weeks_apart_by_reports_that_follow_it_is_one_conflict(checked):
    # an outbreak's reports follow its toll over weeks: figures dated 24 days apart, both in the days the story's
    # reports were published, are its toll at two times, not two tolls
    later = ("fr", "Selon le rapport du 10 septembre, l'épidémie a fait 20 décès.", SEPT_14)
    facts = _tolls(checked, *FIRST_DAYS, later, *LATEST)
    assert [len(f.members) for f in facts] == [6], _texts(facts)
    assert facts[0].verdict == "conflicting"


def test_a_toll_dated_before_the_days_an_outbreaks_reports_follow_it_is_another_events(checked):
    earlier = ("es", "El 20 de abril de 2025, otro brote había causado 20 muertos en la región.", SEPT_14)
    facts = _tolls(checked, *FIRST_DAYS, earlier, *LATEST)
    assert ["20 muertos"] in _texts(facts), _texts(facts)


def test_a_place_beside_one_of_an_articles_mentions_of_a_toll_does_not_make_it_a_part(checked):
    # the headline names the province beside the toll, the body gives the toll bare: the article's toll is the event's
    headline = (
        "de",
        "Ebola-Ausbruch in der Provinz Kasaï: 15 Tote. Bis zum 4. September starben 15 Menschen an der Ebola-Epidemie.",
        SEPT_4,
    )
    later = ("fr", "Selon le rapport du 10 septembre, l'épidémie a fait 20 décès.", SEPT_14)
    facts = _tolls(checked, FIRST_DAYS[0], headline, FIRST_DAYS[2], later, *LATEST)
    assert [len({article for article, _ in f.members}) for f in facts] == [6], _texts(facts)
