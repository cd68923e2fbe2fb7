"""An article's language is a two-letter ISO 639-1 code: the admin's form refuses any other (the API's service too)."""

import django.core.validators
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0012_edition_language"),
    ]

    operations = [
        migrations.AlterField(
            model_name="article",
            name="language",
            field=models.CharField(
                blank=True,
                help_text="The two-letter ISO 639-1 code (en, de, fr, es, …); empty when unknown.",
                max_length=8,
                validators=[
                    django.core.validators.RegexValidator(
                        "\\A[a-z]{2}\\Z",
                        "a language is its two-letter ISO 639-1 code in small letters, e.g. en, de, fr or es",
                    )
                ],
            ),
        ),
    ]
