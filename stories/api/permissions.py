"""How the API refuses: workflow refusals become 403 / 409 / 400 with a JSON reason.

The rules themselves live in ``stories.workflow`` (and the services); the API only translates them, so the
admin and the API refuse the same things for the same reasons. Objects a user may not see are outside the
viewsets' querysets, so they are 404, never 403.
"""
from __future__ import annotations

from rest_framework import status
from rest_framework.exceptions import NotAuthenticated, NotFound
from rest_framework.permissions import BasePermission
from rest_framework.response import Response

from stories.workflow import InvalidAction, WorkflowError


def refusal(exc: WorkflowError) -> Response:
    body = {"reason": exc.reason, "code": exc.code}
    current = getattr(exc, "current_version", None)
    if current is not None:
        body["current_version"] = current
    return Response(body, status=exc.status)


class WorkflowRefusals:
    """Viewset mixin: a WorkflowError raised by a service answers with its status and reason."""

    def handle_exception(self, exc):
        if isinstance(exc, WorkflowError):
            return refusal(exc)
        return super().handle_exception(exc)


def parse(serializer_class, data, **kwargs) -> dict:
    """Validate a request body; a malformed one is an InvalidAction (400) naming what is wrong."""
    serializer = serializer_class(data=data, **kwargs)
    if not serializer.is_valid():
        problems = "; ".join(f"{field}: {' '.join(map(str, errors))}" for field, errors in serializer.errors.items())
        raise InvalidAction(f"malformed request: {problems}")
    return serializer.validated_data


def unavailable(reason: str) -> Response:
    return Response({"reason": reason, "code": "unavailable"}, status=status.HTTP_503_SERVICE_UNAVAILABLE)


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
