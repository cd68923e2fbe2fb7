"""People as facts: a person named with no role is named all the same, under one key whatever title their name
chain took in, and one person is one fact across reports."""

from datetime import date

import pytest

from verification.engine.claims import Document
from verification.engine.crosscheck import cross_check
from verification.engine.extract import extract_claims


def people(text, lang):
    cs = extract_claims(Document(key="t", text=text, language=lang, published=date(2026, 5, 21)))
    return [(c.value["person"], c.value["role"]) for c in cs if c.kind == "role"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The company paid hush money to Stormy Daniels before the election.", "en"),
        ("Das Unternehmen zahlte Schweigegeld an Stormy Daniels vor der Wahl.", "de"),
        ("L'entreprise a versé de l'argent à Stormy Daniels avant l'élection.", "fr"),
        ("La empresa pagó dinero a Stormy Daniels antes de las elecciones.", "es"),
    ],
)
def test_a_person_named_with_no_role_is_named(text, lang):
    assert ("stormy daniels", "") in people(text, lang)


@pytest.mark.parametrize(
    "text, lang, phrase",
    [
        ("The ministry presented the plan for Digital Development on Monday.", "en", "digital development"),
        ("Die Regierung stellte die Nationale Präsidentschaft am Montag vor.", "de", "nationale präsidentschaft"),
        (
            "Le gouvernement a présenté la Stratégie Nationale Communication lundi.",
            "fr",
            "stratégie nationale communication",
        ),
        ("El Gobierno presentó la Comisión Nacional el lunes.", "es", "comisión nacional"),
        ("Singapore published its National AI Strategy last year.", "en", "national ai strategy"),
        ("The bill now goes to the House of Commons for a vote.", "en", "house of commons"),
        ("The San Francisco-based firm opened an office.", "en", "san francisco-based"),
        (
            "A Historic Milestone: The First International Applied Lab\nThe lab opened in May.",
            "en",
            "historic milestone",
        ),
    ],
)
def test_a_capitalised_phrase_shaped_unlike_a_name_is_no_person(text, lang, phrase):
    assert all(phrase not in person for person, role in people(text, lang) if role == "")


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("President-elect Donald Trump vowed to block the deal.", "en", "donald trump"),
        ("Judge Juan Merchan set the sentencing for July.", "en", "juan merchan"),
        ("Richter Juan Merchan setzte das Strafmaß für Juli an.", "de", "juan merchan"),
        ("El juez Juan Merchan fijó la sentencia para julio.", "es", "juan merchan"),
    ],
)
def test_a_title_in_the_name_chain_is_no_part_of_the_person(text, lang, person):
    assert person in [p for p, _ in people(text, lang)]


def test_a_name_the_text_gives_alone_drops_the_word_before_it():
    text = "Premier Rishi Sunak conceded defeat. Rishi Sunak spoke in London."
    assert {p for p, _ in people(text, "en")} == {"rishi sunak"}


def test_german_capitalised_words_are_no_person():
    text = "Schwere Unwetter haben die Küste getroffen. Viele Volkswirte erwarten eine Senkung."
    assert people(text, "de") == []


def test_one_person_named_in_several_reports_is_one_corroborated_fact():
    texts = {
        "1": ("en", "Prosecutors said the payment to Stormy Daniels was hidden in the records."),
        "2": ("fr", "Selon l'accusation, le paiement à Stormy Daniels a été dissimulé."),
        "3": ("de", "Die Zahlung an Stormy Daniels wurde laut Anklage verschleiert."),
    }
    docs = [Document(key=k, text=t, language=lang, published=date(2026, 5, 21)) for k, (lang, t) in texts.items()]
    facts = cross_check(docs, {d.key: extract_claims(d) for d in docs})
    named = [f for f in facts if f.kind == "role" and any(c.value["person"] == "stormy daniels" for _, c in f.members)]
    assert len(named) == 1 and named[0].verdict == "corroborated" and named[0].sources == ["1", "2", "3"]


def test_a_role_named_elsewhere_is_no_conflict_with_a_bare_name():
    texts = {
        "1": ("en", "The sentence was handed down by Judge Juan Merchan on Friday."),
        "2": ("es", "La sentencia fue dictada por Juan Merchan el viernes."),
    }
    docs = [Document(key=k, text=t, language=lang, published=date(2026, 5, 21)) for k, (lang, t) in texts.items()]
    facts = cross_check(docs, {d.key: extract_claims(d) for d in docs})
    named = [f for f in facts if f.kind == "role" and any(c.value["person"] == "juan merchan" for _, c in f.members)]
    assert len(named) == 1 and named[0].verdict == "corroborated"


