"""Money: the outlet's country reads shared symbols; bracketed conversions restate; amounts carry their day."""

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from verification.engine.claims import Document
from verification.engine.compare import ComparisonContext, agree
from verification.engine.extract import extract_claims
from verification.engine.money import bare_currencies, outlet_country
from verification.engine.rates import default_rates

PUB = date(2024, 12, 20)


def money(text, lang="en", **kw):
    doc = Document(key="t", text=text, language=lang, published=kw.pop("published", PUB), **kw)
    return [c for c in extract_claims(doc) if c.kind == "money"]


@pytest.mark.parametrize(
    "publisher,dateline,country",
    [
        ("The Straits Times (straitstimes.com.sg)", "", "SG"),
        ("The Sydney Morning Herald", "", "AU"),
        ("Toronto Star", "", "CA"),
        ("Hong Kong Free Press", "", "HK"),
        ("The New Zealand Herald", "", "NZ"),
        ("abc.net.au", "", "AU"),
        ("Reuters", "SINGAPORE (Reuters) - ", "SG"),
        ("", "MEXIKO-STADT (dpa) - ", "MX"),
        ("", "", ""),
    ],
)
def test_outlet_country_from_domain_name_or_dateline(publisher, dateline, country):
    assert outlet_country(publisher, dateline)[0] == country


@pytest.mark.parametrize(
    "publisher,currency",
    [
        ("The Straits Times", "SGD"),
        ("The Sydney Morning Herald", "AUD"),
        ("The Globe and Mail, Toronto", "CAD"),
        ("Hong Kong Free Press", "HKD"),
        ("NZ Herald (nzherald.co.nz)", "NZD"),
        ("The New York Times", "USD"),
    ],
)
def test_a_bare_dollar_is_the_outlets_dollar(publisher, currency):
    # "The Straits Times" names no place: Singapore is known from its site only
    publisher = publisher + " straitstimes.com.sg" if "Straits" in publisher else publisher
    c = money("The government will invest $300 million in the new port.", publisher=publisher)[0]
    assert c.value["currency"] == currency and c.value["assumed"]


@pytest.mark.parametrize(
    "text, lang, value",
    [
        # French and Spanish link a code after an amount as they link a currency's name: "d'euros", "d'USD"
        ("La société a levé six milliards d’USD en mai.", "fr", 6e9),
        ("Un fonds saoudien a investi 400 millions d'USD dans le tour.", "fr", 4e8),
        ("La empresa recaudó 6.000 millones de USD en mayo.", "es", 6e9),
        ("Das Unternehmen sammelte 6 Milliarden USD ein.", "de", 6e9),
        ("The firm raised 6 billion USD in May.", "en", 6e9),
    ],
)
def test_a_currency_code_after_an_amount_is_its_currency(text, lang, value):
    assert [(c.value["currency"], c.value["low"]) for c in money(text, lang)][:1] == [("USD", value)]


def test_a_stated_currency_beats_the_outlet():
    c = money("The fund will invest US$300 million in the port.", publisher="The Sydney Morning Herald")[0]
    assert c.value["currency"] == "USD" and not c.value.get("assumed")


def test_dateline_gives_the_country_when_the_outlet_does_not():
    c = money("SYDNEY (Reuters) - The miner will invest $2 billion in a new plant.")[0]
    assert c.value["currency"] == "AUD" and c.value["currency_basis"] == "dateline"


def test_the_word_dollars_is_not_the_peso_of_a_mexican_outlet():
    cs = money(
        "CIUDAD DE MÉXICO (Reforma) - Mars invertirá 900 millones de dólares en la planta. "
        "El gobierno invertirá $300 millones en carreteras.",
        "es",
    )
    by_text = {c.text: c.value["currency"] for c in cs}
    assert by_text["900 millones de dólares"] == "USD" and by_text["$300 millones"] == "MXN"


@pytest.mark.parametrize(
    "text,publisher,currency",
    [
        ("Investeringen på 500 miljoner kr ska ge nya jobb i Sverige.", "Dagens Nyheter (dn.se)", "SEK"),
        ("The company will invest R1.5 billion in South Africa.", "", "ZAR"),
        ("The company will invest R1.5 billion in the plant.", "", None),
        ("Alibaba will invest ¥5 billion (the yuan is managed) in Hangzhou.", "", "CNY"),
        ("Toyota will invest ¥500 billion in the plant.", "", "JPY"),
    ],
)
def test_shared_symbols_kr_rand_and_yen(text, publisher, currency):
    bare = bare_currencies("", publisher, "", text, text.lower(), ["South Africa"] if "South Africa" in text else [])
    sym = "kr" if " kr" in text else "r" if "R1" in text else "¥"
    assert bare.get(sym, (None,))[0] == currency


