"""Form fields every form shares: the one date picker, and money typed in whole units."""

import re
from decimal import Decimal

from django import forms

from applications import clock
from applications.compensation import MINOR_PER_UNIT

# What a browser's date picker sends, whatever the language of its box.
ISO_DATE = "%Y-%m-%d"
DATE_FORMAT_MESSAGE = "Enter a date as year-month-day, like 2027-02-01, or as 1 February 2027."


class DatePickerInput(forms.DateInput):
    """The browser's own date picker; its value is always year-month-day."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format=ISO_DATE)


class DatePickerField(forms.DateField):
    """Every date in Bowout: the picker's year-month-day, or a date typed out in words where a
    browser shows a plain box ("1 February 2027"). Never 01/02/2027, which reads two ways; a
    refused date says the format expected."""

    widget = DatePickerInput
    input_formats = [ISO_DATE, "%d %B %Y", "%d %b %Y", "%B %d %Y", "%B %d, %Y", "%b %d, %Y"]
    default_error_messages = {"invalid": DATE_FORMAT_MESSAGE}

    def validate(self, value):
        super().validate(value)
        if value and not clock.in_range(value):
            raise forms.ValidationError(clock.DATE_RANGE_MESSAGE, code="out_of_range")

    def to_python(self, value):
        if isinstance(value, str):
            # "1st February 2027" and stray spaces read like the dates they are.
            value = _ORDINAL.sub(r"\1", " ".join(value.split()))
        return super().to_python(value)


_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)


class MoneyField(forms.DecimalField):
    """An amount typed in whole units ("65,000" or "412.50"), kept as integer hundredths."""

    def __init__(self, **kwargs):
        # A model's integer field hands over its database range: an amount has its own.
        kwargs["min_value"] = 0
        kwargs["max_value"] = Decimal("1000000000000")
        kwargs["decimal_places"] = 2
        kwargs["max_digits"] = 15
        kwargs.setdefault(
            "error_messages",
            {
                "invalid": "Enter an amount in figures, like 65000 or 412.50.",
                "min_value": "The amount can’t be negative.",
                "max_value": "That amount is too large; check the figures.",
                "max_decimal_places": "Use at most two decimals, like 412.50.",
                "max_digits": "That amount is too large; check the figures.",
                "max_whole_digits": "That amount is too large; check the figures.",
            },
        )
        super().__init__(**kwargs)
        self.widget = forms.TextInput(attrs={"inputmode": "decimal"})

    def to_python(self, value):
        if isinstance(value, str):
            # Thousands separators and spaces as people type them: "65,000", "65 000".
            value = value.replace(",", "").replace(" ", "").replace("\u00a0", "")
        return super().to_python(value)

    def clean(self, value):
        amount = super().clean(value)
        return None if amount is None else int(amount * MINOR_PER_UNIT)

    def prepare_value(self, value):
        # The stored hundredths shown again as units; what the user typed is shown as typed.
        if isinstance(value, int):
            units, cents = divmod(value, MINOR_PER_UNIT)
            return f"{units}.{cents:02d}" if cents else str(units)
        return value
