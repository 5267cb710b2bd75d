from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.contrib.auth.forms import UserCreationForm

from accounts.models import User


class SignUpForm(UserCreationForm):
    email = forms.EmailField(
        required=True, help_text="For password resets. We never send anything else."
    )

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username", "email")

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                "An account already uses this email address. Log in, or reset your password."
            )
        return email


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ("full_name", "email", "time_zone", "travel_buffer_minutes")
        labels = {"full_name": "Full name", "time_zone": "Time zone"}
        help_texts = {
            "time_zone": "Interview times are shown in this zone.",
            "travel_buffer_minutes": "Two interviews closer together than this are flagged as "
            "a clash (0 flags only overlaps).",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True
        self.fields["travel_buffer_minutes"].required = False
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", "Save profile"))

    def clean_travel_buffer_minutes(self):
        # Left empty, the buffer stays as it was.
        value = self.cleaned_data["travel_buffer_minutes"]
        return self.instance.travel_buffer_minutes if value is None else value

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError("Another account already uses this email address.")
        return email
