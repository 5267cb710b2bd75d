"""What the data-in pages show in the reader's language: the reasons kept with an email, and
the labels of its kind, source and status (``{% translate message.get_kind_display %}``)."""

from django import template
from django.utils.translation import gettext_noop

from intake.emails import reasons

register = template.Library()


@register.filter
def reason_shown(reason: str) -> str:
    """A kept reason with its frame in the reader's language and the email's words as they
    were (``intake.emails.reasons``)."""
    return reasons.shown(reason)


# The core keeps these choice labels in English (applications.labels says why); listed here so
# that the catalogue holds them for the emails' pages.
SHOWN_LABELS = [
    # MessageKind
    gettext_noop("Application received"),
    gettext_noop("Interview invitation"),
    gettext_noop("Interview rescheduled"),
    gettext_noop("Interview cancelled"),
    gettext_noop("Assessment or take-home task"),
    gettext_noop("On hold"),
    gettext_noop("Rejection"),
    gettext_noop("Offer"),
    gettext_noop("Recruiter outreach"),
    gettext_noop("Not about a process"),
    gettext_noop("Not recognised"),
    # RecruiterMessage.Source
    gettext_noop("Forwarded"),
    gettext_noop("Uploaded"),
    gettext_noop("Pasted"),
    # RecruiterMessage.Status
    gettext_noop("To review"),
    gettext_noop("Applied"),
    gettext_noop("Dismissed"),
    # Django's blank choice (django.db.models.fields.BLANK_CHOICE_LABEL), which its own German
    # catalogue lacks; the posting's "Salary per" shows it.
    gettext_noop("- Select an option -"),
]
