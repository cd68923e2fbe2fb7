"""Security middleware: refuse control characters in requests, a Content-Security-Policy on every HTML
response, and the stricter headers of the public reader pages (applied per view with `reader_page`).

The reader pages show text imported from other sites, so besides escaping everything they send a
Content-Security-Policy that allows no script at all: a payload that slipped through would not run.
JSON-LD blocks (<script type="application/ld+json">) are data, which browsers never execute, so the
policy does not need to allow them. Styles come from our static CSS only (no inline style attributes).

The reader policy is a view decorator; every other HTML response (the admin, the browsable API, the API
docs, Django's 404 and 500 pages) gets DEFAULT_CSP from ContentSecurityPolicyMiddleware: scripts only from
our own files (no inline script runs), inline style attributes allowed (the admin uses them). A 404 raised
by a reader view is rendered as a reader page, with the reader headers.
"""
import re

from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import render
from django.utils.decorators import decorator_from_middleware

DEFAULT_CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
])

# C0 controls but tab, line feed and carriage return, and DEL: never part of text people type or paste.
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def has_control_character(text: str) -> bool:
    return CONTROL_CHARACTER.search(text) is not None


def _query_has_control_character(query) -> bool:
    return any(has_control_character(key) or any(has_control_character(v) for v in values)
               for key, values in query.lists())


class RefuseControlCharactersMiddleware:
    """400 for a path, query string or form field holding a control character (NUL and the like): they
    reach no view, so no database driver or template ever sees one. JSON bodies are checked by the API's
    parser (cms.parsers), file contents by the importer."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        form = request.method == "POST" and request.content_type in FORM_TYPES
        if (has_control_character(request.path) or _query_has_control_character(request.GET)
                or (form and _query_has_control_character(request.POST))):
            return HttpResponseBadRequest(
                "Bad request: the address or the form holds a control character (such as NUL); remove it.",
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


class ContentSecurityPolicyMiddleware:
    """DEFAULT_CSP on every HTML response that has no policy of its own (reader pages set a stricter one)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.get("Content-Type", "").startswith("text/html"):
            response.headers.setdefault("Content-Security-Policy", DEFAULT_CSP)
        return response

READER_CSP = "; ".join([
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
])


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
        response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
        return response


reader_page = decorator_from_middleware(ReaderPageMiddleware)
