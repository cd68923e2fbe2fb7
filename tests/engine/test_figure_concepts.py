"""One figure, one concept, in every article and language.

Outlets name one figure with different words: the change of a rate and the level it reached, percentage
points and basis points, the market value a company lost, an age told with a preposition or a verb. The
engine gives each of these one concept (and one unit) whichever words and language an article uses, so the
reports of one figure meet in one fact.
"""

from datetime import date

import pytest

from verification.engine.claims import Document
from verification.engine.concepts import concept_label
from verification.engine.crosscheck import cross_check
from verification.engine.extract import extract_claims

from .conftest import cross_check_texts

PUB = date(2026, 3, 3)


def claims(text, lang):
    return extract_claims(Document(key=lang, text=text, language=lang, published=PUB))


def claim_of(text, lang, value, kind=None):
    got = [
        c
        for c in claims(text, lang)
        if (c.value.get("low") == pytest.approx(value) or c.value.get("high") == pytest.approx(value))
        and (kind is None or c.kind == kind)
    ]
    assert got, f"no claim of {value} in {text!r}"
    return got[0]


# --- a change and the level it reached: the word before the figure decides ---------------------------------

CHANGE_AND_LEVEL = [
    ("en", "The central bank cut its deposit rate by 0.5% to 3.5% on Thursday.", 0.5, 3.5),
    ("en", "The deposit rate was lowered by 0.5% to 3.5%, the bank said.", 0.5, 3.5),
    ("de", "Die Notenbank senkte den Einlagenzins um 0,5 Prozent auf 3,5 Prozent.", 0.5, 3.5),
    ("fr", "La banque centrale a abaissé son taux de dépôt de 0,5 %, à 3,5 %.", 0.5, 3.5),
    ("fr", "La banque centrale a réduit de 0,5 % son taux de dépôt, ramené à 3,5 %.", 0.5, 3.5),
    ("es", "El banco central recortó el tipo de depósito en 0,5 %, hasta el 3,5 %.", 0.5, 3.5),
]


@pytest.mark.parametrize("lang,text,change,level", CHANGE_AND_LEVEL)
def test_a_change_is_a_change_and_the_level_it_reached_is_the_rate(lang, text, change, level):
    assert claim_of(text, lang, change, "percent").slot == "decline.percent"
    assert claim_of(text, lang, level, "percent").slot == "interest_rate.percent"


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The deposit rate stood at 4% since 2023. The main rate was lowered to 3.75% on Thursday."),
        ("de", "Der Einlagenzins lag seit 2023 bei 4 Prozent. Der wichtigste Satz wurde auf 3,75 Prozent gesenkt."),
        ("fr", "Le taux de dépôt était de 4 % depuis 2023. Le principal est ramené à 3,75 % ce jeudi."),
        ("es", "El tipo de depósito estaba en el 4 % desde 2023. El principal se redujo hasta el 3,75 % el jueves."),
    ],
)
def test_a_level_whose_metric_the_sentence_does_not_name_is_of_the_texts_metric(lang, text):
    assert claim_of(text, lang, 3.75, "percent").slot == "interest_rate.percent"


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Shares of the chipmaker plummeted 17% on Monday."),
        ("de", "Die Aktie des Chipkonzerns brach um 17 Prozent ein und stürzte ab."),
        ("fr", "Les actions du fabricant de puces ont perdu 17 % lundi."),
        ("fr", "Le fabricant de puces s'est effondré de près de 17 % lundi."),
        ("es", "Las acciones del fabricante de chips se desplomaron un 17 % el lunes."),
        ("es", "Las acciones del fabricante de chips cayeron un 17 % el lunes."),
    ],
)
def test_a_fall_told_by_any_verb_form_is_a_decline(lang, text):
    """The change word is found by its lemma ("plummeted", "cayeron", "effondré"), not only as listed."""
    assert claim_of(text, lang, 17, "percent").slot == "decline.percent"


