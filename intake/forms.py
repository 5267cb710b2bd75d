"""A CSV file to import and its columns; a recruiter's invitation and its organiser; a job
posting captured by the bookmarklet, pasted or shared, and the application it becomes."""

import re
from collections.abc import Sequence

from django import forms
from django.utils import timezone

from applications.fields import DatePickerField
from applications.forms import WEB_ADDRESS_MESSAGE, ApplicationForm, ContactForm
from applications.models import Contact, PostingSnapshot
from intake import capture, importer, posting, restore
from intake.invitations import (
    INVITATION_MAX_BYTES,
    SEQUENCE_MAX,
    InvitationError,
    read_invitation,
)


class InvitationForm(forms.Form):
    """A recruiter's invitation, as the .ics file they sent or its text pasted."""

    file = forms.FileField(
        label="Invitation file (.ics)",
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".ics,text/calendar"}),
    )
    text = forms.CharField(
        label="Or paste the invitation's text",
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
            raise forms.ValidationError("Attach a file or paste the text, not both.")
        if not upload and not text:
            raise forms.ValidationError("Attach the invitation file, or paste its text.")
        if upload is not None:
            if upload.size > INVITATION_MAX_BYTES:
                raise forms.ValidationError("This file is over 1 MB: it is not an invitation.")
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

    organiser_name = forms.CharField(label="Organiser", max_length=200, required=False)
    # Checked by the contact form (below), so the address an invitation carries is shown as
    # it came, beside the contact form's reason for refusing it.
    organiser_email = forms.CharField(label="Organiser's email", required=False)
    add_organiser = forms.BooleanField(
        label="Add the organiser as a contact if they are new", required=False, initial=True
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
                self.add_error("organiser_email", f"{reasons} It is not added as a contact.")
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
        label="CSV file",
        help_text="Exported from a spreadsheet or another tracker: one application per row, "
        "with a header row. Up to 10,000 rows.",
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > importer.MAX_BYTES:
            raise forms.ValidationError("The file is over 5 MB. Split it into smaller files.")
        text = importer.decode(upload.read())
        try:
            importer.read_table(text)
        except importer.UnreadableFile as error:
            raise forms.ValidationError(str(error)) from error
        self.cleaned_data["text"] = text
        return upload


class MappingForm(forms.Form):
    """Which column of the file holds each field, and how its dates are written."""

    date_order = forms.ChoiceField(
        label="Dates like 03/04/2026 mean",
        choices=list(importer.DATE_ORDERS.items()),
        initial="dmy",
        help_text="Dates written 2026-04-03, 3 Apr 2026 (or 3. März, 3 avril) or as a "
        "spreadsheet's serial number are read either way.",
    )

    def __init__(self, *args, header: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        guessed = importer.guess_mapping(header)
        columns = [("", "— not in the file —")] + [(column, column) for column in header]
        for name, (label, _synonyms) in importer.FIELDS.items():
            self.fields[name] = forms.ChoiceField(
                label=label,
                choices=columns,
                required=name in importer.REQUIRED,
                initial=guessed[name],
                error_messages={"required": f"Choose the column that holds the {label.lower()}."},
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
        label="Your Bowout JSON download",
        help_text="The file “Download all my data (JSON)” gave you, from this Bowout or another.",
        widget=forms.ClearableFileInput(attrs={"accept": ".json,application/json"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > restore.MAX_BYTES:
            raise forms.ValidationError("The file is over 50 MB: it is not a Bowout download.")
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
        label="The posting’s address",
        max_length=500,
        required=False,
        assume_scheme="https",
        help_text="Copy it from the address bar. Bowout stores it; it never opens it.",
        error_messages={"invalid": WEB_ADDRESS_MESSAGE},
    )
    page = forms.CharField(
        label="The posting’s page or text",
        max_length=posting.MAX_INPUT_CHARS,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=(
            "Paste the page’s source (Ctrl+U or ⌥⌘U in most browsers, then select all and "
            "copy) for the most details, or just the posting’s text."
        ),
        error_messages={
            "required": "Paste the posting’s page or text.",
            "max_length": "This is over 400,000 characters: paste the posting’s own text.",
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


class PostingForm(forms.ModelForm):
    """The posting kept with the application (``PostingSnapshot``), as the user checks it."""

    locations = forms.CharField(
        label="Locations",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="One a line.",
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
            "closing_date": "Applications close on",
            "date_posted": "Posted on",
            "salary_min": "Salary from",
            "salary_max": "Salary up to",
            "salary_currency": "Currency",
            "salary_unit": "Salary per",
            "remote": "Remote work possible",
        }
        help_texts = {"salary_currency": "Three letters, e.g. EUR, GBP, USD."}
        widgets = {
            "description": forms.HiddenInput,
            "found_in": forms.HiddenInput,
        }

    def clean_locations(self):
        lines = self.cleaned_data["locations"].splitlines()
        return list(dict.fromkeys(line.strip()[:200] for line in lines if line.strip()))[:20]

    def clean_salary_currency(self):
        currency = self.cleaned_data["salary_currency"].strip().upper()
        if currency and not re.fullmatch(r"[A-Z]{3}", currency):
            raise forms.ValidationError("Write the currency as its three letters, e.g. EUR.")
        return currency

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        low, high = cleaned.get("salary_min"), cleaned.get("salary_max")
        if low is not None and high is not None and low > high:
            self.add_error("salary_max", "The upper end is below the lower end.")
        return cleaned
