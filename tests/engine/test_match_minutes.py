"""The minute of a match event is the player's its clause names, whatever team, stadium or country is nearer."""

import pytest

from tests.engine.crosscheck_factories import doc
from verification.engine.crosscheck import cross_check
from verification.engine.extract import extract_claims


def _minutes(docs):
    facts = cross_check(docs, {d.key: extract_claims(d) for d in docs})
    return [f for f in facts if f.slot == "match_minute"]


def _minute_claims(d):
    return [c for c in extract_claims(d) if c.slot == "match_minute"]


def test_one_goal_told_a_minute_apart_in_four_languages_is_one_fact_in_conflict():
    docs = [
        doc(
            "a",
            "Rovers beat City 2-1 at the Nordstadion. The winner came in the 87th minute when Mara Quist slotted home.",
        ),
        doc(
            "b",
            "Rovers besiegten City im Nordstadion mit 2:1. In der 86. Minute gelang es den Gästen dank Mara Quist, "
            "in Führung zu gehen.",
            language="de",
        ),
        doc(
            "c",
            "Rovers a battu City 2-1 au Nordstadion. Le but décisif a été inscrit par Mara Quist à la 86e minute.",
            language="fr",
        ),
        doc(
            "d",
            "Rovers venció a City por 2-1 en el Nordstadion. En el minuto 86, Quist, a pase de Lena Holt, anotó el gol.",
            language="es",
        ),
    ]
    minutes = _minutes(docs)
    assert len(minutes) == 1
    assert minutes[0].verdict == "conflicting"
    assert sorted(k for k, _ in minutes[0].members) == ["a", "b", "c", "d"]


def test_a_match_word_inflected_is_enough_for_a_minute():
    # "besiegten" is the only word of the text that says it is about a match
    d = doc("b", "Die Gäste besiegten Rovers mit 2:1. In der 86. Minute traf Mara Quist.", language="de")
    assert [(c.subject, c.value["low"]) for c in _minute_claims(d)] == [("mara quist", 86.0)]


def test_a_bracketed_minute_is_the_player_named_right_before_it():
    d = doc(
        "a",
        "Rovers won the final 2-0: Mara Quist (12th) and Lena Holt (86th) sealed it for the visitors.",
    )
    assert sorted((c.subject, c.value["low"]) for c in _minute_claims(d)) == [("lena holt", 86.0), ("mara quist", 12.0)]


def test_two_players_minutes_a_report_tells_apart_stay_two_facts():
    docs = [
        doc("a", "Rovers won the final 2-0. Mara Quist scored in the 84th minute and Lena Holt in the 86th minute."),
        doc("b", "Rovers gewinnen das Finale 2:0. Tore: Mara Quist (84.), Lena Holt (87.).", language="de"),
        doc("c", "Rovers won the final 2-0, Lena Holt scoring in the 86th minute."),
    ]
    by_minutes = sorted(sorted(int(c.value["low"]) for _, c in f.members) for f in _minutes(docs))
    assert by_minutes == [[84, 84], [86, 86, 87]]


def test_minutes_left_in_the_match_are_the_minute_of_regular_time_less_them():
    texts = [
        ("en", "Rovers won the final 2-1, Mara Quist scoring the winner four minutes from time."),
        ("de", "Rovers gewann das Finale 2:1. Den Siegtreffer erzielte Mara Quist vier Minuten vor Schluss."),
        ("fr", "Rovers a remporté la finale 2-1, Mara Quist marquant à quatre minutes de la fin."),
        ("es", "Rovers ganó la final por 2-1 con un gol de Mara Quist a cuatro minutos del final."),
    ]
    for lang, text in texts:
        got = [(c.subject, c.value["low"]) for c in _minute_claims(doc(lang, text, language=lang))]
        assert got == [("mara quist", 86.0)], (lang, got)
    docs = [doc(lang, text, language=lang) for lang, text in texts]
    docs.append(doc("x", "Rovers won the final 2-1. Mara Quist scored in the 87th minute."))
    minutes = _minutes(docs)
    assert len(minutes) == 1 and minutes[0].verdict == "conflicting"


def _early_post_reports():
    # one early chance told at the 22nd, 23rd and 24th minute, two reports reading the club as the minute's actor
    return [
        doc(
            "a",
            "Rovers and City drew 0-0 in the final. In the 23rd minute, Rovers had the chance to score as Mara Quist "
            "hit the post.",
        ),
        doc(
            "b",
            "Rovers und City trennten sich im Finale 0:0. Quist trifft kurz darauf die Innenstange (22.).",
            language="de",
        ),
        doc(
            "c", "Rovers et City ont fait 0-0 en finale. Mara Quist a frappé le poteau à la 24e minute.", language="fr"
        ),
        doc(
            "d",
            "Rovers y City empataron 0-0 en la final. A los 22′, Quist picó en el área y la pelota pegó en el palo.",
            language="es",
        ),
        doc("e", "Rovers and City drew 0-0 in the final. On 24 minutes, Mara Quist hit the post."),
    ]


def test_an_early_moment_told_two_minutes_apart_is_one_fact_in_conflict_in_four_languages():
    minutes = _minutes(_early_post_reports())
    assert len(minutes) == 1
    assert minutes[0].verdict == "conflicting"
    assert sorted(k for k, _ in minutes[0].members) == ["a", "b", "c", "d", "e"]