@pytest.mark.parametrize(
    "lang,text,value,slot",
    [
        ("en", "Inflation rose to 2.6% in May, after a rise of 0.2% in April.", 2.6, "inflation.percent"),
        ("en", "Inflation rose to 2.6% in May, after a rise of 0.2% in April.", 0.2, "growth.percent"),
        ("fr", "La BCE a baissé son taux directeur de 4 % à 3,75 %.", 4, "interest_rate.percent"),
        ("es", "La inflación subió del 2,4 % al 2,6 % en mayo.", 2.4, "inflation.percent"),
        ("de", "Die Inflation stieg von 2,4 auf 2,6 Prozent.", 2.6, "inflation.percent"),
    ],
)
def test_from_and_to_figures_are_levels_and_of_a_change_is_its_size(lang, text, value, slot):
    assert claim_of(text, lang, value, "percent").slot == slot


@pytest.mark.parametrize(
    "lang,text,value",
    [
        ("en", "The National Rally won 33.2% of the vote.", 33.2),
        ("fr", "Le parti obtient 33,2 % des voix, avec 6,5 % pour Les Républicains.", 6.5),
        ("de", "Die SPD kam mit 16,4 Prozent der Stimmen auf Platz drei.", 16.4),
    ],
)
def test_an_election_result_is_no_change_when_a_name_or_result_holds_a_change_word(lang, text, value):
    """ "National Rally" is a name, not a rally; "with 16.4%" is a result, not a fall."""
    assert claim_of(text, lang, value, "percent").slot == "vote_share.percent"


# --- percentage points and basis points: one kind, one unit ----------------------------------------------

POINTS = [
    ("en", "The ECB cut its key interest rate by 25 basis points on Thursday."),
    ("en", "The ECB lowered its key interest rate by 0.25 percentage points."),
    ("en", "The ECB lowered its key interest rate by 0.25 points to 4.25 percent."),
    ("en", "The ECB cut its key interest rate by 25 bps."),
    ("de", "Die EZB senkte den Leitzins um 0,25 Prozentpunkte."),
    ("de", "Die EZB senkte den Leitzins um 25 Basispunkte."),
    ("fr", "La BCE a abaissé ses taux directeurs de 0,25 point de pourcentage."),
    ("fr", "La BCE a annoncé une baisse de ses taux directeurs de 0,25 point."),
    ("fr", "La BCE a abaissé ses taux directeurs de 25 points de base."),
    ("es", "El BCE recortó su tasa de interés en 0,25 puntos."),
    ("es", "El BCE redujo los tipos de interés en 25 puntos básicos."),
    ("es", "El BCE redujo los tipos de interés en 0,25 puntos porcentuales."),
]


@pytest.mark.parametrize("lang,text", POINTS)
def test_percentage_points_and_basis_points_are_one_figure_in_points(lang, text):
    pp = [c for c in claims(text, lang) if c.kind == "percent" and c.value.get("unit") == "pp"]
    assert len(pp) == 1
    assert pp[0].slot == "rate_change"
    assert pp[0].value["low"] == pytest.approx(0.25)


def test_one_rate_cut_in_points_in_four_languages_is_one_fact():
    texts = {lang: text for lang, text in (POINTS[0], POINTS[4], POINTS[8], POINTS[9])}
    docs = [Document(key=lang, text=text, language=lang, published=PUB) for lang, text in texts.items()]
    facts = cross_check(docs, {d.key: extract_claims(d) for d in docs})
    cut = [f for f in facts if f.slot == "rate_change"]
    assert len(cut) == 1
    assert {k for k, _ in cut[0].members} == set(texts)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The striker scored 30 points in the final against Boston."),
        ("de", "Der Spieler erzielte 30 Punkte im Finale."),
        ("fr", "Le meneur a inscrit 30 points lors de la finale."),
        ("es", "El base anotó 30 puntos en la final."),
    ],
)
def test_points_of_a_game_stay_points(lang, text):
    assert claim_of(text, lang, 30).slot == "points"


