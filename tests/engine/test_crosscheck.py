"""The per-story entry point: every claim in one fact, stable keys, readable explanations."""

import random
from datetime import date

from tests.engine.crosscheck_factories import count, doc, listing, money, ranking, relation
from verification.engine.concepts import concept_label
from verification.engine.crosscheck import CheckedFact, cross_check
from verification.engine.extract import extract_claims
from verification.engine.rates import RateTable


def story():
    docs = [
        doc("000", "First article text.", publisher="Tech Daily"),
        doc("001", "Second article text.", publisher="marsbit"),
        doc("002", "Third article text.", publisher="Brief IA"),
    ]
    sectors = ["finance", "public-services", "healthcare", "digital-infrastructure"]
    cb = {
        "000": [
            money(300e6, "SGD", "S$300 million", qualifier="over"),
            count(200, "jobs", "more than 200", qualifier="over", start=30),
            listing(sectors, "four sectors", declared=4, start=60),
            ranking("first lab outside the United States", ordinal=1, category="lab", scope="outside:us", start=90),
        ],
        "001": [
            money(300e6, "SGD", "300 million Singapore dollars", qualifier="over"),
            money(234e6, "USD", "234 million USD", qualifier="about", start=40),
            money(1e9, "SGD", "over 1 billion Singapore dollars", qualifier="over", start=400),
            count(200, "people", "over 200 people", qualifier="over", start=80),
            listing(sectors + ["education"], "five sectors", start=120),
            relation("google", "partnership with Google", start=200),
        ],
        "002": [
            money(300e6, "SGD", "300 million Singapore dollars", qualifier="over"),
            count(200, "positions", "over 200 technical positions", qualifier="over", start=50),
            listing(sectors, "four again", start=70),
            ranking(
                "the first of its kind outside the United States",
                ordinal=1,
                category="lab",
                scope="outside:us",
                start=100,
            ),
        ],
    }
    return docs, cb


def by_text(facts):
    return {tuple(sorted((k, c.text) for k, c in f.members)): f for f in facts}


def test_story_verdicts():
    docs, cb = story()
    facts = cross_check(docs, cb)
    assert all(isinstance(f, CheckedFact) for f in facts)
    verdicts = {f.kind + ":" + f.verdict for f in facts}
    got = by_text(facts)
    inv = got[
        (
            ("000", "S$300 million"),
            ("001", "234 million USD"),
            ("001", "300 million Singapore dollars"),
            ("002", "300 million Singapore dollars"),
        )
    ]
    assert inv.verdict == "corroborated" and inv.independent_sources == 3
    assert got[(("001", "over 1 billion Singapore dollars"),)].verdict == "single_source"
    assert "list:conflicting" in verdicts and "ranking:corroborated" in verdicts
    assert sum(f.verdict == "conflicting" for f in facts) == 1
    assert got[(("001", "partnership with Google"),)].verdict == "single_source"


def test_every_claim_in_exactly_one_fact():
    docs, cb = story()
    facts = cross_check(docs, cb)
    members = [(k, id(c)) for f in facts for k, c in f.members]
    assert len(members) == len(set(members)) == sum(len(v) for v in cb.values())


def test_keys_stable_across_runs_and_order():
    docs, cb = story()
    first = [(f.key, f.verdict) for f in cross_check(docs, cb)]
    assert first == [(f.key, f.verdict) for f in cross_check(docs, cb)]
    rnd = random.Random(7)
    docs2 = rnd.sample(docs, len(docs))
    cb2 = {k: rnd.sample(v, len(v)) for k, v in reversed(list(cb.items()))}
    assert first == [(f.key, f.verdict) for f in cross_check(docs2, cb2)]
    assert len({k for k, _ in first}) == len(first)


def test_explanations_name_sources_by_publisher():
    docs, cb = story()
    facts = cross_check(docs, cb)
    lst = next(f for f in facts if f.kind == "list")
    assert "education" in lst.explanation and "marsbit" in lst.explanation
    for f in facts:
        assert f.explanation.endswith(".") and len(f.explanation) < 600


