import os
import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from stories.services.batches import record_import
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
        parser.add_argument(
            "--processes",
            type=int,
            default=0,
            metavar="N",
            help="clean files in N worker processes (default: one per core when there are over 50 files)",
        )

    def handle(self, *args, paths, no_progress=False, processes=0, **options):
        payloads = list(payloads_from_paths(list(paths)))  # names and readers only, not contents
        if processes < 1:
            processes = (os.cpu_count() or 1) if len(payloads) > 50 else 1
        show_bar = sys.stderr.isatty() and not no_progress
        bar = tqdm(
            desc="Importing", unit="file", total=len(payloads), file=sys.stderr, disable=not show_bar, leave=False
        )

        def on_outcome(outcome):
            bar.update(1)
            (bar.write if show_bar else self.stdout.write)(outcome.line())

        report = import_payloads(payloads=payloads, on_outcome=on_outcome, processes=processes)
        bar.close()
        if report.outcomes:
            record_import(report=report)  # the admin's import history lists command-line imports too
        self.stdout.write(report.summary())
        rejected = report.counts[REJECTED]
        if rejected:
            raise CommandError(f"{rejected} of {len(report.outcomes)} files were rejected")
