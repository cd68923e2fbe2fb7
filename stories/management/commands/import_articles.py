import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from stories.services.importing import REJECTED, import_payloads
from stories.services.sources import payloads_from_paths


class Command(BaseCommand):
    help = (
        "Import articles as drafts from files, folders or zips of .txt, .html and .md. Prints one line per "
        "file (created / duplicate / rejected and why) and a summary; exits 1 if any file was rejected."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="a file, a folder or a .zip")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")

    def handle(self, *args, paths, no_progress=False, **options):
        show_bar = sys.stderr.isatty() and not no_progress
        bar = tqdm(desc="Importing", unit="file", file=sys.stderr, disable=not show_bar, leave=False)

        def on_outcome(outcome):
            bar.update(1)
            (bar.write if show_bar else self.stdout.write)(outcome.line())

        report = import_payloads(payloads_from_paths(list(paths)), on_outcome=on_outcome)
        bar.close()
        self.stdout.write(report.summary())
        rejected = report.counts[REJECTED]
        if rejected:
            raise CommandError(f"{rejected} of {len(report.outcomes)} files were rejected")
