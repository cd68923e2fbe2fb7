"""Object-level access on every admin URL, every API URL and the reader, per role: no id guessing across roles.

Table-driven: one parametrized test per URL × role (anonymous, editor, reviewer, publisher, plain staff
without a group). The objects are real: a story in every workflow state with its sources, claims, facts
and run, an import batch, users, a group, a token, lockout records. Expected outcomes:

- OK: 200 (201 for a created correction);
- LOGIN: the admin redirects to its login page (anonymous users, every admin URL but login itself);
- DENY: 403 (the role may not see this model or page);
- NOT_FOUND: 404 exactly (anonymous users on anything unpublished, through the API and the reader).

The URL list is checked against the admin's own URL patterns and the API router, so a new admin page or
API route without a row here fails `test_every_admin_and_api_route_is_in_the_table`.
"""

from __future__ import annotations

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, URLResolver
from rest_framework.authtoken.models import Token, TokenProxy
from rest_framework.test import APIClient

from stories.models import Article, ImportBatch, KnownOutlet, Story, StoryRevision, StoryState
from tests.conftest import _create_user
from tests.policy import STATES, STORY_ACTIONS, expected_status
from tests.workflow_data import make_verified_story
from verification.models import Claim, Fact, VerificationRun

ROLES = ["anonymous", "Editors", "Reviewers", "Publishers", "staff"]
GROUPS = ["Editors", "Reviewers", "Publishers"]
OK, LOGIN, DENY, NOT_FOUND, CREATED, REDIRECT = "ok", "login", "deny", "404", "201", "redirect"
UNAUTHENTICATED = "401"  # staff-only API collections ask an anonymous caller to authenticate
READ_ALL = set(GROUPS)  # every role reads the editorial models (stories.roles._READ_ALL)


# --- the world: created once for the module, removed afterwards --------------------------------------------
class World:
    def __init__(self):
        self.users = {None: None}
        for role in GROUPS:
            self.users[role] = _create_user(role, f"access-{role.lower()}")
        self.users["staff"] = _create_user(None, "access-staff")
        self.submitter = _create_user("Editors", "access-submitter")
        self.stories = {state: make_verified_story(state=state, submitted_by=self.submitter) for state in STATES}
        self.batch = ImportBatch.objects.create(upload_dir="/nonexistent", requested_by=self.users["Editors"])
        self.outlet = KnownOutlet.objects.create(domain="access-example.org", name="Access Example")
        self.token = Token.objects.create(user=self.submitter)
        for story in self.stories.values():
            for number in (1, 2):
                StoryRevision.objects.create(
                    story=story,
                    number=number,
                    title=f"{story.title} v{number}",
                    body=f"Body, revision {number}.",
                    author=self.submitter,
                )
        who = {
            "user_agent": "test",
            "ip_address": "127.0.0.1",
            "username": "access-x",
            "http_accept": "*/*",
            "path_info": "/admin/login/",
        }
        self.axes = {
            "accessattempt": AccessAttempt.objects.create(**who, get_data="", post_data="", failures_since_start=1),
            "accesslog": AccessLog.objects.create(**who),
            "accessfailurelog": AccessFailureLog.objects.create(**who, locked_out=False),
        }

    def story(self, state):
        return self.stories[state]

    def article(self, state):
        return Article.objects.filter(story=self.stories[state]).order_by("id").first()

    def fact(self, state):
        return Fact.objects.filter(story=self.stories[state], flagged=True).order_by("id").first()

    def claim(self, state):
        return Claim.objects.filter(article__story=self.stories[state]).order_by("id").first()

    def run(self, state):
        return VerificationRun.objects.filter(story=self.stories[state]).order_by("id").first()

    def remove(self):
        stories = list(self.stories.values())
        Article.objects.filter(story__in=stories).delete()
        Story.objects.filter(pk__in=[s.pk for s in stories]).delete()
        ImportBatch.objects.filter(pk=self.batch.pk).delete()
        KnownOutlet.objects.filter(pk=self.outlet.pk).delete()
        User.objects.filter(username__startswith="access-").delete()
        for row in self.axes.values():
            row.delete()


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        built = World()
    yield built
    with django_db_blocker.unblock():
        built.remove()


