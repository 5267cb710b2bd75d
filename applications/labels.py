"""The labels of the core's choices, in the reader's language where a page shows them
(``{% translate application.get_stage_display %}``).

The models keep plain English labels: the same labels name the steps of a CSV export's stage
path, are matched by the import and name the shipped templates, which must not change with the
language of the page that wrote them. Listed here with ``gettext_noop`` so that the catalogue
holds them and its check fails when one has no translation.
"""

from typing import cast

from django import forms
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy, gettext_noop, pgettext_lazy


def shown(label: str) -> Promise:
    """``label`` (one of those below) in the reader's language, when a form or page shows it."""
    return gettext_lazy(label)


def translate_choices(form: forms.BaseForm) -> None:
    """Every plain choice field of ``form`` shows its labels in the reader's language; the
    values, which are what is posted and stored, stay as they are."""
    for field in form.fields.values():
        if isinstance(field, forms.ChoiceField) and not isinstance(field, forms.ModelChoiceField):
            choices = cast(list[tuple[object, object]], field.choices)
            field.choices = [
                (value, shown(label) if isinstance(label, str) else label)
                for value, label in choices
            ]


SHOWN_LABELS = [
    # Stage
    gettext_noop("Interested"),
    gettext_noop("Applied"),
    gettext_noop("Screening"),
    gettext_noop("Interviewing"),
    gettext_noop("Offer"),
    gettext_noop("Accepted"),
    gettext_noop("Rejected"),
    gettext_noop("Withdrawn"),
    gettext_noop("Offer declined"),
    gettext_noop("No response"),
    # Offer.Decision
    gettext_noop("Pending"),
    gettext_noop("Declined"),
    # WorkMode
    gettext_noop("On-site"),
    gettext_noop("Hybrid"),
    gettext_noop("Remote"),
    # Source
    gettext_noop("Job board"),
    gettext_noop("Company site"),
    gettext_noop("Referral"),
    gettext_noop("Recruitment agency"),
    gettext_noop("Other"),
    # Contact.Role
    gettext_noop("Agency recruiter"),
    gettext_noop("In-house recruiter"),
    gettext_noop("Hiring manager"),
    gettext_noop("HR"),
    gettext_noop("Interviewer"),
    gettext_noop("Assistant"),
    # Interview.Status
    gettext_noop("Scheduled"),
    gettext_noop("Done"),
    gettext_noop("Cancelled"),
    # withdrawals' Withdrawal.Method, shown on the application's page
    gettext_noop("email"),
    gettext_noop("phone call"),
    # Interview.Kind
    gettext_noop("Phone"),
    gettext_noop("Video"),
    gettext_noop("Assessment"),
    # DealBreaker
    gettext_noop("Relocation"),
    gettext_noop("Values"),
    gettext_noop("Pay below the industry standard"),
    gettext_noop("Over-qualified for the role"),
    gettext_noop("Working hours"),
    gettext_noop("Accommodation needs not met"),
    gettext_noop("Culture"),
    gettext_noop("The company's reputation or finances"),
    gettext_noop("Duties other than advertised"),
    gettext_noop("The role changed"),
    # Django's own empty choice of a model's select (BLANK_CHOICE_LABEL, new in Django 6.1):
    # its German catalogue has no text for it yet, so Bowout's gives one.
    gettext_noop("- Select an option -"),
    # Offer.Period, EquityKind
    gettext_noop("per year"),
    gettext_noop("per month"),
    gettext_noop("per day"),
    gettext_noop("per hour"),
    gettext_noop("Share options"),
    gettext_noop("Restricted stock units (RSUs)"),
    gettext_noop("Shares"),
    gettext_noop("Other equity"),
    # EmailLanguage: the languages Bowout drafts emails in, each also in its own words
    # ("English" is in Django's own catalogue)
    gettext_noop("German (Deutsch)"),
    gettext_noop("French (Français)"),
    gettext_noop("Spanish (Español)"),
    # The forms' own empty choices and the list's filters
    gettext_noop("Not specified"),
    gettext_noop("Any stage"),
    gettext_noop("All"),
    gettext_noop("Live"),
    gettext_noop("Closed"),
    gettext_noop("Date applied"),
]

# A recruiter's email's kind (MessageKind) inside "(interview invitation, to review)" on an
# application's timeline: lower case in English.
EMAIL_KINDS_IN_BRACKETS = [
    pgettext_lazy("an email's kind, in brackets", "application received"),
    pgettext_lazy("an email's kind, in brackets", "interview invitation"),
    pgettext_lazy("an email's kind, in brackets", "interview rescheduled"),
    pgettext_lazy("an email's kind, in brackets", "interview cancelled"),
    pgettext_lazy("an email's kind, in brackets", "assessment or take-home task"),
    pgettext_lazy("an email's kind, in brackets", "on hold"),
    pgettext_lazy("an email's kind, in brackets", "rejection"),
    pgettext_lazy("an email's kind, in brackets", "offer"),
    pgettext_lazy("an email's kind, in brackets", "recruiter outreach"),
    pgettext_lazy("an email's kind, in brackets", "not about a process"),
    pgettext_lazy("an email's kind, in brackets", "not recognised"),
]


# The notes Bowout itself writes into the stage history. They are stored in English (the
# history's rules find them by their text: the undo of a bulk "no response"), and shown in the
# reader's language (``StageChange.shown_note``). Withdrawals writes the last four.
NOTES_BOWOUT_WRITES = frozenset(
    {
        gettext_noop("Saved from the job posting."),
        gettext_noop("Offer accepted"),
        gettext_noop("Offer declined"),
        gettext_noop("Offer received"),
        gettext_noop("Offer received in writing"),
        gettext_noop("Closed as no response: the process went quiet."),
        gettext_noop("Undo: reopened after closing it as no response."),
        gettext_noop("Withdrew by email"),
        gettext_noop("Withdrew by phone"),
        gettext_noop("Withdrawal undone"),
        gettext_noop("Closed without applying: no email needed"),
    }
)
