"""The pair scorer (verification/engine/pairjoin.py): two facts the alignment's rules leave apart are joined where
the learned model finds them one fact, one-to-one; clearly different figures stay apart; its weights load from
the data file and are trained on tuning parts only (the trainer, eval/train_joins.py: tests/eval/test_train_joins.py)."""

import json

import pytest

from verification.engine import pairjoin
from verification.engine.pairjoin import FEATURES, JoinModel, default_model

from .conftest import cross_check_texts
from .test_election_stages import STORY_OF_A_SECOND_ROUND

# a rate's previous level that one report names as such ("passant de 4 %") and another gives plainly ("from 4.00%"):
# one figure under two concepts, which the rules keep apart
PREVIOUS_RATE = [
    (
        ("en", "The ECB cut its deposit rate to 3.75 percent from 4.00 percent."),
        ("en", "The ECB lowered the rate by 0.25 points, taking it from 4% to 3.75%."),
    ),
    (
        ("de", "Die EZB senkte den Einlagensatz auf 3,75 Prozent von bisher 4,00 Prozent."),
        ("de", "Die EZB senkte den Zins um 0,25 Prozentpunkte von 4 Prozent auf 3,75 Prozent."),
    ),
    (
        ("fr", "La BCE a abaissé son taux de dépôt à 3,75 % contre 4,00 % auparavant."),
        ("fr", "La BCE a baissé son taux de 0,25 point, passant ainsi de 4 % à 3,75 %."),
    ),
    (
        ("es", "El BCE bajó la tasa de depósito al 3,75% desde el 4,00%."),
        ("es", "El BCE recortó el tipo en 0,25 puntos, pasando así del 4% al 3,75%."),
    ),
    (
        ("de", "Die EZB senkte den Einlagensatz auf 3,75 Prozent von bisher 4,00 Prozent."),
        ("fr", "La BCE a baissé son taux de 0,25 point, passant ainsi de 4 % à 3,75 %."),
    ),
    (
        ("en", "The ECB cut its deposit rate to 3.75 percent from 4.00 percent."),
        ("es", "El BCE recortó el tipo en 0,25 puntos, pasando así del 4% al 3,75%."),
    ),
]


def _holding(facts, *texts):
    return [f for f in facts if {c.text for _, c in f.members} & set(texts)]


@pytest.mark.parametrize("first, second", PREVIOUS_RATE)
def test_one_figure_under_two_concepts_is_joined_by_the_scorer(first, second):
    previous = ("4.00 percent", "4,00 Prozent", "4,00 %", "4,00%", "4%", "4 Prozent", "4 %")
    facts = cross_check_texts(first, second)
    joined = _holding(facts, *previous)
    assert len(joined) == 1, [(f.key, [c.text for _, c in f.members]) for f in facts]
    assert joined[0].verdict == "corroborated"
    assert len(_holding(cross_check_texts(first, second, joins=JoinModel.rules_only()), *previous)) == 2  # rules alone


APART = [
    # another rate of the same bank: a different figure, no conflict
    (
        ("en", "The ECB cut its deposit rate to 3.75 percent from 4.00 percent."),
        ("es", "El BCE dejó el tipo de refinanciación en el 4,50%, según el comunicado."),
    ),
    # a range of sentences holds one man's sentence, which it does not tell
    (
        ("fr", "Les peines prononcées vont de 4 à 20 ans de prison."),
        ("de", "Der Hauptangeklagte wurde zu 12 Jahren Haft verurteilt."),
    ),
]


@pytest.mark.parametrize("first, second", APART)
def test_clearly_different_figures_stay_apart(first, second):
    facts = [f for f in cross_check_texts(first, second) if f.kind in ("percent", "count", "measure")]
    assert all(len(f.sources) == 1 for f in facts), [(f.key, [c.text for _, c in f.members]) for f in facts]
    assert all(f.verdict != "conflicting" for f in facts)


