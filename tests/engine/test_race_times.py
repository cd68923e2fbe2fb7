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
