from django import forms

from applications import importer


class PeriodForm(forms.Form):
    """An optional date range: applications applied for (or added) within it."""

    start = forms.DateField(
        label="From", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label="To", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

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
        help_text="Dates written 2026-04-03 or 3 Apr 2026 are read either way.",
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
    def guessed_data(cls, header: list[str]) -> dict[str, str]:
        """Form data with the guessed columns, to preview before the user changes anything."""
        return {**importer.guess_mapping(header), "date_order": "dmy"}

    @property
    def mapping(self) -> dict[str, str]:
        return {name: self.cleaned_data.get(name, "") for name in importer.FIELDS}
