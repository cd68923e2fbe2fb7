"""Hypothesis: random query parameters, ids and JSON bodies against /api/, as every role and anonymously.

Never a 5xx. Refusals are 400/403/404/409 (405 for a method an endpoint does not have) with a JSON body;
workflow refusals (403/409, and 400 on actions) carry a "reason".
"""

import json

import pytest
from django.core.cache import cache
from django.urls import Resolver404
from django.urls import resolve as resolve_url
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rest_framework.test import APIClient

from stories.models import StoryState
from tests.policy import STORY_ACTIONS
from tests.workflow_data import make_verified_story
from verification.models import Fact

ROLES = [None, "Editors", "Reviewers", "Publishers", "staff"]
LISTS = ["articles", "stories", "facts", "claims", "runs"]
FILTER_KEYS = [
    "state",
    "slug",
    "published_after",
    "published_before",
    "language",
    "publisher",
    "story",
    "published",
    "verdict",
    "flagged",
    "review_status",
    "slot",
    "article",
    "kind",
    "stage",
    "page",
    "page_size",
    "format",
    "ordering",
    "search",
    "limit",
    "offset",
]
BODY_KEYS = ["decision", "note", "version", "publish_at", "title", "dek", "body", "ids", "story"]
OK = {200, 201}
REFUSED = {400, 401, 403, 404, 405, 409}  # 401: a staff-only endpoint asked without credentials

edge_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            "0",
            "-1",
            "1e308",
            "99999999999999999999",
            "-0",
            "NaN",
            "true",
            "null",
            "[]",
            "{}",
            "published",
            "draft",
            "approve",
            "reject",
            "2026-02-31",
            "0000-00-00",
            "9999-12-31T23:59:59Z",
            "\x00",
            "%00",
            "' OR 1=1 --",
            "../../etc/passwd",
            "<script>",
            "😀",
            "\u202e",
            "a" * 3000,
        ]
    ),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | edge_text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
bodies = st.one_of(
    json_values,
    st.dictionaries(st.sampled_from(BODY_KEYS), json_values, max_size=5),
    st.fixed_dictionaries(
        {"ids": st.lists(st.one_of(st.integers(min_value=-(2**70), max_value=2**70), json_values), max_size=4)},
        optional={"note": edge_text},
    ),
    st.fixed_dictionaries(
        {"version": st.integers(min_value=-(2**70), max_value=2**70)},
        optional={"title": edge_text, "body": edge_text, "note": edge_text, "publish_at": edge_text},
    ),
    st.fixed_dictionaries(
        {"decision": st.sampled_from(["approve", "reject", "needs_sourcing", "maybe", ""]), "note": edge_text},
        optional={"version": json_values},
    ),
)
ids = st.one_of(
    st.sampled_from(["first", "published", "missing"]),
    edge_text.filter(lambda s: "/" not in s and "?" not in s and "#" not in s),
)

requests = st.one_of(
    st.tuples(
        st.just("list"),
        st.sampled_from(LISTS),
        st.dictionaries(st.sampled_from(FILTER_KEYS), edge_text, max_size=4),
        st.none(),
    ),
    st.tuples(st.just("detail"), st.sampled_from(LISTS), ids, st.none()),
    st.tuples(st.just("story-action"), st.sampled_from(STORY_ACTIONS), ids, bodies),
    st.tuples(st.just("story-edit"), st.just("patch"), ids, bodies),
    st.tuples(st.just("review"), st.just("review"), ids, bodies),
    st.tuples(st.just("bulk-approve"), st.just("bulk-approve"), st.none(), bodies),
    st.tuples(
        st.just("raw"),
        st.sampled_from(["stories/{id}/submit/", "facts/{id}/review/", "facts/bulk-approve/"]),
        ids,
        st.binary(max_size=60),
    ),
)


def _routed(path: str) -> bool:
    try:
        resolve_url(path)
    except Resolver404:
        return False
    return True


