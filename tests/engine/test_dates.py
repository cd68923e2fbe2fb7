"""Dates and periods resolved against the publication date, in en/de/fr/es."""

from datetime import date

import pytest

from verification.engine.dates import days_apart, find_dates, in_words

PUB = date(2026, 5, 21)  # a Thursday


def first(text, lang, pub=PUB):
    ds = find_dates(text, lang=lang, published=pub)
    assert ds, text
    d = ds[0]
    return text[d.start : d.end], d.value


@pytest.mark.parametrize(
    "text,lang,span,start,end",
    [
        ("released on Wednesday (May 20) by", "en", "Wednesday (May 20)", "2026-05-20", "2026-05-20"),
        ("It opened on Wednesday.", "en", "on Wednesday", "2026-05-20", "2026-05-20"),
        ("opened in November last year", "en", "November last year", "2025-11-01", "2025-11-30"),
        ("announced last year", "en", "last year", "2025-01-01", "2025-12-31"),
        ("it opened in 2024", "en", "in 2024", "2024-01-01", "2024-12-31"),
        ("from 2025 to 2030", "en", "from 2025 to 2030", "2025-01-01", "2030-12-31"),
        ("signed on May 20, 2026", "en", "May 20, 2026", "2026-05-20", "2026-05-20"),
        ("am 20. Mai 2026", "de", "20. Mai 2026", "2026-05-20", "2026-05-20"),
        ("Ende dieses Jahres eröffnen", "de", "Ende dieses Jahres", "2026-10-01", "2026-12-31"),
        ("im vergangenen Jahr", "de", "im vergangenen Jahr", "2025-01-01", "2025-12-31"),
        ("seit Jahresbeginn verdoppelt", "de", "seit Jahresbeginn", "2026-01-01", "2026-05-21"),
        ("im April eröffnet", "de", "im April", "2026-04-01", "2026-04-30"),
        ("le 20 mai 2026", "fr", "20 mai 2026", "2026-05-20", "2026-05-20"),
        ("l’an dernier", "fr", "l’an dernier", "2025-01-01", "2025-12-31"),
        ("d'ici la fin de l'année", "fr", "la fin de l'année", None, None),
        ("el 20 de mayo de 2026", "es", "20 de mayo de 2026", "2026-05-20", "2026-05-20"),
        ("el año pasado", "es", "el año pasado", "2025-01-01", "2025-12-31"),
        ("entre 2025 y 2030", "es", "entre 2025 y 2030", "2025-01-01", "2030-12-31"),
        ("2026-05-20", "", "2026-05-20", "2026-05-20", "2026-05-20"),
    ],
)
def test_resolution(text, lang, span, start, end):
    got_span, v = first(text, lang)
    assert span in got_span or got_span in span
    if start:
        assert (v["start"], v["end"]) == (start, end)


def test_before_year_is_open_ended():
    _, v = first("before 2025", "en")
    assert v["start"] is None and v["end"] == "2024-12-31" and v["qualifier"] == "before"


def test_relative_dates_without_publication_date_stay_unresolved():
    _, v = first("in November last year", "en", pub=None)
    assert v["resolved"] is False and v["relative"] is True and v["spec"] == {"month": 11, "year_offset": -1}


def test_may_the_verb_is_not_a_month():
    assert not find_dates("prices may 20 percent rise", lang="en", published=PUB)


def test_other_languages_get_month_names_from_cldr():
    _, v = first("il 20 maggio 2026", "it")
    assert v["start"] == "2026-05-20"


@pytest.mark.parametrize(
    "text,lang,start,end",
    [
        ("Ende 2027", "de", "2027-10-01", "2027-12-31"),
        ("a finales de 2027", "es", "2027-10-01", "2027-12-31"),
        ("au début de 2026", "fr", "2026-01-01", "2026-03-31"),
        ("im zweiten Quartal 2025", "de", "2025-04-01", "2025-06-30"),
        ("en el segundo trimestre de 2025", "es", "2025-04-01", "2025-06-30"),
        ("in the third quarter of 2025", "en", "2025-07-01", "2025-09-30"),
        ("in Q4 2025", "en", "2025-10-01", "2025-12-31"),
        ("last week", "en", "2026-05-11", "2026-05-17"),
        ("vergangene Woche", "de", "2026-05-11", "2026-05-17"),
        ("la semaine prochaine", "fr", "2026-05-25", "2026-05-31"),
        ("esta semana", "es", "2026-05-18", "2026-05-24"),
    ],
)
def test_parts_of_years_quarters_and_weeks(text, lang, start, end):
    found = find_dates(text, lang=lang, published=date(2026, 5, 21))
    assert [(d.value["start"], d.value["end"]) for d in found] == [(start, end)]