@pytest.mark.parametrize(
    "text,lang,first,conv",
    [
        (
            "OpenAI will invest over 300 million Singapore dollars (approximately 234 million USD) in the lab.",
            "en",
            ("SGD", 3e8),
            ("USD", 234e6),
        ),
        ("Volkswagen will cut costs by €15 billion (£12.4bn) by 2030.", "en", ("EUR", 15e9), ("GBP", 12.4e9)),
        (
            "Das Unternehmen investiert 37 Millionen Dollar (rund 34 Millionen Euro) in das Werk.",
            "de",
            ("USD", 37e6),
            ("EUR", 34e6),
        ),
        (
            "La société investira 34 millions d'euros (environ 37 millions de dollars) dans l'usine.",
            "fr",
            ("EUR", 34e6),
            ("USD", 37e6),
        ),
        (
            "La empresa invertirá 34 millones de euros, es decir unos 37 millones de dólares, en la planta.",
            "es",
            ("EUR", 34e6),
            ("USD", 37e6),
        ),
    ],
)
def test_a_bracketed_conversion_restates_the_amount_before_it(text, lang, first, conv):
    main, restated = money(text, lang)[:2]
    assert (main.value["currency"], main.value["low"]) == (first[0], pytest.approx(first[1]))
    assert main.value["conversion"]["currency"] == conv[0]
    assert main.value["conversion"]["low"] == pytest.approx(conv[1])
    assert restated.extra["restates"] == [main.start, main.end] and restated.slot == main.slot


def test_a_conversion_in_brackets_is_into_another_currency():
    main, restated = money(
        "The miner will invest A$50 million (about $37 million) in the mine.", publisher="The Sydney Morning Herald"
    )[:2]
    assert main.value["currency"] == "AUD" and restated.value["currency"] == "USD"


def test_two_amounts_in_one_sentence_are_no_conversion():
    cs = money("Acme raised $50 million in May and $20 million, a year later, in its second round.")
    assert not [c for c in cs if c.extra.get("restates")]


def test_amounts_convert_at_the_rate_of_their_own_day():
    a = money("Volkswagen will cut costs by €15 billion by 2030.", published=date(2024, 12, 20))[0]
    assert a.value["on"] == "2024-12-20"
    ctx = ComparisonContext(rates=default_rates(), on=None, currency="GBP")
    gbp = {"low": 12.45e9, "high": 12.45e9, "qualifier": "exact", "currency": "GBP", "on": "2024-12-20"}
    assert agree("money", a.value, gbp, ctx)
    # the same pounds at the rate of a day two years earlier are another amount
    assert not agree("money", {**a.value, "on": "2022-09-28"}, {**gbp, "on": "2022-09-28"}, ctx)


def test_the_outlets_own_conversion_is_a_second_reading():
    ctx = ComparisonContext(rates=default_rates(), on=PUB, currency="USD")
    stated = {
        "low": 15e9,
        "high": 15e9,
        "qualifier": "exact",
        "currency": "EUR",
        "on": "2024-12-20",
        "conversion": {"low": 16e9, "high": 16e9, "qualifier": "about", "currency": "USD"},
    }
    other = {"low": 16.5e9, "high": 16.5e9, "qualifier": "exact", "currency": "USD"}
    assert agree("money", stated, other, ctx)
    assert not agree(
        "money", {k: v for k, v in stated.items() if k != "conversion"}, {**other, "low": 17.5e9, "high": 17.5e9}, ctx
    )


def test_rand_and_kronor_amounts_are_extracted_where_the_text_says_whose():
    c = money("Sasol will invest R1.5 billion in its South Africa plant.")[0]
    assert c.text == "R1.5 billion" and c.value["currency"] == "ZAR" and c.value["assumed"]
    c = money("Volvo will invest 500 million kr in a new plant in Sweden.")[0]
    assert c.value["currency"] == "SEK" and c.text == "500 million kr"
    assert not money("The R2 budget will invest 5 billion in the plant.")


