from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("stories", "0002_roles")]

    operations = [
        migrations.AddField(
            model_name="story",
            name="publish_at",
            field=models.DateTimeField(
                blank=True,
                db_index=True,
                null=True,
                help_text="Scheduled publication: the beat task publishes it then.",
            ),
        ),
    ]