def test_custom_rate_table_changes_the_outcome():
    docs = [doc("a", published=date(2026, 5, 1)), doc("b", published=date(2026, 5, 1))]
    cb = {"a": [money(300e6, "SGD", "S$300 million")], "b": [money(234e6, "USD", "US$234 million")]}
    assert cross_check(docs, cb)[0].verdict == "corroborated"
    odd = RateTable.from_rows([("2026-05", "SGD", 0.6)])  # S$300m = US$180m: near, yet not US$234m
    assert cross_check(docs, cb, rates=odd)[0].verdict == "conflicting"


def test_empty_inputs():
    assert cross_check([], {}) == []
    assert cross_check([doc("a")], {"a": []}) == []


# ---- robustness: whatever a stored value holds, every claim ends in one fact and nothing crashes

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from verification.engine.claims import KINDS, Claim, Document  # noqa: E402
from verification.engine.cluster import cluster_documents  # noqa: E402

_junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10, 10**12),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.lists(st.text(max_size=5), max_size=4),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
_value = st.one_of(
    st.none(),
    st.dictionaries(
        st.sampled_from(
            [
                "low",
                "high",
                "qualifier",
                "unit",
                "currency",
                "start",
                "end",
                "resolved",
                "relative",
                "entity",
                "relation",
                "person",
                "role",
                "org",
                "items",
                "declared_count",
                "ordinal",
                "of_total",
                "category",
                "scope",
                "speaker",
                "words",
                "direction",
                "factor",
                "assumed",
            ]
        ),
        _junk,
        max_size=8,
    ),
)
_claim = st.builds(
    lambda kind, slot, subject, value, i: Claim(kind, slot, subject, value, i, i + 1, "v", 0, 1),
    st.sampled_from(KINDS),
    st.sampled_from(["a", "b.c"]),
    st.sampled_from(["", "x", "y"]),
    _value,
    st.integers(0, 50),
)


@given(st.lists(st.lists(_claim, max_size=5), min_size=1, max_size=4))
def test_cross_check_never_crashes_and_keeps_every_claim(claim_lists):
    docs = [Document(key=str(i), text="some text " * i, published=date(2025, 1, 1)) for i in range(len(claim_lists))]
    cb = {str(i): cl for i, cl in enumerate(claim_lists)}
    facts = cross_check(docs, cb)
    assert sorted(id(c) for f in facts for _, c in f.members) == sorted(id(c) for cl in claim_lists for c in cl)
    assert len({f.key for f in facts}) == len(facts)
    assert {k for f in facts for k, _ in f.members} <= set(cb)
    groups = cluster_documents(docs, cb)
    assert sorted(k for g in groups for k in g) == sorted(cb)


def test_match_minutes_one_apart_conflict():
    docs = [
        doc("a", "Rovers beat City 2-1. Lena Holt equalised in the 61st minute.", language="en"),
        doc("b", "Rovers gewinnen das Spiel 2:1. Lena Holt glich in der 62. Minute aus.", language="de"),
    ]
    facts = cross_check(docs, {d.key: extract_claims(d) for d in docs})
    minutes = [f for f in facts if f.slot == "match_minute"]
    assert [f.verdict for f in minutes] == ["conflicting"]


def _event_day_story(*texts):
    docs = [
        Document(key=key, text=text, language=lang, published=published)
        for key, (text, lang, published) in zip("abcd", texts)
    ]
    return [f for f in cross_check(docs, {d.key: extract_claims(d) for d in docs}) if f.kind == "date"]


def test_the_day_of_the_event_told_a_day_apart_is_one_fact_in_conflict():
    facts = _event_day_story(
        ("SpaceX flew its sixth Starship test on Tuesday from Texas.", "en", date(2024, 11, 20)),
        ("Der sechste Starship-Testflug von SpaceX am 20. November 2024 endete im Golf von Mexiko.", "de", None),
        ("El sexto vuelo de prueba de Starship despegó ayer desde Texas.", "es", date(2024, 11, 1)),
    )
    assert len(facts) == 1
    (fact,) = facts
    assert fact.verdict == "conflicting" and fact.sources == ["a", "b", "c"]
    assert "19 November 2024" in fact.explanation and "20 November 2024" in fact.explanation
    assert "one day apart" in fact.explanation


