"""Language data: every language fills every table, with the same keys where keys are concepts."""

import pytest

from verification.engine.lang import LANGUAGES, TABLES, language


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("table", TABLES)
def test_every_language_fills_every_table(code, table):
    module = language(code)
    assert hasattr(module, table), f"{code}.{table} is missing"
    assert getattr(module, table) or table in getattr(module, "NO_ENTRIES", {}), f"{code}.{table} is empty"


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_table_left_empty_says_why_and_is_empty(code):
    for table, why in getattr(language(code), "NO_ENTRIES", {}).items():
        assert table in TABLES and why
        assert not getattr(language(code), table), f"{code}.{table} has words: take it out of NO_ENTRIES"


@pytest.mark.parametrize("table", ["CONCEPT_LABELS", "EVENT_LABELS", "OBJECT_LABELS"])
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_labels_every_concept_english_labels(code, table):
    english = set(getattr(language("en"), table))
    assert english == set(getattr(language(code), table))


@pytest.mark.parametrize("table", ["FRAME_NOUNS", "FRAME_PREDICATES", "MEASURE_CUES"])
@pytest.mark.parametrize("code", LANGUAGES)
def test_frames_point_at_known_concepts(code, table):
    concepts = set(language("en").CONCEPT_LABELS)
    unknown = {v for v in getattr(language(code), table).values()} - concepts
    assert not unknown


@pytest.mark.parametrize("code", LANGUAGES)
def test_measure_units_name_a_dimension_and_a_factor(code):
    for word, (dimension, factor) in language(code).MEASURE_UNITS.items():
        assert word == word.lower() and dimension and factor > 0


def test_an_unknown_language_falls_back_to_english():
    assert language("it") is language("en")