@pytest.mark.parametrize(
    "text,lang,start,end",
    [
        # PUB is Thursday 21 May 2026
        ("last month", "en", "2026-04-01", "2026-04-30"),
        ("next month", "en", "2026-06-01", "2026-06-30"),
        ("im vergangenen Monat", "de", "2026-04-01", "2026-04-30"),
        ("nächsten Monat", "de", "2026-06-01", "2026-06-30"),
        ("le mois dernier", "fr", "2026-04-01", "2026-04-30"),
        ("le mois prochain", "fr", "2026-06-01", "2026-06-30"),
        ("el mes pasado", "es", "2026-04-01", "2026-04-30"),
        ("el mes que viene", "es", "2026-06-01", "2026-06-30"),
        ("on Monday", "en", "2026-05-18", "2026-05-18"),
        ("on Thursday", "en", "2026-05-21", "2026-05-21"),
        ("last Thursday", "en", "2026-05-14", "2026-05-14"),
        ("next Monday", "en", "2026-05-25", "2026-05-25"),
        ("am vergangenen Dienstag", "de", "2026-05-19", "2026-05-19"),
        ("am kommenden Montag", "de", "2026-05-25", "2026-05-25"),
        ("mardi dernier", "fr", "2026-05-19", "2026-05-19"),
        ("mardi prochain", "fr", "2026-05-26", "2026-05-26"),
        ("el pasado martes", "es", "2026-05-19", "2026-05-19"),
        ("el martes pasado", "es", "2026-05-19", "2026-05-19"),
        ("el próximo lunes", "es", "2026-05-25", "2026-05-25"),
        ("yesterday", "en", "2026-05-20", "2026-05-20"),
        ("three days ago", "en", "2026-05-18", "2026-05-18"),
        ("six months ago", "en", "2025-11-01", "2025-11-30"),
        ("vor zwei Jahren", "de", "2024-01-01", "2024-12-31"),
        ("il y a deux ans", "fr", "2024-01-01", "2024-12-31"),
        ("hace dos semanas", "es", "2026-05-04", "2026-05-10"),
    ],
)
def test_relative_dates_resolve_against_the_publication_date(text, lang, start, end):
    span, v = first(text, lang)
    assert span == text and (v["start"], v["end"]) == (start, end) and v["relative"]


def test_the_month_after_december_is_january_of_the_next_year():
    _, v = first("next month", "en", pub=date(2025, 12, 10))
    assert (v["start"], v["end"]) == ("2026-01-01", "2026-01-31")


def test_vor_before_a_year_is_no_count_back():
    _, v = first("vor 2025", "de")
    assert v["qualifier"] == "before" and v["end"] == "2024-12-31"


@pytest.mark.parametrize(
    "text,lang,start,end,qualifier",
    [
        ("the first cut since September 2019", "en", "2019-09-01", "2026-05-21", "since"),
        ("die erste Senkung seit März 2020", "de", "2020-03-01", "2026-05-21", "since"),
        ("la plus forte baisse depuis mars 2020", "fr", "2020-03-01", "2026-05-21", "since"),
        ("la mayor caída desde marzo de 2020", "es", "2020-03-01", "2026-05-21", "since"),
        ("prices were stable before June 2021", "en", None, "2021-05-31", "before"),
        ("bis Juni 2027 abgeschlossen", "de", None, "2027-06-30", "by"),
    ],
)
def test_a_month_with_its_year_keeps_the_preposition_that_bounds_it(text, lang, start, end, qualifier):
    span, v = first(text, lang)
    assert span.split()[-1] in text and any(ch.isdigit() for ch in span)
    assert (v["start"], v["end"], v["qualifier"], v["granularity"]) == (start, end, qualifier, "month")


