"""Frames: a number's concept comes from its counted noun, its predicate or its unit, in four languages."""

from datetime import date

import pytest

from verification.engine.claims import Document
from verification.engine.crosscheck import cross_check
from verification.engine.extract import extract_claims

PUB = date(2026, 3, 3)


def claims(text, lang):
    return extract_claims(Document(key=lang, text=text, language=lang, published=PUB))


def concept_of_value(text, lang, value):
    got = {c.slot for c in claims(text, lang) if c.value.get("low") == value or c.value.get("high") == value}
    return got


@pytest.mark.parametrize(
    "lang,text,value,concept",
    [
        ("en", "The fire killed at least 12 people and injured 23 others.", 12, "deaths"),
        ("en", "The fire killed at least 12 people and injured 23 others.", 23, "injured"),
        ("en", "Around 2,000 residents were evacuated overnight.", 2000, "evacuated"),
        ("de", "Bei dem Brand kamen mindestens 12 Menschen ums Leben, 23 weitere wurden verletzt.", 12, "deaths"),
        ("de", "Bei dem Brand kamen mindestens 12 Menschen ums Leben, 23 weitere wurden verletzt.", 23, "injured"),
        ("fr", "L'incendie a fait au moins 12 morts et 23 blessés.", 12, "deaths"),
        ("fr", "Quelque 2 000 habitants ont été évacués.", 2000, "evacuated"),
        ("es", "El incendio dejó al menos 12 muertos y 23 heridos.", 23, "injured"),
        ("es", "Unas 2.000 personas fueron evacuadas.", 2000, "evacuated"),
        ("en", "The Greens won 41 seats.", 41, "seats"),
        ("de", "Die Grünen gewannen 41 Sitze.", 41, "seats"),
        ("fr", "Les Verts ont obtenu 41 sièges.", 41, "seats"),
        ("es", "Los Verdes lograron 41 escaños.", 41, "seats"),
        ("en", "The striker has scored 30 goals this season.", 30, "goals"),
        ("es", "El delantero suma 30 goles esta temporada.", 30, "goals"),
    ],
)
def test_counts_take_the_concept_of_their_noun_or_predicate(lang, text, value, concept):
    assert concept in concept_of_value(text, lang, value)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "He was sentenced to 12 years in prison."),
        ("de", "Er wurde zu zwölf Jahren Haft verurteilt."),
        ("fr", "Il a été condamné à 12 ans de prison."),
        ("es", "Fue condenado a 12 años de prisión."),
    ],
)
def test_a_prison_term_is_a_sentence_measured_in_days(lang, text):
    sentence = [c for c in claims(text, lang) if c.slot == "sentence"]
    assert sentence and sentence[0].kind == "measure" and round(sentence[0].value["low"]) == round(12 * 365.25)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "A 7.1-magnitude earthquake struck the coast."),
        ("de", "Ein Erdbeben der Stärke 7,1 erschütterte die Küste."),
        ("fr", "Un séisme de magnitude 7,1 a frappé la côte."),
        ("es", "Un terremoto de magnitud 7,1 sacudió la costa."),
    ],
)
def test_magnitudes(lang, text):
    assert [c.value["low"] for c in claims(text, lang) if c.slot == "magnitude"] == [7.1]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "An earthquake measuring 7.1 on the Richter scale struck the coast."),
        ("en", "Aftershocks as strong as 7.1 magnitudes rattled the coast."),
        ("de", "Das Erdbeben mit 7,1 auf der Richterskala erschütterte die Küste."),
        ("fr", "Un séisme de 7,1 sur l'échelle de Richter a frappé la côte."),
        ("es", "Un sismo de 7,1 grados en la escala de Richter sacudió la costa."),
        ("en", "A 7.1 quake struck the coast."),
        ("de", "Ein 7,1-Beben erschütterte die Küste."),
        ("de", "Das Erdbeben von 7,1 erschütterte die Küste."),
        ("fr", "Un séisme de 7,1 a frappé la côte."),
        ("fr", "Une réplique de 7,1 a frappé la côte."),
        ("es", "Un sismo de 7,1 sacudió la costa."),
        ("es", "Un terremoto de 7,1 grados sacudió la costa."),
    ],
)
def test_a_magnitude_with_its_scale_named_after_it_or_next_to_the_quake_noun(lang, text):
    assert [(c.slot, c.value["low"]) for c in claims(text, lang) if c.value.get("low") == 7.1] == [("magnitude", 7.1)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The death toll from the 6.0 quake has reached 1,700."),
        ("de", "Die Zahl der Toten nach dem 6,0-Beben stieg auf 1700."),
        ("fr", "Le bilan du séisme de 6,0 a atteint 1700."),
        ("es", "El balance del sismo de 6,0 ascendió a 1.700."),
    ],
)
def test_the_toll_of_a_quake_named_by_its_magnitude_is_no_death_count_of_the_magnitude(lang, text):
    assert sorted((c.slot, c.value["low"]) for c in claims(text, lang)) == [("deaths", 1700.0), ("magnitude", 6.0)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "6 earthquakes struck the coast."),
        ("de", "6 Beben erschütterten die Küste."),
        ("fr", "6 séismes ont frappé la côte."),
        ("es", "6 sismos sacudieron la costa."),
        ("es", "El sismo de 7.30 de la mañana."),
    ],
)
def test_a_whole_number_or_a_time_next_to_the_quake_noun_is_no_magnitude(lang, text):
    assert not [c for c in claims(text, lang) if c.slot == "magnitude"]


