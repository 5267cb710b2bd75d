"""The cache table (settings.CACHES): allauth's rate-limit counters live in PostgreSQL, shared
by every web process. Made here so `migrate` is the only set-up step, as before."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0006_email_addresses")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
