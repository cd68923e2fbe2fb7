"""Site-wide request and response guards.

RefuseControlCharactersMiddleware: a control character (NUL and the like) in a path, query string or form
field is a 400 before any view, database driver or template sees it.

ContentSecurityPolicyMiddleware: every HTML response without a policy of its own (the admin, the browsable
API, the API docs, Django's 404 and 500 pages) gets DEFAULT_CSP: scripts only from our own files, so no
inline script runs; inline style attributes are allowed (the admin uses them). Reader pages set a stricter
policy per view (stories.reader.headers), which this one leaves alone.
"""

import re

from django.http import HttpResponseBadRequest, JsonResponse

DEFAULT_CSP = "; ".join(
    [
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
    ]
)

# C0 controls but tab, line feed and carriage return, and DEL: never part of text people type or paste.
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
API_PREFIX = "/api/"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def has_control_character(text: str) -> bool:
    return CONTROL_CHARACTER.search(text) is not None


def _query_has_control_character(query) -> bool:
    return any(
        has_control_character(key) or any(has_control_character(v) for v in values) for key, values in query.lists()
    )


class RefuseControlCharactersMiddleware:
    """400 for a path, query string or form field holding a control character (NUL and the like): they
    reach no view, so no database driver or template ever sees one. JSON bodies are checked by the API's
    parser (core.parsers), file contents by the importer."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        form = request.method == "POST" and request.content_type in FORM_TYPES
        if (
            has_control_character(request.path)
            or _query_has_control_character(request.GET)
            or (form and _query_has_control_character(request.POST))
        ):
            reason = "Bad request: the address or the form holds a control character (such as NUL); remove it."
            if request.path.startswith(API_PREFIX):  # API clients read every refusal as JSON
                return JsonResponse({"detail": reason}, status=400)
            return HttpResponseBadRequest(reason, content_type="text/plain; charset=utf-8")
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
