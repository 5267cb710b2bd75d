from django import forms

from applications.models import KeepReason
from withdrawals.models import Scenario, Tone, Withdrawal


class ChooseForm(forms.Form):
    scenario = forms.ChoiceField(choices=Scenario.for_withdrawing, label="What do you want to say?")
    tone = forms.ChoiceField(choices=Tone.choices, initial=Tone.FORMAL, widget=forms.RadioSelect)
    reason = forms.CharField(
        max_length=300,
        required=False,
        label="Your reason, in one sentence (optional)",
        help_text="Honest and brief, or leave it empty: you owe no explanation. No grievances.",
        widget=forms.TextInput(
            attrs={"placeholder": "e.g. I have accepted a role closer to home."}
        ),
    )
    name_other_company = forms.BooleanField(
        required=False, label="Name the company whose offer I accepted"
    )
    colleague_name = forms.CharField(
        max_length=150,
        required=False,
        label="Colleague to recommend (optional)",
        help_text="Only for “Recommend a colleague in my place”.",
    )

    def __init__(self, *args, other_company="", **kwargs):
        super().__init__(*args, **kwargs)
        if other_company:
            self.fields["name_other_company"].label = f"Name {other_company} in the email"
        else:
            del self.fields["name_other_company"]

    def clean_reason(self):
        return " ".join(self.cleaned_data["reason"].split())

    def clean_colleague_name(self):
        return " ".join(self.cleaned_data["colleague_name"].split())


class DraftForm(forms.Form):
    subject = forms.CharField(max_length=300, label="Subject")
    body = forms.CharField(
        max_length=10_000,
        label="Message",
        widget=forms.Textarea(attrs={"rows": 16, "class": "draft-body"}),
    )
    cc = forms.TypedMultipleChoiceField(
        coerce=int, required=False, label="Copy in (CC)", widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, cc_contacts=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cc"].choices = [
            (contact.pk, f"{contact.name} ({contact.get_role_display()}) <{contact.email}>")
            for contact in cc_contacts
        ]
        if not self.fields["cc"].choices:
            del self.fields["cc"]


class MarkSentForm(forms.Form):
    method = forms.ChoiceField(
        choices=[
            (Withdrawal.Method.EMAIL, "I sent the email"),
            (Withdrawal.Method.PHONE, "I told them by phone"),
        ],
        initial=Withdrawal.Method.EMAIL,
        widget=forms.RadioSelect,
        label="How did you tell them?",
    )


class ReflectionForm(forms.Form):
    liked = forms.CharField(
        required=False,
        max_length=2000,
        label="What you liked",
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    disliked = forms.CharField(
        required=False,
        max_length=2000,
        label="What you did not like",
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class KeepInPlayForm(forms.Form):
    reason = forms.ChoiceField(choices=KeepReason.choices, label="Why keep it in play?")
    note = forms.CharField(max_length=200, required=False, label="Note (optional)")