# --- the table ---------------------------------------------------------------------------------------------
# (id, method, path template, object kind, state, expected(role) -> outcome)
# Path templates take {pk} (the object's id), {ct} (its content type), {slug}.


def allowed(roles, yes=OK, no=DENY):
    return lambda role: yes if role in roles else no


def admin_rows():
    rows = [
        ("admin-index", "get", "/admin/", None, None, lambda role: OK),
        ("admin-api-token", "get", "/admin/account/api-token/", None, None, lambda role: OK),
        ("admin-password-change", "get", "/admin/password_change/", None, None, lambda role: OK),
        ("admin-jsi18n", "get", "/admin/jsi18n/", None, None, lambda role: OK),
        # Choosing a story for an article: every role that may view stories may search them.
        (
            "admin-autocomplete",
            "get",
            "/admin/autocomplete/?app_label=stories&model_name=article&field_name=story",
            None,
            None,
            allowed(READ_ALL),
        ),
        # An app the role has nothing in is, to the admin, an app that does not exist.
        ("admin-app-stories", "get", "/admin/stories/", None, None, allowed(READ_ALL, no=NOT_FOUND)),
        ("admin-app-verification", "get", "/admin/verification/", None, None, allowed(READ_ALL, no=NOT_FOUND)),
        ("admin-app-auth", "get", "/admin/auth/", None, None, allowed(set(), no=NOT_FOUND)),
        ("admin-app-authtoken", "get", "/admin/authtoken/", None, None, allowed(set(), no=NOT_FOUND)),
        ("admin-app-axes", "get", "/admin/axes/", None, None, allowed(set(), no=NOT_FOUND)),
        (
            "admin-article-import",
            "get",
            "/admin/stories/article/import/",
            None,
            None,
            allowed({"Editors"}, no=REDIRECT),
        ),  # others are sent back to the list with "no permission"
        # Group and verify: POST only; a role that may not verify is told so on the list it is sent back to.
        ("admin-article-group", "post", "/admin/stories/article/group/", None, None, allowed(READ_ALL, yes=REDIRECT)),
    ]
    # Models nobody in a role may touch: users, groups, tokens, lockout records.
    locked = {
        "auth/user": "user",
        "auth/group": "group",
        "authtoken/tokenproxy": "token",
        "axes/accessattempt": "accessattempt",
        "axes/accesslog": "accesslog",
        "axes/accessfailurelog": "accessfailurelog",
    }
    for path, kind in locked.items():
        rows.append((f"admin-{path}-changelist", "get", f"/admin/{path}/", None, None, allowed(set())))
        rows.append((f"admin-{path}-add", "get", f"/admin/{path}/add/", None, None, allowed(set())))
        if kind:
            for view in ("change/", "history/", "delete/"):
                rows.append(
                    (f"admin-{path}-{view[:-1]}", "get", f"/admin/{path}/{{pk}}/{view}", kind, None, allowed(set()))
                )
    rows.append(("admin-user-password", "get", "/admin/auth/user/{pk}/password/", "user", None, allowed(set())))

    # Editorial models: (path, kind, who may add)
    editorial = [
        ("stories/article", "article", {"Editors"}),
        ("stories/story", "story", {"Editors"}),
        ("stories/importbatch", "batch", set()),
        ("verification/claim", "claim", set()),
        ("verification/fact", "fact", set()),
        ("verification/verificationrun", "run", set()),
    ]
    for path, kind, adders in editorial:
        rows.append(
            (
                f"admin-{path}-changelist",
                "get",
                f"/admin/{path}/",
                None,
                None,
                allowed(READ_ALL if kind != "batch" else {"Editors"}),
            )
        )
        rows.append((f"admin-{path}-add", "get", f"/admin/{path}/add/", None, None, allowed(adders)))
        states = [None] if kind == "batch" else STATES
        viewers = READ_ALL if kind != "batch" else {"Editors"}
        for state in states:
            tag = f"-{state}" if state else ""
            rows.append(
                (
                    f"admin-{path}-change{tag}",
                    "get",
                    f"/admin/{path}/{{pk}}/change/",
                    kind,
                    state,
                    allowed(viewers, no=NOT_FOUND if kind == "fact" else DENY),
                )
            )  # the fact page: its own view
            rows.append(
                (f"admin-{path}-history{tag}", "get", f"/admin/{path}/{{pk}}/history/", kind, state, allowed(viewers))
            )
            rows.append(
                (f"admin-{path}-delete{tag}", "get", f"/admin/{path}/{{pk}}/delete/", kind, state, allowed(set()))
            )  # no role deletes anything
            rows.append(
                (
                    f"admin-{path}-view-on-site{tag}",
                    "get",
                    "/admin/r/{ct}/{pk}/",
                    kind,
                    state,
                    _view_on_site(kind, state),
                )
            )
    # The newsroom's known outlets: editors keep the table, the other roles do not see it.
    rows.append(
        ("admin-knownoutlet-changelist", "get", "/admin/stories/knownoutlet/", None, None, allowed({"Editors"}))
    )
    rows.append(("admin-knownoutlet-add", "get", "/admin/stories/knownoutlet/add/", None, None, allowed({"Editors"})))
    for view in ("change/", "history/", "delete/"):
        rows.append(
            (
                f"admin-knownoutlet-{view[:-1]}",
                "get",
                f"/admin/stories/knownoutlet/{{pk}}/{view}",
                "outlet",
                None,
                allowed({"Editors"}),
            )
        )
    for state in STATES:
        # Unpublishing asks first: the page is for publishers of a live story; everyone else is sent back.
        rows.append(
            (
                f"admin-story-unpublish-{state}",
                "get",
                "/admin/stories/story/{pk}/unpublish/",
                "story",
                state,
                _unpublish_page(state),
            )
        )
        # The story's own pages and buttons look the story up among those the role may view: 404 for the rest.
        rows.append(
            (
                f"admin-story-compare-{state}",
                "get",
                "/admin/stories/story/{pk}/revisions/compare/?old=1&new=2",
                "story",
                state,
                allowed(READ_ALL, no=NOT_FOUND),
            )
        )
        # Workflow buttons: the admin answers a POST with a redirect back to the story; who may act is
        # asserted by the story's state afterwards (test_admin_workflow_posts_change_nothing_they_may_not).
        for action in ("submit", "approve", "request_changes", "publish", "unpublish", "consolidate", "verify"):
            rows.append(
                (
                    f"admin-story-workflow-{action}-{state}",
                    "post",
                    f"/admin/stories/story/{{pk}}/workflow/{action}/",
                    "story",
                    state,
                    allowed(READ_ALL, yes=REDIRECT, no=NOT_FOUND),
                )
            )
        rows.append(
            (
                f"admin-story-runs-{state}",
                "get",
                "/admin/stories/story/{pk}/runs/",
                "story",
                state,
                allowed(READ_ALL, no=NOT_FOUND),
            )
        )
        # Restoring a revision: POST only; who may is decided by the editing service (a redirect either way).
        rows.append(
            (
                f"admin-story-restore-{state}",
                "post",
                "/admin/stories/story/{pk}/revisions/1/restore/",
                "story",
                state,
                allowed(READ_ALL, yes=REDIRECT, no=NOT_FOUND),
            )
        )
        rows.append(
            (
                f"admin-story-workflow-get-{state}",
                "get",
                "/admin/stories/story/{pk}/workflow/submit/",
                "story",
                state,
                lambda role: "405",
            )
        )  # POST only, whoever asks and whatever the id
        rows.append(
            (
                f"admin-fact-decide-{state}",
                "post",
                "/admin/verification/fact/{pk}/decide/",
                "fact",
                state,
                allowed(READ_ALL, yes=REDIRECT, no=NOT_FOUND),
            )
        )
    return rows


