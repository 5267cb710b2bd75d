"""Dates in the reader's language. A template writes the English format it always had
(``{{ day|local_date:"j F Y" }}``: 5 December 2026); each language maps it to its own through
the catalogue (German: "j. F Y", 5. Dezember 2026). A builtin (settings.TEMPLATES), so every
template has it without loading it."""

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils.translation import pgettext_lazy

register = template.Library()

# Every format the templates use, marked for translation: the catalogue check then fails when
# a language lacks one. A format not listed is used as written.
FORMATS = {
    "j M Y": pgettext_lazy("date format", "j M Y"),
    "j F Y": pgettext_lazy("date format", "j F Y"),
    "j F": pgettext_lazy("date format", "j F"),
    "D j M, H:i": pgettext_lazy("date format", "D j M, H:i"),
    "j M Y, H:i": pgettext_lazy("date format", "j M Y, H:i"),
    "j F Y, H:i": pgettext_lazy("date format", "j F Y, H:i"),
    "j M, H:i": pgettext_lazy("date format", "j M, H:i"),
    "l j F": pgettext_lazy("date format", "l j F"),
    "l j F, H:i": pgettext_lazy("date format", "l j F, H:i"),
    "l j F Y, H:i": pgettext_lazy("date format", "l j F Y, H:i"),
}


@register.filter(expects_localtime=True, is_safe=False)
def local_date(value, english_format: str) -> str:
    """``value`` written in the active language's version of ``english_format``."""
    return date_filter(value, str(FORMATS.get(english_format, english_format)))
