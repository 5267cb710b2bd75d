"""Form fields every form shares: the one date picker, and money typed in whole units."""

import re
from decimal import Decimal

from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from applications import clock
from applications.compensation import MINOR_PER_UNIT

# What a browser's date picker sends, whatever the language of its box.
ISO_DATE = "%Y-%m-%d"
DATE_FORMAT_MESSAGE = _("Enter a date as year-month-day, like 2027-02-01, or as 1 February 2027.")


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


TOO_LARGE_MESSAGE = _("That amount is too large; check the figures.")


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
                "invalid": _("Enter an amount in figures, like 65000 or 412.50."),
                "min_value": _("The amount can’t be negative."),
                "max_value": TOO_LARGE_MESSAGE,
                "max_decimal_places": _("Use at most two decimals, like 412.50."),
                "max_digits": TOO_LARGE_MESSAGE,
                "max_whole_digits": TOO_LARGE_MESSAGE,
            },
        )
        super().__init__(**kwargs)
        self.widget = forms.TextInput(attrs={"inputmode": "decimal"})

    def to_python(self, value):
        if isinstance(value, str):
            value = amount_as_typed(value, translation.get_language() or "en")
        return super().to_python(value)

    def clean(self, value):
        amount = super().clean(value)
        return None if amount is None else int(amount * MINOR_PER_UNIT)

    def prepare_value(self, value):
        # The stored hundredths shown again as units, with the reader's decimal mark ("412.50",
        # "412,50"); what the user typed is shown as typed.
        if isinstance(value, int):
            units, cents = divmod(value, MINOR_PER_UNIT)
            mark = "," if _writes_decimal_comma(translation.get_language()) else "."
            return f"{units}{mark}{cents:02d}" if cents else str(units)
        return value


def _writes_decimal_comma(language: str | None) -> bool:
    return (language or "en").split("-")[0] != "en"


# A German amount's decimal part: a comma, or a point followed by one or two digits at the end
# (a thousands group always has three: "65.000" is sixty-five thousand).
_DECIMAL_POINT_AT_THE_END = re.compile(r"^(.*)\.(\d{1,2})$")


def amount_as_typed(text: str, language: str) -> str:
    """An amount as the user typed it, as Python reads a number: spaces and thousands
    separators out, the decimal mark a point.

    English (as always): commas group thousands ("65,000", "412.50"). German: points group
    thousands and a comma marks the decimals ("65.000", "412,50"); a point before one or two
    final digits is read as the decimal mark too ("412.50"), as money has no more."""
    text = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if not _writes_decimal_comma(language):
        return text.replace(",", "")
    if "," not in text and (match := _DECIMAL_POINT_AT_THE_END.match(text)):
        return match.group(1).replace(".", "") + "." + match.group(2)
    return text.replace(".", "").replace(",", ".")
