"""The labels of the withdrawals' choices (scenarios, tones, how it was sent), in the reader's
language where a page shows them (``{% translate withdrawal.get_scenario_display %}``, or
``applications.labels.shown`` in Python).

As in ``applications.labels``: the models keep plain English labels, which also name the
shipped templates, the admin and the exports; listed here with ``gettext_noop`` so that the
catalogue holds them and its check fails when one has no translation.
"""

from django.utils.translation import gettext_noop

SHOWN_LABELS = [
    # Scenario
    gettext_noop("Accepted another offer"),
    gettext_noop("Decided to pursue another opportunity"),
    gettext_noop("Role not the right fit"),
    gettext_noop("Compensation"),
    gettext_noop("Location or relocation"),
    gettext_noop("Culture or values"),
    gettext_noop("The role changed from what was advertised"),
    gettext_noop("Personal circumstances"),
    gettext_noop("No reason given"),
    gettext_noop("Ask about other roles at the company instead"),
    gettext_noop("Recommend a colleague in my place"),
    gettext_noop("Cancel an interview at short notice"),
    gettext_noop("Ask the offering company for time to decide"),
    gettext_noop("I have an offer: could you share your timeline?"),
    gettext_noop("Keep the door open while negotiating"),
    gettext_noop("Follow-up: checking in"),
    gettext_noop("Thank-you follow-up after withdrawing"),
    gettext_noop("Phone call script (short notice or long process)"),
    gettext_noop("Accept the offer in writing"),
    gettext_noop("Decline the offer"),
    gettext_noop("Counter-offer: say what would make you accept"),
    # Tone
    gettext_noop("Formal"),
    gettext_noop("Warm"),
    gettext_noop("Brief"),
    # KeepReason (applications), shown on the candidates page
    gettext_noop("Negotiating"),
    gettext_noop("Still deciding"),
    gettext_noop("See it through"),
    # ... and inside a sentence ("Kept Acme in play (negotiating).")
    gettext_noop("negotiating"),
    gettext_noop("still deciding"),
    gettext_noop("see it through"),
    # Withdrawal.Method
    gettext_noop("Email"),
    gettext_noop("Phone call"),
]
