"""The review queue and the fact page in words: concept labels, subjects as the sources write them, values in
words with one letter per value, the story's own sentence, and what to do once a story's facts are decided."""

import re

import pytest
from django.urls import reverse

from core.models import ReviewStatus, Verdict
from stories.models import StoryState
from tests.factories import ArticleFactory, ClaimFactory, FactFactory, StoryFactory
from verification.models import Fact

pytestmark = pytest.mark.django_db


def _conflict():
    story = StoryFactory(
        state=StoryState.IN_REVIEW,
        body="Temasek will invest S$300 million [[1]](#source-1) in the office. It opens in June.",
    )
    one = ArticleFactory(
        story=story,
        publisher="marsbit",
        body="Temasek will invest S$300 million in the office, its chief Chng Kai Fone said.",
    )
    two = ArticleFactory(story=story, publisher="Straits Daily", body="The office will cost Temasek S$320 million.")
    three = ArticleFactory(story=story, publisher="Wire", body="Temasek puts S$300 million into the office.")
    money = {"low": 300e6, "high": 300e6, "qualifier": "exact", "currency": "SGD"}
    claims = [
        ClaimFactory.on(one, "S$300 million", value=money),
        ClaimFactory.on(two, "S$320 million", value={**money, "low": 320e6, "high": 320e6}),
        ClaimFactory.on(three, "S$300 million", value=money),
    ]
    fact = FactFactory(story=story, claims=claims, verdict=Verdict.CONFLICTING, flagged=True, subject="temasek")
    jobs = ArticleFactory(
        story=story, publisher="Jobs Daily", body="TEMASEK's office will create over 200 jobs this year."
    )
    count = FactFactory(
        story=story,
        claims=[
            ClaimFactory.on(
                jobs,
                "over 200 jobs",
                kind="count",
                slot="jobs.count",
                value={"low": 200, "high": None, "qualifier": "over", "unit": "jobs"},
            )
        ],
        kind="count",
        verdict=Verdict.SINGLE_SOURCE,
        slot="jobs.count",
        flagged=True,
        subject="temasek",
    )
    return story, fact, count


def test_the_fact_page_reads_in_words(client, reviewer):
    story, fact, count = _conflict()
    client.force_login(reviewer)
    page = client.get(reverse("admin:verification_fact_change", args=[fact.pk])).content.decode()
    assert '<h1>Investment <span class="quiet">(Temasek)</span></h1>' in page
    assert "investment.amount" not in page and "low:" not in page and "qualifier" not in page
    # The story's sentence, citations tidied, with the stated value marked.
    assert (
        '<blockquote class="fact-sentence">Temasek will invest <mark class="value">S$300 million</mark> '
        "[1] in the office.</blockquote>"
    ) in page
    # Values in words, converted at the article's date; the same value has the same letter.
    assert "S$300 million ≈ US$" in page and "on 21 May 2026" in page
    letters = re.findall(
        r'<span class="value-letter" title="[^"]*">([A-Z])</span> <span class="value-words">'
        r"(S\$3\d0 million)",
        page,
    )
    assert [letter for letter, _ in letters] == ["A", "B", "A"]
    assert [value for _, value in letters] == ["S$300 million", "S$320 million", "S$300 million"]

    jobs = client.get(reverse("admin:verification_fact_change", args=[count.pk])).content.decode()
    assert '<span class="value-words">over 200 jobs</span>' in jobs
    assert "does not state this fact" in jobs


def test_the_queue_reads_in_words_conflicts_first(client, reviewer):
    story, fact, count = _conflict()
    client.force_login(reviewer)
    page = client.get(reverse("admin:verification_fact_changelist")).content.decode()
    rows = re.findall(r'<a href="/admin/verification/fact/(\d+)/change/">([^<]+)</a>', page)
    assert rows == [(str(fact.pk), "Investment"), (str(count.pk), "Jobs")]  # conflicts first
    assert "<title>Review queue | Corroborate</title>" in page
    assert (
        ">Temasek<" in page
        and ">TEMASEK<" in page
        and "temasek" not in re.sub(r"<[^>]+>", "", page).split("Review queue")[1]
    )
    assert f'<span class="truncate" title="{story.title}">' in page
    assert "Review queue: " + story.title not in page
    one_story = client.get(reverse("admin:verification_fact_changelist"), {"story__id__exact": story.pk})
    assert f"Review queue: {story.title}" in one_story.content.decode()