def _unpublish_page(state):
    def rule(role):
        if role == "Publishers" and state == StoryState.PUBLISHED:
            return OK
        return REDIRECT if role in READ_ALL else NOT_FOUND

    return rule


def _view_on_site(kind, state):
    """Only stories have a site page; Django's shortcut redirects to it for anyone logged in to the admin."""
    if kind != "story":
        return lambda role: "404"
    return lambda role: REDIRECT


API_LISTS = ["articles", "stories", "facts", "claims", "runs"]
API_KIND = {"articles": "article", "stories": "story", "facts": "fact", "claims": "claim", "runs": "run"}
# Who sees each collection at all (the rest: 404 for staff-only collections, or only published objects).
API_STAFF_ONLY = {"articles", "claims", "runs"}


def api_rows():
    rows = [
        ("api-root", "get", "/api/", None, None, lambda role: OK),
        ("api-schema", "get", "/api/schema/", None, None, lambda role: OK),
    ]
    for name in API_LISTS:
        public = name not in API_STAFF_ONLY
        rows.append(
            (
                f"api-{name}-list",
                "get",
                f"/api/{name}/",
                None,
                None,
                allowed(READ_ALL | ({"anonymous", "staff"} if public else set()), no=NOT_FOUND)
                if public
                else _staff_only_collection,
            )
        )
        for state in STATES:
            published = state == StoryState.PUBLISHED
            if name in ("stories", "facts"):
                rule = allowed(READ_ALL | ({"anonymous", "staff"} if published else set()), no=NOT_FOUND)
            else:
                rule = _staff_only_collection
            rows.append((f"api-{name}-detail-{state}", "get", f"/api/{name}/{{pk}}/", API_KIND[name], state, rule))
    for state in STATES:
        for sub in ("transitions", "revisions"):
            rows.append(
                (
                    f"api-story-{sub}-{state}",
                    "get",
                    f"/api/stories/{{pk}}/{sub}/",
                    "story",
                    state,
                    allowed(READ_ALL, no=NOT_FOUND),
                )
            )
        for action in STORY_ACTIONS:
            rows.append(
                (
                    f"api-story-{action}-{state}",
                    "post",
                    f"/api/stories/{{pk}}/{action}/",
                    "story",
                    state,
                    _api_action(action, state),
                )
            )
        rows.append(
            (f"api-story-patch-{state}", "patch", "/api/stories/{pk}/", "story", state, _api_action("edit", state))
        )
        rows.append(
            (
                f"api-fact-review-{state}",
                "post",
                "/api/facts/{pk}/review/",
                "fact",
                state,
                _api_action("review-fact", state),
            )
        )
    rows.append(
        ("api-facts-bulk-approve", "post", "/api/facts/bulk-approve/", None, None, allowed({"Reviewers"}, no="403"))
    )
    rows.append(("api-runs-create", "post", "/api/runs/", None, None, _run_create))
    return rows