@pytest.mark.parametrize(
    "text,lang,start,end",
    [
        ("expected to close in the first half of 2025", "en", "2025-01-01", "2025-06-30"),
        ("im zweiten Halbjahr 2025 abgeschlossen", "de", "2025-07-01", "2025-12-31"),
        ("finalisée au premier semestre 2025", "fr", "2025-01-01", "2025-06-30"),
        ("se completará en el primer semestre de 2025", "es", "2025-01-01", "2025-06-30"),
        ("en el primer semestre del año que viene", "es", "2027-01-01", "2027-06-30"),
        # the winter of a year is the one its January is in
        ("The storms of the winter of 2024 were the worst.", "en", "2023-12-01", "2024-02-29"),
        ("Im Winter 2024/25 fiel kaum Schnee.", "de", "2024-12-01", "2025-02-28"),
        ("L'hiver 2024-2025 a été doux.", "fr", "2024-12-01", "2025-02-28"),
    ],
)
def test_a_part_of_a_year_is_its_months(text, lang, start, end):
    _, v = first(text, lang)
    assert (v["start"], v["end"]) == (start, end)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The launch took place on Sunday.", "en"),
        ("Der Start fand am Sonntag statt.", "de"),
        ("Le lancement a eu lieu hier.", "fr"),
        ("El lanzamiento fue ayer.", "es"),
        ("It happened last week.", "en"),
    ],
)
def test_a_publication_date_that_gives_only_its_month_anchors_no_day(text, lang):
    # "date 2024-10" on a page is stored as 1 October: the Sunday before it is weeks off the real one
    assert first(text, lang, date(2024, 10, 1))[1]["resolved"] is False
    assert first(text, lang, date(2024, 10, 14))[1]["resolved"] is True


def test_a_month_only_publication_date_still_anchors_years_and_months():
    _, v = first("Nvidia a été fondée l'an dernier.", "fr", date(2024, 10, 1))
    assert (v["start"], v["end"]) == ("2023-01-01", "2023-12-31")
    _, v = first("The deal was signed on 13 October.", "en", date(2024, 10, 1))
    assert v["start"] == "2024-10-13"


def test_dates_in_words_and_days_apart():
    _, day = first("on Tuesday", "en", date(2024, 11, 20))
    _, other = first("20. November 2024", "de")
    assert (in_words(day), in_words(other)) == ("19 November 2024", "20 November 2024")
    assert days_apart(day, other) == 1
    _, month = first("in March 2024", "en")
    assert in_words(month) == "March 2024" and days_apart(month, day) is None


@pytest.mark.parametrize(
    "text,lang,pub,start",
    [
        ("The company was split last October.", "en", date(2024, 8, 14), "2023-10-01"),
        ("Die Firma wurde im vergangenen Oktober aufgespalten.", "de", date(2024, 8, 14), "2023-10-01"),
        ("La empresa se dividió en septiembre pasado.", "es", date(2025, 1, 28), "2024-09-01"),
        # a month earlier in the year of publication is this year's: "mars dernier" in May is two months ago
        ("Le procès s'est ouvert en mars dernier.", "fr", date(2025, 5, 13), "2025-03-01"),
        ("El juicio se abrió en marzo pasado.", "es", date(2025, 5, 13), "2025-03-01"),
        ("The trial opened last March.", "en", date(2025, 5, 13), "2025-03-01"),
        ("Der Prozess begann im vergangenen März.", "de", date(2025, 5, 13), "2025-03-01"),
        ("Le procès s'est ouvert en novembre dernier.", "fr", date(2025, 5, 13), "2024-11-01"),
        ("It opened last March.", "en", date(2025, 3, 20), "2024-03-01"),
        ("It opens next March.", "en", date(2025, 3, 20), "2026-03-01"),
        ("It opens in March.", "en", date(2024, 11, 20), "2025-03-01"),
        # the word month between the direction and the month's name ("el pasado mes de julio")
        ("El jurado lo declaró culpable el pasado mes de julio.", "es", date(2025, 10, 4), "2025-07-01"),
        ("Die Jury sprach ihn im vergangenen Monat Juli schuldig.", "de", date(2025, 10, 4), "2025-07-01"),
    ],
)
def test_last_and_next_month_are_the_nearest_one_before_or_after_the_publication_month(text, lang, pub, start):
    assert first(text, lang, pub)[1]["start"] == start


