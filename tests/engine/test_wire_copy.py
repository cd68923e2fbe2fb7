"""Wire copy the way agencies file it, in several languages: datelines, German verb-final clauses and
genitives, contributions as well as investments; the same facts must come out of every language."""

from datetime import date

import pytest

from verification.engine.claims import Document
from verification.engine.crosscheck import cross_check
from verification.engine.extract import extract_claims

PUB = date(2026, 3, 3)


def claims(text, lang):
    return extract_claims(Document(key=lang, text=text, language=lang, published=PUB))


def first(cs, kind, slot):
    got = [c for c in cs if c.kind == kind and c.slot == slot]
    assert got, [(c.kind, c.slot, c.text) for c in cs]
    return got[0]


@pytest.mark.parametrize(
    "dateline", ["LISBON, March 3 (Reuters) - ", "LISBON (Reuters) — ", "Lisbon, March 3 (AFP) – ", "LISBON — "]
)
def test_a_dateline_city_is_where_the_story_was_filed_not_who_acts(dateline):
    text = f"{dateline}Nordwind Energy said it will invest 1.2 billion euros in a plant near Sines."
    money = first(claims(text, "en"), "money", "investment.amount")
    assert money.subject == "nordwind energy"


def test_a_sentence_with_a_dash_is_no_dateline():
    text = "Lisbon - the capital - will invest 40 million euros in trams, the mayor said."
    assert first(claims(text, "en"), "money", "investment.amount").subject == "lisbon"


@pytest.mark.parametrize(
    "text",
    [
        "Nordwind Energy will 1,2 Milliarden Euro in ein Werk für grünen Wasserstoff bei Sines investieren.",
        "Die Regierung will 300 Millionen Euro für das Projekt beisteuern.",
        "Die Regierung steuert 300 Millionen Euro bei.",
    ],
)
def test_german_amounts_whose_verb_closes_the_clause(text):
    assert first(claims(text, "de"), "money", "investment.amount")


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The government will contribute €300 million.", "en"),
        ("Le gouvernement apportera 300 millions d'euros.", "fr"),
        ("El Gobierno aportará 300 millones de euros.", "es"),
    ],
)
def test_contributions_are_investments(text, lang):
    assert first(claims(text, lang), "money", "investment.amount").value["low"] == 300e6


def test_a_german_genitive_place_scopes_a_first():
    ranking = first(
        claims("Es ist die erste derartige Anlage außerhalb Deutschlands.", "de"), "ranking", "ranking.facility"
    )
    assert ranking.value["scope"] == "outside:germany" and ranking.value["ordinal"] == 1


def test_people_who_will_work_there_are_jobs_in_german_too():
    assert first(claims("Rund 500 Menschen sollen dort arbeiten.", "de"), "count", "jobs.count")


def test_one_story_in_three_languages_gives_the_same_facts():
    docs = {
        "en": "LISBON, March 3 (Reuters) - Nordwind Energy said on Tuesday it will invest 1.2 billion euros in a "
        "green hydrogen plant near Sines, its first such facility outside Germany. The plant will employ "
        "about 450 people.",
        "de": "Nordwind Energy will 1,2 Milliarden Euro in ein Werk für grünen Wasserstoff bei Sines investieren. "
        "Es ist die erste derartige Anlage außerhalb Deutschlands. Rund 450 Menschen sollen dort arbeiten.",
        "fr": "Nordwind Energy investira 1,2 milliard d'euros dans une usine d'hydrogène vert près de Sines. "
        "L'usine emploiera environ 450 personnes.",
    }
    documents = [Document(key=lang, text=text, language=lang, published=PUB) for lang, text in docs.items()]
    facts = cross_check(documents, {d.key: extract_claims(d) for d in documents})
    by_slot = {f.slot: f for f in facts}
    assert {k for k, _ in by_slot["investment.amount"].members} == {"en", "de", "fr"}
    assert by_slot["investment.amount"].verdict == "corroborated"
    assert {k for k, _ in by_slot["jobs.count"].members} == {"en", "de", "fr"}
    assert {k for k, _ in by_slot["ranking.facility"].members} == {"en", "de"}


RATE_STORY = {
    "en": "Kenya's central bank cuts key rate to 9.5%\n\nNAIROBI, Feb 11 (Reuters) - The Central Bank of Kenya cut its "
    "benchmark lending rate by 25 basis points to 9.50% on Tuesday, as inflation eased to 3.3% in January.",
    "es": "El Banco Central de Kenia recortó el martes su tipo de interés de referencia hasta el 9,5%, después de que "
    "la inflación bajara al 3,3% en enero.",
    "de": "Die kenianische Zentralbank Kenias Zentralbank hat am Dienstag ihren Leitzins auf 9,5 Prozent gesenkt. "
    "Die Inflation war im Januar auf 3,3 Prozent gefallen.",
}


def _facts(texts: dict[str, str]):
    documents = [Document(key=lang, text=text, language=lang, published=PUB) for lang, text in texts.items()]
    return cross_check(documents, {d.key: extract_claims(d) for d in documents})


