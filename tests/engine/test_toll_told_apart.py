"""A toll that reports of different times tell far apart is one fact in conflict, its explanation naming the newer
report; counts of two concepts, a part against the whole, two subjects or a third figure stay apart."""

from datetime import date

import pytest

EARLY, LATE = date(2026, 3, 3), date(2026, 3, 5)

TOLLS = [
    ("en", "The earthquake killed 3 people, officials said.", "en", "The earthquake killed 10 people, officials said."),
    ("de", "Bei dem Erdbeben wurden 732 Menschen verletzt.", "es", "El terremoto dejó 1.670 heridos, según la junta."),
    ("fr", "Le séisme a fait 48 morts selon les autorités.", "en", "The earthquake left 72 dead, authorities said."),
    (
        "es",
        "Siete personas siguen desaparecidas tras la riada.",
        "fr",
        "Des dizaines de personnes sont portées disparues.",
    ),
]


@pytest.mark.parametrize("lang_a, early, lang_b, late", TOLLS)
def test_a_toll_told_apart_by_reports_of_different_days_is_one_conflict_naming_the_newer(
    checked, lang_a, early, lang_b, late
):
    facts = checked((lang_a, early, EARLY), (lang_b, late, LATE), kind="count")
    assert len(facts) == 1, [(f.key, [c.text for _, c in f.members]) for f in facts]
    assert facts[0].verdict == "conflicting"
    assert "newest report" in facts[0].explanation and "Outlet 1" in facts[0].explanation


def test_two_concepts_stay_apart(checked):
    facts = checked(
        ("en", "The earthquake killed 3 people.", EARLY),
        ("en", "The earthquake injured 10 people.", LATE),
        kind="count",
    )
    assert sorted(f.slot for f in facts) == ["deaths", "injured"]
    assert all(f.verdict == "single_source" for f in facts)


APART = [
    # a part of the toll against the total
    ("In Wajima, 30 people died in the earthquake.", "The earthquake killed 64 people across the region."),
    # a count a tenth of the toll (one country's, one year's)
    ("The outbreak has caused 53 deaths.", "The outbreak has caused 517 deaths."),
    # two places' tolls
    ("In Thailand, 3 people were killed by the earthquake.", "In Myanmar, 10 people were killed by the earthquake."),
]


@pytest.mark.parametrize("early, late", APART)
def test_a_part_a_tenth_or_another_place_stays_apart(checked, early, late):
    facts = checked(("en", early, EARLY), ("en", late, LATE), kind="count")
    assert len(facts) == 2 and all(f.verdict == "single_source" for f in facts)


def test_a_toll_reported_later_is_no_later_count_of_a_higher_one(checked):
    """A toll only rises: 10 dead reported after the 40 of the floods cannot be that toll, so it is the earthquake's."""
    facts = checked(
        ("en", "The earthquake killed 3 people. The floods that followed killed 40 people.", EARLY),
        ("en", "The earthquake killed 10 people.", LATE),
        kind="count",
    )
    told = [sorted(c.text for _, c in f.members) for f in facts if f.verdict == "conflicting"]
    assert told == [["10 people", "3 people"]], [(f.key, [c.text for _, c in f.members]) for f in facts]


def test_two_tolls_each_with_one_fitting_partner_are_two_conflicts(checked):
    facts = checked(
        ("en", "The earthquake killed 144 people, the junta said. In Bangkok, at least 3 people died.", EARLY),
        ("en", "The earthquake killed 694 people, the junta said. In Bangkok, 10 people died.", LATE),
        kind="count",
    )
    told = sorted(sorted(c.text for _, c in f.members) for f in facts if f.verdict == "conflicting")
    assert len(told) == 2 and all(len(t) == 2 for t in told), [(f.key, [c.text for _, c in f.members]) for f in facts]
    assert any("144" in " ".join(t) and "694" in " ".join(t) for t in told)


