import json

from django.core.management.base import BaseCommand, CommandError

from verification.selectors import verification_export


class Command(BaseCommand):
    help = "Write articles, stories, claims and facts as JSON (format 1) to a file or standard output."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")

    def handle(self, *args, output=None, **options):
        data = json.dumps(verification_export(), ensure_ascii=False, indent=1)
        if not output:
            self.stdout.write(data)
            return
        try:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(data + "\n")
        except OSError as exc:
            raise CommandError(f"cannot write {output}: {exc.strerror or exc}") from exc
        self.stderr.write(f"wrote {output}")
