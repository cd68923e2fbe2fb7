import django_filters
from rest_framework.filters import OrderingFilter

from stories.models import Article, Story, StoryState


class StoryFilter(django_filters.FilterSet):
    state = django_filters.MultipleChoiceFilter(choices=StoryState.choices)
    published_after = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="gte")
    published_before = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="lt")

    class Meta:
        model = Story
        fields = ["state", "slug"]


class ReaderStoryFilter(StoryFilter):
    """Readers' stories are all published, whatever draft the desk edits over one: `state` tells nothing more."""

    state = django_filters.MultipleChoiceFilter(choices=StoryState.choices, method="filter_state")

    def filter_state(self, queryset, name, value):
        return queryset if StoryState.PUBLISHED in value else queryset.none()


class ArticleFilter(django_filters.FilterSet):
    published_after = django_filters.DateFilter(field_name="published", lookup_expr="gte")
    published_before = django_filters.DateFilter(field_name="published", lookup_expr="lte")
    publisher = django_filters.CharFilter(lookup_expr="iexact")

    class Meta:
        model = Article
        fields = ["language", "publisher", "story", "state", "published"]


class DocumentedOrdering(OrderingFilter):
    """``?ordering=field,-other``: only a view's ``ordering_fields``, named in the schema; ties break by id,
    so pages never repeat or skip a row."""

    def get_ordering(self, request, queryset, view):
        ordering = super().get_ordering(request, queryset, view)
        sources = getattr(view, "ordering_sources", dict)()
        if ordering and sources:  # a field sorted by what the user sees of it (None: the same for every row)
            ordering = [
                ("-" if term.startswith("-") else "") + sources.get(term.lstrip("-"), term.lstrip("-"))
                for term in ordering
                if sources.get(term.lstrip("-"), "") is not None
            ]
        if ordering and not {"id", "-id"} & set(ordering):
            ordering = [*ordering, "id"]
        return ordering

    def get_schema_operation_parameters(self, view):
        fields = [name for name, _ in self.get_valid_fields(view.get_queryset(), view, {"request": None})]
        return [
            {
                "name": self.ordering_param,
                "required": False,
                "in": "query",
                "description": (
                    "Sort by one or more of these fields, comma-separated; a leading '-' sorts "
                    "descending: " + ", ".join(fields)
                ),
                "schema": {"type": "string", "example": f"-{fields[0]}" if fields else ""},
            }
        ]
