"""The seriously hurt: a count of injured people whose clause says they are in a serious state is a figure of its
own, which joins other reports of it (however each tells it: a part of the injured or a count of its own) and never
the count of all the injured."""

import pytest

FIVE_OF_THEM = {
    "en": "The crash killed 15 people and injured 18, five of them in critical condition.",
    "de": "Bei dem Unglück starben 15 Menschen, 18 wurden verletzt, darunter fünf lebensgefährlich.",
    "fr": "L'accident a fait 15 morts et 18 blessés, dont cinq dans un état critique.",
    "es": "Murieron 15 personas y 18 resultaron heridas, cinco de ellas de gravedad.",
}
FIVE_AMONG_THEM_A_CHILD = (
    "fr",
    "Le bilan est lourd : 15 morts et 18 blessés, dont cinq dans un état critique, parmi lesquels un enfant.",
)
SIX_IN_INTENSIVE_CARE = ("es", "Los fallecidos se elevan a 16, mientras seis heridos graves permanecen en la UCI.")
FIVE = {"five", "fünf", "cinq", "cinco"}


def _injured(checked, lang):
    return checked((lang, FIVE_OF_THEM[lang]), FIVE_AMONG_THEM_A_CHILD, SIX_IN_INTENSIVE_CARE, slot="injured")


@pytest.mark.parametrize("lang", sorted(FIVE_OF_THEM))
def test_the_seriously_injured_told_as_a_part_and_on_their_own_are_one_conflict(checked, lang):
    facts = _injured(checked, lang)
    serious = [f for f in facts if {c.text for _, c in f.members} & FIVE]
    assert len(serious) == 1 and serious[0].verdict == "conflicting", [(f.key, f.verdict) for f in facts]
    assert len(serious[0].members) == 3 and any(c.text.startswith("seis") for _, c in serious[0].members)


@pytest.mark.parametrize("lang", sorted(FIVE_OF_THEM))
def test_all_the_injured_stay_apart_from_the_seriously_injured(checked, lang):
    facts = _injured(checked, lang)
    whole = [f for f in facts if any("18" in c.text for _, c in f.members)]
    assert len(whole) == 1 and whole[0].verdict == "corroborated", [(f.key, f.verdict) for f in facts]
    assert len(whole[0].members) == 2
