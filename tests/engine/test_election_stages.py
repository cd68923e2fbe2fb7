"""Figures of different rounds or stages of an election (first round, run-off, exit poll, projection) are
different facts, never a conflict; a figure its sentence gives no stage joins either. Checked through
extract_claims / cross_check in every language."""

import pytest

from verification.engine.claims import Document
from verification.engine.concepts import concept_label
from verification.engine.extract import extract_claims

ROUNDS = {
    "en": (
        "The Greens won 28% of the vote in the first round on Sunday.",
        "The Greens won 26.3% of the vote in the second round on Sunday.",
        "The Greens won 28% of the vote on Sunday.",
        "First round",
        "second round",
    ),
    "de": (
        "Die Grünen erhielten im ersten Wahlgang am Sonntag 28 Prozent der Stimmen.",
        "Die Grünen erhielten in der Stichwahl am Sonntag 26,3 Prozent der Stimmen.",
        "Die Grünen erhielten am Sonntag 28 Prozent der Stimmen.",
        "erster Wahlgang",
        "zweiter Wahlgang",
    ),
    "fr": (
        "Les Verts ont obtenu 28 % des voix au premier tour dimanche.",
        "Les Verts ont obtenu 26,3 % des voix au second tour dimanche.",
        "Les Verts ont obtenu 28 % des voix dimanche.",
        "premier tour",
        "second tour",
    ),
    "es": (
        "Los Verdes obtuvieron el 28 % de los votos en la primera vuelta el domingo.",
        "Los Verdes obtuvieron el 26,3 % de los votos en la segunda vuelta el domingo.",
        "Los Verdes obtuvieron el 28 % de los votos el domingo.",
        "primera vuelta",
        "segunda vuelta",
    ),
}


@pytest.mark.parametrize("lang", sorted(ROUNDS))
def test_results_of_two_rounds_are_two_facts_not_a_conflict(lang, checked):
    first, second, _, first_words, second_words = ROUNDS[lang]
    facts = checked((lang, first), (lang, second), slot="vote_share")
    assert len(facts) == 2
    assert all(f.verdict == "single_source" for f in facts)
    labels = sorted(concept_label(f.slot, lang) for f in facts)
    assert any(first_words.lower() in label.lower() for label in labels)
    assert any(second_words.lower() in label.lower() for label in labels)


@pytest.mark.parametrize("lang", sorted(ROUNDS))
def test_a_figure_without_stage_words_joins_the_round_it_agrees_with(lang, checked):
    first, second, plain, _, _ = ROUNDS[lang]
    facts = checked((lang, first), (lang, second), (lang, plain), slot="vote_share")
    assert sorted(len(f.members) for f in facts) == [1, 2]
    assert not [f for f in facts if f.verdict == "conflicting"]


@pytest.mark.parametrize(
    "lang,poll,count,poll_words,count_words",
    [
        (
            "en",
            "Labour will win 410 seats, according to the exit poll.",
            "Labour won 412 seats, according to the final results.",
            "exit poll",
            "final result",
        ),
        (
            "de",
            "Laut Hochrechnung kommt Labour auf 410 Sitze.",
            "Laut Endergebnis gewann Labour 412 Sitze.",
            "Hochrechnung",
            "Endergebnis",
        ),
        (
            "fr",
            "Selon l'estimation, le Labour obtiendrait 410 sièges.",
            "Selon les résultats définitifs, le Labour a obtenu 412 sièges.",
            "estimation",
            "résultat définitif",
        ),
        (
            "es",
            "Según la encuesta a pie de urna, el Laborismo logra 410 escaños.",
            "Según los resultados definitivos, el Laborismo logró 412 escaños.",
            "encuesta a pie de urna",
            "resultado final",
        ),
    ],
)
def test_an_exit_poll_or_projection_is_no_conflict_with_the_final_result(
    lang, poll, count, poll_words, count_words, checked
):
    facts = checked((lang, poll), (lang, count), slot="seats")
    assert len(facts) == 2 and all(f.verdict == "single_source" for f in facts)
    labels = " | ".join(concept_label(f.slot, lang) for f in facts)
    assert poll_words in labels and count_words in labels


def test_a_funding_round_is_no_election_stage(checked):
    (fact,) = checked(("en", "The start-up raised $40m in its first round of funding."))
    assert "first round" not in concept_label(fact.slot, "en").lower()
    assert not any(c.extra.get("election_round") for _, c in fact.members)


@pytest.mark.parametrize("lang", sorted(ROUNDS))
def test_one_share_in_two_rounds_is_two_facts(lang, checked):
    first, second, _, _, _ = ROUNDS[lang]
    # the second round's share written as the first round's: the values agree, the rounds keep them apart
    second = second.replace("26.3", "28").replace("26,3", "28")
    facts = checked((lang, first), (lang, second), slot="vote_share")
    assert len(facts) == 2 and all(f.verdict == "single_source" for f in facts)


