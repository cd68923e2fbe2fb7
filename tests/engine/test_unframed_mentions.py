"""Mentions of a figure that no frame used to reach: written in a compound, left elliptic in a list, and the
like. Each class is checked in every language that writes it, through extract_claims."""

import pytest

from .conftest import counted
from .conftest import extracted as claims


# a number joined to its noun by a hyphen: English and German write it so ("650-seat", "650-Sitze-Parlament");
# French and Spanish write the number apart, which the frames read already
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Labour won a 174-seat majority in the 650-seat parliament.", ("seats", "650-seat", 650)),
        ("en", "The party recorded a 200-seat jump.", ("seats", "200-seat", 200)),
        ("de", "Die Tories stürzten auf 131 Sitze im 650-Sitze-Parlament ab.", ("seats", "650-Sitze", 650)),
        (
            "de",
            "Der Algorithmus lief 13.000-mal schneller als auf dem Supercomputer.",
            ("times", "13.000-mal", 13000),
        ),
    ],
)
def test_a_number_joined_to_a_framed_noun_counts_it(lang, text, expected):
    assert expected in counted(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "evidence"),
    [
        ("en", "Willow is a 105-qubit superconducting processor.", "105-qubit"),
        ("en", "The 12-member jury deliberated for two days.", "12-member"),
        ("de", "Der neue 105-Qubit-Prozessor Willow rechnet schneller.", "105-Qubit"),
    ],
)
def test_a_number_joined_to_a_noun_no_frame_knows_is_a_thing_counted_weakly(lang, text, evidence):
    found = [c for c in claims(text, lang) if c.text == evidence]
    assert [(c.kind, c.slot, c.extra.get("weak")) for c in found] == [("count", "things", True)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "An F-16 escorted the CRJ-700 during the COVID-19 lockdown."),
        ("de", "Eine F-16 begleitete die CRJ-700 während der COVID-19-Pandemie."),
        ("fr", "Un F-16 a escorté le CRJ-700 pendant la pandémie de COVID-19."),
        ("es", "Un F-16 escoltó al CRJ-700 durante la pandemia de COVID-19."),
    ],
)
def test_a_number_that_ends_a_name_counts_nothing(lang, text):
    assert counted(text, lang) == set()


# a number word and the noun it counts, linked by "of" (QUANTITY_NOUN_LINKS): elided in French
@pytest.mark.parametrize(
    ("lang", "text", "evidence", "value"),
    [
        ("en", "Hundreds of airliners stayed on the ground.", "Hundreds of airliners", 200),
        ("de", "Hunderte von Airlinern blieben am Boden.", "Hunderte von Airlinern", 200),
        ("fr", "Une dizaine d'avions sont restés au sol.", "Une dizaine d'avions", 10),
        ("fr", "Une dizaine d’avions sont restés au sol.", "Une dizaine d’avions", 10),
        ("es", "Una docena de aviones se quedaron en tierra.", "Una docena de aviones", 12),
    ],
)
def test_a_number_word_counts_the_noun_after_its_link(lang, text, evidence, value):
    assert any(c.text == evidence and c.value.get("low") == value for c in claims(text, lang))


# a year alone: when something of the story's background happened, in every language
@pytest.mark.parametrize(
    ("lang", "text", "evidence", "year"),
    [
        ("en", "The couple won the world pairs championship in 1994.", "in 1994", 1994),
        ("en", "He paid her before the 2016 election.", "2016", 2016),
        ("de", "Dortmund verliert wie schon 2013 das Endspiel.", "2013", 2013),
        ("fr", "Elle affirme avoir eu une relation avec lui en 2006.", "en 2006", 2006),
        ("es", "Le pagó antes de la elección presidencial de 2016.", "2016", 2016),
    ],
)
def test_a_year_alone_is_a_weak_date_claim(lang, text, evidence, year):
    found = [c for c in claims(text, lang) if c.kind == "date" and c.slot == "year.date"]
    assert [(c.text, c.value["spec"]["year"], c.extra.get("weak")) for c in found] == [(evidence, year, True)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The first cut since 2019 came on 1 January 2024."),
        ("de", "Der erste Schnitt seit 2019 kam am 1. Januar 2024."),
        ("fr", "La première baisse depuis 2019 est arrivée le 1er janvier 2024."),
        ("es", "El primer recorte desde 2019 llegó el 1 de enero de 2024."),
    ],
)
def test_a_year_in_a_day_or_a_bound_is_no_year_claim(lang, text):
    assert not [c for c in claims(text, lang) if c.slot == "year.date"]