@pytest.mark.parametrize(
    "lang,text,value",
    [
        ("en", "A M6.2 earthquake struck eastern Afghanistan.", 6.2),
        ("de", "Das Erdbeben der Stärke M6,2 erschütterte den Osten Afghanistans.", 6.2),
        ("fr", "Un séisme M6,2 a frappé l'est de l'Afghanistan.", 6.2),
        ("es", "Un sismo M6.2 sacudió el este de Afganistán.", 6.2),
        ("es", "Un sismo de 6 grados sacudió el este de Afganistán.", 6.0),
        ("fr", "Un séisme de 6 degrés a frappé l'est de l'Afghanistan.", 6.0),
        ("en", "An earthquake of 6 degrees struck eastern Afghanistan.", 6.0),
        ("de", "Ein Erdbeben von 6 Grad erschütterte den Osten Afghanistans.", 6.0),
    ],
)
def test_a_magnitude_glued_to_its_letter_or_told_in_degrees_after_the_quake_noun(lang, text, value):
    assert [(c.slot, c.value["low"]) for c in claims(text, lang) if c.kind == "measure"] == [("magnitude", value)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Traffic on the M25 and the M4 was slowed; the M1.5 money figure rose."),
        ("es", "La temperatura llegó a 40 grados después del sismo."),
    ],
)
def test_a_road_a_model_or_a_temperature_is_no_magnitude(lang, text):
    assert not [c for c in claims(text, lang) if c.slot == "magnitude"]


def test_a_bare_number_without_a_frame_is_no_claim():
    assert not [
        c for c in claims("At 3 the meeting ended and 14 of them left.", "en") if c.kind in ("count", "measure")
    ]


def test_a_match_result_told_from_either_side_is_one_result():
    docs = [
        Document(key="a", text="Real Madrid beat Dortmund 2-0 in the final on Saturday.", language="en", published=PUB),
        Document(key="b", text="Dortmund perdió 0-2 la final ante el Real Madrid.", language="es", published=PUB),
    ]
    facts = [f for f in cross_check(docs, {d.key: extract_claims(d) for d in docs}) if f.slot == "score"]
    assert len(facts) == 1 and facts[0].verdict == "corroborated"


@pytest.mark.parametrize(
    "lang,text,result",
    [
        ("en", "Lyon went top, defeating the visitors 3-1 at home.", "3-1"),
        ("de", "Die Gastgeber besiegten den Meister am Abend mit 3:1.", "3:1"),
        ("fr", "Lyon a su l'emporter 3-1 face aux visiteurs.", "3-1"),
        ("es", "Los locales vencieron por 3-1, con dos goles de su delantero.", "3-1"),
        # no word for winning next to the result, but the goals' minutes show the text is about a match
        ("en", "Lyon against Lens (3-1). Lacazette opened the game's scoring (12th minute).", "3-1"),
        ("de", "Lyon gegen Lens 3:1. Lacazette traf im Spiel in der 12. Minute.", "3:1"),
        ("fr", "Lyon-Lens 3-1. Lacazette a ouvert le score du match (12e).", "3-1"),
        ("es", "Lyon frente a Lens (3-1). Lacazette abrió el marcador del partido en el minuto 12.", "3-1"),
    ],
)
def test_a_match_result_with_an_inflected_cue_or_beside_the_goals_minutes(lang, text, result):
    assert [c.text for c in claims(text, lang) if c.kind == "score"] == [result]


def test_a_time_of_day_in_a_text_about_no_match_is_no_result():
    text = "The board met at 10:30 on Monday. The company then reported its first loss since the 2019 match-up."
    assert not [c for c in claims(text, "en") if c.kind == "score"]