def _api_action(action, state):
    """What the policy table (tests/policy.py) says; anonymous users and staff without a role are its None."""

    def rule(role):
        status = expected_status(role if role in READ_ALL else None, state, action)
        return {200: OK, 201: CREATED, 404: NOT_FOUND}.get(status, str(status))

    return rule


def _staff_only_collection(role):
    if role == "anonymous":
        return UNAUTHENTICATED
    return OK if role in READ_ALL else NOT_FOUND


def _run_create(role):
    if role == "anonymous":
        return UNAUTHENTICATED
    if role == "staff":
        return NOT_FOUND
    return CREATED if role == "Editors" else "403"


def reader_rows():
    rows = [
        ("reader-home", "get", "/", None, None, lambda role: OK),
        ("reader-feed", "get", "/feed/", None, None, lambda role: OK),
        ("reader-sitemap", "get", "/sitemap.xml", None, None, lambda role: OK),
        ("reader-search", "get", "/search/?q=Grab", None, None, lambda role: OK),
    ]
    for state in STATES:
        published = state == StoryState.PUBLISHED
        rows.append(
            (
                f"reader-story-{state}",
                "get",
                "/stories/{slug}/",
                "story",
                state,
                (lambda role: OK) if published else (lambda role: NOT_FOUND),
            )
        )
        # The preview of the reader page, any state: the desk's roles only; a 404 for readers and staff without one.
        rows.append(
            (f"reader-preview-{state}", "get", "/preview/{pk}/", "story", state, allowed(READ_ALL, no=NOT_FOUND))
        )
    return rows


