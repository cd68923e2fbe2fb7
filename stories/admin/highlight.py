"""Render an article's text for the admin, escaped, with claim values marked."""

from django.template.loader import render_to_string

from core.checking import fact_checking


def highlighted_text(text: str, claims) -> str:
    """The text with each claim's value span in a <mark> titled with what it states ("Investment (money)"),
    through a template: every character of the text is escaped."""
    label = fact_checking().public.label
    pieces, cursor = [], 0
    for claim in sorted(claims, key=lambda c: (c.start, -c.end)):
        if claim.start < cursor or claim.end > len(text):
            continue  # overlapping or stale spans are listed on the claim itself, not marked twice
        pieces.append({"text": text[cursor : claim.start]})
        pieces.append({"text": text[claim.start : claim.end], "about": f"{label(claim.slot)} ({claim.kind})"})
        cursor = claim.end
    pieces.append({"text": text[cursor:]})
    return render_to_string("admin/stories/article/_highlighted_text.html", {"pieces": pieces})
