"""Times of day: whole hours with the word for them, zones to UTC, how exact the words make a time, and one
moment that reports give a few minutes apart."""

from datetime import date

import pytest

from verification.engine.claims import Document
from verification.engine.extract import extract_claims

DAY = date(2024, 10, 13)


def times(text, lang, published=DAY):
    doc = Document(key="t", text=text, language=lang, published=published)
    return [c for c in extract_claims(doc) if c.kind == "time"]


@pytest.mark.parametrize(
    "lang,text,minutes",
    [
        ("de", "Ab 16 Uhr begann der Netzbetreiber mit dem Wiederaufbau.", 16 * 60),
        ("fr", "La collision a eu lieu vers 21 heures, hier soir.", 21 * 60),
        ("es", "El apagón empezó a las 12 horas en toda la península.", 12 * 60),
        ("en", "The bells rang at six o'clock in the evening, at 6 o'clock sharp.", 6 * 60),
    ],
)
def test_a_whole_hour_with_the_word_for_hours_is_a_time_of_day(lang, text, minutes):
    assert minutes in [c.value["minutes"] for c in times(text, lang)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le vol a duré 21 heures de vol au total."),
        ("es", "La reunión duró 12 horas sin pausa."),
        ("fr", "Les négociations ont duré depuis 12 heures."),
    ],
)
def test_hours_without_a_word_that_sets_them_at_a_time_are_a_duration(lang, text):
    assert not times(text, lang)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("de", "Kurz nach 18 Uhr stieg weißer Rauch auf."),
        ("en", "Liftoff came at 7:25 a.m. and the booster was caught at 7:32 a.m."),
        ("fr", "Il était environ 21 heures (heure locale) quand l'avion a percuté l'hélicoptère."),
        ("es", "El humo blanco salió a las 18:07 hora local y el papa apareció a las 19.22 horas."),
    ],
)
def test_the_numbers_of_a_time_count_nothing(lang, text):
    doc = Document(key="t", text=text, language=lang, published=DAY)
    assert not [c for c in extract_claims(doc) if c.kind in ("count", "measure")]


@pytest.mark.parametrize(
    "lang,text,utc",
    [
        ("en", "Starship lifted off at 7:25 AM CDT (12:25 UTC) from Texas.", [745, 745]),
        ("es", "Despegó a las 8:25, hora del Este (14:25, hora española).", [745, 745]),
        ("de", "Die Rakete startete um 14.25 Uhr MESZ in Texas.", [745]),
        ("fr", "La fusée a décollé à 8h25 EDT depuis le Texas.", [745]),
    ],
)
def test_a_time_with_its_zone_is_also_read_in_utc(lang, text, utc):
    assert [c.value.get("utc") for c in times(text, lang)] == utc


def test_an_abbreviation_is_a_zone_only_in_capitals():
    (first, second) = times("Les vols partent à 8h25 et 9h30.", "fr")
    assert (first.text, first.value["zone"], "utc" in first.value) == ("8h25", "", False)


@pytest.mark.parametrize(
    "articles",
    [
        (("es", "El humo blanco salió a las 18:07 hora local."), ("de", "Kurz nach 18 Uhr stieg weißer Rauch auf.")),
        (
            ("en", "The collision happened around 9 p.m. on Wednesday."),
            ("fr", "Il était environ 21 heures quand l'avion a percuté l'hélicoptère."),
        ),
        (
            ("en", "Starship lifted off at 7:25 AM CDT (12:25 UTC)."),
            ("es", "Despegó a las 8:25, hora del Este (14:25, hora española)."),
        ),
    ],
)
def test_one_moment_told_in_words_zones_and_clocks_is_corroborated(checked, articles):
    (fact,) = checked(*articles, published=DAY, kind="time")
    assert fact.verdict == "corroborated" and len(fact.sources) == 2


def test_one_moment_given_minutes_apart_is_a_conflict_and_another_moment_stays_apart(checked):
    facts = checked(
        ("fr", "Le nouveau pape est apparu au balcon à 19h24."),
        ("es", "El papa apareció en el balcón a las 19.22 horas."),
        ("de", "Um 19.13 Uhr verkündete der Kardinal das Habemus Papam."),
        published=DAY,
        kind="time",
    )
    by_text = {frozenset(c.text for _, c in f.members): f.verdict for f in facts}
    assert by_text == {frozenset({"19h24", "19.22 horas"}): "conflicting", frozenset({"19.13 Uhr"}): "single_source"}


def test_a_local_time_and_a_zoned_one_support_each_other_but_never_conflict(checked):
    facts = checked(
        ("en", "Liftoff was at 7:25 am local time."),
        ("fr", "Le décollage a eu lieu à 8h25 CET."),
        published=DAY,
        kind="time",
    )
    assert not [f for f in facts if f.verdict == "conflicting"]


RESTATED = [
    ("en", "The quake struck at 16:10 local time (07:10 GMT) on Monday."),
    ("de", "Das Beben ereignete sich um 16.10 Uhr Ortszeit (07.10 Uhr GMT)."),
    ("fr", "Le séisme a frappé à 16h10 heure locale (07h10 GMT)."),
    ("es", "El sismo se produjo a las 16:10 hora local (07:10 GMT)."),
]


@pytest.mark.parametrize("lang, text", RESTATED)
def test_a_local_time_restated_in_another_zone_is_one_statement_and_tells_the_storys_local_offset(checked, lang, text):
    facts = checked(
        (lang, text),
        ("en", "The earthquake hit at 07:12 GMT, the agency said."),
        ("de", "Die Erde bebte um 16.13 Uhr Ortszeit."),
        published=DAY,
        kind="time",
    )
    # 16:13 local is 07:13 GMT: a minute from the 07:12 another report gives, comparable only through the restatement
    assert len(facts) == 1, [[c.text for _, c in f.members] for f in facts]
    assert facts[0].verdict == "conflicting"
    assert sorted(k[0] for k, _ in facts[0].members) == ["0", "0", "1", "2"]


def test_local_times_of_two_offsets_teach_no_offset(checked):
    facts = checked(
        ("en", "The quake struck at 12:50 local time (06:20 GMT) in Myanmar."),
        ("en", "In Bangkok the tremor was felt at 13:20 local time (06:20 GMT)."),
        ("de", "Das Beben ereignete sich um 12.52 Uhr Ortszeit."),
        published=DAY,
        kind="time",
    )
    assert not any(
        "12.52 Uhr Ortszeit" in c.text and c.value.get("utc") is not None for f in facts for _, c in f.members
    )
