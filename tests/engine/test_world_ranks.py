"""A person's rank in the world ("world number one Mara Quist", "le N.1 mondial", "den Weltranglisten-Ersten",
"número uno del mundo"): a rank of the name it is said of, in every language, through extract_claims and
cross_check."""

import pytest

from .conftest import extracted

RANKED = {
    "en": "In the final, world number {n} Mara Quist lost to Lena Holt in five sets.",
    "de": "Im Finale verlor die Weltranglisten-{o} Mara Quist gegen Lena Holt in fünf Sätzen.",
    "fr": "En finale, Mara Quist ({n_fr} mondial) a perdu contre Lena Holt en cinq sets.",
    "es": "En la final, Mara Quist, número {n_es} del mundo, perdió ante Lena Holt en cinco sets.",
}
WORDS = {
    1: {"n": "one", "o": "Erste", "n_fr": "numéro 1", "n_es": "uno"},
    2: {"n": "two", "o": "Zweite", "n_fr": "N.2", "n_es": "dos"},
}


def _ranked(lang: str, rank: int) -> tuple[str, str]:
    return lang, RANKED[lang].format(**WORDS[rank])


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_a_rank_in_the_world_is_said_of_the_name_next_to_it(lang):
    for rank in (1, 2):
        claims = [c for c in extracted(_ranked(lang, rank)[1], lang) if c.kind == "ranking"]
        assert [(c.subject, c.value["ordinal"]) for c in claims] == [("mara quist", rank)]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_figure_of_a_rank_counts_nothing(lang):
    assert not [c for c in extracted(_ranked(lang, 2)[1], lang) if c.kind == "count" and c.value.get("low") == 2]


@pytest.mark.parametrize(("lang", "other"), [("en", "de"), ("de", "fr"), ("fr", "es"), ("es", "en")])
def test_one_persons_rank_told_twice_agrees_or_conflicts(checked, lang, other):
    facts = checked(_ranked(lang, 1), _ranked(other, 1), kind="ranking")
    assert [(f.verdict, len(f.members)) for f in facts] == [("corroborated", 2)]
    facts = checked(_ranked(lang, 1), _ranked(other, 2), kind="ranking")
    assert [f.verdict for f in facts] == ["conflicting"]


def test_two_persons_ranks_are_two_facts(checked):
    facts = checked(
        ("en", "In the final, world number one Mara Quist lost to Lena Holt in five sets."),
        ("fr", "En finale, Lena Holt (numéro 2 mondial) a battu Mara Quist en cinq sets."),
        kind="ranking",
    )
    assert sorted(f.verdict for f in facts) == ["single_source", "single_source"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The world number two had never won a final after losing the first two sets."),
        ("de", "Sie ist die Nummer zwei im Team und spielt morgen."),
        ("fr", "Le numéro 2 du parti a démissionné."),
        ("es", "El número dos del gobierno dimitió ayer."),
    ],
)
def test_a_rank_said_of_no_name_or_not_in_the_world_is_none(lang, text):
    assert not [c for c in extracted(text, lang) if c.kind == "ranking"]
