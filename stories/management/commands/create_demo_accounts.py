import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from stories.roles import EDITORS, PUBLISHERS, REVIEWERS

DEMO_ACCOUNTS = [("admin", None), ("editor", EDITORS), ("reviewer", REVIEWERS), ("publisher", PUBLISHERS)]


class Command(BaseCommand):
    help = "Development only: create one account per role and print each password once."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("demo accounts are for development only (DJANGO_DEBUG is off)")
        User = get_user_model()
        for username, group in DEMO_ACCOUNTS:
            if User.objects.filter(username=username).exists():
                continue
            password = secrets.token_urlsafe(9)
            user = User.objects.create_user(
                username=username, password=password, is_staff=True, is_superuser=group is None
            )
            if group:
                user.groups.add(Group.objects.get(name=group))
            self.stdout.write(f"created demo account {username!r} with password {password!r} (shown once)")
