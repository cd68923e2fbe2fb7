"""Editors in the admin: the import page, the article page with removed parts, restoring a paragraph."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from stories.models import Article, ArticleBlock, ImportBatch
from tests.conftest import SEEDS

from .test_import_command import ARTICLE

IMPORT_URL = reverse("admin:stories_article_import")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def upload(name, content):
    return SimpleUploadedFile(name, content.encode() if isinstance(content, str) else content)


@pytest.mark.django_db
def test_editor_imports_several_files_and_sees_one_line_each(editor_client):
    files = [
        upload("a.txt", ARTICLE),
        upload("b.md", "# Heading\n\n" + ARTICLE.replace("Tuesday", "Friday")),
        upload("c.txt", b""),
    ]
    response = editor_client.post(IMPORT_URL, {"files": files}, follow=True)
    assert response.status_code == 200
    texts = [str(m) for m in response.context["messages"]]
    assert any(t.startswith("created") and "a.txt" in t for t in texts)
    assert any(t.startswith("rejected") and "c.txt" in t and "empty" in t for t in texts)
    assert any(t.startswith("3 files: 2 created, 0 duplicate, 1 rejected") for t in texts)
    assert Article.objects.count() == 2
    assert Article.objects.filter(imported_by__username="edna").count() == 2


@pytest.mark.django_db
def test_an_upload_over_the_size_limit_is_refused_in_the_words_of_the_command_line(editor_client, settings):
    settings.IMPORT_MAX_FILE_BYTES = 1000
    big = ARTICLE * (2000 // len(ARTICLE) + 1)
    response = editor_client.post(IMPORT_URL, {"files": [upload("big.txt", big)]}, follow=True)
    texts = [str(m) for m in response.context["messages"]]
    size = f"{len(big.encode()) / 1000:.3g} kB"
    assert any(t.startswith("rejected") and f"big.txt: file too large: {size}, the limit is 1 kB" in t for t in texts)
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_pasted_text_becomes_an_article_named_by_the_editor(editor_client):
    response = editor_client.post(
        IMPORT_URL, {"pasted_text": ARTICLE, "pasted_name": "Harbour Gazette 3 May"}, follow=True
    )
    assert response.status_code == 200
    assert Article.objects.get().origin == "Harbour Gazette 3 May"


@pytest.mark.django_db
def test_empty_form_and_unnamed_paste_are_refused(editor_client):
    response = editor_client.post(IMPORT_URL, {})
    assert "Choose files to upload or paste" in response.content.decode()
    response = editor_client.post(IMPORT_URL, {"pasted_text": ARTICLE})
    assert "Give the pasted article a name" in response.content.decode()
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_a_zip_goes_to_the_worker_with_progress_shown(editor_client, eager_tasks):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for n in range(3):
            zf.writestr(f"story{n}.txt", ARTICLE.replace("Tuesday", f"day {n}"))
    response = editor_client.post(IMPORT_URL, {"files": [upload("batch.zip", buffer.getvalue())]}, follow=True)
    batch = ImportBatch.objects.get()
    assert response.redirect_chain[-1][0] == reverse("admin:stories_importbatch_change", args=[batch.pk])
    assert batch.state == "done" and batch.counts["created"] == 3
    assert "story1.txt" in response.content.decode()
    assert Article.objects.count() == 3


@pytest.mark.django_db
def test_uploads_of_many_files_or_bytes_go_to_the_worker(editor_client, eager_tasks, settings):
    settings.IMPORT_INLINE_MAX_BYTES = 2 * len(ARTICLE)
    big = [upload(f"big{n}.txt", ARTICLE.replace("Tuesday", f"day {n}") + "\n" * len(ARTICLE)) for n in range(2)]
    many = [
        upload(f"many{n}.txt", ARTICLE.replace("Tuesday", f"night {n}"))
        for n in range(settings.IMPORT_INLINE_MAX_FILES + 1)
    ]
    for files in (big, many):
        response = editor_client.post(IMPORT_URL, {"files": files}, follow=True)
        batch = ImportBatch.objects.latest("pk")
        assert response.redirect_chain[-1][0] == reverse("admin:stories_importbatch_change", args=[batch.pk])
        assert batch.counts["created"] == len(files)


@pytest.mark.django_db
def test_reviewer_may_not_import(client, reviewer):
    client.force_login(reviewer)
    response = client.post(IMPORT_URL, {"pasted_text": ARTICLE, "pasted_name": "x"}, follow=True)
    assert not Article.objects.exists()
    assert "permission" in response.content.decode()


@pytest.mark.django_db
def test_article_page_shows_cleaned_text_beside_removed_parts_all_escaped(editor_client):
    call_command("import_articles", str(SEEDS / "001_adf714ecb8971539.txt"), "--no-progress", stdout=io.StringIO())
    article = Article.objects.get()
    article.blocks.filter(role=ArticleBlock.Role.REMOVED).first()
    page = editor_client.get(reverse("admin:stories_article_change", args=[article.pk])).content.decode()
    assert "removed as boilerplate" in page.lower()
    assert "Lecturas Relacionadas" in page  # shown among the removed parts
    assert "OpenAI signed a memorandum of understanding" in page


@pytest.mark.django_db
def test_hostile_text_is_escaped_on_the_article_page_and_claims_are_marked_in_words(editor_client, tmp_path):
    from tests.factories import ClaimFactory

    hostile = tmp_path / "x.txt"
    hostile.write_text(
        "Bridge vote splits the council\n\nThe council voted 12 to 3 for a bridge costing 80 "
        "million dollars, the mayor said on Monday. A flyer read <img src=x onerror=alert(1)> and "
        "<script>alert(2)</script> in large letters, officials said later that day.\n"
    )
    call_command("import_articles", str(hostile), "--no-progress", stdout=io.StringIO())
    article = Article.objects.get()
    ClaimFactory.on(article, "80 million dollars", kind="money", slot="bridge_cost.amount")
    page = editor_client.get(reverse("admin:stories_article_change", args=[article.pk])).content.decode()
    assert "<img src=x onerror" not in page and "<script>alert(2)" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    text = page.split('<div class="article-text">', 1)[1].split("</div>", 1)[0]
    assert '<mark title="Bridge cost (money)">80 million dollars</mark>' in text and "&lt;script&gt;" in text
    assert "bridge_cost" not in page and "style=" not in text


@pytest.mark.django_db
def test_editor_restores_a_removed_paragraph_and_the_text_is_rebuilt(editor_client):
    call_command("import_articles", str(SEEDS / "002_db5c529b111c2c96.txt"), "--no-progress", stdout=io.StringIO())
    article = Article.objects.get()
    removed = article.blocks.filter(role=ArticleBlock.Role.REMOVED).order_by("position")
    target = removed.last()
    assert target.text not in article.text
    url = reverse("admin:stories_article_change", args=[article.pk])
    position = [b.pk for b in article.blocks.order_by("position")].index(target.pk)
    data = _article_form_data(editor_client, article, **{f"blocks-{position}-role": "body"})
    data.pop("story", None)
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    article.refresh_from_db()
    assert target.text.strip() in article.text
    assert article.text_version == 2


def _article_form_data(editor_client, article, **changes):
    form = editor_client.get(reverse("admin:stories_article_change", args=[article.pk])).context["adminform"].form
    data = {f: v for f, v in form.initial.items() if v is not None}
    data["published"] = article.published or ""
    blocks = list(article.blocks.order_by("position"))
    data.update(
        {
            "blocks-TOTAL_FORMS": len(blocks),
            "blocks-INITIAL_FORMS": len(blocks),
            "blocks-MIN_NUM_FORMS": 0,
            "blocks-MAX_NUM_FORMS": 1000,
        }
    )
    for i, block in enumerate(blocks):
        data.update({f"blocks-{i}-id": block.pk, f"blocks-{i}-article": article.pk, f"blocks-{i}-role": block.role})
    return {**data, **changes}


@pytest.mark.django_db
def test_moving_an_article_out_of_a_published_story_is_refused_and_nothing_is_saved(editor_client):
    from stories.models import Story, StoryState
    from tests.workflow_data import make_verified_story

    published = make_verified_story(state=StoryState.PUBLISHED)
    draft = make_verified_story()
    article = published.articles.order_by("id").first()
    url = reverse("admin:stories_article_change", args=[article.pk])
    response = editor_client.post(
        url, _article_form_data(editor_client, article, story=draft.pk, title="Renamed"), follow=True
    )
    assert "Not changed" in response.content.decode() and "frozen" in response.content.decode()
    article.refresh_from_db()
    assert article.story_id == published.pk and article.title != "Renamed"

    other = draft.articles.order_by("id").first()
    second_draft = make_verified_story()
    url = reverse("admin:stories_article_change", args=[other.pk])
    response = editor_client.post(url, _article_form_data(editor_client, other, story=second_draft.pk))
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.story_id == second_draft.pk
    assert Story.objects.get(pk=draft.pk).grouping_locked and Story.objects.get(pk=second_draft.pk).grouping_locked


@pytest.mark.django_db
def test_a_language_that_is_not_a_two_letter_code_is_refused_and_nothing_changes(editor, editor_client):
    from rest_framework.test import APIClient

    from tests.workflow_data import make_verified_story

    article = make_verified_story().articles.order_by("id").first()
    before = (article.title, article.language)
    url = reverse("admin:stories_article_change", args=[article.pk])
    page = editor_client.post(url, _article_form_data(editor_client, article, language="Deutsch", title="New"))
    assert page.status_code == 200 and "two-letter ISO 639-1 code" in page.content.decode()
    api = APIClient()
    api.force_authenticate(editor)
    for language in ("english", "EN", "d", "e1"):
        response = api.patch(f"/api/articles/{article.pk}/", {"language": language, "title": "New"}, format="json")
        assert response.status_code == 400, language
        assert response.json()["reason"].startswith("language: a language is its two-letter ISO 639-1 code")
    article.refresh_from_db()
    assert (article.title, article.language) == before
    assert api.patch(f"/api/articles/{article.pk}/", {"language": ""}, format="json").status_code == 200  # unknown


@pytest.mark.django_db
def test_every_admin_import_is_in_the_history_and_its_articles_are_grouped(editor_client):
    from verification.models import VerificationRun

    response = editor_client.post(
        IMPORT_URL, {"files": [upload("one.txt", ARTICLE), upload("bad.txt", b"")]}, follow=True
    )
    batch = ImportBatch.objects.get()
    assert batch.state == "done" and batch.counts == {"created": 1, "duplicate": 0, "rejected": 1}
    texts = " ".join(str(m) for m in response.context["messages"])
    assert "2 files: 1 created" in texts and "Kept in the import history" in texts
    run = VerificationRun.objects.get()  # grouping and verification of the new article, over every draft
    assert run.story_id is None and run.requested_by.username == "edna"
    assert "follow the run" in texts

    page = editor_client.get(reverse("admin:stories_importbatch_change", args=[batch.pk])).content.decode()
    article = Article.objects.get()
    assert f'<td>one.txt</td><td>Imported</td><td><a href="/admin/stories/article/{article.pk}/change/">' in page
    assert "<td>bad.txt</td><td>Refused</td>" in page
    history = editor_client.get(reverse("admin:stories_importbatch_changelist")).content.decode()
    assert "Import history" in history and "1 imported, 0 already there, 1 refused" in history

    # The same file again creates nothing, so nothing is queued either; the history still records it.
    editor_client.post(IMPORT_URL, {"files": [upload("one.txt", ARTICLE)]}, follow=True)
    assert ImportBatch.objects.count() == 2 and VerificationRun.objects.count() == 1


@pytest.mark.django_db
def test_group_and_verify_now_from_the_article_list(editor_client, client, reviewer):
    from verification.models import VerificationRun

    editor_client.post(IMPORT_URL, {"files": [upload("one.txt", ARTICLE)]})
    VerificationRun.objects.all().delete()
    article = Article.objects.get()
    changelist = reverse("admin:stories_article_changelist")
    response = editor_client.post(
        changelist, {"action": "group_and_verify_now", "_selected_action": [article.pk]}, follow=True
    )
    assert VerificationRun.objects.filter(story=None).count() == 1
    assert "Grouping the new articles into stories" in response.content.decode()
    # The list's button does the same without choosing articles.
    page = editor_client.get(changelist).content.decode()
    assert "Group into stories and verify</button>" in page
    editor_client.post(reverse("admin:stories_article_group"))
    assert VerificationRun.objects.filter(story=None).count() == 2

    client.force_login(reviewer)  # the same test client: the editor is signed out
    client.post(changelist, {"action": "group_and_verify_now", "_selected_action": [article.pk]})
    assert VerificationRun.objects.count() == 2  # reviewers have no such action, and are told why not
    refused = client.post(reverse("admin:stories_article_group"), follow=True).content.decode()
    assert "your role may not start verification runs" in refused and VerificationRun.objects.count() == 2
    assert "Group into stories and verify</button>" not in client.get(changelist).content.decode()


@pytest.mark.django_db
def test_the_import_services_refuse_a_role_that_may_not_import_and_store_nothing(reviewer, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from core.errors import ActionForbidden
    from stories.models import ImportBatch
    from stories.services.batches import start_import_batch
    from stories.services.importing import import_payloads
    from stories.services.sources import SourcePayload

    with pytest.raises(ActionForbidden, match="may not import"):
        import_payloads(payloads=[SourcePayload("a.txt", lambda: ARTICLE.encode())], user=reviewer)
    with pytest.raises(ActionForbidden, match="may not import"):
        start_import_batch(files=[SimpleUploadedFile("a.txt", ARTICLE.encode())], user=reviewer)
    assert not Article.objects.exists() and not ImportBatch.objects.exists()


@pytest.mark.django_db
def test_editors_regroup_through_the_admin_and_the_grouping_services_refuse_other_roles(editor_client, reviewer):
    from core.errors import ActionForbidden
    from stories.models import Story, StoryState
    from stories.services.articles import save_article_changes
    from stories.services.grouping import confirm_grouping, merge_stories, move_articles, split_into_new_story
    from tests.factories import ArticleFactory, StoryFactory

    first, second = StoryFactory(state=StoryState.DRAFT), StoryFactory(state=StoryState.DRAFT)
    article, other = ArticleFactory(story=first), ArticleFactory(story=second)
    for refused in (
        lambda: merge_stories(stories=[first, second], user=reviewer),
        lambda: split_into_new_story(articles=[article], user=reviewer),
        lambda: move_articles(articles=[article], story=second, user=reviewer),
        lambda: confirm_grouping(stories=[first], user=reviewer),
        lambda: save_article_changes(article=article, changed=["title"], user=reviewer),
    ):
        with pytest.raises(ActionForbidden, match="your role may not"):
            refused()
    assert Story.objects.count() == 2 and not Story.objects.filter(grouping_locked=True).exists()
    assert {article.story_id, other.story_id} == {first.pk, second.pk}

    response = editor_client.post(
        reverse("admin:stories_story_changelist"),
        {"action": "merge_selected_stories", "_selected_action": [first.pk, second.pk]},
        follow=True,
    )
    assert "Merged into" in response.content.decode()
    assert list(Story.objects.values_list("pk", flat=True)) == [first.pk]
    assert set(first.articles.values_list("pk", flat=True)) == {article.pk, other.pk}
