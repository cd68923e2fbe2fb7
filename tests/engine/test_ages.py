"""Ages: whose age a figure is, and an age a word of focus stands before.

An age written before the words that describe a person ("the 17-year-old sensation Lamine Yamal", "der
69-jährige Prevost") is that person's, whoever the clause named before it; an age told after a name's comma may
carry a word of focus ("Doué, de solo 19 años", "aged just 19") and stays an age, not a span of years.
"""

from datetime import date

import pytest

from verification.engine.claims import Document
from verification.engine.extract import extract_claims


def ages(text, lang):
    cs = extract_claims(Document(key=lang, text=text, language=lang, published=date(2026, 5, 21)))
    return [(c.subject, c.value["low"]) for c in cs if c.slot == "age"]


@pytest.mark.parametrize(
    "lang, text, person",
    [
        (
            "en",
            "Nico Williams scored first. Earlier, Nico Williams passed to 17-year-old sensation Lamine Yamal in the box.",
            "lamine yamal",
        ),
        (
            "en",
            "The court heard Gisèle Pelicot before the 72-year-old former electrician Dominique Pelicot spoke.",
            "dominique pelicot",
        ),
        (
            "de",
            "Nico Williams wurde ausgezeichnet, der 17-jährige spanische Stürmer Lamine Yamal wurde als bester junger"
            " Spieler geehrt.",
            "lamine yamal",
        ),
        (
            "de",
            "Die Kardinäle wählten Robert Prevost. Er folgt auf Papst Franziskus. Der 69-jährige Prevost ist der erste"
            " US-Amerikaner als Papst.",
            "robert prevost",
        ),
    ],
)
def test_an_age_before_a_person_is_that_persons_age(lang, text, person):
    assert [subject for subject, _ in ages(text, lang)] == [person]


@pytest.mark.parametrize(
    "lang, text, person",
    [
        ("en", "Désiré Doué, the 19-year-old, scored twice against Yann Sommer.", "desire doue"),
        ("en", "Désiré Doué, the 19-year-old winger, scored twice against Yann Sommer.", "desire doue"),
        ("de", "Désiré Doué, der 19-jährige Flügelspieler, traf zweimal gegen Yann Sommer.", "desire doue"),
    ],
)
def test_an_age_standing_alone_describes_the_person_before_it(lang, text, person):
    assert [subject for subject, _ in ages(text, lang)] == [person]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Désiré Doué, aged just 19, scored twice in the final."),
        ("de", "Lamine Yamal, im Alter von gerade 17 Jahren, erzielte das Tor."),
        ("fr", "Le jeune Français, à peine 19 ans, a marqué deux fois."),
        ("es", "El joven francés, de solo 19 años, sacó un potente disparo."),
    ],
)
def test_an_age_with_a_word_of_focus_is_an_age(lang, text):
    assert [value for _, value in ages(text, lang)] in ([19.0], [17.0])


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "He spent just 19 years in prison."),
        ("es", "Pasó solo 19 años en prisión."),
    ],
)
def test_years_of_something_else_stay_no_age(lang, text):
    assert ages(text, lang) == []


@pytest.mark.parametrize(
    "lang, text, age",
    [
        ("fr", "Sur une passe de la pépite espagnole de 17 ans et un jour, Nico Williams a marqué.", 17.0),
        ("fr", "Un juge a condamné le magnat de la musique de 55 ans à quatre ans de prison.", 55.0),
        ("es", "Es Jared Isaacman, un multimillonario estadounidense de 41 años que viaja al espacio.", 41.0),
        ("es", "Con la llegada del talentoso jugador alemán de 22 años, el club cierra el fichaje.", 22.0),
    ],
)
def test_years_after_a_noun_phrase_and_of_are_its_age_whatever_the_noun(lang, text, age):
    assert [value for _, value in ages(text, lang)] == [age]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le président a obtenu un mandat de cinq ans en 2022."),
        ("fr", "Le tribunal a prononcé une peine de 20 ans."),
        ("es", "El presidente obtuvo un mandato de cuatro años en 2022."),
        ("es", "El jugador firmó un contrato de cinco años con el club."),
    ],
)
def test_years_of_a_span_or_a_sentence_after_a_noun_stay_no_age(lang, text):
    assert ages(text, lang) == []


