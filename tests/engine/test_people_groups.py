"""A toll told group by group: the children (adults, women, men, foreigners) among the dead are a figure of their own,
which joins other reports of that group as one fact, a conflict where they differ, and never the whole toll."""

import pytest

from verification.engine.concepts import concept_label

from .conftest import extracted

# each language: a report giving the whole toll and its children, how the children are named, the label's word
INCLUDING_CHILDREN = {
    "en": ("The floods killed at least 51 people, including 15 children.", "15 children", "children"),
    "de": ("Die Fluten töteten mindestens 51 Menschen, darunter 15 Kinder.", "15 Kinder", "Kinder"),
    "fr": ("Les inondations ont fait au moins 51 morts, dont 15 enfants.", "15 enfants", "enfants"),
    "es": ("Las inundaciones dejaron al menos 51 personas muertas, incluyendo a 15 menores.", "15 menores", "niños"),
}
# a later report of the same flood, group by group
BREAKDOWN = (
    "en",
    "So far 68 deaths have been confirmed in the county. The dead include 40 adults and 28 children.",
)
BODIES = ("es", "De los 87 cuerpos recuperados en la demarcación, 56 son adultos y 30 son niños.")


def _groups(text, lang):
    return {c.text: (c.slot, c.extra.get("group")) for c in extracted(text, lang) if c.kind == "count"}


@pytest.mark.parametrize("lang", sorted(INCLUDING_CHILDREN))
def test_a_group_told_after_its_toll_counts_that_group_of_the_dead(lang):
    text, children, _ = INCLUDING_CHILDREN[lang]
    assert _groups(text, lang)[children] == ("deaths", "children")


def test_every_group_of_a_breakdown_is_a_group_of_its_toll():
    groups = _groups(BREAKDOWN[1], "en")
    assert groups["40 adults"] == ("deaths", "adults") and groups["28 children"] == ("deaths", "children")
    assert groups["68 deaths"] == ("deaths", None)


def test_a_group_that_is_the_whole_toll_stays_the_toll():
    """Where no larger toll is told, the children killed are all the dead, not a part of them."""
    groups = _groups("The attack killed 15 children and injured 30 adults.", "en")
    assert groups["15 children"] == ("deaths", None) and groups["30 adults"] == ("injured", None)


def test_a_group_larger_than_the_toll_before_it_is_no_part_of_it():
    groups = _groups("The storm killed 12 people and closed schools for 300 children.", "en")
    assert groups["300 children"][1] is None


@pytest.mark.parametrize("lang", sorted(INCLUDING_CHILDREN))
def test_the_children_among_the_dead_told_differently_are_one_conflict_apart_from_the_toll(checked, lang):
    text, children, label = INCLUDING_CHILDREN[lang]
    facts = checked((lang, text), BREAKDOWN, BODIES, slot="deaths")
    kids = [f for f in facts if {c.text for _, c in f.members} & {children, "28 children", "30 son niños"}]
    assert len(kids) == 1, [(f.key, [c.text for _, c in f.members]) for f in facts]
    assert kids[0].verdict == "conflicting" and len(kids[0].members) == 3
    assert label in concept_label(kids[0].slot, lang)
    adults = [f for f in facts if {c.text for _, c in f.members} & {"40 adults"}]
    assert len(adults) == 1 and {c.text for _, c in adults[0].members} == {"40 adults", "56 son adultos"}
    assert all(not {c.text for _, c in f.members} & {children, "40 adults"} for f in facts if f not in kids + adults)
