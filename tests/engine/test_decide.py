"""Verdicts through cross_check on hand-made claims: intervals, currencies, lists, dates, copies."""

from dataclasses import replace
from datetime import date

from tests.engine.crosscheck_factories import claim, count, day, doc, listing, money, ranking
from verification.engine.crosscheck import cross_check

WIRE = (
    "The company said on Tuesday it would open a research laboratory in the city, hiring engineers and "
    "researchers over the coming years, according to a statement released by the ministry of trade and "
    "industry, which said the investment would strengthen the local artificial intelligence ecosystem "
    "and support customers and partners across the region. "
)


def check(claims_by_doc, texts=None, publishers=None, published=date(2026, 5, 21)):
    texts, publishers = texts or {}, publishers or {}
    docs = [
        doc(
            k,
            texts.get(k, f"Independent report number {k} with its own words."),
            publisher=publishers.get(k, ""),
            published=published,
        )
        for k in claims_by_doc
    ]
    return cross_check(docs, claims_by_doc)


def only(facts):
    assert len(facts) == 1, [(f.key, [(k, c.text) for k, c in f.members]) for f in facts]
    return facts[0]


def test_over_200_and_more_than_200_agree():
    f = only(
        check(
            {
                "a": [count(200, "jobs", "over 200", qualifier="over")],
                "b": [count(200, "people", "more than 200 people", qualifier="over")],
            }
        )
    )
    assert f.verdict == "corroborated" and f.independent_sources == 2


def test_exact_numbers_outside_tolerance_conflict():
    f = only(check({"a": [count(200, "jobs", "200 jobs")], "b": [count(250, "jobs", "250 jobs")]}))
    assert f.verdict == "conflicting" and f.conflicts == [("a", "b")]


def test_about_widens_the_interval():
    f = only(check({"a": [count(234, "jobs", "about 234", qualifier="about")], "b": [count(240, "jobs", "240")]}))
    assert f.verdict == "corroborated"


def test_rounding_within_tolerance_agrees():
    f = only(check({"a": [money(6.4e9, "USD", "$6.4 billion")], "b": [money(6.43e9, "USD", "$6.43 billion")]}))
    assert f.verdict == "corroborated"


def test_a_range_and_a_figure_inside_it_are_two_statements_never_a_conflict():
    facts = check(
        {
            "a": [
                claim(
                    "count",
                    "jobs.count",
                    "openai",
                    {"low": 5, "high": 10, "qualifier": "range", "unit": "jobs"},
                    "five to 10",
                )
            ],
            "b": [count(8, "jobs", "eight")],
        }
    )
    assert len(facts) == 2 and {f.verdict for f in facts} == {"single_source"}


def test_currency_conversion_sgd_usd_agree_at_may_2026_rate():
    facts = check(
        {
            "000": [money(300e6, "SGD", "S$300 million")],
            "001": [money(234e6, "USD", "USD 234 million", qualifier="about")],
            "002": [money(300e6, "SGD", "S$300 million")],
        }
    )
    f = only(facts)
    assert f.verdict == "corroborated" and f.independent_sources == 3
    assert "which is S$30" in f.explanation and "at the ECB rate of " in f.explanation
    assert f.explanation.startswith("000 and 002 say S$300 million; 001 says USD 234 million")


def test_currency_conversion_detects_real_difference():
    f = only(check({"a": [money(300e6, "SGD", "S$300 million")], "b": [money(300e6, "USD", "US$300 million")]}))
    assert f.verdict == "conflicting"


def test_list_missing_item_conflicts_and_says_which():
    sectors = ["finance", "public-services", "healthcare", "digital-infrastructure"]
    f = only(
        check(
            {
                "a": [listing(sectors, "four sectors", declared=4)],
                "b": [listing(sectors + ["education"], "five sectors")],
                "c": [listing(sectors, "the same four")],
            },
            publishers={"b": "marsbit"},
        )
    )
    assert f.verdict == "conflicting"
    assert "education" in f.explanation and "marsbit" in f.explanation


def test_same_lists_in_other_order_agree():
    f = only(
        check(
            {
                "a": [listing(["paris", "london"], "Paris and London")],
                "b": [listing(["london", "paris"], "London and Paris")],
            }
        )
    )
    assert f.verdict == "corroborated"


def test_declared_count_contradicted_conflicts():
    f = only(
        check(
            {
                "a": [listing([], "three pillars", declared=3)],
                "b": [listing(["talent", "adoption", "access", "research"], "four areas")],
            }
        )
    )
    assert f.verdict == "conflicting"


def test_partial_list_naming_fewer_items_does_not_conflict():
    f = only(
        check(
            {
                "a": [listing(["paris", "london"], "offices including Paris and London", partial=True)],
                "b": [listing(["london", "paris", "tokyo"], "Paris, London and Tokyo")],
            }
        )
    )
    assert f.verdict == "corroborated"


