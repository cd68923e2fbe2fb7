"""Forms of the editors' admin pages."""

from django import forms
from django.conf import settings

from stories.models import Article
from stories.services.grouping import GroupingError, check_move


class ArticleForm(forms.ModelForm):
    """An article's metadata; a change of story is refused here, before anything is saved, when it would
    alter a story past the draft stage."""

    class Meta:
        model = Article
        fields = "__all__"  # noqa: DJ007 - ArticleAdmin's fieldsets and read-only fields choose what is shown

    def clean_story(self):
        story = self.cleaned_data.get("story")
        if self.instance.pk and "story" in self.changed_data:
            saved = Article.objects.select_related("story").get(pk=self.instance.pk)
            try:
                check_move(articles=[saved], story=story)
            except GroupingError as exc:
                raise forms.ValidationError(str(exc)) from None
        return story


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        # An empty file is reported in the import's per-file lines, not refused with the whole form.
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


class ImportArticlesForm(forms.Form):
    files = MultipleFileField(required=False, help_text="Several .txt, .md or .html files, or a .zip of them.")
    pasted_text = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
        label="Or paste an article",
        help_text="Plain text, Markdown or HTML.",
    )
    pasted_name = forms.CharField(
        required=False,
        max_length=200,
        label="Name of the pasted article",
        help_text="Kept as its origin, e.g. the outlet and date, or the URL it came from.",
    )

    def clean(self):
        data = super().clean()
        if not data.get("files") and not data.get("pasted_text", "").strip():
            raise forms.ValidationError("Choose files to upload or paste an article's text.")
        if data.get("pasted_text", "").strip() and not data.get("pasted_name", "").strip():
            self.add_error("pasted_name", "Give the pasted article a name (its origin).")
        too_big = [f.name for f in data.get("files", []) if f.size > settings.IMPORT_MAX_ZIP_TOTAL_BYTES]
        if too_big:
            raise forms.ValidationError(f"Too large to upload: {', '.join(too_big)}.")
        return data

    def is_small(self) -> bool:
        """Small uploads (a few files, a megabyte or so, no zip) are imported at once; the rest goes to
        the worker with progress shown, so a web request never spends long cleaning."""
        files = self.cleaned_data.get("files", [])
        return (
            len(files) <= settings.IMPORT_INLINE_MAX_FILES
            and sum(f.size for f in files) <= settings.IMPORT_INLINE_MAX_BYTES
            and not any(f.name.lower().endswith(".zip") for f in files)
        )
