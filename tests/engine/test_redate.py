"""Relative dates of undated articles resolve against the story's date."""

from datetime import date

import pytest

from tests.engine.conftest import holding_all
from verification.engine.claims import Document
from verification.engine.compare import ComparisonContext, resemblance, view
from verification.engine.extract import extract_claims
from verification.engine.rates import default_rates
from verification.engine.redate import redate, story_date

STORY = date(2025, 1, 28)


def extracted(text, lang, published=None):
    doc = Document(key="d", text=text, language=lang, published=published)
    return doc, extract_claims(doc)


def test_a_relative_date_of_an_undated_article_takes_the_story_date():
    doc, claims = extracted("Nvidia a été fondée l'an dernier.", "fr")
    c = next(c for c in claims if c.kind == "date")
    assert c.value["resolved"] is False
    r = redate(c, doc, STORY)
    assert (r.value["start"], r.value["end"], r.value["anchor"]) == ("2024-01-01", "2024-12-31", "story")


def test_the_date_of_a_figures_sentence_is_resolved_too_and_keeps_figures_of_other_times_apart():
    doc, claims = extracted(
        "Nvidia avait perdu en septembre de l'année dernière 279 milliards de dollars de capitalisation boursière.",
        "fr",
    )
    old = redate(next(c for c in claims if c.kind == "money"), doc, STORY)
    assert old.extra["date_context"]["start"] == "2024-09-01" and old.extra["date_context"]["anchor"] == "story"
    now_doc, now_claims = extracted("Nvidia lost $600 billion in market capitalization.", "en", STORY)
    now = next(c for c in now_claims if c.kind == "money")
    ctx = ComparisonContext(rates=default_rates(), on=STORY)
    assert resemblance("money", view(old), view(now), ctx) == 0.0


def test_dated_articles_and_absolute_dates_are_left_alone():
    doc, claims = extracted("Nvidia a été fondée l'an dernier.", "fr", published=date(2024, 6, 1))
    c = next(c for c in claims if c.kind == "date")
    assert redate(c, doc, STORY) is c
    doc, claims = extracted("Nvidia a été fondée en 1993.", "fr")
    c = next(c for c in claims if c.kind == "date")
    assert redate(c, doc, STORY) is c


def test_a_day_of_an_article_dated_only_by_its_month_takes_the_story_date():
    doc, claims = extracted("Der Start der Rakete fand am Sonntag statt.", "de", published=date(2024, 10, 1))
    c = next(c for c in claims if c.kind == "date")
    assert c.value["resolved"] is False
    r = redate(c, doc, date(2024, 10, 14))
    assert (r.value["start"], r.value["anchor"]) == ("2024-10-13", "story")


def test_the_story_date_prefers_a_publication_day_to_a_month():
    docs = [
        Document(key="a", text="x", published=date(2024, 10, 14)),
        Document(key="b", text="x", published=date(2024, 11, 1)),
        Document(key="c", text="x"),
    ]
    assert story_date(docs) == date(2024, 10, 14)
    assert story_date(docs[1:]) == date(2024, 11, 1)
    assert story_date(docs[2:]) is None


def _date_facts(checked, *articles):
    return [f for f in checked(*articles, published=None, kind="date")]


def test_days_written_without_a_year_in_an_undated_story_take_the_year_its_texts_write(checked):
    facts = _date_facts(
        checked,
        ("de", "Papst Franziskus ist am 21. April gestorben. Die Beisetzung fand danach statt."),
        ("fr", "Le pape François est décédé le 21 avril. Il avait 88 ans."),
        ("es", "El papa Francisco murió el 21 de abril de 2025 en el Vaticano."),
        ("en", "Pope Francis died on April 21, 2025, at the Vatican. The Jubilee ends on January 6, 2026."),
    )
    (fact,) = holding_all(facts, "21. April", "21 avril", "21 de abril de 2025")
    assert fact.verdict == "corroborated"


def test_one_day_written_without_a_year_anywhere_is_one_day(checked):
    facts = _date_facts(
        checked,
        ("es", "El apagón del 28 de abril dejó sin luz a toda la península."),
        ("de", "Am 28. April kam es zu einem flächendeckenden Stromausfall."),
        ("fr", "La panne du 28 avril a privé l'Espagne d'électricité."),
        ("en", "The blackout of April 28 left Spain without power."),
    )
    (fact,) = holding_all(facts, "28 de abril", "28. April", "28 avril", "April 28")
    assert fact.verdict == "corroborated"


def test_the_day_of_a_date_is_no_place_in_a_series():
    for text, lang in (
        ("Am 28. April kam es zu einem Stromausfall.", "de"),
        ("The board accepted the resignation on December 2.\n\nHenri de Castries said so.", "en"),
    ):
        _, claims = extracted(text, lang, published=date(2025, 5, 2))
        assert not [c for c in claims if c.slot == "ordinal"]