def test_the_same_year_in_two_reports_is_one_fact_and_two_years_never_conflict(checked):
    same = checked(
        ("en", "The couple won the world title in 1994."), ("fr", "Ils sont champions du monde en 1994."), slot="year"
    )
    assert [(f.verdict, len(f.members)) for f in same] == [("corroborated", 2)]
    other = checked(
        ("en", "The couple won the world title in 1994."), ("fr", "Ils sont champions du monde en 1995."), slot="year"
    )
    assert other and all(f.verdict != "conflicting" for f in other)


# minutes in brackets after a scorer, alone or listed, with the language's ordinal suffix or a prime
@pytest.mark.parametrize(
    ("lang", "text", "minutes"),
    [
        ("en", "Spain won 2-1. Williams scored twice (47th, 86th) and Morata once (12').", {"47th", "86th", "12'"}),
        ("de", "Bayern gewann 3:1. Harry Kane (12., 47.) und Thomas Müller (88.) trafen.", {"12.", "47.", "88."}),
        ("fr", "Le PSG a battu l'Inter 5-0. Désiré Doué a marqué un doublé (20ᵉ, 63ᵉ).", {"20ᵉ", "63ᵉ"}),
        ("fr", "Le PSG a battu l'Inter 5-0. Désiré Doué a marqué deux buts (20e et 64e).", {"20e", "64e"}),
        ("es", "España ganó 2-1. Nico Williams (47º) y Mikel Oyarzabal (86º y 90º) marcaron.", {"47º", "86º", "90º"}),
    ],
)
def test_minutes_in_brackets_after_a_scorer_are_match_minutes(lang, text, minutes):
    assert {c.text for c in claims(text, lang) if c.slot == "match_minute"} == minutes


def test_figures_in_brackets_outside_a_match_report_are_no_minutes():
    text = "Le parti a obtenu deux mandats (20e et 64e circonscriptions)."
    assert not [c for c in claims(text, "fr") if c.slot == "match_minute"]


# a place by size or worth, said of the name before it; a weak ranking, so two ranks never conflict
@pytest.mark.parametrize(
    ("lang", "text", "evidence", "rank", "subject"),
    [
        ("en", "The quake hit near Mandalay, Myanmar’s second-largest city.", "second-largest city", 2, "mandalay"),
        ("de", "Die Aktie von Nvidia notierte am Montag noch auf Platz drei.", "Platz drei", 3, None),
        (
            "fr",
            "Des dégâts à Mandalay, la deuxième ville du pays, et dans la capitale.",
            "deuxième ville du pays",
            2,
            "mandalay",
        ),
        (
            "fr",
            "Nvidia n'est plus que le troisième groupe le plus important en Bourse.",
            "troisième groupe le plus important",
            3,
            None,
        ),
        (
            "es",
            "El epicentro está cerca de Mandalay, la segunda ciudad más importante del país.",
            "segunda ciudad más importante",
            2,
            "mandalay",
        ),
    ],
)
def test_a_rank_by_size_is_a_weak_ranking_of_what_it_is_said_of(lang, text, evidence, rank, subject):
    found = [c for c in claims(text, lang) if c.kind == "ranking"]
    assert [(c.text, c.value["ordinal"], c.extra.get("weak")) for c in found] == [(evidence, rank, True)]
    assert subject is None or found[0].subject == subject


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "For the second time, the plane was late."),
        ("de", "Zum zweiten Mal kam das Flugzeug zu spät."),
        ("fr", "Pour la deuxième fois, l'avion était en retard."),
        ("es", "Por segunda vez, el avión llegó tarde."),
    ],
)
def test_an_ordinal_with_no_size_or_whole_is_no_rank(lang, text):
    assert not [c for c in claims(text, lang) if c.kind == "ranking"]


