"""Quotes and their speakers, in every language's quotation marks, the speaker named before or after."""

from datetime import date

import pytest

from verification.engine.claims import Document
from verification.engine.extract import extract_claims


def quotes(text, lang):
    cs = extract_claims(Document(key="t", text=text, language=lang, published=date(2026, 5, 21)))
    return [(c.value["speaker"], c.text) for c in cs if c.kind == "quote"]


@pytest.mark.parametrize(
    "text, lang, speaker, words",
    [
        # the speaker after the quote, with a verb of saying the old tables lacked
        (
            "“We will rebuild every school that the water destroyed,” insisted Maria Lopez, the mayor.",
            "en",
            "maria lopez",
            "We will rebuild every school that the water destroyed,",
        ),
        (
            "„Wir werden jede zerstörte Schule wieder aufbauen“, versicherte Bürgermeisterin Anna Berger.",
            "de",
            "anna berger",
            "Wir werden jede zerstörte Schule wieder aufbauen",
        ),
        (
            "« Nous reconstruirons chaque école détruite par les eaux », a assuré la maire, Marie Dupont.",
            "fr",
            "marie dupont",
            "Nous reconstruirons chaque école détruite par les eaux",
        ),
        (
            "«Reconstruiremos cada escuela que destruyó el agua», aseguró la alcaldesa, María López.",
            "es",
            "maria lopez",
            "Reconstruiremos cada escuela que destruyó el agua",
        ),
        # the person rather than the organisation they speak for
        (
            '"The squad gave everything they had tonight," said Madrid coach Carlo Ancelotti.',
            "en",
            "carlo ancelotti",
            "The squad gave everything they had tonight,",
        ),
        # the speaker before the quote, the quote introduced by "that" / "que" / "dass"
        (
            "Union leader Daniela Cavallo stressed that “no plant will be closed and nobody will be laid off.”",
            "en",
            "daniela cavallo",
            "no plant will be closed and nobody will be laid off.",
        ),
        (
            "Le juge Roger Arata a souligné que « la cour a examiné chaque dossier avec soin ».",
            "fr",
            "roger arata",
            "la cour a examiné chaque dossier avec soin",
        ),
        # German quotation marks closed by a plain double quote
        (
            'Trainer Julian Nagelsmann sagte: „Wir haben heute alles gegeben, was wir hatten".',
            "de",
            "julian nagelsmann",
            "Wir haben heute alles gegeben, was wir hatten",
        ),
        # single quotation marks
        (
            "She spoke of ‘a future in which everyone can live in harmony’, Gisèle Pelicot said.",
            "en",
            "gisele pelicot",
            "a future in which everyone can live in harmony",
        ),
        # a plural, a present, a gerund: forms of a verb of saying the language's table lists in other forms
        (
            "«No vamos a abandonar a ninguna familia», declararon los alcaldes Ana Ruiz y Pedro Gómez.",
            "es",
            "ana ruiz",
            "No vamos a abandonar a ninguna familia",
        ),
        (
            "El presidente Donald Trump criticó el accidente, afirmando que “debió haberse evitado”.",
            "es",
            "donald trump",
            "debió haberse evitado",
        ),
        (
            "Marie Dupont et Paul Martin affirment : « Nous ne laisserons personne sur le bord de la route ».",
            "fr",
            "paul martin",
            "Nous ne laisserons personne sur le bord de la route",
        ),
        (
            "Experten wie Thomas Altmann warnen: „Die Bewertungen sind viel zu hoch und werden fallen.“",
            "de",
            "thomas altmann",
            "Die Bewertungen sind viel zu hoch und werden fallen.",
        ),
        (
            "Jane Smith and John Doe say: “We will not leave anyone behind in this town.”",
            "en",
            "john doe",
            "We will not leave anyone behind in this town.",
        ),
    ],
)
def test_a_quote_has_the_speaker_its_reporting_clause_names(text, lang, speaker, words):
    assert (speaker, words) in quotes(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            'Coach Gareth Southgate faced the press after the match. "The whole squad has been brilliant," he said.',
            "en",
        ),
        (
            "Trainer Gareth Southgate stellte sich nach dem Spiel der Presse. „Die ganze Mannschaft war großartig“, sagte er.",
            "de",
        ),
        (
            "L'entraîneur Gareth Southgate s'est présenté devant la presse. « Toute l'équipe a été formidable », a-t-il ajouté.",
            "fr",
        ),
        (
            "El seleccionador Gareth Southgate compareció ante la prensa. «Todo el equipo ha estado brillante», añadió.",
            "es",
        ),
    ],
)
def test_a_pronoun_speaker_is_the_person_named_before(text, lang):
    assert [speaker for speaker, _ in quotes(text, lang)] == ["gareth southgate"]