@pytest.mark.parametrize(
    "text,lang,span,currency",
    [
        (
            "Die Marktkapitalisierung schrumpfte von 3,5 Billionen auf 2,9 Billionen Dollar.",
            "de",
            "3,5 Billionen",
            "USD",
        ),
        (
            "Le groupe a levé 500 millions d'euros. Il a déjà investi 200 millions, et les 300 millions restants "
            "seront investis en 2025.",
            "fr",
            "300 millions",
            "EUR",
        ),
        (
            "The company raised €50 million last year. It plans a budget of 3 million for research.",
            "en",
            "3 million",
            "EUR",
        ),
    ],
)
def test_a_scaled_figure_without_currency_carries_the_currency_of_the_amount_near_it(text, lang, span, currency):
    c = next(c for c in money(text, lang) if c.text == span)
    assert c.value["currency"] == currency and c.value["assumed"] and c.value["currency_basis"] == "carried"


def test_a_counted_figure_carries_no_currency():
    cs = money("The company raised €50 million. About 1.2 million people live in the city, with a budget of note.")
    assert [c.text for c in cs] == ["€50 million"]


def test_no_currency_is_carried_from_far_away_or_from_nowhere():
    assert not money("The budget is 3 million, the city says.")
    far = "The company raised €50 million. " + "Nothing else happened that day. " * 60 + "A budget of 3 million."
    assert [c.text for c in money(far)] == ["€50 million"]


@pytest.mark.parametrize(
    "text,lang,key",
    [
        ("Acme has raised $120 million in total since its founding.", "en", "cumulative=true"),
        ("Acme hat insgesamt 120 Millionen Dollar eingesammelt.", "de", "cumulative=true"),
        ("Acme a levé au total 120 millions d'euros depuis sa création.", "fr", "cumulative=true"),
        ("Its previous round raised $30 million.", "en", "stage=previous"),
        ("Acme will invest an additional $20 million in the plant.", "en", "addition=true"),
        ("Acme invertirá otros 20 millones de euros en la planta.", "es", "addition=true"),
    ],
)
def test_totals_previous_rounds_and_additions_are_kept_apart_from_the_figure_itself(text, lang, key):
    from verification.engine.align import identity

    c = money(text, lang)[0]
    assert key in identity(c)
    plain = money("Acme raised $50 million in its latest funding round.")[0]
    assert identity(plain)[:2] == identity(c)[:2] or c.slot != plain.slot
    assert identity(plain) != identity(c)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Mars put the total value of the deal at $35.9 billion.", "en"),
        ("Das Gericht stellte fest, dass die Partei insgesamt rund 2,9 Millionen Euro veruntreut hatte.", "de"),
        ("Le préjudice total s'élève à 2,9 millions d'euros.", "fr"),
        ("La compañía estimaba el valor total de la transacción en 35.900 millones de dólares.", "es"),
    ],
)
def test_the_total_of_one_figure_is_that_figure_not_a_running_total(text, lang):
    # a deal's value, a damage: "total" names the whole of one figure, which joins the reports without the word
    from verification.engine.align import identity

    c = money(text, lang)[0]
    assert not any(str(q).startswith("cumulative") for q in identity(c))


@pytest.mark.parametrize(
    "total,part",
    [
        (("en", "The total cost of the dam is $2 billion."), ("en", "The dam cost $1.5 billion.")),
        (
            ("de", "Der Staudamm kostet insgesamt 2 Milliarden Euro."),
            ("de", "Der Staudamm kostet 1,5 Milliarden Euro."),
        ),
        (
            ("fr", "Le coût total du barrage atteint 2 milliards d'euros."),
            ("fr", "Le barrage coûte 1,5 milliard d'euros."),
        ),
        (
            ("es", "El coste total de la presa es de 2.000 millones de euros."),
            ("es", "La presa cuesta 1.500 millones de euros."),
        ),
    ],
)
def test_a_total_supports_the_same_amount_and_never_contradicts_another(checked, total, part):
    # "the total cost" may be the whole of which another report gives a part: no conflict between them
    assert not [f for f in checked(total, part, kind="money") if f.verdict == "conflicting"]
    same = (part[0], part[1].replace("1,5", "2").replace("1.500", "2.000").replace("1.5", "2"))
    (fact,) = checked(total, same, kind="money")
    assert fact.verdict == "corroborated"


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Acme has raised $120 million in total since its founding.", "en"),
        ("Acme hat insgesamt 120 Millionen Dollar eingesammelt.", "de"),
        ("Acme a levé au total 120 millions d'euros depuis sa création.", "fr"),
        ("Acme ha recaudado en total 120 millones de euros desde su fundación.", "es"),
        ("The merger creates a group with a combined revenue of $63 billion.", "en"),
        ("Beide Konzerne kommen zusammen auf einen Umsatz von 63 Milliarden Dollar.", "de"),
        ("Le groupe aura un chiffre d'affaires cumulé de 63 milliards de dollars.", "fr"),
        ("Las dos empresas facturan en conjunto 63.000 millones de dólares.", "es"),
    ],
)
def test_a_running_total_and_the_sum_of_several_actors_are_figures_of_their_own(text, lang):
    from verification.engine.align import identity

    assert "cumulative=true" in identity(money(text, lang)[0])


