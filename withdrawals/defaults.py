"""The shipped default withdrawal email templates.

These are the defaults that Bowout ships with: the data migration creates one
``WithdrawalTemplate`` per entry (storing ``key`` as its ``default_key``), and the admin's
"reset to default" action restores a template's name, scenario, tone, order, subject and body
from the entry with the same key. The module imports no models so that migrations can use it.

Templates use the small language in ``withdrawals.rendering``: ``{{ name }}`` and
``{% if name %}…{% else %}…{% endif %}`` (or ``{% if not name %}``) with the placeholders listed
there. Optional values (``reason``, ``contact_first_name``, ``interview_date``,
``colleague_name``) are always wrapped in a conditional, and every rendered body stays under
150 words even with a long reason and every optional part present.

Writing rules, from career guides: thank them first, be brief and honest, give a short reason
or none, never criticise, apologise for any inconvenience, withdraw clearly and offer to stay in
touch. British English throughout.
"""

# Scenario values and human titles, in display order (mirrors ``models.Scenario``).
_SCENARIOS = (
    ("accepted_offer", "Accepted another offer"),
    ("not_right_fit", "Role not the right fit"),
    ("compensation", "Compensation"),
    ("location", "Location or relocation"),
    ("culture", "Culture or values"),
    ("role_changed", "The role changed"),
    ("personal", "Personal circumstances"),
    ("no_reason", "No reason given"),
    ("other_roles", "Ask about other roles"),
    ("keep_door_open", "Keep the door open"),
    ("recommend_colleague", "Recommend a colleague"),
    ("cancel_interview", "Cancel an interview at short notice"),
    ("thank_you_follow_up", "Thank-you follow-up"),
    ("phone_script", "Phone call script"),
)
_SCENARIO_TITLES = dict(_SCENARIOS)
_SCENARIO_POSITIONS = {value: index for index, (value, _) in enumerate(_SCENARIOS, start=1)}
_TONE_POSITIONS = {"formal": 0, "warm": 1, "brief": 2}

_FORMAL_GREETING = "Dear {{ contact_name }},"
_WARM_GREETING = (
    "{% if contact_first_name %}Hi {{ contact_first_name }},{% else %}Hello,{% endif %}"
)
_FORMAL_SIGN_OFF = "Kind regards,\n{{ your_name }}"
_WARM_SIGN_OFF = "Warm wishes,\n{{ your_name }}"
_REASON = "{% if reason %} {{ reason }}{% endif %}"
_WITHDRAWING_SUBJECT = "Withdrawing my application: {{ position }}"


def _template(scenario: str, tone: str, subject: str, *paragraphs: str) -> dict:
    """One default: paragraphs are joined by a blank line; a paragraph may hold single breaks."""
    return {
        "key": f"{scenario}-{tone}",
        "name": f"{_SCENARIO_TITLES[scenario]} ({tone})",
        "scenario": scenario,
        "tone": tone,
        "display_order": _SCENARIO_POSITIONS[scenario] * 10 + _TONE_POSITIONS[tone],
        "subject": subject,
        "body": "\n\n".join(paragraphs),
    }


