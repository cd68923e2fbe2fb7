"""Alignment: which claims are one fact, which stay apart, and stable keys."""

import random

from tests.engine.crosscheck_factories import claim, count, day, doc, listing, money, ranking, relation
from verification.engine.align import SubjectMatcher, alias, align_claims
from verification.engine.compare import ComparisonContext
from verification.engine.rates import default_rates

CTX = ComparisonContext(rates=default_rates())


def _align(claims_by_doc):
    docs = {k: doc(k) for k in claims_by_doc}
    return align_claims(docs, claims_by_doc, CTX)


def _groups(facts):
    return sorted(sorted((k, c.text) for k, c in f.members) for f in facts)


def test_same_amount_in_two_currencies_is_one_fact():
    facts = _align(
        {
            "a": [money(300e6, "SGD", "S$300 million")],
            "b": [
                money(300e6, "SGD", "300 million Singapore dollars"),
                money(234e6, "USD", "234 million USD", qualifier="about", start=40),
            ],
        }
    )
    assert len(facts) == 1 and len(facts[0].members) == 3


def test_pre_and_post_money_valuation_stay_apart():
    facts = _align(
        {
            "a": [money(1e9, "USD", "$1bn pre-money", slot="valuation.pre_money")],
            "b": [money(1.2e9, "USD", "$1.2bn post-money", slot="valuation.post_money")],
        }
    )
    assert len(facts) == 2


def test_pre_and_post_money_apart_when_marked_in_value_basis():
    a = money(1e9, "USD", "$1bn", slot="valuation", basis="pre_money")
    b = money(1.2e9, "USD", "$1.2bn", slot="valuation", basis="post_money")
    assert len(_align({"a": [a], "b": [b]})) == 2


def test_addition_and_total_stay_apart():
    facts = _align(
        {
            "a": [count(200, "jobs", "200 new jobs", slot="jobs.added")],
            "b": [count(1200, "jobs", "1,200 jobs in total", slot="jobs.total")],
        }
    )
    assert len(facts) == 2


def test_ordinal_and_one_of_n_stay_apart():
    facts = _align(
        {
            "a": [ranking("fourth international office", ordinal=4)],
            "b": [ranking("one of four new offices", of_total=4)],
        }
    )
    assert len(facts) == 2 and {f.key for f in facts} == {f.key for f in facts}
    assert all(len(f.members) == 1 for f in facts)


def test_investment_and_national_budget_in_one_article_stay_apart():
    """An article stating two different amounts for one slot states two things."""
    facts = _align(
        {
            "a": [
                money(300e6, "SGD", "S$300 million", qualifier="over"),
                money(1e9, "SGD", "S$1 billion", qualifier="over", start=200),
            ],
            "b": [money(300e6, "SGD", "300 million Singapore dollars", qualifier="over")],
        }
    )
    assert _groups(facts) == [[("a", "S$1 billion")], [("a", "S$300 million"), ("b", "300 million Singapore dollars")]]


def test_far_apart_amounts_from_different_sources_are_different_things():
    facts = _align({"a": [money(300e6, "USD", "$300 million")], "b": [money(6.4e9, "USD", "$6.4 billion")]})
    assert len(facts) == 2


def test_nearby_different_amounts_stay_one_fact_to_be_judged():
    facts = _align({"a": [money(300e6, "USD", "$300 million")], "b": [money(350e6, "USD", "$350 million")]})
    assert len(facts) == 1


def test_repeats_in_one_article_are_one_statement():
    facts = _align({"a": [count(200, "jobs", "200 jobs"), count(200, "jobs", "200 positions", start=90)]})
    assert len(facts) == 1 and len(facts[0].statements) == 1 and len(facts[0].members) == 2


def test_different_partners_are_different_facts_not_a_conflict():
    facts = _align({"a": [relation("mddi", "the ministry")], "b": [relation("ai-singapore", "AI Singapore")]})
    assert len(facts) == 2


def test_missing_subject_takes_the_only_subject_of_the_story():
    facts = _align({"a": [count(200, "jobs", "200 jobs")], "b": [count(200, "jobs", "200 jobs", subject="")]})
    assert len(facts) == 1 and facts[0].subject == "openai"


def test_lists_with_little_overlap_are_different_facts():
    facts = _align(
        {
            "a": [listing(["finance", "healthcare", "public-services", "digital-infrastructure"], "l1")],
            "b": [
                listing(["finance", "healthcare", "public-services", "digital-infrastructure", "education"], "l2"),
                listing(["tokyo", "london", "dublin"], "l3", start=300),
            ],
        }
    )
    assert _groups(facts) == [[("a", "l1"), ("b", "l2")], [("b", "l3")]]


