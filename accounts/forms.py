from typing import cast

from allauth.account import forms as allauth_forms
from allauth.core import context
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from accounts import invitations, timezones
from accounts.models import ApiToken, User


class TimeZoneField(forms.ChoiceField):
    """The curated zones, grouped by region; any other real IANA zone is accepted too, so a
    zone the browser detects or one kept from before is never refused."""

    def __init__(self, **kwargs):
        kwargs.setdefault("choices", timezones.grouped_choices)
        kwargs.setdefault("label", _("Time zone"))
        kwargs.setdefault("help_text", _("Interview times are shown in this zone."))
        super().__init__(**kwargs)

    def valid_value(self, value):
        return super().valid_value(value) or timezones.is_valid(value)

    def clean(self, value):
        value = super().clean(value)
        if value and not timezones.is_valid(value):
            raise forms.ValidationError(_("Choose a time zone from the list."))
        return value


def clean_full_name(value: str) -> str:
    return " ".join(value.split())


class LoginForm(allauth_forms.LoginForm):
    """allauth's log-in by username or address, labelled as Bowout's always was."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        login = self.fields["login"]
        login.label = _("Username")
        login.help_text = _("Or the email address of your account.")
        login.widget.attrs.update({"autocomplete": "username", "placeholder": ""})
        # The page links to the reset under the form.
        self.fields["password"].help_text = ""

    def add_prefix(self, field_name):
        # The field allauth calls "login" is posted as "username", the name Bowout's form has
        # always had: password managers, bookmarklets and django-axes (which reads the posted
        # name when it shows a lockout) keep working.
        return "username" if field_name == "login" else super().add_prefix(field_name)


class SignUpForm(allauth_forms.SignupForm):
    """allauth's sign-up, asking what Bowout needs as well: the name that signs the drafts and
    the time zone interviews are shown in. An invitation fixes the address."""

    full_name = forms.CharField(
        max_length=150,
        label=_("Full name"),
        help_text=_("How you sign your emails, e.g. “Alex Morgan”."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    time_zone = TimeZoneField(initial="UTC")

    field_order = ["username", "full_name", "email", "time_zone", "password1", "password2"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.invitation = invitations.from_session(context.request)
        email = self.fields["email"]
        email.label = _("Email")
        email.help_text = _(
            "We send it a link to confirm it is yours; until you follow it, Bowout sends it "
            "nothing else."
        )
        email.widget.attrs["placeholder"] = ""
        self.fields["username"].widget.attrs["placeholder"] = ""
        self.fields["password2"].label = _("Password confirmation")
        for name in ("password1", "password2"):
            self.fields[name].widget.attrs["placeholder"] = ""
        if self.invitation is not None:
            self.initial["email"] = self.invitation.email
            email.help_text = _("The address you were invited at.")
        if not self.is_bound:
            # bowout.js picks the browser's own zone; a re-shown form keeps the user's choice.
            self.fields["time_zone"].widget.attrs["data-detect-timezone"] = ""

    def clean_full_name(self):
        return clean_full_name(self.cleaned_data["full_name"])

    def clean_email(self):
        email = super().clean_email()
        if self.invitation is not None and email.lower() != self.invitation.email.lower():
            raise forms.ValidationError(
                _("Your invitation is for %(email)s: sign up with that address.")
                % {"email": self.invitation.email}
            )
        return email


class ChangePasswordForm(allauth_forms.ChangePasswordForm):
    """allauth's form with the labels Django's had (people and checks find fields by them)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["oldpassword"].label = _("Old password")
        self.fields["password1"].label = _("New password")
        self.fields["password2"].label = _("New password confirmation")


class ResetPasswordKeyForm(allauth_forms.ResetPasswordKeyForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password1"].label = _("New password")
        self.fields["password2"].label = _("New password confirmation")


class ProfileForm(forms.ModelForm):
    """The profile: the name that signs every draft, the time zone, the digest. The address
    changes on its own page, where the new one is verified before it replaces the old."""

    class Meta:
        model = User
        fields = (
            "full_name",
            "time_zone",
            "travel_buffer_minutes",
            "follow_up_days",
            "digest_opt_in",
            "language",
        )
        labels = {"full_name": _("Full name"), "time_zone": _("Time zone")}
        help_texts = {
            "time_zone": _(
                "Interview times are shown in this zone; the digest arrives at 7am there."
            ),
            "travel_buffer_minutes": _(
                "Two interviews closer together than this are flagged as a clash (0 flags only "
                "overlaps)."
            ),
            "digest_opt_in": _(
                "A short morning email with today's actions, only on days with something to "
                "do, once your address is confirmed."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["full_name"].required = True
        self.fields["time_zone"] = TimeZoneField(
            choices=timezones.grouped_choices(extra=self.instance.time_zone),
            help_text=self.fields["time_zone"].help_text,
        )
        self.fields["travel_buffer_minutes"].required = False
        self.fields["follow_up_days"].required = False
        self.fields["language"].required = False
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Save profile")))

    def clean_full_name(self):
        return clean_full_name(self.cleaned_data["full_name"])

    def clean_travel_buffer_minutes(self):
        # Left empty, the buffer stays as it was.
        value = self.cleaned_data["travel_buffer_minutes"]
        return self.instance.travel_buffer_minutes if value is None else value

    def clean_follow_up_days(self):
        # Left empty, the number of days stays as it was.
        value = self.cleaned_data["follow_up_days"]
        return self.instance.follow_up_days if value is None else value

    def clean_language(self):
        # Left out (a form from before there was a choice), the language stays as it was.
        return self.cleaned_data["language"] or self.instance.language


class NameForm(forms.Form):
    """The dashboard's one question to a user with no name."""

    full_name = forms.CharField(max_length=150, label=_("Full name"))

    def clean_full_name(self):
        name = clean_full_name(self.cleaned_data["full_name"])
        if not name:
            raise forms.ValidationError(_("Type the name you sign your emails with."))
        return name


class ApiTokenForm(forms.ModelForm):
    """A personal access token: what it is for, what it may do, and how long it works."""

    days = forms.TypedChoiceField(
        label=_("Works for"),
        choices=[
            (7, _("7 days")),
            (30, _("30 days")),
            (90, _("90 days")),
            (365, _("A year")),
        ],
        coerce=int,
        initial=90,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = ApiToken
        fields = ["name", "scope", "days"]
        labels = {"name": _("What is it for?"), "scope": _("It may")}
        help_texts = {"name": _("What it is for, e.g. “My shortcuts”.")}
        widgets = {"scope": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["scope"]).choices = [
            (ApiToken.Scope.READ, _("Read only")),
            (ApiToken.Scope.WRITE, _("Read and write")),
        ]

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Name the token, e.g. “My shortcuts”."))
        return name
