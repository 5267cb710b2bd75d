import json
from typing import cast

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from applications.fields import DatePickerField
from applications.labels import shown, translate_choices
from applications.mailto import validate_no_link_syntax
from applications.models import Contact, EmailLanguage, KeepReason, Source
from withdrawals.models import Scenario, Tone, Withdrawal


class ChooseForm(forms.Form):
    """What to say and how. Only the scenarios that are true for the application are offered,
    and only the tones that have a template: nothing falls back silently."""

    # Options that only some scenarios use: clean() drops them for any other, and the page's
    # script hides them (it reads data-scenario-only, set from this table).
    SCENARIO_ONLY = {
        "name_other_company": (Scenario.ACCEPTED_OFFER, Scenario.OTHER_OPPORTUNITY),
        "colleague_name": (Scenario.RECOMMEND_COLLEAGUE,),
        "decide_by": (Scenario.REQUEST_TIME,),
        "mention_figures": (Scenario.NEGOTIATE,),
    }

    scenario = forms.ChoiceField(
        choices=Scenario.for_withdrawing, label=_("What do you want to say?")
    )
    tone = forms.ChoiceField(
        choices=Tone.choices, initial=Tone.FORMAL, widget=forms.RadioSelect, label=_("Tone")
    )
    language = forms.ChoiceField(
        choices=EmailLanguage.choices,
        required=False,
        label=_("Language of the email"),
        help_text=_("The employer's language. Bowout remembers it for this application."),
    )
    reason = forms.CharField(
        max_length=300,
        required=False,
        label=_("Your reason, in one sentence (optional)"),
        help_text=_(
            "Honest and brief, or leave it empty: you owe no explanation. No grievances. "
            "To keep the door open, say what would make you stay; for a counter-offer, what "
            "would make you accept (“If the base salary could be GBP 66,000, I would accept.”)."
        ),
        widget=forms.TextInput(
            attrs={"placeholder": _("e.g. I have decided to stay closer to home for now.")}
        ),
    )
    name_other_company = forms.BooleanField(
        required=False, label=_("Name the other company in the email")
    )
    mention_figures = forms.BooleanField(
        required=False,
        label=_("Give the other offer’s figures"),
        help_text=_(
            "Only for a counter-offer. Left unticked, the email mentions another written offer "
            "without its figures."
        ),
    )
    colleague_name = forms.CharField(
        max_length=150,
        required=False,
        label=_("Colleague to recommend (optional)"),
        help_text=_("Only for “Recommend a colleague in my place”."),
    )
    decide_by = DatePickerField(
        required=False,
        label=_("Ask to answer by (optional)"),
        help_text=_("Only for “Ask the offering company for time to decide”."),
    )

    def __init__(
        self,
        *args,
        other_company="",
        other_figures="",
        scenarios=None,
        tones_for=None,
        tones_by_language=None,
        today=None,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.today = today
        self.tones_for = tones_for or {}
        self.tones_by_language = tones_by_language or {}
        if scenarios is not None:
            cast(forms.ChoiceField, self.fields["scenario"]).choices = [
                (value, shown(Scenario(value).label))
                for value in scenarios
                if tones_for is None or tones_for.get(value)
            ]
        if tones_for is not None:
            self.fields["scenario"].widget.attrs["data-tones"] = json.dumps(tones_for)
        if other_company:
            self.fields["name_other_company"].label = gettext("Name %(company)s in the email") % {
                "company": other_company
            }
        else:
            del self.fields["name_other_company"]
        if other_figures:
            self.fields["mention_figures"].label = gettext(
                "Give the other offer’s figures (%(figures)s) in the email"
            ) % {"figures": other_figures}
        else:
            del self.fields["mention_figures"]
        for name, scenarios in self.SCENARIO_ONLY.items():
            if name in self.fields:
                self.fields[name].widget.attrs["data-scenario-only"] = " ".join(scenarios)
        translate_choices(self)

    def clean_reason(self):
        return " ".join(self.cleaned_data["reason"].split())

    def clean_colleague_name(self):
        return " ".join(self.cleaned_data["colleague_name"].split())

    def clean_decide_by(self):
        day = self.cleaned_data["decide_by"]
        if day and self.today and day < self.today:
            raise forms.ValidationError(_("Choose a date from today on."))
        return day

    def clean_language(self):
        # Left out (an older page, a script), the language the page started in.
        return self.cleaned_data["language"] or self.initial.get("language") or "en"

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        scenario, tone = cleaned.get("scenario"), cleaned.get("tone")
        language = cleaned.get("language")
        tones_for = self.tones_by_language.get(language or "", self.tones_for)
        if scenario and tone and tones_for and tone not in tones_for.get(scenario, []):
            available = gettext(" or ").join(
                str(shown(Tone(value).label)).lower() for value in tones_for.get(scenario, [])
            )
            words = {"tone": str(shown(Tone(tone).label)).lower(), "choices": available}
            if language in EmailLanguage.values and language != EmailLanguage.ENGLISH:
                words["language"] = str(shown(EmailLanguage(language).label))
                refusal = gettext(
                    "There is no %(tone)s wording for this in %(language)s yet: choose %(choices)s."
                )
            else:
                refusal = gettext("There is no %(tone)s wording for this yet: choose %(choices)s.")
            self.add_error("tone", refusal % words)
        # An option of another scenario may still be filled in from before: it does not apply,
        # so it takes its field's empty value (False, "", None).
        for name, scenarios in self.SCENARIO_ONLY.items():
            if name in self.fields and scenario not in scenarios:
                cleaned[name] = self.fields[name].to_python(None)
        return cleaned


class LanguageForm(forms.Form):
    """The draft page's language switch."""

    language = forms.ChoiceField(choices=EmailLanguage.choices, label=_("Write this email in"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        translate_choices(self)


class RecipientForm(forms.Form):
    """The person who runs the process, added in place when only an assistant is known."""

    name = forms.CharField(max_length=200, label=_("Their name"))
    role = forms.ChoiceField(label=_("Their role"))
    email = forms.EmailField(
        required=False,
        label=_("Their email (optional)"),
        validators=[validate_no_link_syntax],  # it becomes a mailto: link
    )

    def __init__(self, *args, application, **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["role"]).choices = [
            (value, shown(label))
            for value, label in Contact.Role.choices
            if value not in (Contact.Role.ASSISTANT, Contact.Role.INTERVIEWER)
        ]
        self.fields["role"].initial = (
            Contact.Role.AGENCY_RECRUITER
            if application.source == Source.AGENCY
            else Contact.Role.IN_HOUSE_RECRUITER
        )

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Type their name."))
        return name


class MultilineField(forms.CharField):
    """A textarea's text, its line breaks counted once, as the browser counts them.

    Browsers send a line break as CR LF but count it as one character against ``maxlength``:
    checked as sent, a text that fit the box would be refused as too long.
    """

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n")


class DraftForm(forms.Form):
    subject = forms.CharField(
        max_length=300,
        label=_("Subject"),
        error_messages={
            "required": _("The subject can’t be empty."),
            "max_length": _(
                "The subject must have at most %(limit_value)d characters (it has %(show_value)d)."
            ),
        },
    )
    body = MultilineField(
        max_length=10_000,
        label=_("Message"),
        widget=forms.Textarea(attrs={"rows": 16, "class": "draft-body"}),
        error_messages={
            "required": _("The message can’t be empty."),
            "max_length": _(
                "The message must have at most %(limit_value)d characters (it has %(show_value)d)."
            ),
        },
    )
    cc = forms.TypedMultipleChoiceField(
        coerce=int, required=False, label=_("Copy in (CC)"), widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, cc_contacts=(), **kwargs):
        super().__init__(*args, **kwargs)
        cc = cast(forms.TypedMultipleChoiceField, self.fields["cc"])
        cc.choices = [
            (contact.pk, f"{contact.name} ({shown(contact.get_role_display())}) <{contact.email}>")
            for contact in cc_contacts
        ]
        if not cc.choices:
            del self.fields["cc"]

    def in_language(self, language: str) -> "DraftForm":
        """Mark the text boxes with the email's language: browsers spell-check in it and
        screen readers read it with the right voice."""
        for name in ("subject", "body"):
            self.fields[name].widget.attrs["lang"] = language
        return self

    def refusal(self) -> str:
        """Why the text cannot be used, in a line for a flash message on another page."""
        return " ".join(
            str(error) for field in ("subject", "body") for error in self.errors.get(field, [])
        )


class MarkSentForm(forms.Form):
    method = forms.ChoiceField(
        choices=[
            (Withdrawal.Method.EMAIL, _("I sent the email")),
            (Withdrawal.Method.PHONE, _("I told them by phone")),
        ],
        initial=Withdrawal.Method.EMAIL,
        widget=forms.RadioSelect,
        label=_("How did you tell them?"),
    )


class ReflectionForm(forms.Form):
    liked = MultilineField(
        required=False,
        max_length=2000,
        label=_("What you liked"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    disliked = MultilineField(
        required=False,
        max_length=2000,
        label=_("What you did not like"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class KeepInPlayForm(forms.Form):
    reason = forms.ChoiceField(choices=KeepReason.choices, label=_("Why keep it in play?"))
    note = forms.CharField(max_length=200, required=False, label=_("Note (optional)"))
