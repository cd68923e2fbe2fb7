"""A loss two reports give as negative figures that differ ("(minus 20)" and "(-19)" seats of one party) is one
figure told differently, a conflict, as two gains would be; a loss and a gain of one party stay apart."""

import pytest

LOSSES = {
    "en": ("The People's Party (ÖVP) won 51 seats (minus 20).", "The People's Party (ÖVP) won 52 seats (-19)."),
    "de": ("Die ÖVP kommt auf 51 Mandate (minus 20).", "Die ÖVP erhält 52 Sitze (-19)."),
    "fr": ("L'ÖVP obtient 51 sièges (moins 20).", "L'ÖVP obtient 52 sièges (-19)."),
    "es": ("El ÖVP obtiene 51 escaños (menos 20).", "El ÖVP logra 52 escaños (-19)."),
}


def _holding(facts, text):
    return next(f for f in facts if any(c.text == text for _, c in f.members))


@pytest.mark.parametrize("lang", sorted(LOSSES))
def test_a_loss_told_two_ways_is_one_conflict(checked, lang):
    facts = checked((lang, LOSSES[lang][0]), (lang, LOSSES[lang][1]), slot="seats")
    loss = _holding(facts, "(-19")
    assert sorted(c.value["low"] for _, c in loss.members) == [-20, -19]
    assert loss.verdict == "conflicting"


def test_a_loss_and_a_gain_stay_apart(checked):
    facts = checked(("de", "Die ÖVP kommt auf 51 Mandate (minus 20)."), ("de", "Die ÖVP erhält 90 Sitze (+19)."))
    assert [c.text for _, c in _holding(facts, "(minus 20").members] == ["(minus 20"]
