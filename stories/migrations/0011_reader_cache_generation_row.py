"""The reader cache generation's single row, made here so that reading it (on a reader's GET) never writes.
It starts from the clock, so no number a cache may still hold from before is ever used again."""

import time

from django.db import migrations


def create_row(apps, schema_editor):
    generation = apps.get_model("stories", "ReaderCacheGeneration")
    generation.objects.get_or_create(pk=1, defaults={"number": time.time_ns()})


class Migration(migrations.Migration):
    dependencies = [("stories", "0010_live_editions_and_old_slugs")]

    operations = [migrations.RunPython(create_row, migrations.RunPython.noop)]