def test_a_place_a_long_sentence_names_far_from_the_toll_does_not_make_it_a_part(checked):
    facts = checked(
        (
            "en",
            "The junta, backed by Russia and China despite years of sanctions from Western governments, said the "
            "earthquake killed 144 people.",
            EARLY,
        ),
        ("en", "The earthquake killed 694 people, the junta said.", LATE),
        kind="count",
    )
    tolls = [f for f in facts if f.slot == "deaths"]
    assert len(tolls) == 1 and tolls[0].verdict == "conflicting", [
        (f.key, [c.text for _, c in f.members]) for f in facts
    ]


def test_a_vague_figure_beside_its_articles_exact_toll_leaves_the_pairing_clear(checked):
    # "hunderte" (hundreds) is the German report's 732 told vaguely, not another toll the Spanish 1,670 may be
    facts = checked(
        (
            "de",
            "Bei dem Erdbeben wurden hunderte Menschen verletzt. Bislang seien 732 Verletzte gezählt worden.",
            EARLY,
        ),
        ("fr", "Le séisme a fait 732 blessés selon la junte.", EARLY),
        ("es", "El terremoto dejó 1.670 heridos, según la junta.", LATE),
        kind="count",
    )
    told = [sorted(c.text for _, c in f.members) for f in facts if f.verdict == "conflicting"]
    assert told == [["1.670 heridos", "732 Verletzte", "732 blessés"]], [
        (f.key, [c.text for _, c in f.members]) for f in facts
    ]


# the toll most reports give, an earlier report's lone figure of it, and a sub-count beside the main toll in one
# article, one town's (which the earlier figure might otherwise be told apart from as well; a group of the dead, "40
# adults", is a figure of its own: test_people_groups)
MAIN_AND_EARLY = {
    "en": (
        "The floods killed {early} people, officials said.",
        "The floods killed 104 people, officials said. Forty people died in the capital.",
        "The floods have killed 109 people, officials said.",
    ),
    "de": (
        "Bei den Überschwemmungen kamen {early} Menschen ums Leben.",
        "Bei den Überschwemmungen kamen 104 Menschen ums Leben. In der Hauptstadt starben 40 Menschen.",
        "Die Überschwemmungen haben 109 Menschen getötet.",
    ),
    "fr": (
        "Les inondations ont fait {early} morts, selon les autorités.",
        "Les inondations ont fait 104 morts, selon les autorités. Dans la capitale, 40 personnes sont mortes.",
        "Les inondations ont fait 109 morts.",
    ),
    "es": (
        "Las inundaciones dejaron {early} muertos, según las autoridades.",
        "Las inundaciones dejaron 104 muertos, según las autoridades. En la capital murieron 40 personas.",
        "Las inundaciones dejaron 109 muertos.",
    ),
}


def _main_and_early(checked, lang: str, early: str, early_day: date, late_day: date):
    first, second, third = MAIN_AND_EARLY[lang]
    facts = checked(
        (lang, first.format(early=early), early_day), (lang, second, late_day), (lang, third, late_day), kind="count"
    )
    return [sorted(c.text for _, c in f.members) for f in facts if f.verdict == "conflicting"], facts


@pytest.mark.parametrize("lang", sorted(MAIN_AND_EARLY))
def test_an_earlier_figure_joins_the_toll_most_reports_give_and_a_sub_count_stays_apart(checked, lang):
    told, facts = _main_and_early(checked, lang, "24", EARLY, LATE)
    assert len(told) == 1 and len(told[0]) == 3 and not any("40" in t for t in told[0]), [
        (f.key, [c.text for _, c in f.members]) for f in facts
    ]
    assert "newest report" in next(f for f in facts if f.verdict == "conflicting").explanation


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_lower_figure_reported_later_is_no_earlier_count_of_the_toll(checked, lang):
    told, facts = _main_and_early(checked, lang, "24", LATE, EARLY)
    assert all(len(t) == 2 for t in told), [(f.key, [c.text for _, c in f.members]) for f in facts]


# a round floor ("more than 20") is a count from below, which a higher figure counted later does not contradict
ROUND_FLOORS = [("en", "more than 20"), ("de", "mehr als 20"), ("fr", "plus de 20"), ("es", "más de 20")]