@pytest.mark.parametrize(
    "text,lang,start",
    [
        ("The fire broke out last night.", "en", "2024-11-19"),
        ("Das Feuer brach letzte Nacht aus.", "de", "2024-11-19"),
        ("L'incendie s'est déclaré la nuit dernière.", "fr", "2024-11-19"),
        ("L'incendie s'est déclaré hier soir.", "fr", "2024-11-19"),
        ("El incendio se declaró anoche.", "es", "2024-11-19"),
        ("The vote took place this morning.", "en", "2024-11-20"),
        ("Die Abstimmung fand heute Morgen statt.", "de", "2024-11-20"),
        ("Le vote a eu lieu ce matin.", "fr", "2024-11-20"),
        ("La votación fue esta mañana.", "es", "2024-11-20"),
    ],
)
def test_last_night_and_this_morning_are_days_counted_from_the_publication_date(text, lang, start):
    span, v = first(text, lang, date(2024, 11, 20))
    assert (v["start"], v["end"]) == (start, start), span


@pytest.mark.parametrize(
    "text,lang,pub,span,day",
    [
        (
            "The earthquake struck on New Year's Day near the coast.",
            "en",
            date(2024, 1, 3),
            "New Year's Day",
            "2024-01-01",
        ),
        ("Le séisme a frappé le jour de l’An vers 16 h 10.", "fr", date(2024, 1, 3), "jour de l’An", "2024-01-01"),
        ("Das Beben ereignete sich an Neujahr.", "de", date(2023, 12, 30), "Neujahr", "2024-01-01"),
        ("Llegó en Nochebuena a la capital.", "es", date(2025, 1, 2), "Nochebuena", "2024-12-24"),
        ("The church was full on Good Friday.", "en", date(2024, 4, 2), "Good Friday", "2024-03-29"),
        ("Am Pfingstmontag 2025 blieben die Läden zu.", "de", None, "Pfingstmontag 2025", "2025-06-09"),
        ("Le lundi de Pâques, la foule était là.", "fr", date(2025, 4, 25), "lundi de Pâques", "2025-04-21"),
    ],
)
def test_named_days_are_the_day_they_name_in_the_nearest_year(text, lang, pub, span, day):
    got, v = first(text, lang, pub)
    assert (got, v["start"], v["end"], v["granularity"]) == (span, day, day, "day")


def test_a_named_day_without_an_anchor_stays_unresolved_with_its_calendar_words():
    _, v = first("Le séisme a frappé le jour de l'An.", "fr", None)
    assert v["resolved"] is False and v["spec"] == {"month": 1, "day": 1}


@pytest.mark.parametrize(
    "text,lang,pub,days",
    [
        # the month the text named before the bare day, in its year
        (
            "Les électeurs ont voté jeudi 4 juillet 2024. Le 5, le roi a nommé Starmer.",
            "fr",
            None,
            ["2024-07-04", "2024-07-05"],
        ),
        (
            "Las urnas abrieron el 4 de julio de 2024. El día 5, el rey lo nombró.",
            "es",
            None,
            ["2024-07-04", "2024-07-05"],
        ),
        # no month before it: the nearest such day of the publication's months
        ("Le 4, le Parti travailliste remporte les élections.", "fr", date(2024, 7, 5), ["2024-07-04"]),
        ("Le 30, le Parti travailliste remporte les élections.", "fr", date(2024, 7, 5), ["2024-06-30"]),
    ],
)
def test_a_bare_day_number_is_of_the_month_named_before_it_or_the_anchors(text, lang, pub, days):
    assert [d.value["start"] for d in find_dates(text, lang=lang, published=pub)] == days


@pytest.mark.parametrize(
    "text,lang",
    [
        ("La CDU obtuvo el 28,7 % de los votos.", "es"),
        ("Il a terminé le 4 x 100 m en tête.", "fr"),
        ("Le 4 juillet 2024, les électeurs ont voté.", "fr"),
    ],
)
def test_a_number_after_an_article_is_no_bare_day_unless_a_comma_closes_it(text, lang):
    assert not [d for d in find_dates(text, lang=lang, published=PUB) if d.kind == "bare_day"]


def test_an_hour_after_a_day_and_month_is_no_day_of_that_month():
    dates = find_dates("à la date du 2 janvier 18 h heure locale", lang="fr", published=date(2024, 1, 1))
    assert [(d.value["start"], d.value["end"]) for d in dates] == [("2024-01-02", "2024-01-02")]