CARRIED = {
    "en": ("According to the exit poll, Labour wins 410 seats. The Conservatives get 131 seats.", "131 seats"),
    "de": (
        "Laut einer Nachwahlbefragung gewinnt Labour 410 Sitze. Die Konservativen kommen auf 131 Sitze.",
        "131 Sitze",
    ),
    "fr": (
        "Selon un sondage à la sortie des urnes, le Labour obtient 410 sièges. Les conservateurs ont 131 sièges.",
        "131 sièges",
    ),
    "es": (
        "Según la encuesta a pie de urna, el Labour logra 410 escaños. Los conservadores tienen 131 escaños.",
        "131 escaños",
    ),
}


@pytest.mark.parametrize("lang", sorted(CARRIED))
def test_a_stage_the_sentence_before_names_holds_for_the_next_sentences_figures(lang):
    text, figure = CARRIED[lang]
    claim = next(c for c in extract_claims(Document(key="1", text=text, language=lang)) if c.text == figure)
    assert claim.extra.get("election_count") == "exit_poll"


@pytest.mark.parametrize("lang", sorted(CARRIED))
def test_a_stage_is_not_carried_into_the_next_paragraph(lang):
    text, figure = CARRIED[lang]
    first, second = text.split(". ", 1)
    claim = next(
        c for c in extract_claims(Document(key="1", text=f"{first}.\n\n{second}", language=lang)) if c.text == figure
    )
    assert "election_count" not in claim.extra


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Labour won 410 seats, according to an exit-poll."),
        ("de", "410 Sitze: Labour hat nach einer ersten Exit-Poll-Prognose einen Erdrutschsieg eingefahren."),
        ("fr", "Le Labour obtient 410 sièges selon un exit poll."),
        ("es", "El Labour obtiene 410 escaños, según una encuesta de salida."),
    ],
)
def test_the_exit_poll_in_the_words_reports_borrow_is_the_exit_poll(lang, text):
    claim = next(c for c in extract_claims(Document(key="1", text=text, language=lang)) if "410" in c.text)
    assert claim.extra.get("election_count") == "exit_poll"


STORY_OF_A_SECOND_ROUND = {
    "en": (
        "The Greens won 26.3% of the vote on Sunday.",
        "In the first round, the Greens had won 28% of the vote.",
        "Turnout in the second round reached 67%.",
        "Turnout reached 67% in the second round.",
    ),
    "de": (
        "Die Grünen erhielten am Sonntag 26,3 Prozent der Stimmen.",
        "Im ersten Wahlgang hatten die Grünen 28 Prozent der Stimmen erhalten.",
        "Die Wahlbeteiligung in der Stichwahl lag bei 67 Prozent.",
        "Die Wahlbeteiligung lag in der Stichwahl bei 67 Prozent.",
    ),
    "fr": (
        "Les Verts ont obtenu 26,3 % des voix dimanche.",
        "Au premier tour, les Verts avaient obtenu 28 % des voix.",
        "Au second tour, la gauche obtient 182 sièges.",
        "La droite obtient 143 sièges au second tour.",
    ),
    "es": (
        "Los Verdes obtuvieron el 26,3 % de los votos el domingo.",
        "En la primera vuelta, los Verdes habían obtenido el 28 % de los votos.",
        "La participación en la segunda vuelta alcanzó el 67 %.",
        "La participación alcanzó el 67 % en la segunda vuelta.",
    ),
}


@pytest.mark.parametrize("lang", sorted(STORY_OF_A_SECOND_ROUND))
def test_a_plain_figure_of_a_story_of_the_second_round_never_conflicts_with_a_first_round_figure(lang, checked):
    plain, first, *second = STORY_OF_A_SECOND_ROUND[lang]
    facts = checked(*((lang, text) for text in (plain, first, *second)), slot="vote_share")
    assert sorted(len(f.members) for f in facts) == [1, 1]
    assert not [f for f in facts if f.verdict == "conflicting"]


@pytest.mark.parametrize("lang", sorted(ROUNDS))
def test_a_plain_figure_of_a_story_of_the_second_round_joins_a_second_round_figure(lang, checked):
    _, second, plain, _, _ = ROUNDS[lang]
    facts = checked((lang, second), (lang, plain.replace("28", "26,3" if lang != "en" else "26.3")), slot="vote_share")
    assert [f.verdict for f in facts] == ["corroborated"]