# --- money: what a loss was of ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang,text,value",
    [
        ("en", "Nvidia suffered the largest market cap loss in history: a staggering $600 billion.", 600e9),
        ("en", "Nvidia lost $589 billion in market value on Monday.", 589e9),
        ("de", "Nvidia verlor an einem Tag 589 Milliarden Dollar an Börsenwert.", 589e9),
        ("fr", "La perte de 279 milliards de dollars de valeur boursière était le précédent record.", 279e9),
        (
            "es",
            "Una caída borró cerca de 600.000 millones de dólares (unos 553.000 millones de euros) de su "
            "capitalización bursátil.",
            600e9,
        ),
        ("es", "Nvidia perdió 589.000 millones de dólares de valor de mercado.", 589e9),
    ],
)
def test_a_loss_of_market_value_is_a_figure_of_the_market_value(lang, text, value):
    money = [c for c in claims(text, lang) if c.kind == "money" and c.value.get("currency") in ("USD", None)]
    assert money
    assert money[0].slot == "market_value"


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The company reported a net loss of $5 million for the quarter."),
        ("de", "Der Konzern meldete einen Verlust von 5 Millionen Euro im Quartal."),
        ("fr", "Le groupe a publié une perte de 5 millions d'euros au trimestre."),
        ("es", "La empresa registró una pérdida de 5 millones de euros en el trimestre."),
    ],
)
def test_a_loss_no_value_is_named_for_stays_a_loss(lang, text):
    assert next(c for c in claims(text, lang) if c.kind == "money").slot == "loss"


# --- ages: a number of years after a word that makes it someone's age ------------------------------------


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Lamine Yamal, who turned 17 years on Saturday, set up the opener."),
        ("en", "The winger, aged 17 years, set up the opener."),
        ("de", "Mit 17 Jahren ist Lamine Yamal der jüngste Torschütze des Turniers."),
        ("fr", "À 17 ans, Lamine Yamal est le plus jeune à soulever un trophée majeur."),
        ("fr", "Le joueur, âgé de 17 ans, a délivré la passe décisive."),
        ("es", "Lamine Yamal, quien ayer cumplió solo 17 años, dio la asistencia."),
        ("es", "Con 17 años, Lamine Yamal es el goleador más joven del torneo."),
    ],
)
def test_an_age_told_with_a_preposition_or_a_verb_is_an_age(lang, text):
    c = claim_of(text, lang, 17)
    assert (c.kind, c.slot) == ("count", "age")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "He was sentenced to 17 years in prison."),
        ("de", "Er wurde zu 17 Jahren Haft verurteilt."),
        ("fr", "Il a été condamné à 17 ans de prison."),
        ("fr", "La dernière baisse des taux remonte à presque cinq ans."),
        ("es", "Fue condenado a 17 años de cárcel."),
    ],
)
def test_a_sentence_or_a_time_ago_is_no_age(lang, text):
    assert all(c.slot != "age" for c in claims(text, lang))


# --- the minute of a match, told as minutes played -------------------------------------------------------


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Real Madrid beat Dortmund 2-0 in the final. Carvajal headed in a corner on 74 minutes."),
        ("de", "Real Madrid gewann das Finale 2:0. Carvajal köpfte nach 74 Minuten ein."),
        ("fr", "Le Real a battu Dortmund 2-0 en finale. Carvajal a marqué au bout de 74 minutes."),
        ("es", "El Real Madrid ganó la final 2-0. Carvajal marcó tras 74 minutos."),
    ],
)
def test_minutes_played_before_a_goal_are_the_goals_minute(lang, text):
    c = claim_of(text, lang, 74)
    assert (c.kind, c.slot) == ("count", "match_minute")


# --- counted nouns other articles name: one concept, whatever the word -----------------------------------