@pytest.mark.parametrize(
    "text,lang,span",
    [
        ("la garantie de l’emploi jusqu’en 2030", "fr", "jusqu’en 2030"),
        ("eine Beschäftigungssicherung bis Ende 2030", "de", "bis Ende 2030"),
        ("el empleo garantizado hasta finales de 2030", "es", "hasta finales de 2030"),
        ("jobs are guaranteed through 2030", "en", "through 2030"),
    ],
)
def test_deadlines_run_to_the_end_of_the_year_they_name(text, lang, span):
    got, v = first(text, lang)
    assert (got, v["start"], v["end"], v["qualifier"]) == (span, None, "2030-12-31", "by")


@pytest.mark.parametrize(
    "text,lang,span,start,end",
    [
        ("Ende Oktober 2024 wurde der Vertrag unterzeichnet.", "de", "Ende Oktober 2024", "2024-10-21", "2024-10-31"),
        ("Anfang Juni kündigte er Neuwahlen an.", "de", "Anfang Juni", "2026-06-01", "2026-06-10"),
        ("Les négociations ont repris fin avril.", "fr", "fin avril", "2026-04-21", "2026-04-30"),
        ("Il partira à la mi-mars.", "fr", "à la mi-mars", "2026-03-11", "2026-03-20"),
        (
            "El acuerdo se firmó a finales de febrero de 2025.",
            "es",
            "a finales de febrero de 2025",
            "2025-02-21",
            "2025-02-28",
        ),
        ("In late January, the prosecution asked for 20 years.", "en", "late January", "2026-01-21", "2026-01-31"),
        ("Talks resume in mid-June.", "en", "mid-June", "2026-06-11", "2026-06-20"),
    ],
)
def test_a_third_of_a_month(text, lang, span, start, end):
    got, v = first(text, lang)
    assert (got, v["start"], v["end"], v["granularity"]) == (span, start, end, "period")


def test_a_day_written_after_its_month_and_a_bound_is_that_day():
    """English alone writes the day after its month: "since September 13" is that day, not "since September"."""
    text = "Workers have been on strike since September 13, and output is halted until November 11."
    spans = [(text[d.start : d.end], d.value["granularity"]) for d in find_dates(text, lang="en", published=PUB)]
    assert spans == [("September 13", "day"), ("November 11", "day")]
    assert first("Output is halted until November, the company said.", "en")[0] == "until November"


@pytest.mark.parametrize(
    "text,lang,start,end",
    [
        # PUB is 21 May 2026
        ("It was founded two years ago.", "en", "2024-01-01", "2024-12-31"),
        ("It was founded the year before last.", "en", "2024-01-01", "2024-12-31"),
        ("It opens in two years' time.", "en", "2028-01-01", "2028-12-31"),
        ("It opens three months from now.", "en", "2026-08-01", "2026-08-31"),
        ("It opens the year after next.", "en", "2028-01-01", "2028-12-31"),
        ("Sie wurde vor 2 Jahren gegründet.", "de", "2024-01-01", "2024-12-31"),
        ("Sie wurde im vorletzten Jahr gegründet.", "de", "2024-01-01", "2024-12-31"),
        ("Sie öffnet übernächstes Jahr.", "de", "2028-01-01", "2028-12-31"),
        ("Elle a été fondée il y a trois ans.", "fr", "2023-01-01", "2023-12-31"),
        ("Elle ouvrira dans deux ans.", "fr", "2028-01-01", "2028-12-31"),
        ("Elle ouvrira dans trois semaines.", "fr", "2026-06-08", "2026-06-14"),
        ("Se fundó hace dos años.", "es", "2024-01-01", "2024-12-31"),
        ("Se fundó el año antepasado.", "es", "2024-01-01", "2024-12-31"),
        ("Abrirá dentro de dos años.", "es", "2028-01-01", "2028-12-31"),
    ],
)
def test_years_counted_back_or_forward_from_the_publication_date(text, lang, start, end):
    _, v = first(text, lang)
    assert (v["start"], v["end"], v["relative"]) == (start, end, True)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The plant was built for two years.", "en"),
        ("It is the first rise in two years.", "en"),
        ("In zwei Jahren traf er in 103 Partien.", "de"),
        ("Die Zahl stieg seit zwei Jahren.", "de"),
        ("L'usine a été construite en deux ans.", "fr"),
        ("Il a régné pendant deux ans.", "fr"),
        ("La fábrica se construyó en dos años.", "es"),
        ("Gobernó durante dos años.", "es"),
    ],
)
def test_how_long_something_took_is_no_date(text, lang):
    assert not find_dates(text, lang=lang, published=PUB)


