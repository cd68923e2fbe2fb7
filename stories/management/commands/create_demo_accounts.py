import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from stories.roles import EDITORS, PUBLISHERS, REVIEWERS

DEMO_ACCOUNTS = [("admin", None), ("editor", EDITORS), ("reviewer", REVIEWERS), ("publisher", PUBLISHERS)]
RULE = "─" * 64


class Command(BaseCommand):
    help = (
        "Development only: one account per role (admin, editor, reviewer, publisher). Prints a block with "
        "each new account's password (shown once); --reset gives every demo account a new password."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="give every demo account a new password (creating missing ones) and print them",
        )

    def handle(self, *args, reset=False, **options):
        if not settings.DEBUG:
            raise CommandError("demo accounts are for development only (DJANGO_DEBUG is off)")
        User = get_user_model()
        rows = []
        for username, group in DEMO_ACCOUNTS:
            user = User.objects.filter(username=username).first()
            password = None
            if user is None:
                password = secrets.token_urlsafe(9)
                user = User.objects.create_user(
                    username=username, password=password, is_staff=True, is_superuser=group is None
                )
                if group:
                    user.groups.add(Group.objects.get(name=group))
            elif reset:
                password = secrets.token_urlsafe(9)
                user.set_password(password)
                user.is_active = True
                user.save(update_fields=["password", "is_active"])
            rows.append((username, group or "every permission", password))
        self._print(rows)

    def _print(self, rows) -> None:
        write = self.stdout.write
        write(RULE)
        write(" Demo accounts (development only) — sign in at /admin/")
        for username, role, password in rows:
            shown = f"password {password}" if password else "password unchanged (shown when it was made)"
            write(f"   {username:<10} {role:<17} {shown}")
        if any(password for _, _, password in rows):
            write(" New passwords are shown this once.")
        write(" New passwords for all of them: .venv/bin/python manage.py create_demo_accounts --reset")
        write(RULE)