def test_two_ranks_of_one_city_never_conflict(checked):
    facts = checked(
        ("en", "The quake hit Mandalay, Myanmar’s second-largest city."),
        ("fr", "Le séisme a frappé Mandalay, la troisième ville du pays."),
        kind="ranking",
    )
    assert facts and all(f.verdict != "conflicting" for f in facts)


# a short quote is a quote when a speech verb gives it a speaker; a few quoted words alone are a term or scare quotes
@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("en", "“This was a disgrace,” Trump said after the verdict.", "This was a disgrace,"),
        ("de", "„Das war eine Schande“, sagte Donald Trump nach dem Urteil.", "Das war eine Schande"),
        ("fr", "« C'est une honte », a déclaré Donald Trump après le verdict.", "C'est une honte"),
        ("es", "“Esto fue una vergüenza”, dijo Donald Trump tras el veredicto.", "Esto fue una vergüenza"),
    ],
)
def test_a_short_quote_with_a_speaker_is_a_quote(lang, text, words):
    assert words in {c.value["words"] for c in claims(text, lang) if c.kind == "quote"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Banks were hit by the “biggest IT outage” in history."),
        ("de", "Banken traf der „größte IT-Ausfall“ der Geschichte."),
        ("fr", "Les banques ont subi la « plus grande panne informatique » de l'histoire."),
        ("es", "Los bancos sufrieron el “mayor apagón informático” de la historia."),
    ],
)
def test_a_few_quoted_words_no_one_said_are_no_quote(lang, text):
    assert not [c for c in claims(text, lang) if c.kind == "quote"]


# "one" (also the article "ein", "un", "una") right before a toll's own noun is a count of one
@pytest.mark.parametrize(
    ("lang", "text", "evidence"),
    [
        ("en", "One dead and 12 injured after the crash.", "One dead"),
        ("de", "Ein Toter und zwölf Verletzte nach dem Unfall.", "Ein Toter"),
        ("fr", "Le bilan est d'un mort et douze blessés.", "un mort"),
        ("es", "Hay un muerto y doce heridos tras el choque.", "un muerto"),
    ],
)
def test_one_before_a_toll_noun_is_a_count_of_one(lang, text, evidence):
    found = [c for c in claims(text, lang) if c.text == evidence]
    assert [(c.slot, c.value["low"]) for c in found] == [("deaths", 1.0)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A toll of the storm is not known yet."),
        ("de", "Ein Mensch starb, zwölf wurden verletzt."),
        ("fr", "Un bilan lourd est attendu."),
        ("es", "Un hombre fue detenido por la policía."),
    ],
)
def test_an_article_before_a_person_or_the_toll_itself_counts_no_one(lang, text):
    assert not [c for c in claims(text, lang) if c.kind == "count" and c.value.get("low") == 1.0]