@pytest.mark.parametrize(
    "lang,text,value,concept",
    [
        ("en", "Votes have been counted in all 299 constituencies.", 299, "constituencies"),
        ("en", "Votes have been counted in all 299 districts.", 299, "constituencies"),
        ("de", "Hinzu kommen die 299 Direktmandate aus den Wahlkreisen.", 299, "constituencies"),
        ("fr", "Le parti a remporté 299 circonscriptions.", 299, "constituencies"),
        ("es", "El recuento terminó en los 299 distritos electorales.", 299, "constituencies"),
        ("de", "Bisher wurden mehr als 14.000 Mpox-Verdachtsfälle gemeldet.", 14000, "cases"),
        ("de", "Bisher wurden mehr als 500 Todesfälle gemeldet.", 500, "deaths"),
        ("es", "La Cámara Baja tiene 630 asientos.", 630, "seats"),
    ],
)
def test_a_counted_noun_of_any_language_or_compound_has_its_concept(lang, text, value, concept):
    assert claim_of(text, lang, value, "count").slot == concept


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Last season he played 46 matches for Leverkusen."),
        ("de", "In der vergangenen Saison bestritt er 46 Spiele für Leverkusen."),
        ("fr", "La saison dernière, il a disputé 46 matchs avec Leverkusen."),
        ("es", "La temporada pasada disputó 46 encuentros con el Leverkusen."),
        ("es", "La temporada pasada disputó 46 partidos con el Leverkusen."),
    ],
)
def test_the_matches_a_player_played_are_his_appearances(lang, text):
    assert claim_of(text, lang, 46, "count").slot == "appearances"


def test_a_players_matches_told_in_two_words_and_two_languages_are_one_conflict():
    facts = [
        f
        for f in cross_check_texts(
            ("en", "Florian Wirtz made 45 club appearances last season."),
            ("es", "Florian Wirtz disputó 46 encuentros la temporada pasada."),
        )
        if f.slot == "appearances"
    ]
    assert [(sorted(c.text for _, c in f.members), f.verdict) for f in facts] == [
        (["45 club appearances", "46 encuentros"], "conflicting")
    ]


@pytest.mark.parametrize(
    "lang,text,value,slot",
    [
        ("en", "The faulty update affected less than 1% of all Windows machines.", 1, "share.percent"),
        ("en", "The download counter showed less than 1% of all users.", 1, "share.percent"),
        ("en", "Sales were up 3% in May.", 3, "growth.percent"),
        ("en", "Sales were down 3% in May.", 3, "decline.percent"),
        ("de", "Das fehlerhafte Update betraf weniger als 1 Prozent aller Windows-Rechner.", 1, "share.percent"),
        ("fr", "La mise à jour défectueuse a touché moins de 1 % des ordinateurs Windows.", 1, "share.percent"),
        (
            "es",
            "La actualización defectuosa afectó a menos del 1 % de los ordenadores con Windows.",
            1,
            "share.percent",
        ),
    ],
)
def test_a_word_that_only_begins_like_a_change_word_is_no_change(lang, text, value, slot):
    """ "update", "download" begin with "up", "down": only the whole words report a change."""
    assert claim_of(text, lang, value, "percent").slot == slot


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The bank had raised rates ten times in a row."),
        ("en", "The pause came after 10 rate hikes in a row."),
        ("de", "Die Notenbank hatte die Zinsen zehn Mal in Folge erhöht."),
        ("de", "Die Pause folgt auf zehn Zinserhöhungen in Folge."),
        ("fr", "La banque avait procédé à dix relèvements consécutifs de ses taux."),
        ("es", "El banco acometió diez subidas consecutivas de los tipos."),
    ],
)
def test_a_count_of_rate_moves_is_a_number_of_times(lang, text):
    assert {c.slot for c in claims(text, lang) if c.value.get("low") == 10} == {"times"}


