"""Create a demo user with about twenty realistic applications, to look around at once."""

import random
from datetime import timedelta
from decimal import Decimal
from typing import Any

from allauth.account.models import EmailAddress
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from applications import services
from applications.models import (
    Application,
    Contact,
    EquityKind,
    ExchangeRate,
    Interview,
    Offer,
    Source,
    Stage,
    StageChange,
    WorkMode,
)

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "bowout-demo"  # noqa: S105 - a documented demo account on a local database

# company, position, stage, source, agency, location, mode, interest, days since applied
PROCESSES = [
    ("Northwind Analytics", "Senior Data Engineer", Stage.OFFER, Source.AGENCY, "Harbour Talent", "London", WorkMode.HYBRID, 5, 40),
    ("Lumen Health", "Data Platform Lead", Stage.INTERVIEWING, Source.COMPANY_SITE, "", "Manchester", WorkMode.HYBRID, 4, 30),
    ("Tessellate", "Staff Engineer, Data", Stage.OFFER, Source.REFERRAL, "", "Remote (UK)", WorkMode.REMOTE, 4, 25),
    ("Quayside Bank", "Analytics Engineer", Stage.INTERVIEWING, Source.AGENCY, "Meridian Search", "Leeds", WorkMode.ON_SITE, 3, 28),
    ("Greenleaf Energy", "Data Engineer", Stage.SCREENING, Source.JOB_BOARD, "", "Bristol", WorkMode.HYBRID, 3, 14),
    ("Orbital Maps", "Backend Engineer (Data)", Stage.OFFER, Source.JOB_BOARD, "", "Amsterdam", WorkMode.HYBRID, 3, 35),
    ("Kestrel Logistics", "Data Engineer II", Stage.APPLIED, Source.JOB_BOARD, "", "Birmingham", WorkMode.ON_SITE, 2, 7),
    ("Fable Books", "Machine Learning Engineer", Stage.APPLIED, Source.COMPANY_SITE, "", "Edinburgh", WorkMode.HYBRID, 4, 5),
    ("Brightwater Labs", "Senior Analytics Engineer", Stage.APPLIED, Source.AGENCY, "Harbour Talent", "London", WorkMode.HYBRID, 3, 3),
    ("Copperfield Retail", "Data Engineer", Stage.INTERESTED, Source.JOB_BOARD, "", "Nottingham", WorkMode.ON_SITE, 2, 0),
    ("Nimbus Cloud", "Platform Engineer", Stage.INTERESTED, Source.OTHER, "", "Remote", WorkMode.REMOTE, 3, 0),
    ("Atlas Insurance", "Data Engineer", Stage.REJECTED, Source.JOB_BOARD, "", "Norwich", WorkMode.HYBRID, 2, 60),
    ("Pillar Finance", "Analytics Lead", Stage.REJECTED, Source.AGENCY, "Meridian Search", "London", WorkMode.ON_SITE, 3, 55),
    ("Cobalt Games", "Data Engineer", Stage.WITHDRAWN, Source.COMPANY_SITE, "", "Guildford", WorkMode.ON_SITE, 2, 50),
    ("Heron Travel", "Senior Data Engineer", Stage.NO_RESPONSE, Source.JOB_BOARD, "", "Remote", WorkMode.REMOTE, 2, 70),
    ("Maple Learning", "Data Engineer", Stage.NO_RESPONSE, Source.JOB_BOARD, "", "Oxford", WorkMode.HYBRID, 1, 65),
    ("Sable Security", "Data Engineer", Stage.OFFER_DECLINED, Source.REFERRAL, "", "Cheltenham", WorkMode.ON_SITE, 3, 90),
    ("Riverbend Media", "BI Engineer", Stage.APPLIED, Source.JOB_BOARD, "", "Cardiff", WorkMode.HYBRID, 2, 12),
    ("Summit Robotics", "Data Infrastructure Engineer", Stage.SCREENING, Source.AGENCY, "Apex Recruitment", "Cambridge", WorkMode.HYBRID, 5, 9),
    ("Willow Pharma", "Senior Data Engineer", Stage.INTERVIEWING, Source.COMPANY_SITE, "", "Cambridge", WorkMode.HYBRID, 4, 21),
]  # fmt: skip

