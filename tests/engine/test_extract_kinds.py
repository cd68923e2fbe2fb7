"""extract_claims, kind by kind, in en/de/fr/es: slots and values are language independent."""

from datetime import date

import pytest

from verification.engine.claims import Document
from verification.engine.extract import extract_claims

PUB = date(2026, 5, 21)


def claims(text, lang="en", **kw):
    return extract_claims(Document(key="t", text=text, language=lang, published=kw.pop("published", PUB), **kw))


def only(cs, kind, slot=None):
    got = [c for c in cs if c.kind == kind and (slot is None or c.slot == slot)]
    assert got, [(c.kind, c.slot, c.text) for c in cs]
    return got[0]


# --- money ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,lang,span,cur,low",
    [
        ("OpenAI will invest S$300 million in the lab.", "en", "S$300 million", "SGD", 3e8),
        ("OpenAI will invest SGD 300 million in the lab.", "en", "SGD 300 million", "SGD", 3e8),
        (
            "OpenAI will invest over 300 million Singapore dollars in the lab.",
            "en",
            "over 300 million Singapore dollars",
            "SGD",
            3e8,
        ),
        ("OpenAI will invest about 234 million USD in the lab.", "en", "about 234 million USD", "USD", 234e6),
        ("OpenAI investiert 300 Millionen Euro in Berlin.", "de", "300 Millionen Euro", "EUR", 3e8),
        ("OpenAI investira 1,7 milliard d’euros en France.", "fr", "1,7 milliard d’euros", "EUR", 1.7e9),
        (
            "La empresa anunció una inversión de 18.000 millones de euros.",
            "es",
            "18.000 millones de euros",
            "EUR",
            1.8e10,
        ),
    ],
)
def test_investment_amounts(text, lang, span, cur, low):
    c = only(claims(text, lang), "money", "investment.amount")
    assert c.text == span and c.value["currency"] == cur and c.value["low"] == pytest.approx(low)


def test_german_compound_funding_round():
    c = only(
        claims("Die Expansion folgt auf die 6,4-Milliarden-Dollar-Finanzierungsrunde des Herstellers.", "de"), "money"
    )
    assert c.slot == "funding_round.amount" and c.text == "6,4-Milliarden-Dollar"
    assert c.value["low"] == pytest.approx(6.4e9) and c.value["currency"] == "USD" and c.value["assumed"]


def test_pre_and_post_money_are_different_slots():
    cs = claims("Acme raised $50m at a $400m pre-money valuation. Its post-money valuation is $450m.")
    slots = {c.text: c.slot for c in cs if c.kind == "money"}
    assert slots["$400m"] == "valuation.pre_money" and slots["$450m"] == "valuation.post_money"
    assert slots["$50m"] == "funding_round.amount"


def test_bare_dollar_follows_the_outlet_hint_then_the_text():
    c = only(claims("The government will invest $300m in AI.", currency_hint="SGD"), "money")
    assert c.value["currency"] == "SGD" and c.value["assumed"]
    c = only(claims("Budgets are in S$. The state will invest $300m in AI."), "money")
    assert c.value["currency"] == "SGD"
    c = only(claims("The state will invest $300m in AI."), "money")
    assert c.value["currency"] == "USD" and c.value["assumed"] and c.value["currency_basis"] == "default"


def test_money_without_a_cue_is_not_a_claim():
    assert not [c for c in claims("Shares closed at 12 and the index at 300 points.") if c.kind == "money"]


# --- counts / percent / change -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,lang,slot,low",
    [
        ("The lab will create more than 200 highly specialized technical positions.", "en", "jobs.count", 200),
        ("The new lab is expected to hire over 200 people in the coming years.", "en", "jobs.count", 200),
        ("Das Labor soll mehr als 200 Arbeitsplätze schaffen.", "de", "jobs.count", 200),
        ("Le laboratoire créera plus de 200 emplois.", "fr", "jobs.count", 200),
        ("La fábrica creará 29.900 empleos.", "es", "jobs.count", 29900),
        ("The initiative focuses on three main areas.", "en", "areas.count", 3),
    ],
)
def test_counts(text, lang, slot, low):
    c = only(claims(text, lang), "count", slot)
    assert c.value["low"] == low