def test_dates_overlap_agree_and_different_years_conflict():
    f = only(
        check(
            {
                "a": [day("2024-01-01", "2024", end="2024-12-31", granularity="year")],
                "b": [day("2024-11-05", "November 2024", end="2024-11-30", granularity="month")],
            }
        )
    )
    assert f.verdict == "corroborated"
    f = only(
        check({"a": [day("2017-01-01", "2017", end="2017-12-31")], "b": [day("2016-01-01", "2016", end="2016-12-31")]})
    )
    assert f.verdict == "conflicting"


def test_unresolved_relative_date_never_conflicts():
    vague = claim(
        "date", "office.opening", "openai", {"granularity": "period", "resolved": False, "relative": True}, "soon"
    )
    f = only(check({"a": [day("2024-12-01", "December", end="2024-12-31")], "b": [vague]}))
    assert f.verdict != "conflicting"


def test_ordinals_that_differ_conflict():
    f = only(
        check(
            {
                "a": [ranking("second office in Asia", ordinal=2, scope="asia")],
                "b": [ranking("third office in Asia", ordinal=3, scope="asia")],
            }
        )
    )
    assert f.verdict == "conflicting"


def test_repeats_in_one_article_are_one_source():
    f = only(check({"a": [count(200, "jobs", "200 jobs"), count(200, "jobs", "200 positions", start=50)]}))
    assert f.verdict == "single_source" and f.independent_sources == 1
    assert "counted once" in f.explanation


def test_copied_sources_are_not_independent():
    texts = {"a": WIRE * 3, "b": WIRE * 3 + "Shares rose.", "c": "A separate report with its own wording entirely."}
    facts = check({"a": [count(200, "jobs", "200 jobs")], "b": [count(200, "jobs", "200 jobs")]}, texts)
    f = only(facts)
    assert f.verdict == "single_source" and f.independent_sources == 1
    assert f.dependent_pairs and f.dependent_pairs[0][:2] == ("a", "b")
    assert "not independent" in f.explanation
    facts = check(
        {
            "a": [count(200, "jobs", "200 jobs")],
            "b": [count(200, "jobs", "200 jobs")],
            "c": [count(200, "jobs", "200 jobs")],
        },
        texts,
    )
    f = only(facts)
    assert f.verdict == "corroborated" and f.independent_sources == 2


