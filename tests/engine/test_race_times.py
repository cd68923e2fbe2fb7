"""Race times and durations told in several units: one duration, told to its last unit, in every language, through
extract_claims and cross_check."""

from datetime import date

import pytest

from verification.engine.compare import ComparisonContext, agree, view
from verification.engine.rates import default_rates

from .conftest import extracted

SECOND, MINUTE = 1 / 86400, 1 / 1440
CTX = ComparisonContext(rates=default_rates(), on=date(2026, 3, 3))


def _durations(text: str, lang: str) -> list[tuple]:
    return [
        (c.text, round(c.value["low"] / SECOND))
        for c in extracted(text, lang)
        if c.value.get("unit") == "duration" and c.value.get("low") is not None
    ]


@pytest.mark.parametrize(
    ("lang", "text", "evidence"),
    [
        ("en", "Chepngetich won the race in 2:09:56 on Sunday.", "2:09:56"),
        ("de", "Bei ihrem Sieg in 2:09:56 Stunden blieb sie unter dem alten Rekord.", "2:09:56"),
        ("fr", "Elle s’est imposée en 2h09’56 à Chicago.", "2h09’56"),
        ("fr", "Elle a battu le record du monde avec un chrono de 2h09min56s.", "2h09min56s"),
        ("es", "Se proclamó campeona con un tiempo de 2h9’56”.", "2h9’56”"),
    ],
)
def test_a_race_time_is_one_duration_told_to_the_second(lang, text, evidence):
    assert _durations(text, lang) == [(evidence, 2 * 3600 + 9 * 60 + 56)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The last signal was received at 08:08:51 UTC."),
        ("en", "The last signal was received at 8:08:51 UTC."),
        ("de", "Das letzte Signal kam um 8:08:51 Uhr."),
        ("de", "Leverkusen verlor das Finale 0:3 (0:2)."),
        ("fr", "Le score final est de 3-0, soit 2:1 à la pause."),
    ],
)
def test_a_clock_with_its_zone_and_a_score_are_no_race_time(lang, text):
    assert _durations(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "evidence", "seconds"),
    [
        (
            "en",
            "She ran the marathon in two hours, nine minutes, and 56 seconds.",
            "two hours, nine minutes, and 56 seconds",
            7796,
        ),
        ("en", "The flight lasted 2 hours 51 minutes.", "2 hours 51 minutes", 10260),
        ("de", "Die Show dauerte 3 Stunden und 45 Minuten.", "3 Stunden und 45 Minuten", 13500),
        ("fr", "Le vol a duré 2 heures 51 minutes et 40 secondes.", "2 heures 51 minutes et 40 secondes", 10300),
        ("es", "El vuelo duró seis minutos y 49 segundos.", "seis minutos y 49 segundos", 409),
    ],
)
def test_a_duration_told_in_several_units_is_one_duration(lang, text, evidence, seconds):
    assert _durations(text, lang) == [(evidence, seconds)]


def test_race_times_a_second_apart_conflict_and_a_time_told_to_the_minute_holds_them(checked):
    facts = checked(
        ("en", "Chepngetich won the race in 2:09:56 on Sunday."),
        ("de", "Chepngetich gewann das Rennen in 2:09:57 Stunden."),
        slot="duration",
    )
    assert [f.verdict for f in facts] == ["conflicting"]
    facts = checked(
        ("en", "Chepngetich won the race in 2:09:56 on Sunday."),
        ("fr", "Chepngetich a gagné la course en deux heures et neuf minutes."),
        slot="duration",
    )
    assert [f.verdict for f in facts] == ["corroborated"]


def _timed(text: str, lang: str):
    """The one duration a text tells, as comparisons read it."""
    (claim,) = [c for c in extracted(text, lang) if c.value.get("unit") == "duration"]
    return view(claim)


# the winner's time of a sprint, told to the hundredth by one report and to the thousandth or tenth by another
SPRINTS = {
    "en": "The American won the final in {} seconds.",
    "de": "Der Amerikaner gewann das Finale in {} Sekunden.",
    "fr": "L'Américain a remporté la finale en {} secondes.",
    "es": "El estadounidense ganó la final en {} segundos.",
}


def _sprint(time: str, lang: str) -> str:
    return SPRINTS[lang].format(time if lang == "en" else time.replace(".", ","))


@pytest.mark.parametrize(("lang", "other"), [("en", "de"), ("de", "fr"), ("fr", "es"), ("es", "en")])
@pytest.mark.parametrize(
    ("coarse", "fine", "ok"),
    [
        ("9.79", "9.784", True),  # rounded up to the hundredth, as sport timing does
        ("9.79", "9.786", True),  # rounded half-up
        ("9.78", "9.786", True),  # cut
        ("9.8", "9.79", True),  # a tenth holds the hundredth it rounds
        ("9.79", "9.81", False),  # two hundredths told to the hundredth differ
        ("9.79", "9.80", False),
        ("9.8", "9.68", False),  # more than a tenth below
        ("9.79", "9.778", False),  # 9.778 rounds to 9.78 every way
    ],
)
def test_a_time_told_to_fewer_decimals_holds_the_times_it_rounds(lang, other, coarse, fine, ok):
    a, b = _timed(_sprint(coarse, lang), lang), _timed(_sprint(fine, other), other)
    assert agree("measure", a, b, CTX) is ok
    assert agree("measure", b, a, CTX) is ok


