"""A CSV file to import and its columns; a recruiter's invitation and its organiser; a job
posting captured by the bookmarklet, pasted or shared, and the application it becomes; a
recruiter's email and the change it suggests."""

import re
from collections.abc import Sequence
from datetime import datetime
from typing import cast

from django import forms
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from applications import labels
from applications.fields import DatePickerField
from applications.forms import (
    DATETIME_LOCAL_FORMAT,
    WEB_ADDRESS_MESSAGE,
    ApplicationForm,
    ContactForm,
)
from applications.models import (
    Contact,
    Interview,
    PostingSnapshot,
    RecruiterMessage,
    SalaryUnit,
    Stage,
)
from intake import capture, importer, posting, restore
from intake.emails import reading
from intake.invitations import (
    INVITATION_MAX_BYTES,
    SEQUENCE_MAX,
    InvitationError,
    read_invitation,
)


class InvitationForm(forms.Form):
    """A recruiter's invitation, as the .ics file they sent or its text pasted."""

    file = forms.FileField(
        label=_("Invitation file (.ics)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".ics,text/calendar"}),
    )
    text = forms.CharField(
        label=_("Or paste the invitation's text"),
        required=False,
        max_length=INVITATION_MAX_BYTES,
        widget=forms.Textarea(attrs={"rows": 6, "placeholder": "BEGIN:VCALENDAR…"}),
    )

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        upload, text = cleaned.get("file"), (cleaned.get("text") or "").strip()
        if self.errors:
            return cleaned
        if upload and text:
            raise forms.ValidationError(gettext("Attach a file or paste the text, not both."))
        if not upload and not text:
            raise forms.ValidationError(gettext("Attach the invitation file, or paste its text."))
        if upload is not None:
            if upload.size > INVITATION_MAX_BYTES:
                raise forms.ValidationError(
                    gettext("This file is over 1 MB: it is not an invitation.")
                )
            data: bytes | str = upload.read()
        else:
            data = text
        try:
            cleaned["invitation"] = read_invitation(data, zone=timezone.get_current_timezone())
        except InvitationError as error:
            raise forms.ValidationError(str(error)) from error
        return cleaned


class OrganiserForm(forms.Form):
    """The invitation's organiser, added as a contact if the application has no one with
    this email yet."""

    organiser_name = forms.CharField(label=_("Organiser"), max_length=200, required=False)
    # Checked by the contact form (below), so the address an invitation carries is shown as
    # it came, beside the contact form's reason for refusing it.
    organiser_email = forms.CharField(label=_("Organiser's email"), required=False)
    add_organiser = forms.BooleanField(
        label=_("Add the organiser as a contact if they are new"), required=False, initial=True
    )

    def clean(self):
        cleaned = super().clean() or {}
        email = (cleaned.get("organiser_email") or "").strip()
        if cleaned.get("add_organiser") and email:
            contact = ContactForm(
                data={
                    "name": cleaned.get("organiser_name") or email,
                    "email": email,
                    "role": Contact.Role.IN_HOUSE_RECRUITER,
                },
                instance=Contact(),
            )
            if not contact.is_valid():
                reasons = " ".join(str(e) for errors in contact.errors.values() for e in errors)
                self.add_error(
                    "organiser_email",
                    gettext("%(reasons)s It is not added as a contact.") % {"reasons": reasons},
                )
        return cleaned


class InvitationIdForm(forms.Form):
    """Which invitation the confirmed interview came from, carried from step 1 to step 2."""

    invitation_uid = forms.CharField(max_length=255, required=False, widget=forms.HiddenInput)
    invitation_sequence = forms.IntegerField(
        min_value=0, max_value=SEQUENCE_MAX, required=False, widget=forms.HiddenInput
    )

    @property
    def identity(self) -> dict:
        """The UID and SEQUENCE, or none when the hidden fields came back changed."""
        if not self.is_valid():
            return {"uid": "", "sequence": 0}
        return {
            "uid": self.cleaned_data["invitation_uid"],
            "sequence": self.cleaned_data["invitation_sequence"] or 0,
        }


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Exported from a spreadsheet or another tracker: one application per row, "
            "with a header row. Up to 10,000 rows."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > importer.MAX_BYTES:
            raise forms.ValidationError(
                gettext("The file is over 5 MB. Split it into smaller files.")
            )
        text = importer.decode(upload.read())
        try:
            importer.read_table(text)
        except importer.UnreadableFile as error:
            raise forms.ValidationError(str(error)) from error
        self.cleaned_data["text"] = text
        return upload


# What a required column left unchosen says (importer.REQUIRED).
COLUMN_REQUIRED = {
    "company": _("Choose the column that holds the company."),
    "position": _("Choose the column that holds the position."),
}


class MappingForm(forms.Form):
    """Which column of the file holds each field, and how its dates are written."""

    date_order = forms.ChoiceField(
        label=_("Dates like 03/04/2026 mean"),
        choices=list(importer.DATE_ORDERS.items()),
        initial="dmy",
        help_text=_(
            "Dates written 2026-04-03, 3 Apr 2026 (or 3. März, 3 avril) or as a "
            "spreadsheet's serial number are read either way."
        ),
    )

    def __init__(self, *args, header: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        guessed = importer.guess_mapping(header)
        columns = [("", gettext("— not in the file —"))] + [(column, column) for column in header]
        for name, (label, _synonyms) in importer.FIELDS.items():
            self.fields[name] = forms.ChoiceField(
                label=gettext(label),
                choices=columns,
                required=name in importer.REQUIRED,
                initial=guessed[name],
                error_messages={"required": COLUMN_REQUIRED[name]}
                if name in COLUMN_REQUIRED
                else None,
            )
        self.order_fields([*importer.FIELDS, "date_order"])

    @classmethod
    def guessed_data(cls, header: list[str], rows: Sequence[list[str]] = ()) -> dict[str, str]:
        """Form data with the guessed columns and date order, to preview before the user
        changes anything."""
        mapping = importer.guess_mapping(header)
        dates = header.index(mapping["date_applied"]) if mapping["date_applied"] else None
        column = [row[dates] for row in rows if dates is not None and dates < len(row)]
        return {**mapping, "date_order": importer.guess_date_order(column)}

    @property
    def mapping(self) -> dict[str, str]:
        return {name: self.cleaned_data.get(name, "") for name in importer.FIELDS}


class RestoreForm(forms.Form):
    """The JSON file "Download all my data" gave, to restore into this (empty) account."""

    file = forms.FileField(
        label=_("Your Bowout JSON download"),
        help_text=_(
            "The file “Download all my data (JSON)” gave you, from this Bowout or another."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".json,application/json"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > restore.MAX_BYTES:
            raise forms.ValidationError(
                gettext("The file is over 50 MB: it is not a Bowout download.")
            )
        try:
            self.cleaned_data["document"] = restore.read_document(upload.read())
        except restore.RestoreRefused as error:
            raise forms.ValidationError(str(error)) from error
        return upload


# Capturing a job posting ---------------------------------------------------------------------


class CapturePayloadForm(forms.Form):
    """What the capture page's script posts: the fragment the bookmarklet put there."""

    payload = forms.CharField(
        widget=forms.HiddenInput,
        max_length=posting.MAX_INPUT_CHARS,
        error_messages={"required": capture.UNREADABLE, "max_length": capture.UNREADABLE},
    )

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        if "payload" in cleaned:
            try:
                cleaned["posting"], cleaned["cut"] = capture.read_payload(cleaned["payload"])
            except capture.CaptureUnreadable as error:
                raise forms.ValidationError(str(error)) from error
        return cleaned


class PasteForm(forms.Form):
    """A posting pasted by hand: its address and its page's HTML or text."""

    url = forms.URLField(
        label=_("The posting’s address"),
        max_length=500,
        required=False,
        assume_scheme="https",
        help_text=_("Copy it from the address bar. Bowout stores it; it never opens it."),
        error_messages={"invalid": WEB_ADDRESS_MESSAGE},
    )
    page = forms.CharField(
        label=_("The posting’s page or text"),
        max_length=posting.MAX_INPUT_CHARS,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Paste the page’s source (Ctrl+U or ⌥⌘U in most browsers, then select all and "
            "copy) for the most details, or just the posting’s text."
        ),
        error_messages={
            "required": _("Paste the posting’s page or text."),
            "max_length": _("This is over 400,000 characters: paste the posting’s own text."),
        },
    )

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        if "page" in cleaned and not self.errors:
            cleaned["posting"] = capture.read_pasted(
                page=cleaned["page"], url=cleaned.get("url") or ""
            )
        return cleaned


class CapturedApplicationForm(ApplicationForm):
    """The application a captured posting becomes, as the user checks it."""

    deal_breakers = None  # type: ignore[assignment]

    class Meta(ApplicationForm.Meta):
        # Not applied yet, and nothing found out about the role.
        fields = [
            name
            for name in ApplicationForm.Meta.fields
            if name not in {"date_applied", "deal_breakers"}
        ]


# The period a posted salary is for, as the posting form offers it ("Salary per: a year").
SALARY_UNITS: dict[str, Promise] = {
    SalaryUnit.HOUR: pgettext_lazy("salary period", "an hour"),
    SalaryUnit.DAY: pgettext_lazy("salary period", "a day"),
    SalaryUnit.WEEK: pgettext_lazy("salary period", "a week"),
    SalaryUnit.MONTH: pgettext_lazy("salary period", "a month"),
    SalaryUnit.YEAR: pgettext_lazy("salary period", "a year"),
}


class PostingForm(forms.ModelForm):
    """The posting kept with the application (``PostingSnapshot``), as the user checks it."""

    locations = forms.CharField(
        label=_("Locations"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One a line."),
    )

    class Meta:
        model = PostingSnapshot
        fields = [
            "closing_date",
            "date_posted",
            "employment_type",
            "salary_min",
            "salary_max",
            "salary_currency",
            "salary_unit",
            "locations",
            "remote",
            "description",
            "found_in",
        ]
        field_classes = {"closing_date": DatePickerField, "date_posted": DatePickerField}
        labels = {
            "closing_date": _("Applications close on"),
            "date_posted": _("Posted on"),
            "employment_type": _("Employment type"),
            "salary_min": _("Salary from"),
            "salary_max": _("Salary up to"),
            "salary_currency": _("Currency"),
            "salary_unit": _("Salary per"),
            "remote": _("Remote work possible"),
        }
        help_texts = {"salary_currency": _("Three letters, e.g. EUR, GBP, USD.")}
        widgets = {
            "description": forms.HiddenInput,
            "found_in": forms.HiddenInput,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        unit = cast(forms.ChoiceField, self.fields["salary_unit"])
        choices = cast(list[tuple[str, str]], unit.choices)
        unit.choices = [(value, SALARY_UNITS.get(value, label)) for value, label in choices]

    def clean_locations(self):
        lines = self.cleaned_data["locations"].splitlines()
        return list(dict.fromkeys(line.strip()[:200] for line in lines if line.strip()))[:20]

    def clean_salary_currency(self):
        currency = self.cleaned_data["salary_currency"].strip().upper()
        if currency and not re.fullmatch(r"[A-Z]{3}", currency):
            raise forms.ValidationError(
                gettext("Write the currency as its three letters, e.g. EUR.")
            )
        return currency

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        low, high = cleaned.get("salary_min"), cleaned.get("salary_max")
        if low is not None and high is not None and low > high:
            self.add_error("salary_max", gettext("The upper end is below the lower end."))
        return cleaned


# --- Recruiters' emails --------------------------------------------------------------------

# An Outlook .msg file is an OLE compound file: it starts with these bytes.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class EmailForm(forms.Form):
    """A recruiter's email: the .eml or Outlook .msg file, or its text pasted."""

    file = forms.FileField(
        label=_("Email file (.eml, or Outlook .msg)"),
        required=False,
        widget=forms.ClearableFileInput(
            attrs={"accept": ".eml,.msg,message/rfc822,application/vnd.ms-outlook"}
        ),
    )
    text = forms.CharField(
        label=_("Or paste the email"),
        help_text=_(
            "The whole message with its headers (your mail program's “Show original”), "
            "or just its text."
        ),
        required=False,
        max_length=reading.MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 8}),
    )

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        upload, text = cleaned.get("file"), (cleaned.get("text") or "").strip()
        if self.errors:
            return cleaned
        if upload and text:
            raise forms.ValidationError(gettext("Attach a file or paste the text, not both."))
        if not upload and not text:
            raise forms.ValidationError(gettext("Attach the email file, or paste its text."))
        try:
            if upload is not None:
                if upload.size > reading.MAX_BYTES:
                    raise reading.UnreadableEmail(
                        gettext(
                            "This file is over 10 MB with its attachments. Save the email "
                            "without them, or paste its text."
                        )
                    )
                data = upload.read()
                is_msg = data.startswith(OLE_MAGIC) or upload.name.lower().endswith(".msg")
                cleaned["parsed"] = reading.read_msg(data) if is_msg else reading.read_bytes(data)
                cleaned["source"] = RecruiterMessage.Source.UPLOADED
            else:
                cleaned["parsed"] = reading.read_pasted(text)
                cleaned["source"] = RecruiterMessage.Source.PASTED
        except reading.UnreadableEmail as error:
            raise forms.ValidationError(str(error)) from error
        return cleaned


class EmailReviewForm(forms.Form):
    """The change an email suggests, as the user edits it before applying."""

    application = forms.TypedChoiceField(
        label=_("Application"),
        coerce=int,
        error_messages={"required": _("Choose the application this email is about.")},
    )
    stage = forms.ChoiceField(label=_("Move the stage to"), required=False)
    include_interview = forms.BooleanField(
        label=_("Change the interviews as below"), required=False
    )
    scheduled_at = forms.DateTimeField(
        label=_("Interview date and time"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_LOCAL_FORMAT),
        input_formats=[DATETIME_LOCAL_FORMAT, "%Y-%m-%d %H:%M"],
        error_messages={"invalid": _("Enter a date and time, like 2026-03-14 10:30.")},
    )
    duration_minutes = forms.IntegerField(
        label=_("Length (minutes)"), required=False, min_value=5, max_value=720
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=Interview.Kind.choices, required=False)
    location = forms.CharField(label=_("Where or link"), max_length=500, required=False)
    include_contact = forms.BooleanField(label=_("Add the sender as a contact"), required=False)
    contact_name = forms.CharField(label=_("Contact's name"), max_length=200, required=False)
    contact_email = forms.EmailField(label=_("Contact's email"), required=False)
    include_offer = forms.BooleanField(label=_("Record the offer"), required=False)
    offer_in_writing = forms.BooleanField(
        label=_("The offer is in writing (a letter, or an email with its terms)"), required=False
    )

    def __init__(self, *args, applications, interview_action: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.interview_action = interview_action
        # No application chosen for the user when the email matched none: they pick it.
        cast(forms.TypedChoiceField, self.fields["application"]).choices = [
            ("", gettext("Choose the application")),
            *((application.pk, str(application)) for application in applications),
        ]
        cast(forms.ChoiceField, self.fields["stage"]).choices = [
            ("", gettext("Leave the stage as it is")),
            *((value, labels.shown(label)) for value, label in Stage.choices),
        ]
        self.fields["scheduled_at"].help_text = gettext("In your time zone (%(zone)s).") % {
            "zone": timezone.get_current_timezone_name()
        }
        cast(forms.ChoiceField, self.fields["kind"]).choices = [
            (value, labels.shown(label)) for value, label in Interview.Kind.choices
        ]
        if interview_action == "cancel":
            self.fields["include_interview"].label = gettext("Cancel the interview")
        for name in ("scheduled_at", "duration_minutes", "kind", "location"):
            if interview_action == "cancel":
                del self.fields[name]

    @classmethod
    def initial_from(cls, suggestion: dict, *, application_id) -> dict:
        interview = suggestion.get("interview") or {}
        contact = suggestion.get("contact") or {}
        offer = suggestion.get("offer")
        scheduled = interview.get("scheduled_at")
        return {
            "application": application_id,
            "stage": suggestion.get("stage", ""),
            "include_interview": bool(interview),
            "scheduled_at": timezone.localtime(datetime.fromisoformat(scheduled))
            if scheduled
            else None,
            "duration_minutes": interview.get("duration_minutes", 60),
            "kind": interview.get("kind", Interview.Kind.VIDEO),
            "location": interview.get("location", ""),
            "include_contact": bool(contact),
            "contact_name": contact.get("name", ""),
            "contact_email": contact.get("email", ""),
            "include_offer": offer is not None,
            "offer_in_writing": bool(offer and offer.get("in_writing")),
        }

    def clean(self):
        cleaned = super().clean() or {}
        wants_time = cleaned.get("include_interview") and self.interview_action != "cancel"
        if wants_time and not cleaned.get("scheduled_at"):
            self.add_error("scheduled_at", gettext("Enter the interview's date and time."))
        if cleaned.get("include_contact") and not cleaned.get("contact_email"):
            self.add_error(
                "contact_email", gettext("Enter the contact's email, or untick the box.")
            )
        return cleaned

    def suggestion(self, stored: dict) -> dict:
        """The suggestion as edited: the stored one's interview kept where it is referred to
        (which interview to move or cancel, the invitation it came from)."""
        data = self.cleaned_data
        result: dict = {}
        if data.get("stage"):
            result["stage"] = data["stage"]
        if data.get("include_interview"):
            interview = dict(stored.get("interview") or {"action": "add"})
            if self.interview_action != "cancel":
                interview |= {
                    "scheduled_at": data["scheduled_at"].isoformat(),
                    "duration_minutes": data.get("duration_minutes") or 60,
                    "kind": data.get("kind") or Interview.Kind.VIDEO,
                    "location": data.get("location", ""),
                }
            result["interview"] = interview
        if data.get("include_contact"):
            result["contact"] = {
                "name": data.get("contact_name") or data["contact_email"],
                "email": data["contact_email"],
            }
        if data.get("include_offer"):
            result["offer"] = {"in_writing": bool(data.get("offer_in_writing"))}
        return result


class EmailApplicationForm(forms.Form):
    """A new application for an email that matches none."""

    company = forms.CharField(label=_("Company"), max_length=200)
    position = forms.CharField(label=_("Position title"), max_length=200)
