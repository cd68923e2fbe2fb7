"""Give every live story without an edition its first one (stories published as data, or before editions)."""

from django.core.management.base import BaseCommand

from stories.services.editions import record_missing_editions


class Command(BaseCommand):
    help = (
        "Render the reader page of every live story that has no edition yet (readers get a 404 until it "
        "has one; a page view never writes)."
    )

    def handle(self, *args, **options):
        made = record_missing_editions()
        self.stdout.write(
            f"Recorded {len(made)} edition(s)" + (f" for stories {', '.join(map(str, made))}." if made else ".")
        )