@pytest.mark.parametrize(
    "text, lang, person",
    [
        # an organisation's acronym on the title before the name
        ("Die Pläne entsprechen VW-Chef Oliver Blume zufolge einer Verringerung.", "de", "oliver blume"),
        ("Das bestätigte US-Präsident Donald Trump am Donnerstag.", "de", "donald trump"),
        # a regnal number, a surname's prefix: still a person
        ("Le 5 juillet, le roi Charles III nomme Keir Starmer.", "fr", "charles iii"),
        ("The results were explained by Thomas O’Brien at the lab.", "en", "thomas o brien"),
        ("The governor, Ron DeSantis, signed the bill.", "en", "ron desantis"),
    ],
)
def test_names_that_look_like_organisations_are_people(text, lang, person):
    assert person in [p for p, _ in people(text, lang)]


def test_camel_case_and_acronyms_still_make_organisations():
    cs = extract_claims(Document(key="t", text="DeepSeek and the SPD-Fraktion met McKinsey.", language="en"))
    assert not [c for c in cs if c.kind == "role"]


@pytest.mark.parametrize(
    "text, lang, person, role",
    [
        ("Acme named Jane Smith as its new chief executive on Monday.", "en", "jane smith", "ceo"),
        ("Jane Smith was appointed chief financial officer of Acme.", "en", "jane smith", "cfo"),
        ("Der Konzern ernannte Jana Schmidt zur neuen Vorstandschefin.", "de", "jana schmidt", "ceo"),
        ("Jana Schmidt wurde zur Finanzchefin ernannt.", "de", "jana schmidt", "cfo"),
        ("Le groupe a nommé Jeanne Dupont directrice générale.", "fr", "jeanne dupont", "ceo"),
        ("Jeanne Dupont a été nommée directrice générale du groupe.", "fr", "jeanne dupont", "ceo"),
        ("La empresa nombró a Juana López consejera delegada.", "es", "juana lopez", "ceo"),
        ("Juana López fue nombrada consejera delegada de la empresa.", "es", "juana lopez", "ceo"),
    ],
)
def test_an_appointment_gives_the_person_named_the_role_after_them(text, lang, person, role):
    assert (person, role) in people(text, lang)


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("Jane Smith met the chief executive on Monday.", "en", "jane smith"),
        ("King Charles appointed the leader of the party, Keir Starmer, as prime minister.", "en", "king charles"),
        ("Jana Schmidt traf den Vorstandschef am Montag.", "de", "jana schmidt"),
        ("Le roi Charles III nomme le chef du Parti travailliste comme Premier ministre.", "fr", "charles iii"),
        ("El rey Carlos III nombra al líder del partido como primer ministro.", "es", "carlos iii"),
    ],
)
def test_a_role_named_after_someone_without_an_appointment_to_it_is_not_theirs(text, lang, person):
    assert all(role == "" for who, role in people(text, lang) if who == person)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The verdict could speed the rise of her successor Jordan Bardella.", "en"),
        ("Das Urteil könnte den Aufstieg ihres Nachfolgers Jordan Bardella beschleunigen.", "de"),
        ("Le verdict pourrait accélérer l'ascension de son successeur Jordan Bardella.", "fr"),
        ("El veredicto podría acelerar el ascenso de su sucesor Jordan Bardella.", "es"),
    ],
)
def test_a_word_for_how_someone_stands_to_another_is_no_part_of_their_name(text, lang):
    # "successor", "Nachfolgers", "son", "Tochter": what the person is to someone, before the name
    assert people(text, lang) == [("jordan bardella", "")]


@pytest.mark.parametrize(
    "text, lang, competition",
    [
        ("Real Madrid won the Champions League final at Wembley.", "en", "champions league"),
        ("Spanien gewann das Finale der Champions League in Berlin.", "de", "champions league"),
        ("Le club a remporté la Coupe de France samedi.", "fr", "coupe de france"),
        ("El equipo ganó la Liga de Campeones en Múnich.", "es", "liga de campeones"),
    ],
)
def test_a_competition_is_no_person(text, lang, competition):
    assert competition not in {person for person, _ in people(text, lang)}


def test_a_person_beside_a_competition_is_still_named():
    assert ("jude bellingham", "") in people("Jude Bellingham scored in the Champions League final.", "en")


