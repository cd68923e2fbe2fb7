"""API tokens a user makes and revokes for themselves (DRF's authtoken: one token per user)."""

from __future__ import annotations

from django.db import transaction
from rest_framework.authtoken.models import Token

from core.errors import ActionForbidden
from core.permissions import acting_user


def _check_user(user) -> None:
    if user is None or not user.is_authenticated or not user.is_active or not user.is_staff:
        raise ActionForbidden("only signed-in newsroom staff have API tokens")


def api_token_of(*, user) -> Token | None:
    return Token.objects.filter(user=user).first() if acting_user(user) else None


def api_token_create(*, user) -> Token:
    """A new token for the user; an old one stops working at once."""
    _check_user(user)
    with transaction.atomic():
        Token.objects.filter(user=user).delete()
        return Token.objects.create(user=user)


def api_token_revoke(*, user) -> bool:
    """Delete the user's token; False when they had none."""
    _check_user(user)
    deleted, _ = Token.objects.filter(user=user).delete()
    return bool(deleted)
