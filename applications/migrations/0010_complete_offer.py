"""The complete offer: every term of the letter, money as integer hundredths (the old decimal
``amount`` becomes ``base_pay_minor``, exactly), revisions and exchange rates."""

from decimal import Decimal

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def amount_to_minor_units(apps, schema_editor):
    Offer = apps.get_model("applications", "Offer")
    for offer in Offer.objects.filter(amount__isnull=False).only("pk", "amount"):
        Offer.objects.filter(pk=offer.pk).update(base_pay_minor=int(offer.amount * 100))


def minor_units_to_amount(apps, schema_editor):
    Offer = apps.get_model("applications", "Offer")
    for offer in Offer.objects.filter(base_pay_minor__isnull=False).only("pk", "base_pay_minor"):
        Offer.objects.filter(pk=offer.pk).update(amount=Decimal(offer.base_pay_minor) / 100)


class Migration(migrations.Migration):
    dependencies = [
        ("applications", "0009_contact_email_no_link_syntax"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ExchangeRate",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("currency", models.CharField(max_length=3)),
                ("into", models.CharField(max_length=3)),
                ("rate", models.DecimalField(decimal_places=8, max_digits=18)),
                (
                    "as_of",
                    models.DateField(
                        default=django.utils.timezone.localdate, verbose_name="rate date"
                    ),
                ),
            ],
            options={
                "ordering": ["currency", "into"],
            },
        ),
        migrations.CreateModel(
            name="OfferRevision",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("terms", models.JSONField()),
                ("replaced_at", models.DateTimeField(default=django.utils.timezone.now)),
            ],
            options={
                "ordering": ["-replaced_at", "-pk"],
            },
        ),
        migrations.RemoveConstraint(
            model_name="offer",
            name="applications_offer_amount_not_negative",
        ),
        migrations.AddField(
            model_name="offer",
            name="base_pay_minor",
            field=models.BigIntegerField(blank=True, null=True, verbose_name="base pay"),
        ),
        migrations.AddField(
            model_name="offer",
            name="benefits",
            field=models.TextField(blank=True, verbose_name="benefits"),
        ),
        migrations.AddField(
            model_name="offer",
            name="bonus_minor",
            field=models.BigIntegerField(
                blank=True, null=True, verbose_name="target bonus (amount a year)"
            ),
        ),
        migrations.AddField(
            model_name="offer",
            name="bonus_percent",
            field=models.DecimalField(
                blank=True,
                decimal_places=2,
                max_digits=5,
                null=True,
                verbose_name="target bonus (% of base pay)",
            ),
        ),
        migrations.AddField(
            model_name="offer",
            name="cliff_months",
            field=models.PositiveSmallIntegerField(
                blank=True,
                null=True,
                validators=[django.core.validators.MaxValueValidator(240)],
                verbose_name="cliff (months)",
            ),
        ),
        migrations.AddField(
            model_name="offer",
            name="comparison_when_accepted",
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
        migrations.AddField(
            model_name="offer",
            name="days_per_week",
            field=models.DecimalField(
                blank=True, decimal_places=1, max_digits=2, null=True, verbose_name="days a week"
            ),
        ),
        migrations.AddField(
            model_name="offer",
            name="equity_kind",
            field=models.CharField(
                blank=True,
                choices=[
                    ("options", "Share options"),
                    ("rsu", "Restricted stock units (RSUs)"),
                    ("shares", "Shares"),
                    ("other", "Other equity"),
                ],
                max_length=10,
                verbose_name="equity",
            ),
        ),
        migrations.AddField(
            model_name="offer",
            name="equity_minor",
            field=models.BigIntegerField(blank=True, null=True, verbose_name="equity grant value"),
        ),
        migrations.AddField(
            model_name="offer",
            name="hours_per_week",
            field=models.DecimalField(
                blank=True, decimal_places=1, max_digits=4, null=True, verbose_name="hours a week"
            ),
        ),
        migrations.AddField(
            model_name="offer",
            name="leave_days",
            field=models.PositiveSmallIntegerField(
                blank=True,
                null=True,
                validators=[django.core.validators.MaxValueValidator(366)],
                verbose_name="paid leave (days a year)",
            ),
        ),
        migrations.AddField(
            model_name="offer",
            name="location",
            field=models.CharField(blank=True, max_length=200),
        ),
        migrations.AddField(
            model_name="offer",
            name="notice_period",
            field=models.CharField(blank=True, max_length=100),
        ),
        migrations.AddField(
            model_name="offer",
            name="probation",
            field=models.CharField(blank=True, max_length=100),
        ),
        migrations.AddField(
            model_name="offer",
            name="ratings",
            field=models.JSONField(blank=True, default=dict),
        ),
        migrations.AddField(
            model_name="offer",
            name="sign_on_minor",
            field=models.BigIntegerField(blank=True, null=True, verbose_name="sign-on bonus"),
        ),
        migrations.AddField(
            model_name="offer",
            name="vesting_months",
            field=models.PositiveSmallIntegerField(
                blank=True,
                null=True,
                validators=[django.core.validators.MaxValueValidator(240)],
                verbose_name="vesting over (months)",
            ),
        ),
        migrations.AddField(
            model_name="offer",
            name="weeks_per_year",
            field=models.PositiveSmallIntegerField(
                default=52,
                validators=[
                    django.core.validators.MinValueValidator(1),
                    django.core.validators.MaxValueValidator(52),
                ],
                verbose_name="paid weeks a year",
            ),
        ),
        migrations.AddField(
            model_name="offer",
            name="work_mode",
            field=models.CharField(
                blank=True,
                choices=[("on_site", "On-site"), ("hybrid", "Hybrid"), ("remote", "Remote")],
                max_length=20,
            ),
        ),
        migrations.AlterField(
            model_name="offer",
            name="details",
            field=models.TextField(blank=True, verbose_name="your notes"),
        ),
        migrations.AddConstraint(
            model_name="offer",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("base_pay_minor__isnull", True), ("base_pay_minor__gte", 0), _connector="OR"
                ),
                name="applications_offer_amount_not_negative",
            ),
        ),
        migrations.AddConstraint(
            model_name="offer",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(
                        ("bonus_minor__isnull", True), ("bonus_minor__gte", 0), _connector="OR"
                    ),
                    models.Q(
                        ("sign_on_minor__isnull", True), ("sign_on_minor__gte", 0), _connector="OR"
                    ),
                    models.Q(
                        ("equity_minor__isnull", True), ("equity_minor__gte", 0), _connector="OR"
                    ),
                    models.Q(
                        ("bonus_percent__isnull", True), ("bonus_percent__gte", 0), _connector="OR"
                    ),
                ),
                name="applications_offer_money_not_negative",
            ),
        ),
        migrations.AddConstraint(
            model_name="offer",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("bonus_percent__isnull", True), ("bonus_minor__isnull", True), _connector="OR"
                ),
                name="applications_offer_one_kind_of_bonus",
            ),
        ),
        migrations.AddField(
            model_name="exchangerate",
            name="owner",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="exchange_rates",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="offerrevision",
            name="offer",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="revisions",
                to="applications.offer",
            ),
        ),
        # Existing offers keep their pay: the decimal amount becomes whole hundredths.
        migrations.RunPython(amount_to_minor_units, minor_units_to_amount),
        migrations.RemoveField(
            model_name="offer",
            name="amount",
        ),
        migrations.AddConstraint(
            model_name="exchangerate",
            constraint=models.UniqueConstraint(
                fields=("owner", "currency", "into"), name="applications_one_rate_per_pair"
            ),
        ),
        migrations.AddConstraint(
            model_name="exchangerate",
            constraint=models.CheckConstraint(
                condition=models.Q(("rate__gt", 0)), name="applications_rate_positive"
            ),
        ),
        migrations.AddConstraint(
            model_name="exchangerate",
            constraint=models.CheckConstraint(
                condition=models.Q(("currency", models.F("into")), _negated=True),
                name="applications_rate_two_currencies",
            ),
        ),
    ]