# Three offers to compare: two in writing with different currencies and terms, and one made on
# the phone (not in writing, so it frees nothing up yet). Days are counted from today.
OFFERS: dict[str, dict[str, Any]] = {
    "Northwind Analytics": {
        "received": 2,
        "respond_in": 5,
        "terms": {
            "in_writing": True,
            "base_pay_minor": 7_800_000,
            "currency": "GBP",
            "bonus_percent": Decimal(10),
            "leave_days": 28,
            "work_mode": WorkMode.HYBRID,
            "location": "London",
            "benefits": "Pension 6% matched, private health cover",
            "probation": "6 months",
            "notice_period": "1 month",
            "details": "Start in six weeks.",
            "ratings": {"growth": 4, "commute": 2, "team": 4},
        },
    },
    "Orbital Maps": {
        "received": 4,
        "respond_in": 9,
        "start_in": 60,
        "terms": {
            "in_writing": True,
            "base_pay_minor": 720_000,
            "currency": "EUR",
            "period": Offer.Period.MONTH,
            "sign_on_minor": 500_000,
            "equity_kind": EquityKind.OPTIONS,
            "equity_minor": 4_000_000,
            "vesting_months": 48,
            "cliff_months": 12,
            "leave_days": 30,
            "work_mode": WorkMode.HYBRID,
            "location": "Amsterdam",
            "benefits": "Relocation allowance, 30% ruling if eligible",
            "probation": "2 months",
            "notice_period": "2 months",
            "details": "Would mean moving to Amsterdam.",
            "ratings": {"growth": 5, "commute": 3, "team": 3},
        },
    },
    "Tessellate": {
        "received": 1,
        "respond_in": None,
        "terms": {
            "in_writing": False,
            "base_pay_minor": 8_500_000,
            "currency": "GBP",
            "work_mode": WorkMode.REMOTE,
            "details": "Offered on the phone by the hiring manager; the letter is to follow.",
        },
    },
}
# The rate the demo user "looked up" for the comparison (Bowout has no network).
DEMO_RATE = ("EUR", "GBP", Decimal("0.85"))

FIRST_NAMES = [
    "Priya",
    "Tom",
    "Aisha",
    "Marek",
    "Chloe",
    "Daniel",
    "Femi",
    "Hannah",
    "Luca",
    "Sofia",
]
LAST_NAMES = [
    "Shah",
    "Walker",
    "Okafor",
    "Nowak",
    "Evans",
    "Kim",
    "Adeyemi",
    "Price",
    "Rossi",
    "Lind",
]