# "only one", "un seul", "ein einziger", "solo un": a word beside "one" that makes it no article; the people it counts
# are what befell them (the predicate), even where the noun names them otherwise ("passenger")
@pytest.mark.parametrize(
    ("lang", "text", "evidence"),
    [
        ("en", "Out of 242 people on the plane, only one person survived the crash.", "one person"),
        ("en", "Only one passenger survived.", "one passenger"),
        ("de", "Nur ein Passagier überlebte den Absturz.", "ein Passagier"),
        ("de", "Ein einziger Mensch überlebte den Absturz.", "Ein einziger Mensch"),
        (
            "fr",
            "Ce drame a coûté la vie à plus de 260 personnes. Un seul passager a miraculeusement survécu.",
            "Un seul passager",
        ),
        ("es", "Solo un pasajero sobrevivió al accidente.", "un pasajero"),
        ("es", "Una sola persona sobrevivió al accidente.", "Una sola persona"),
    ],
)
def test_only_one_is_a_count_of_one_of_what_befell_them(lang, text, evidence):
    found = [c for c in claims(text, lang) if c.text == evidence]
    assert [(c.slot, c.value["low"]) for c in found] == [("survivors", 1.0)]


# "one" (also an article) as an item of a list of counts, right after one of them, counts the thing after it
@pytest.mark.parametrize(
    ("lang", "text", "evidence"),
    [
        (
            "en",
            "The plane carried 53 British nationals, seven Portuguese nationals, and one Canadian national.",
            "one Canadian",
        ),
        ("en", "The sheriff said 10 campers and one counselor remain missing.", "one counselor"),
        ("de", "An Bord waren 53 britische, sieben portugiesische und ein kanadischer Passagier.", "ein kanadischer"),
        ("fr", "L'avion transportait 53 Britanniques, sept Portugais et un Canadien.", "un Canadien"),
        ("es", "Viajaban 53 ciudadanos británicos, 7 portugueses, un canadiense y 169 indios.", "un canadiense"),
    ],
)
def test_one_as_an_item_of_a_list_of_counts_counts_its_thing(lang, text, evidence):
    found = [c for c in claims(text, lang) if c.text == evidence]
    assert [(c.kind, c.value["low"]) for c in found] == [("count", 1.0)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Twelve people came to the square and one man stayed home."),
        ("de", "Zwölf Menschen kamen, ein Mann blieb."),
        ("fr", "Douze personnes sont venues. Un homme est resté."),
        ("fr", "Le procès se distingue par le nombre d'accusés, 51, un record pour ce type de crimes."),
        ("es", "Llegaron 12 personas a la plaza y un hombre se quedó en casa, solo."),
    ],
)
def test_an_article_after_a_count_but_no_item_of_its_list_counts_no_one(lang, text):
    assert not [c for c in claims(text, lang) if c.kind == "count" and c.value.get("low") == 1.0]


def measured(text, lang):
    """(dimension, evidence text, low, high) of every measure claim of a text."""
    return {
        (c.value["unit"], c.text, c.value["low"], c.value["high"]) for c in claims(text, lang) if c.kind == "measure"
    }


# the article that is also the number one ("une", "eine", "einem", "una", "one") right before a unit of measure
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Après plus d’une heure de vol, la fusée a amerri.", ("duration", "plus d’une heure", 1 / 24, None)),
        ("de", "Das Flugzeug war nur eine Minute in der Luft.", ("duration", "eine Minute", 1 / 1440, 1 / 1440)),
        (
            "de",
            "Es wurden Flutwellen von mehr als einem Meter registriert.",
            ("length", "mehr als einem Meter", 1.0, None),
        ),
        ("es", "El vuelo duró una hora.", ("duration", "una hora", 1 / 24, 1 / 24)),
        ("en", "The flight lasted one hour.", ("duration", "one hour", 1 / 24, 1 / 24)),
    ],
)
def test_one_before_a_unit_of_measure_is_one_of_that_unit(lang, text, expected):
    assert expected in measured(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Das Erdbeben hatte eine Stärke von 7,5."),
        ("fr", "Un homme a été arrêté."),
        ("de", "Er ist einer der größten Konzerne."),
    ],
)
def test_an_article_before_no_unit_of_measure_measures_nothing(lang, text):
    assert not [c for c in claims(text, lang) if c.text.lower().split()[0] in ("eine", "un", "einer")]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("plus d'un million d'habitants", "over"), ("près d’un mètre", "nearly"), ("moins d'une heure", "under")],
)
def test_an_elided_french_qualifier_bounds_the_number_after_it(text, qualifier):
    from verification.engine.numbers import find_numbers

    (n,) = find_numbers(text, lang="fr")
    assert (n.qualifier, n.start) == (qualifier, 0)