def test_an_undated_reports_weekday_is_the_story_day_it_names(checked):
    facts = checked(
        ("fr", "Le tribunal a condamné Marine Le Pen lundi 31 mars 2025 à quatre ans de prison.", date(2025, 4, 19)),
        ("es", "El tribunal condenó este lunes a Marine Le Pen a cuatro años de prisión.", None),
        ("de", "Das Gericht verurteilte Marine Le Pen am Montag zu vier Jahren Haft.", None),
        ("en", "A court sentenced Marine Le Pen on Monday to four years in prison.", None),
        published=None,
        kind="date",
    )
    (fact,) = holding_all(facts, "lundi 31 mars 2025", "este lunes", "am Montag", "on Monday")
    assert fact.verdict == "corroborated"


def test_a_weekday_not_the_story_days_stays_another_day(checked):
    facts = checked(
        ("fr", "Le tribunal a condamné Marine Le Pen lundi 31 mars 2025.", date(2025, 4, 19)),
        ("en", "Her lawyers said on Wednesday she would appeal.", None),
        published=None,
        kind="date",
    )
    assert not holding_all(facts, "lundi 31 mars 2025", "on Wednesday")


def test_in_a_story_no_report_of_which_is_dated_a_weekday_is_the_day_the_leads_write(checked):
    facts = checked(
        ("fr", "Le tribunal a condamné l'entraîneur ce mercredi 9 juillet 2025 à un an de prison.", None),
        ("en", "A Spanish court sentenced the coach on Wednesday to one year in prison.", None),
        ("de", "Ein spanisches Gericht verurteilte den Trainer am Mittwoch zu einem Jahr Haft.", None),
        ("es", "Un tribunal condenó este miércoles al entrenador a un año de prisión.", None),
        ("en", "The coach said on Friday he would appeal.", None),
        published=None,
        kind="date",
    )
    (fact,) = holding_all(facts, "mercredi 9 juillet 2025", "on Wednesday", "am Mittwoch", "este miércoles")
    assert fact.verdict == "corroborated"
    assert not holding_all(facts, "mercredi 9 juillet 2025", "on Friday")


def test_a_deadline_in_two_languages_is_one_fact(checked):
    facts = checked(
        ("de", "Die Gewerkschaft betonte, dass eine Beschäftigungssicherung bis Ende 2030 vereinbart wurde.", None),
        ("fr", "L’accord permet également de prolonger la garantie de l’emploi jusqu’en 2030.", None),
        published=None,
        kind="date",
    )
    (fact,) = holding_all(facts, "bis Ende 2030", "jusqu’en 2030")
    assert fact.slot.startswith("deadline") and fact.verdict == "corroborated"


def test_deadlines_of_different_years_are_no_one_fact(checked):
    facts = checked(
        ("de", "Das Werk soll bis 2026 schließen, die Jobgarantie gilt bis Ende 2030.", None),
        ("fr", "La garantie de l’emploi court jusqu’en 2030.", None),
        published=None,
        kind="date",
    )
    assert holding_all(facts, "bis Ende 2030", "jusqu’en 2030")
    assert not holding_all(facts, "bis 2026", "jusqu’en 2030")


def test_bare_day_numbers_of_an_undated_chronicle_take_the_story_month(checked):
    facts = checked(
        (
            "fr",
            "Royaume-Uni.\n\nLe 4, le Parti travailliste remporte les élections.\n\nLe 5, le roi nomme Keir Starmer.",
            None,
        ),
        ("fr", "Les Britanniques votaient jeudi 4 juillet. Vendredi, le roi a nommé Keir Starmer.", None),
        ("en", "Britain voted on Thursday, July 4, 2024, and Labour won.", date(2024, 7, 5)),
        published=None,
        kind="date",
    )
    assert holding_all(facts, "Le 4", "jeudi 4 juillet")
    assert holding_all(facts, "Le 5", "Vendredi")


_BACKGROUND = " ".join(["The carmaker has struggled with falling sales and a weaker outlook in Europe."] * 9)


