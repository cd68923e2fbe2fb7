import django_filters

from stories.models import Article, Story, StoryState


class StoryFilter(django_filters.FilterSet):
    state = django_filters.MultipleChoiceFilter(choices=StoryState.choices)
    published_after = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="gte")
    published_before = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="lt")

    class Meta:
        model = Story
        fields = ["state", "slug"]


class ArticleFilter(django_filters.FilterSet):
    published_after = django_filters.DateFilter(field_name="published", lookup_expr="gte")
    published_before = django_filters.DateFilter(field_name="published", lookup_expr="lte")
    publisher = django_filters.CharFilter(lookup_expr="iexact")

    class Meta:
        model = Article
        fields = ["language", "publisher", "story", "state", "published"]