def test_pre_and_post_money_valuations_are_different_things():
    cs = money("Acme raised $50m at a $400m pre-money valuation, or $450m post-money.")
    slots = {c.text: c.slot for c in cs}
    assert slots["$400m"] == "valuation.pre_money" and slots["$450m"] == "valuation.post_money"


@pytest.mark.parametrize(
    "text,lang,currency",
    [
        ("Volvo will invest 1.5 billion Swedish kronor in the plant.", "en", "SEK"),
        ("Nestlé investiert 2 Milliarden Schweizer Franken in das Werk.", "de", "CHF"),
        ("Equinor investira 500 millions de couronnes norvégiennes dans l'usine.", "fr", "NOK"),
        ("La empresa invertirá 300 millones de dólares canadienses en la planta.", "es", "CAD"),
        ("Tata will invest 40 billion Indian rupees in the plant.", "en", "INR"),
    ],
)
def test_currency_names_come_from_cldr_in_every_language(text, lang, currency):
    c = money(text, lang)[0]
    assert c.value["currency"] == currency and not c.value.get("assumed")


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The judge ordered him to pay compensation of 4 million baht to the family.", "en"),
        ("Er muss der Familie eine Entschädigung von 4 Millionen Baht zahlen.", "de"),
        ("Il a été condamné à verser 4 millions de bahts de dommages et intérêts.", "fr"),
        ("Deberá pagar una indemnización de 4 millones de bahts a la familia.", "es"),
    ],
)
def test_a_currency_named_by_its_plural_noun_alone_is_that_currency(text, lang):
    c = money(text, lang)[0]
    assert (c.value["currency"], c.value["low"]) == ("THB", 4_000_000) and not c.value.get("assumed")


def test_a_restated_amount_travels_with_its_original_through_the_cross_check():
    from verification.engine.crosscheck import cross_check

    texts = {
        "a": ("Volkswagen will cut costs by €15 billion (£12.4bn) by 2030, the carmaker said.", "en"),
        "b": ("Volkswagen will cut costs by £12.5 billion by 2030.", "en"),
        "c": ("Volkswagen will bis 2030 Kosten in Höhe von 15 Milliarden Euro einsparen.", "de"),
    }
    docs = [Document(key=k, text=t, language=lang, published=PUB) for k, (t, lang) in texts.items()]
    facts = cross_check(docs, {d.key: extract_claims(d) for d in docs})
    money_facts = [f for f in facts if f.kind == "money"]
    assert len(money_facts) == 1
    f = money_facts[0]
    assert f.verdict == "corroborated" and f.independent_sources == 3
    # the bracketed pounds are in the fact as evidence, in the same statement as the euros they restate
    assert sorted(c.text for k, c in f.members if k == "a") == ["£12.4bn", "€15 billion"]


def test_an_amount_given_to_the_cent_is_exact_and_a_rounded_amount_is_not():
    ctx = ComparisonContext(rates=default_rates(), on=PUB, currency="USD")
    a = money("Nvidia's share price closed at $118.58, the exchange said.")[0]
    b = money("Le cours de l'action Nvidia a clôturé à 118,42 dollars par action.", "fr")[0]
    c = money("Nvidia's share price closed at $118.58 on Monday.")[0]
    assert a.value["step"] == pytest.approx(0.01) and agree("money", a.value, c.value, ctx)
    assert agree("money", a.value, b.value, ctx) is False
    big = money("The deal is valued at $35.9 billion.")[0]
    assert agree("money", big.value, {**big.value, "low": 35.95e9, "high": 35.95e9}, ctx)