ROWS = admin_rows() + api_rows() + reader_rows()
assert len({r[0] for r in ROWS}) == len(ROWS), "row ids are unique"


# --- running one cell ----------------------------------------------------------------------------------------
def _object(world, kind, state):
    if kind is None:
        return None
    return {
        "story": world.story,
        "article": world.article,
        "fact": world.fact,
        "claim": world.claim,
        "run": world.run,
        "batch": lambda s: world.batch,
        "user": lambda s: world.submitter,
        "outlet": lambda s: world.outlet,
        "group": lambda s: Group.objects.get(name="Editors"),
        "token": lambda s: TokenProxy.objects.get(user=world.submitter),  # its admin pk is the user's id
        "accessattempt": lambda s: world.axes["accessattempt"],
        "accesslog": lambda s: world.axes["accesslog"],
        "accessfailurelog": lambda s: world.axes["accessfailurelog"],
    }[kind](state)


def _path(template, obj):
    if obj is None:
        return template
    ct = ContentType.objects.get_for_model(obj).pk
    return template.format(pk=obj.pk, ct=ct, slug=getattr(obj, "slug", ""))


def _client(world, role, api):
    client = APIClient() if api else APIClient(enforce_csrf_checks=False)
    user = world.users.get(None if role == "anonymous" else role)
    if user is not None:
        client.force_login(user)
    return client


def _classify(response, path):
    status = response.status_code
    if status in (301, 302):
        location = response["Location"]
        if location.startswith("/admin/login/"):
            return LOGIN
        return REDIRECT
    return {200: OK, 201: CREATED, 401: UNAUTHENTICATED, 403: "403", 404: NOT_FOUND, 405: "405", 409: "409"}.get(
        status, str(status)
    )