def test_two_reports_of_one_toll_that_disagree_are_one_conflicting_fact():
    docs = [
        Document(key="a", text="The ferry fire injured 23 people, the coast guard said.", language="en", published=PUB),
        Document(
            key="b",
            text="Greek officials said the blaze aboard the ferry injured 31 people.",
            language="en",
            published=PUB,
        ),
    ]
    facts = [f for f in cross_check(docs, {d.key: extract_claims(d) for d in docs}) if f.slot == "injured"]
    assert len(facts) == 1 and facts[0].verdict == "conflicting"


@pytest.mark.parametrize(
    "lang,text,minutes",
    [
        ("en", "Around 04:09 UTC, Windows computers started crashing.", 249),
        ("de", "Lagarde erläutert die Entscheidung ab 14.45 Uhr.", 885),
        ("fr", "Une conférence de presse aura lieu à 12h45 GMT.", 765),
        ("es", "La alerta no se emitió hasta las 20:10 h.", 1210),
    ],
)
def test_times_of_day(lang, text, minutes):
    assert [c.value["minutes"] for c in claims(text, lang) if c.kind == "time"] == [minutes]


def test_a_decimal_is_no_time():
    assert not [c for c in claims("Inflation was 10.30 in the index.", "en") if c.kind == "time"]


@pytest.mark.parametrize(
    "lang,text,name",
    [
        ("es", "El director general de la empresa, George Kurtz, explicó el fallo.", "George Kurtz"),
        ("de", "Die Anwältin von Dominique Pelicot, Béatrice Zavarro, kündigte Berufung an.", "Béatrice Zavarro"),
        ("en", "said WHO director-general Tedros Adhanom Ghebreyesus.", "Tedros Adhanom Ghebreyesus"),
    ],
)
def test_a_role_before_its_holder(lang, text, name):
    assert name in [c.value["name"] for c in claims(text, lang) if c.kind == "role"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "CDU/CSU won 208 seats, AfD — 151, SPD — 121."),
        ("fr", "Ensemble obtient 158 mandats, avec 98 sièges pour Renaissance, 34 pour le MoDem et 26 pour Horizons."),
    ],
)
def test_the_figures_of_an_enumeration_count_what_its_first_counts(lang, text):
    assert len([c for c in claims(text, lang) if c.slot == "seats"]) >= 3


@pytest.mark.parametrize(
    "lang,text,value",
    [
        ("en", "Real Madrid won their 15th UEFA Champions League title.", 15),
        ("de", "Real Madrid gewinnt zum 15. Mal die Champions League.", 15),
        ("fr", "Le club offre à son entraîneur son cinquième titre.", 5),
        ("es", "Es la octava vez en la historia que ocurre.", 8),
    ],
)
def test_the_place_of_the_event_in_a_series(lang, text, value):
    assert [c.value["low"] for c in claims(text, lang) if c.slot == "ordinal"] == [value]


def test_a_match_minute_is_no_place_in_a_series():
    assert not [
        c
        for c in claims("Real Madrid beat Dortmund 2-0; Carvajal scored in the 74th minute.", "en")
        if c.slot == "ordinal"
    ]


@pytest.mark.parametrize(
    "lang,text,name",
    [
        ("fr", "Thorsten Gröger, négociateur du syndicat IG Metall, a salué l'accord.", "Thorsten Gröger"),
        ("fr", "L'administrateur de la NASA, Bill Nelson, a félicité SpaceX.", "Bill Nelson"),
        ("en", "Daniela Cavallo, IG Metall’s works council chief, welcomed the deal.", "Daniela Cavallo"),
    ],
)
def test_a_person_named_with_what_they_are(lang, text, name):
    assert name in [c.value["name"] for c in claims(text, lang) if c.kind == "role"]


def test_one_person_is_one_fact_across_languages():
    docs = [
        Document(
            key="fr",
            text="Thorsten Gröger, négociateur du syndicat IG Metall, a salué l'accord.",
            language="fr",
            published=PUB,
        ),
        Document(
            key="es",
            text="Lo confirmó Thorsten Gröger, negociador del sindicato IG Metall.",
            language="es",
            published=PUB,
        ),
    ]
    facts = [f for f in cross_check(docs, {d.key: extract_claims(d) for d in docs}) if f.kind == "role"]
    assert len(facts) == 1 and facts[0].verdict == "corroborated"