@pytest.mark.parametrize(
    "text,lang,currency",
    [
        ("Le budget est exprimé en dollars canadiens. Ottawa investira $300 millions dans le port.", "fr", "CAD"),
        (
            "El presupuesto se expresa en dólares australianos. Canberra invertirá $300 millones en el puerto.",
            "es",
            "AUD",
        ),
        ("Budgets are in S$. The state will invest $300m in the port.", "en", "SGD"),
    ],
)
def test_a_bare_dollar_follows_the_one_dollar_the_text_names_in_any_language(text, lang, currency):
    c = next(c for c in money(text, lang) if c.value.get("assumed"))
    assert c.value["currency"] == currency and c.value["currency_basis"] == "context"


@pytest.mark.parametrize(
    "text,lang,publisher,currency",
    [
        ("BUENOS AIRES (Télam) - El Gobierno invertirá 500 millones de pesos en rutas.", "es", "", "ARS"),
        ("El Gobierno invertirá 500 millones de pesos en rutas.", "es", "El Universal (México)", "MXN"),
        ("The government will invest 500 million pounds in roads.", "en", "Ahram Online, Cairo", "EGP"),
        ("The government will invest 500 million pounds in roads.", "en", "", "GBP"),
    ],
)
def test_a_bare_currency_family_name_is_the_outlets_own_currency_of_that_family(text, lang, publisher, currency):
    c = money(text, lang, publisher=publisher)[0]
    assert c.value["currency"] == currency


def test_a_badly_converted_restatement_still_travels_with_its_original():
    from verification.engine.crosscheck import cross_check

    texts = {
        "a": ("Volkswagen will cut costs to save around $12 billion (€15bn) by 2030.", "en"),
        "b": ("Volkswagen will cut costs to save €15 billion by 2030.", "en"),
    }
    docs = [Document(key=k, text=t, language=lang, published=PUB) for k, (t, lang) in texts.items()]
    facts = [f for f in cross_check(docs, {d.key: extract_claims(d) for d in docs}) if f.kind == "money"]
    assert len(facts) == 1 and sorted(c.text for k, c in facts[0].members if k == "a") == [
        "around $12 billion",
        "€15bn",
    ]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Mars will pay $83.50 per share in cash.", "en"),
        ("Nvidia's stock closed the day at $118.58, marking its steepest drop.", "en"),
        ("Mit einem Verlust von 17 Prozent fiel der Kurs der Nvidia-Aktie auf 118,42 Dollar.", "de"),
        ("L’action de Nvidia a dégringolé de 16,97% à 118,42 dollars.", "fr"),
        ("Las acciones de Nvidia cayeron un 17%, cerrando a 118,58 dólares por acción.", "es"),
    ],
)
def test_share_prices_are_share_prices_in_every_language(text, lang):
    assert [c.slot for c in money(text, lang, published=date(2025, 1, 28))] == ["share_price"]


def test_importing_the_engine_leaves_the_currency_names_for_their_first_use():
    """A web process or a management command imports the engine without running it: CLDR's currency names (Babel)
    are read when an amount is first looked at, not at import."""
    code = (
        "import sys; import verification.engine.extract, verification.engine.cluster; "
        "from verification.engine import money; "
        "assert 'babel' not in sys.modules and money.currency_names.cache_info().currsize == 0; "
        "from verification.engine.claims import Document; "
        "from verification.engine.extract import extract_claims; "
        "claims = extract_claims(Document(key='t', text='The bank lent 300 Swiss francs.', language='en')); "
        "assert any(c.kind == 'money' and c.value['currency'] == 'CHF' for c in claims), claims"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le dollar s'échangeait à 141,69 yens vendredi.", "fr"),
        ("El dólar se cambiaba a 141,69 yenes el viernes.", "es"),
        ("The dollar traded at 141.69 yen on Friday.", "en"),
        ("Der Dollar kostete am Freitag 141,69 Yen.", "de"),
    ],
)
def test_an_amount_in_yen_written_as_the_plural_noun_alone_is_money(text, lang):
    c = money(text, lang)[0]
    assert (c.value["currency"], c.value["low"]) == ("JPY", 141.69)