# an exit poll named at a paragraph's head, its figures two sentences later; a report of the count giving the same
# figure plainly
PARAGRAPH_POLL = {
    "en": (
        "Labour won the election, according to an exit poll. Rishi Sunak conceded defeat. Labour wins 410 of the "
        "650 seats.",
        "Labour won 410 seats. The House of Commons has 650 seats.",
    ),
    "de": (
        "Labour hat die Wahl laut einer Nachwahlbefragung gewonnen. Rishi Sunak räumte die Niederlage ein. Labour "
        "kann demnach 410 der insgesamt 650 Sitze einnehmen.",
        "Labour gewann 410 Sitze. Das Unterhaus hat 650 Sitze.",
    ),
    "fr": (
        "Le Labour a gagné l'élection selon un sondage de sortie des urnes. Rishi Sunak a reconnu sa défaite. Le "
        "Labour obtient 410 des 650 sièges.",
        "Le Labour a obtenu 410 sièges. La Chambre des communes compte 650 sièges.",
    ),
    "es": (
        "El Labour ganó las elecciones según la encuesta a pie de urna. Rishi Sunak reconoció la derrota. El "
        "Labour logra 410 de los 650 escaños.",
        "El Labour obtuvo 410 escaños. La Cámara de los Comunes tiene 650 escaños.",
    ),
}


@pytest.mark.parametrize("lang", sorted(PARAGRAPH_POLL))
def test_a_stage_an_earlier_sentence_of_the_paragraph_names_holds_for_its_figures(lang):
    poll, _ = PARAGRAPH_POLL[lang]
    claim = next(c for c in extract_claims(Document(key="1", text=poll, language=lang)) if c.text.startswith("410"))
    assert claim.extra.get("election_count") == "exit_poll"


@pytest.mark.parametrize("lang", sorted(PARAGRAPH_POLL))
def test_an_exit_polls_figure_is_another_fact_than_the_same_figure_given_plainly(lang, checked):
    poll, count = PARAGRAPH_POLL[lang]
    facts = checked((lang, poll), (lang, count), slot="seats")
    won = [f for f in facts if any(c.text.startswith("410") for _, c in f.members)]
    assert sorted(len(f.members) for f in won) == [1, 1]
    assert all(f.verdict == "single_source" for f in won)
    assert any("exit" in concept_label(f.slot, "en").lower() for f in won)


@pytest.mark.parametrize("lang", sorted(PARAGRAPH_POLL))
def test_the_seats_of_the_house_are_no_figure_of_the_exit_poll(lang, checked):
    poll, count = PARAGRAPH_POLL[lang]
    facts = checked((lang, poll), (lang, count), slot="seats")
    (house,) = [f for f in facts if any("650" in c.text for _, c in f.members)]
    assert house.verdict == "corroborated"


@pytest.mark.parametrize(
    "lang,text",
    [
        ("de", "Im 650-Sitze-Parlament kommt Labour laut Nachwahlbefragung auf 410 Sitze."),
        ("en", "Labour gets 410 seats, according to the exit poll, in a 650-seat parliament, the 650-seat House."),
    ],
)
def test_a_figure_naming_the_size_of_what_its_compound_names_is_no_estimate(lang, text):
    claims = [c for c in extract_claims(Document(key="1", text=text, language=lang)) if c.text.startswith("650-")]
    assert claims and not [c for c in claims if c.extra.get("estimate")]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "A late poll showed the opposition candidate ahead with 51% of the vote."),
        ("de", "Ein Late-Poll sah den Kandidaten der Opposition mit 51 Prozent der Stimmen vorne."),
    ],
)
def test_a_late_poll_is_the_exit_poll_updated_with_counted_votes(lang, text):
    claim = next(c for c in extract_claims(Document(key="1", text=text, language=lang)) if "51" in c.text)
    assert claim.extra.get("election_count") == "exit_poll" and claim.extra.get("estimate") == "exit_poll"


# a round a relative clause names of the actor, closed before the figure, is what the clause tells of the actor, not
# the figure's round; a round the figure's own clause names is its round
@pytest.mark.parametrize(
    ("lang", "told_of_actor", "of_figure"),
    [
        (
            "en",
            "The National Rally, which won the first round, ended with 143 seats.",
            "In the first round, the National Rally won 143 seats.",
        ),
        (
            "de",
            "Der Rassemblement National, der die erste Runde gewonnen hatte, kommt auf 143 Sitze.",
            "In der ersten Runde kommt der Rassemblement National auf 143 Sitze.",
        ),
        (
            "fr",
            "Le Rassemblement national, qui avait remporté le premier tour, obtient 143 sièges.",
            "Au premier tour, le Rassemblement national obtient 143 sièges.",
        ),
        (
            "es",
            "La Agrupación Nacional, que ganó la primera vuelta, obtiene 143 escaños.",
            "En la primera vuelta, la Agrupación Nacional obtiene 143 escaños.",
        ),
    ],
)
def test_a_round_a_closed_relative_clause_names_is_not_the_figure_s(lang, told_of_actor, of_figure):
    def rounds(text):
        return [
            c.extra.get("election_round")
            for c in extract_claims(Document(key="1", text=text, language=lang))
            if c.kind == "count"
        ]

    assert rounds(told_of_actor) == [None]
    assert rounds(of_figure) == ["first_round"]