def test_bare_numbers_and_names_are_no_counts():
    cs = claims("Under NAIS 2.0 the service runs 24/7 and Windows 11 ships 18 updates.")
    counts = [c for c in cs if c.kind == "count"]
    # the numbers of names ("NAIS 2.0", "Windows 11") count nothing; "18 updates" counts things, weakly
    assert [(c.text, c.slot, c.extra.get("weak")) for c in counts] == [("18 updates", "things", True)]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Acme holds a 40% stake in Beta.", "en"),
        ("Acme hält einen Anteil von 40 Prozent.", "de"),
        ("Acme détient une participation de 40 pour cent.", "fr"),
        ("Acme tiene una participación del 40 por ciento.", "es"),
    ],
)
def test_percent_stake(text, lang):
    c = only(claims(text, lang), "percent", "stake.percent")
    assert c.value["low"] == 40


@pytest.mark.parametrize(
    "text,lang,word",
    [
        ("Weekly active users in Singapore have doubled since the start of the year.", "en", "doubled"),
        ("Die Zahl der wöchentlichen aktiven Nutzer hat sich seit Jahresbeginn verdoppelt.", "de", "verdoppelt"),
        ("Le nombre d'utilisateurs a doublé depuis le début de l'année.", "fr", "doublé"),
        ("El número de usuarios se ha duplicado este año.", "es", "duplicado"),
    ],
)
def test_change(text, lang, word):
    c = only(claims(text, lang), "change")
    assert c.text == word and c.slot == "users.change" and c.value["factor"] == 2.0


# --- dates of events -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,lang,slot,start",
    [
        ("Following the opening of the Singapore office in 2024, the lab grows.", "en", "office.opening", "2024-01-01"),
        (
            "Google DeepMind opened its AI research lab in Singapore in November last year.",
            "en",
            "lab.opening",
            "2025-11-01",
        ),
        ("OpenAI plant, das Büro in Singapur Ende dieses Jahres zu eröffnen.", "de", "office.opening", "2026-10-01"),
        (
            "AI Singapore wurde 2017 von der National Research Foundation ins Leben gerufen.",
            "de",
            "founded",
            "2017-01-01",
        ),
        ("La société a été fondée en 2015 à Paris.", "fr", "founded", "2015-01-01"),
        ("La empresa fue fundada en 2016.", "es", "founded", "2016-01-01"),
    ],
)
def test_event_dates(text, lang, slot, start):
    c = only(claims(text, lang), "date", slot)
    assert c.value["start"] == start


def test_dated_openings_are_scoped_by_place():
    cs = claims(
        "Das Büro in Tokio wurde im April eröffnet. Das Büro in Singapur soll Ende dieses Jahres eröffnen.", "de"
    )
    scopes = {c.extra.get("scope_of") for c in cs if c.slot == "office.opening"}
    assert scopes == {"tokyo", "singapore"}


# --- relations, roles, places, rankings, lists, quotes ----------------------------------------------------


@pytest.mark.parametrize(
    "text,lang,slot,entity",
    [
        ("OpenAI announced a landmark partnership with AI Singapore.", "en", "partnership", "ai singapore"),
        (
            "OpenAI gab bekannt, dass es eine Partnerschaft eingeht AI Singapur um den Zugang zu erweitern.",
            "de",
            "partnership",
            "ai singapore",
        ),
        ("OpenAI annonce un partenariat avec AI Singapore.", "fr", "partnership", "ai singapore"),
        ("OpenAI anunció una alianza con AI Singapore.", "es", "partnership", "ai singapore"),
        (
            "AI Singapore is the national program hosted at the National University of Singapore.",
            "en",
            "hosted_at",
            "national university of singapore",
        ),
    ],
)
def test_relations(text, lang, slot, entity):
    c = only(claims(text, lang), "relation", slot)
    assert c.value["entity"] == entity and c.subject and c.subject != entity


def test_who_leads_a_funding_round_is_an_investor():
    c = only(claims("Acme raised $50 million in a Series B round led by Sequoia Capital."), "relation", "investor")
    assert c.value["entity"] == "sequoia capital"


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The Green Party, led by Maria Lind, won 12.5% of the vote.", "en"),
        ("Die Grüne Partei, angeführt von Maria Lind, gewann 12,5 Prozent der Stimmen.", "de"),
        ("Le Parti vert, mené par Maria Lind, a obtenu 12,5 % des voix.", "fr"),
        ("El Partido Verde, liderado por Maria Lind, obtuvo el 12,5 % de los votos.", "es"),
    ],
)
def test_who_leads_a_party_is_no_investor(text, lang):
    assert not [c for c in claims(text, lang) if c.kind == "relation" and c.slot == "investor"]