@pytest.mark.parametrize(
    "lang,text,value,concept",
    [
        ("en", "The faulty update crashed 8.5 million computers.", 8.5e6, "devices"),
        ("de", "Das Update legte 8,5 Millionen Windows-Systeme lahm.", 8.5e6, "devices"),
        ("fr", "La mise à jour a bloqué 8,5 millions de machines.", 8.5e6, "devices"),
        ("es", "La actualización bloqueó 8,5 millones de ordenadores.", 8.5e6, "devices"),
        ("en", "More than 3,000 commercial flights were cancelled.", 3000, "flights"),
        ("de", "Über 3.000 kommerzielle Flüge wurden gestrichen.", 3000, "flights"),
        ("fr", "Plus de 3 000 vols commerciaux ont été annulés.", 3000, "flights"),
        ("es", "Más de 3.000 vuelos comerciales fueron cancelados.", 3000, "flights"),
    ],
)
def test_machines_and_flights_have_one_concept_in_every_language(lang, text, value, concept):
    assert claim_of(text, lang, value, "count").slot == concept


# --- courts: a fine is a fine in every language -----------------------------------------------------------


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The European Commission fined the company €4.3 billion."),
        ("en", "The company must pay a €4.3 billion antitrust fine."),
        ("de", "Die EU-Kommission verhängte eine Geldbuße von 4,3 Milliarden Euro."),
        ("de", "Das Gericht bestätigte die Geldstrafe von 4,3 Milliarden Euro."),
        ("fr", "La Commission a infligé une amende de 4,3 milliards d'euros."),
        ("fr", "Le groupe écope d'une sanction financière de 4,3 milliards d'euros."),
        ("es", "Bruselas impuso una multa de 4.300 millones de euros."),
        ("es", "La empresa fue multada con 4.300 millones de euros."),
    ],
)
def test_a_fine_is_a_fine_in_every_language(lang, text):
    assert next(c for c in claims(text, lang) if c.kind == "money").slot == "fine"


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The start-up said it spent less than $6 million to train the model."),
        ("de", "Das Start-up hat nach eigenen Angaben 5,6 Millionen Dollar für das Training ausgegeben."),
        ("fr", "La start-up a déclaré n'avoir dépensé que 5,6 millions de dollars pour développer son modèle."),
        ("es", "La empresa gastó solo 6 millones de dólares en desarrollar su modelo."),
        ("es", "Un modelo con un coste de solo 6 millones de dólares."),
    ],
)
def test_what_was_spent_on_something_is_its_cost(lang, text):
    assert next(c for c in claims(text, lang) if c.kind == "money").slot == "cost"


# --- a word of two concepts: the text's domain decides ------------------------------------------------------

ELECTION = {
    "en": "The party won 208 seats and 28.6% of the votes. ",
    "de": "Die Union gewann 208 Sitze und 28,6 Prozent der Stimmen. ",
    "fr": "Le RN a obtenu 143 sièges et 33,2 % des voix. ",
    "es": "El partido obtuvo 208 escaños y el 28,6 % de los votos. ",
}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The Greens won 9.1% of the vote."),
        ("de", "Die Neos schafften 9,1 Prozent."),
        ("de", "Die Grünen erreichten 9,1 Prozent."),
        ("fr", "Les écologistes obtiennent 9,1 %."),
        ("es", "Los socialistas obtuvieron el 9,1 %."),
        ("es", "Los verdes lograron un 9,1 %."),
    ],
)
def test_a_share_a_party_named_in_the_plural_won_is_its_vote_share(lang, text):
    """Parties are often named in the plural ("die Grünen", "les écologistes", "los socialistas"), and their verb
    with them: the plural of a verb of winning tells a vote share as the singular does."""
    assert claim_of(text, lang, 9.1, "percent").slot == "vote_share.percent"


