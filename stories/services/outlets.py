"""Every source needs an outlet before it can be cited: the names, with the newsroom's known-outlets table.

How a name is found is in stories.outlet_names; the table only turns a site's host into the name
readers know ("straitstimes.com" → "The Straits Times"), so whether an outlet is missing does not
depend on it.
"""

from __future__ import annotations

from stories.models import Article, KnownOutlet
from stories.outlet_names import OUTLET_MISSING, resolve_outlet

__all__ = [
    "OUTLET_MISSING",
    "known_outlets",
    "outlet_names",
    "outlet_of",
    "outlet_missing_problem",
    "story_outlet_problem",
]


def known_outlets() -> dict[str, str]:
    return dict(KnownOutlet.objects.values_list("domain", "name"))


def outlet_names(articles) -> dict[int, str]:
    """{article id: outlet name or ""} for these articles (Article rows or rows with the same fields)."""
    known = known_outlets()
    return {
        a.pk: resolve_outlet(publisher=a.publisher, author=a.author, origin=a.origin, known=known) for a in articles
    }


def outlet_of(article) -> str:
    return outlet_names([article])[article.pk]


def outlet_missing_problem(articles) -> str:
    """Why these sources cannot be cited yet ("" when every one has an outlet)."""
    names = outlet_names(articles)
    missing = [a for a in articles if not names[a.pk]]
    if not missing:
        return ""
    shown = "; ".join(f"article {a.pk} ({a.working_title})" for a in missing[:5])
    return (
        f"{OUTLET_MISSING} for {len(missing)} source(s): {shown}. Set the publisher on the article, or add "
        "its site to the known outlets"
    )


def story_outlet_problem(story) -> str:
    return outlet_missing_problem(
        list(Article.objects.filter(story=story).exclude(state=Article.State.ARCHIVED).order_by("id"))
    )
