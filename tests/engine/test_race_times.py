"""Race times and durations told in several units: one duration, told to its last unit, in every language, through
extract_claims and cross_check."""

import pytest

from .conftest import extracted

SECOND, MINUTE = 1 / 86400, 1 / 1440


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