@pytest.mark.parametrize(("lang", "other"), [("en", "de"), ("fr", "es")])
def test_a_sprint_time_told_to_the_thousandth_corroborates_the_hundredth(checked, lang, other):
    facts = checked((lang, _sprint("9.79", lang)), (other, _sprint("9.784", other)), slot="duration")
    assert [(f.verdict, len(f.members)) for f in facts] == [("corroborated", 2)]
    facts = checked((lang, _sprint("9.8", lang)), (other, _sprint("9.79", other)), slot="duration")
    assert [(f.verdict, len(f.members)) for f in facts] == [("corroborated", 2)]


@pytest.mark.parametrize(("lang", "other"), [("en", "es"), ("de", "fr")])
def test_sprint_times_tenths_apart_are_two_finishes(checked, lang, other):
    """This final's time and the world record, another runner's time: never one time told differently."""
    facts = checked((lang, _sprint("9.79", lang)), (other, _sprint("9.58", other)), slot="duration")
    assert sorted(f.verdict for f in facts) == ["single_source", "single_source"]


@pytest.mark.parametrize(
    ("lang", "text", "ok"),
    [
        ("en", "She won the marathon in two hours and ten minutes.", True),  # rounded half-up
        ("de", "Sie gewann den Marathon in zwei Stunden und neun Minuten.", True),  # cut
        ("fr", "Elle a gagné le marathon en deux heures et onze minutes.", False),
        ("es", "Ganó el maratón en tres horas.", False),  # no rounding of 2:09:56 to the hour but up
    ],
)
def test_a_time_told_to_the_minute_holds_the_second_it_rounds(lang, text, ok):
    assert agree("measure", _timed(text, lang), _timed("She won the marathon in 2:09:56.", "en"), CTX) is ok


@pytest.mark.parametrize(
    ("lang", "text", "evidence"),
    [
        ("en", "Alcaraz won the epic in 5hrs 29min on Sunday.", "5hrs 29min"),
        ("en", "The final, lasting 5:29, was the longest ever played there.", "5:29"),
        ("de", "Alcaraz verwandelte nach 5:29 Stunden seinen ersten Matchball.", "5:29 Stunden"),
        ("fr", "Pendant 5h29 de jeu, les deux joueurs ont tout donné.", "5h29"),
        ("es", "El partido duró 5:29 y fue el más largo del torneo.", "5:29"),
    ],
)
def test_hours_and_minutes_written_as_a_clock_reads_are_a_duration_where_words_say_so(lang, text, evidence):
    assert _durations(text, lang) == [(evidence, 5 * 3600 + 29 * 60)]
    assert not [c for c in extracted(text, lang) if c.kind in ("time", "score")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The final started at 5:29 p.m. and Alcaraz won it."),
        ("de", "Das Finale lief seit 17:29 Uhr, Alcaraz gewann es."),
        ("fr", "La finale a débuté à 15h29 et Alcaraz l'a gagnée."),
        ("es", "La final comenzó a las 15:29 horas y la ganó Alcaraz."),
    ],
)
def test_a_time_of_day_is_no_duration(lang, text):
    assert _durations(text, lang) == []
    assert [c.kind for c in extracted(text, lang) if c.kind == "time"] == ["time"]


MATCH_LENGTHS = {
    "en": "Alcaraz won the final after {}.",
    "de": "Alcaraz gewann das Finale nach {}.",
    "fr": "Alcaraz a gagné la finale. Pendant {} de jeu, il a lutté.",
    "es": "Alcaraz ganó la final, que duró {}.",
}
SAID = {
    "en": ("five hours and 29 minutes", "5 hours and 30 minutes", "five hours"),
    "de": ("5:29 Stunden", "5:30 Stunden", "fünf Stunden"),
    "fr": ("5h29", "5h30", "cinq heures"),
    "es": ("5 horas y 29 minutos", "5 horas y 30 minutos", "cinco horas"),
}


@pytest.mark.parametrize(("lang", "other"), [("en", "de"), ("de", "fr"), ("fr", "es"), ("es", "en")])
def test_a_match_length_in_hours_and_minutes_is_told_to_the_minute(lang, other):
    def length(lg: str, i: int) -> dict:
        return _timed(MATCH_LENGTHS[lg].format(SAID[lg][i]), lg)

    assert agree("measure", length(lang, 0), length(other, 0), CTX) is True
    assert agree("measure", length(lang, 0), length(other, 1), CTX) is False  # a minute apart, both to the minute
    assert agree("measure", length(lang, 1), length(other, 0), CTX) is False
    assert agree("measure", length(lang, 2), length(other, 0), CTX) is True  # "five hours" holds 5:29 it cuts
