"""On PostgreSQL, a trigram index over search_text: a search's LIKE '% word%' reads the index
instead of every current version (pg_trgm ships with PostgreSQL and is a trusted extension, so
the database owner may create it). SQLite (the demo) scans its 2,000 rows, which is fast enough."""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS catalog_version_search_trgm"
    " ON catalog_procedureversion USING gin (search_text gin_trgm_ops)",
]
BACKWARD = ["DROP INDEX IF EXISTS catalog_version_search_trgm"]


def on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("catalog", "0002_search_text_haystack")]

    operations = [migrations.RunPython(on_postgresql(FORWARD), on_postgresql(BACKWARD))]
