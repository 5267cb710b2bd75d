from datetime import date
from typing import cast

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from applications import clock, labels
from applications.comparison import CRITERIA, MAX_OFFERS, MAX_WEIGHT, MIN_OFFERS
from applications.contracts import ContractLaw
from applications.fields import DatePickerField, MoneyField
from applications.models import (
    AGENCY_MISSING_MESSAGE,
    DEFAULT_INTERVIEW_MINUTES,
    OFFER_TERM_FIELDS,
    RATED_CRITERIA,
    Application,
    Contact,
    DealBreaker,
    ExchangeRate,
    Interview,
    Offer,
    Stage,
    WorkMode,
)

DATETIME_LOCAL_FORMAT = "%Y-%m-%dT%H:%M"

# The rules an application's details follow, written once: the form below and the CSV import
# (intake) both check them. Lengths and validators are read from the model.
WEB_ADDRESS_MESSAGE = _("Enter a full web address, like https://example.com/job.")
FUTURE_APPLIED_MESSAGE = _("The date you applied can’t be in the future.")
INTEREST_MESSAGE = _("Interest goes from 1 to 5.")


def date_applied_error(day: date | None, *, today: date) -> str | None:
    return str(FUTURE_APPLIED_MESSAGE) if day and day > today else None


def application_value_errors(values: dict, *, today: date) -> list[str]:
    """What is wrong with an application's details given as plain values (the model's field
    names; only those present are checked), in words for the user. Empty when all is well."""
    errors = []
    for name, value in values.items():
        field = cast(models.Field, Application._meta.get_field(name))
        # The field's name as the application's form shows it, in the reader's language.
        label = str(ApplicationForm.Meta.labels.get(name) or field.verbose_name.capitalize())
        if isinstance(value, str) and field.max_length and len(value) > field.max_length:
            errors.append(
                gettext("%(field)s is longer than %(limit)s characters.")
                % {"field": label, "limit": field.max_length}
            )
        elif name == "posting_url" and value:
            try:
                field.run_validators(value)
            except ValidationError:
                errors.append(
                    gettext("“%(value)s” is not a web address.") % {"value": value[:60]}
                    + f" {WEB_ADDRESS_MESSAGE}"
                )
        elif name == "interest" and value is not None:
            try:
                field.run_validators(value)
            except ValidationError:
                errors.append(str(INTEREST_MESSAGE))
    if error := date_applied_error(values.get("date_applied"), today=today):
        errors.append(error)
    if "source" in values and Application.agency_missing(
        source=values["source"], agency_name=values.get("agency_name", "")
    ):
        errors.append(str(AGENCY_MISSING_MESSAGE))
    return errors


def ids_from(values) -> list[int]:
    """Row ids ticked in a bulk form: whole numbers only. Anything else (², ٣, -1, 5,000
    digits) is dropped, not a 500 (``str.isdigit`` accepts "²", which ``int`` refuses)."""
    return [
        int(value) for value in values if value.isascii() and value.isdigit() and len(value) < 19
    ]


class ApplicationForm(forms.ModelForm):
    deal_breakers = forms.TypedMultipleChoiceField(
        choices=DealBreaker.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Deal-breakers you found"),
        help_text=_("They suggest how to word a withdrawal. Weigh them before deciding."),
    )

    class Meta:
        model = Application
        fields = [
            "company",
            "position",
            "stage",
            "posting_url",
            "location",
            "work_mode",
            "source",
            "agency_name",
            "pay_range",
            "interest",
            "date_applied",
            "deal_breakers",
            "language",
            "notes",
        ]
        field_classes = {"date_applied": DatePickerField}
        widgets = {
            "interest": forms.NumberInput(attrs={"min": 1, "max": 5}),
            "notes": forms.Textarea(attrs={"rows": 4}),
        }
        labels = {
            "company": _("Company"),
            "position": _("Position title"),
            "stage": _("Current stage"),
            "posting_url": _("Job posting URL"),
            "location": _("Location"),
            "work_mode": _("Work mode"),
            "source": _("Source"),
            "agency_name": _("Agency name"),
            "pay_range": _("Advertised pay range"),
            "interest": _("Interest level"),
            "date_applied": _("Date applied"),
            "notes": _("Notes"),
        }
        help_texts = {
            "agency_name": _("The recruitment agency that set this up, if any."),
            "pay_range": _("e.g. “£55,000–£65,000”"),
            "interest": _("1 (low) to 5 (dream job)."),
        }
        error_messages = {
            "posting_url": {"invalid": WEB_ADDRESS_MESSAGE},
            "interest": {"min_value": INTEREST_MESSAGE, "max_value": INTEREST_MESSAGE},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # An existing application changes stage through the history-keeping stage form.
            del self.fields["stage"]
        # The model's blank choice reads "---------"; say what an empty work mode means.
        cast(forms.ChoiceField, self.fields["work_mode"]).choices = [
            ("", "Not specified"),
            *WorkMode.choices,
        ]
        labels.translate_choices(self)
        self.fields["language"].label = _("Language of your emails")
        self.fields["language"].help_text = _(
            "Bowout drafts your emails to this employer in this language."
        )
        # Left out (an older form, a script), the language stays as it is.
        self.fields["language"].required = False

    def clean_language(self):
        return self.cleaned_data["language"] or self.instance.language

    def clean_company(self):
        return self.cleaned_data["company"].strip()

    def clean_position(self):
        return self.cleaned_data["position"].strip()

    def clean_agency_name(self):
        return self.cleaned_data["agency_name"].strip()

    def clean_date_applied(self):
        date_applied = self.cleaned_data["date_applied"]
        if error := date_applied_error(date_applied, today=timezone.localdate()):
            raise forms.ValidationError(error)
        return date_applied

    # "Name the agency" is Application.clean(), which the ModelForm runs: checking it here too
    # showed the message twice beside the field.


class StageChangeForm(forms.Form):
    # The stages' labels in the reader's language (applications.labels); their values unchanged.
    stage = forms.ChoiceField(
        choices=[
            ("", _("Choose a stage…")),
            *((value, labels.shown(label)) for value, label in Stage.choices),
        ],
        label=_("New stage"),
    )
    note = forms.CharField(
        max_length=500,
        required=False,
        label=_("Note (optional)"),
        widget=forms.TextInput(attrs={"placeholder": _("e.g. Recruiter called to book round 2")}),
    )

    def __init__(self, *args, application=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.application = application

    def clean_stage(self):
        stage = self.cleaned_data["stage"]
        if self.application is not None and stage == self.application.stage:
            raise forms.ValidationError(
                gettext("It is already at “%(stage)s”.")
                % {"stage": gettext(self.application.get_stage_display())}
            )
        return stage


class BoardMoveForm(forms.Form):
    stage = forms.ChoiceField(choices=Stage.choices)


class ContactForm(forms.ModelForm):
    class Meta:
        model = Contact
        fields = ["name", "role", "email", "phone", "is_main", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}
        labels = {
            "name": _("Name"),
            "role": _("Role"),
            "email": _("Email"),
            "phone": _("Phone"),
            "is_main": _("Main contact"),
            "notes": _("Notes"),
        }
        help_texts = {"is_main": _("The person you write to about this process.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        labels.translate_choices(self)

    def clean_name(self):
        return self.cleaned_data["name"].strip()

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        if cleaned.get("is_main") and cleaned.get("role") == Contact.Role.ASSISTANT:
            self.add_error(
                "is_main",
                gettext(
                    "Write to the person who runs the process (the recruiter or hiring "
                    "manager), not an assistant. Add them and make them the main contact instead."
                ),
            )
        return cleaned


class InterviewForm(forms.ModelForm):
    class Meta:
        model = Interview
        fields = [
            "scheduled_at",
            "duration_minutes",
            "kind",
            "round_number",
            "is_final_round",
            "with_whom",
            "location",
            "status",
            "notes",
        ]
        widgets = {
            "scheduled_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format=DATETIME_LOCAL_FORMAT
            ),
            "round_number": forms.NumberInput(attrs={"min": 1, "max": 20}),
            "duration_minutes": forms.NumberInput(attrs={"min": 5, "max": 720, "step": 5}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "scheduled_at": {"invalid": _("Enter a date and time, like 2026-03-14 10:30.")},
        }
        labels = {
            "scheduled_at": _("Date and time"),
            "duration_minutes": _("Length (minutes)"),
            "kind": _("Kind"),
            "round_number": _("Round"),
            "is_final_round": _("Final round"),
            "with_whom": _("Interviewer(s)"),
            "location": _("Where or link"),
            "status": _("Status"),
            "notes": _("Notes"),
        }
        help_texts = {"location": _("An address or a video link.")}

    def clean_scheduled_at(self):
        scheduled_at = self.cleaned_data["scheduled_at"]
        if scheduled_at and not clock.in_range(scheduled_at):
            raise forms.ValidationError(clock.DATE_RANGE_MESSAGE)
        return scheduled_at

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.DateTimeField, self.fields["scheduled_at"]).input_formats = [
            DATETIME_LOCAL_FORMAT,
            "%Y-%m-%d %H:%M",
        ]
        self.fields["scheduled_at"].help_text = _("In your time zone (%(zone)s).") % {
            "zone": timezone.get_current_timezone_name()
        }
        self.fields["duration_minutes"].required = False
        labels.translate_choices(self)

    def clean_duration_minutes(self):
        # Left empty, an interview lasts the usual hour (clash warnings need an end).
        return self.cleaned_data["duration_minutes"] or DEFAULT_INTERVIEW_MINUTES


class ApplicationFilterForm(forms.Form):
    """The list page's filters. Unknown values fall back to the defaults instead of failing."""

    STATUS_CHOICES = [("", "All"), ("live", "Live"), ("closed", "Closed"), ("won", "Accepted")]
    SORT_CHOICES = [
        ("activity", "Last activity"),
        ("applied", "Date applied"),
        ("interview", "Next interview"),
        ("interest", "Interest"),
    ]

    q = forms.CharField(required=False, label=_("Search"), max_length=100)
    stage = forms.ChoiceField(
        required=False, choices=[("", "Any stage"), *Stage.choices], label=_("Stage")
    )
    status = forms.ChoiceField(required=False, choices=STATUS_CHOICES, label=_("Live or closed"))
    sort = forms.ChoiceField(required=False, choices=SORT_CHOICES, label=_("Sort by"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        labels.translate_choices(self)

    def filtered(self, queryset):
        # Keep every filter that is valid even when another one is not (a stale bookmark).
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        queryset = queryset.search(data.get("q", ""))
        if data.get("stage"):
            queryset = queryset.filter(stage=data["stage"])
        status = data.get("status")
        if status == "live":
            queryset = queryset.live()
        elif status == "closed":
            queryset = queryset.closed()
        elif status == "won":
            queryset = queryset.filter(stage=Stage.ACCEPTED)
        return queryset.order_by(*self.ordering(data.get("sort") or "activity"))

    @staticmethod
    def ordering(sort):
        # Each ordering ends on the primary key: with ties, PostgreSQL may order rows differently
        # for each page's LIMIT/OFFSET, and pages would then repeat some rows and skip others.
        return {
            "applied": [F("date_applied").desc(nulls_last=True), "-pk"],
            "interview": [F("next_interview_at").asc(nulls_last=True), "-last_activity_at", "-pk"],
            "interest": ["-interest", "-last_activity_at", "-pk"],
        }.get(sort, ["-last_activity_at", "-pk"])


class OfferDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[(Offer.Decision.ACCEPTED, _("Accept")), (Offer.Decision.DECLINED, _("Decline"))]
    )
    start_date = DatePickerField(
        required=False,
        label=_("Your start date"),
        help_text=_("Until then an accepted offer can still fall through."),
    )
    contract_signed = forms.BooleanField(required=False, label=_("I have signed the contract"))
    contract_law = forms.ChoiceField(
        required=False,
        choices=[("", _("Not known yet")), *ContractLaw.choices],
        label=_("The contract is under the law of"),
    )

    def __init__(self, *args, offer=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.offer = offer

    def clean_start_date(self):
        start = self.cleaned_data["start_date"]
        if start and self.offer is not None and start < self.offer.received_on:
            raise forms.ValidationError(
                gettext("The start date can’t be before the offer arrived.")
            )
        return start

    def clean(self):
        cleaned = super().clean() or {}
        check_contract(self, cleaned)
        return cleaned


def check_contract(form: forms.BaseForm, cleaned: dict) -> None:
    """A signed contract says which country's law it is under: the rule shown depends on it."""
    if cleaned.get("contract_signed") and not cleaned.get("contract_law"):
        form.add_error("contract_law", _("Choose the country whose law the contract is under."))


_RATING_CHOICES = [("", _("Not rated")), *((str(n), str(n)) for n in range(1, 6))]
THREE_LETTER_CODE_MESSAGE = _("Use a three-letter currency code, like GBP or EUR.")


class OfferForm(forms.ModelForm):
    """Everything the offer letter says. Money is typed in whole units and kept in hundredths;
    hourly and daily pay need the hours or days a week, so a year can be worked out."""

    class Meta:
        model = Offer
        # The letter's terms are listed once, in the model (a revision keeps the same ones).
        fields = [
            "received_on",
            *OFFER_TERM_FIELDS,
            "decision",
            "decided_on",
            "contract_signed",
            "contract_law",
            "details",
        ]
        field_classes = {
            "received_on": DatePickerField,
            "respond_by": DatePickerField,
            "decided_on": DatePickerField,
            "start_date": DatePickerField,
            "base_pay_minor": MoneyField,
            "bonus_minor": MoneyField,
            "sign_on_minor": MoneyField,
            "equity_minor": MoneyField,
        }
        widgets = {
            "hours_per_week": forms.NumberInput(attrs={"min": 1, "max": 168, "step": "0.5"}),
            "days_per_week": forms.NumberInput(attrs={"min": "0.5", "max": 7, "step": "0.5"}),
            "weeks_per_year": forms.NumberInput(attrs={"min": 1, "max": 52}),
            "bonus_percent": forms.NumberInput(attrs={"min": 0, "max": 500, "step": "0.01"}),
            "vesting_months": forms.NumberInput(attrs={"min": 1, "max": 240}),
            "cliff_months": forms.NumberInput(attrs={"min": 0, "max": 240}),
            "leave_days": forms.NumberInput(attrs={"min": 0, "max": 366}),
            "benefits": forms.Textarea(attrs={"rows": 2}),
            "details": forms.Textarea(attrs={"rows": 3}),
        }
        # The model's names stay plain English (the admin, exports); the form says them in the
        # reader's language.
        labels = {
            "received_on": _("Date received"),
            "in_writing": _("In writing"),
            "base_pay_minor": _("Base pay"),
            "currency": _("Currency"),
            "period": _("Paid"),
            "hours_per_week": _("Hours a week"),
            "days_per_week": _("Days a week"),
            "weeks_per_year": _("Paid weeks a year"),
            "bonus_percent": _("Target bonus (% of base pay)"),
            "bonus_minor": _("Target bonus (amount a year)"),
            "equity_kind": _("Equity"),
            "equity_minor": _("Equity grant value"),
            "vesting_months": _("Vesting over (months)"),
            "cliff_months": _("Cliff (months)"),
            "sign_on_minor": _("Sign-on bonus"),
            "benefits": _("Benefits"),
            "leave_days": _("Paid leave (days a year)"),
            "work_mode": _("Work mode"),
            "location": _("Location"),
            "start_date": _("Start date"),
            "probation": _("Probation"),
            "notice_period": _("Notice period"),
            "respond_by": _("Deadline to respond"),
            "decision": _("Decision"),
            "decided_on": _("Decision date"),
            "details": _("Your notes"),
        }
        help_texts = {
            "in_writing": _("A written offer (email or letter), not just a phone call."),
            "currency": _("e.g. GBP, EUR, USD"),
            "decided_on": _("Leave empty for today."),
            "hours_per_week": _("For hourly pay: the hours a week you would work."),
            "days_per_week": _("For a daily rate: the days a week you would work."),
            "weeks_per_year": _("52 for a salary; fewer for a contract with unpaid time off."),
            "bonus_percent": _("A target bonus as a percentage of base pay, e.g. 10."),
            "bonus_minor": _("Or the target bonus as an amount a year."),
            "equity_minor": _("The grant's value at its price, in the offer's currency."),
            "vesting_months": _("e.g. 48 for four years."),
            "cliff_months": _("Nothing vests before it, e.g. 12."),
            "benefits": _("Pension, health cover, allowances…"),
            "probation": _("e.g. 6 months"),
            "notice_period": _("e.g. 1 month"),
            "details": _("Anything else, and what you think of it. Only you see this."),
        }
        error_messages = {"currency": {"max_length": THREE_LETTER_CODE_MESSAGE}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        offer = self.instance
        for key, label in RATED_CRITERIA.items():
            self.fields[f"rating_{key}"] = forms.TypedChoiceField(
                label=gettext("%(criterion)s, as you see it") % {"criterion": label},
                choices=_RATING_CHOICES,
                coerce=int,
                empty_value=None,
                required=False,
                initial=str((offer.ratings or {}).get(key, "")),
                help_text=_("1 (poor) to 5 (great); used only by the comparison's score."),
            )
        cast(forms.ChoiceField, self.fields["work_mode"]).choices = [
            ("", "Not specified"),
            *WorkMode.choices,
        ]
        cast(forms.ChoiceField, self.fields["contract_law"]).choices = [
            ("", _("Not known yet")),
            *ContractLaw.choices,
        ]
        self.fields["weeks_per_year"].required = False
        labels.translate_choices(self)
        if offer.pk is None and getattr(offer, "application", None) is not None:
            # What the posting said, until the letter says otherwise.
            self.initial["work_mode"] = offer.work_mode or offer.application.work_mode
            self.initial["location"] = offer.location or offer.application.location

    def clean_currency(self):
        currency = self.cleaned_data["currency"].strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            raise forms.ValidationError(THREE_LETTER_CODE_MESSAGE)
        return currency

    def clean_received_on(self):
        received_on = self.cleaned_data["received_on"]
        if received_on and received_on > timezone.localdate():
            raise forms.ValidationError(gettext("The date received can’t be in the future."))
        return received_on

    def clean_weeks_per_year(self):
        return self.cleaned_data["weeks_per_year"] or 52

    def clean_hours_per_week(self):
        hours = self.cleaned_data["hours_per_week"]
        if hours is not None and not 0 < hours <= 168:
            raise forms.ValidationError(gettext("A week has between 0 and 168 hours."))
        return hours

    def clean_days_per_week(self):
        days = self.cleaned_data["days_per_week"]
        if days is not None and not 0 < days <= 7:
            raise forms.ValidationError(gettext("A week has between 0 and 7 days."))
        return days

    def clean_bonus_percent(self):
        percent = self.cleaned_data["bonus_percent"]
        if percent is not None and percent < 0:
            raise forms.ValidationError(gettext("The bonus can’t be negative."))
        return percent

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        self._check_dates(cleaned)
        self._check_pay(cleaned)
        check_contract(self, cleaned)
        self.instance.ratings = {
            key: cleaned[f"rating_{key}"]
            for key in RATED_CRITERIA
            if cleaned.get(f"rating_{key}") is not None
        }
        return cleaned

    def _check_dates(self, cleaned):
        received_on = cleaned.get("received_on")
        respond_by = cleaned.get("respond_by")
        decided_on = cleaned.get("decided_on")
        if received_on and respond_by and respond_by < received_on:
            self.add_error(
                "respond_by", gettext("The deadline can’t be before the date you received it.")
            )
        if received_on and decided_on and decided_on < received_on:
            self.add_error(
                "decided_on", gettext("The decision can’t be before the date you received it.")
            )
        if (
            "decided_on" in cleaned
            and decided_on is None
            and cleaned.get("decision") in (Offer.Decision.ACCEPTED, Offer.Decision.DECLINED)
        ):
            # "Leave empty for today": filled in here, before the model's constraint that a
            # decision is dated is checked, or the form would fail with that constraint's name.
            cleaned["decided_on"] = timezone.localdate()

    def _check_pay(self, cleaned):
        period = cleaned.get("period")
        if cleaned.get("base_pay_minor") is not None:
            if period == Offer.Period.HOUR and not cleaned.get("hours_per_week"):
                self.add_error(
                    "hours_per_week",
                    gettext("Say how many hours a week, to work out a year’s pay."),
                )
            if period == Offer.Period.DAY and not cleaned.get("days_per_week"):
                self.add_error(
                    "days_per_week", gettext("Say how many days a week, to work out a year’s pay.")
                )
        if cleaned.get("bonus_percent") is not None and cleaned.get("bonus_minor") is not None:
            self.add_error(
                "bonus_minor", gettext("Give the bonus as a percentage or as an amount, not both.")
            )
        if cleaned.get("equity_minor") and not cleaned.get("vesting_months"):
            self.add_error("vesting_months", gettext("Say over how many months the equity vests."))
        if cleaned.get("equity_minor") and not cleaned.get("equity_kind"):
            self.add_error("equity_kind", gettext("Say what kind of equity it is."))
        vesting, cliff = cleaned.get("vesting_months"), cleaned.get("cliff_months")
        if vesting and cliff and cliff > vesting:
            self.add_error("cliff_months", gettext("The cliff can’t be longer than the vesting."))


# An offer's decision inside "Acme · Engineer (pending)".
DECISION_IN_BRACKETS = {
    Offer.Decision.PENDING: pgettext_lazy("an offer's decision, in brackets", "pending"),
    Offer.Decision.ACCEPTED: pgettext_lazy("an offer's decision, in brackets", "accepted"),
    Offer.Decision.DECLINED: pgettext_lazy("an offer's decision, in brackets", "declined"),
}


class CompareForm(forms.Form):
    """Which offers to put side by side (two to four), in which currency, weighed how."""

    offers = forms.ModelMultipleChoiceField(
        queryset=Offer.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        label=_("Offers to compare"),
        error_messages={"invalid_choice": _("Choose among your own offers.")},
    )
    currency = forms.CharField(
        max_length=3,
        required=False,
        label=_("Show totals in"),
        help_text=_("A three-letter code; other currencies use the rates you entered."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        offers = cast(forms.ModelMultipleChoiceField, self.fields["offers"])
        offers.queryset = (
            Offer.objects.for_user(user)
            .select_related("application")
            .order_by(F("respond_by").asc(nulls_last=True), "pk")
        )
        offers.label_from_instance = lambda offer: (  # type: ignore[method-assign,assignment]
            f"{offer.application.company} · {offer.application.position}"
            f" ({DECISION_IN_BRACKETS.get(offer.decision, offer.decision)})"
        )
        for key, label in CRITERIA.items():
            self.fields[f"w_{key}"] = forms.IntegerField(
                label=label,
                required=False,
                min_value=0,
                max_value=MAX_WEIGHT,
                widget=forms.NumberInput(attrs={"min": 0, "max": MAX_WEIGHT}),
                error_messages={
                    "min_value": gettext("From 0 (ignore) to %(most)s.") % {"most": MAX_WEIGHT},
                    "max_value": gettext("From 0 (ignore) to %(most)s.") % {"most": MAX_WEIGHT},
                    "invalid": gettext("A whole number from 0 to %(most)s.") % {"most": MAX_WEIGHT},
                },
            )

    def clean_offers(self):
        offers = list(self.cleaned_data["offers"])
        if not MIN_OFFERS <= len(offers) <= MAX_OFFERS:
            raise forms.ValidationError(
                gettext("Choose from %(fewest)s to %(most)s offers to compare.")
                % {"fewest": MIN_OFFERS, "most": MAX_OFFERS}
            )
        return offers

    def clean_currency(self):
        currency = self.cleaned_data["currency"].strip().upper()
        if currency and (len(currency) != 3 or not currency.isalpha()):
            raise forms.ValidationError(THREE_LETTER_CODE_MESSAGE)
        return currency

    @property
    def weights(self) -> dict[str, int]:
        data = getattr(self, "cleaned_data", {})
        return {key: data.get(f"w_{key}") or 0 for key in CRITERIA}


class ExchangeRateForm(forms.ModelForm):
    """A rate the user looked up: 1 unit of one currency in another, on a date."""

    class Meta:
        model = ExchangeRate
        fields = ["currency", "into", "rate", "as_of"]
        field_classes = {"as_of": DatePickerField}
        labels = {
            "currency": _("1 unit of"),
            "into": _("is worth, in"),
            "rate": _("Rate"),
            "as_of": _("Rate date"),
        }
        widgets = {"rate": forms.NumberInput(attrs={"min": 0, "step": "any"})}
        error_messages = {
            "rate": {
                "invalid": _("Enter the rate in figures, like 1.17."),
                "max_digits": _("Enter the rate with at most 10 figures before the point."),
                "max_decimal_places": _("Use at most 8 decimals."),
                "max_whole_digits": _("Enter the rate with at most 10 figures before the point."),
            }
        }

    def _code(self, name):
        code = self.cleaned_data[name].strip().upper()
        if len(code) != 3 or not code.isalpha():
            raise forms.ValidationError(THREE_LETTER_CODE_MESSAGE)
        return code

    def clean_currency(self):
        return self._code("currency")

    def clean_into(self):
        return self._code("into")

    def clean_rate(self):
        rate = self.cleaned_data["rate"]
        if rate is not None and rate <= 0:
            raise forms.ValidationError(gettext("A rate is more than zero."))
        return rate

    def clean_as_of(self):
        as_of = self.cleaned_data["as_of"]
        if as_of and as_of > timezone.localdate():
            raise forms.ValidationError(gettext("The rate’s date can’t be in the future."))
        return as_of

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        if cleaned.get("currency") and cleaned.get("currency") == cleaned.get("into"):
            self.add_error("into", gettext("Choose two different currencies."))
        return cleaned

    def validate_unique(self):
        # Saving replaces the pair's earlier rate (services.save_exchange_rate).
        pass
