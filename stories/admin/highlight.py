"""Render an article's text for the admin, escaped, with claim values marked."""

from django.utils.html import escape
from django.utils.safestring import mark_safe


def highlighted_text(text: str, claims) -> str:
    """The text with each claim's value span in a <mark>; every character of the text is escaped."""
    pieces, cursor = [], 0
    for claim in sorted(claims, key=lambda c: (c.start, -c.end)):
        if claim.start < cursor or claim.end > len(text):
            continue  # overlapping or stale spans are listed on the claim itself, not marked twice
        pieces.append(escape(text[cursor : claim.start]))
        pieces.append(
            f'<mark title="{escape(claim.kind)}: {escape(claim.slot)}">{escape(text[claim.start : claim.end])}</mark>'
        )
        cursor = claim.end
    pieces.append(escape(text[cursor:]))
    return mark_safe(
        '<div class="article-text" style="white-space: pre-wrap; max-width: 60em">' + "".join(pieces) + "</div>"
    )
