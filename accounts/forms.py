from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.contrib.auth.forms import UserCreationForm

from accounts import timezones
from accounts.models import User


class TimeZoneField(forms.ChoiceField):
    """The curated zones, grouped by region; any other real IANA zone is accepted too, so a
    zone the browser detects or one kept from before is never refused."""

    def __init__(self, **kwargs):
        kwargs.setdefault("choices", timezones.grouped_choices)
        kwargs.setdefault("label", "Time zone")
        kwargs.setdefault("help_text", "Interview times are shown in this zone.")
        super().__init__(**kwargs)

    def valid_value(self, value):
        return super().valid_value(value) or timezones.is_valid(value)

    def clean(self, value):
        value = super().clean(value)
        if value and not timezones.is_valid(value):
            raise forms.ValidationError("Choose a time zone from the list.")
        return value


def clean_full_name(value: str) -> str:
    return " ".join(value.split())


class SignUpForm(UserCreationForm):
    full_name = forms.CharField(
        max_length=150,
        label="Full name",
        help_text="How you sign your emails, e.g. “Alex Morgan”.",
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        required=True, help_text="For password resets. We never send anything else."
    )
    time_zone = TimeZoneField(initial="UTC")

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username", "full_name", "email", "time_zone")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            # bowout.js picks the browser's own zone; a re-shown form keeps the user's choice.
            self.fields["time_zone"].widget.attrs["data-detect-timezone"] = ""

    def clean_full_name(self):
        return clean_full_name(self.cleaned_data["full_name"])

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                "An account already uses this email address. Log in, or reset your password."
            )
        return email


class ProfileForm(forms.ModelForm):
    """The profile: the name that signs every draft, the address, the time zone."""

    class Meta:
        model = User
        fields = (
            "full_name",
            "email",
            "time_zone",
            "travel_buffer_minutes",
            "follow_up_days",
            "digest_opt_in",
        )
        labels = {"full_name": "Full name", "time_zone": "Time zone"}
        help_texts = {
            "time_zone": "Interview times are shown in this zone; the digest arrives at 7am there.",
            "travel_buffer_minutes": "Two interviews closer together than this are flagged as "
            "a clash (0 flags only overlaps).",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True
        self.fields["full_name"].required = True
        self.fields["time_zone"] = TimeZoneField(
            choices=timezones.grouped_choices(extra=self.instance.time_zone)
        )
        self.fields["travel_buffer_minutes"].required = False
        self.fields["follow_up_days"].required = False
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", "Save profile"))

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

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError("Another account already uses this email address.")
        return email


class NameForm(forms.Form):
    """The dashboard's one question to a user with no name."""

    full_name = forms.CharField(max_length=150, label="Full name")

    def clean_full_name(self):
        name = clean_full_name(self.cleaned_data["full_name"])
        if not name:
            raise forms.ValidationError("Type the name you sign your emails with.")
        return name


class DeleteAccountForm(forms.Form):
    """Deleting everything asks for the password again: a borrowed session must not do it."""

    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That is not your password. Nothing was deleted.")
        return password