@pytest.mark.parametrize("lang, floor", ROUND_FLOORS)
def test_a_round_floor_below_the_toll_most_reports_give_does_not_contradict_it(checked, lang, floor):
    told, facts = _main_and_early(checked, lang, floor, EARLY, LATE)
    assert all(len(t) == 2 for t in told), [(f.key, [c.text for _, c in f.members]) for f in facts]


# a floor of an exact count ("at least 24") is the toll as it was counted then: 104 later is the toll at another time
EXACT_FLOORS = [("en", "at least 24"), ("de", "mindestens 24"), ("fr", "au moins 24"), ("es", "al menos 24")]


@pytest.mark.parametrize("lang, floor", EXACT_FLOORS)
def test_a_floor_of_an_exact_count_is_the_toll_counted_then(checked, lang, floor):
    told, facts = _main_and_early(checked, lang, floor, EARLY, LATE)
    assert len(told) == 1 and len(told[0]) == 3 and any("24" in t for t in told[0]), [
        (f.key, [c.text for _, c in f.members]) for f in facts
    ]


MIDDLE = date(2026, 3, 4)

# the toll two reports give (one of them twice, once as a floor), another place's toll two reports give, and two
# later reports' figures: the first the toll rose to fivefold, the second further still
ROSE_PAST_A_TIE = {
    "en": (
        "The earthquake killed more than 140 people. The junta put the toll at 144.",
        "The earthquake killed 144 people, the junta said.",
        "In Bangkok, 10 people died when a tower collapsed.",
        "In Bangkok, three people died when a tower collapsed.",
        "The earthquake killed 694 people, the junta said.",
        "The earthquake killed 1,700 people, the junta said.",
    ),
    "de": (
        "Das Erdbeben tötete mehr als 140 Menschen. Die Junta gab die Zahl der Toten mit 144 an.",
        "Bei dem Erdbeben kamen 144 Menschen ums Leben.",
        "In Bangkok starben 10 Menschen, als ein Hochhaus einstürzte.",
        "In Bangkok starben drei Menschen, als ein Hochhaus einstürzte.",
        "Bei dem Erdbeben kamen 694 Menschen ums Leben.",
        "Bei dem Erdbeben kamen 1.700 Menschen ums Leben.",
    ),
    "fr": (
        "Le séisme a fait plus de 140 morts. La junte a fait état de 144 morts.",
        "Le séisme a fait 144 morts, selon la junte.",
        "À Bangkok, 10 personnes sont mortes dans l'effondrement d'une tour.",
        "À Bangkok, trois personnes sont mortes dans l'effondrement d'une tour.",
        "Le séisme a fait 694 morts, selon la junte.",
        "Le séisme a fait 1 700 morts, selon la junte.",
    ),
    "es": (
        "El terremoto dejó más de 140 muertos. La junta cifró los muertos en 144.",
        "El terremoto dejó 144 muertos, según la junta.",
        "En Bangkok murieron 10 personas al derrumbarse una torre.",
        "En Bangkok murieron tres personas al derrumbarse una torre.",
        "El terremoto dejó 694 muertos, según la junta.",
        "El terremoto dejó 1.700 muertos, según la junta.",
    ),
}


@pytest.mark.parametrize("lang", sorted(ROSE_PAST_A_TIE))
def test_the_toll_told_in_more_claims_takes_what_it_rose_to_and_another_place_stays_apart(checked, lang):
    days = [EARLY] * 4 + [MIDDLE, LATE]
    facts = checked(*((lang, text, day) for text, day in zip(ROSE_PAST_A_TIE[lang], days)), kind="count")
    told = sorted(sorted(c.text for _, c in f.members) for f in facts)
    assert len(told) == 2 and sorted(len(t) for t in told) == [2, 5], told
    toll = max(told, key=len)
    assert any("694" in t for t in toll) and any("700" in t for t in toll), told


