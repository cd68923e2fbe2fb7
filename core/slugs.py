"""Slugs unique within a model's table."""

from django.utils.text import slugify


def unique_slug(model, title: str, *, exclude_id: int | None = None, fallback: str = "item") -> str:
    """A slug made from the title, with -2, -3, … added until no other row of the model has it."""
    base = slugify(title)[:100] or fallback
    slug, n = base, 1
    while model.objects.filter(slug=slug).exclude(pk=exclude_id).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug
