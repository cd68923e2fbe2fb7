"""A re-run of verification after reviewers decided: decisions stay where the fact still stands, and are
re-opened (with a note in the history) where its evidence changed; submission waits for a current run."""

import pytest
from django.core.management import call_command

from core.errors import ActionConflict
from core.models import ReviewStatus
from stories import workflow
from stories.models import Article, Story
from stories.services.consolidation import draft_consolidated_text
from tests.conftest import SEEDS
from verification.models import Fact, ReviewDecision
from verification.services.checking import REOPENED_NOTE
from verification.services.review import decide_fact
from verification.services.runs import start_verification

pytestmark = pytest.mark.django_db


def test_rerun_keeps_decisions_where_the_fact_still_stands(editor, reviewer, eager_tasks):
    call_command("import_articles", str(SEEDS), "--no-progress")
    call_command("verify", "--all", "--wait")
    story = max(Story.objects.all(), key=lambda s: s.articles.count())
    story.articles.filter(publisher="").update(publisher="Wire Desk")  # the editor names the outlet no page gave
    draft_consolidated_text(story=story, user=editor)  # the text states single-source facts: they are flagged
    flagged = list(Fact.objects.filter(story=story, flagged=True))
    assert len(flagged) >= 3
    decisions = ["approve", "needs_sourcing", "reject"]
    for n, fact in enumerate(flagged):
        decision = decisions[n % 3]
        decide_fact(fact=fact, user=reviewer, decision=decision, note="checked")
    decided = dict(Fact.objects.filter(story=story, flagged=True).values_list("key", "review_status"))

    # The same sources checked again: every decision stands, nothing re-opened.
    run = start_verification(story=story, user=editor)
    run.refresh_from_db()
    assert run.state == "done"
    assert dict(Fact.objects.filter(story=story, flagged=True).values_list("key", "review_status")) == decided
    assert not ReviewDecision.objects.filter(fact__story=story, note=REOPENED_NOTE).exists()

    # One source's text changes (a paragraph added in front shifts its evidence): until it is verified again
    # the story cannot be submitted; then the facts it supports are re-opened and the others keep theirs.
    changed = Article.objects.filter(story=story).order_by("id").first()
    changed_keys = set(Fact.objects.filter(story=story, claims__article=changed).values_list("key", flat=True))
    Article.objects.filter(pk=changed.pk).update(
        body="Editor's note: updated.\n\n" + changed.body, text_version=changed.text_version + 1
    )
    with pytest.raises(ActionConflict, match="verify again"):
        workflow.submit(story=story, user=editor)
    start_verification(story=story, user=editor)
    after = dict(Fact.objects.filter(story=story, flagged=True).values_list("key", "review_status"))
    for key, status in decided.items():
        if key not in after:
            continue
        if key in changed_keys and status != ReviewStatus.PENDING:
            assert after[key] == ReviewStatus.PENDING, key
            assert ReviewDecision.objects.filter(fact__story=story, fact__key=key, note=REOPENED_NOTE).exists()
        elif key not in changed_keys:
            assert after[key] == status, key
    assert any(key not in changed_keys for key in decided), "some decisions must be untouched by the change"
    workflow.submit(story=story, user=editor)  # current again