@pytest.mark.parametrize(
    "lang,sentence",
    [
        ("en", "Turnout stood at 59.7%, the highest in decades."),
        ("de", "Die Beteiligung lag bei 59,7 Prozent, so hoch wie seit Jahrzehnten nicht."),
        ("fr", "La participation s'élevait à 59,7 %, un niveau inédit."),
        ("es", "Una histórica participación llegó al 59,7 %, una cifra sin precedentes."),
    ],
)
def test_participation_in_an_election_is_the_turnout(lang, sentence):
    assert claim_of(ELECTION[lang] + sentence, lang, 59.7, "percent").slot == "turnout.percent"


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The fund bought a 10% stake in the carmaker."),
        ("de", "Der Fonds erwarb eine Beteiligung von 10 Prozent an dem Autobauer."),
        ("fr", "Le fonds a pris une participation de 10 % dans le constructeur."),
        ("es", "El fondo compró una participación del 10 % en el fabricante."),
    ],
)
def test_participation_in_a_company_is_a_stake(lang, text):
    assert claim_of(text, lang, 10, "percent").slot == "stake.percent"


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Around 04:09 UTC, Windows computers started crashing."),
        ("de", "Gegen 12h25 GMT hob die Rakete ab."),
        ("fr", "La fusée a décollé à 12h25 GMT depuis le Texas."),
        ("es", "El cohete despegó a las 12:25 GMT desde Texas."),
    ],
)
def test_the_minutes_of_a_time_of_day_count_nothing(lang, text):
    assert not [c for c in claims(text, lang) if c.slot == "things"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Les voleurs ont emporté pour 2 millions d'euros d'objets de valeur."),
        ("es", "Los ladrones se llevaron 2 millones de euros en objetos de valor."),
        ("de", "Die Diebe erbeuteten Wertgegenstände für 2 Millionen Euro."),
        ("en", "The thieves took valuables for €2 million."),
    ],
)
def test_valuables_are_no_market_value(lang, text):
    assert next(c for c in claims(text, lang) if c.kind == "money").slot != "market_value"


@pytest.mark.parametrize(
    "code,label",
    [
        ("en", "Change in percentage points"),
        ("de", "Veränderung in Prozentpunkten"),
        ("fr", "Variation en points de pourcentage"),
        ("es", "Variación en puntos porcentuales"),
    ],
)
def test_a_change_in_points_reads_as_words_in_every_language(code, label):
    """A change in points may be of a rate or of a vote share: its label says points, not interest."""
    assert concept_label("rate_change", code) == label


# --- a percentage taken at a time of day ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang,text,value",
    [
        ("en", "Turnout was high, with almost 60% of the electorate having voted by 5pm local time.", 60),
        ("de", "Bis 17 Uhr gaben gut 59,7 Prozent der Berechtigten ihre Stimme ab.", 59.7),
        ("fr", "La participation s'élevait à 59,71 % à 17h, un record.", 59.71),
        ("es", "La participación alcanzó el 59,7 % a las 17 horas.", 59.7),
    ],
)
def test_a_percentage_taken_at_a_time_of_day_says_when(lang, text, value):
    c = claim_of(ELECTION[lang] + text, lang, value, "percent")
    assert c.slot == "turnout.percent"
    assert c.extra["as_of"] == "17:00"


def test_a_turnout_at_five_and_the_final_turnout_are_two_facts():
    texts = {
        "en": "The party won 180 seats. Almost 60% of voters had cast their votes by 5pm.",
        "fr": "Le parti a obtenu 180 sièges et 33 % des voix. La participation s'élevait à 59,71 % à 17h.",
        "es": "El partido obtuvo 180 escaños y el 33 % de los votos. La participación final fue del 67,1 %.",
    }
    docs = [Document(key=lang, text=text, language=lang, published=PUB) for lang, text in texts.items()]
    facts = cross_check(docs, {d.key: extract_claims(d) for d in docs})
    turnout = [{(k, c.value["low"]) for k, c in f.members} for f in facts if f.slot == "turnout.percent"]
    assert any({("en", 60.0), ("fr", 59.71)} <= t for t in turnout)
    assert not any(("fr", 59.71) in t and ("es", 67.1) in t for t in turnout)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Earlier in the match, 17-year-old Lamine Yamal set up the opener."),
        ("de", "Zuvor hatte der 17-jährige Lamine Yamal den Führungstreffer vorbereitet."),
        ("fr", "Auparavant, Lamine Yamal, 17 ans, avait délivré la passe décisive."),
        ("es", "Anteriormente, Lamine Yamal, de 17 años, dio la asistencia del primer gol."),
    ],
)
def test_an_age_is_never_an_earlier_figure(lang, text):
    c = claim_of(text, lang, 17)
    assert (c.slot, c.extra.get("stage")) == ("age", None)


