"""Concept labels: people read words ("Deaths", "Seats won"), never slot names."""

import re

import pytest

from verification.engine.concepts import concept_label, concept_of
from verification.engine.lang import LANGUAGES


@pytest.mark.parametrize(
    "slot,label",
    [
        ("deaths", "Deaths"),
        ("seats", "Seats won"),
        ("transfer_fee", "Transfer fee"),
        ("investment.amount", "Investment"),
        ("jobs.count", "Jobs"),
        ("growth.percent", "Growth"),
        ("valuation.post_money", "Post-money valuation"),
        ("announcement.date", "Announcement date"),
        ("office.opening", "Opening date (office)"),
        ("ranking.lab", "Ranking (laboratory)"),
    ],
)
def test_english_labels(slot, label):
    assert concept_label(slot) == label


@pytest.mark.parametrize("code,label", [("de", "Todesopfer"), ("fr", "Morts"), ("es", "Muertos")])
def test_labels_in_the_newsrooms_language(code, label):
    assert concept_label("deaths", code) == label


@pytest.mark.parametrize(
    "slot,labels",
    [
        ("place", ["Ort", "Lieu", "Lugar"]),
        ("office", ["Büro", "Bureau", "Oficina"]),
        ("share.percent", ["Anteil", "Part", "Cuota"]),
    ],
)
def test_the_concepts_of_names_and_bare_figures_read_in_the_newsrooms_language(slot, labels):
    assert [concept_label(slot, code) for code in ("de", "fr", "es")] == labels


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("slot", ["some_new.thing", "deaths", "office.opening", "users.change", "", "x.y.z_w"])
def test_no_label_is_a_key(code, slot):
    label = concept_label(slot, code)
    assert label and "_" not in label and not re.search(r"\w\.\w", label)


def test_concept_of_drops_value_kind_endings():
    assert concept_of("jobs.count") == "jobs" and concept_of("fund.size") == "fund"
    assert concept_of("valuation.post_money") == "valuation.post_money"