@pytest.mark.parametrize(
    "text, lang, name, role",
    [
        (
            "Henri de Castries, Stellantis’ senior independent director, said the board accepted it.",
            "en",
            "Henri de Castries",
            "senior independent director",
        ),
        (
            "Léon XIV, le premier souverain pontife nord-américain de l'Histoire, a salué la foule.",
            "fr",
            "Léon XIV",
            "premier souverain pontife nord-américain",
        ),
        (
            "Lucía Fernández Castellanos, la nueva vicepresidenta primera ejecutiva, celebró la decisión.",
            "es",
            "Lucía Fernández Castellanos",
            "nueva vicepresidenta primera ejecutiva",
        ),
        (
            "Anna Berger, die Vorstandsvorsitzende der Volkswagen Financial Services Aktiengesellschaft, sprach.",
            "de",
            "Anna Berger",
            "ceo",
        ),
    ],
)
def test_a_long_role_in_apposition_shows_the_person_alone(text, lang, name, role):
    # the claim's evidence is the name a reader finds the person by, however long what is said of them runs;
    # the role is read all the same
    cs = extract_claims(Document(key="t", text=text, language=lang, published=date(2026, 5, 21)))
    assert [(c.text, c.value["role"]) for c in cs if c.kind == "role"] == [(name, role)]


def test_a_short_role_in_apposition_shows_with_the_person():
    cs = extract_claims(Document(key="t", text="Jane Doe, the mayor, opened the bridge.", language="en"))
    assert [c.text for c in cs if c.kind == "role"] == ["Jane Doe, the mayor"]


@pytest.mark.parametrize(
    "text, person",
    [
        ("Gestern verließen die beiden Astronauten Jared Isaacman und Sarah Gillis die Kapsel.", "jared isaacman"),
        ("Der Papst nahm den Namen Leo XIV. an.", "leo xiv"),
        ("Trainer lobte seinen Spielern Lamine Yamal und Nico Williams.", "lamine yamal"),
    ],
)
def test_a_german_common_noun_opening_a_name_chain_leaves_the_person_named(text, person):
    # "Astronauten", "Namen": capitalised nouns, no part of the name; the name after them is a person's
    assert (person, "") in people(text, "de")


def test_a_german_name_chain_of_common_nouns_alone_names_no_one():
    assert people("Schwere Unwetter trafen am Montag die Küste.", "de") == []


@pytest.mark.parametrize(
    "text, shown, person",
    [
        ("Erst Carvajal traf, erst dann jubelte Dani Carvajal.", "Carvajal", "dani carvajal"),
        ("Weil Courtois patzte, weil niemand half. Thibaut Courtois ärgerte sich.", "Courtois", "thibaut courtois"),
        ("Siebzig Männer wurden angeklagt, siebzig verurteilt. Dominique Pelicot schwieg.", None, "dominique pelicot"),
    ],
)
def test_a_german_word_opening_a_sentence_the_text_writes_lowercase_is_no_part_of_a_name(text, shown, person):
    # "Erst", "Weil", "Siebzig": German capitalises nouns and names only; a word also written lowercase is neither,
    # so what follows it is the name ("Carvajal", the surname of the article's "Dani Carvajal") or none
    cs = extract_claims(Document(key="t", text=text, language="de", published=date(2026, 5, 21)))
    named = {(c.text, c.value["person"]) for c in cs if c.kind == "role"}
    assert {who for _, who in named} == {person}
    assert shown is None or (shown, person) in named


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Kerr County Sheriff Larry Leitha confirmed that ten campers remain missing.", "en"),
        ("Sheriff Larry Leitha bestätigte, dass zehn Camper vermisst werden.", "de"),
        ("Le shérif Larry Leitha a confirmé que dix campeurs restaient portés disparus.", "fr"),
        ("El alguacil Larry Leitha confirmó que diez campistas siguen desaparecidos.", "es"),
    ],
)
def test_a_sheriff_is_a_role(text, lang):
    """A county's sheriff speaks for the police in floods, fires and shootings: the office, not part of the name."""
    assert ("larry leitha", "sheriff") in people(text, lang)


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "Meta lehnt das ab. EU-Kartellchefin Margrethe Vestager sagte, Facebook habe Anbieter benachteiligt.",
            "margrethe vestager",
        ),
        ("Die Regierung tagte. US-Außenminister Marco Rubio sagte, er sei zufrieden.", "marco rubio"),
    ],
)
def test_a_german_compound_title_an_acronym_opens_is_no_part_of_the_person(text, person):
    """ "EU-Kartellchefin Margrethe Vestager": the compound says what the person is, as "Tesla-Chef Musk" does."""
    assert person in [p for p, _ in people(text, "de")]
