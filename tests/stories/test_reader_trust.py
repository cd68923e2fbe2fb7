"""What readers may trust (issue 12), over HTTP: internal notes stay internal, outlets instead of files, one
sources list, preview for staff only, draft over live, time zones, unpublish with a reason, slug redirects."""

import pytest
from rest_framework.test import APIClient

from stories import workflow
from stories.models import Story, StoryState
from tests.workflow_data import make_verified_story, publish_story, retitle_published
from verification.models import Fact, ReviewDecision
from verification.services.review import bulk_approve

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_cache")]


def _api(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


# --- 1. notes ------------------------------------------------------------------------------------------


def test_internal_note_never_reaches_readers_and_public_note_does(client, editor, reviewer, publisher):
    story = make_verified_story(decided=False)
    jobs = Fact.objects.get(story=story, key="jobs")
    office = Fact.objects.get(story=story, key="office")
    answer = _api(reviewer).post(
        f"/api/facts/{jobs.pk}/review/",
        {
            "decision": "approve",
            "note": "INTERNAL called the press office, cut the rest",
            "public_note": "The company confirmed 500 jobs to us.",
        },
        format="json",
    )
    assert answer.status_code == 200, answer.content
    assert answer.json()["decisions"][0]["public_note"] == "The company confirmed 500 jobs to us."
    result = bulk_approve(fact_ids=[office.pk], user=reviewer)
    assert result.approved == [office.pk]
    assert ReviewDecision.objects.get(fact=office).public_note == ""

    publish_story(story, editor=editor, reviewer=reviewer, publisher=publisher)
    page = client.get(story.get_absolute_url()).content.decode()
    assert "The company confirmed 500 jobs to us." in page
    assert "INTERNAL" not in page and "bulk approval" not in page
    feed = client.get("/feed/").content.decode()
    assert "INTERNAL" not in feed and "bulk approval" not in feed
    for url in (f"/api/stories/{story.pk}/", f"/api/facts/?story={story.pk}"):
        body = _api().get(url).content.decode()
        assert "INTERNAL" not in body and "bulk approval" not in body, url


# --- 2. outlets ----------------------------------------------------------------------------------------


def test_outlet_from_byline_url_and_known_outlets():
    from stories.outlet_names import byline_outlet, resolve_outlet

    assert byline_outlet("By Mei Ling Tan, Straits Wire") == "Straits Wire"
    assert byline_outlet("Jane Doe, Senior Correspondent") == "" and byline_outlet("Jane Doe") == ""
    known = {"straitstimes.com": "The Straits Times"}
    assert (
        resolve_outlet(publisher="", author="", origin="https://www.straitstimes.com/asia/1", known=known)
        == "The Straits Times"
    )
    assert (
        resolve_outlet(publisher="", author="", origin="https://news.example.org/a", known=known) == "news.example.org"
    )
    assert resolve_outlet(publisher="", author="", origin="seeds/000_fc09857291499de6.txt", known=known) == ""


def test_drafting_and_submitting_refuse_a_source_without_outlet(client, editor):
    from stories.models import Article, KnownOutlet
    from stories.services.consolidation import draft_consolidated_text
    from stories.workflow import ActionConflict

    story = make_verified_story()
    nameless = story.articles.order_by("id").first()
    Article.objects.filter(pk=nameless.pk).update(publisher="", author="", origin="uploads/000_fc0985.txt")
    with pytest.raises(ActionConflict, match="outlet missing"):
        draft_consolidated_text(story=story, user=editor)
    with pytest.raises(ActionConflict, match="outlet missing"):
        workflow.submit(story=story, user=editor)
    client.force_login(editor)
    page = client.get(f"/admin/stories/article/{nameless.pk}/change/").content.decode()
    assert "outlet missing" in page
    assert "outlet missing" in client.get(f"/admin/stories/story/{story.pk}/change/").content.decode()
    # a web origin names the site; the known-outlets table gives it the name readers know
    Article.objects.filter(pk=nameless.pk).update(origin="https://www.straitstimes.com/asia/1")
    KnownOutlet.objects.create(domain="straitstimes.com", name="The Straits Times")
    draft_consolidated_text(story=story, user=editor)
    assert (
        "according to The Straits Times" in Story.objects.get(pk=story.pk).body
        or "The Straits Times" in client.get(f"/preview/{story.pk}/").content.decode()
    )


# --- 3. one sources list -------------------------------------------------------------------------------


def test_the_body_cites_the_one_structured_list(client, editor, reviewer, publisher):
    from stories.services.consolidation import draft_consolidated_text

    story = make_verified_story(with_body=False)
    draft_consolidated_text(story=story, user=editor)
    story.refresh_from_db()
    assert "## Sources" not in story.body and "[[1]](#source-1)" in story.body
    publish_story(story, editor=editor, reviewer=reviewer, publisher=publisher)
    html = client.get(story.get_absolute_url()).content.decode()
    assert html.count('id="sources-title"') == 1 and html.count('<ol class="source-list">') == 1
    assert 'href="#source-1"' in html and 'id="source-1"' in html


# --- 4. preview ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["Editors", "Reviewers", "Publishers"])
def test_the_desk_previews_any_story_never_cached_never_indexed(client, make_user, role):
    story = make_verified_story()
    client.force_login(make_user(role))
    response = client.get(f"/preview/{story.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert story.title in html and "How this was checked" in html and "Agreement between sources" in html
    assert '<meta name="robots" content="noindex, nofollow">' in html and "Preview" in html
    assert response["X-Robots-Tag"].startswith("noindex") and "no-store" in response["Cache-Control"]
    api = _api(make_user(role)).get(f"/api/stories/{story.pk}/").json()
    assert api["preview_url"].endswith(f"/preview/{story.pk}/")


def test_readers_get_a_404_for_a_preview(client, editor, reviewer, publisher):
    story = make_verified_story()
    assert client.get(f"/preview/{story.pk}/").status_code == 404
    publish_story(story, editor=editor, reviewer=reviewer, publisher=publisher)
    assert client.get(f"/preview/{story.pk}/").status_code == 404
    assert "preview_url" not in _api().get(f"/api/stories/{story.pk}/").json()


# --- 5. draft over live ---------------------------------------------------------------------------------


def test_a_live_story_is_edited_as_a_new_draft_while_readers_keep_the_live_edition(client, editor, reviewer, publisher):
    from stories.services.editing import save_story_text

    story = publish_story(make_verified_story(), editor=editor, reviewer=reviewer, publisher=publisher)
    live = client.get(story.get_absolute_url()).content.decode()
    workflow.edit_live(story=story, user=editor)
    story.refresh_from_db()
    assert story.state == StoryState.DRAFT and story.live
    save_story_text(
        story=story, user=editor, expected_version=story.version, body=story.body + "\n\nA NEW PARAGRAPH of the draft."
    )
    from django.core.cache import cache

    cache.clear()
    assert client.get(story.get_absolute_url()).content.decode() == live  # readers keep the live edition
    for url in ("/", "/feed/", "/search/?q=PARAGRAPH", f"/api/stories/{story.pk}/"):
        assert "A NEW PARAGRAPH" not in client.get(url).content.decode(), url
    workflow.submit(story=story, user=editor)
    workflow.approve(story=story, user=reviewer)
    workflow.publish(story=story, user=publisher)
    cache.clear()
    assert "A NEW PARAGRAPH" in client.get(story.get_absolute_url()).content.decode()


READER_SURFACES = ("/", "/feed/", "/sitemap.xml", "/search/?q=Grab", "/api/stories/", "/api/facts/")


def _what_readers_get(client, story) -> dict[str, str]:
    """Every public surface a story appears on, as an anonymous reader gets it (the page cache emptied)."""
    from django.core.cache import cache

    cache.clear()
    urls = (story.get_absolute_url(), f"/api/stories/{story.pk}/", f"/api/facts/?story={story.pk}", *READER_SURFACES)
    return {url: client.get(url).content.decode() for url in urls}


def test_every_public_surface_keeps_the_live_edition_and_its_facts_while_a_draft_is_edited_over_it(
    client, editor, reviewer, publisher
):
    from datetime import timedelta

    from django.utils import timezone

    from stories.services.editing import save_story_text

    story = publish_story(make_verified_story(), editor=editor, reviewer=reviewer, publisher=publisher)
    before = _what_readers_get(client, story)
    facts = _api().get(f"/api/facts/?story={story.pk}").json()["results"]
    assert {f["slot"] for f in facts} == {"investment.amount", "jobs.count", "ranking.office"}

    workflow.edit_live(story=story, user=editor)
    story.refresh_from_db()
    save_story_text(
        story=story,
        user=editor,
        expected_version=story.version,
        title="Grab DRAFTED headline",
        dek="A DRAFTED dek.",
        body=story.body + "\n\nA DRAFTED paragraph.",
    )
    Story.objects.filter(pk=story.pk).update(language="de", updated_at=timezone.now() + timedelta(hours=1))
    # the draft's facts are re-checked: one re-decided, one's value changed, one gone
    Fact.objects.filter(story=story, key="jobs").update(verdict="corroborated")
    Fact.objects.get(story=story, key="office").claims.update(text="fifth office")
    Fact.objects.filter(story=story, key="amount").delete()

    assert _what_readers_get(client, story) == before  # byte for byte, the feed's and sitemap's dates too
    reader_api = _api()
    assert reader_api.get("/api/stories/?state=draft").json()["count"] == 0
    assert story.pk in [s["id"] for s in reader_api.get("/api/stories/?state=published").json()["results"]]
    ordered = [s["title"] for s in reader_api.get("/api/stories/?ordering=title").json()["results"]]
    assert "Grab DRAFTED headline" not in ordered and ordered == sorted(ordered)
    assert reader_api.get(f"/api/facts/{facts[0]['id']}/").json() == facts[0]
    assert reader_api.get("/api/facts/?verdict=conflicting").json()["count"] == 1
    # the desk sees the draft as it stands
    assert _api(editor).get(f"/api/stories/{story.pk}/").json()["title"] == "Grab DRAFTED headline"
    assert _api(editor).get(f"/api/facts/?story={story.pk}").json()["count"] == 2

    workflow.submit(story=story, user=editor)
    workflow.approve(story=story, user=reviewer)
    workflow.publish(story=story, user=publisher, correction="The sources now agree on the jobs figure.")
    story.refresh_from_db()
    after = _what_readers_get(client, story)
    assert "Grab DRAFTED headline" in after[story.get_absolute_url()]
    for url in ("/", "/feed/", "/search/?q=Grab", "/api/stories/"):
        assert "Grab DRAFTED headline" in after[url], url
    assert after["/sitemap.xml"] != before["/sitemap.xml"]  # its lastmod: the new edition's
    published = _api().get(f"/api/facts/?story={story.pk}").json()["results"]
    assert [f["slot"] for f in published] == ["jobs.count", "ranking.office"]
    assert published[0]["verdict"] == "corroborated"
    assert "fifth office" in [c["text"] for c in published[1]["claims"]]
    detail = _api().get(f"/api/stories/{story.pk}/").json()
    assert detail["language"] == "de" and detail["state"] == "published"


def test_readers_get_a_fact_with_the_fields_the_desk_gets(editor, reviewer, publisher):
    story = publish_story(make_verified_story(), editor=editor, reviewer=reviewer, publisher=publisher)
    desk = {f["id"]: f for f in _api(editor).get(f"/api/facts/?story={story.pk}").json()["results"]}
    readers = _api().get(f"/api/facts/?story={story.pk}").json()["results"]
    assert readers and all({**desk[f["id"]], "decisions": None} == {**f, "decisions": None} for f in readers)
    schema = _api().get("/api/schema/?format=json").json()
    assert "claims" in schema["components"]["schemas"]["Fact"]["properties"]  # one documented shape for both


def test_an_edition_published_before_summaries_were_kept_gets_its_own_by_command(client, editor, reviewer, publisher):
    import io

    from django.core.management import call_command

    from stories.models import StoryEdition

    first = publish_story(make_verified_story(), editor=editor, reviewer=reviewer, publisher=publisher)
    second = publish_story(make_verified_story(), editor=editor, reviewer=reviewer, publisher=publisher)
    published = {e.pk: e.summary for e in StoryEdition.objects.all()}
    assert all(published.values())
    StoryEdition.objects.update(summary="")  # as editions published before the summary was stored
    StoryEdition.objects.filter(story=second).update(article_html="<p>An edition without the line.</p>")

    home = client.get("/").content.decode()  # the home page leaves the line out meanwhile, and writes nothing
    assert home.count('class="story-card"') == 2 and "check-summary" not in home
    assert not StoryEdition.objects.exclude(summary="").exists()

    out = io.StringIO()
    call_command("record_editions", stdout=out)
    assert "Stored the check summary of 2 older edition(s)." in out.getvalue()
    assert {e.pk: e.summary for e in StoryEdition.objects.all()} == published  # from the page, or its facts
    home = client.get("/").content.decode()  # the command cleared the cached page
    assert home.count('class="check-summary"') == 2 and published[first.editions.get().pk] in home

    StoryEdition.objects.filter(story=second).update(summary="", facts={})  # nothing tells: left out, said so
    out = io.StringIO()
    call_command("record_editions", stdout=out)
    assert "1 edition(s) have no check summary on their page or in their facts" in out.getvalue()


def test_a_changed_published_fact_needs_a_correction_worded_by_the_desk(client, editor, reviewer, publisher):
    from stories.models import Correction

    story = publish_story(make_verified_story(), editor=editor, reviewer=reviewer, publisher=publisher)
    workflow.edit_live(story=story, user=editor)
    office = Fact.objects.get(story=story, key="office")
    office.claims.update(text="fifth office")
    workflow.submit(story=story, user=editor)
    workflow.approve(story=story, user=reviewer)
    with pytest.raises(workflow.ActionConflict, match="word a correction"):
        workflow.publish(story=story, user=publisher)
    workflow.publish(story=story, user=publisher, correction="The office is the fifth, not the fourth.")
    assert Correction.objects.filter(story=story, note="The office is the fifth, not the fourth.").exists()
    assert "The office is the fifth, not the fourth." in client.get(story.get_absolute_url()).content.decode()


def test_each_place_of_a_published_story_is_compared_as_its_own_fact(editor, reviewer, publisher):
    """Facts without a subject (the places a story names) are as many rows on the reader page as places: a
    changed place is reported by its name, and the places that did not change are not reported."""
    from stories.services.editions import published_fact_changes
    from tests.factories import ClaimFactory, FactFactory

    story = make_verified_story()
    run = Fact.objects.filter(story=story).first().run
    places = {}
    for name in ("Jakarta", "Singapore"):
        article = next(a for a in story.articles.all() if name in a.text)
        claim = ClaimFactory.on(article, name, kind="place", slot="place", subject="", value={"name": name})
        places[name] = FactFactory(
            story=story, key=f"place {name}", kind="place", slot="place", subject="", run=run, claims=[claim]
        )
    story = publish_story(story, editor=editor, reviewer=reviewer, publisher=publisher)
    workflow.edit_live(story=story, user=editor)
    places["Jakarta"].claims.update(text="Bandung", value={"name": "Bandung"})

    changes = published_fact_changes(story=story)
    assert changes == [
        "Place (Bandung): added (corroborated: Bandung)",
        "Place (Jakarta): no longer stated (was Jakarta)",
    ]
    assert not any("Singapore" in change for change in changes)


def test_the_desk_schedules_a_new_draft_that_changes_facts_with_its_correction(client, editor, reviewer, publisher):
    from datetime import timedelta

    from stories.models import Correction

    story = publish_story(make_verified_story(), editor=editor, reviewer=reviewer, publisher=publisher)
    workflow.edit_live(story=story, user=editor)
    Fact.objects.get(story=story, key="office").claims.update(text="fifth office")
    workflow.submit(story=story, user=editor)
    workflow.approve(story=story, user=reviewer)
    client.force_login(publisher)
    page = client.get(f"/admin/stories/story/{story.pk}/change/").content.decode()
    assert "This draft changes facts readers were given" in page and page.count('name="correction"') == 1
    publish = f"/admin/stories/story/{story.pk}/workflow/publish/"
    correction = {"correction": "The office is the fifth, not the fourth."}

    answer = client.post(publish, {"when": "schedule", "publish_at": "", **correction}, follow=True)
    assert "choose the time it goes live" in answer.content.decode()
    answer = client.post(publish, {"when": "schedule", "publish_at": "2099-06-01T09:00"}, follow=True)
    assert "word a correction" in answer.content.decode()  # the correction is required to schedule too
    story.refresh_from_db()
    assert story.publish_at is None

    client.post(publish, {"when": "schedule", "publish_at": "2099-06-01T09:00", **correction})
    story.refresh_from_db()
    assert story.state == StoryState.APPROVED and story.publish_at is not None
    assert workflow.publish_due_stories(now=story.publish_at + timedelta(seconds=1)) == [story.pk]
    assert Correction.objects.filter(story=story, note=correction["correction"]).exists()

    # a time typed and "publish now" pressed: it goes live now
    workflow.edit_live(story=story, user=editor)
    workflow.submit(story=story, user=editor)
    workflow.approve(story=story, user=reviewer)
    client.post(publish, {"when": "now", "publish_at": "2099-06-01T09:00"})
    story.refresh_from_db()
    assert story.state == StoryState.PUBLISHED and story.publish_at is None
    assert story.editions.count() == 3


# --- 6. time zones -------------------------------------------------------------------------------------


def test_the_api_refuses_a_publication_time_without_a_zone(editor, reviewer, publisher):
    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    naive = _api(publisher).post(
        f"/api/stories/{story.pk}/publish/", {"publish_at": "2099-06-01T09:00:00"}, format="json"
    )
    assert naive.status_code == 400 and "zone" in naive.json()["reason"]
    zoned = _api(publisher).post(
        f"/api/stories/{story.pk}/publish/", {"publish_at": "2099-06-01T09:00:00+08:00"}, format="json"
    )
    assert zoned.status_code == 200
    story.refresh_from_db()
    assert story.publish_at.isoformat() == "2099-06-01T01:00:00+00:00"


def test_the_admin_takes_and_shows_times_in_the_newsroom_zone(client, settings, editor, publisher):
    settings.TIME_ZONE = "Asia/Singapore"
    story = make_verified_story(state=StoryState.APPROVED, submitted_by=editor)
    client.force_login(publisher)
    page = client.get(f"/admin/stories/story/{story.pk}/change/").content.decode()
    assert "Asia/Singapore" in page
    client.post(f"/admin/stories/story/{story.pk}/workflow/publish/", {"publish_at": "2099-06-01T09:00"})
    story.refresh_from_db()
    assert story.publish_at.isoformat() == "2099-06-01T01:00:00+00:00"  # 09:00 in Singapore
    assert "1 June 2099, 09:00" in client.get(f"/admin/stories/story/{story.pk}/change/").content.decode()


# --- 7. unpublish --------------------------------------------------------------------------------------


def test_unpublishing_asks_first_and_keeps_the_reason(client, editor, reviewer, publisher):
    from stories.models import StoryTransition

    story = publish_story(make_verified_story(), editor=editor, reviewer=reviewer, publisher=publisher)
    client.force_login(publisher)
    change = client.get(f"/admin/stories/story/{story.pk}/change/").content.decode()
    assert f"/admin/stories/story/{story.pk}/unpublish/" in change
    ask = client.get(f"/admin/stories/story/{story.pk}/unpublish/").content.decode()
    assert "Yes, unpublish" in ask and 'name="note"' in ask and "required" in ask
    refused = _api(publisher).post(f"/api/stories/{story.pk}/unpublish/", {}, format="json")
    assert refused.status_code == 400 and "reason" in refused.json()["reason"]
    client.post(f"/admin/stories/story/{story.pk}/workflow/unpublish/", {"note": "Legal asked us to hold it."})
    entry = StoryTransition.objects.filter(story=story, action="unpublish").get()
    assert entry.note == "Legal asked us to hold it."
    assert "Legal asked us to hold it." in client.get(f"/admin/stories/story/{story.pk}/change/").content.decode()
    assert client.get(story.get_absolute_url()).status_code == 404


# --- 8. slugs ------------------------------------------------------------------------------------------


def test_a_retitled_story_redirects_its_old_address(client, editor, reviewer, publisher):
    story = publish_story(make_verified_story(), editor=editor, reviewer=reviewer, publisher=publisher)
    old_url = story.get_absolute_url()
    story = retitle_published(
        story, "Grab triples its Singapore bet", editor=editor, reviewer=reviewer, publisher=publisher
    )
    assert story.slug == "grab-triples-its-singapore-bet"
    moved = client.get(old_url)
    assert moved.status_code == 301 and moved["Location"] == story.get_absolute_url()
    assert client.get(story.get_absolute_url()).status_code == 200


# --- 9. the consolidated draft --------------------------------------------------------------------------


def test_a_mixed_language_story_drafted_in_english_pastes_no_german(editor):
    from stories.models import Article
    from stories.services.consolidation import compose, draft_consolidated_text
    from tests.workflow_data import _claim
    from verification.models import Fact as FactModel

    story = make_verified_story(with_body=False)
    german = Article.objects.create(
        origin="https://www.faz.net/a",
        content_hash="de" * 32,
        raw_text="x",
        title="Grab in Singapur",
        body="Grab investiert 300 Millionen Singapur-Dollar in den bahnbrechenden Standort. Jetzt abonnieren!",
        publisher="",
        language="de",
        story=story,
        text_version=1,
        claims_text_version=1,
    )
    claim = _claim(
        german,
        "300 Millionen Singapur-Dollar",
        "money",
        "investment.amount",
        {"low": 300e6, "high": 300e6, "qualifier": "exact", "currency": "SGD"},
    )
    FactModel.objects.get(story=story, key="amount").claims.add(claim)
    only_german = _claim(german, "bahnbrechenden Standort", "relation", "site.kind", {"name": "Standort"})
    FactModel.objects.create(
        story=story,
        key="site",
        kind="relation",
        slot="site.kind",
        verdict="single_source",
        flagged=False,
        independent_sources=1,
    ).claims.set([only_german])
    draft = compose(story=story)
    assert draft.language == "en"  # three English sources, one German
    assert "investiert" not in draft.body and "bahnbrechend" not in draft.body and "abonnieren" not in draft.body
    assert "[[4]](#source-4)" in draft.body  # the German source is cited for the value it shares
    german_draft = compose(story=story, language="de")
    assert "berichtet" in german_draft.body or "Die Quellen" in german_draft.body
    draft_consolidated_text(story=story, user=editor, language="de")
    assert Story.objects.get(pk=story.pk).language == "de"


def test_the_draft_leaves_out_questions_calls_to_action_and_promotion():
    from stories.services.consolidation import reads_as_reporting

    assert reads_as_reporting("Grab will invest S$300 million in Singapore.", "en")
    assert not reads_as_reporting("Will Grab invest S$300 million in Singapore?", "en")
    assert not reads_as_reporting("Subscribe now to read how Grab invests S$300 million.", "en")
    assert not reads_as_reporting("The crown jewel of Grab's S$300 million plan opens.", "en")
    assert not reads_as_reporting("Grab's S$300 million investment", "en")  # a heading, not a sentence


# --- 10. the reader page -------------------------------------------------------------------------------


def test_the_page_leads_with_the_dek_and_folds_the_facts_by_verdict(client):
    from tests.workflow_data import make_checked_story

    story = make_checked_story(n_facts=3, n_sources=2, dek="Singapore's state investor expands.")
    html = client.get(story.get_absolute_url()).content.decode()
    header = html[html.index('<header class="story-header">') : html.index("</header>", html.index("story-header"))]
    assert '<p class="dek">Singapore&#x27;s state investor expands.</p>' in header
    assert header.index('class="dek"') < header.index('class="check-summary"')
    assert "3 facts checked" in header
    assert html.count('<details class="fact-group') == 3 and "<details open" not in html
    assert html.index('class="story-body"') < html.index('id="how-checked"') < html.index('class="fact-group')
    assert 'class="agreement-rows"' in html  # the picture as rows, for phones


def test_value_letters_name_distinct_normalised_values_without_gaps(client):
    from tests.factories import ArticleFactory, ClaimFactory, FactFactory, StoryFactory

    story = StoryFactory()
    bodies = [
        "Grab hired over 200 people in May.",
        "Grab hired over 200 jobs in May.",
        "Grab hired 250 people in May. It also said over 300 people.",
    ]
    articles = [ArticleFactory(story=story, publisher=f"Outlet {i}", body=body) for i, body in enumerate(bodies)]
    claims = [
        ClaimFactory.on(articles[0], "over 200 people", value={"low": 200, "qualifier": "over", "unit": "people"}),
        ClaimFactory.on(articles[1], "over 200 jobs", value={"low": 200, "qualifier": "over", "unit": "jobs"}),
        ClaimFactory.on(articles[2], "over 300 people", value={"low": 300, "qualifier": "over", "unit": "people"}),
        ClaimFactory.on(articles[2], "250 people", value={"low": 250, "unit": "people"}),
    ]
    FactFactory(story=story, claims=claims, verdict="conflicting", slot="hires", flagged=True, review_status="approved")
    html = client.get(story.get_absolute_url()).content.decode()
    table = html[html.index("<tbody>") : html.index("</tbody>")]
    assert table.count("gives value A") == 2 and table.count("gives value B") == 1
    assert "gives value C" not in table and "gives value D" not in table


def test_facts_are_named_by_concept_in_words_with_the_subject_as_the_sources_write_it(client):
    from tests.factories import ArticleFactory, ClaimFactory, FactFactory, StoryFactory

    story = StoryFactory()
    article = ArticleFactory(story=story, body="OpenAI will invest S$300 million in its Singapore lab.")
    FactFactory(
        story=story,
        claims=[ClaimFactory.on(article, "S$300 million")],
        verdict="single_source",
        slot="investment.amount",
        subject="openai",
    )
    html = client.get(story.get_absolute_url()).content.decode()
    assert "Investment: OpenAI" in html or "Investment amount: OpenAI" in html
    assert "investment.amount" not in html and ": openai" not in html