def test_deciding_the_last_pending_fact_points_to_the_story_approval(client, reviewer):
    story, fact, count = _conflict()
    client.force_login(reviewer)
    decide = reverse("admin:verification_fact_decide", args=[fact.pk])
    first = client.post(decide, {"decision": "approve", "version": fact.version, "next": "1"}, follow=True)
    assert first.redirect_chain[-1][0] == reverse("admin:verification_fact_change", args=[count.pk])
    assert "Every flagged fact" not in first.content.decode()
    last = client.post(
        reverse("admin:verification_fact_decide", args=[count.pk]),
        {"decision": "needs_sourcing", "version": count.version},
        follow=True,
    )
    assert "Every flagged fact" not in last.content.decode()  # needs sourcing is not decided
    done = client.post(
        reverse("admin:verification_fact_decide", args=[count.pk]),
        {"decision": "approve", "version": count.version + 1},
        follow=True,
    )
    text = done.content.decode()
    assert f"Every flagged fact of “{story.title}” is decided: it can be approved now." in text
    assert f'href="/admin/stories/story/{story.pk}/change/#workflow">Approve the story</a>' in text
    assert Fact.objects.filter(story=story, review_status=ReviewStatus.APPROVED).count() == 2


def _flagged(story, claims, **fields):
    """A flagged single-source fact of these claims, of their kind and slot."""
    kind, slot = claims[0].kind, claims[0].slot
    return FactFactory(
        story=story, kind=kind, slot=slot, verdict=Verdict.SINGLE_SOURCE, flagged=True, claims=claims, **fields
    )


def test_the_queue_and_the_fact_page_say_what_a_fact_is_about_as_its_sources_write_it(client, reviewer):
    story = StoryFactory(state=StoryState.IN_REVIEW)
    spanish = ArticleFactory(story=story, language="es", body="El sismo sacudió Japón.")
    english = ArticleFactory(story=story, language="en", body="The quake shook Japan.")
    german = ArticleFactory(story=story, language="de", body="Die Europäische Zentralbank senkt den Zins auf 2 %.")
    place = _flagged(
        story,
        [
            ClaimFactory.on(article, name, kind="place", slot="place", value={"entity": "japan", "name": name})
            for article, name in ((spanish, "Japón"), (english, "Japan"))
        ],
    )
    rate = _flagged(
        story,
        [ClaimFactory.on(german, "2 %", kind="percent", slot="interest_rate.percent", value={"low": 2})],
        subject="europaische zentralbank",
    )
    client.force_login(reviewer)
    queue = re.sub(r"<[^>]+>", "|", client.get(reverse("admin:verification_fact_changelist")).content.decode())
    assert "|Place|" in queue and "|Japan|" in queue  # the desk reads English: the English source's name
    assert "|Europäische Zentralbank|" in queue and "europaische" not in queue
    page = client.get(reverse("admin:verification_fact_change", args=[place.pk])).content.decode()
    assert '<h1>Place <span class="quiet">(Japan)</span></h1>' in page and "› Place (Japan)" in page
    page = client.get(reverse("admin:verification_fact_change", args=[rate.pk])).content.decode()
    assert "(Europäische Zentralbank)</span></h1>" in page