def test_a_quote_standing_alone_goes_on_with_the_last_speaker():
    text = (
        '"This is a historic combination for both companies," Mars chief executive Poul Weihrauch said.\n\n'
        '"We have tremendous respect for the legacy that the team has built."'
    )
    assert [speaker for speaker, _ in quotes(text, "en")] == ["poul weihrauch", "poul weihrauch"]


@pytest.mark.parametrize(
    "text, lang",
    [
        # words in quotation marks no one is said to say: a name, a scare quote, a title
        ("The deal creates what analysts call “a new giant of the snack food industry in America”.", "en"),
        ("Le parti « Rassemblement national pour la France entière » a obtenu 143 sièges.", "fr"),
        ("The company said it expects sales to grow, and “a strong year ahead for all of its brands”.", "en"),
    ],
)
def test_words_in_quotation_marks_without_a_speaker_are_no_quote(text, lang):
    assert quotes(text, lang) == []


# a short quote (four words or fewer) stands when a verb of saying gives it to someone; a pronoun gives it to the
# one named last, by surname alone too; a surname two people share speaks for the one the text names most
_SHORT_QUOTES = {
    "en": "“This was a disgrace,”",
    "de": "„Das war eine Schande“,",
    "fr": "« C'était une honte »,",
    "es": "«Esto fue una vergüenza»,",
}
_SPEAKERS = [
    ("en", "Former president Donald Trump attacked the verdict. {q} he said."),
    ("de", "Der frühere Präsident Donald Trump griff das Urteil an. {q} sagte er."),
    ("fr", "L'ancien président Donald Trump a attaqué le verdict. {q} a-t-il dit."),
    ("es", "El expresidente Donald Trump atacó el veredicto. {q} dijo."),
    ("en", "Donald Trump was convicted over a payment to Stormy Daniels. Trump attacked the verdict. {q} he said."),
    (
        "de",
        "Donald Trump wurde wegen einer Zahlung an Stormy Daniels verurteilt. Trump griff das Urteil an. {q} sagte er.",
    ),
    (
        "fr",
        "Donald Trump a été condamné pour un paiement à Stormy Daniels. Trump a attaqué le verdict. {q} a-t-il dit.",
    ),
    ("es", "Donald Trump fue condenado por un pago a Stormy Daniels. Trump atacó el veredicto. {q} dijo."),
    ("en", "Donald Trump was convicted. Donald Trump did not move. His son Eric Trump looked angry. {q} Trump said."),
    (
        "de",
        "Donald Trump wurde verurteilt. Donald Trump regte sich nicht. Sein Sohn Eric Trump wirkte wütend. {q} so Trump.",
    ),
    (
        "fr",
        "Donald Trump a été condamné. Donald Trump n'a pas bougé. Son fils Eric Trump semblait furieux. {q} a déclaré Trump.",
    ),
    (
        "es",
        "Donald Trump fue condenado. Donald Trump no se inmutó. Su hijo Eric Trump parecía furioso. {q} dijo Trump.",
    ),
]


@pytest.mark.parametrize("lang, text", _SPEAKERS)
def test_a_short_quote_goes_to_the_person_its_clause_or_pronoun_means(lang, text):
    assert [speaker for speaker, _ in quotes(text.format(q=_SHORT_QUOTES[lang]), lang)] == ["donald trump"]


def test_a_german_quote_goes_to_the_surname_after_the_verb_of_saying():
    text = (
        "Thomas Müller leitet den Konzern seit 2020. „Wir werden die Krise überstehen und weiter wachsen“, "
        "sagte Müller am Dienstag in Berlin."
    )
    assert quotes(text, "de") == [("thomas muller", "Wir werden die Krise überstehen und weiter wachsen")]


@pytest.mark.parametrize(
    "text, lang",
    [
        # a verb the table gives in one form says so in that form only: "sprach", not "schuldig gesprochen"
        ('In Avignon wurde der "Teufel von Avignon", Dominique Pélicot, schuldig gesprochen.', "de"),
        # "stated" is a verb of saying, "the state" after a quote is none
        (
            "The report called it “the worst flood in living memory”, as the state of Valencia under Carlos Mazón struggled.",
            "en",
        ),
    ],
)
def test_a_word_that_only_shares_a_verb_of_sayings_lemma_gives_no_quote(text, lang):
    assert quotes(text, lang) == []
