"""Security headers for the public reader pages, applied per view with `reader_page`.

The reader pages show text imported from other sites, so besides escaping everything they send a
Content-Security-Policy that allows no script at all: a payload that slipped through would not run.
JSON-LD blocks (<script type="application/ld+json">) are data, which browsers never execute, so the
policy does not need to allow them. Styles come from our static CSS only (no inline style attributes).

It is a view decorator rather than global middleware so the admin and the browsable API, which rely
on inline scripts, keep working; a 404 raised by a reader view is rendered as a reader page, with
the same headers.
"""

from django.http import Http404
from django.shortcuts import render
from django.utils.decorators import decorator_from_middleware

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


class ReaderPageMiddleware:
    """CSP and related headers on a reader view's response, 404s included."""

    def __init__(self, get_response=None):
        self.get_response = get_response

    def __call__(self, request):
        return self.process_response(request, self.get_response(request))

    def process_exception(self, request, exception):
        if isinstance(exception, Http404):
            # decorator_from_middleware returns this as is, without process_response: add the headers here
            return self.process_response(request, render(request, "reader/404.html", status=404))
        return None

    def process_response(self, request, response):
        response.headers.setdefault("Content-Security-Policy", READER_CSP)
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"
        )
        return response


reader_page = decorator_from_middleware(ReaderPageMiddleware)
