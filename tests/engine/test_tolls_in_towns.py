"""A toll its clause counts in a town ("Thirty-two deaths were confirmed in Wajima") is that town's: it joins other
reports of the town's toll, in conflict where they differ, and never the whole event's toll; a country, region or
capital, or the town most reports name (where the event happened), scopes nothing."""

import pytest

# (language, a report's whole toll and the town's part, another report's town toll in a breakdown)
TOWN_TOLLS = [
    (
        "en",
        "The quake killed 64 people in all. Thirty-two deaths were confirmed in Merrow, officials said.",
        "en",
        "Of the 72 deaths, 39 were in Merrow, 22 in Dunholt and five in Carvey.",
    ),
    (
        "de",
        "Das Beben tötete insgesamt 64 Menschen. In Merrow, nördlich der Küste, starben mindestens 32 Menschen.",
        "en",
        "Of the 72 deaths, 39 were in Merrow, 22 in Dunholt and five in Carvey.",
    ),
    (
        "fr",
        "Le séisme a fait 64 morts au total. Au moins 32 personnes sont mortes à Merrow, selon la mairie.",
        "es",
        "El sismo dejó 72 muertos. En Merrow, al norte de la costa, murieron 39 personas.",
    ),
    (
        "es",
        "El sismo dejó 64 muertos en total. Al menos 32 personas murieron en Merrow, según el ayuntamiento.",
        "fr",
        "Le séisme a fait 72 morts. Au moins 39 personnes sont mortes à Merrow, au nord de la côte.",
    ),
]


def _members(facts):
    return sorted(sorted(c.text for _, c in f.members) for f in facts)


# reports of the whole event that name no town (the town is not where the whole event happened)
WHOLE = [("en", "The earthquake killed 70 people, officials said."), ("de", "Das Erdbeben tötete 70 Menschen.")]


@pytest.mark.parametrize("lang_a, text_a, lang_b, text_b", TOWN_TOLLS)
def test_two_reports_of_a_towns_toll_are_one_conflict_apart_from_the_whole(checked, lang_a, text_a, lang_b, text_b):
    facts = checked((lang_a, text_a), (lang_b, text_b), *WHOLE, slot="deaths")
    town = [f for f in facts if "scope_of=merrow" in f.key]
    assert len(town) == 1, [(f.key, [c.text for _, c in f.members]) for f in facts]
    assert town[0].verdict == "conflicting"
    assert sorted(k[0] for k, _ in town[0].members) == ["0", "1"]
    whole = [f for f in facts if "scope_of" not in f.key]
    assert len(whole) == 1 and whole[0].verdict == "conflicting"  # 64, 70 and 72: the whole toll told apart
    assert sorted(k[0] for k, _ in whole[0].members) == ["0", "1", "2", "3"]


def test_a_toll_in_a_country_region_or_capital_is_the_events_toll(checked):
    facts = checked(
        ("en", "At least 95 people died in Myanmar, the junta said."),
        ("es", "En Bangkok, capital de Tailandia, se registraron al menos 95 muertos."),
        ("fr", "Le séisme a fait 95 morts, selon la junte."),
        slot="deaths",
    )
    assert [f.verdict for f in facts] == ["corroborated"]
    assert "scope_of" not in facts[0].key


def test_the_town_most_reports_name_is_where_the_event_happened(checked):
    facts = checked(
        ("en", "The fire in Merrow killed 40 people. Forty people died in Merrow, the mayor said."),
        ("de", "Bei dem Brand in Merrow starben 41 Menschen."),
        ("fr", "L'incendie de Merrow a fait 40 morts."),
        slot="deaths",
    )
    assert len(facts) == 1 and "scope_of" not in facts[0].key


def test_a_town_named_after_another_clause_scopes_nothing(checked):
    facts = checked(
        ("en", "At least 51 people have been killed in flash floods sweeping the towns around Merrow."),
        ("en", "The floods killed 51 people, officials said."),
        slot="deaths",
    )
    assert [f.verdict for f in facts] == ["corroborated"]


# a report telling the whole toll and, in a sentence on the town most reports name, a toll below it: that town is a
# part of the event
PART_TOLD = ("en", "At least 82 people are dead after the floods. Officials said 43 deaths were recorded in Merrow.")
WHOLE_NAMING_THE_TOWN = ("de", "Die Fluten töteten 104 Menschen. Merrow wurde schwer getroffen.")
# (language, a toll its clause counts in that town)
TOLLS_IN_A_PART = [
    ("en", "Officials said 51 people died in Merrow County on Saturday."),
    ("de", "Mindestens 51 Menschen starben im Landkreis Merrow."),
    ("fr", "Au moins 51 personnes sont mortes à Merrow, selon le shérif."),
    ("es", "Las inundaciones han dejado al menos 51 personas muertas en el condado de Merrow."),
]


@pytest.mark.parametrize("lang, text", TOLLS_IN_A_PART)
def test_a_toll_in_a_town_most_reports_name_is_the_towns_where_the_event_covers_more(checked, lang, text):
    facts = checked(PART_TOLD, WHOLE_NAMING_THE_TOWN, (lang, text), slot="deaths")
    town = [f for f in facts if "scope_of=merrow" in f.key]
    assert len(town) == 1 and any("51" in c.text for _, c in town[0].members), [
        (f.key, [c.text for _, c in f.members]) for f in facts
    ]
    whole = [f for f in facts if "scope_of" not in f.key]
    assert all("51" not in c.text for f in whole for _, c in f.members)
    assert sorted(c.text for f in whole for _, c in f.members) == ["104 Menschen", "At least 82 people"]
