"""A GIN index over the reader search's document (stories.selectors.SEARCH_DOCUMENT_SQL), on PostgreSQL
only: other databases have no full-text search and use the selector's fallback."""

from django.db import migrations

# A copy of the expression the selector searches (a migration never imports live code); they must match
# for PostgreSQL to use the index.
DOCUMENT = (
    "setweight(to_tsvector('english'::regconfig, COALESCE(\"title\", '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, COALESCE(\"dek\", '')), 'B') || "
    "setweight(to_tsvector('english'::regconfig, COALESCE(\"body\", '')), 'C')"
)


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS stories_story_search ON stories_story USING gin (({DOCUMENT}))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS stories_story_search")


class Migration(migrations.Migration):
    dependencies = [("stories", "0007_reader_cache_generation")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
