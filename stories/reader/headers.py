"""Security headers for the public reader pages, applied per view with `reader_page`.

The reader pages show text imported from other sites, so besides escaping everything they send a
Content-Security-Policy that allows no script at all: a payload that slipped through would not run.
JSON-LD blocks (<script type="application/ld+json">) are data, which browsers never execute, so the
policy does not need to allow them. Styles come from our static CSS only (no inline style attributes).

It is a view decorator rather than global middleware so the admin and the browsable API, which rely
on inline scripts, keep working; a 404 raised by a reader view is rendered as a reader page, with
the same headers.
"""

from functools import wraps

from django.http import Http404
from django.shortcuts import render

READER_CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'none'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'none'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "object-src 'none'",
    ]
)


READER_HEADERS = {
    "Content-Security-Policy": READER_CSP,
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


def reader_page(view):
    """CSP and related headers on a reader view's response, 404s included (a view's Http404 is answered
    here with the reader's 404 page); a header the view set itself is kept."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            response = view(request, *args, **kwargs)
        except Http404:
            response = render(request, "reader/404.html", status=404)
        headers = response.headers
        for name, value in READER_HEADERS.items():
            if name not in headers:
                headers[name] = value
        return response

    return wrapper