def test_a_toll_that_changed_says_which_report_is_newer():
    docs = [
        Document(
            key="a",
            text="The ferry fire injured 23 people, the coast guard said.",
            language="en",
            published=date(2026, 3, 2),
            publisher="Aegean Wire",
        ),
        Document(
            key="b",
            text="Greek officials said the blaze aboard the ferry injured 31 people.",
            language="en",
            published=date(2026, 3, 3),
            publisher="Athens Daily",
        ),
    ]
    fact = next(f for f in cross_check(docs, {d.key: extract_claims(d) for d in docs}) if f.slot == "injured")
    assert fact.verdict == "conflicting"
    assert "newest report" in fact.explanation and "Athens Daily of 3 March 2026" in fact.explanation


@pytest.mark.parametrize(
    "lang,text,words",
    [
        ("en", "The fifth flight test took place on October 13.", "October 13"),
        ("de", "Die Panne begann am Freitag, 19. Juli, weltweit.", "19. Juli"),
        ("fr", "Une panne mondiale a frappé vendredi 19 juillet des millions d'ordinateurs.", "19 juillet"),
        ("es", "A partir del 11 de junio, los tipos bajan.", "11 de junio"),
    ],
)
def test_a_day_of_an_undated_article_is_kept_for_the_storys_date_to_resolve(lang, text, words):
    found = [
        c
        for c in extract_claims(Document(key="1", text=text, language=lang, published=None))
        if c.kind == "date" and words in c.text
    ]
    assert found and found[0].value["resolved"] is False and found[0].value["spec"]["day"] in (11, 13, 19)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("In the Avignon court, the 72-year-old Dominique Pelicot admitted everything.", "en"),
        ("Vor dem Gericht in Avignon gestand der 72-jährige Dominique Pelicot alles.", "de"),
        ("Devant la cour d'Avignon, Dominique Pelicot, 72 ans, a tout reconnu.", "fr"),
        ("En el tribunal de Aviñón, Dominique Pelicot, de 72 años, lo admitió todo.", "es"),
    ],
)
def test_an_age_belongs_to_the_person_it_stands_beside(text, lang):
    ages = [c for c in claims(text, lang) if c.slot == "age"]
    assert [c.subject for c in ages] == ["dominique pelicot"]


@pytest.mark.parametrize(
    "lang,text,words,concept",
    [
        ("en", "The rescue took seven hours in total.", "seven hours", "duration"),
        ("de", "Die Bergung dauerte sieben Stunden.", "sieben Stunden", "duration"),
        ("fr", "Le sauvetage a duré sept heures.", "sept heures", "duration"),
        ("es", "El rescate duró dos horas.", "dos horas", "duration"),
        ("fr", "Des dizaines de personnes restent portées disparues.", "dizaines de personnes", "missing"),
        ("es", "Las autoridades reportan decenas de desaparecidos.", "decenas de desaparecidos", "missing"),
        ("de", "Dutzende Menschen werden vermisst.", "Dutzende Menschen", "missing"),
        ("en", "Dozens of people are still missing.", "Dozens of people", "missing"),
    ],
)
def test_numbers_in_words_take_their_frame(lang, text, words, concept):
    found = [c for c in claims(text, lang) if c.text == words]
    assert found and found[0].slot == concept


def test_a_number_word_that_is_also_a_word_counts_only_the_noun_right_after_it():
    assert not [c for c in claims("Ten cuidado: la casa está cerrada.", "es") if c.kind in ("count", "measure")]
    assert not [c for c in claims("Un homme a été arrêté.", "fr") if c.kind in ("count", "measure")]
    assert [c.text for c in claims("Le propulseur a atterri sept minutes après le décollage.", "fr")] == [
        "sept minutes"
    ]


@pytest.mark.parametrize(
    "lang,text,words,dimension,low",
    [
        ("en", "A tower over 400ft tall awaited the booster.", "over 400ft", "length", 121.92),
        ("en", "The update needs 8GB of free space.", "8GB", "data", 8000.0),
        ("de", "Die Datei war nur 40KB groß.", "40KB", "data", 0.04),
        ("fr", "La mise à jour pèse 2Go au total.", "2Go", "data", 2000.0),
        ("es", "La carrera tiene 42km de recorrido.", "42km", "length", 42000.0),
    ],
)
def test_a_unit_written_against_its_number_measures_it(lang, text, words, dimension, low):
    found = [c for c in claims(text, lang) if c.text == words]
    assert found and found[0].value["unit"] == dimension and found[0].value["low"] == pytest.approx(low)


def test_letters_against_a_number_that_are_no_unit_make_a_code():
    assert not [
        c for c in claims("Nvidia sold its H800 chips and 4090x cards.", "en") if c.kind in ("count", "measure")
    ]