def test_partner_named_by_acronym_definition_and_possessive():
    text = "OpenAI is partnering directly with Singapore's Ministry of Digital Development and Information (MDDI)."
    c = only(claims(text), "relation", "partnership")
    assert c.text == "Ministry of Digital Development and Information"
    assert c.subject == "openai"


@pytest.mark.parametrize(
    "text,lang,person,role,org",
    [
        (
            "“We are excited,” said Denise Dresser, Chief Revenue Officer at OpenAI.",
            "en",
            "denise dresser",
            "cro",
            "openai",
        ),
        ("Sam Altman, CEO von OpenAI, sagte das.", "de", "sam altman", "ceo", "openai"),
        (
            "Das Unternehmen gab bekannt, dass Geschäftsführer Oliver Jay die Expansion leitet.",
            "de",
            "oliver jay",
            "managing_director",
            "",
        ),
        ("Selon Marie Dupont, directrice générale de Acme, le projet avance.", "fr", "marie dupont", "ceo", "acme"),
        ("Según Juan Pérez, consejero delegado de Acme, el plan sigue.", "es", "juan perez", "ceo", "acme"),
    ],
)
def test_roles(text, lang, person, role, org):
    c = only(claims(text, lang), "role")
    assert (c.value["person"], c.value["role"], c.value["org"]) == (person, role, org)
    assert c.subject == person


def test_events_and_offices():
    cs = claims("At the ATx summit in Singapore, OpenAI unveiled a new Singapore office.")
    ev = only(cs, "place", "event")
    assert ev.value["entity"] == "atxsummit" and ev.value["location"] == "singapore"
    off = only(cs, "place", "office")
    assert off.text == "new Singapore office" and off.value["entity"] == "singapore"
    cs2 = claims("At the ATxSummit held in Singapore, OpenAI signed an agreement.")
    assert only(cs2, "place", "event").value["entity"] == "atxsummit"


@pytest.mark.parametrize(
    "text,lang,ordinal,total,cat,scope",
    [
        (
            "The Singapore lab is the company's first such lab outside the United States.",
            "en",
            1,
            None,
            "lab",
            "outside:us",
        ),
        (
            "The Applied AI Lab in Singapore is the first of its kind for OpenAI outside the US.",
            "en",
            1,
            None,
            "lab",
            "outside:us",
        ),
        ("Dies wird das zweite Büro von OpenAI in Asien sein.", "de", 2, None, "office", "in:asia"),
        ("C'est le deuxième bureau en Asie.", "fr", 2, None, "office", "in:asia"),
        ("Es la primera oficina fuera de Estados Unidos.", "es", 1, None, "office", "outside:us"),
        ("Singapore is one of four new offices.", "en", None, 4, "office", "new"),
        ("The Paris office is the fourth international branch.", "en", 4, None, "office", "international"),
    ],
)
def test_rankings(text, lang, ordinal, total, cat, scope):
    c = only(claims(text, lang), "ranking")
    assert (c.value["ordinal"], c.value["of_total"], c.value["category"], c.value["scope"]) == (
        ordinal,
        total,
        cat,
        scope,
    )


@pytest.mark.parametrize(
    "text,lang,items,declared",
    [
        (
            "Engineers will work on four high-impact sectors: Finance, Public Services, Healthcare, and Digital Infrastructure.",
            "en",
            ["digital infrastructure", "finance", "healthcare", "public services"],
            4,
        ),
        (
            "It covers national priorities such as education, public services, finance, healthcare, digital infrastructure, "
            "as well as training programs.",
            "en",
            ["digital infrastructure", "education", "finance", "healthcare", "public services"],
            None,
        ),
        (
            "Projects target the public services, finance, healthcare, and digital infrastructure sectors.",
            "en",
            ["digital infrastructure", "finance", "healthcare", "public services"],
            None,
        ),
        (
            "Das Labor arbeitet in drei Bereichen: Finanzen, Gesundheit und Bildung.",
            "de",
            ["education", "finance", "healthcare"],
            3,
        ),
        (
            "Le laboratoire couvre des secteurs comme la santé, l'éducation et les finances.",
            "fr",
            ["education", "finance", "healthcare"],
            None,
        ),
        (
            "El laboratorio trabajará en sectores como salud, educación y finanzas.",
            "es",
            ["education", "finance", "healthcare"],
            None,
        ),
    ],
)
def test_lists(text, lang, items, declared):
    c = only(claims(text, lang), "list", "sectors")
    assert c.value["items"] == items and c.value["declared_count"] == declared