def test_the_fact_page_names_each_source_as_the_explanation_does_and_clips_a_run_on_sentence(client, reviewer):
    story = StoryFactory(state=StoryState.IN_REVIEW)
    table = "Labour Conservative Reform Liberal Democrats Greens SNP " * 20  # a results table, no full stop
    nameless = ArticleFactory(
        story=story, publisher="", author="", origin="results.txt", body=table + "412 seats " + table
    )
    named = ArticleFactory(story=story, publisher="Wire", body="Labour won 410 seats.")
    claims = [ClaimFactory.on(nameless, "412 seats", kind="count", slot="seats", value={"low": 412})]
    claims.append(ClaimFactory.on(named, "410 seats", kind="count", slot="seats", value={"low": 410}))
    explanation = f"article {nameless.pk} says 412 seats; Wire says 410 seats: they disagree."
    fact = FactFactory(
        story=story, kind="count", slot="seats", verdict=Verdict.CONFLICTING, flagged=True, explanation=explanation
    )
    fact.claims.set(claims)
    client.force_login(reviewer)
    page = client.get(reverse("admin:verification_fact_change", args=[fact.pk])).content.decode()
    assert "[1] Unnamed outlet says 412 seats; Wire says 410 seats" in page  # as the cards below cite them
    assert (
        "Unnamed outlet</h3>" in page and f">article {nameless.pk}</a>" in page and f">article {named.pk}</a>" in page
    )
    sentence = re.search(r'<blockquote class="sentence">(.*?)</blockquote>', page, re.S).group(1)
    assert '<mark class="value">412 seats</mark>' in sentence
    assert sentence.startswith("…") and sentence.endswith("…") and len(sentence) < 600
    assert "results.txt" not in page


def test_one_amount_written_two_ways_has_one_letter(client, reviewer):
    story = StoryFactory(state=StoryState.IN_REVIEW)
    usd = {"low": 35.9e9, "high": 35.9e9, "qualifier": "exact", "unit": "currency", "currency": "USD"}
    said = [
        ("Mars buys Kellanova for $35.9 billion.", "$35.9 billion", {**usd, "assumed": True, "on": "2024-08-14"}),
        ("Mars zahlt 35,9 Milliarden Dollar.", "35,9 Milliarden Dollar", {**usd, "step": 0.1}),
        ("Mars pays nearly $30 billion.", "nearly $30 billion", {**usd, "low": 30e9, "high": 30e9}),
    ]
    claims = [
        ClaimFactory.on(ArticleFactory(story=story, body=body), text, kind="money", slot="acquisition.price", value=v)
        for body, text, v in said
    ]
    fact = FactFactory(story=story, kind="money", slot="acquisition.price", verdict=Verdict.CONFLICTING, flagged=True)
    fact.claims.set(claims)
    client.force_login(reviewer)
    page = client.get(reverse("admin:verification_fact_change", args=[fact.pk])).content.decode()
    cards = re.findall(r'<span class="value-letter" title="[^"]*">([A-Z])</span>', page)
    assert cards == ["A", "A", "B"]


def test_the_queue_finds_facts_by_the_words_their_concept_reads_as(client, reviewer):
    story, fact, count = _conflict()  # an investment (Temasek) and a job count
    result = ArticleFactory(story=story, publisher="Wire", body="Labour won 412 seats.")
    seats = _flagged(story, [ClaimFactory.on(result, "412 seats", kind="count", slot="seats", value={"low": 412})])
    client.force_login(reviewer)

    def found(term, **filters):
        page = client.get(reverse("admin:verification_fact_changelist"), {"q": term, **filters}).content.decode()
        return {int(pk) for pk in re.findall(r'<a href="/admin/verification/fact/(\d+)/change/[^"]*">', page)}

    assert found("seats won") == found("Seats  WON") == {seats.pk}  # the slot is "seats"
    assert found("seats won", verdict="single_source") == {seats.pk}
    assert found("seats won", verdict="conflicting") == set()  # the concept's words search within the filters
    assert found("  ") == {fact.pk, count.pk, seats.pk}  # no words: the whole queue
    assert found("jobs") == {count.pk}
    assert found("Investment") == {fact.pk}  # the slot is "investment.amount"
    assert {fact.pk, count.pk} <= found("temasek")  # subjects (and the story's title), as before
    assert found("nothing like this") == set()


def test_the_claim_list_shows_subjects_and_articles_as_written(client, reviewer):
    article = ArticleFactory(
        title="", origin="imports/f13ed5ef4e83cd86.txt", body="Gisèle Pelicot testified for 3 days. The court sat."
    )
    ClaimFactory.on(article, "3 days", kind="measure", slot="duration", subject="gisele pelicot")
    client.force_login(reviewer)
    page = client.get("/admin/verification/claim/").content.decode()
    assert ">Gisèle Pelicot<" in page and "gisele pelicot" not in page
    assert "Gisèle Pelicot testified for 3 days." in page and "f13ed5ef4e83cd86" not in page