@pytest.mark.parametrize(
    "lang, text, person",
    [
        ("en", "In July, a jury acquitted Sean Combs, 55, of sex trafficking.", "sean combs"),
        ("de", "Im Juli wurde Sean Combs (55) vom Menschenhandel freigesprochen.", "sean combs"),
        ("fr", "En juillet, un jury a acquitté Sean Combs, 55, du trafic sexuel.", "sean combs"),
        ("es", "En julio, un jurado absolvió a Sean Combs, 55, del tráfico sexual.", "sean combs"),
    ],
)
def test_a_number_set_off_after_a_name_is_its_age(lang, text, person):
    assert ages(text, lang) == [(person, 55.0)]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Votes came in at 45, 55, 60 and 70 in the districts."),
        ("es", "En Portugal, 2,5 millones de personas recuperaron la luz."),
    ],
)
def test_a_number_in_a_list_or_a_decimal_after_a_name_is_no_age(lang, text):
    assert ages(text, lang) == []


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The board named a successor for Carlos Tavares, a year before the end of his term."),
        ("de", "Der Vorstand ernannte einen Nachfolger für Carlos Tavares, zwei Jahre vor dem Ende seines Mandats."),
        ("fr", "Le groupe a annoncé la démission de Carlos Tavares, un an avant la fin de son mandat."),
        ("es", "Ahora, una década después de su entrada, Tavares ha anunciado su salida."),
    ],
)
def test_years_that_set_one_time_before_or_after_another_are_no_age(lang, text):
    assert ages(text, lang) == []


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Of this request, one year corresponded to the crime of sexual assault."),
        ("de", "Von dieser Forderung entfiel auf die Nötigung, ein Jahr davon."),
        ("fr", "S'ajoutent cinq ans de liberté surveillée, neuf ans d'interdiction d'approcher la victime."),
        ("es", "A la pena de prisión se suman, cinco años de libertad vigilada."),
    ],
)
def test_years_in_words_right_after_a_comma_are_no_age(lang, text):
    assert ages(text, lang) == []


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The court heard Dominique Pelicot, 72, on Monday."),
        ("fr", "Le tribunal a entendu Dominique Pelicot, 72 ans, lundi."),
        ("es", "El tribunal escuchó a Dominique Pelicot, 72 años, el lunes."),
    ],
)
def test_years_in_digits_right_after_a_name_and_a_comma_are_an_age(lang, text):
    assert ages(text, lang) == [("dominique pelicot", 72.0)]


@pytest.mark.parametrize(
    "text, person",
    [
        ("Der 17-Jährige Lamine Yamal wurde als bester junger Spieler geehrt.", "lamine yamal"),
        ("Labour hat gewonnen. Der 61-Jährige Parteichef Keir Starmer wird Premierminister.", "keir starmer"),
    ],
)
def test_a_german_age_noun_is_no_name_before_the_person_it_describes(text, person):
    """ "der 31-Jährige", "ein 18-Jähriger": the capitalised word a hyphen joins to the figure is its noun."""
    cs = extract_claims(Document(key="de", text=text, language="de", published=date(2026, 5, 21)))
    assert [c.subject for c in cs if c.slot == "age"] == [person]
    assert all(c.value["person"] == person and not c.value["org"] for c in cs if c.kind == "role")