@pytest.mark.parametrize(
    "lang,text,value,concept",
    [
        ("en", "The bloc fell short of an absolute majority of 301 in the chamber.", 301, "majority"),
        ("de", "Die Koalition verfehlte die absolute Mehrheit von 301 Sitzen.", 301, "majority"),
        ("fr", "Le bloc reste loin de la majorité absolue (301) à l'Assemblée.", 301, "majority"),
        ("es", "La mayoría absoluta se sitúa en 301 en la cámara.", 301, "majority"),
        # a crowd told before its number is the attendance
        ("en", "The final was played in front of a crowd of 81,118 in New Jersey.", 81118, "attendance"),
        ("en", "The match drew an attendance of 65,600 at the stadium.", 65600, "attendance"),
        ("de", "Das Finale fand vor einer Kulisse von 65.600 statt.", 65600, "attendance"),
        ("fr", "La finale s'est jouée devant une affluence de 45 000 au stade.", 45000, "attendance"),
        ("es", "El partido tuvo una asistencia de 70.000 en el estadio.", 70000, "attendance"),
        # a match's facts box labels its crowd
        ("en", "Attendance: 74,000", 74000, "attendance"),
        ("de", "Zuschauerzahl: 34’165 im Stadion St. Jakob-Park, Basel", 34165, "attendance"),
        ("fr", "Spectateurs : 45 000.", 45000, "attendance"),
        ("es", "Asistencia: 70.000.", 70000, "attendance"),
    ],
)
def test_a_phrase_before_a_number_says_what_it_is(lang, text, value, concept):
    assert concept_of_value(text, lang, value) == {concept}


def test_a_majority_of_people_is_no_seat_threshold():
    assert "majority" not in concept_of_value("The majority of 300 workers voted to strike.", "en", 300)


@pytest.mark.parametrize(
    "lang,text,name",
    [
        ("en", "The plan was defended by the chief executive of the carmaker Maria Lopez on Monday.", "Maria Lopez"),
        ("fr", "L'a confirmé le chef du gouvernement régional Jean Dupont aux médias.", "Jean Dupont"),
        ("es", "Lo confirmó el presidente del gobierno regional Carlos Ruiz ante la prensa.", "Carlos Ruiz"),
    ],
)
def test_a_role_and_what_it_heads_before_its_holder(lang, text, name):
    roles = [c for c in claims(text, lang) if c.kind == "role"]
    assert roles and roles[0].value["name"] == name


def test_a_role_far_from_its_holder_shows_the_holder():
    text = "“Es un buen acuerdo”, dijo la jefa del consejo de empresa de la sociedad, Daniela Ruiz."
    (role,) = [c for c in claims(text, "es") if c.kind == "role"]
    assert role.text == "Daniela Ruiz" and role.extra["role_words"] == "jefa"


def test_a_verb_between_a_role_and_a_name_says_the_name_is_no_holder():
    assert not [
        c for c in claims("The president said Joe Biden would sign it.", "en") if c.kind == "role" and c.value["role"]
    ]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Labour won 412 seats. Projections: Labour (400 to 420), Conservatives (110 to 130), Reform (4 to 8)."),
        ("de", "Die CDU gewann 208 Sitze. Prognosen: CDU (200 bis 215), SPD (115 bis 125), Grüne (80 bis 90)."),
        ("fr", "Le RN a obtenu 143 sièges. Estimations : Ensemble (150 à 170), Les Républicains (57 à 67)."),
        ("es", "El PP logró 137 escaños. Sondeos: PP (130 a 140), PSOE (120 a 125), Vox (30 a 35)."),
    ],
)
def test_bracketed_figures_of_a_list_of_actors_count_what_the_texts_results_count(lang, text):
    ranges = [c for c in claims(text, lang) if c.value.get("qualifier") == "range"]
    assert len(ranges) >= 2 and {c.slot for c in ranges} == {"seats"}


def test_bracketed_figures_after_players_in_a_match_report_are_no_results():
    text = (
        "Spain beat England with two goals in the final. Scorers: Williams (47th minute), Oyarzabal (86), Palmer (73)."
    )
    assert not [c for c in claims(text, "en") if c.slot == "goals" and c.value.get("low") in (86.0, 73.0)]