def test_every_claim_in_exactly_one_fact():
    cb = {
        "a": [
            money(300e6, "SGD", "m1"),
            count(200, "jobs", "c1"),
            day("2024-05-01", "d1"),
            relation("mddi", "r1"),
            claim("quote", "quote", "openai", {"speaker": "altman", "words": "hi"}, "q"),
        ],
        "b": [money(1e9, "SGD", "m2"), count(10, "offices", "c2", slot="offices.count"), day("2026-05-20", "d2")],
    }
    facts = _align(cb)
    members = [(k, id(c)) for f in facts for k, c in f.members]
    assert len(members) == len(set(members)) == sum(len(v) for v in cb.values())


def test_keys_are_stable_across_runs_and_input_order():
    cb = {
        "a": [
            money(300e6, "SGD", "S$300 million"),
            money(1e9, "SGD", "S$1 billion", start=200),
            count(200, "jobs", "200 jobs", start=400),
        ],
        "b": [money(300e6, "SGD", "300 million Singapore dollars"), ranking("fourth office", ordinal=4)],
        "c": [ranking("one of four offices", of_total=4), count(200, "jobs", "over 200", qualifier="over")],
    }
    keys = [f.key for f in _align(cb)]
    for seed in range(5):
        rnd = random.Random(seed)
        shuffled = {}
        for k in rnd.sample(sorted(cb), len(cb)):
            shuffled[k] = rnd.sample(cb[k], len(cb[k]))
        assert [f.key for f in _align(shuffled)] == keys
    assert len(set(keys)) == len(keys)
    assert all("openai" in k for k in keys)


def test_main_fact_keeps_its_key_when_a_new_source_splits_the_identity():
    before = _align({"a": [money(300e6, "SGD", "S$300 million")], "b": [money(300e6, "SGD", "S$300m")]})
    after = _align(
        {
            "a": [money(300e6, "SGD", "S$300 million")],
            "b": [money(300e6, "SGD", "S$300m")],
            "c": [money(300e6, "SGD", "S$300m"), money(5e9, "SGD", "S$5 billion", start=100)],
        }
    )
    assert len(before) == 1 and len(after) == 2
    assert before[0].key in {f.key for f in after}
    main = next(f for f in after if f.key == before[0].key)
    assert len(main.statements) == 3


def test_where_something_is_hosted_is_one_fact_that_can_conflict():
    facts = _align(
        {
            "a": [relation("nus", "hosted at NUS", rel="hosted_at", slot="hosted_at", subject="ai-singapore")],
            "b": [relation("ntu", "hosted at NTU", rel="hosted_at", slot="hosted_at", subject="ai-singapore")],
        }
    )
    assert len(facts) == 1


def test_founders_may_be_many():
    facts = _align(
        {
            "a": [relation("x", "founded by X", rel="founded_by", slot="founded_by")],
            "b": [relation("y", "founded by Y", rel="founded_by", slot="founded_by")],
        }
    )
    assert len(facts) == 2


def test_one_figure_named_by_different_words_is_one_fact():
    docs = {"a": doc("a"), "b": doc("b")}
    cb = {
        "a": [money(4e9, "USD", "$4 billion", slot="funding_round.amount", subject="acme")],
        "b": [money(4e9, "USD", "$4bn", slot="investment.amount", subject="acme robotics")],
    }
    facts = align_claims(docs, cb, CTX)
    assert len(facts) == 1 and {d for d, _ in facts[0].members} == {"a", "b"}


def test_different_figures_under_different_words_stay_apart():
    docs = {"a": doc("a"), "b": doc("b")}
    cb = {
        "a": [money(4e9, "USD", "$4 billion", slot="funding_round.amount", subject="acme")],
        "b": [money(9e9, "USD", "$9bn", slot="valuation", subject="acme")],
    }
    assert len(align_claims(docs, cb, CTX)) == 2


def test_a_figure_of_three_digits_joins_across_a_misread_subject():
    docs = {
        "a": doc("a", "The CDU/CSU of Friedrich Merz won 28.6%."),
        "b": doc("b", "Friedrich Merz and the CSU: 28.5%."),
    }
    cb = {
        "a": [
            claim(
                "percent",
                "vote_share.percent",
                "friedrich merz",
                {"low": 28.6, "high": 28.6, "qualifier": "exact", "unit": "%", "step": 0.1},
                "28.6%",
            )
        ],
        "b": [
            claim(
                "percent",
                "vote_share.percent",
                "csu",
                {"low": 28.5, "high": 28.5, "qualifier": "exact", "unit": "%", "step": 0.1},
                "28.5%",
            )
        ],
    }
    assert len(align_claims(docs, cb, CTX)) == 1