def test_office_city_lists_keep_new_apart_from_existing():
    text = (
        "OpenAI eröffnet zusätzlich zu den bestehenden Standorten in San Francisco, London, Dublin und Tokio "
        "neue Büros in mehreren Städten, darunter NYC, Seattle, Paris, Brüssel und Singapur."
    )
    cs = {c.slot: c.value["items"] for c in claims(text, "de") if c.kind == "list"}
    assert cs["office.locations.new"] == ["brussels", "new york", "paris", "seattle", "singapore"]
    assert cs["office.locations.existing"] == ["dublin", "london", "san francisco", "tokyo"]


def test_quotes_have_speaker_and_words():
    c = only(
        claims("“We are excited to work with Singapore on this project,” said Sam Altman, CEO of OpenAI."), "quote"
    )
    assert c.subject == "sam altman" and c.value["words"].startswith("We are excited")


def test_checkworthiness_ranks_hard_facts_over_hedged_ones():
    hard = only(claims("OpenAI will invest S$300 million in the lab."), "money")
    soft = only(claims("OpenAI could perhaps invest S$300 million in the lab."), "money")
    assert hard.checkworthiness > soft.checkworthiness


def test_other_languages_degrade_gracefully():
    cs = claims("OpenAI investirà 300 milioni di euro a Milano entro il 2026.", "it")
    assert all(c.text == "OpenAI investirà 300 milioni di euro a Milano entro il 2026."[c.start : c.end] for c in cs)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Exports, said Anna Berger, grew faster than anyone expected.", "en"),
        ("Der Umsatz, sagte Anna Berger, stieg im Frühjahr deutlich.", "de"),
        ("Les ventes, selon Anna Berger, baisse attendue cette année.", "fr"),
        ("Las ventas, dijo Anna Berger, cayó en primavera.", "es"),
    ],
)
def test_a_verb_after_a_name_is_no_role(text, lang):
    claims = extract_claims(Document(key="1", text=text, language=lang))
    assert [(c.text, c.value["role"]) for c in claims if c.kind == "role"] == [("Anna Berger", "")]


def test_a_description_after_a_name_is_a_role():
    claims = extract_claims(
        Document(key="1", text="The plan was backed by Anna Berger, finance chief of Acme.", language="en")
    )
    assert [c.value["person"] for c in claims if c.kind == "role"] == ["anna berger"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The turnout reached 71% on Sunday.", "en"),
        ("Die Wahlbeteiligung erreichte mit 71,5 Prozent einen Rekord.", "de"),
        ("La participación electoral alcanzó el 71%, la más alta en años.", "es"),
        ("Only 71% of eligible voters took part.", "en"),
    ],
)
def test_a_result_verb_yields_to_the_figure_the_clause_names(text, lang):
    claims = extract_claims(Document(key="1", text=text, language=lang))
    assert [c.slot for c in claims if c.kind == "percent"] == ["turnout.percent"]


@pytest.mark.parametrize(
    "text, lang, party",
    [
        # a party of one political family is one actor in every language (PARTY_FAMILIES)
        ("The Green Party, led by Maria Lind, won 12.5% of the vote.", "en", "green"),
        ("El Partido Verde de Maria Lind obtuvo el 12,5% de los votos.", "es", "green"),
        ("The Greens, the third party in the Bundestag since 2021, won 12.5% of the vote.", "en", "green"),
        ("Les Verts du candidat Paul Roux obtiennent 12,5 % des voix.", "fr", "green"),
    ],
)
def test_a_result_belongs_to_the_party_not_the_person_named_after_a_preposition(text, lang, party):
    claims = extract_claims(Document(key="1", text=text, language=lang))
    shares = [c for c in claims if c.slot == "vote_share.percent"]
    assert [c.subject for c in shares] == [party]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The party won 41 mandates.", "en"),
        ("Die Partei erhält 41 Mandate.", "de"),
        ("Le parti obtient 41 mandats.", "fr"),
        ("El partido obtiene 41 mandatos.", "es"),
    ],
)
def test_mandates_are_seats(text, lang):
    claims = extract_claims(Document(key="1", text=text, language=lang))
    assert [c.slot for c in claims if c.kind == "count"] == ["seats"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Some 64% went to the polls, the most in decades.", "en"),
        ("64 % des électeurs ont voté, un record depuis des décennies.", "fr"),
        ("El 64% de los electores acudieron a votar, un récord.", "es"),
    ],
)
def test_a_share_of_voters_who_voted_is_turnout(text, lang):
    claims = extract_claims(Document(key="1", text=text, language=lang))
    assert [c.slot for c in claims if c.kind == "percent"] == ["turnout.percent"]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The club had won the cup in 1997, 2003 and 2011 before this season.", "en"),
        ("Der Verein hatte den Pokal 1997, 2003 und 2011 gewonnen.", "de"),
        ("Le club avait remporté la coupe en 1997, 2003 et 2011.", "fr"),
        ("El club ya había ganado la copa en 1997, 2003 y 2011.", "es"),
    ],
)
def test_the_years_of_a_series_are_one_list(text, lang):
    found = [c for c in extract_claims(Document(key="1", text=text, language=lang)) if c.kind == "list"]
    assert [(c.slot, c.value["items"]) for c in found] == [("years", ["1997", "2003", "2011"])]