@pytest.mark.parametrize(
    "lang,text,words,concept",
    [
        ("en", "The 12 other defendants were acquitted on Friday.", "12 other defendants", "defendants"),
        ("de", "Neben ihm stehen 12 weitere Angeklagte vor Gericht.", "12 weitere Angeklagte", "defendants"),
        ("fr", "Les 12 autres accusés ont été acquittés.", "12 autres accusés", "defendants"),
        ("es", "Los 12 otros acusados fueron absueltos.", "12 otros acusados", "defendants"),
    ],
)
def test_the_noun_after_others_says_what_is_counted(lang, text, words, concept):
    found = [c for c in claims(text, lang) if c.text == words]
    assert found and found[0].slot == concept


@pytest.mark.parametrize(
    "lang,text,words",
    [
        ("fr", "Les 15 membres du comité ont voté.", "15 membres"),
        ("es", "Los 15 miembros del comité votaron.", "15 miembros"),
        ("de", "Die 15 Mitglieder des Komitees stimmten ab.", "15 Mitglieder"),
    ],
)
def test_a_capitalised_article_before_a_number_is_no_name(lang, text, words):
    assert words in [c.text for c in claims(text, lang)]


@pytest.mark.parametrize(
    "lang,text,value",
    [
        ("en", "The club lifted its twenty-first title on Sunday.", 21),
        ("de", "Der Verein feierte seinen einundzwanzigsten Titel.", 21),
        ("fr", "Le club a remporté son vingt et unième titre.", 21),
        ("es", "El club conquistó su decimoquinta Copa de Europa.", 15),
        ("es", "España logró su cuarto campeonato europeo.", 4),
    ],
)
def test_ordinals_written_in_words_place_the_event_in_its_series(lang, text, value):
    assert [c.value["low"] for c in claims(text, lang) if c.slot == "ordinal"] == [value]


@pytest.mark.parametrize(
    "lang,text,words",
    [
        (
            "es",
            "El cohete, cargado con 4,5 millones de kilogramos de combustible, despegó.",
            "4,5 millones de kilogramos",
        ),
        ("fr", "Le réservoir contient 1,2 million de litres d'eau.", "1,2 million de litres"),
        ("en", "Crews moved 2 million tonnes of debris in a week.", "2 million tonnes"),
        ("de", "Die Anlage lagert 3 Millionen Liter Wasser.", "3 Millionen Liter"),
    ],
)
def test_a_scaled_number_measures_the_unit_after_its_of(lang, text, words):
    assert words in [c.text for c in claims(text, lang) if c.kind in ("count", "measure")]


@pytest.mark.parametrize(
    "lang,text,words",
    [
        ("fr", "Pas moins de 8,5 millions de machines ont été touchées.", "8,5 millions de machines"),
        ("es", "Se vendieron 2,5 millones de entradas en un día.", "2,5 millones de entradas"),
    ],
)
def test_a_scaled_number_counts_the_noun_after_its_of(lang, text, words):
    assert any(words in c.text for c in claims(text, lang) if c.kind == "count")


@pytest.mark.parametrize(
    "lang,text,minutes",
    [
        ("en", "The rocket lifted off at 5 p.m. Eastern Time.", 17 * 60),
        ("en", "Trading resumed at 11am on Friday.", 11 * 60),
        ("es", "El cohete partió a las 8:25, hora del Este.", 8 * 60 + 25),
        ("fr", "La fusée a décollé à 14:25, heure de Paris.", 14 * 60 + 25),
        ("de", "Die Rakete startete um 14:25, Ortszeit.", 14 * 60 + 25),
    ],
)
def test_a_whole_hour_by_the_clock_and_a_time_before_a_comma(lang, text, minutes):
    assert [c.value["minutes"] for c in claims(text, lang) if c.kind == "time"] == [minutes]


def test_am_in_german_is_no_clock():
    assert not [c for c in claims("Es sind die 5 am häufigsten genannten Gründe.", "de") if c.kind == "time"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "On Thursday, 6 June 2024, the bank cut rates for the first time since September 2019."),
        ("de", "Am Donnerstag, 6. Juni 2024, senkte die Bank erstmals seit September 2019 die Zinsen."),
        ("fr", "Jeudi 6 juin 2024, la banque a baissé ses taux pour la première fois depuis septembre 2019."),
        ("es", "El jueves 6 de junio de 2024, el banco bajó los tipos por primera vez desde septiembre de 2019."),
    ],
)
def test_the_first_since_a_month_dates_the_last_time_not_the_span_since(lang, text):
    (since,) = [c for c in claims(text, lang) if c.slot == "since.date"]
    assert (since.value["start"], since.value["end"]) == ("2019-09-01", "2019-09-30")


