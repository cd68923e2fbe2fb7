"""Complete the editions readers are served: a first one for every live story without one (stories published
as data, or before editions), and the check summary of editions published before editions stored it."""

from django.core.management.base import BaseCommand

from stories.reader.cache import clear_reader_cache
from stories.services.editions import complete_edition_summaries, record_missing_editions


class Command(BaseCommand):
    help = (
        "Render the reader page of every live story that has no edition yet (readers get a 404 until it "
        "has one; a page view never writes), and store the check summary of older editions that lack it (the "
        "home page lists it; until then it leaves it out)."
    )

    def handle(self, *args, **options):
        made = record_missing_editions()
        self.stdout.write(
            f"Recorded {len(made)} edition(s)" + (f" for stories {', '.join(map(str, made))}." if made else ".")
        )
        filled, unknown = complete_edition_summaries()
        self.stdout.write(f"Stored the check summary of {filled} older edition(s).")
        if made or filled:
            clear_reader_cache()  # readers get the new pages and lines now, not when the cached ones expire
        if unknown:
            self.stdout.write(
                f"{len(unknown)} edition(s) have no check summary on their page or in their facts "
                f"(editions {', '.join(map(str, unknown[:20]))}{', …' if len(unknown) > 20 else ''}); "
                "the home page lists them without one."
            )
