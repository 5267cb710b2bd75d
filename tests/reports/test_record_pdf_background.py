"""A large record's PDF (over 500 applications) is built by the background worker: the user
asks for it, follows it on its own page, and downloads it there; only its owner can, for a
day, after which the worker deletes it."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.urls import reverse
from procrastinate.contrib.django.models import ProcrastinateJob

from applications.models import RecordPdf
from reports import record
from reports.tasks import build_record_pdf, delete_old_record_pdfs
from tests.applications.helpers import bulk_applications

pytestmark = pytest.mark.django_db

ASKED = datetime(2026, 12, 5, 21, 0, tzinfo=UTC)


def status_url(pdf):
    return reverse("reports:record_pdf_status", args=[pdf.pk])


def download_url(pdf):
    return reverse("reports:record_pdf_download", args=[pdf.pk])


def test_a_record_of_500_applications_downloads_at_once(owner_client, owner):
    bulk_applications(owner, 500)

    response = owner_client.get(reverse("reports:record_pdf"))

    assert response["Content-Type"] == "application/pdf"
    assert not RecordPdf.objects.exists()


def test_a_record_of_501_applications_offers_to_build_it_in_the_background(owner_client, owner):
    bulk_applications(owner, 501)

    response = owner_client.get(reverse("reports:record_pdf"))

    assert response.status_code == 200
    assert "This record lists more than 500 applications" in response.text
    assert "Build the PDF" in response.text
    assert not RecordPdf.objects.exists()


def test_asking_queues_the_job_then_the_page_shows_the_ready_link(
    owner_client, owner, django_capture_on_commit_callbacks
):
    bulk_applications(owner, 3)

    with django_capture_on_commit_callbacks(execute=True):
        response = owner_client.post(
            reverse("reports:record_pdf_build"), {"start": "2020-01-01", "end": ""}
        )

    pdf = RecordPdf.objects.get()
    assert response["Location"] == status_url(pdf)
    assert (pdf.owner, str(pdf.start), pdf.end) == (owner, "2020-01-01", None)
    job = ProcrastinateJob.objects.get(task_name="build_record_pdf")
    assert job.args == {"record_pdf_id": pdf.pk}
    waiting = owner_client.get(status_url(pdf))
    assert "Building your PDF" in waiting.text
    assert 'hx-trigger="every 5s"' in waiting.text
    polled = owner_client.get(status_url(pdf), headers={"HX-Request": "true"})
    assert polled.text.lstrip().startswith('<div id="record-pdf-status"')
    assert owner_client.get(download_url(pdf))["Location"] == status_url(pdf)

    build_record_pdf(record_pdf_id=pdf.pk)

    ready = owner_client.get(status_url(pdf))
    assert "Your PDF is ready" in ready.text
    assert 'hx-trigger="every 5s"' not in ready.text  # polling stops (the nav count loads once)
    download = owner_client.get(download_url(pdf))
    assert download["Content-Type"] == "application/pdf"
    assert download.content.startswith(b"%PDF-")


def test_a_strangers_pdf_answers_404(client, stranger, owner):
    pdf = RecordPdf.objects.create(owner=owner, content=b"%PDF-1.4", ready_at=ASKED)
    client.force_login(stranger)

    assert client.get(status_url(pdf)).status_code == 404
    assert client.get(download_url(pdf)).status_code == 404


def test_asking_is_post_only(owner_client):
    assert owner_client.get(reverse("reports:record_pdf_build")).status_code == 405


def test_a_period_ending_before_it_starts_is_refused(owner_client):
    response = owner_client.post(
        reverse("reports:record_pdf_build"), {"start": "2026-05-01", "end": "2026-04-01"}
    )

    assert response.status_code == 422
    assert "The end of the period comes before its start." in response.text
    assert not RecordPdf.objects.exists()


@pytest.mark.parametrize(
    ("after", "served"),
    [(timedelta(days=1) - timedelta(seconds=1), True), (timedelta(days=1), False)],
)
def test_a_pdf_is_served_for_a_day_and_no_longer(owner_client, owner, after, served):
    pdf = RecordPdf.objects.create(
        owner=owner, created_at=ASKED, content=b"%PDF-1.4", ready_at=ASKED
    )

    with time_machine.travel(ASKED + after, tick=False):
        response = owner_client.get(download_url(pdf))

    assert (response.status_code == 200) is served


def test_the_worker_deletes_pdfs_a_day_old_and_keeps_younger_ones(owner):
    old = RecordPdf.objects.create(owner=owner, created_at=ASKED - timedelta(days=1))
    young = RecordPdf.objects.create(owner=owner, created_at=ASKED - timedelta(hours=23))

    with time_machine.travel(ASKED, tick=False):
        delete_old_record_pdfs(timestamp=int(ASKED.timestamp()))

    assert list(RecordPdf.objects.values_list("pk", flat=True)) == [young.pk]
    assert not RecordPdf.objects.filter(pk=old.pk).exists()


def test_a_failed_build_is_marked_and_said(owner_client, owner, monkeypatch):
    pdf = RecordPdf.objects.create(owner=owner)

    def fail(**kwargs):
        raise RuntimeError("reportlab broke")

    monkeypatch.setattr(record, "record_pdf", fail)
    build_record_pdf(record_pdf_id=pdf.pk)

    pdf.refresh_from_db()
    assert pdf.failed and pdf.content is None
    assert "Your PDF could not be built" in owner_client.get(status_url(pdf)).text


def test_a_request_deleted_before_the_worker_got_to_it_is_skipped(owner):
    build_record_pdf(record_pdf_id=987654)

    assert not RecordPdf.objects.exists()
