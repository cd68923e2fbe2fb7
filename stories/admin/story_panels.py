"""The story's columns and read-only panels in the admin: counts, publication, the verification line and
runs, the text beside the generated draft, the workflow history, revisions, corrections and editions."""

from django.contrib import admin
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from core.checking import fact_checking
from core.words import count_words, when
from stories import selectors
from stories.models import Story

from .diff import side_by_side
from .words import action_words, revision_words, state_words


class StoryPanels:
    """StoryAdmin's columns (list_display) and read-only fields, each a display method."""

    @admin.display(description="follow-up to", ordering="follow_up_of__title")
    def follow_up(self, obj):
        """The story past the draft stage whose event this one follows up (new articles came after it)."""
        earlier = obj.follow_up_of
        if earlier is None:
            return "—"
        return format_html(
            'Follow-up to <a href="{}">{}</a> ({})',
            reverse("admin:stories_story_change", args=[earlier.pk]),
            earlier,
            earlier.get_state_display().lower(),
        )

    @admin.display(description="title", ordering="title")
    def short_title(self, obj):
        return format_html('<span class="truncate" title="{}">{}</span>', obj.title, obj.title)

    @admin.display(description="publication", ordering="published_at")
    def publication(self, obj):
        if obj.publish_at:
            return f"at {when(obj.publish_at, short=True)}"
        return when(obj.published_at, short=True) if obj.published_at else "-"

    @admin.display(description="changed", ordering="updated_at")
    def last_change(self, obj):
        return when(obj.updated_at, short=True)

    @admin.display(description="articles", ordering="articles_total")
    def article_count(self, obj):
        return obj.articles_total

    @admin.display(description="facts", ordering="facts_total")
    def fact_count(self, obj):
        return obj.facts_total

    @admin.display(description="flagged", ordering="flagged_total")
    def flagged_count(self, obj):
        return obj.flagged_total

    @admin.display(description="undecided", ordering="undecided_total")
    def undecided_count(self, obj):
        if not obj.undecided_total:
            return 0
        url = reverse("admin:verification_fact_changelist") + f"?story__id__exact={obj.pk}"
        return format_html('<a href="{}">{}</a>', url, obj.undecided_total)

    @admin.display(description="verification runs")
    def latest_runs(self, obj):
        runs = fact_checking().runs.recent(obj)
        lines = format_html_join(
            "", '<li data-run="{}"><a href="{}">{}</a></li>', ((r["id"], run_url(r["id"]), r["line"]) for r in runs)
        )
        return format_html(
            '<div class="run-live" data-status-url="{}" data-busy="{}"><ul class="run-lines">{}</ul>'
            '<p class="run-none"{}>Never verified.</p></div>',
            reverse("admin:stories_story_runs", args=[obj.pk]),
            "1" if any(r["busy"] for r in runs) else "",
            lines,
            " hidden" if runs else "",
        )

    @admin.display(description="verification")
    def verification_status(self, obj):
        return format_html('<span class="verification-line">{}</span>', verification_line(obj))

    @admin.display(description="your text beside the last generated draft")
    def generated_difference(self, obj):
        if not obj.generated_body:
            return "Never generated."
        if obj.generated_body == obj.body:
            return "The text is the generated draft, unchanged."
        return render_to_string(
            "admin/stories/story/_diff.html",
            {
                "rows": side_by_side(obj.body, obj.generated_body),
                "old_name": "Your text (kept)",
                "new_name": "Last generated draft",
            },
        )

    @admin.display(description="workflow history")
    def transition_history(self, obj):
        rows = selectors.story_transitions(story=obj)
        return (
            format_html(
                "<table><tr><th>when</th><th>who</th><th>what</th><th>state after</th><th>note</th></tr>{}</table>",
                format_html_join(
                    "",
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    (
                        (
                            when(t.created_at),
                            t.user or "(scheduled)",
                            action_words(t.action).capitalize(),
                            state_words(t.to_state).capitalize(),
                            t.note,
                        )
                        for t in rows
                    ),
                ),
            )
            if rows
            else "No workflow steps yet."
        )

    @admin.display(description="revisions")
    def revision_list(self, obj):
        revisions = list(selectors.story_revisions(story=obj)[:50])
        if not revisions:
            return "No revisions yet."
        newest = revisions[0].number
        older = revisions[min(1, len(revisions) - 1)].number

        def options(chosen):
            return format_html_join(
                "",
                '<option value="{}"{}>Revision {} · {} · {} · {}</option>',
                (
                    (
                        r.number,
                        " selected" if r.number == chosen else "",
                        r.number,
                        revision_words(r.source),
                        r.author or "the system",
                        when(r.created_at),
                    )
                    for r in revisions
                ),
            )

        return format_html(
            '<div class="revision-compare">Compare <select name="old" form="compare-revisions" aria-label="older">'
            '{}</select> with <select name="new" form="compare-revisions" aria-label="newer">{}</select> '
            '<button form="compare-revisions" type="submit" class="button">Compare side by side</button></div>'
            '<p class="help">{}; the newest is revision {}. From the comparison you can restore an earlier one.</p>',
            options(older),
            options(newest),
            count_words(len(revisions), "revision"),
            newest,
        )

    @admin.display(description="corrections")
    def correction_list(self, obj):
        return (
            format_html_join("", "<div>{}: {}</div>", ((when(c.created_at), c.note) for c in obj.corrections.all()))
            or "None."
        )

    @admin.display(description="editions readers got")
    def edition_list(self, obj):
        rows = (
            (
                e.number,
                when(e.created_at),
                action_words(e.transition.action) if e.transition else "first view",
                e.transition.user if e.transition and e.transition.user else "the system",
            )
            for e in selectors.story_editions(story=obj)
        )
        return format_html_join("", "<div>Edition {}: {} ({}, {})</div>", rows) or "None (never published)."


def run_url(run_id: int) -> str:
    return reverse("admin:verification_verificationrun_change", args=[run_id])


def verification_line(story: Story) -> str:
    """Whether the story's verification is current, when it was last verified (by any run that covered
    it) and how many flagged facts wait."""
    checks = fact_checking()
    problem = checks.readiness.verification_problem(story)
    last = checks.runs.last_finished(story)
    undecided = checks.readiness.undecided_count(story)
    verified = f"last verified {when(last)}" if last else "never verified"
    return (
        f"{(problem or 'current with the sources').capitalize()} · {verified} · "
        f"{count_words(undecided, 'flagged fact')} waiting for a decision"
    )
