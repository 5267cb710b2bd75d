from typing import cast

from django import forms
from django.utils import timezone

from applications.models import (
    DEFAULT_INTERVIEW_MINUTES,
    Application,
    Contact,
    DealBreaker,
    Interview,
    Offer,
    Stage,
    WorkMode,
)

DATETIME_LOCAL_FORMAT = "%Y-%m-%dT%H:%M"


class ApplicationForm(forms.ModelForm):
    deal_breakers = forms.TypedMultipleChoiceField(
        choices=DealBreaker.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Deal-breakers you found",
        help_text="They suggest how to word a withdrawal. Weigh them before deciding.",
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
            "notes",
        ]
        widgets = {
            "date_applied": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "interest": forms.NumberInput(attrs={"min": 1, "max": 5}),
            "notes": forms.Textarea(attrs={"rows": 4}),
        }
        labels = {"stage": "Current stage"}
        error_messages = {
            "posting_url": {"invalid": "Enter a full web address, like https://example.com/job."},
            "interest": {
                "min_value": "Interest goes from 1 to 5.",
                "max_value": "Interest goes from 1 to 5.",
            },
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

    def clean_company(self):
        return self.cleaned_data["company"].strip()

    def clean_position(self):
        return self.cleaned_data["position"].strip()

    def clean_agency_name(self):
        return self.cleaned_data["agency_name"].strip()

    def clean_date_applied(self):
        date_applied = self.cleaned_data["date_applied"]
        if date_applied and date_applied > timezone.localdate():
            raise forms.ValidationError("The date you applied can’t be in the future.")
        return date_applied

    # "Name the agency" is Application.clean(), which the ModelForm runs: checking it here too
    # showed the message twice beside the field.


class StageChangeForm(forms.Form):
    stage = forms.ChoiceField(choices=[("", "Choose a stage…"), *Stage.choices], label="New stage")
    note = forms.CharField(
        max_length=500,
        required=False,
        label="Note (optional)",
        widget=forms.TextInput(attrs={"placeholder": "e.g. Recruiter called to book round 2"}),
    )

    def __init__(self, *args, application=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.application = application

    def clean_stage(self):
        stage = self.cleaned_data["stage"]
        if self.application is not None and stage == self.application.stage:
            raise forms.ValidationError(
                f"It is already at “{self.application.get_stage_display()}”."
            )
        return stage


class BoardMoveForm(forms.Form):
    stage = forms.ChoiceField(choices=Stage.choices)


class ContactForm(forms.ModelForm):
    class Meta:
        model = Contact
        fields = ["name", "role", "email", "phone", "is_main", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}

    def clean_name(self):
        return self.cleaned_data["name"].strip()

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        if cleaned.get("is_main") and cleaned.get("role") == Contact.Role.ASSISTANT:
            self.add_error(
                "is_main",
                "Write to the person who runs the process (the recruiter or hiring manager), "
                "not an assistant. Add them and make them the main contact instead.",
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
            "scheduled_at": {"invalid": "Enter a date and time, like 2026-03-14 10:30."},
        }

    def clean_scheduled_at(self):
        scheduled_at = self.cleaned_data["scheduled_at"]
        # Far-off years overflow once converted to UTC and could not be read back.
        if scheduled_at and not 1970 <= scheduled_at.year <= 2100:
            raise forms.ValidationError("Enter a date between 1970 and 2100.")
        return scheduled_at

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.DateTimeField, self.fields["scheduled_at"]).input_formats = [
            DATETIME_LOCAL_FORMAT,
            "%Y-%m-%d %H:%M",
        ]
        self.fields[
            "scheduled_at"
        ].help_text = f"In your time zone ({timezone.get_current_timezone_name()})."
        self.fields["duration_minutes"].required = False

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

    q = forms.CharField(required=False, label="Search", max_length=100)
    stage = forms.ChoiceField(required=False, choices=[("", "Any stage"), *Stage.choices])
    status = forms.ChoiceField(required=False, choices=STATUS_CHOICES, label="Live or closed")
    sort = forms.ChoiceField(required=False, choices=SORT_CHOICES, label="Sort by")

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
        from django.db.models import F

        # Each ordering ends on the primary key: with ties, PostgreSQL may order rows differently
        # for each page's LIMIT/OFFSET, and pages would then repeat some rows and skip others.
        return {
            "applied": [F("date_applied").desc(nulls_last=True), "-pk"],
            "interview": [F("next_interview_at").asc(nulls_last=True), "-last_activity_at", "-pk"],
            "interest": ["-interest", "-last_activity_at", "-pk"],
        }.get(sort, ["-last_activity_at", "-pk"])


class OfferDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[(Offer.Decision.ACCEPTED, "Accept"), (Offer.Decision.DECLINED, "Decline")]
    )
    start_date = forms.DateField(
        required=False,
        label="Your start date",
        help_text="Until then an accepted offer can still fall through.",
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, offer=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.offer = offer

    def clean_start_date(self):
        start = self.cleaned_data["start_date"]
        if start and self.offer is not None and start < self.offer.received_on:
            raise forms.ValidationError("The start date can’t be before the offer arrived.")
        return start


class OfferForm(forms.ModelForm):
    class Meta:
        model = Offer
        fields = [
            "received_on",
            "in_writing",
            "amount",
            "currency",
            "period",
            "start_date",
            "details",
            "respond_by",
            "decision",
            "decided_on",
        ]
        widgets = {
            "received_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "respond_by": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "decided_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "amount": forms.NumberInput(attrs={"min": 0, "step": "0.01"}),
            "details": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {"decided_on": "Leave empty for today."}
        error_messages = {
            "currency": {"max_length": "Use a three-letter currency code, like GBP or EUR."}
        }

    def clean_amount(self):
        amount = self.cleaned_data["amount"]
        if amount is not None and amount < 0:
            raise forms.ValidationError("The amount can’t be negative.")
        return amount

    def clean_currency(self):
        currency = self.cleaned_data["currency"].strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            raise forms.ValidationError("Use a three-letter currency code, like GBP or EUR.")
        return currency

    def clean_received_on(self):
        received_on = self.cleaned_data["received_on"]
        if received_on and received_on > timezone.localdate():
            raise forms.ValidationError("The date received can’t be in the future.")
        return received_on

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        received_on = cleaned.get("received_on")
        respond_by = cleaned.get("respond_by")
        decided_on = cleaned.get("decided_on")
        if received_on and respond_by and respond_by < received_on:
            self.add_error("respond_by", "The deadline can’t be before the date you received it.")
        if received_on and decided_on and decided_on < received_on:
            self.add_error("decided_on", "The decision can’t be before the date you received it.")
        if (
            "decided_on" in cleaned
            and decided_on is None
            and cleaned.get("decision") in (Offer.Decision.ACCEPTED, Offer.Decision.DECLINED)
        ):
            # "Leave empty for today": filled in here, before the model's constraint that a
            # decision is dated is checked, or the form would fail with that constraint's name.
            cleaned["decided_on"] = timezone.localdate()
        return cleaned