@pytest.mark.parametrize(
    "lang,text,value",
    [
        (
            "en",
            "The party won 208 seats and its rival 150 seats. Turnout stood at 59.7%, the highest in decades. "
            "An exit poll had shown a slight lead (0.6%) for the challenger.",
            0.6,
        ),
        (
            "de",
            "Die Union gewann 208 Sitze, die SPD 150 Sitze. Die Wahlbeteiligung lag bei 59,7 Prozent. Eine "
            "Nachwahlbefragung hatte einen knappen Vorsprung (0,6 Prozent) für den Herausforderer gezeigt.",
            0.6,
        ),
        (
            "fr",
            "Le RN a obtenu 143 sièges et la gauche 182 sièges. La participation s'élevait à 59,7 %. Au premier "
            "tour, le RN était arrivé en tête avec plus de 33 % d'appui.",
            33,
        ),
        (
            "es",
            "El partido obtuvo 208 escaños y su rival 150 escaños. Una histórica participación llegó al 59,7 %. En "
            "la primera vuelta, el partido fue el más votado con más del 33 por ciento de apoyo.",
            33,
        ),
    ],
)
def test_a_percentage_no_word_names_is_no_second_turnout(lang, text, value):
    """An election has one turnout: a percentage no word names beside it (a lead, a first round's support) is
    no turnout, but a share nothing names (a guess, which never conflicts)."""
    assert claim_of(text, lang, 59.7, "percent").slot == "turnout.percent"
    other = claim_of(text, lang, value, "percent")
    assert other.slot != "turnout.percent"
    assert other.extra.get("weak")


@pytest.mark.parametrize(
    "text, lang, evidence",
    [
        ("Il a été reconnu coupable de sept chefs d’accusation.", "fr", "sept chefs d’accusation"),
        ("Le jury a été unanime sur les 34 chefs d'accusations.", "fr", "34 chefs d'accusations"),
        ("Il a été reconnu coupable de sept chefs d'inculpation.", "fr", "sept chefs d'inculpation"),
    ],
)
def test_a_noun_of_two_words_counts_with_either_apostrophe_and_after_a_number_word(text, lang, evidence):
    found = [c for c in extract_claims(Document(key="t", text=text, language=lang)) if c.kind == "count"]
    assert [(c.slot, c.text) for c in found] == [("charges", evidence)]


def test_a_number_word_before_an_adjective_counts_no_noun_two_words_on():
    text = "Además de los dos principales partidos, los liberales demócratas ascienden."
    assert not [c for c in extract_claims(Document(key="t", text=text, language="es")) if c.slot == "appearances"]


# --- a German compound names its figure by its last part ---------------------------------------------------


@pytest.mark.parametrize(
    "text, value, slot",
    [
        ("Die Einschlagwahrscheinlichkeit liegt bei 2,3 Prozent.", 2.3, "probability.percent"),
        ("Das Wirtschaftswachstum betrug im dritten Quartal 0,3 Prozent.", 0.3, "growth.percent"),
        ("Der Umsatzrückgang lag bei 12 Prozent.", 12, "decline.percent"),
        ("Die Kerninflation lag im Mai bei 2,7 Prozent.", 2.7, "inflation.percent"),
        # the table's own compound says more than its last part: turnout, not a stake
        ("Die Wahlbeteiligung lag bei 76 Prozent.", 76, "turnout.percent"),
    ],
)
def test_a_german_compound_names_a_percentage_by_its_last_part(text, value, slot):
    assert claim_of(text, "de", value, kind="percent").slot == slot


def test_a_verb_that_ends_in_a_cue_names_no_figure():
    # "übereinstimmen" ends in "stimmen" (votes), but a verb is no compound noun
    got = claim_of("Die Zahlen übereinstimmen zu 40 Prozent.", "de", 40, kind="percent")
    assert got.slot != "vote_share.percent"
