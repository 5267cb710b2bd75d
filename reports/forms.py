"""The period of the export and of the job search record; a coach's share link."""

from django import forms

from applications.fields import DatePickerField
from applications.models import SHARE_EXTRAS, ShareLink


class PeriodForm(forms.Form):
    """An optional date range: applications applied for (or added) within it."""

    start = DatePickerField(label="From", required=False)
    end = DatePickerField(label="To", required=False)

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            self.add_error("end", "The end of the period comes before its start.")
        return cleaned

    @property
    def period(self) -> dict:
        return {"start": self.cleaned_data.get("start"), "end": self.cleaned_data.get("end")}


class ExportForm(PeriodForm):
    format = forms.ChoiceField(choices=[("csv", "CSV"), ("xlsx", "Excel")], initial="csv")


class ShareLinkForm(forms.ModelForm):
    """A coach's link: who it is for, how long it lasts, and what private texts it includes."""

    days = forms.TypedChoiceField(
        label="Works for",
        choices=[(7, "7 days"), (30, "30 days"), (90, "90 days")],
        coerce=int,
        initial=30,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = ShareLink
        fields = ["name", "days", *SHARE_EXTRAS]
        labels = {"name": "Who is it for?"}

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError("Name who the link is for, e.g. “Sam, my coach”.")
        return name