def test_an_actor_whose_name_each_language_translates_is_one_subject():
    facts = {f.slot: f for f in _facts(RATE_STORY)}
    assert {k for k, _ in facts["interest_rate.percent"].members} == {"en", "es", "de"}
    assert {k for k, _ in facts["inflation.percent"].members} == {"en", "es", "de"}
    assert facts["interest_rate.percent"].verdict == facts["inflation.percent"].verdict == "corroborated"


def test_one_amount_two_reports_give_joins_whatever_names_they_give_it():
    texts = {
        "en": "Nordwind Energy will invest 40 million euros in Sines. Atlas Bank will invest 25 million euros.",
        "fr": "Atlas Bank investira 40 millions d'euros à Sines.",
    }
    amounts = [f for f in _facts(texts) if f.slot == "investment.amount"]
    assert sorted(sorted(c.text for _, c in f.members) for f in amounts) == [
        ["25 million euros"],
        ["40 million euros", "40 millions d'euros"],
    ]


def test_german_nouns_after_a_number_are_units_not_names():
    cs = claims("Die Inflation stieg auf 3,3 Prozent, sagte die Notenbank Kenias.", "de")
    assert all(c.subject != "prozent" for c in cs)


def test_a_datelines_date_is_when_the_story_was_filed_not_an_event():
    cs = claims("AMSTERDAM, June 2 (AP) — Brightline Foods agreed on Monday to acquire Krokant for $2.1 billion.", "en")
    assert [c.text for c in cs if c.kind == "date"] == ["on Monday"]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Krokant, con 1.800 empleados, facturó 640 millones de euros.", "es"),
        ("Krokant compte 1 800 salariés.", "fr"),
        ("Krokant has 1,800 employees.", "en"),
    ],
)
def test_employees_are_jobs_by_the_word_itself(text, lang):
    assert first(claims(text, lang), "count", "jobs.count").value["low"] == 1800


def test_an_elided_article_and_an_adjective_are_not_part_of_a_name():
    money = first(
        claims("L'américain Brightline Foods rachète Krokant pour 2,1 milliards de dollars.", "fr"),
        "money",
        "acquisition.price",
    )
    assert money.subject == "brightline foods"


def test_spanish_revenue_by_its_verb():
    assert first(claims("Krokant facturó 640 millones de euros el año pasado.", "es"), "money", "revenue")


@pytest.mark.parametrize(
    "text,currency,low",
    [
        ("Tata Motors will invest Rs 5,000 crore in a new plant.", "INR", 5e10),
        ("Reliance will invest ₹75,000 crore in solar.", "INR", 7.5e11),
        ("Samsung said it would invest 30 trillion won in chip lines.", "KRW", 3e13),
        ("Vinfast plans to invest about 50 trillion dong.", "VND", 5e13),
    ],
)
def test_asian_currencies_and_scales(text, currency, low):
    money = first(claims(text, "en"), "money", "investment.amount")
    assert money.value["currency"] == currency and money.value["low"] == low


def test_won_is_a_currency_only_after_a_scaled_amount():
    assert not [c for c in claims("The club won 3 titles and invested 20 won.", "en") if c.kind == "money"]


def test_units_in_capitals_are_not_names():
    assert (
        first(claims("The plant will have a capacity of 500 MW and cost €1.2bn.", "en"), "money", "cost").subject
        != "mw"
    )


def test_a_name_that_opens_a_sentence_is_a_name_when_the_text_names_it_elsewhere():
    text = "Toyota will spend ¥1.5 trillion on batteries, a spokesman for Toyota said."
    assert first(claims(text, "en"), "money", "investment.amount").subject == "toyota"


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The lab will focus on three areas: healthcare, finance and logistics, the company said.", "en"),
        (
            "Das Labor konzentriert sich auf drei Bereiche: Gesundheit, Finanzen und Logistik, sagte eine Sprecherin.",
            "de",
        ),
    ],
)
def test_a_reporting_clause_closes_a_list(text, lang):
    assert first(claims(text, lang), "list", "sectors").value["items"] == ["finance", "healthcare", "logistics"]


def test_a_speaker_named_by_surname_is_the_person_the_text_names_in_full():
    text = (
        "Chief Executive Christian Bruch told reporters the plant was ready. "
        '"This is a turning point for the energy transition," Bruch said.'
    )
    quote = first(claims(text, "en"), "quote", "quote")
    assert quote.value["speaker"] == quote.subject == "christian bruch"


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Nordwind investiert 1,2 Mrd. Euro in das Werk.", "de"),
        ("Die Regierung fördert das Projekt mit 300 Mio. Euro.", "de"),
        ("Le groupe investit 1,2 Md€ dans l'usine.", "fr"),
    ],
)
def test_abbreviated_scales_are_not_names(text, lang):
    assert first(claims(text, lang), "money", "investment.amount").subject not in ("euro", "md", "mio", "mrd")


def test_french_growth_verb():
    assert (
        first(
            claims("Le chiffre d'affaires a progressé de 12 % à 4,5 milliards d'euros.", "fr"),
            "percent",
            "growth.percent",
        ).value["low"]
        == 12
    )