def test_small_counts_of_one_actor_that_differ_conflict_as_one_fact():
    facts = _align(
        {
            "a": [count(3, "factories", "three factories", slot="factories.count", subject="volkswagen")],
            "b": [count(2, "factories", "deux usines", slot="factories.count", subject="vw")],
        }
    )
    assert len(facts) == 1


def _minute(n, subject, text):
    return count(n, "match_minute", text, slot="match_minute", subject=subject, step=1.0)


def test_a_statement_joins_the_fact_where_another_statement_names_its_actor():
    # one report took the minute's subject from the wrong name ("Rovers", a name every article also gives)
    docs = {k: doc(k, "Rovers striker Lena Holt scored.") for k in "acd"} | {"b": doc("b", "The visitors scored.")}
    facts = align_claims(
        docs,
        {
            "a": [_minute(61, "lena holt", "61st minute")],
            "b": [_minute(61, "visitors", "61. Minute")],
            "c": [_minute(61, "rovers striker lena holt", "61e minute")],
            "d": [_minute(61, "rovers", "minuto 61")],
        },
        CTX,
    )
    assert len(facts) == 1


def test_a_figure_joins_the_same_figure_another_article_gives_another_actor():
    # b's subject may be read from the wrong name of its sentence: the same minute is the one goal, and a's
    # other figure for the actor b names stays a fact of its own
    docs = {"a": doc("a", "Lena Holt scored first, Mia Berg later."), "b": doc("b", "Mia Berg scored.")}
    facts = align_claims(
        docs,
        {
            "a": [_minute(61, "lena holt", "61st minute"), _minute(75, "mia berg", "75th minute")],
            "b": [_minute(61, "mia berg", "61e minute")],
        },
        CTX,
    )
    assert sorted(sorted(c.text for _, c in f.members) for f in facts) == [
        ["61e minute", "61st minute"],
        ["75th minute"],
    ]


def test_an_actor_merely_named_beside_a_figure_does_not_keep_it_apart():
    # one report took the age's subject from the court it names; another report names the court too
    docs = {
        "a": doc("a", "The Avignon court heard Dominique Pelicot, 72."),
        "b": doc("b", "Dominique Pelicot, 72, was heard in Avignon."),
    }
    facts = align_claims(
        docs,
        {
            "a": [count(72, "age", "72", slot="age", subject="avignon", step=1.0)],
            "b": [count(72, "age", "72", slot="age", subject="dominique pelicot", step=1.0)],
        },
        CTX,
    )
    assert len(facts) == 1


def test_an_abbreviation_names_one_actor_in_either_order():
    assert alias("volkswagen", "vw") and alias("vw", "volkswagen")
    assert alias("europäische zentralbank", "ezb") and alias("ezb", "europäische zentralbank")
    assert not alias("volkswagen", "bmw") and not alias("bmw", "volkswagen")


def test_an_organisation_named_in_two_languages_is_one_actor_whose_differing_figures_conflict():
    docs = {
        "de": doc("de", "Die Europäische Zentralbank stellt 1000 Leute ein.", language="de"),
        "fr": doc("fr", "La BCE va embaucher 1200 personnes.", language="fr"),
    }
    facts = align_claims(
        docs,
        {
            "de": [count(1000, "people", "1000 Leute", subject="europaische zentralbank")],
            "fr": [count(1200, "people", "1200 personnes", subject="bce")],
        },
        CTX,
    )
    assert _groups(facts) == [[("de", "1000 Leute"), ("fr", "1200 personnes")]]


def _rate(x, text, step):
    """A central bank's rate, written with the step of its last digit."""
    return claim(
        "percent",
        "interest_rate.percent",
        "ecb",
        {"low": x, "high": x, "qualifier": "exact", "unit": "%", "step": step},
        text,
    )


def test_two_exact_figures_of_one_article_are_two_facts_even_where_one_rounds_the_other():
    facts = _align({"a": [_rate(4.0, "4%", 1.0), _rate(3.75, "3.75%", 0.01)], "b": [_rate(3.8, "3.8%", 0.1)]})
    groups = _groups(facts)
    assert len(groups) == 2 and not any({("a", "4%"), ("a", "3.75%")} <= set(g) for g in groups)
    assert ("b", "3.8%") in groups[0] + groups[1]


