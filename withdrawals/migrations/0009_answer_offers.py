"""Answering an offer: accept, decline, negotiate, shipped in every tone (withdrawals/defaults.py).

Shipped templates staff never edited take the new set; edited ones keep their text.
"""

from django.db import migrations, models


def install_answer_templates(apps, schema_editor):
    from withdrawals.shipped import install_default_templates

    install_default_templates(
        model=apps.get_model("withdrawals", "WithdrawalTemplate"), keep_edited=True
    )


# The scenarios as they stand after this migration, for the four fields that store one.
SCENARIOS = [
    ("accepted_offer", "Accepted another offer"),
    ("other_opportunity", "Decided to pursue another opportunity"),
    ("not_right_fit", "Role not the right fit"),
    ("compensation", "Compensation"),
    ("location", "Location or relocation"),
    ("culture", "Culture or values"),
    ("role_changed", "The role changed from what was advertised"),
    ("personal", "Personal circumstances"),
    ("no_reason", "No reason given"),
    ("other_roles", "Ask about other roles at the company instead"),
    ("recommend_colleague", "Recommend a colleague in my place"),
    ("cancel_interview", "Cancel an interview at short notice"),
    ("request_time", "Ask the offering company for time to decide"),
    ("ask_timeline", "I have an offer: could you share your timeline?"),
    ("keep_door_open", "Keep the door open while negotiating"),
    ("checking_in", "Follow-up: checking in"),
    ("thank_you_follow_up", "Thank-you follow-up after withdrawing"),
    ("phone_script", "Phone call script (short notice or long process)"),
    ("accept_offer", "Accept the offer in writing"),
    ("decline_offer", "Decline the offer"),
    ("negotiate", "Counter-offer: say what would make you accept"),
]


def _scenario(*, blank=False):
    return models.CharField(choices=SCENARIOS, max_length=30, blank=blank)


class Migration(migrations.Migration):
    dependencies = [
        ("withdrawals", "0008_sent_messages"),
    ]

    operations = [
        migrations.AddField(
            model_name="withdrawaldraft",
            name="mention_figures",
            field=models.BooleanField(default=False),
        ),
        *(
            migrations.AlterField(model_name=model, name="scenario", field=_scenario())
            for model in ("sentmessage", "withdrawaldraft", "withdrawaltemplate")
        ),
        migrations.AlterField(
            model_name="withdrawal", name="scenario", field=_scenario(blank=True)
        ),
        migrations.RunPython(install_answer_templates, migrations.RunPython.noop),
    ]
