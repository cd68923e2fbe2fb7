"""How the API refuses: refusals become 403 / 409 / 400 with a JSON reason, a broker outage 503.

The rules themselves live in the services; the API only translates their refusals
(REST_FRAMEWORK["EXCEPTION_HANDLER"]), so the admin and the API refuse the same things for the same
reasons. Objects a user may not see are outside the viewsets' querysets, so they are 404, never 403.
"""

from __future__ import annotations

from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers, status
from rest_framework.exceptions import NotAuthenticated, NotFound, ValidationError
from rest_framework.permissions import BasePermission
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler as drf_exception_handler

from core.dispatch import BrokerUnavailable
from core.errors import InvalidAction, VersionConflict, WorkflowError
from core.limits import NOTE_MAX_LENGTH

# The answers a workflow action documents in the schema besides its success.
REFUSALS = {
    400: OpenApiResponse(description="Malformed request: {reason, code}"),
    403: OpenApiResponse(description="The role may never do this: {reason, code}"),
    404: OpenApiResponse(description="Not visible to this user"),
    409: OpenApiResponse(description="The story's state or unresolved facts forbid it now: {reason, code}"),
}


def refusal(exc: WorkflowError) -> Response:
    body = {"reason": exc.reason, "code": exc.code}
    if isinstance(exc, VersionConflict):
        body["current_version"] = exc.current_version
    return Response(body, status=exc.status)


def unavailable(reason: str) -> Response:
    return Response({"reason": reason, "code": "unavailable"}, status=status.HTTP_503_SERVICE_UNAVAILABLE)


def exception_handler(exc, context):
    """DRF's handler, after refusals (403/409/400) and a broker outage (503) are answered with their reason,
    and a malformed query (a filter's value) like a malformed body."""
    if isinstance(exc, WorkflowError):
        return refusal(exc)
    if isinstance(exc, BrokerUnavailable):
        return unavailable(str(exc))
    if isinstance(exc, ValidationError):
        return refusal(malformed(exc.detail))
    return drf_exception_handler(exc, context)


def _problems(errors) -> str:
    """Validation errors in words: "field: what is wrong; other: ...", the errors of no one field unprefixed."""
    if isinstance(errors, dict):
        return "; ".join(
            _problems(e) if field == api_settings.NON_FIELD_ERRORS_KEY else f"{field}: {_problems(e)}"
            for field, e in errors.items()
        )
    if isinstance(errors, list):
        return " ".join(map(_problems, errors))
    return str(errors)


def malformed(errors) -> InvalidAction:
    """The refusal (400) of a request whose body or query is malformed, naming what is wrong."""
    return InvalidAction(f"malformed request: {_problems(errors)}")


def parse(serializer_class, data, **kwargs) -> dict:
    """Validate a request body; a malformed one is an InvalidAction (400) naming what is wrong."""
    serializer = serializer_class(data=data, **kwargs)
    if not serializer.is_valid():
        raise malformed(serializer.errors)
    return serializer.validated_data


def staff_only(permission: str):
    """A permission class for collections that are staff-only as a whole: an anonymous caller is asked to
    authenticate (401 with ``WWW-Authenticate``), a signed-in user whose role may not view these objects
    gets 404, as if nothing were there."""

    class StaffOnly(BasePermission):
        def has_permission(self, request, view):
            user = request.user
            if not (user and user.is_authenticated):
                raise NotAuthenticated("Sign in or send 'Authorization: Token <your token>' to use this endpoint.")
            if not user.has_perm(permission):
                raise NotFound()
            return True

    StaffOnly.__name__ = f"StaffOnly({permission})"
    return StaffOnly


def note_field(help_text: str = "") -> serializers.CharField:
    """An optional note of a request (empty when left out), at most NOTE_MAX_LENGTH characters; whether an
    action needs one is the service's rule, which refuses it empty in words."""
    return serializers.CharField(
        required=False, allow_blank=True, default="", max_length=NOTE_MAX_LENGTH, help_text=help_text or None
    )