# a report gives the fire's toll and, as background, the toll of the deadliest fire before it (a past year's); a
# later report gives the fire's toll at a figure near that past one
PAST_YEARS_TOLL = {
    "en": (
        "The fire killed at least 94 people, officials said. It is the deadliest fire in the city since 1948, when "
        "an explosion killed 135 people.",
        "The fire has killed at least 128 people, officials said.",
    ),
    "de": (
        "Bei dem Brand kamen mindestens 94 Menschen ums Leben. Es ist der schwerste Brand in der Stadt seit 1948, "
        "als bei einer Explosion 135 Menschen ums Leben kamen.",
        "Bei dem Brand kamen mindestens 128 Menschen ums Leben.",
    ),
    "fr": (
        "L'incendie a fait au moins 94 morts, selon les autorités. Il s'agit de l'incendie le plus meurtrier depuis "
        "1948, lorsqu'une explosion avait fait 135 morts.",
        "L'incendie a fait au moins 128 morts, selon les autorités.",
    ),
    "es": (
        "El incendio dejó al menos 94 muertos, según las autoridades. Es el incendio más mortífero desde 1948, "
        "cuando una explosión dejó 135 muertos.",
        "El incendio dejó al menos 128 muertos, según las autoridades.",
    ),
}


@pytest.mark.parametrize("lang", sorted(PAST_YEARS_TOLL))
def test_a_past_years_toll_beside_the_events_own_joins_no_report_of_it(checked, lang):
    early, late = PAST_YEARS_TOLL[lang]
    facts = checked((lang, early, EARLY), (lang, late, LATE), slot="deaths")
    told = {tuple(sorted(c.text for _, c in f.members)): f.verdict for f in facts}
    past = [t for t in told if any("135" in x for x in t)]
    assert len(past) == 1 and len(past[0]) == 1 and told[past[0]] == "single_source", told
    assert any(len(t) == 2 and told[t] == "conflicting" for t in told), told


# four reports of different days, two and two giving close figures (36 and 40 dead, then 94 and 100): no figure is
# told most, and the four figures are the toll as it rose
TIED_TOLLS = {
    "en": ("The fire killed {n} people, officials said.", ("36", "40", "94", "100")),
    "de": ("Bei dem Brand kamen {n} Menschen ums Leben.", ("36", "40", "94", "100")),
    "fr": ("L'incendie a fait {n} morts, selon les autorités.", ("36", "40", "94", "100")),
    "es": ("El incendio dejó {n} muertos, según las autoridades.", ("36", "40", "94", "100")),
}


@pytest.mark.parametrize("lang", sorted(TIED_TOLLS))
def test_a_toll_told_in_tied_pieces_is_one_conflict(checked, lang):
    text, figures = TIED_TOLLS[lang]
    days = [EARLY, EARLY, LATE, LATE]
    facts = checked(*((lang, text.format(n=n), day) for n, day in zip(figures, days)), slot="deaths")
    told = [sorted(c.text for _, c in f.members) for f in facts]
    assert len(told) == 1 and len(told[0]) == 4 and facts[0].verdict == "conflicting", told


@pytest.mark.parametrize("lang", sorted(TIED_TOLLS))
def test_a_toll_of_undated_reports_says_which_is_newest_is_open(checked, lang):
    text, figures = TIED_TOLLS[lang]
    facts = checked((lang, text.format(n=figures[0]), None), (lang, text.format(n=figures[2]), None), slot="deaths")
    assert len(facts) == 1 and facts[0].verdict == "conflicting", [f.explanation for f in facts]
    assert "undated reports leave open which is newest" in facts[0].explanation, facts[0].explanation


@pytest.mark.parametrize("lang", sorted(MAIN_AND_EARLY))
def test_a_first_night_figure_a_sixth_of_the_toll_most_reports_give_joins_it(checked, lang):
    # a fire's 13 dead the first night, 83 the next day: a toll grows sixfold as reports follow it
    told, facts = _main_and_early(checked, lang, "16", EARLY, LATE)
    assert len(told) == 1 and len(told[0]) == 3 and not any("40" in t for t in told[0]), [
        (f.key, [c.text for _, c in f.members]) for f in facts
    ]