DEFAULT_TEMPLATES: list[dict] = [
    # Accepted another offer.
    _template(
        "accepted_offer",
        "formal",
        _WITHDRAWING_SUBJECT,
        _FORMAL_GREETING,
        "Thank you for your time and for the opportunity to be considered for the "
        "{{ position }} role at {{ company }}. I have appreciated learning about the role "
        "and the team.",
        "I have decided to accept another offer, so I would like to withdraw my application "
        "from consideration." + _REASON,
        "I apologise for any inconvenience this may cause. I have great respect for "
        "{{ company }} and would be glad to stay in touch.",
        _FORMAL_SIGN_OFF,
    ),
    _template(
        "accepted_offer",
        "warm",
        _WITHDRAWING_SUBJECT,
        _WARM_GREETING,
        "Thank you so much for your time and for the chance to learn about the {{ position }} "
        "role at {{ company }}. I've really enjoyed hearing about the team and its work.",
        "I wanted to let you know that I've accepted another offer, so I'm withdrawing my "
        "application." + _REASON + " It wasn't an easy decision, and I'm sorry for any "
        "inconvenience.",
        "I'd love to stay in touch, and I wish you and everyone at {{ company }} all the best.",
        _WARM_SIGN_OFF,
    ),
    _template(
        "accepted_offer",
        "brief",
        _WITHDRAWING_SUBJECT,
        _FORMAL_GREETING,
        "Thank you for considering me for the {{ position }} role at {{ company }}. I have "
        "accepted another offer, so I am withdrawing my application." + _REASON + " I "
        "apologise for any inconvenience and hope we can stay in touch.",
        _FORMAL_SIGN_OFF,
    ),
    # Role not the right fit.
    _template(
        "not_right_fit",
        "formal",
        _WITHDRAWING_SUBJECT,
        _FORMAL_GREETING,
        "Thank you for your time and for the opportunity to be considered for the "
        "{{ position }} role at {{ company }}. I have appreciated learning about the role "
        "and the team.",
        "After careful consideration, I have decided to withdraw my application from "
        "consideration, as I do not believe the role is the right fit for me at this stage."
        + _REASON,
        "I apologise for any inconvenience, and I would be glad to stay in touch.",
        _FORMAL_SIGN_OFF,
    ),
    _template(
        "not_right_fit",
        "warm",
        _WITHDRAWING_SUBJECT,
        _WARM_GREETING,
        "Thank you so much for your time and for the chance to learn about the {{ position }} "
        "role at {{ company }}. I've really appreciated it.",
        "After a lot of thought, I've realised the role isn't quite the right fit for me right "
        "now, so I've decided to withdraw my application." + _REASON + " I'm sorry for any "
        "inconvenience this causes.",
        "I'd be glad to stay in touch, and I wish you and the team every success.",
        _WARM_SIGN_OFF,
    ),
    _template(
        "not_right_fit",
        "brief",
        _WITHDRAWING_SUBJECT,
        _FORMAL_GREETING,
        "Thank you for considering me for the {{ position }} role at {{ company }}. Having "
        "thought it over, I do not feel the role is the right fit for me, so I am withdrawing "
        "my application." + _REASON + " I apologise for any inconvenience and would be glad "
        "to stay in touch.",
        _FORMAL_SIGN_OFF,
    ),
    # Compensation.
    _template(
        "compensation",
        "formal",
        _WITHDRAWING_SUBJECT,
        _FORMAL_GREETING,
        "Thank you for your time and for the opportunity to be considered for the "
        "{{ position }} role at {{ company }}. I have appreciated learning about the role "
        "and the team.",
        "After careful consideration, I have decided to withdraw my application from "
        "consideration, as the compensation does not quite match my current requirements."
        + _REASON
        + " I fully understand that every organisation has its own constraints.",
        "I apologise for any inconvenience, and I would be glad to stay in touch should "
        "circumstances change in future.",
        _FORMAL_SIGN_OFF,
    ),
    # Location or relocation.
    _template(
        "location",
        "formal",
        _WITHDRAWING_SUBJECT,
        _FORMAL_GREETING,
        "Thank you for your time and for the opportunity to be considered for the "
        "{{ position }} role at {{ company }}. I have appreciated learning about the role "
        "and the team.",
        "After careful consideration, I have decided to withdraw my application from "
        "consideration, as the location of the role does not suit my circumstances at present."
        + _REASON,
        "I apologise for any inconvenience, and I would be glad to stay in touch should a "
        "suitable opportunity arise in future.",
        _FORMAL_SIGN_OFF,
    ),
    # Culture or values: the reason is framed around the candidate, never the company.
    _template(
        "culture",
        "formal",
        _WITHDRAWING_SUBJECT,
        _FORMAL_GREETING,
        "Thank you for your time and for the opportunity to be considered for the "
        "{{ position }} role at {{ company }}. I have appreciated learning about how the team "
        "works.",
        "Having reflected carefully, I have realised that my own working style and priorities "
        "are better suited to a different environment, so I have decided to withdraw my "
        "application from consideration." + _REASON,
        "I apologise for any inconvenience, and I wish you and the team every success. I would "
        "be glad to stay in touch.",
        _FORMAL_SIGN_OFF,
    ),
    # The role changed from what was advertised.
    _template(
        "role_changed",
        "formal",
        _WITHDRAWING_SUBJECT,
        _FORMAL_GREETING,
        "Thank you for your time and for the opportunity to be considered for the "
        "{{ position }} role at {{ company }}. I appreciate your openness in explaining how the "
        "role has developed.",
        "Having considered the updated scope carefully, I have realised that it has moved away "
        "from the areas I am hoping to focus on, so I have decided to withdraw my application "
        "from consideration." + _REASON,
        "I apologise for any inconvenience, and I would be glad to stay in touch.",
        _FORMAL_SIGN_OFF,
    ),
    # Personal circumstances.
    _template(
        "personal",
        "formal",
        _WITHDRAWING_SUBJECT,
        _FORMAL_GREETING,
        "Thank you for your time and for the opportunity to be considered for the "
        "{{ position }} role at {{ company }}. I have appreciated learning about the role "
        "and the team.",
        "Owing to a change in my personal circumstances, I am no longer able to pursue this "
        "opportunity and must withdraw my application from consideration." + _REASON,
        "I apologise for any inconvenience this may cause, and I would be glad to stay in touch.",
        _FORMAL_SIGN_OFF,
    ),
    # No reason given: the user's reason sentence is deliberately left out.
    _template(
        "no_reason",
        "formal",
        _WITHDRAWING_SUBJECT,
        _FORMAL_GREETING,
        "Thank you for your time and for the opportunity to be considered for the "
        "{{ position }} role at {{ company }}. I have appreciated learning about the role "
        "and the team.",
        "I am writing to let you know that, after careful consideration, I have decided to "
        "withdraw my application from consideration.",
        "I apologise for any inconvenience this may cause, and I would be glad to stay in touch.",
        _FORMAL_SIGN_OFF,
    ),
    _template(
        "no_reason",
        "warm",
        _WITHDRAWING_SUBJECT,
        _WARM_GREETING,
        "Thank you so much for your time and for the chance to learn about the {{ position }} "
        "role at {{ company }}. I've really appreciated it.",
        "I wanted to let you know that I've decided to withdraw my application for the role. "
        "I'm sorry for any inconvenience this may cause.",
        "I'd be very glad to stay in touch, and I wish you and the team all the best.",
        _WARM_SIGN_OFF,
    ),
    _template(
        "no_reason",
        "brief",
        _WITHDRAWING_SUBJECT,
        _FORMAL_GREETING,
        "Thank you for considering me for the {{ position }} role at {{ company }}. I have "
        "decided to withdraw my application from consideration, and I apologise for any "
        "inconvenience. I hope we can stay in touch.",
        _FORMAL_SIGN_OFF,
    ),
    # Ask about other roles at the company instead.
    _template(
        "other_roles",
        "formal",
        "My application for {{ position }} and other roles at {{ company }}",
        _FORMAL_GREETING,
        "Thank you for your time and for the opportunity to be considered for the "
        "{{ position }} role at {{ company }}.",
        "After careful consideration, I have decided to withdraw my application for this "
        "particular role." + _REASON + " I apologise for any inconvenience.",
        "I remain very interested in {{ company }}, however, and wondered whether there might "
        "be other current or upcoming roles that would suit my experience. I would be grateful "
        "to be considered for them, and I would be glad to stay in touch.",
        _FORMAL_SIGN_OFF,
    ),
    # Keep the door open while negotiating: stepping back for now, open to talking again.
    _template(
        "keep_door_open",
        "formal",
        "My application for {{ position }}: stepping back for now",
        _FORMAL_GREETING,
        "Thank you for your time and for the opportunity to be considered for the "
        "{{ position }} role at {{ company }}. I have appreciated our conversations.",
        "After careful consideration, I have decided to withdraw my application from "
        "consideration for now." + _REASON + " I apologise for any inconvenience.",
        "I would very much like to keep the door open, however. If circumstances change on "
        "either side, I would be glad to talk again, and I hope we can stay in touch.",
        _FORMAL_SIGN_OFF,
    ),
    # Recommend a colleague in my place.
    _template(
        "recommend_colleague",
        "formal",
        _WITHDRAWING_SUBJECT,
        _FORMAL_GREETING,
        "Thank you for your time and for the opportunity to be considered for the "
        "{{ position }} role at {{ company }}.",
        "After careful consideration, I have decided to withdraw my application from "
        "consideration." + _REASON + " I apologise for any inconvenience.",
        "{% if colleague_name %}If it would help, I would be happy to recommend "
        "{{ colleague_name }}, a colleague who I believe would be an excellent fit for the "
        "role, and to put you in touch.{% else %}If it would help, I would be happy to pass on "
        "the name of a colleague who I believe would be an excellent fit for the role."
        "{% endif %} I would also be glad to stay in touch.",
        _FORMAL_SIGN_OFF,
    ),
    # Cancel an interview at short notice.
    _template(
        "cancel_interview",
        "formal",
        "Cancelling my interview: {{ position }}",
        _FORMAL_GREETING,
        "Thank you for your time and for inviting me to interview for the {{ position }} role "
        "at {{ company }}.",
        "I am writing to cancel my interview{% if interview_date %} on {{ interview_date }}"
        "{% endif %} and to withdraw my application from consideration." + _REASON,
        "I sincerely apologise for the short notice and for any inconvenience this causes you "
        "and your colleagues. I would be glad to stay in touch.",
        _FORMAL_SIGN_OFF,
    ),
    # A short thank-you sent after withdrawing: no new withdrawal.
    _template(
        "thank_you_follow_up",
        "formal",
        "Thank you: {{ position }} at {{ company }}",
        _FORMAL_GREETING,
        "I wanted to thank you once more for your time and consideration during the process "
        "for the {{ position }} role at {{ company }}, and for your understanding of my "
        "decision.",
        "I enjoyed learning about the team and its work, and I would be very glad to stay in "
        "touch. I hope our paths cross again.",
        "With best wishes,\n{{ your_name }}",
    ),
    # A script to read on the phone, for short notice or after a long process.
    _template(
        "phone_script",
        "formal",
        "Phone call script: {{ company }}",
        "Hello{% if contact_first_name %} {{ contact_first_name }}{% endif %}, it's "
        "{{ your_name }}, calling about the {{ position }} role at {{ company }}. "
        "Is now a good time?",
        "- Thank you for your time and the opportunity.\n"
        "- I'm withdrawing my application from consideration." + _REASON + "\n"
        "{% if interview_date %}- I won't attend the interview on {{ interview_date }}. "
        "Sorry for the short notice.\n{% endif %}"
        "- I apologise for any inconvenience and hope we stay in touch.\n"
        "- I'll confirm by email today.",
        "If it goes to voicemail:\n"
        "- Hello, it's {{ your_name }}, calling about the {{ position }} role. I'm withdrawing my "
        "application{% if interview_date %} and cancelling my interview on {{ interview_date }}"
        "{% endif %}. Sorry for any inconvenience; I'll confirm by email today.",
        "Afterwards, confirm in writing by email the same day.",
    ),
]
