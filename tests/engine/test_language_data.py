"""Language data: every language fills every table, with the same keys where keys are concepts."""

import pytest

from verification.engine import lexicon
from verification.engine.lang import LANGUAGES, SETTINGS, TABLES, capitalises_nouns, joined, language


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("table", TABLES)
def test_every_language_fills_every_table(code, table):
    module = language(code)
    assert hasattr(module, table), f"{code}.{table} is missing"
    assert getattr(module, table) or table in getattr(module, "NO_ENTRIES", {}), f"{code}.{table} is empty"


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("setting", SETTINGS)
def test_every_language_states_every_setting(code, setting):
    assert isinstance(getattr(language(code), setting, None), bool), f"{code}.{setting} is not stated yes or no"


def test_only_german_capitalises_its_nouns():
    assert [code for code in LANGUAGES if capitalises_nouns(code)] == ["de"]
    assert not capitalises_nouns("")  # a text of unknown language: no such rule


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
    for word, (dimension, factor, *concept) in language(code).MEASURE_UNITS.items():
        assert word == word.lower() and dimension and factor > 0
        assert not concept or concept[0] in language(code).CONCEPT_LABELS


def test_an_unknown_language_falls_back_to_english():
    assert language("it") is language("en")


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("code", LANGUAGES)
def test_a_table_has_the_same_shape_in_every_language(code, table):
    """lexicon.py joins a table over the languages by its type (dicts merged, lists in order)."""
    english, other = getattr(language("en"), table), getattr(language(code), table)
    assert type(other) is type(english) or not other
    if isinstance(english, dict) and english and isinstance(next(iter(english.values())), list):
        assert all(isinstance(words, list) for words in other.values())


@pytest.mark.parametrize("table", ["MONTHS", "WEEKDAYS"])
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_names_every_month_and_weekday(code, table):
    assert set(getattr(language(code), table)) == set(getattr(language("en"), table))


@pytest.mark.parametrize("table", ["UNIT_NOUNS", "MONEY_SLOTS", "PERCENT_SLOTS", "YEAR_PART"])
@pytest.mark.parametrize("code", LANGUAGES)
def test_slots_are_keys_english_gives_so_their_priority_is_known(code, table):
    # the slots' order (which cue wins a tie) is the order the first language, English, gives them
    assert set(getattr(language(code), table)) <= set(getattr(language("en"), table))


@pytest.mark.parametrize("code", LANGUAGES)
def test_relation_cues_name_relations_the_engine_knows(code):
    known = {relation for relation, *_ in lexicon.RELATION_CUES}
    assert set(language(code).RELATION_CUES) <= known


def test_joined_tables_keep_every_language_in_order():
    slots = joined("MONEY_SLOTS")
    assert list(slots)[: len(language("en").MONEY_SLOTS)] == list(language("en").MONEY_SLOTS)
    for slot, cues in slots.items():
        assert cues == [w for code in LANGUAGES for w in language(code).MONEY_SLOTS.get(slot, [])]
    assert joined("EVENT_NOUNS") == [w for code in LANGUAGES for w in language(code).EVENT_NOUNS]


def test_the_lexicon_reads_every_language():
    assert {"zwölf", "douze", "doce", "twelve"} <= set(lexicon.NUMBER_WORDS)
    assert lexicon.ROLE_WORDS["bürgermeisterin"] == lexicon.ROLE_WORDS["alcaldesa"] == "mayor"
    assert {"según", "laut", "selon", "said"} <= set(lexicon.SPEECH_VERBS)