def _matches(outcome, expected):
    if expected == DENY:
        return outcome == "403"
    return outcome == expected


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_access(world, row, role):
    name, method, template, kind, state, rule = row
    obj = _object(world, kind, state)
    path = _path(template, obj)
    is_admin = path.startswith("/admin/")
    client = _client(world, role, api=path.startswith("/api/"))
    body = {"note": "a note", "decision": "needs_sourcing", "ids": [obj.pk if obj else 1]} if method != "get" else None
    if path.startswith("/api/"):
        if method == "patch":
            body = {"version": obj.version, "title": obj.title}
        response = getattr(client, method)(path, body, format="json") if body else client.get(path)
    else:
        response = getattr(client, method)(path, body) if body else client.get(path)

    outcome = _classify(response, path)
    expected = LOGIN if is_admin and role == "anonymous" else rule(role)
    assert _matches(outcome, expected), (
        f"{method.upper()} {path} as {role}: got {response.status_code} ({outcome}), expected {expected}"
    )
    if path.startswith("/api/") and response.status_code >= 400 and response.status_code != 405:
        assert response["Content-Type"].startswith("application/json")
        payload = response.json()
        assert payload.get("reason") or payload.get("detail"), payload


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    "action,allowed_role",
    [
        ("submit", "Editors"),
        ("approve", "Reviewers"),
        ("request_changes", "Reviewers"),
        ("publish", "Publishers"),
        ("unpublish", "Publishers"),
    ],
)
def test_admin_workflow_posts_change_nothing_they_may_not(world, role, action, allowed_role):
    """The admin's workflow buttons redirect every role back, but only the allowed role moves the story."""
    for state in STATES:
        story = world.story(state)
        client = _client(world, role, api=False)
        client.post(f"/admin/stories/story/{story.pk}/workflow/{action}/", {"note": "a note"})
        story.refresh_from_db()
        if role != allowed_role:
            assert story.state == state, f"{role} moved a {state} story with {action}"


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_admin_fact_decisions_only_by_reviewers(world, role):
    for state in STATES:
        fact = world.fact(state)
        before = fact.decisions.count()
        _client(world, role, api=False).post(
            f"/admin/verification/fact/{fact.pk}/decide/",
            {"decision": "needs_sourcing", "note": "n", "version": fact.version},
        )
        if role != "Reviewers":
            assert fact.decisions.count() == before, f"{role} decided a fact of a {state} story"


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["anonymous", "staff"])
def test_ids_of_unpublished_objects_are_indistinguishable_from_missing_ones(world, role):
    """No id guessing: an unpublished story's id answers exactly like an id that does not exist."""
    client = _client(world, role, api=True)
    missing = client.get("/api/stories/987654321/")
    for state in STATES[:-1]:
        story = world.story(state)
        for path in (
            f"/api/stories/{story.pk}/",
            f"/api/facts/{world.fact(state).pk}/",
            f"/api/stories/{story.pk}/submit/",
        ):
            response = client.get(path) if not path.endswith("submit/") else client.post(path, {}, format="json")
            assert response.status_code == 404
            assert response.json().keys() == missing.json().keys()
        assert client.get(f"/stories/{story.slug}/").status_code == 404
        listed = client.get("/api/stories/").json()["results"]
        assert story.pk not in {row["id"] for row in listed}


# --- completeness: every route has rows ------------------------------------------------------------------------
def _admin_patterns():
    def walk(patterns, prefix=""):
        for p in patterns:
            if isinstance(p, URLResolver):
                yield from walk(p.url_patterns, prefix + str(p.pattern))
            elif isinstance(p, URLPattern):
                yield prefix + str(p.pattern)

    return list(walk(admin.site.get_urls()))


def _normalise(template):
    import re

    return re.sub(r"\{pk\}|\{ct\}|<[^>]+>", "X", template.split("?")[0])


def test_every_admin_and_api_route_is_in_the_table():
    covered = {_normalise(r[2]) for r in ROWS}
    skipped = {"/admin/login/", "/admin/logout/", "/admin/password_change/done/", "/admin/X/"}  # login/out: below
    missing = []
    for pattern in _admin_patterns():
        if "(?P<" in pattern:
            continue  # the app index (rows above) and the catch-all
        path = _normalise("/admin/" + pattern)
        if path.startswith("/admin/^") or path.endswith("/X/") and path.count("/") == 5 or path == "/admin/X":
            continue  # the app index (rows above), a model's bare "<id>/" (redirects to change/), the catch-all
        if path not in covered and path not in skipped:
            if "/workflow/X/" in path:
                path = path.replace("/workflow/X/", "/workflow/submit/")
            path = path.replace("/revisions/X/restore/", "/revisions/1/restore/")
            if path not in covered:
                missing.append(path)
    assert not missing, missing

    from cms.api_urls import router

    api_missing = []
    for prefix, viewset, _basename in router.registry:
        if f"/api/{prefix}/" not in covered:
            api_missing.append(prefix)
        for extra in viewset.get_extra_actions():
            url = f"/api/{prefix}/X/{extra.url_path}/" if extra.detail else f"/api/{prefix}/{extra.url_path}/"
            if url not in covered:
                api_missing.append(url)
    assert not api_missing, api_missing


@pytest.mark.django_db
def test_admin_login_and_logout_pages(client):
    assert client.get("/admin/login/").status_code == 200
    assert client.post("/admin/logout/").status_code == 302  # back to the login page