@pytest.mark.parametrize(
    "kind,articles,texts,verdict",
    [
        # a named day, a weekday and the date itself: one day
        (
            "date",
            [
                ("es", "El terremoto del 1 de enero del 2024 sacudió la costa de Ishikawa.", None),
                (
                    "fr",
                    "Le puissant séisme a touché la côte d’Ishikawa le jour de l’An vers 16 h 10.",
                    date(2024, 1, 2),
                ),
                ("en", "The death toll from the New Year’s Day earthquake in Ishikawa rose.", date(2024, 1, 3)),
            ],
            ("1 de enero del 2024", "jour de l’An", "New Year’s Day"),
            "corroborated",
        ),
        # a report whose lead gives no day tells the story's day with its first day near it
        (
            "date",
            [
                (
                    "fr",
                    "Le conseil de Stellantis a accepté la démission de Carlos Tavares ce dimanche 1er décembre 2024.",
                    date(2024, 12, 1),
                ),
                ("es", "El consejo aceptó la dimisión de Carlos Tavares con fecha 1 de diciembre.", None),
                (
                    "en",
                    f"Carlos Tavares has resigned. {_BACKGROUND}\n\nThe board accepted his resignation on December 2.",
                    date(2024, 12, 4),
                ),
            ],
            ("dimanche 1er décembre 2024", "1 de diciembre", "December 2"),
            "conflicting",
        ),
        # a time in a zone with summer time of an undated report is in UTC on the story's date
        (
            "time",
            [
                ("en", "The rocket lifted off at 7:25 AM CDT (12:25 UTC) from Starbase.", date(2024, 10, 13)),
                ("es", "El cohete despegó a las 8:25, hora del Este, desde Texas.", None),
                ("es", "El despegue fue a las 14:25, hora española, desde Texas.", None),
            ],
            ("12:25 UTC", "8:25, hora del Este", "14:25, hora española"),
            "corroborated",
        ),
        # the day and month an undated report writes contradict the day others give...
        (
            "date",
            [
                (
                    "en",
                    "Nvidia shares plunged on Monday, January 27, 2025, wiping out $589 billion.",
                    date(2025, 1, 28),
                ),
                ("de", "Die Nvidia-Aktie brach am Montag um 17 Prozent ein.", date(2025, 1, 28)),
                ("fr", "L'action Nvidia a chuté lundi 28 janvier. Lundi, le titre a perdu 17 %.", None),
            ],
            ("Monday, January 27, 2025", "am Montag", "lundi 28 janvier"),
            "conflicting",
        ),
        # ...a weekday counted from the story's date never does
        (
            "date",
            [
                ("en", "Nvidia shares plunged on Monday, January 27, 2025.", date(2025, 1, 28)),
                ("fr", "L'action Nvidia a chuté lundi.", None),
            ],
            ("Monday, January 27, 2025", "lundi"),
            "corroborated",
        ),
    ],
)
def test_one_day_or_moment_told_by_several_undated_reports(checked, kind, articles, texts, verdict):
    (fact,) = holding_all(checked(*articles, published=None, kind=kind), *texts)
    assert fact.verdict == verdict


OUTBREAK_PUBLISHED = date(2025, 1, 31)
# two reports that give the story's day (the outbreak declared) and the day before it (a nurse died)
OUTBREAK_REPORTS = (
    (
        "fr",
        "L'Ouganda a déclaré le 30 janvier 2025 une épidémie d'Ebola. Une infirmière est morte le 29 janvier 2025 à Kampala.",
        OUTBREAK_PUBLISHED,
    ),
    (
        "en",
        "Uganda declared an Ebola outbreak on January 30, 2025. A nurse died on January 29, 2025, in Kampala.",
        OUTBREAK_PUBLISHED,
    ),
)


@pytest.mark.parametrize(
    "lone",
    [
        ("es", "Una enfermera murió el 29 de enero de 2025 en Kampala, informó el ministerio.", "29 de enero de 2025"),
        (
            "de",
            "Eine Krankenschwester starb am 29. Januar 2025 in Kampala, teilte das Ministerium mit.",
            "29. Januar 2025",
        ),
    ],
)
def test_a_lead_day_other_reports_write_beside_the_story_day_is_that_other_day(checked, lone):
    lang, text, words = lone
    facts = checked(
        *OUTBREAK_REPORTS,
        (lang, text, OUTBREAK_PUBLISHED),
        published=OUTBREAK_PUBLISHED,
        kind="date",
    )
    (day,) = holding_all(facts, "29 janvier 2025", "January 29, 2025", words)
    (story,) = holding_all(facts, "30 janvier 2025", "January 30, 2025")
    assert day.verdict == story.verdict == "corroborated"


def test_a_weekday_a_report_counts_a_day_off_the_story_day_still_contradicts_it(checked):
    facts = checked(
        *OUTBREAK_REPORTS,
        ("es", "Uganda declaró este miércoles un brote de ébola en Kampala.", date(2025, 1, 30)),
        published=OUTBREAK_PUBLISHED,
        kind="date",
    )
    (story,) = holding_all(facts, "30 janvier 2025", "January 30, 2025", "este miércoles")
    assert story.verdict == "conflicting"
