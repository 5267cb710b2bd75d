import secrets

import django.core.validators
from django.db import migrations, models

import accounts.models


def give_every_user_a_token(apps, schema_editor):
    # A callable default is evaluated once for existing rows: give each its own secret.
    User = apps.get_model("accounts", "User")
    for user in User.objects.filter(calendar_token__isnull=True).only("pk"):
        user.calendar_token = secrets.token_urlsafe(32)
        user.save(update_fields=["calendar_token"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="calendar_token",
            field=models.CharField(editable=False, max_length=64, null=True),
        ),
        migrations.RunPython(give_every_user_a_token, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="user",
            name="calendar_token",
            field=models.CharField(
                default=accounts.models.new_calendar_token,
                editable=False,
                max_length=64,
                unique=True,
            ),
        ),
        migrations.AddField(
            model_name="user",
            name="travel_buffer_minutes",
            field=models.PositiveSmallIntegerField(
                default=30,
                help_text="Interviews closer together than this are flagged as a clash.",
                validators=[django.core.validators.MaxValueValidator(1440)],
                verbose_name="travel buffer (minutes)",
            ),
        ),
    ]
