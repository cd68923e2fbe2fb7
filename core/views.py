"""Health checks for load balancers and operators."""

from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

from core.health import overall_state, site_health


@never_cache
def healthz(request):
    """The database, the broker and the cache, each with its state: in words, or as JSON for machines
    (?format=json or Accept: application/json). 503 only when the database is down; with the broker or
    the cache down the site still serves readers, and says it is degraded."""
    checks = site_health()
    state = overall_state(checks)
    status = 503 if state == "down" else 200
    wants_json = request.GET.get("format") == "json" or "application/json" in request.headers.get("Accept", "")
    if wants_json:
        return JsonResponse(
            {"status": state, "checks": {c.name: {"state": c.state, "detail": c.detail} for c in checks}}, status=status
        )
    lines = [f"status: {state}"] + [f"{c.name}: {c.state}" + (f" ({c.detail})" if c.detail else "") for c in checks]
    return HttpResponse("\n".join(lines) + "\n", status=status, content_type="text/plain; charset=utf-8")


def livez(request):
    """Liveness: the process answers; touches no database, broker or cache (the benchmark's trivial view)."""
    return HttpResponse("ok", content_type="text/plain")
