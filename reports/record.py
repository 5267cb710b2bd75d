"""The job search record: every application of a period with its dates, contacts and outcome,
to print (an HTML page) or to keep as a PDF, drawn with reportlab (pure Python, from PyPI).

Reportlab's built-in fonts cover Latin-1 only; the Bitstream Vera fonts it ships cover the
accented names a job seeker's record is full of, so they are registered and used instead.
"""

import io
import logging
from datetime import date, datetime
from html import escape

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Prefetch
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext
from procrastinate.contrib.django import app
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

from accounts import languages
from applications import clock
from applications.comparison import chosen_over
from applications.interchange import PathStep, stage_path
from applications.models import Application, Contact, Offer, RecordPdf, StageChange
from applications.templatetags.dates import local_date
from reports.spreadsheet import in_period

logger = logging.getLogger(__name__)
_FONTS_READY = False
# Up to this many applications the PDF is drawn while the page waits (about a second); a
# larger record (10,000 applications took 21 s) is built by the background worker, and the
# user collects it from a "your PDF is ready" page.
DRAWN_AT_ONCE = 500
BUILD_TASK = "build_record_pdf"


def applications_for_record(*, user, start: date | None = None, end: date | None = None):
    """The user's applications in the period, oldest first, with their offer, history and
    contacts: three queries however many there are."""
    return (
        in_period(Application.objects.for_user(user), start=start, end=end)
        .select_related("offer")
        .annotate(interview_count=Count("interviews"))
        .prefetch_related(
            Prefetch(
                "stage_changes",
                queryset=StageChange.objects.order_by("changed_at", "pk"),
                to_attr="history",
            ),
            Prefetch("contacts", queryset=Contact.objects.order_by("-is_main", "name", "pk")),
        )
        .order_by("applied_or_added", "pk")
    )


def chosen_text(application: Application, *, figures: bool) -> str:
    """For an accepted offer, what it was chosen over (the comparison kept at accepting)."""
    # Without an offer the reverse accessor raises (an AttributeError), loaded or not.
    offer = getattr(application, "offer", None)
    if offer is None or offer.decision != Offer.Decision.ACCEPTED:
        return ""
    return chosen_over(offer.comparison_when_accepted, figures=figures)


def record_rows(applications, *, figures: bool) -> list[tuple[Application, list[PathStep], str]]:
    """Each application with its stage path and, for an accepted offer, what it was chosen
    over (with the first-year totals when ``figures``): the rows the record's table shows."""
    return [
        (application, stage_path(application), chosen_text(application, figures=figures))
        for application in applications
    ]


def _register_fonts() -> None:
    global _FONTS_READY
    if not _FONTS_READY:
        pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
        pdfmetrics.registerFont(TTFont("Vera-Bold", "VeraBd.ttf"))
        _FONTS_READY = True


def _period_text(start: date | None, end: date | None) -> str:
    """The period in the active language, as the record's page says it."""
    if start and end:
        return _("From %(start)s to %(end)s") % {
            "start": local_date(start, "j F Y"),
            "end": local_date(end, "j F Y"),
        }
    if start:
        return _("From %(start)s") % {"start": local_date(start, "j F Y")}
    if end:
        return _("Until %(end)s") % {"end": local_date(end, "j F Y")}
    return _("All applications")