@pytest.mark.parametrize(
    ("text", "evidence", "low", "high"),
    [
        ("His 50 co-defendants, men aged 27 to 74, were all declared guilty.", "27 to 74", 27, 74),
        ("The 50 co-defendants, men between the ages of 27 and 74, were convicted.", "27 and 74", 27, 74),
        ("Dominique Pelicot, aged 72, was convicted.", "72", 72, 72),
    ],
)
def test_a_word_of_age_before_a_number_with_no_unit_makes_it_an_age(text, evidence, low, high):
    found = [c for c in claims(text, "en") if c.text == evidence]
    assert [(c.kind, c.slot, c.value["low"], c.value["high"]) for c in found] == [("count", "age", low, high)]


# an ordinal alone after "in the", "à" in a match report: the minute of the event, never a noun's ordinal
@pytest.mark.parametrize(
    ("lang", "text", "minutes"),
    [
        ("en", "Real beat Barcelona 2-1. Vazquez put Real ahead in the 83rd with a strike.", {"83rd"}),
        ("en", "Real beat Barcelona 2-1. In the 20th century, it was at the 18th hole.", set()),
        ("fr", "Le PSG a battu l'Inter 5-0. Vitinha a scellé la victoire à 88e.", {"88e"}),
        ("de", "Bayern gewann 3:1. Kane traf in der 88. und Müller in der 90. Minute.", {"88.", "90. Minute"}),
    ],
)
def test_an_ordinal_alone_after_a_lead_in_a_match_report_is_a_match_minute(lang, text, minutes):
    assert {c.text for c in claims(text, lang) if c.slot == "match_minute"} == minutes


# German glues a number word to an adjective of a unit of time: a duration, unless a person's age
@pytest.mark.parametrize(
    ("text", "evidence", "days", "qualifier"),
    [
        ("Sie wurde zu einer fünfjährigen Unwählbarkeit verurteilt.", "fünfjährigen", 5 * 365.25, "exact"),
        ("SpaceX bezeichnete den rund einstündigen Testflug als Erfolg.", "rund einstündigen", 1 / 24, "about"),
        ("Nach dem zweitägigen Treffen reiste er ab.", "zweitägigen", 2.0, "exact"),
        ("Die Verteidigung zeigte ein 11-minütiges Video.", "11-minütiges", 11 * (1 / 1440), "exact"),
        ("Nach der 3-stündigen Sitzung reiste er ab.", "3-stündigen", 3 * (1 / 24), "exact"),
    ],
)
def test_a_number_word_glued_to_a_unit_of_time_is_a_duration(text, evidence, days, qualifier):
    assert ("duration", evidence, days, days) in measured(text, "de")
    (found,) = [c for c in claims(text, "de") if c.text == evidence]
    assert (found.value["qualifier"], found.extra.get("weak")) == (qualifier, True)


@pytest.mark.parametrize(
    "text", ["Der fünfjährige Mann wurde gerettet.", "Die zehnjährige Anna Müller wurde gerettet."]
)
def test_years_glued_before_a_person_are_no_duration(text):
    assert not measured(text, "de")


def test_digits_joined_to_a_unit_of_time_count_no_thing():
    assert not [c for c in claims("Die Verteidigung zeigte ein 11-minütiges Video.", "de") if c.slot == "things"]


def test_digits_joined_to_years_stay_an_age():
    assert [(c.slot, c.value["low"]) for c in claims("Der 41-Jährige flog ins All.", "de")] == [("age", 41.0)]


