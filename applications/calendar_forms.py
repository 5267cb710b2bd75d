from django import forms
from django.utils import timezone

from applications.calendar import INVITATION_MAX_BYTES, InvitationError, read_invitation


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
    organiser_email = forms.EmailField(label="Organiser's email", required=False)
    add_organiser = forms.BooleanField(
        label="Add the organiser as a contact if they are new", required=False, initial=True
    )