@pytest.fixture
def world(make_user):
    editor = make_user("Editors")
    stories = {
        state: make_verified_story(state=state, submitted_by=editor)
        for state in (StoryState.DRAFT, StoryState.IN_REVIEW, StoryState.APPROVED, StoryState.PUBLISHED)
    }
    users = {role: (None if role is None else make_user(None if role == "staff" else role)) for role in ROLES}
    return stories, users


def resolve(ident, kind, stories):
    draft, published = stories[StoryState.DRAFT], stories[StoryState.PUBLISHED]
    if ident == "first":
        obj = draft if kind != "facts" else Fact.objects.filter(story=draft).first()
    elif ident == "published":
        obj = published if kind != "facts" else Fact.objects.filter(story=published).first()
    elif ident == "missing":
        return "987654321"
    else:
        return ident
    return str(obj.pk)


@pytest.mark.django_db
@settings(
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much]
)
@given(role=st.sampled_from(ROLES), request=requests)
@example(role=None, request=("story-edit", "patch", ".\x1f", {}))  # a control character in the id, found by this test
@example(
    role=None, request=("list", "facts", {"story": str(2**63)}, None)
)  # past the database's ids, found by this test
def test_api_never_answers_5xx(world, role, request):
    stories, users = world
    cache.clear()  # no throttling between examples
    client = APIClient()
    if users[role] is not None:
        client.force_authenticate(users[role])
    kind, name, ident, body = request
    workflow = kind in ("story-action", "review", "bulk-approve", "story-edit", "raw")
    if kind == "list":
        response = client.get(f"/api/{name}/", ident)
    elif kind == "detail":
        response = client.get(f"/api/{name}/{resolve(ident, name, stories)}/")
    elif kind == "story-action":
        response = client.post(f"/api/stories/{resolve(ident, 'stories', stories)}/{name}/", body, format="json")
    elif kind == "story-edit":
        response = client.patch(f"/api/stories/{resolve(ident, 'stories', stories)}/", body, format="json")
    elif kind == "review":
        response = client.post(f"/api/facts/{resolve(ident, 'facts', stories)}/review/", body, format="json")
    elif kind == "bulk-approve":
        response = client.post("/api/facts/bulk-approve/", body, format="json")
    else:
        target = "facts" if name.startswith("facts") else "stories"
        response = client.generic(
            "POST", "/api/" + name.format(id=resolve(ident, target, stories)), body, content_type="application/json"
        )

    status = response.status_code
    routed = _routed(response.wsgi_request.path)
    assert status < 500, (status, kind, name, ident, body, response.content[:300])
    assert status in OK | REFUSED, (status, response.content[:300])
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in response.wsgi_request.path):
        # a control character is refused before routing, with the reason in words
        assert status == 400 and b"control character" in response.content, (status, response.content[:300])
    elif not routed:  # an id the router's pattern refuses ("", "a.b"): Django's own 404, not the API's
        assert status == 404
    elif status in REFUSED:
        assert response["Content-Type"].startswith("application/json"), response["Content-Type"]
        payload = json.loads(response.content)
        assert payload, "a refusal says why"
        if workflow and status in (403, 409) or (workflow and status == 400 and kind != "raw"):
            assert isinstance(payload, dict) and (payload.get("reason") or payload.get("detail")), payload
    if role is None and status in OK and kind in ("detail", "list") and name in ("stories", "facts"):
        data = response.json()
        rows = data["results"] if "results" in data else [data]
        for row in rows:
            story_id = row["id"] if name == "stories" else row["story"]
            assert story_id == stories[StoryState.PUBLISHED].pk, "anonymous users see published stories only"


@pytest.mark.django_db
@pytest.mark.parametrize("ids", [[10**30], [-(10**30), 1], [2**63]])
def test_bulk_approve_with_ids_beyond_the_database_range_is_a_400(make_user, ids):
    """Found by the fuzzer: an id past 64 bits reached the database and crashed the lookup (a 500)."""
    make_verified_story(decided=False)
    client = APIClient()
    client.force_authenticate(make_user("Reviewers"))
    response = client.post("/api/facts/bulk-approve/", {"ids": ids}, format="json")
    assert response.status_code == 400, response.content
    assert "ids" in response.json()["reason"]