# a ton said metric is a ton: "11.5 million metric tons", "11,5 millions de tonnes métriques"
@pytest.mark.parametrize(
    ("lang", "text", "evidence"),
    [
        ("en", "Capacity falls from 11.5 million metric tons.", "11.5 million metric tons"),
        ("de", "Die Kapazität sinkt von 11,5 Millionen metrische Tonnen.", "11,5 Millionen metrische Tonnen"),
        ("fr", "La capacité passe de 11,5 millions de tonnes métriques.", "11,5 millions de tonnes métriques"),
        ("es", "La capacidad baja de 11,5 millones de toneladas métricas.", "11,5 millones de toneladas métricas"),
    ],
)
def test_metric_tons_are_a_mass(lang, text, evidence):
    assert ("mass", evidence, 11.5e9, 11.5e9) in measured(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "evidence", "metres"),
    [
        ("fr", "Le booster de près de 70 m de haut n'a pas touché le sol.", "près de 70 m", 70.0),
        ("de", "Die Welle war 1,5 m hoch.", "1,5 m", 1.5),
        ("es", "El cohete mide 121 m de altura.", "121 m", 121.0),
        # against a number with two decimals and no currency, in every language
        ("en", "Duplantis won gold with a jump of 6.30m in Tokyo.", "6.30m", 6.3),
        ("en", "He beat the 6.29m he managed in Budapest.", "6.29m", 6.29),
        ("de", "Duplantis übersprang im Finale 6,30m.", "6,30m", 6.3),
        ("fr", "Le Suédois a franchi 6,30m à son troisième essai.", "6,30m", 6.3),
        ("es", "Superó los 6,29m que había saltado en Budapest.", "6,29m", 6.29),
    ],
)
def test_m_after_a_number_is_metres_where_a_million_is_written_otherwise(lang, text, evidence, metres):
    assert ("length", evidence, metres, metres) in measured(text, lang)


# an "m" against two decimals with a currency before or after it, or a counted noun after it, is millions
@pytest.mark.parametrize(
    ("lang", "text", "kind", "value"),
    [
        ("en", "The club paid £2.25m for the striker.", "money", 2.25e6),
        ("en", "The deal is worth 2.25m euros.", "money", 2.25e6),
        ("en", "Some 2.25m people lost power after the storm.", "count", 2.25e6),
        ("en", "The storm left 1.25m homes without power.", "count", 1.25e6),
        ("de", "Der Transfer kostete 2,25m Euro.", "money", 2.25e6),
        ("fr", "Le club a payé 2,25m€ pour le joueur.", "money", 2.25e6),
        ("es", "El club pagó 2,25m de euros por el delantero.", "money", 2.25e6),
    ],
)
def test_an_m_against_two_decimals_with_a_currency_or_a_counted_noun_is_millions(lang, text, kind, value):
    found = {(c.kind, c.value["low"]) for c in claims(text, lang)}
    assert (kind, value) in found
    assert not measured(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "evidence", "days"),
    [
        ("en", "The dispute lasted two decades.", "two decades", 2 * 3652.5),
        ("fr", "Le conflit a duré deux décennies.", "deux décennies", 2 * 3652.5),
        ("de", "Der Streit dauerte zwei Jahrzehnte.", "zwei Jahrzehnte", 2 * 3652.5),
        ("es", "La disputa duró tres siglos.", "tres siglos", 3 * 36525.0),
        ("fr", "Le silence a duré une minute.", "une minute", 1 / 1440),
    ],
)
def test_decades_centuries_and_a_single_minute_are_durations(lang, text, evidence, days):
    assert ("duration", evidence, days, days) in measured(text, lang)