@pytest.mark.parametrize(
    "lang,text,words,share",
    [
        ("en", "Two-thirds of the workforce will go, the company said.", "Two-thirds", 66.7),
        ("de", "Ein Drittel der Belegschaft soll gehen.", "Ein Drittel", 33.3),
        ("fr", "Deux tiers des salariés partiront, avec une sûreté des 2/3.", "Deux tiers", 66.7),
        ("es", "La medida equivale a un tercio de su plantilla.", "un tercio", 33.3),
        # a ratio: "one in five adults" is no count of five adults
        ("en", "One in five adults is obese, the survey found.", "One in five", 20),
        ("en", "Nine out of 10 voters backed the plan.", "Nine out of 10", 90),
        ("de", "Jeder fünfte Erwachsene ist fettleibig.", "Jeder fünfte", 20),
        ("de", "Zwei von drei Deutschen sind dafür.", "Zwei von drei", 66.7),
        ("fr", "Un adulte sur cinq est obèse, selon l'enquête.", "Un adulte sur cinq", 20),
        ("es", "Uno de cada cinco adultos es obeso, según la encuesta.", "Uno de cada cinco", 20),
    ],
)
def test_a_fraction_in_words_is_a_share(lang, text, words, share):
    found = [c for c in claims(text, lang) if c.text == words]
    assert found and found[0].kind == "percent" and found[0].value["low"] == pytest.approx(share, abs=0.05)
    assert not [c for c in claims(text, lang) if c.kind == "count" and c.start == found[0].start]


def test_a_slash_between_numbers_that_is_no_fraction():
    assert not [c for c in claims("Support is open 24/7 and the score was 5/2.", "en") if c.kind == "percent"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Rescuers pulled 12 survivors out in 48 hours."),
        ("de", "Die Partei liegt mit einem Rückstand von 5 Sitzen hinten, die Inflation bei einer Rate von 2,0 %."),
        ("fr", "Le taux passe de 3 sur 10 ans à 4 %."),
        ("es", "El banco subió su tasa de 2 a 4 %."),
    ],
)
def test_two_figures_of_a_time_a_measure_or_a_percentage_are_no_ratio(lang, text):
    figures = [c.text for c in claims(text, lang) if c.kind == "percent"]
    assert all(c.endswith("%") for c in figures), figures  # the percentage written as one, nothing read as a ratio


@pytest.mark.parametrize(
    "lang,text,value",
    [
        ("en", "The Tories took 28.6% of the vote and 208 seats, and Labour 16.4, its worst result.", 16.4),
        (
            "de",
            "Die Union erhielt 28,6 Prozent der Stimmen und 208 Sitze, die SPD 16,4, ihr schlechtestes Ergebnis.",
            16.4,
        ),
        ("fr", "La droite obtient 28,6 % des voix et 208 sièges, et les socialistes 16,4, leur pire score.", 16.4),
        ("es", "El bloque consigue un 28,6% de los votos y 208 escaños, y el SPD un 16,4, su peor resultado.", 16.4),
    ],
)
def test_a_bare_decimal_after_a_percentage_is_one_its_sign_left_out(lang, text, value):
    found = [c for c in claims(text, lang) if c.value.get("low") == value]
    assert found and found[0].kind == "percent" and found[0].slot == "vote_share.percent"


def test_a_signed_decimal_after_a_percentage_is_a_change_not_a_share():
    text = "Ergebnis: CDU/CSU 28.5% +4.4 AfD 20.8% +10.5 SPD 16.4% -9.3 FDP 4.3% -7.2"
    assert not [c for c in claims(text, "de") if c.kind == "percent" and c.value.get("low") in (10.5, 9.3, 7.2)]


@pytest.mark.parametrize(
    "lang,text,spans",
    [
        ("en", "The party held power between 2004 and 2017.", [("period", [2004, 2017])]),
        ("fr", "Le parti a détourné des fonds entre 2004 et 2017.", [("period", [2004, 2017])]),
        ("en", "The team won the title in 2004 and 2017.", [("year", 2004), ("year", 2017)]),
        ("fr", "L'équipe a gagné en 2004 et 2017.", [("year", 2004), ("year", 2017)]),
    ],
)
def test_two_years_joined_by_and_are_a_span_only_after_between(lang, text, spans):
    from verification.engine.dates import find_dates

    got = [
        (d.value["granularity"], d.value["spec"].get("years") or d.value["spec"].get("year"))
        for d in find_dates(text, None, lang, None)
    ]
    assert got == spans