@pytest.mark.parametrize(
    "text",
    [
        "Sam Bankman-Fried wurde verurteilt. Der 31-Jährige sagte, er habe Fehler gemacht.",
        "Bei dem Unfall starb ein 18-Jähriger, zwei 20-Jährige wurden verletzt.",
        "Die Familie zog in eine 3-Zimmer-Wohnung am Stadtrand.",
    ],
)
def test_a_german_age_noun_names_no_one(text):
    cs = extract_claims(Document(key="de", text=text, language="de", published=date(2026, 5, 21)))
    named = {c.subject for c in cs} | {str(c.value.get("person") or c.value.get("entity")) for c in cs}
    assert not [n for n in named if "jahrig" in n or "zimmer" in n]


@pytest.mark.parametrize(
    "lang, text, person",
    [
        ("en", "Second seed Jannik Sinner (23 years) lost the final on Sunday.", "jannik sinner"),
        ("de", "Der Italiener Jannik Sinner (23 Jahre) verlor am Sonntag das Finale.", "jannik sinner"),
        ("fr", "La veille, l'Américaine Coco Gauff (22 ans) avait remporté la finale.", "coco gauff"),
        ("es", "El español Carlos Alcaraz (22 años) se llevó su segundo título.", "carlos alcaraz"),
    ],
)
def test_years_alone_in_a_bracket_after_a_name_are_its_age(lang, text, person):
    found = ages(text, lang)
    assert len(found) == 1 and person in found[0][0]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The former mayor was sentenced to prison (five years) on Monday."),
        ("de", "Der Ex-Bürgermeister wurde zu einer Haftstrafe (fünf Jahre) verurteilt."),
        ("fr", "L'ancien maire a été condamné à une peine de prison (cinq ans) lundi."),
        ("es", "El exalcalde fue condenado a prisión (cinco años) el lunes."),
        ("en", "The company signed a contract (five years) with the city."),
    ],
)
def test_years_in_a_bracket_a_word_of_what_they_are_stands_near_are_no_age(lang, text):
    assert ages(text, lang) == []


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Kaja Sokola, who was 19 years old at the time, testified on Monday."),
        ("fr", "Kaja Sokola, qui avait 19 ans à l'époque, a témoigné lundi."),
        ("es", "Kaja Sokola, que tenía 19 años en ese momento, declaró el lunes."),
        ("de", "Kaja Sokola, die damals 19 Jahre alt war, sagte am Montag aus."),
    ],
)
def test_an_age_told_at_the_time_of_the_events_is_an_earlier_age(lang, text):
    cs = extract_claims(Document(key=lang, text=text, language=lang, published=date(2026, 5, 21)))
    assert [(c.value["low"], c.extra.get("stage")) for c in cs if c.slot == "age"] == [(19.0, "previous")]


@pytest.mark.parametrize(
    "lang, then, now",
    [
        (
            "fr",
            "Kaja Sokola, qui avait 19 ans à l'époque, a témoigné lundi.",
            "Le mannequin Kaja Sokola, 33 ans, a témoigné.",
        ),
        (
            "es",
            "Kaja Sokola, que tenía 19 años en ese momento, declaró.",
            "La modelo Kaja Sokola, de 33 años, declaró.",
        ),
    ],
)
def test_an_age_then_is_no_rival_of_the_age_now(lang, then, now):
    from verification.engine.crosscheck import cross_check

    docs = [
        Document(key=str(i), text=t, language=lang, published=date(2026, 5, 21), publisher=f"Outlet {i}")
        for i, t in enumerate((then, now))
    ]
    facts = cross_check(docs, {d.key: extract_claims(d) for d in docs})
    assert not [f for f in facts if f.verdict == "conflicting"], [(f.slot, f.verdict) for f in facts]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Il y avait 19 ans que le musée n'avait pas été cambriolé."),
        ("fr", "Elle avait 19 ans de carrière derrière elle."),
        ("es", "La empresa tenía 19 años de experiencia en el sector."),
    ],
)
def test_years_had_that_are_a_span_stay_no_age(lang, text):
    assert ages(text, lang) == []