def record_pdf(*, user, applications, start: date | None, end: date | None) -> bytes:
    """A landscape A4 table: date applied, employer and role, how, contacts, progress; in the
    active language (the page's, or the owner's for one built in the background), dated on
    the owner's clock."""
    _register_fonts()
    body = ParagraphStyle("body", fontName="Vera", fontSize=8, leading=10)
    bold = ParagraphStyle("bold", parent=body, fontName="Vera-Bold")
    title = ParagraphStyle("title", fontName="Vera-Bold", fontSize=15, leading=19)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=_("Job search record of %(name)s") % {"name": user.signature_name},
        author=user.signature_name,
    )
    rows = [
        [
            Paragraph(heading, bold)
            for heading in (
                pgettext("record column", "Applied"),
                _("Employer and role"),
                pgettext("record column", "How"),
                _("Contacts"),
                _("Progress"),
            )
        ]
    ]
    count = 0
    for application in applications:
        count += 1
        contacts = "<br/>".join(
            escape(f"{contact.name} ({_(contact.get_role_display())})")
            + (f"<br/>{escape(contact.email)}" if contact.email else "")
            for contact in application.contacts.all()
        )
        how = _(application.get_source_display()) + (
            f": {application.agency_name}" if application.agency_name else ""
        )
        progress = "<br/>".join(
            escape(f"{local_date(step.on, 'j M Y')}: {_(step.label)}")
            for step in stage_path(application)
        )
        chosen = chosen_text(application, figures=True)
        rows.append(
            [
                Paragraph(
                    local_date(application.date_applied, "j M Y")
                    if application.date_applied
                    else "—",
                    body,
                ),
                Paragraph(
                    f"<b>{escape(application.company)}</b><br/>{escape(application.position)}"
                    + (f"<br/>{escape(application.location)}" if application.location else ""),
                    body,
                ),
                Paragraph(escape(how), body),
                Paragraph(contacts or "—", body),
                Paragraph(
                    progress
                    + "<br/><b>"
                    + escape(_("Now: %(stage)s") % {"stage": _(application.get_stage_display())})
                    + "</b>"
                    + (f"<br/>{escape(chosen)}" if chosen else ""),
                    body,
                ),
            ]
        )
    # splitInRow: a busy application (30 contacts, 60 stage changes) is taller than a page;
    # its row goes on over the next page instead of failing the whole PDF (LayoutError).
    table = LongTable(
        rows,
        colWidths=[24 * mm, 78 * mm, 40 * mm, 65 * mm, 66 * mm],
        repeatRows=1,
        splitInRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9ecef")),
            ]
        )
    )
    # The owner's day, not the server's: printed at 23:30 UTC in Auckland is the next day.
    today = clock.today_for(user)
    printed = ngettext(
        "%(count)d application. Printed %(day)s.",
        "%(count)d applications. Printed %(day)s.",
        count,
    ) % {"count": count, "day": local_date(today, "j F Y")}
    story = [
        Paragraph(
            escape(_("Job search record of %(name)s") % {"name": user.signature_name}), title
        ),
        Spacer(0, 2 * mm),
        Paragraph(escape(f"{_period_text(start, end)}: {printed}"), body),
        Spacer(0, 4 * mm),
        table,
    ]
    document.build(story)
    return buffer.getvalue()


# --- Built in the background ----------------------------------------------------------------


@transaction.atomic
def request_pdf(*, user, start: date | None, end: date | None) -> RecordPdf:
    """Ask the worker for the record's PDF of the period; the row to follow it by. The job is
    queued once the row is committed, so the worker always finds it."""
    pdf = RecordPdf.objects.create(owner=user, start=start, end=end)
    transaction.on_commit(lambda: app.configure_task(BUILD_TASK).defer(record_pdf_id=pdf.pk))
    return pdf


def build_pdf(*, record_pdf_id: int) -> None:
    """Draw a requested PDF and store it (the worker's job). A request deleted meanwhile (its
    day is over, or the account was deleted) is skipped; a failure is marked, for the page to
    say so."""
    pdf = RecordPdf.objects.select_related("owner").filter(pk=record_pdf_id).first()
    if pdf is None:
        return
    try:
        applications = applications_for_record(user=pdf.owner, start=pdf.start, end=pdf.end)
        # In the owner's language and zone, as the page that asked for it would have drawn it.
        language = languages.supported(pdf.owner.language) or settings.LANGUAGE_CODE
        with timezone.override(pdf.owner.zone), translation.override(language):
            content = record_pdf(
                user=pdf.owner, applications=applications, start=pdf.start, end=pdf.end
            )
    except Exception:
        logger.exception("Record PDF %s failed", record_pdf_id)
        RecordPdf.objects.filter(pk=record_pdf_id).update(failed=True)
        return
    RecordPdf.objects.filter(pk=record_pdf_id).update(content=content, ready_at=timezone.now())


def delete_expired_pdfs(*, now: datetime) -> int:
    """Delete the PDFs whose day is over (the worker's hourly clean-up)."""
    deleted, _ = RecordPdf.objects.expired(now=now).delete()
    return deleted