def test_two_players_early_moments_two_minutes_apart_stay_two_facts():
    docs = [
        doc("a", "Rovers and City drew 0-0 in the final. Mara Quist hit the post in the 13th minute."),
        doc("b", "Rovers et City ont fait 0-0 en finale. Lena Holt a touché la barre à la 15e minute.", language="fr"),
    ]
    minutes = _minutes(docs)
    assert sorted(f.verdict for f in minutes) == ["single_source", "single_source"]


RELATIVE = [
    (
        "en",
        "Rovers won the final 2-1. Lena Holt hit the bar in the 15th minute. Six minutes later, Mara Quist scored.",
        21,
    ),
    ("de", "Rovers gewann das Finale 2:1. Holt scheitert (48.), Mara Quist trifft zehn Minuten später zum 1:0.", 58),
    (
        "fr",
        "Rovers a gagné la finale 2-1. Holt égalise à la 73e minute. Entrée trois minutes plus tôt, Mara Quist a raté.",
        70,
    ),
    (
        "es",
        "Rovers ganó la final 2-1. Al minuto 12, Holt abrió el marcador. Solo ocho minutos después, Mara Quist marcó.",
        20,
    ),
]


def test_a_minute_told_from_the_moment_before_it_is_that_moment_shifted_in_four_languages():
    for lang, text, minute in RELATIVE:
        got = [(c.subject, c.value["low"]) for c in _minute_claims(doc(lang, text, language=lang))]
        assert ("mara quist", float(minute)) in got, (lang, got)


def test_minutes_counted_from_something_named_or_from_no_minute_are_no_match_minute():
    texts = [
        ("es", "España ganó la final 2-1. Apenas dos minutos después del reinicio, Nico Williams marcó el primero."),
        ("en", "Rovers won the final 2-1. The kick-off came ten minutes later than planned."),
        ("fr", "Rovers a gagné la finale 2-1. Le match a repris dix minutes plus tard que prévu."),
    ]
    for lang, text in texts:
        assert _minute_claims(doc(lang, text, language=lang)) == [], lang


def test_a_relative_minute_corroborates_the_moment_another_report_gives():
    docs = [
        doc(
            "a",
            "Rovers won the final 2-0. Lena Holt opened the scoring after 12 minutes and Mara Quist added the "
            "second eight minutes later.",
        ),
        doc("b", "Rovers gewann das Finale 2:0. Tore: Holt (12.), Mara Quist (20.).", language="de"),
    ]
    by_minute = {int(c.value["low"]): f.verdict for f in _minutes(docs) for _, c in f.members}
    assert by_minute == {12: "corroborated", 20: "corroborated"}


# A minute counted from the one told before it, alone against another lone report's minute two minutes off: another
# moment of the match unless both give it to one player.
ANOTHER_MOMENT = [
    (
        "en",
        "Rovers won the final 2-0. Vinicius was booked in the 35th minute. Five minutes later, Kobel saved well.",
        "de",
        "Rovers gewann das Finale 2:0. Courtois hält auch Sabitzers Distanzschuss in Minute 42.",
    ),
    (
        "fr",
        "Rovers a gagné la finale 2-0. Vinicius est averti à la 35e minute. Cinq minutes plus tard, Kobel s'interpose.",
        "es",
        "Rovers ganó la final 2-0. Courtois detuvo el disparo de Marcel Sabitzer en el minuto 42.",
    ),
]


def test_a_relative_minute_alone_tells_another_players_moment_apart():
    for lang_a, text_a, lang_b, text_b in ANOTHER_MOMENT:
        docs = [doc("a", text_a, language=lang_a), doc("b", text_b, language=lang_b)]
        verdicts = [f.verdict for f in _minutes(docs)]
        assert "conflicting" not in verdicts, (lang_a, lang_b, verdicts)


def test_a_relative_minute_of_the_same_player_conflicts_with_another_reports_minute():
    docs = [
        doc("a", "Rovers won the final 2-0. Holt scored in the 35th minute. Five minutes later, Mara Quist scored."),
        doc("b", "Rovers gewann das Finale 2:0. Tore: Holt (35.), Mara Quist (42.).", language="de"),
    ]
    by_minute = {int(c.value["low"]): f.verdict for f in _minutes(docs) for _, c in f.members}
    assert by_minute[40] == by_minute[42] == "conflicting"


# German marks each ordinal with its dot ("in der 22. und 30. Minute"), which the ordinal alone reads already
@pytest.mark.parametrize(
    ("lang", "text", "minutes"),
    [
        ("en", "Rovers beat City 2-0. Mara Quist scored in the 22nd and 30th minutes.", [22, 30]),
        ("fr", "Rovers a battu City 2-0. Mara Quist a marqué aux 22e et 30e minutes.", [22, 30]),
        ("es", "El Rovers venció 2-0 al City. Mara Quist marcó en los minutos 22 y 29.", [22, 29]),
        ("es", "El Rovers venció 3-0 al City. Mara Quist selló la victoria con un gol en el 42, de cabeza.", [42]),
    ],
)
def test_minutes_listed_or_written_without_their_ordinal_mark_are_each_a_match_minute(lang, text, minutes):
    found = _minute_claims(doc("a", text, language=lang))
    assert sorted(c.value["low"] for c in found) == minutes


def test_a_bare_number_after_the_minute_lead_that_a_percentage_or_a_noun_follows_is_no_minute():
    text = "El Rovers venció 3-0 al City. Ganó en el 42 por ciento de los partidos y en el 10 partidos más."
    assert _minute_claims(doc("a", text, language="es")) == []
