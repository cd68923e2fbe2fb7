"""Who is asking: the real client's address behind the trusted proxies (TRUSTED_PROXY_COUNT).

Each trusted proxy appends the address it received the request from to X-Forwarded-For, so with N trusted
proxies the client is the N-th entry from the right; entries further left were written by the client and
are not believed. With no trusted proxy (the default) X-Forwarded-For is ignored and REMOTE_ADDR is the
client. DRF's throttles, django-axes' lockout and the login and search rate limits all ask this function.
"""

from __future__ import annotations

from django.conf import settings


def client_address(request) -> str:
    """The address of the client that sent the request, as far as the trusted proxies vouch for it."""
    remote = request.META.get("REMOTE_ADDR", "") or ""
    count = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if count <= 0 or not forwarded:
        return remote
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    if not hops:
        return remote
    return hops[-min(count, len(hops))]