# a superlative or a first said to stand in all history: one weak record claim of the story
@pytest.mark.parametrize(
    ("lang", "text", "evidence"),
    [
        ("en", "Prevost was elected as the first American pontiff in history.", "first American pontiff in history"),
        ("fr", "Léon XIV, le premier souverain pontife nord-américain de l'Histoire.", "premier souverain pontife"),
        ("de", "Es war der höchste Endspielerfolg in der Königsklasse überhaupt.", "höchste Endspielerfolg"),
        ("es", "Fue el “mayor apagón informático” de la historia.", "mayor apagón informático"),
    ],
)
def test_a_superlative_in_all_history_is_a_record(lang, text, evidence):
    found = [c for c in claims(text, lang) if c.slot == "ranking.record"]
    assert [(c.kind, c.extra.get("weak"), c.text.startswith(evidence)) for c in found] == [("ranking", True, True)]


def test_a_superlative_with_no_word_of_history_is_no_record():
    assert not [
        c
        for c in claims("The first flight left at dawn and the largest crowd came later.", "en")
        if c.slot == "ranking.record"
    ]


# a first whose kind a people's word or a kind word names: a first of its kind, a record with no word of history
@pytest.mark.parametrize(
    ("lang", "text", "evidence"),
    [
        ("en", "Polaris Dawn, the first commercial spacewalk mission, landed on Sunday.", "first commercial"),
        ("de", "Der 69-jährige Prevost ist der erste US-Amerikaner als Papst.", "erste US-Amerikaner"),
        ("de", "Die EU-Kommission wird erstmals überhaupt eine Strafe gegen Apple verhängen.", "erstmals überhaupt"),
        (
            "fr",
            "Cette décision serait la première sanction européenne contre la marque.",
            "première sanction européenne",
        ),
        ("es", "Gillis es la primera mujer en dirigir la misión.", "primera mujer"),
    ],
)
def test_a_first_of_its_kind_is_a_record(lang, text, evidence):
    found = [c for c in claims(text, lang) if c.slot == "ranking.record"]
    assert [(c.kind, c.extra.get("weak"), c.text) for c in found] == [("ranking", True, evidence)]


# a first of a series ("the first round"), a role's title a first opens ("premier ministre") or the first of a kind of
# organisation ("le premier constructeur européen": the largest) is no first of a kind
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The first round of talks ended and the First Minister of Scotland spoke."),
        ("de", "Die erste Runde endete am Montag."),
        ("fr", "Le Premier ministre espagnol Pedro Sánchez a parlé."),
        ("es", "El primer ministro francés habló tras la primera votación."),
        # the first of a kind of organisation is the largest, a rank by size
        ("fr", "La direction du premier constructeur européen a trouvé un accord."),
        ("es", "El primer banco español anunció despidos."),
    ],
)
def test_a_first_of_a_series_or_a_title_is_no_record(lang, text):
    assert not [c for c in claims(text, lang) if c.slot == "ranking.record"]


def test_two_reports_of_one_record_in_two_languages_agree(checked):
    facts = checked(
        ("en", "Prevost was elected as the first American pontiff in history."),
        ("fr", "Léon XIV est le premier souverain pontife nord-américain de l'Histoire."),
    )
    records = [f for f in facts if f.kind == "ranking"]
    assert [(f.verdict, len(f.members)) for f in records] == [("corroborated", 2)]


@pytest.mark.parametrize(
    ("lang", "text", "evidence", "level"),
    [
        ("en", "The weather agency declared a red alert in Valencia.", "red alert", 4),
        ("es", "La AEMET emitió un aviso rojo el martes.", "aviso rojo", 4),
        ("fr", "Le département est placé en vigilance orange.", "vigilance orange", 3),
        ("de", "Der Wetterdienst rief die Warnstufe Rot aus.", "Warnstufe Rot", 4),
    ],
)
def test_an_alert_told_by_colour_is_a_weak_alert_level_shown_as_written(lang, text, evidence, level):
    from verification.engine.explain import display

    (found,) = [c for c in claims(text, lang) if c.slot == "alert_level"]
    assert (found.text, found.value["low"], found.extra.get("weak"), display(found)) == (
        evidence,
        level,
        True,
        evidence,
    )