def test_a_span_of_years_is_a_period_not_an_event_date():
    for text, lang in (
        ("Die Partei hat von 2004 bis 2017 Gelder veruntreut.", "de"),
        ("El partido desvió fondos entre 2004 y 2017, dictaminó el tribunal.", "es"),
        ("Le parti a détourné des fonds entre 2004 et 2017.", "fr"),
    ):
        spans = [c for c in claims(text, lang) if c.kind == "date" and "years" in (c.value.get("spec") or {})]
        assert [(c.slot, c.value["start"], c.value["end"]) for c in spans] == [
            ("period.date", "2004-01-01", "2017-12-31")
        ]


@pytest.mark.parametrize(
    "text,day",
    [
        ("Der Unfall geschah am Mittwochabend über dem Potomac.", "2025-01-29"),
        ("Am Montagmorgen begann der Prozess gegen den Konzern.", "2025-01-27"),
        ("Die Wahl fand am Sonntagnachmittag statt.", "2025-01-26"),
    ],
)
def test_a_german_weekday_with_its_part_of_the_day_is_that_day(text, day):
    from verification.engine.dates import find_dates

    (found,) = find_dates(text, None, "de", date(2025, 1, 30))
    assert found.value["start"] == day and text[found.start : found.end].lower().startswith("am ")


def _addition(text, lang, value):
    return {bool(c.extra.get("addition")) for c in claims(text, lang) if c.value.get("low") == value}


@pytest.mark.parametrize(
    "lang,text,value",
    [
        ("en", "The government will send about 1,000 more soldiers to the region.", 1000),
        ("en", "The government will send 500 additional soldiers to the region.", 500),
        ("de", "Die Regierung schickt 1000 Soldaten mehr in die Region.", 1000),
        ("de", "Die Regierung schickt 500 zusätzliche Soldaten in die Region.", 500),
        ("fr", "Le gouvernement enverra 1 000 soldats supplémentaires dans la région.", 1000),
        ("fr", "Le gouvernement enverra 500 soldats de plus dans la région.", 500),
        ("es", "El gobierno enviará 1.000 soldados más a la región.", 1000),
        ("es", "El gobierno enviará 500 soldados adicionales a la región.", 500),
    ],
)
def test_an_addition_named_after_the_figure_is_an_addition(lang, text, value):
    assert _addition(text, lang, value) == {True}


@pytest.mark.parametrize(
    "lang,text,value",
    [
        ("en", "The government sent 1,000 soldiers or more to the region.", 1000),
        ("de", "Neben ihm stehen 12 weitere Angeklagte vor Gericht.", 12),
        ("fr", "Le tribunal a jugé les 49 autres accusés.", 49),
        ("es", "Cinco años más tarde, la empresa tenía 500 empleados.", 5),
    ],
)
def test_other_and_later_after_a_figure_make_no_addition(lang, text, value):
    assert _addition(text, lang, value) <= {False}


def test_an_addition_after_the_figure_is_its_own_fact():
    """The total deployed and the troops sent on top of it are two facts, not a conflict."""
    a = Document(
        key="a",
        text="The army has deployed 1,090 soldiers. It will send about 1,000 more soldiers.",
        language="en",
        published=PUB,
    )
    b = Document(key="b", text="The army has deployed 1,090 soldiers in the region.", language="en", published=PUB)
    facts = cross_check([a, b], {d.key: extract_claims(d) for d in (a, b)})
    sent = next(f for f in facts if any("1,000 more" in c.text for _, c in f.members))
    assert sent.verdict == "single_source" and {c.text for _, c in sent.members} == {"about 1,000 more soldiers"}


@pytest.mark.parametrize(
    "text,value,concept",
    [
        (
            "Mindestens 83 Menschen sind bei einem verheerenden Hochhausbrand in Hongkong ums Leben gekommen.",
            83,
            "deaths",
        ),
        (
            "Insgesamt 15 Personen wurden wegen des Verdachts der Korruption und Bestechung festgenommen.",
            15,
            "arrested",
        ),
        (
            "Rund 1.800 Häuser wurden durch die Wassermassen in der ganzen Region vollständig zerstört.",
            1800,
            "buildings_destroyed",
        ),
    ],
)
def test_a_german_main_clause_tells_its_count_by_the_predicate_it_ends_with(text, value, concept):
    # German puts the participle at the clause's end, however far from the counted noun the auxiliary stands beside
    assert concept in concept_of_value(text, "de", value)


def test_a_predicate_past_the_clause_of_a_german_count_does_not_tell_it():
    text = "Mindestens 83 Menschen sind bei einem verheerenden Hochhausbrand in Hongkong gewesen, zwei wurden verletzt."
    assert "injured" not in concept_of_value(text, "de", 83)
