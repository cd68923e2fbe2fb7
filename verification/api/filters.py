import django_filters

from core.models import ReviewStatus, Verdict
from verification.models import Claim, Fact, PublishedFact, VerificationRun

# the ids the database can hold (a signed 64-bit integer): a story filter past them is refused (400), not sent to
# the database, which cannot compare with it
ID_RANGE = {"min_value": -(2**63), "max_value": 2**63 - 1}


class FactFilter(django_filters.FilterSet):
    # a plain id, not a choice of all stories: an unknown id and a story the user may not see both give
    # an empty list, so filters reveal no draft's id
    story = django_filters.NumberFilter(field_name="story", **ID_RANGE)
    verdict = django_filters.MultipleChoiceFilter(choices=Verdict.choices)
    review_status = django_filters.MultipleChoiceFilter(choices=ReviewStatus.choices)

    class Meta:
        model = Fact
        fields = ["story", "verdict", "flagged", "review_status", "slot"]


class PublishedFactFilter(FactFilter):
    """The same filters over the facts readers are given (PublishedFact)."""

    class Meta(FactFilter.Meta):
        model = PublishedFact


class ClaimFilter(django_filters.FilterSet):
    story = django_filters.NumberFilter(field_name="article__story", **ID_RANGE)

    class Meta:
        model = Claim
        fields = ["article", "kind", "slot", "story"]


class RunFilter(django_filters.FilterSet):
    class Meta:
        model = VerificationRun
        fields = ["state", "story", "stage"]