class Command(BaseCommand):
    help = f"Create the demo user “{DEMO_USERNAME}” (password “{DEMO_PASSWORD}”) with sample data."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Delete the demo user's data and start again."
        )

    @transaction.atomic
    def handle(self, *args, reset=False, **options):
        user, created = User.objects.get_or_create(
            username=DEMO_USERNAME,
            defaults={
                "email": "demo@example.com",
                "full_name": "Jordan Avery",
                "time_zone": "Europe/London",
            },
        )
        if created or reset:
            user.set_password(DEMO_PASSWORD)
            user.save()
        # The demo's address is taken as verified: no "confirm your address" banner, and the
        # digest and second factors work as for a real user who followed the link.
        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )
        if user.applications.exists() and not reset:
            self.stdout.write(f"The demo user already has data. Log in as {DEMO_USERNAME}.")
            return
        user.applications.all().delete()
        currency, into, rate = DEMO_RATE
        ExchangeRate.objects.update_or_create(
            owner=user,
            currency=currency,
            into=into,
            defaults={"rate": rate, "as_of": timezone.localdate() - timedelta(days=3)},
        )
        rng = random.Random(42)  # noqa: S311 - reproducible demo data, not security
        now = timezone.now()
        for index, row in enumerate(PROCESSES):
            self._create_process(user, rng, now, index, *row)
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {len(PROCESSES)} applications. "
                f"Log in as “{DEMO_USERNAME}” with password “{DEMO_PASSWORD}”."
            )
        )

    @staticmethod
    def _create_offer(application, *, received, respond_in, terms, start_in=None):
        today = timezone.localdate()
        services.save_offer(
            offer=Offer(
                application=application,
                received_on=today - timedelta(days=received),
                respond_by=today + timedelta(days=respond_in) if respond_in else None,
                start_date=today + timedelta(days=start_in) if start_in else None,
                **terms,
            )
        )

    @staticmethod
    def _backdate_history(application, *, now, days_ago):
        """Spread the stage history from the day applied to a few days ago, as it happened."""
        changes = list(application.stage_changes.order_by("changed_at", "pk"))
        start = now - timedelta(days=days_ago)
        span = max(days_ago - 2, 0)
        for step, change in enumerate(changes):
            offset = timedelta(days=span * step / max(len(changes) - 1, 1), hours=step)
            change.changed_at = start + offset
        StageChange.objects.bulk_update(changes, ["changed_at"])
        last = changes[-1].changed_at if changes else now
        Application.objects.filter(pk=application.pk).update(last_activity_at=last)

    def _create_process(
        self, user, rng, now, index, company, position, stage, source, agency, location, mode,
        interest, days_ago,
    ):  # fmt: skip
        applied = timezone.localdate() - timedelta(days=days_ago)
        path = Stage.path_to(stage, furthest=Stage.SCREENING)
        application = services.create_application(
            application=Application(
                owner=user,
                company=company,
                position=position,
                stage=Stage.INTERESTED if stage == Stage.INTERESTED else Stage.APPLIED,
                source=source,
                agency_name=agency,
                location=location,
                work_mode=mode,
                interest=interest,
                date_applied=applied if stage != Stage.INTERESTED else None,
                pay_range=f"£{rng.randrange(50, 70)},000–£{rng.randrange(72, 95)},000",
                posting_url=f"https://careers.example.com/{company.lower().replace(' ', '-')}",
                notes="Found through a former colleague." if source == Source.REFERRAL else "",
            )
        )
        for step in path[1:]:
            services.change_stage(application=application, to_stage=step)

        first = FIRST_NAMES[index % len(FIRST_NAMES)]
        last = LAST_NAMES[(index * 3) % len(LAST_NAMES)]
        domain = company.lower().replace(" ", "") + ".example.com"
        if source == Source.AGENCY:
            services.save_contact(
                contact=Contact(
                    application=application,
                    name=f"{first} {last}",
                    role=Contact.Role.AGENCY_RECRUITER,
                    email=f"{first.lower()}@{agency.lower().replace(' ', '')}.example.com",
                    phone="+44 20 7946 0" + f"{100 + index}",
                    is_main=True,
                )
            )
        elif stage != Stage.INTERESTED:
            services.save_contact(
                contact=Contact(
                    application=application,
                    name=f"{first} {last}",
                    role=Contact.Role.IN_HOUSE_RECRUITER,
                    email=f"{first.lower()}.{last.lower()}@{domain}",
                    is_main=True,
                )
            )
        if stage == Stage.OFFER:
            self._create_offer(application, **OFFERS[company])
        if stage in (Stage.INTERVIEWING, Stage.OFFER):
            services.save_contact(
                contact=Contact(
                    application=application,
                    name=f"{FIRST_NAMES[(index + 4) % 10]} {LAST_NAMES[(index + 5) % 10]}",
                    role=Contact.Role.HIRING_MANAGER,
                    email=f"hiring.manager@{domain}",
                )
            )
            services.save_interview(
                interview=Interview(
                    application=application,
                    scheduled_at=now - timedelta(days=rng.randrange(3, 10), hours=2),
                    kind=Interview.Kind.VIDEO,
                    round_number=1,
                    with_whom="Hiring manager",
                    status=Interview.Status.DONE,
                )
            )
            if stage == Stage.INTERVIEWING:
                services.save_interview(
                    interview=Interview(
                        application=application,
                        scheduled_at=(
                            now.astimezone(user.zone) + timedelta(days=rng.randrange(1, 12))
                        ).replace(
                            hour=rng.choice([9, 10, 14, 16]), minute=0, second=0, microsecond=0
                        ),
                        kind=rng.choice([Interview.Kind.ON_SITE, Interview.Kind.VIDEO]),
                        round_number=2,
                        is_final_round=index % 2 == 0,
                        with_whom="Panel: engineering team",
                        location="https://meet.example.com/" + company.split()[0].lower(),
                    )
                )
        # Last: saving contacts and interviews above touched the activity time.
        self._backdate_history(application, now=now, days_ago=days_ago)