# a crowd count two reports agree on and a third tells differently (a rounded figure of the ministry's count), read
# by the rules under another concept ("participants" against "people"): one figure in conflict, not two facts
COUNTED = {
    "en": "Interior ministry figures put the turnout at 506,789 protesters across France.",
    "fr": "Selon le ministère de l'Intérieur, 506 789 personnes ont manifesté en France.",
    "de": "Nach Angaben des Innenministeriums demonstrierten in ganz Frankreich 506.789 Menschen.",
    "es": "Según el Ministerio del Interior, 506.789 personas se manifestaron en Francia.",
}
# every report names who counted (the ministry: a side, figure_sources), however it names it ("Interior ministry figures",
# "Selon le ministère", "Nach Angaben des Innenministeriums"): one side's count, told once as "participants"
TOLD_DIFFERENTLY = [
    (("en", "fr"), ("es", "Según el Ministerio del Interior, 506.000 participantes salieron a la calle.")),
    (("en", "de"), ("fr", "Selon le ministère de l'Intérieur, 506.000 participants ont défilé.")),
    (("fr", "es"), ("de", "Nach Angaben des Innenministeriums zählte man 506.000 Teilnehmer.")),
    (("en", "es"), ("de", "Nach Angaben des Innenministeriums zählte man 506.000 Teilnehmer.")),
]


@pytest.mark.parametrize("agreeing, lone", TOLD_DIFFERENTLY)
def test_a_figure_told_differently_joins_the_figure_others_give_as_a_conflict(agreeing, lone):
    articles = [(lang, COUNTED[lang]) for lang in agreeing] + [lone]
    told = ("506,789 protesters", "506 789 personnes", "506.789 Menschen", "506.789 personas")
    told += ("506.000 participantes", "506.000 participants", "506.000 Teilnehmer")
    facts = _holding(cross_check_texts(*articles), *told)
    assert len(facts) == 1, [(f.key, [c.text for _, c in f.members]) for f in facts]
    assert facts[0].verdict == "conflicting" and len(facts[0].sources) == 3
    assert len(_holding(cross_check_texts(*articles, joins=JoinModel.rules_only()), *told)) == 2  # rules alone


def test_a_pair_with_a_rival_partner_is_not_joined():
    """One-to-one: a fact two others could each be one with joins neither."""
    model = JoinModel((0.0,) * len(FEATURES), 5.0, 0.5)  # every pair it is shown is likely
    facts = cross_check_texts(
        ("en", "The ECB cut its deposit rate to 3.75 percent from 4.00 percent."),
        ("en", "The ECB lowered the rate by 0.25 points, taking it from 4% to 3.75%."),
        ("de", "Die Inflation lag zuletzt bei 4,2 Prozent."),
        joins=model,
    )
    assert all(len(f.sources) <= 2 for f in facts)
    assert len(_holding(facts, "4.00 percent", "4%", "4,2 Prozent")) == 3


@pytest.mark.parametrize("lang", sorted(STORY_OF_A_SECOND_ROUND))
def test_the_scorer_never_joins_a_plain_figure_of_a_second_round_story_to_another_value_of_the_first_round(lang):
    """However likely the scorer finds a pair, a figure naming no round is its story's round's: it may not contradict
    a figure of the other round (as for the rules: test_election_stages)."""
    likely = JoinModel((0.0,) * len(FEATURES), 5.0, 0.5)  # every pair it is shown is likely
    plain, first, *second = STORY_OF_A_SECOND_ROUND[lang]
    facts = cross_check_texts(*((lang, text) for text in (plain, first, *second)), joins=likely)
    plain_and_first = {f"0{lang}", f"1{lang}"}  # the keys cross_check_texts gives the first two articles
    assert not [f.key for f in facts if plain_and_first <= set(f.sources)]


def test_the_weights_file_loads_with_this_engines_features():
    model = default_model()
    assert len(model.weights) == len(FEATURES) and 0 < model.threshold < 1
    data = json.loads(pairjoin.WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES)
    assert not [p for p in data["trained_on"] if p.endswith("-heldout")]
    assert data["trained_with"]["labels"]  # what the shipped weights were learned with (README, make train-joins)


def test_weights_of_other_features_are_refused():
    with pytest.raises(ValueError, match="train them again"):
        JoinModel.from_data({"features": ["same_value"], "weights": [1.0], "bias": 0.0, "threshold": 0.5})
