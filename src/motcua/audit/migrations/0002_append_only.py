"""Triggers that make the audit log append-only (see motcua/audit/guards.py)."""

from django.db import migrations

from motcua.audit import guards


def install(apps, schema_editor):
    guards.run(schema_editor.connection, install=True)


def remove(apps, schema_editor):
    guards.run(schema_editor.connection, install=False)


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0001_initial"),
    ]

    operations = [migrations.RunPython(install, remove)]
