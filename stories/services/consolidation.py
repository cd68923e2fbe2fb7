"""Draft a story's consolidated text from its facts, with numbered citations to the sources (Markdown).

- corroborated facts are stated plainly and cited to every source that states them;
- single-source facts are attributed ("…, according to marsbit [1].");
- conflicting facts are written as "Sources differ on …: A reports “X” [1]; B reports “Y” [2]." until a
  reviewer settles them (approves the fact); a settled one is stated as the value most sources give;
- rejected facts are left out, and so is every sentence that carries a rejected value.

Each statement is a sentence from a source (the evidence sentence of the fact's claim), so the draft says
nothing the sources do not; several facts from one sentence share it. Citations are Markdown links
``[[1]](#source-1)`` to the numbered source list at the end.

Regenerating never silently overwrites an editor's work: when the body differs from the last generated
one, the editor's body stays, the new draft goes to ``generated_body`` and the difference is returned.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db import transaction

from core.checking import fact_checking
from core.errors import ActionConflict
from core.models import ReviewStatus, Verdict
from stories.models import Article, Story
from stories.services.editing import record_revision, text_diff
from stories.workflow import check_edit

_SPACE = re.compile(r"\s+")
_GENERATED_DEK = re.compile(r"^\d+ facts checked across \d+ sources: [^\n]*$")


@dataclass
class DraftText:
    title: str
    dek: str
    body: str


@dataclass
class ConsolidationResult:
    story: Story
    replaced: bool  # the body was rewritten; False when the editor's text was kept
    diff: list[str] = field(default_factory=list)  # editor's body → new draft, when kept

    @property
    def message(self) -> str:
        if self.replaced:
            return "The consolidated text was drafted from the story's facts."
        return ("The text has been edited since it was generated, so it was kept; the new draft is stored "
                "beside it. Compare them below and take over what you need.")


def _sentence(article_text: str, claim) -> str:
    return _SPACE.sub(" ", article_text[claim.sentence_start:claim.sentence_end]).strip()


def _cite(numbers) -> str:
    return "".join(f"[[{n}]](#source-{n})" for n in sorted(set(numbers)))


def _label(fact) -> str:
    what = fact.slot.replace("_", " ").replace(".", " ")
    return f"{what} ({fact.subject})" if fact.subject else what


def compose(*, story: Story) -> DraftText:
    """The generated text for the story as it stands (reads only)."""
    # Citation numbers follow article ids, as the reader page numbers its source list ([1] is the first).
    articles = list(Article.objects.filter(story=story).exclude(state=Article.State.ARCHIVED).order_by("id"))
    number = {a.pk: n for n, a in enumerate(articles, start=1)}
    by_id = {a.pk: a for a in articles}
    texts = {a.pk: a.text for a in articles}
    facts = fact_checking().story_facts(story)

    def claims_of(fact):
        return sorted((c for c in fact.claims.all() if c.article_id in number),
                      key=lambda c: (number[c.article_id], c.start))

    banned = {(c.article_id, c.sentence_start) for f in facts if f.review_status == ReviewStatus.REJECTED
              for c in claims_of(f)}

    groups: dict[tuple[int, int], dict] = {}
    counts = Counter()
    for fact in facts:
        if fact.review_status == ReviewStatus.REJECTED:
            continue
        claims = claims_of(fact)
        if not claims:
            continue
        counts[fact.verdict] += 1
        settled = fact_checking().is_settled(fact)
        unsettled_conflict = fact.verdict == Verdict.CONFLICTING and not settled
        if fact.verdict == Verdict.CONFLICTING and settled:
            # The value most sources give (ties: the first source's) is the one the reviewer let stand.
            tally = Counter(c.text.casefold() for c in claims)
            best = max(claims, key=lambda c: (tally[c.text.casefold()], -number[c.article_id]))
            claims = [c for c in claims if c.text.casefold() == best.text.casefold()]
        usable = [c for c in claims if (c.article_id, c.sentence_start) not in banned]
        if not usable:
            continue
        lead = usable[0]
        key = (lead.article_id, lead.sentence_start)
        group = groups.setdefault(key, {"claim": lead, "cites": set(), "attribute": False, "differ": []})
        group["cites"].update(number[c.article_id] for c in claims)
        if len({c.article_id for c in claims}) < 2 or unsettled_conflict:
            group["attribute"] = True
        if unsettled_conflict:
            by_source = defaultdict(list)
            for c in claims_of(fact):
                by_source[c.text].append(number[c.article_id])
            reports = "; ".join(
                f"{articles[nums[0] - 1].source_name} reports “{value}” {_cite(nums)}"
                for value, nums in by_source.items()
            )
            group["differ"].append(f"Sources differ on the {_label(fact)}: {reports}.")

    paragraphs = []
    for (article_id, _), group in sorted(groups.items(), key=lambda item: (number[item[0][0]], item[0][1])):
        sentence = _sentence(texts[article_id], group["claim"])
        if group["attribute"]:
            sentence = f"{sentence.rstrip('.!?… ')}, according to {by_id[article_id].source_name}"
            paragraph = f"{sentence} {_cite(group['cites'])}."
        else:
            paragraph = f"{sentence} {_cite(group['cites'])}"
        paragraphs.append(" ".join([paragraph, *group["differ"]]))

    sources = []
    for article in articles:
        n = number[article.pk]
        title = article.title or article.origin.rsplit("/", 1)[-1]
        title = f"[{title}]({article.origin})" if article.origin.startswith(("http://", "https://")) else title
        date = f", {article.published.isoformat()}" if article.published else ""
        sources.append(f"{n}. <span id=\"source-{n}\"></span>**{article.source_name}**: {title}{date}")
    body = "\n\n".join(paragraphs) if paragraphs else "_No checked facts yet: verify the story first._"
    body += "\n\n## Sources\n\n" + "\n".join(sources) + "\n"

    total = sum(counts.values())
    dek = (f"{total} facts checked across {len(articles)} sources: {counts[Verdict.CORROBORATED]} corroborated, "
           f"{counts[Verdict.CONFLICTING]} disputed, {counts[Verdict.SINGLE_SOURCE]} single source.")
    return DraftText(title=story.title, dek=dek, body=body)


def draft_consolidated_text(*, story: Story | int, user) -> ConsolidationResult:
    """Write the consolidated draft; an editor's changed body is kept and the new draft stored beside it."""
    story_id = story if isinstance(story, int) else story.pk
    current = Story.objects.filter(pk=story_id).first()
    if current is None:
        raise ActionConflict("the story no longer exists")
    check_edit(story=current, user=user)
    draft = compose(story=current)
    with transaction.atomic():
        locked = Story.objects.select_for_update().get(pk=story_id)
        check_edit(story=locked, user=user)
        edited = bool(locked.body.strip()) and locked.body != locked.generated_body
        locked.generated_body = draft.body
        if edited:
            locked.save(update_fields=["generated_body", "updated_at"])
            diff = text_diff(locked.body, draft.body, old_name="your text", new_name="new draft")
            return ConsolidationResult(story=locked, replaced=False, diff=diff)
        locked.body = draft.body
        if not locked.dek.strip() or _GENERATED_DEK.match(locked.dek):
            locked.dek = draft.dek
        locked.version += 1
        locked.save(update_fields=["body", "dek", "generated_body", "version", "updated_at"])
        record_revision(story=locked, user=user, source="generated")
        fact_checking().story_text_changed(locked)  # the facts the text states wait for a reviewer
    return ConsolidationResult(story=locked, replaced=True)
