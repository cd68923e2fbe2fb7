"""Editing with a version check, revisions and their comparison, and the consolidated draft."""

import threading

import pytest
from django.db import connection

from core.errors import ActionConflict, ActionForbidden
from core.models import Verdict
from stories.models import Story, StoryRevision, StoryState
from stories.services.consolidation import compose, draft_consolidated_text
from stories.services.editing import EditConflict, compare_revisions, save_story_text
from tests.factories import ArticleFactory, ClaimFactory, FactFactory, StoryFactory
from tests.workflow_data import _claim, make_article, make_verified_story
from verification.models import Fact
from verification.services.review import decide_fact


@pytest.mark.django_db
def test_second_save_from_the_same_version_is_a_conflict_and_nothing_is_lost(editor, make_user):
    other = make_user("Editors")
    story = make_verified_story()
    start = story.version
    save_story_text(story=story, user=editor, expected_version=start, body="Edna's text")
    with pytest.raises(EditConflict, match="saved by edna after you opened it") as refused:
        save_story_text(story=story, user=other, expected_version=start, body="Other's text")
    assert refused.value.current_version == start + 1
    story.refresh_from_db()
    assert story.body == "Edna's text" and story.version == start + 1
    assert list(StoryRevision.objects.filter(story=story).values_list("body", flat=True)) == ["Edna's text"]
    # The other editor reloads and saves on top of the current version.
    save_story_text(story=story, user=other, expected_version=story.version, body="Edna's text, improved")
    assert Story.objects.get(pk=story.pk).body == "Edna's text, improved"


