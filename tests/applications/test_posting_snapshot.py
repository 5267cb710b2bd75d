"""The posting kept with an application: sanitised, its pay range in words, its portal, shown
collapsed on the application's page; and the one duplicate rule every way in checks."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import IntegrityError

from applications import services
from applications.models import Application, PostingSnapshot, Stage, posting_address
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


def _snapshot(**fields) -> PostingSnapshot:
    return PostingSnapshot(**fields)


def _captured(
    owner, *, company="Northwind Traders", position="Product Designer", url="", **posting
):
    application = Application(
        owner=owner, company=company, position=position, posting_url=url, stage=Stage.INTERESTED
    )
    return services.save_posting(application=application, snapshot=_snapshot(**posting))


# Sanitising -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "kept"),
    [
        ("<p>Build <strong>things</strong>.</p>", "<p>Build <strong>things</strong>.</p>"),
        ("<p>Hi</p><script>alert(1)</script>", "<p>Hi</p>"),
        ('<p onclick="steal()">Click</p>', "<p>Click</p>"),
        ('<img src="https://tracker.example/p.gif"><p>Role</p>', "<p>Role</p>"),
        ('<p style="color:red">Red</p>', "<p>Red</p>"),
        (
            '<a href="javascript:alert(1)">Apply</a>',
            '<a rel="noopener noreferrer nofollow">Apply</a>',
        ),
        (
            '<a href="https://jobs.example/apply" target="_blank">Apply</a>',
            '<a href="https://jobs.example/apply" rel="noopener noreferrer nofollow">Apply</a>',
        ),
        ("<h1>Title</h1><iframe src=x></iframe>", "Title"),
        # Plain text stays as typed: the page escapes it when it shows it.
        ("Plain text, 5 < 6 & 7 > 3", "Plain text, 5 < 6 & 7 > 3"),
        ("<p>5 < 6 & 7</p>", "<p>5 &lt; 6 &amp; 7</p>"),
    ],
)
def test_the_description_is_kept_sanitised(owner, published, kept):
    application, _ = _captured(owner, description=published)

    assert PostingSnapshot.objects.get(application=application).description == kept


def test_a_salary_range_lower_bound_above_the_upper_one_is_refused_by_the_database(owner):
    application = ApplicationFactory(owner=owner)

    with pytest.raises(IntegrityError):
        PostingSnapshot.objects.create(
            application=application, salary_min=Decimal(70000), salary_max=Decimal(60000)
        )


@pytest.mark.parametrize(
    ("low", "high", "currency", "unit", "text"),
    [
        (62000, 70000, "GBP", "YEAR", "GBP 62,000–70,000 a year"),
        (40, 40, "USD", "HOUR", "USD 40 an hour"),
        (3200, 3900, "EUR", "MONTH", "EUR 3,200–3,900 a month"),
        (500, None, "", "DAY", "500 a day"),
        (None, None, "EUR", "YEAR", ""),
    ],
)
def test_the_pay_range_reads_as_a_person_writes_it(low, high, currency, unit, text):
    snapshot = PostingSnapshot(
        salary_min=low, salary_max=high, salary_currency=currency, salary_unit=unit
    )

    assert snapshot.pay_range == text


def test_the_portal_is_read_from_the_posting_address_and_stored(owner):
    application, _ = _captured(owner, url="https://boards.greenhouse.io/northwind/jobs/4012345")

    snapshot = PostingSnapshot.objects.get(application=application)
    assert snapshot.portal == "greenhouse"
    assert application.portal == "greenhouse"


def test_an_application_typed_in_has_the_portal_of_its_posting_url():
    application = ApplicationFactory.build(
        posting_url="https://northwind.wd3.myworkdayjobs.com/en-US/External/job/R-1"
    )

    assert application.portal == "workday"


# The application's page --------------------------------------------------------------------


def test_the_application_page_shows_the_posting_collapsed(owner, owner_client):
    application, _ = _captured(
        owner,
        url="https://jobs.lever.co/northwind/abc",
        description="<p>Design our checkout.</p><script>x()</script>",
        salary_min=Decimal(62000),
        salary_max=Decimal(70000),
        salary_currency="GBP",
        salary_unit="YEAR",
        locations=["Manchester, GB", "Leeds, GB"],
        closing_date=date(2026, 12, 31),
        employment_type="Full time",
    )

    page = owner_client.get(application.get_absolute_url()).content.decode()

    assert "The job posting" in page
    assert "<details>" in page
    assert "<summary>Show the posting</summary>" in page
    assert "<p>Design our checkout.</p>" in page
    assert "x()" not in page
    assert "GBP 62,000–70,000 a year" in page
    assert "Manchester, GB; Leeds, GB" in page
    assert "31 December 2026" in page
    assert "from Lever" in page


def test_a_description_written_past_the_model_is_sanitised_when_shown(owner, owner_client):
    """A restored download writes rows without ``save``: the page sanitises again."""
    application = ApplicationFactory(owner=owner)
    snapshot = PostingSnapshot.objects.create(application=application)
    PostingSnapshot.objects.filter(pk=snapshot.pk).update(
        description='<p>Fine</p><img src=x onerror="alert(1)">'
    )

    page = owner_client.get(application.get_absolute_url()).content.decode()

    assert "<p>Fine</p>" in page
    assert "onerror" not in page


def test_a_plain_text_description_keeps_its_lines_and_is_escaped(owner, owner_client):
    application, _ = _captured(owner, description="First line\nSecond & last")

    page = owner_client.get(application.get_absolute_url()).content.decode()

    assert "First line<br>Second &amp; last" in page


def test_an_application_without_a_posting_shows_no_posting_section(owner, owner_client):
    application = ApplicationFactory(owner=owner)

    page = owner_client.get(application.get_absolute_url()).content.decode()

    assert "The job posting" not in page


# Duplicates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("https://jobs.example/42", "https://jobs.example/42"),
        ("https://JOBS.example/42#apply", "https://jobs.example/42"),
        ("https://jobs.example/42?utm_source=x&ref=7", "https://jobs.example/42?ref=7"),
        ("  https://jobs.example/42  ", "https://jobs.example/42"),
    ],
)
def test_the_posting_address_is_kept_without_fragment_and_tracking(given, kept):
    assert posting_address(given) == kept


@pytest.mark.parametrize(
    "second_url",
    [
        "https://jobs.example/42",
        "https://jobs.example/42/",
        "https://jobs.example/42#top",
        "https://jobs.example/42?utm_campaign=share",
    ],
)
def test_the_same_address_links_to_the_existing_application(owner, second_url):
    first, created = _captured(
        owner, company="Contoso", position="Engineer", url="https://jobs.example/42"
    )
    second, created_again = _captured(
        owner, company="Another name", position="Another title", url=second_url
    )

    assert (created, created_again) == (True, False)
    assert second.pk == first.pk
    assert Application.objects.for_user(owner).count() == 1


def test_the_same_company_and_title_link_to_the_existing_application(owner):
    first = ApplicationFactory(owner=owner, company="Contoso Ltd", position="Data Engineer")

    found, created = _captured(owner, company="  contoso ltd ", position="DATA ENGINEER")

    assert created is False
    assert found.pk == first.pk
    # The application typed in had no posting: it keeps the one captured now.
    assert PostingSnapshot.objects.filter(application=first).count() == 1


def test_a_duplicate_keeps_the_posting_it_already_had(owner):
    first, _ = _captured(owner, url="https://jobs.example/42", employment_type="Full time")

    _captured(owner, url="https://jobs.example/42", employment_type="Part time")

    assert PostingSnapshot.objects.get(application=first).employment_type == "Full time"


@pytest.mark.parametrize(
    ("company", "position"),
    [("Contoso", "Data Engineer II"), ("Contoso Bank", "Data Engineer")],
)
def test_another_title_or_company_is_a_new_application(owner, company, position):
    ApplicationFactory(owner=owner, company="Contoso", position="Data Engineer")

    _, created = _captured(owner, company=company, position=position)

    assert created is True
    assert Application.objects.for_user(owner).count() == 2


def test_another_users_application_is_never_a_duplicate(owner, stranger):
    ApplicationFactory(
        owner=stranger,
        company="Contoso",
        position="Data Engineer",
        posting_url="https://jobs.example/42",
    )

    found, created = _captured(
        owner, company="Contoso", position="Data Engineer", url="https://jobs.example/42"
    )

    assert created is True
    assert found.owner == owner


def test_a_new_capture_is_interested_with_its_first_stage_recorded(owner):
    application, _ = _captured(owner, url="https://jobs.example/7?utm_medium=email")

    application.refresh_from_db()
    assert application.stage == Stage.INTERESTED
    assert application.posting_url == "https://jobs.example/7"
    assert list(application.stage_changes.values_list("to_stage", flat=True)) == ["interested"]


def test_a_failed_snapshot_write_saves_no_application(owner, monkeypatch):
    def refuse(*args, **kwargs):
        raise IntegrityError("refused")

    monkeypatch.setattr(PostingSnapshot, "save", refuse)

    with pytest.raises(IntegrityError):
        _captured(owner, url="https://jobs.example/8")

    assert not Application.objects.for_user(owner).exists()
