"""Every existing account's address becomes allauth's email record, unverified.

Nobody ever proved they own these addresses (sign-up asked for one and never checked it), so
they start unverified: users keep logging in with their passwords, are asked once to follow a
link, and their digest waits until they do. Addresses are compared without case: they are
stored lower-case, as allauth stores them, and two accounts with one address each get an
unverified record; the first to verify keeps it and allauth refuses the second's link.
"""

from django.db import migrations
from django.db.models.functions import Lower


def create_email_addresses(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    EmailAddress = apps.get_model("account", "EmailAddress")
    users = User.objects.exclude(email="")
    users.exclude(email=Lower("email")).update(email=Lower("email"))
    EmailAddress.objects.bulk_create(
        (
            EmailAddress(user_id=pk, email=email.strip(), verified=False, primary=True)
            for pk, email in users.values_list("pk", "email").iterator()
        ),
        batch_size=1000,
        ignore_conflicts=True,  # an account allauth already gave a record keeps it
    )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_invitations"),
        ("account", "0009_emailaddress_unique_primary_email"),
    ]

    operations = [
        migrations.RunPython(create_email_addresses, migrations.RunPython.noop, elidable=True),
    ]
