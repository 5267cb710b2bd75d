"""The period of the export and of the job search record."""

from django import forms

from applications.fields import DatePickerField


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