def test_a_statement_joins_the_fact_that_says_the_same_before_one_of_its_actor_that_says_otherwise():
    # a: the alliance's 143 seats (its subject read from its leader's name) and the party's own 126; b: "the
    # party and its allies won 143 seats"
    def seats(n, subject, start):
        return count(n, "seats", f"{n} seats", slot="seats", subject=subject, start=start)

    facts = _align(
        {
            "a": [seats(143, "jordan bardella", 0), seats(126, "rassemblement national", 40)],
            "b": [seats(143, "rassemblement national", 0)],
        }
    )
    assert _groups(facts) == [[("a", "126 seats")], [("a", "143 seats"), ("b", "143 seats")]]


def _percent(n, unit, text, *, slot, subject=""):
    return claim("percent", slot, subject, {"low": n, "high": n, "qualifier": "exact", "unit": unit}, text)


def test_one_figure_written_as_a_percentage_and_as_points_is_one_fact():
    """Reports write one share or change "71.63%" and "71,63 puntos porcentuales": a figure of three or more digits
    names one thing in either unit."""
    facts = _align(
        {
            "a": [_percent(71.63, "percent", "71.63%", slot="turnout.percent")],
            "b": [_percent(71.6, "percent", "71.6%", slot="turnout.percent")],
            "c": [_percent(71.63, "pp", "71,63 puntos porcentuales", slot="rate_change")],
        }
    )
    assert _groups(facts) == [[("a", "71.63%"), ("b", "71.6%"), ("c", "71,63 puntos porcentuales")]]


def test_a_percentage_and_points_of_different_figures_stay_apart():
    facts = _align(
        {
            "a": [_percent(71.63, "percent", "71.63%", slot="turnout.percent")],
            "b": [_percent(25.1, "pp", "25.1 points", slot="rate_change")],
        }
    )
    assert len(facts) == 2


def test_an_addition_stays_apart_from_a_total_of_another_concept():
    """ "1,090 personnel" deployed and "about 1,000 more" sent: two figures of one article, however close, and
    whatever words name what they count."""
    facts = _align(
        {
            "a": [
                count(1090, "personnel", "1,090 personnel", slot="responders"),
                count(
                    1000,
                    "personnel",
                    "about 1,000 more troops",
                    slot="deployed",
                    qualifier="about",
                    start=60,
                    addition=True,
                ),
            ],
            "b": [count(1090, "personnel", "1,090 soldiers", slot="responders")],
        }
    )
    assert _groups(facts) == [[("a", "1,090 personnel"), ("b", "1,090 soldiers")], [("a", "about 1,000 more troops")]]


def test_a_rounded_figure_joins_the_nearest_of_the_facts_it_may_round():
    """ "4 %" may round 4.00% as well as 3.75%: it joins the fact whose figure it is nearest, whatever order the
    reports come in."""

    for keys in (("a", "b", "c", "d"), ("d", "c", "b", "a")):
        facts = _align(
            {
                keys[0]: [_rate(3.75, "3.75%", 0.01)],
                keys[1]: [_rate(3.75, "3,75 %", 0.01), _rate(4.0, "4,00 %", 0.01)],
                keys[2]: [_rate(4.0, "4.00%", 0.01)],
                keys[3]: [_rate(4.0, "4 %", 1.0)],
            }
        )
        fact = next(f for f in facts if any(c.text == "4 %" for _, c in f.members))
        assert {c.text for _, c in fact.members} == {"4,00 %", "4.00%", "4 %"}


def test_an_article_that_gives_a_figure_to_an_actor_spelt_out_tells_its_acronym_apart_from_the_others():
    # the Spanish report gives seats to "Alianza Democrática" and to the socialists: another report's "AD" is the
    # alliance, never the socialists, wherever a subject was read
    docs = {"es": doc("es", "La AD y los socialistas.", language="es"), "en": doc("en", "The AD won.")}
    subjects = SubjectMatcher(docs, {"es": [], "en": []})
    stated = {"es": {"alianza democratica", "socialist"}, "en": {"ad"}}
    assert subjects.score("en", "ad", "es", "socialist", stated) == 0.0
    assert subjects.score("en", "ad", "es", "alianza democratica", stated) == 1.0


def test_a_surname_an_article_gives_a_figure_does_not_tell_the_full_name_apart():
    # "Weil Courtois", "Courtois": a short form read from the words around a figure is as often another's
    docs = {
        "de": doc("de", "Courtois hielt, Carvajal traf.", language="de"),
        "en": doc("en", "Thibaut Courtois saved."),
    }
    subjects = SubjectMatcher(docs, {"de": [], "en": []})
    stated = {"de": {"courtois", "carvajal"}, "en": {"thibaut courtois"}}
    assert subjects.score("en", "thibaut courtois", "de", "carvajal", stated) > 0.0
