"""The period of the export and of the job search record; a coach's share link."""

from django import forms
from django.utils.translation import gettext_lazy as _

from applications.fields import DatePickerField
from applications.models import SHARE_EXTRAS, ShareLink


class PeriodForm(forms.Form):
    """An optional date range: applications applied for (or added) within it."""

    start = DatePickerField(label=_("From"), required=False)
    end = DatePickerField(label=_("To"), required=False)

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            self.add_error("end", _("The end of the period comes before its start."))
        return cleaned

    @property
    def period(self) -> dict:
        return {"start": self.cleaned_data.get("start"), "end": self.cleaned_data.get("end")}


class ExportForm(PeriodForm):
    format = forms.ChoiceField(choices=[("csv", "CSV"), ("xlsx", "Excel")], initial="csv")


class ShareLinkForm(forms.ModelForm):
    """A coach's link: who it is for, how long it lasts, and what private texts it includes."""

    days = forms.TypedChoiceField(
        label=_("Works for"),
        choices=[(7, _("7 days")), (30, _("30 days")), (90, _("90 days"))],
        coerce=int,
        initial=30,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = ShareLink
        fields = ["name", "days", *SHARE_EXTRAS]
        # The model's labels are plain English (they name the extras wherever a link is
        # listed); the form shows them in the reader's language.
        labels = {
            "name": _("Who is it for?"),
            "include_notes": _(
                "Your notes (on applications, contacts, interviews and stage changes)"
            ),
            "include_drafts": _("Drafts of emails"),
            "include_sent": _("Sent emails"),
            "include_reflections": _("What you noted after withdrawing (reflections)"),
            "include_offer_terms": _("Offer terms (pay, benefits and the rest of the letter)"),
            "include_contact_details": _("Contacts' email addresses and phone numbers"),
        }
        help_texts = {"name": _("Who it is for, e.g. “Sam, my coach”.")}

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Name who the link is for, e.g. “Sam, my coach”."))
        return name
