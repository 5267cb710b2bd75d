from datetime import timedelta

import factory
from allauth.account.models import EmailAddress
from django.utils import timezone

from accounts.models import User
from applications.models import Application, Contact, Interview, Stage, StageChange

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"seeker{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    full_name = factory.Faker("name")
    time_zone = "Europe/London"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()

    @factory.post_generation
    def verified_email(obj, create, extracted, **kwargs):
        """Its address verified, as most users' are; ``UserFactory(verified_email=False)`` for
        one who has not followed the link yet."""
        if create and obj.email:
            EmailAddress.objects.get_or_create(
                user=obj,
                email=obj.email.lower(),
                defaults={"verified": extracted is not False, "primary": True},
            )


class ApplicationFactory(factory.django.DjangoModelFactory):
    """An application, with no stage history: services.create_application records that."""

    class Meta:
        model = Application

    owner = factory.SubFactory(UserFactory)
    company = factory.Sequence(lambda n: f"Company {n}")
    position = factory.Faker("job")
    stage = Stage.APPLIED
    date_applied = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=14))


class StageChangeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StageChange

    application = factory.SubFactory(ApplicationFactory)
    from_stage = ""
    to_stage = factory.SelfAttribute("application.stage")


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    application = factory.SubFactory(ApplicationFactory)
    name = factory.Faker("name")
    role = Contact.Role.IN_HOUSE_RECRUITER
    email = factory.Faker("email")


class InterviewFactory(factory.django.DjangoModelFactory):
    """A scheduled interview three days from now, on the hour."""

    class Meta:
        model = Interview

    application = factory.SubFactory(ApplicationFactory)
    scheduled_at = factory.LazyFunction(
        lambda: (timezone.now() + timedelta(days=3)).replace(minute=0, second=0, microsecond=0)
    )
    kind = Interview.Kind.VIDEO
    round_number = 1
    status = Interview.Status.SCHEDULED


class OfferFactory(factory.django.DjangoModelFactory):
    """A pending offer in writing, received today, on an application at the offer stage.

    Saved directly: services.save_offer is what moves the stage and writes the history.
    """

    class Meta:
        # Named as a string so this factory only appends to the file (no new import).
        model = "applications.Offer"

    application = factory.SubFactory(ApplicationFactory, stage=Stage.OFFER)
    received_on = factory.LazyFunction(timezone.localdate)
    in_writing = True
    base_pay_minor = 6_500_000
    currency = "GBP"