def test_same_wire_credit_with_shared_wording_is_dependent():
    body = WIRE * 2
    texts = {
        "a": "SINGAPORE (Reuters) - " + body + "Local reaction was muted, analysts said in a note.",
        "b": "SINGAPORE (Reuters) - " + body[: len(body) // 2] + " Our own reporting adds more detail " * 20,
    }
    f = only(check({"a": [count(200, "jobs", "200 jobs")], "b": [count(200, "jobs", "200 jobs")]}, texts))
    assert f.independent_sources == 1


def test_confidence_in_range_and_higher_with_more_sources():
    two = only(check({"a": [count(200, "jobs", "200")], "b": [count(200, "jobs", "200")]}))
    three = only(
        check({"a": [count(200, "jobs", "200")], "b": [count(200, "jobs", "200")], "c": [count(200, "jobs", "200")]})
    )
    assert 0 < two.confidence < three.confidence <= 1


def test_bare_dollar_read_as_local_currency_does_not_make_a_false_conflict():
    local = money(10e9, "SGD", "$10 billion")
    local = claim(
        "money",
        "investment.amount",
        "openai",
        {**local.value, "assumed": True, "currency_basis": "context"},
        "$10 billion",
    )
    f = only(check({"a": [local], "b": [money(10e9, "USD", "US$10 billion")]}))
    assert f.verdict == "corroborated"


def test_figures_dated_to_different_years_are_different_facts():
    a = count(200, "jobs", "200 jobs", date_context={"start": "2024-01-01", "end": "2024-12-31", "resolved": True})
    b = count(
        500, "jobs", "500 jobs by 2030", date_context={"start": "2030-01-01", "end": "2030-12-31", "resolved": True}
    )
    facts = check({"a": [a], "b": [b]})
    assert len(facts) == 2 and all(f.verdict == "single_source" for f in facts)


def test_roles_conflict_only_at_the_same_named_organisation():
    def role(person, r, org, text):
        return claim("role", "role", person, {"person": person, "name": person, "role": r, "org": org}, text)

    f = only(
        check(
            {
                "a": [role("jane-doe", "ceo", "acme", "CEO Jane Doe")],
                "b": [role("jane-doe", "cfo", "acme", "CFO Jane Doe")],
            }
        )
    )
    assert f.verdict == "conflicting"
    f = only(
        check(
            {
                "a": [role("jane-doe", "chair", "", "Jane Doe, chair")],
                "b": [role("jane-doe", "founder", "", "founder Jane Doe")],
            }
        )
    )
    assert f.verdict != "conflicting"


def test_open_ended_dates_compare():
    by_2025 = claim(
        "date",
        "office.opening",
        "openai",
        {
            "start": None,
            "end": "2025-12-31",
            "granularity": "year",
            "resolved": True,
            "relative": False,
            "qualifier": "by",
        },
        "by 2025",
    )
    f = only(check({"a": [by_2025], "b": [day("2024-04-01", "April 2024", end="2024-04-30")]}))
    assert f.verdict == "corroborated"


def test_explanation_mentions_the_conversion_when_a_source_restates_in_another_currency():
    f = only(
        check(
            {
                "a": [money(300e6, "SGD", "S$300 million")],
                "b": [
                    money(300e6, "SGD", "SGD 300 million"),
                    money(234e6, "USD", "USD 234 million", qualifier="about", start=20),
                ],
            }
        )
    )
    assert "USD 234 million, which is S$300 million at the ECB rate of 21 May 2026" in f.explanation


def test_relative_date_of_an_undated_article_resolves_against_the_story_date():
    import pytest

    pytest.importorskip("verification.engine.dates")
    from verification.engine.claims import Document

    dated = Document("a", "OpenAI will open the office in December.", language="en", published=date(2024, 5, 13))
    undated = Document("b", "Das Büro soll Ende dieses Jahres eröffnen.", language="de", published=None)
    vague = claim(
        "date",
        "office.opening",
        "openai",
        {
            "start": None,
            "end": None,
            "granularity": "period",
            "resolved": False,
            "relative": True,
            "spec": {"year_offset": 0, "part": "end"},
        },
        "Ende dieses Jahres",
    )
    facts = cross_check(
        [dated, undated], {"a": [day("2024-12-01", "in December", end="2024-12-31", granularity="month")], "b": [vague]}
    )
    f = only(facts)
    assert f.verdict == "corroborated"
    assert dict(f.members)["b"] is vague  # the caller's own claim object comes back
    facts = cross_check(
        [dated, undated],
        {"a": [day("2025-06-01", "in June 2025", end="2025-06-30", granularity="month")], "b": [vague]},
    )
    assert only(facts).verdict != "conflicting"  # a borrowed anchor may support, never contradict


def test_list_introduced_by_an_example_cue_is_partial_in_any_language():
    from verification.engine.claims import Document

    de = "OpenAI eröffnet neue Büros in mehreren Städten, darunter Paris und Brüssel."
    start = de.index("Paris")
    partial = claim(
        "list",
        "office.locations.new",
        "openai",
        {"items": ["brussels", "paris"], "declared_count": None},
        de[start:-1],
        start=start,
        sentence=(0, len(de)),
    )
    en = "OpenAI opens offices in Paris, Brussels and Seattle."
    full = claim(
        "list",
        "office.locations.new",
        "openai",
        {"items": ["brussels", "paris", "seattle"], "declared_count": None},
        "Paris, Brussels and Seattle",
        start=en.index("Paris"),
        sentence=(0, len(en)),
    )
    docs = [Document("de", de, language="de"), Document("en", en, language="en")]
    assert only(cross_check(docs, {"de": [partial], "en": [full]})).verdict == "corroborated"
    closed = "OpenAI eröffnet neue Büros in Paris und Brüssel."
    start = closed.index("Paris")
    complete = claim(
        "list",
        "office.locations.new",
        "openai",
        {"items": ["brussels", "paris"], "declared_count": None},
        closed[start:-1],
        start=start,
        sentence=(0, len(closed)),
    )
    docs = [Document("de", closed, language="de"), Document("en", en, language="en")]
    f = only(cross_check(docs, {"de": [complete], "en": [full]}))
    assert f.verdict == "conflicting" and "seattle" in f.explanation


def test_an_article_naming_a_list_twice_is_judged_on_all_it_names():
    sectors = ["finance", "public-services", "healthcare", "digital-infrastructure"]
    f = only(
        check(
            {
                "a": [listing(sectors, "four sectors", declared=4)],
                "b": [
                    listing(sectors[:3] + ["education"], "summary list", partial=True),
                    listing(sectors + ["education"], "body list", start=300, partial=True),
                ],
            }
        )
    )
    assert f.verdict == "conflicting" and "counts 4 but" in f.explanation and "names 5" in f.explanation


def test_the_explanation_names_a_source_without_an_outlet_by_its_reference():
    docs = [
        replace(doc(k, f"Independent report number {k} with its own words.", publisher=pub), reference=f"article {k}")
        for k, pub in (("7", ""), ("8", "Wire"), ("9", "Wire"))
    ]
    claims = {
        "7": [money(300e6, "SGD", "S$300 million")],
        "8": [money(320e6, "SGD", "S$320 million")],
        "9": [money(300e6, "SGD", "S$300 million")],
    }
    f = only(cross_check(docs, claims))
    assert f.explanation.startswith("article 7 and Wire (article 9) say S$300 million; Wire (article 8) says")