@pytest.mark.parametrize(
    "text,lang,span,start,end",
    [
        # PUB is 21 May 2026: in spring
        ("Sales rose in the summer of 2024.", "en", "summer of 2024", "2024-06-01", "2024-08-31"),
        ("The plant closed last summer.", "en", "last summer", "2025-06-01", "2025-08-31"),
        ("The plant closes this spring.", "en", "this spring", "2026-03-01", "2026-05-31"),
        ("The plant opens next winter.", "en", "next winter", "2026-12-01", "2027-02-28"),
        ("Das Werk öffnete im Herbst 2024.", "de", "Herbst 2024", "2024-09-01", "2024-11-30"),
        ("Das Werk schloss letzten Winter.", "de", "letzten Winter", "2025-12-01", "2026-02-28"),
        ("Das Werk öffnet nächstes Frühjahr.", "de", "nächstes Frühjahr", "2027-03-01", "2027-05-31"),
        ("Das Werk schloss im Sommer letzten Jahres.", "de", "Sommer letzten Jahres", "2025-06-01", "2025-08-31"),
        ("L'usine a ouvert à l'automne 2024.", "fr", "automne 2024", "2024-09-01", "2024-11-30"),
        ("L'usine a fermé l'été dernier.", "fr", "l'été dernier", "2025-06-01", "2025-08-31"),
        ("L'usine ouvrira au printemps prochain.", "fr", "au printemps prochain", "2027-03-01", "2027-05-31"),
        ("La fábrica abrió en el verano de 2024.", "es", "verano de 2024", "2024-06-01", "2024-08-31"),
        ("La fábrica cerró el pasado invierno.", "es", "pasado invierno", "2025-12-01", "2026-02-28"),
        ("La fábrica cerró la primavera pasada.", "es", "la primavera pasada", "2025-03-01", "2025-05-31"),
    ],
)
def test_a_season_is_the_three_months_it_names(text, lang, span, start, end):
    got, v = first(text, lang)
    assert (got, v["start"], v["end"], v["granularity"]) == (span, start, end, "period")


@pytest.mark.parametrize(
    "text,lang,spans",
    [
        ("Prices fall next spring.", "en", ["next spring"]),  # "fall" is the verb, no autumn
        ("Il a été dernier de la course.", "fr", []),  # "été" the participle
        ("Il a été passé à tabac.", "fr", []),
        ("A winter storm hit the coast.", "en", []),
        ("Im Sommer ist es heiß.", "de", []),
        ("La Primavera Árabe cambió la región.", "es", []),
    ],
)
def test_a_season_s_name_is_a_date_only_with_its_year_or_a_word_that_says_which(text, lang, spans):
    assert [text[d.start : d.end] for d in find_dates(text, lang=lang, published=PUB)] == spans


def test_last_summer_read_in_summer_is_the_one_before():
    _, v = first("The plant closed last summer.", "en", date(2026, 7, 10))
    assert (v["start"], v["end"]) == ("2025-06-01", "2025-08-31")
    _, v = first("Das Werk schließt diesen Winter.", "de", date(2026, 11, 20))
    assert (v["start"], v["end"]) == ("2026-12-01", "2027-02-28")


@pytest.mark.parametrize(
    "text,lang,pub,start",
    [
        ("Las elecciones de este otoño.", "es", date(2024, 1, 20), "2024-09-01"),
        ("Les élections de cet automne.", "fr", date(2024, 1, 20), "2024-09-01"),
        ("The drought this summer was the worst.", "en", date(2024, 10, 20), "2024-06-01"),
        ("Diesen Winter fiel kaum Schnee.", "de", date(2024, 1, 20), "2023-12-01"),
    ],
)
def test_this_season_is_the_one_the_publication_is_in_else_the_one_of_its_year(text, lang, pub, start):
    assert first(text, lang, pub)[1]["start"] == start