def test_two_years_are_a_span_not_a_series():
    text = "Prices rose between 2019 and 2021."
    assert not [c for c in extract_claims(Document(key="1", text=text, language="en")) if c.kind == "list"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The far right came in third place with 143 seats."),
        ("fr", "Le RN arrive en troisième position avec 143 sièges."),
        ("es", "La ultraderecha queda relegada a la tercera posición con 143 representantes."),
        ("de", "Die AfD landete auf dem dritten Platz mit 143 Sitzen."),
    ],
)
def test_an_ordinal_places_no_figure_after_it(lang, text):
    """ "third place with 143 seats": the seats are counted by their own figure; the ordinal's words stop
    before it, so no ordinal claim holds the 143."""
    got = extract_claims(Document(key="d", text=text, language=lang))
    assert any(c.slot == "seats" and c.value.get("low") == 143 for c in got)
    assert not any(c.slot == "ordinal" and "143" in c.text for c in got)


@pytest.mark.parametrize(
    "lang,text,told,rank",
    [
        ("en", "This outbreak marks the 16th instance of Ebola in the country.", "16th", 16),
        ("en", "The comet is only the third known interstellar object.", "third", 3),
        ("en", "Leo XIV is the 267th pope of the Church.", "267th", 267),
        ("fr", "Cette flambée constitue la 16ᵉ épidémie d’Ebola dans le pays.", "16ᵉ", 16),
        ("fr", "Voici les premiers mots du 267e pape, Léon XIV.", "267e", 267),
        ("es", "Este es el decimosexto brote de ébola declarado en el país.", "decimosexto", 16),
        ("de", "Der 267. Papst der Kirchengeschichte nahm den Namen Leo XIV.", "267.", 267),
    ],
)
def test_an_ordinal_heading_any_noun_places_it_in_a_series(lang, text, told, rank):
    """ "the 16th outbreak", "la huitième épidémie", "el decimosexto brote", "der 267. Papst": an ordinal right
    before a word of its own (no small word between) places the thing it names, whatever noun that is, up to
    ranks in the hundreds."""
    got = [c for c in extract_claims(Document(key="d", text=text, language=lang)) if c.slot == "ordinal"]
    assert [(c.text.split()[0], c.value["low"]) for c in got] == [(told, rank)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "He cleared the bar on the third."),
        ("de", "Verletzt wurden 300. Der Papst besuchte sie."),
        ("fr", "Il a réussi à la troisième et dernière."),
        ("es", "Nawrocki ganó la segunda vuelta."),
        ("en", "Nawrocki won the second round."),
        ("fr", "Chega se positionne comme troisième force politique du pays."),
        ("es", "Chega se consolida como tercera fuerza política."),
        ("de", "Die Partei wurde als dritte stärkste Kraft gewählt."),
        ("en", "Chelsea secured fourth place in the league."),
    ],
)
def test_an_ordinal_heading_no_word_places_nothing(lang, text):
    """An ordinal with no word of its own after it ("on the third"), a German number closing its sentence
    ("300."), the ordinal of an election's stage ("la segunda vuelta") or a position an actor comes in, with no
    article or possessive before it ("comme troisième force", "secured fourth place"), places nothing."""
    assert not [c for c in extract_claims(Document(key="d", text=text, language=lang)) if c.slot == "ordinal"]