def test_days_further_apart_stay_two_facts():
    facts = _event_day_story(
        ("SpaceX flew its sixth Starship test on Tuesday from Texas.", "en", date(2024, 11, 20)),
        ("Le sixième vol d'essai de Starship a eu lieu le 25 novembre 2024 au Texas.", "fr", None),
    )
    assert len(facts) == 2 and {f.verdict for f in facts} == {"single_source"}


def test_the_day_told_with_a_verb_joins_the_day_no_verb_names():
    facts = _event_day_story(
        ("SpaceX launched its fifth Starship flight on October 13, 2024 from Starbase in Texas.", "en", None),
        ("Der fünfte Starship-Flug hob am 13. Oktober von Boca Chica ab, der Booster wurde aufgefangen.", "de", None),
        ("Le cinquième vol de Starship a eu lieu le 13 octobre 2024 au Texas, avec succès.", "fr", None),
        ("SpaceX lanzó este sábado el quinto vuelo de Starship desde Texas.", "es", date(2024, 10, 13)),
    )
    assert len(facts) == 1
    (fact,) = facts
    assert fact.slot == "event.date" and fact.verdict == "conflicting" and fact.sources == ["a", "b", "c", "d"]
    assert "a, b and c say 13 October 2024; d says 12 October 2024" in fact.explanation


def test_a_weekday_counted_from_the_story_date_supports_and_never_contradicts():
    # "am Sonntag" in an undated article, counted from another article's date, may be off by days
    facts = _event_day_story(
        ("The fifth Starship flight took place on October 14, 2024 in Texas.", "en", date(2024, 10, 15)),
        ("Der fünfte Starship-Flug fand am Sonntag in Texas statt.", "de", None),
    )
    assert "conflicting" not in [f.verdict for f in facts]


def test_an_undated_weekday_is_the_day_its_article_gives_that_weekday():
    facts = _event_day_story(
        ("Nvidia shares fell 17% on Monday, January 27, 2025, a record loss.", "en", None),
        ("Nvidia a perdu 17 % lundi. L'action a achevé la journée du lundi 28 janvier en baisse.", "fr", None),
        ("Nvidia verlor am Montag, dem 27. Januar 2025, 17 Prozent an der Börse.", "de", date(2025, 1, 29)),
    )
    # "lundi" is b's "lundi 28 janvier", so the day b tells with a verb joins the story's day; b is undated, but
    # it writes the day and month itself (only the year is the story's): 28 January contradicts 27 January
    (fact,) = [f for f in facts if f.slot == "event.date"]
    assert fact.sources == ["a", "b", "c"] and fact.verdict == "conflicting"
    assert "b says 28 January 2025" in fact.explanation


def test_the_days_after_the_event_are_other_days_not_the_event_told_differently():
    facts = _event_day_story(
        (
            "A magnitude 7.5 earthquake struck the Noto Peninsula on January 1, 2024. Rescue teams reached "
            "Wajima on Tuesday.",
            "en",
            date(2024, 1, 3),
        ),
        (
            "Un séisme de magnitude 7,5 a frappé la péninsule de Noto le 1er janvier 2024. Les secours sont "
            "arrivés à Wajima le 3 janvier.",
            "fr",
            date(2024, 1, 4),
        ),
    )
    assert "conflicting" not in [f.verdict for f in facts]
    assert any(f.sources == ["a", "b"] and f.verdict == "corroborated" for f in facts)


def test_a_day_next_to_the_story_day_in_an_article_that_gives_the_day_is_another_day():
    facts = _event_day_story(
        ("SpaceX flew its fifth Starship test on October 13, 2024 from Texas.", "en", None),
        ("Der fünfte Starship-Testflug fand am 13. Oktober 2024 in Texas statt.", "de", None),
        (
            "SpaceX flew the fifth Starship test on Sunday from Texas. The weather had been checked on Saturday.",
            "en",
            date(2024, 10, 14),
        ),
        ("El quinto vuelo de prueba de Starship fue el sábado, en Texas.", "es", date(2024, 10, 14)),
    )
    day = next(f for f in facts if f.slot == "event.date")
    assert day.sources == ["a", "b", "c", "d"] and day.verdict == "conflicting"  # d tells the day as Saturday
    other = next(f for f in facts if f.slot == "other_day.date")
    assert other.sources == ["c"] and concept_label(other.slot) == "Another day of the event"