@pytest.mark.django_db(transaction=True)
def test_concurrent_saves_in_two_threads_one_wins_one_conflicts(editor, make_user):
    other = make_user("Editors")
    story = make_verified_story()
    start, outcomes, barrier = story.version, [], threading.Barrier(2)

    def save(user, text):
        try:
            barrier.wait()
            save_story_text(story=story.pk, user=user, expected_version=start, body=text)
            outcomes.append(("saved", text))
        except EditConflict:
            outcomes.append(("conflict", text))
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(u, t)) for u, t in ((editor, "A"), (other, "B"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(kind for kind, _ in outcomes) == ["conflict", "saved"]
    winner = next(text for kind, text in outcomes if kind == "saved")
    story.refresh_from_db()
    assert story.body == winner and story.version == start + 1


@pytest.mark.django_db
def test_edits_are_refused_outside_editable_states_and_roles(editor, reviewer):
    story = make_verified_story(state=StoryState.IN_REVIEW, submitted_by=editor)
    with pytest.raises(ActionConflict, match="only a draft"):
        save_story_text(story=story, user=editor, expected_version=story.version, body="x")
    draft = make_verified_story()
    with pytest.raises(ActionForbidden):
        save_story_text(story=draft, user=reviewer, expected_version=draft.version, body="x")


@pytest.mark.django_db
def test_revisions_are_kept_and_compared(editor):
    story = make_verified_story(with_body=False)
    draft_consolidated_text(story=story, user=editor)
    story.refresh_from_db()
    save_story_text(
        story=story,
        user=editor,
        expected_version=story.version,
        body=story.body.replace("Grab will invest", "Grab is investing"),
    )
    numbers = list(StoryRevision.objects.filter(story=story).order_by("number").values_list("number", "source"))
    assert numbers == [(1, "generated"), (2, "edit")]
    comparison = compare_revisions(story=story, old_number=1, new_number=2)
    assert any(line.startswith("-Grab will invest") for line in comparison.body)
    assert any(line.startswith("+Grab is investing") for line in comparison.body)
    assert comparison.title == []


@pytest.mark.django_db
def test_consolidated_draft_states_attributes_and_flags_disputes(editor):
    story = make_verified_story(with_body=False, decided=False)
    body = compose(story=story).body
    # Corroborated: stated plainly, cited to both sources that state it.
    assert "Grab will invest S$300 million in Singapore. [[1]](#source-1)[[2]](#source-2)" in body
    # Single source: attributed.
    assert "opened its fourth office in Jakarta last week, according to techwire [[3]](#source-3)." in body
    # Conflicting and unsettled: sources differ, each with its citation, values from the normalised ones.
    assert (
        "Sources differ on jobs (grab): marsbit reports 500 jobs [[1]](#source-1); "
        "reuters reports 400 jobs [[2]](#source-2)." in body
    )
    # corroborated first, then attributed, then the differences; no list of sources of its own
    assert body.index("Grab will invest") < body.index("according to techwire") < body.index("Sources differ")
    assert "## Sources" not in body


@pytest.mark.django_db
def test_a_settled_conflict_is_stated_and_a_rejected_fact_left_out(editor, reviewer):
    story = make_verified_story(with_body=False, decided=False)
    decide_fact(fact=Fact.objects.get(story=story, key="jobs"), user=reviewer, decision="approve")
    decide_fact(fact=Fact.objects.get(story=story, key="office"), user=reviewer, decision="reject", note="wrong")
    body = compose(story=story).body
    assert "Sources differ" not in body and "500 jobs" in body
    assert "fourth office" not in body


@pytest.mark.django_db
def test_a_name_alone_brings_no_sentence_into_the_draft(editor):
    story = make_verified_story(with_body=False, decided=False)
    articles = list(story.articles.order_by("id"))
    # "the company said" names no one; a place named with no subject, a person with no role say nothing of them
    named = [
        ClaimFactory.on(
            articles[1],
            "Singapore",
            sentence="Grab invests S$300 million in Singapore, the company said.",
            kind="place",
            slot="place",
            subject="",
            value={"name": "Singapore"},
        ),
        ClaimFactory.on(articles[2], "Jakarta", kind="place", slot="place", subject="", value={"name": "Jakarta"}),
        # an organisation the story names, with what it is to the story and no subject ("Company: Grab")
        ClaimFactory.on(
            articles[1],
            "Grab",
            sentence="Grab invests S$300 million in Singapore, the company said.",
            kind="relation",
            slot="company",
            subject="",
            value={"entity": "grab", "name": "Grab", "type": "org", "relation": "company"},
        ),
    ]
    FactFactory(story=story, key="place", kind="place", slot="place", verdict="single_source", claims=named[1:2])
    FactFactory(story=story, key="place2", kind="place", slot="place", verdict="single_source", claims=named[:1])
    FactFactory(story=story, key="company", kind="relation", slot="company", verdict="single_source", claims=named[2:])
    body = compose(story=story).body
    assert "the company said" not in body and "Jakarta last week, according to techwire" in body
    office = Fact.objects.get(story=story, key="office")
    office.delete()  # the sentence no longer comes from the office fact: the place named in it brings none
    assert "Jakarta" not in compose(story=story).body


@pytest.mark.django_db
def test_regenerating_keeps_the_editors_text_and_shows_the_difference(editor, reviewer):
    story = make_verified_story(with_body=False, decided=False)
    first = draft_consolidated_text(story=story, user=editor)
    assert first.replaced
    story.refresh_from_db()
    edited = story.body + "\n\nAn editor's own paragraph."
    save_story_text(story=story, user=editor, expected_version=story.version, body=edited)
    decide_fact(fact=Fact.objects.get(story=story, key="jobs"), user=reviewer, decision="approve")
    again = draft_consolidated_text(story=story, user=editor)
    assert not again.replaced
    story.refresh_from_db()
    assert story.body == edited  # kept
    assert "Sources differ" not in story.generated_body  # the new draft is beside it
    assert any(line.startswith("+") and "500 jobs" in line for line in again.diff)
    assert any("An editor's own paragraph." in line and line.startswith("-") for line in again.diff)


@pytest.mark.django_db
def test_regenerating_an_untouched_draft_replaces_it(editor, reviewer):
    story = make_verified_story(with_body=False, decided=False)
    draft_consolidated_text(story=story, user=editor)
    decide_fact(fact=Fact.objects.get(story=story, key="jobs"), user=reviewer, decision="approve")
    result = draft_consolidated_text(story=story, user=editor)
    assert result.replaced and "Sources differ" not in result.story.body
    assert StoryRevision.objects.filter(story=story, source="generated").count() == 2


@pytest.mark.django_db
def test_a_story_gone_while_its_draft_is_written_is_refused_as_gone(editor, monkeypatch):
    story = make_verified_story(with_body=False, decided=False)

    def compose_while_merged_away(**kwargs):
        draft = compose(**kwargs)
        Story.objects.filter(pk=story.pk).delete()  # merged into another meanwhile
        return draft

    monkeypatch.setattr("stories.services.consolidation.compose", compose_while_merged_away)
    with pytest.raises(ActionConflict, match="no longer exists"):
        draft_consolidated_text(story=story, user=editor)


@pytest.mark.django_db
def test_a_bare_figure_the_engine_finds_little_to_check_in_is_not_stated_as_a_value(editor):
    story = StoryFactory(language="en", title="Quake")
    articles = [
        ArticleFactory(story=story, language="de", publisher=name, body="72 Menschen starben. Es gab 3 Stöße.")
        for name in ("Tagesblatt", "Abendpost")
    ]

    def fact(text, slot, unit, worth):
        value = {"low": float(text[:2]), "high": float(text[:2]), "qualifier": "exact", "unit": unit}
        claims = [
            ClaimFactory.on(a, text, kind="count", slot=slot, value=value, checkworthiness=worth) for a in articles
        ]
        FactFactory(story=story, kind="count", slot=slot, verdict="corroborated", claims=claims)

    fact("72 Menschen", "deaths", "people", 0.85)
    fact("3 Stöße", "things", "things", 0.3)
    body = compose(story=story).body
    assert "Deaths" in body and "72" in body  # from its value in words: no source writes English
    assert "Number" not in body and "3 " not in body.replace("[[", "")


@pytest.mark.django_db
def test_a_value_that_only_repeats_its_subject_is_not_stated(editor):
    story = StoryFactory(language="de", title="Finale")
    german = ArticleFactory(story=story, language="de", publisher="Post", body="Cole Palmer")
    english = ArticleFactory(story=story, language="en", publisher="Wire", body="substitute, Cole Palmer")
    value = {"person": "cole palmer", "name": "Cole Palmer", "role": "", "org": ""}
    claims = [
        ClaimFactory.on(german, "Cole Palmer", kind="role", slot="role", subject="cole palmer", value=value),
        ClaimFactory.on(
            english,
            "substitute, Cole Palmer",
            kind="role",
            slot="role",
            subject="cole palmer",
            value={**value, "role": "substitute"},
            checkworthiness=0.7,
        ),
    ]
    FactFactory(story=story, kind="role", slot="role", subject="cole palmer", verdict="corroborated", claims=claims)
    assert "Cole Palmer" not in compose(story=story).body  # not "Funktion (Cole Palmer): Cole Palmer"


@pytest.mark.django_db
def test_a_german_sentence_with_an_ordinals_dot_is_taken_over_whole(editor):
    """The engine's sentences end at sentence ends, not at an ordinal's dot ("Am 7. Juli"), so the draft quotes
    the whole sentence, and the sentence after one ending in a number ("Platz 3.") is a sentence too."""
    from verification.services.extraction import extract_article_claims

    story = StoryFactory(language="de", title="Wahl", state=StoryState.DRAFT)
    text = (
        "Am 7. Juli 2024 fand die zweite Runde der Parlamentswahl statt. Die Partei kam landesweit auf Platz 3. "
        "Die Wahlbeteiligung lag bei 66 Prozent."
    )
    articles = [ArticleFactory(story=story, language="de", publisher=n, body=text) for n in ("Tagesblatt", "Post")]
    for article in articles:
        extract_article_claims(article_id=article.pk)
    for slot_words in ("7. Juli 2024", "66 Prozent"):
        claims = [c for a in articles for c in a.claims.all() if c.text == slot_words]
        assert len(claims) == 2, [c.text for a in articles for c in a.claims.all()]
        FactFactory(story=story, kind=claims[0].kind, slot=claims[0].slot, verdict="corroborated", claims=claims)
    body = compose(story=story).body
    assert "Am 7. Juli 2024 fand die zweite Runde der Parlamentswahl statt." in body
    assert "Die Wahlbeteiligung lag bei 66 Prozent." in body


@pytest.mark.django_db
def test_consolidated_draft_lays_out_paragraphs_of_three_sentences_then_each_outlet_then_disputes(editor):
    story = make_verified_story(with_body=False, decided=False)
    run = story.facts.first().run
    told_twice = "Grab hired 120 drivers in Penang. Grab opened 3 depots in Ipoh. Grab leased 40 cars in Johor."
    desk, wires = (make_article(story, publisher, told_twice) for publisher in ("desk", "wires"))
    gazette = make_article(
        story,
        "gazette",
        "Grab hired 7 designers. Grab bought 2 startups. Grab named 5 directors. Grab trained 60 riders.",
    )
    corroborated = [
        [_claim(a, text, "count", slot, {"low": low}) for a in (desk, wires)]
        for text, slot, low in (
            ("120 drivers", "drivers.count", 120),
            ("3 depots", "depots.count", 3),
            ("40 cars", "cars.count", 40),
        )
    ]
    single = [
        [_claim(gazette, text, "count", slot, {"low": low})]
        for text, slot, low in (
            ("7 designers", "designers.count", 7),
            ("2 startups", "startups.count", 2),
            ("5 directors", "directors.count", 5),
            ("60 riders", "riders.count", 60),
        )
    ]
    facts = [(c, Verdict.CORROBORATED) for c in corroborated] + [(c, Verdict.SINGLE_SOURCE) for c in single]
    for claims, verdict in facts:
        FactFactory(
            story=story,
            key=claims[0].slot,
            kind="count",
            slot=claims[0].slot,
            subject="grab",
            verdict=verdict,
            run=run,
            claims=claims,
        )
    # corroborated three sentences a paragraph; single-source a paragraph per outlet, three at most; disputes last
    assert compose(story=story).body == (
        "Grab will invest S$300 million in Singapore. [[1]](#source-1)[[2]](#source-2)"
        " Grab hired 120 drivers in Penang. [[4]](#source-4)[[5]](#source-5)"
        " Grab opened 3 depots in Ipoh. [[4]](#source-4)[[5]](#source-5)\n\n"
        "Grab leased 40 cars in Johor. [[4]](#source-4)[[5]](#source-5)\n\n"
        "The ride-hailing firm opened its fourth office in Jakarta last week, according to techwire [[3]](#source-3).\n\n"
        "Grab hired 7 designers, according to gazette [[6]](#source-6)."
        " Grab bought 2 startups, according to gazette [[6]](#source-6)."
        " Grab named 5 directors, according to gazette [[6]](#source-6).\n\n"
        "Grab trained 60 riders, according to gazette [[6]](#source-6).\n\n"
        "Sources differ on jobs (grab): marsbit reports 500 jobs [[1]](#source-1);"
        " reuters reports 400 jobs [[2]](#source-2).\n"
    )