def test_a_red_alert_and_an_aviso_rojo_agree_and_two_levels_never_conflict(checked):
    same = checked(("en", "AEMET declared a red alert in Valencia."), ("es", "La AEMET emitió un aviso rojo."))
    assert [f.verdict for f in same if f.slot == "alert_level"] == ["corroborated"]
    moved = checked(("en", "AEMET declared an orange alert."), ("es", "La AEMET emitió un aviso rojo."))
    assert all(f.verdict != "conflicting" for f in moved if f.slot == "alert_level")


@pytest.mark.parametrize(
    ("lang", "text", "evidence", "level"),
    [
        ("en", "Passing over land weakened the storm to a Category 3 hurricane.", "Category 3", 3),
        ("de", "Das Warnzentrum stufte Melissa als Sturm der Kategorie 4 ein.", "Kategorie 4", 4),
        ("fr", "Melissa a touché terre en tant que puissant ouragan de catégorie 5.", "catégorie 5", 5),
        ("es", "El huracán azotó Jamaica con una intensidad de categoría 5, la más alta.", "categoría 5", 5),
        ("fr", "Le séisme a eu une intensité de « 7 » sur l'échelle sismique japonaise.", "intensité de « 7", 7),
        ("en", "The quake registered 7, the highest level on the Japanese intensity scale.", "7", 7),
        ("de", "Das Beben erreichte 7 auf der japanischen Shindo-Skala.", "7", 7),
        ("es", "El sismo alcanzó 6 en la escala japonesa de intensidad.", "6", 6),
    ],
)
def test_a_level_a_noun_or_a_scale_names_is_a_weak_level_on_a_scale(lang, text, evidence, level):
    (found,) = [c for c in claims(text, lang) if c.slot == "scale_level"]
    assert (found.text, found.value["low"], found.extra.get("weak"), found.subject) == (evidence, level, True, "")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Il ouvre la voie à un ordinateur quantique utile et à grande échelle."),
        ("es", "Persigue construir un ordenador cuántico funcional y a gran escala."),
        ("en", "SpaceX has been recovering Falcon 9 boosters, the Starship system's scale aside."),
        ("en", "The quake had a magnitude of 7 on the Richter scale."),
        ("en", "The building has 40 floors and a car park on level 212."),
    ],
)
def test_large_scale_a_magnitude_or_a_big_number_is_no_level_on_a_scale(lang, text):
    assert not [c for c in claims(text, lang) if c.slot == "scale_level"]


def test_two_categories_of_a_storm_agree_or_stay_apart_and_never_conflict(checked):
    same = checked(
        ("fr", "Melissa a touché terre en ouragan de catégorie 5."),
        ("es", "Melissa tocó tierra como huracán de categoría 5."),
    )
    assert [f.verdict for f in same if f.slot == "scale_level"] == ["corroborated"]
    moved = checked(("en", "The storm weakened to a Category 3 hurricane."), ("de", "Ein Sturm der Kategorie 4."))
    assert all(f.verdict != "conflicting" for f in moved if f.slot == "scale_level")


# a number then "of the" and a noun no frame knows: a part of the things named, counted weakly
@pytest.mark.parametrize(
    ("lang", "text", "evidence"),
    [
        ("en", "SpaceX fired 13 of the engines before landing.", "13 of the engines"),
        ("de", "Kurz vor der Landung wurden 13 der Super-Heavy-Triebwerke gezündet.", "13 der Super-Heavy-Triebwerke"),
        ("fr", "Avant l'amerrissage, 13 des moteurs ont été allumés.", "13 des moteurs"),
        ("es", "Antes del aterrizaje se encendieron 13 de los motores.", "13 de los motores"),
    ],
)
def test_a_part_of_things_named_is_a_thing_counted_weakly(lang, text, evidence):
    assert ("things", evidence, 13) in counted(text, lang)
