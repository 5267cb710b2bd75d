"""The shipped default email templates: every scenario in a formal, a warm and a brief tone.

``withdrawals.shipped.install_default_templates()`` stores one ``WithdrawalTemplate`` per
entry (``key`` as its ``default_key``) for the data migrations, the admin's "reset to default"
action and the tests. The module imports only the scenario and tone choices from the models,
so that migrations can use it.

Templates use the small language in ``withdrawals.rendering``: ``{{ name }}`` and
``{% if name %}…{% else %}…{% endif %}`` (or ``{% if not name %}``) with the placeholders listed
there. Optional values are always wrapped in a conditional, and every rendered body stays under
150 words even with a long reason and every optional part present.

Writing rules, from career guides: thank them first, be brief and honest, give a short reason
or none, never criticise, apologise for any inconvenience, withdraw clearly and offer to stay in
touch. Say no more than is true: "accepted another offer" only when an accepted offer is in
writing (``offer_accepted``). An agency's recruiter is thanked and asked to pass thanks on to
its client. Formal greets by full name; warm and brief by first name. British English.
"""

from dataclasses import dataclass

from withdrawals.languages import ENGLISH
from withdrawals.models import Scenario, Tone

# Display order and names follow the scenarios and tones as the models define them: one list.
_SCENARIO_POSITIONS = {value: index for index, value in enumerate(Scenario.values, start=1)}
_TONE_POSITIONS = {value: index for index, value in enumerate(Tone.values)}

_GREETING = {
    "formal": "Dear {{ contact_name }},",
    "warm": "{% if contact_first_name %}Hi {{ contact_first_name }},{% else %}Hello,{% endif %}",
    "brief": "Hello{% if contact_first_name %} {{ contact_first_name }}{% endif %},",
}
_SIGN_OFF = {
    "formal": "Kind regards,\n{{ your_name }}",
    "warm": "Warm wishes,\n{{ your_name }}",
    "brief": "Best regards,\n{{ your_name }}",
}
# An agency set the process up: its recruiter reads this, so thank them and ask them to pass
# thanks on to their client.
_AGENCY = {
    "formal": "{% if agency %} Thank you also for representing me; I would be grateful if you "
    "could pass my thanks on to everyone I met at {{ company }}.{% endif %}",
    "warm": "{% if agency %} Thank you for all your help along the way, and please pass my "
    "thanks on to the team at {{ company }}.{% endif %}",
    "brief": "{% if agency %} Please pass my thanks on to {{ company }}.{% endif %}",
}
# The same for a message that keeps the process going: the agency relays it to its client.
_RELAY = {
    "formal": "{% if agency %} I would be grateful if you could pass this on to {{ company }}."
    "{% endif %}",
    "warm": "{% if agency %} Would you mind passing this on to the team at {{ company }}?"
    "{% endif %}",
    "brief": "{% if agency %} Please pass this on to {{ company }}.{% endif %}",
}
# Withdrawing before an interview frees the slot: say so.
_INTERVIEW = {
    "formal": "{% if interview_date %} This means I will not attend the interview on "
    "{{ interview_date }}, and the slot is free for another candidate.{% endif %}",
    "warm": "{% if interview_date %} That means I won't be at the interview on "
    "{{ interview_date }}, so the slot is free for someone else.{% endif %}",
    "brief": "{% if interview_date %} I will not attend the interview on {{ interview_date }}."
    "{% endif %}",
}
# The user's reason sentence, where they gave one: every language places it the same way.
REASON = "{% if reason %} {{ reason }}{% endif %}"
_REASON = REASON
_WITHDRAWING = "Withdrawing my application: {{ position }}"
_OFFER_CLAIM = (
    "{% if offer_accepted %}I have accepted another offer{% else %}I have decided to pursue "
    "another opportunity{% endif %}"
)
_OFFER_CLAIM_WARM = (
    "{% if offer_accepted %}I've accepted another offer{% else %}I've decided to pursue "
    "another opportunity{% endif %}"
)


def shipped_template(
    scenario: str, tone: str, subject: str, *paragraphs: str, language: str = ENGLISH
) -> dict:
    """One default: paragraphs are joined by a blank line; a paragraph may hold single breaks.

    English keys are ``scenario-tone`` (as shipped before there were other languages); the
    others end with the language, ``scenario-tone-de``.
    """
    suffix = "" if language == ENGLISH else f"-{language}"
    return {
        "key": f"{scenario}-{tone}{suffix}",
        "name": f"{Scenario(scenario).label} ({tone}{', ' + language if suffix else ''})",
        "scenario": scenario,
        "tone": tone,
        "language": language,
        "display_order": _SCENARIO_POSITIONS[scenario] * 10 + _TONE_POSITIONS[tone],
        "subject": subject,
        "body": "\n\n".join(paragraphs),
    }


@dataclass(frozen=True)
class Phrasebook:
    """The phrases one language's templates are built from, and the builders that put them
    in the same place in every scenario: each tone's greeting and sign-off, the agency's
    thanks, the interview being freed, how a withdrawal opens and how the brief one closes.
    The reason, the freed interview and the agency's thanks sit in the same place in every
    scenario, so no tone and no language forgets one of them."""

    language: str
    greeting: dict[str, str]
    sign_off: dict[str, str]
    agency: dict[str, str]
    interview: dict[str, str]
    withdrawing: str  # a withdrawal's subject
    thanks: dict[str, str]  # how a withdrawal opens, in each tone
    brief_close: str  # the brief withdrawal's apology and good wishes

    def template(self, scenario: str, tone: str, subject: str, *paragraphs: str) -> dict:
        return shipped_template(scenario, tone, subject, *paragraphs, language=self.language)

    def email(self, scenario: str, tone: str, subject: str, *paragraphs: str) -> dict:
        """An email: greeting, the paragraphs, sign-off."""
        return self.template(
            scenario, tone, subject, self.greeting[tone], *paragraphs, self.sign_off[tone]
        )

    def three(
        self,
        scenario: str,
        formal_decision: str,
        warm_decision: str,
        brief_sentence: str,
        formal_close: str,
        warm_close: str,
    ) -> list[dict]:
        """A withdrawal in three tones; the brief one is one short paragraph: thanks, the
        decision, an apology."""
        return [
            self.email(
                scenario,
                "formal",
                self.withdrawing,
                self.thanks["formal"],
                formal_decision + REASON + self.interview["formal"],
                formal_close + self.agency["formal"],
            ),
            self.email(
                scenario,
                "warm",
                self.withdrawing,
                self.thanks["warm"],
                warm_decision + REASON + self.interview["warm"],
                warm_close + self.agency["warm"],
            ),
            self.email(
                scenario,
                "brief",
                self.withdrawing,
                self.thanks["brief"]
                + " "
                + brief_sentence
                + REASON
                + self.interview["brief"]
                + " "
                + self.brief_close
                + self.agency["brief"],
            ),
        ]


_FORMAL_THANKS = (
    "Thank you for your time and for considering me for the {{ position }} role at "
    "{{ company }}. I have valued learning about the team and its work."
)
_WARM_THANKS = (
    "Thank you so much for your time, and for everything I've learnt about the {{ position }} "
    "role at {{ company }}. I've really enjoyed our conversations."
)
ENGLISH_BOOK = Phrasebook(
    language=ENGLISH,
    greeting=_GREETING,
    sign_off=_SIGN_OFF,
    agency=_AGENCY,
    interview=_INTERVIEW,
    withdrawing=_WITHDRAWING,
    thanks={
        "formal": _FORMAL_THANKS,
        "warm": _WARM_THANKS,
        "brief": "Thank you for considering me for the {{ position }} role at {{ company }}.",
    },
    brief_close="I am sorry for any inconvenience and wish you all the best.",
)
_email, _three = ENGLISH_BOOK.email, ENGLISH_BOOK.three


DEFAULT_TEMPLATES: list[dict] = [
    # Accepted another offer: only said when an accepted offer is in writing.
    *_three(
        "accepted_offer",
        _OFFER_CLAIM + ", so I am writing to withdraw my application from consideration.",
        "I wanted to let you know that "
        + _OFFER_CLAIM_WARM
        + ", so I'm withdrawing my application. It wasn't an easy decision.",
        _OFFER_CLAIM + ", so I am withdrawing my application.",
        "I apologise for any inconvenience. I have great respect for {{ company }} and would "
        "be glad to stay in touch.",
        "I'm sorry for any inconvenience, and I'd love to stay in touch. I wish you and "
        "everyone at {{ company }} all the best.",
    ),
    # A written offer is still pending: true, and commits to nothing more.
    *_three(
        "other_opportunity",
        "After careful thought, I have decided to pursue another opportunity, and I would "
        "therefore like to withdraw my application.",
        "After a lot of thought, I've decided to pursue another opportunity, so I'm "
        "withdrawing my application. It wasn't an easy choice.",
        "I have decided to pursue another opportunity, so I am withdrawing my application.",
        "I apologise for any inconvenience, and I would be glad to stay in touch.",
        "I'm sorry for any inconvenience, and I hope our paths cross again.",
    ),
    *_three(
        "not_right_fit",
        "Having reflected on our conversations, I do not believe the role is the right fit for "
        "me at this stage, and I have decided to withdraw my application.",
        "Having thought it over, I've realised the role isn't quite the right fit for me right "
        "now, so I've decided to withdraw my application.",
        "Having thought it over, I do not feel the role is the right fit for me, so I am "
        "withdrawing my application.",
        "I apologise for any inconvenience, and I would be glad to stay in touch.",
        "I'm sorry for any inconvenience this causes, and I wish you and the team every success.",
    ),
    *_three(
        "compensation",
        "Having weighed the package carefully, I have concluded that it does not meet my "
        "current requirements, and I have decided to withdraw my application. I fully "
        "understand that every organisation works within its own budget.",
        "I've thought carefully about the package, and it doesn't quite work for me at the "
        "moment, so I've decided to withdraw my application. I completely understand that "
        "every team has its own budget.",
        "The package does not quite meet my current requirements, so I am withdrawing my "
        "application.",
        "I apologise for any inconvenience, and I would welcome the chance to talk again should "
        "circumstances change.",
        "I'm sorry for any inconvenience, and I'd be glad to talk again if things change on "
        "either side.",
    ),
    *_three(
        "location",
        "Having considered the location of the role carefully, I have concluded that it does "
        "not suit my circumstances at present, and I have decided to withdraw my application.",
        "I've thought hard about the location, and it just doesn't work for my circumstances "
        "right now, so I've decided to withdraw my application.",
        "The location does not suit my circumstances at present, so I am withdrawing my "
        "application.",
        "I apologise for any inconvenience, and I would be glad to hear of suitable "
        "opportunities in future.",
        "I'm sorry for any inconvenience, and I'd love to hear from you if something closer to "
        "home comes up.",
    ),
    # Culture or values: framed around the candidate, never the company.
    *_three(
        "culture",
        "Having reflected carefully, I have realised that my own working style and priorities "
        "are better suited to a different environment, so I have decided to withdraw my "
        "application.",
        "Having reflected on it, I've realised my own way of working is better suited to a "
        "different kind of environment, so I've decided to withdraw my application.",
        "On reflection, my working style is better suited to a different environment, so I am "
        "withdrawing my application.",
        "I apologise for any inconvenience, and I wish you and the team every success.",
        "I'm sorry for any inconvenience, and I wish you and the team every success.",
    ),
    *_three(
        "role_changed",
        "Thank you also for explaining how the role has developed. Having considered the "
        "updated scope, I have realised that it has moved away from the areas I hope to focus "
        "on, so I have decided to withdraw my application.",
        "Thanks, too, for being open about how the role has changed. Having thought about the "
        "new scope, it's moved away from what I'm hoping to focus on, so I've decided to "
        "withdraw my application.",
        "The updated scope has moved away from the areas I hope to focus on, so I am "
        "withdrawing my application.",
        "I apologise for any inconvenience, and I would be glad to stay in touch.",
        "I'm sorry for any inconvenience, and I'd be glad to stay in touch.",
    ),
    *_three(
        "personal",
        "Owing to a change in my personal circumstances, I am no longer able to pursue this "
        "opportunity and must withdraw my application.",
        "Something has changed in my personal circumstances, and I'm no longer able to take "
        "this forward, so I'm withdrawing my application.",
        "A change in my personal circumstances means I must withdraw my application.",
        "I apologise for any inconvenience this may cause, and I would be glad to stay in touch.",
        "I'm really sorry for any inconvenience, and I hope our paths cross again.",
    ),
    # No reason given: the user's reason sentence is deliberately left out.
    _email(
        "no_reason",
        "formal",
        _WITHDRAWING,
        _FORMAL_THANKS,
        "After careful consideration, I have decided to withdraw my application."
        + _INTERVIEW["formal"],
        "I apologise for any inconvenience this may cause, and I would be glad to stay in "
        "touch." + _AGENCY["formal"],
    ),
    _email(
        "no_reason",
        "warm",
        _WITHDRAWING,
        _WARM_THANKS,
        "I wanted to let you know that I've decided to withdraw my application."
        + _INTERVIEW["warm"],
        "I'm sorry for any inconvenience, and I'd be very glad to stay in touch." + _AGENCY["warm"],
    ),
    _email(
        "no_reason",
        "brief",
        _WITHDRAWING,
        "Thank you for considering me for the {{ position }} role at {{ company }}. I have "
        "decided to withdraw my application." + _INTERVIEW["brief"] + " I am sorry for any "
        "inconvenience and wish you all the best." + _AGENCY["brief"],
    ),
    # Ask about other roles at the company instead.
    _email(
        "other_roles",
        "formal",
        "My application for {{ position }} and other roles at {{ company }}",
        "Thank you for your time and for considering me for the {{ position }} role at "
        "{{ company }}.",
        "After careful thought, I have decided to withdraw my application for this particular "
        "role." + _REASON + _INTERVIEW["formal"],
        "I remain keen to work with {{ company }}, however, and would be grateful to hear of "
        "any current or upcoming roles that might suit my experience." + _AGENCY["formal"],
    ),
    _email(
        "other_roles",
        "warm",
        "The {{ position }} role, and others at {{ company }}",
        "Thank you so much for your time and for telling me about the {{ position }} role at "
        "{{ company }}.",
        "I've decided this particular role isn't for me, so I'm withdrawing my application."
        + _REASON
        + _INTERVIEW["warm"],
        "I'd still love to work with {{ company }}, though. If another role comes up that "
        "suits my experience, I'd be really glad to hear about it." + _AGENCY["warm"],
    ),
    _email(
        "other_roles",
        "brief",
        "Other roles at {{ company }}",
        "Thank you for considering me for the {{ position }} role. I am withdrawing from this "
        "one." + _REASON + _INTERVIEW["brief"],
        "I would still welcome hearing about other roles at {{ company }} that suit my "
        "experience." + _AGENCY["brief"],
    ),
    # Recommend a colleague in my place.
    _email(
        "recommend_colleague",
        "formal",
        _WITHDRAWING,
        _FORMAL_THANKS,
        "After careful consideration, I have decided to withdraw my application."
        + _REASON
        + _INTERVIEW["formal"]
        + " I apologise for any inconvenience.",
        "{% if colleague_name %}If it would help, I would be happy to recommend "
        "{{ colleague_name }}, a former colleague who I believe would be an excellent fit, and "
        "to put you in touch.{% else %}If it would help, I would be happy to suggest a former "
        "colleague who I believe would be an excellent fit.{% endif %}" + _AGENCY["formal"],
    ),
    _email(
        "recommend_colleague",
        "warm",
        _WITHDRAWING,
        _WARM_THANKS,
        "I've decided to withdraw my application." + _REASON + _INTERVIEW["warm"] + " I'm "
        "sorry for any inconvenience.",
        "{% if colleague_name %}I'd love to help you find the right person, though: "
        "{{ colleague_name }}, who I've worked with, would be a great fit, and I'd be happy to "
        "introduce you.{% else %}I'd love to help you find the right person, though, and "
        "would be happy to introduce you to someone I've worked with who'd be a great fit."
        "{% endif %}" + _AGENCY["warm"],
    ),
    _email(
        "recommend_colleague",
        "brief",
        _WITHDRAWING,
        "Thank you for considering me for the {{ position }} role at {{ company }}. I am "
        "withdrawing my application." + _REASON + _INTERVIEW["brief"],
        "{% if colleague_name %}{{ colleague_name }}, a former colleague, would be a strong "
        "fit; I would be happy to introduce you.{% else %}I would be happy to suggest a former "
        "colleague who would be a strong fit.{% endif %}" + _AGENCY["brief"],
    ),
    # Cancel an interview at short notice: name the interview, apologise for the notice.
    _email(
        "cancel_interview",
        "formal",
        "Cancelling my interview{% if interview_date %} on {{ interview_date }}{% endif %}: "
        "{{ position }}",
        "Thank you for inviting me to interview for the {{ position }} role at {{ company }}.",
        "I am writing to cancel my interview{% if interview_date %} on {{ interview_date }}"
        "{% endif %} and to withdraw my application." + _REASON,
        "I sincerely apologise for the short notice and for the inconvenience it causes you "
        "and your colleagues. I would be glad to stay in touch." + _AGENCY["formal"],
    ),
    _email(
        "cancel_interview",
        "warm",
        "Cancelling my interview{% if interview_date %} on {{ interview_date }}{% endif %}",
        "Thank you so much for inviting me to interview for the {{ position }} role at "
        "{{ company }}.",
        "I'm so sorry to do this at short notice, but I need to cancel my interview"
        "{% if interview_date %} on {{ interview_date }}{% endif %}, and I'm withdrawing my "
        "application." + _REASON,
        "I know this causes you and the team extra work, and I really appreciate your "
        "understanding. I'd be glad to stay in touch." + _AGENCY["warm"],
    ),
    _email(
        "cancel_interview",
        "brief",
        "Cancelling my interview{% if interview_date %} on {{ interview_date }}{% endif %}",
        "Thank you for inviting me to interview for the {{ position }} role at {{ company }}. I "
        "must cancel my "
        "interview{% if interview_date %} on {{ interview_date }}{% endif %} and withdraw my "
        "application." + _REASON + " I apologise for the short notice." + _AGENCY["brief"],
    ),
    # Between offer and decision (not withdrawals): ask the offering company for time.
    _email(
        "request_time",
        "formal",
        "Your offer for the {{ position }} role",
        "Thank you very much for offering me the {{ position }} role at {{ company }}. I am "
        "delighted to have received it.",
        "So that I can give you a considered answer, I would be grateful for a little more "
        "time to decide.{% if offer_deadline %} You asked for my reply by {{ offer_deadline }}."
        "{% endif %} Would it be possible {% if decide_by %}to give you my answer by "
        "{{ decide_by }}{% else %}to have a few more days{% endif %}?" + _REASON,
        "If there is anything I can read or anyone I could speak to in the meantime, I would "
        "welcome it. Thank you for your understanding." + _RELAY["formal"],
    ),
    _email(
        "request_time",
        "warm",
        "Your offer: a little more time?",
        "Thank you so much for the offer for the {{ position }} role. I'm really pleased, and "
        "grateful for the time everyone at {{ company }} has given me.",
        "It's an important decision, and I want to give it the thought it deserves. "
        "{% if decide_by %}Would it be all right if I came back to you by {{ decide_by }}?"
        "{% else %}Would it be all right if I took a few more days?{% endif %}"
        "{% if offer_deadline %} I know you'd hoped to hear by {{ offer_deadline }}.{% endif %}"
        + _REASON,
        "If it helps, I'm happy to talk anything through in the meantime." + _RELAY["warm"],
    ),
    _email(
        "request_time",
        "brief",
        "Your offer: time to decide",
        "Thank you for the offer for the {{ position }} role at {{ company }}. I would like a "
        "little more time to decide: {% if decide_by %}could I reply by {{ decide_by }}"
        "{% else %}could I have a few more days{% endif %}"
        "{% if offer_deadline %} rather than {{ offer_deadline }}{% endif %}?"
        + _REASON
        + " Thank you for understanding."
        + _RELAY["brief"],
    ),
    # Written offer elsewhere, pending: ask the processes the user prefers for their timeline.
    _email(
        "ask_timeline",
        "formal",
        "My application for {{ position }}: timeline",
        "Thank you for your time so far in the process for the {{ position }} role at "
        "{{ company }}.",
        "I have received a written offer from another company"
        "{% if offer_deadline %} and have been asked to respond by {{ offer_deadline }}"
        "{% endif %}. The role at {{ company }} remains a strong interest of mine, so before I "
        "decide, could you share your timeline for the next steps?" + _REASON,
        "I appreciate this may not be possible to speed up, and I am grateful for anything you "
        "can tell me." + _RELAY["formal"],
    ),
    _email(
        "ask_timeline",
        "warm",
        "A quick question about timing: {{ position }}",
        "Thank you for everything so far on the {{ position }} role. I've really enjoyed "
        "getting to know {{ company }}.",
        "I wanted to be open with you: I've received an offer from another company"
        "{% if offer_deadline %} and need to reply by {{ offer_deadline }}{% endif %}. I'm "
        "still very keen on this role, so I'd love to know your timeline before I make a "
        "decision." + _REASON,
        "I completely understand if things can't move faster. Anything you can share would be "
        "a great help." + _RELAY["warm"],
    ),
    _email(
        "ask_timeline",
        "brief",
        "Timeline for the {{ position }} role",
        "Thank you for your time so far. I have an offer from another company"
        "{% if offer_deadline %} with a deadline of {{ offer_deadline }}{% endif %}, and I "
        "remain keen on the {{ position }} role at {{ company }}. Could you share your "
        "timeline for the next steps?" + _REASON + _RELAY["brief"],
    ),
    # Keep the door open while negotiating: state plainly, without pressure, what would help.
    _email(
        "keep_door_open",
        "formal",
        "The {{ position }} role at {{ company }}",
        "Thank you for your time and for considering me for the {{ position }} role at "
        "{{ company }}.",
        "I want to be transparent with you: I have received another offer and expect to decide "
        "soon. I remain genuinely interested in {{ company }}, and I would rather talk openly "
        "than step away without a conversation.",
        "{% if reason %}{{ reason }}{% else %}If there were some flexibility on the terms, I "
        "would be very glad to continue.{% endif %} I understand if that is not possible, and I "
        "would be grateful for your thoughts." + _RELAY["formal"],
    ),
    _email(
        "keep_door_open",
        "warm",
        "The {{ position }} role: an honest update",
        "Thank you for all your time on the {{ position }} role. I've really enjoyed getting "
        "to know the team at {{ company }}.",
        "I'd like to be open with you: I've received another offer and will need to decide "
        "soon. I'd love to find a way to keep going with {{ company }}.",
        "{% if reason %}{{ reason }}{% else %}If there's any flexibility on the terms, I'd be "
        "really glad to keep talking.{% endif %} No pressure at all if it isn't possible; I'd "
        "just rather ask than wonder." + _RELAY["warm"],
    ),
    _email(
        "keep_door_open",
        "brief",
        "The {{ position }} role",
        "Thank you for your time on the {{ position }} role. I have another offer and will "
        "decide soon, but I remain interested in {{ company }}."
        + "{% if reason %} {{ reason }}{% else %} If there is flexibility on the terms, I "
        "would be glad to continue.{% endif %} I understand if not." + _RELAY["brief"],
    ),
    # A polite check-in when a process has gone quiet (after applying or an interview).
    _email(
        "checking_in",
        "formal",
        "Following up: {{ position }} at {{ company }}",
        "I hope you are well. I am writing to follow up on my application for the "
        "{{ position }} role at {{ company }}.",
        "I remain very interested in the role, and I would be grateful for any update on the "
        "next steps and their timing." + _REASON,
        "Thank you for your time, and please let me know if there is anything further I can "
        "provide." + _RELAY["formal"],
    ),
    _email(
        "checking_in",
        "warm",
        "Checking in: {{ position }}",
        "I hope you're having a good week. I just wanted to check in about the {{ position }} "
        "role at {{ company }}.",
        "I'm still really excited about it, and I'd love to hear how things are going and what "
        "the next steps might be." + _REASON,
        "Thanks so much for your time, and do let me know if I can send anything over."
        + _RELAY["warm"],
    ),
    _email(
        "checking_in",
        "brief",
        "Following up: {{ position }}",
        "Thank you again for considering me for the {{ position }} role at {{ company }}. I "
        "remain very interested and would welcome any update on the next steps."
        + _REASON
        + _RELAY["brief"],
    ),
    # A short thank-you sent after withdrawing: no new withdrawal, nothing presumed.
    shipped_template(
        "thank_you_follow_up",
        "formal",
        "Thank you: {{ position }} at {{ company }}",
        _GREETING["formal"],
        "I wanted to thank you once more for your time during the process for the "
        "{{ position }} role at {{ company }}. I valued what I learnt about the team and its "
        "work." + _AGENCY["formal"],
        "I would be glad to stay in touch, and I hope our paths cross again.",
        "With best wishes,\n{{ your_name }}",
    ),
    shipped_template(
        "thank_you_follow_up",
        "warm",
        "Thank you, and all the best",
        _GREETING["warm"],
        "Just a quick note to say thank you again for your time on the {{ position }} role. I "
        "really enjoyed meeting the team at {{ company }}, and I hope the search goes well."
        + _AGENCY["warm"],
        "Let's stay in touch.",
        _SIGN_OFF["warm"],
    ),
    shipped_template(
        "thank_you_follow_up",
        "brief",
        "Thank you",
        _GREETING["brief"],
        "Thank you again for your time on the {{ position }} role at {{ company }}. I hope we "
        "stay in touch." + _AGENCY["brief"],
        _SIGN_OFF["brief"],
    ),
    # Scripts to read on the phone, for short notice or after a long process.
    shipped_template(
        "phone_script",
        "formal",
        "Phone call script: {{ company }}",
        "Hello{% if contact_first_name %} {{ contact_first_name }}{% endif %}, this is "
        "{{ your_name }}, calling about the {{ position }} role at {{ company }}. Is now a good "
        "time to speak briefly?",
        "- Thank you for your time and for the opportunity.\n"
        "- I am calling to withdraw my application." + _REASON + "\n"
        "{% if interview_date %}- I will not attend the interview on {{ interview_date }}; I "
        "apologise for the short notice.\n{% endif %}"
        "- I apologise for any inconvenience and would be glad to stay in touch.\n"
        "{% if agency %}- Please pass my thanks on to {{ company }}.\n{% endif %}"
        "- I will confirm this by email today.",
        "If it goes to voicemail:\n"
        "- This is {{ your_name }}, about the {{ position }} role. I am withdrawing my "
        "application{% if interview_date %} and will not attend the interview on "
        "{{ interview_date }}{% endif %}. I apologise for any inconvenience and will confirm by "
        "email today.",
    ),
    shipped_template(
        "phone_script",
        "warm",
        "Phone call script: {{ company }}",
        "Hi{% if contact_first_name %} {{ contact_first_name }}{% endif %}, it's "
        "{{ your_name }}, about the {{ position }} role at {{ company }}. Have you got a "
        "couple of minutes?",
        "- Thank you so much for everything so far.\n"
        "- I've decided to withdraw my application." + _REASON + "\n"
        "{% if interview_date %}- That means I won't make the interview on "
        "{{ interview_date }}. I'm really sorry it's such short notice.\n{% endif %}"
        "- I'm sorry for the inconvenience, and I'd love to stay in touch.\n"
        "{% if agency %}- Could you pass my thanks on to the team at {{ company }}?\n"
        "{% endif %}"
        "- I'll send a short email today to confirm.",
        "If it goes to voicemail:\n"
        "- Hi, it's {{ your_name }} about the {{ position }} role. I'm withdrawing my "
        "application{% if interview_date %} and won't make the interview on "
        "{{ interview_date }}{% endif %}. Sorry for the trouble; I'll confirm by email today.",
    ),
    shipped_template(
        "phone_script",
        "brief",
        "Phone call script: {{ company }}",
        "Hello, it's {{ your_name }} about the {{ position }} role at {{ company }}.",
        "- Thank you for the opportunity.\n"
        "- I'm withdrawing my application." + _REASON + "\n"
        "{% if interview_date %}- I won't attend the interview on {{ interview_date }}; sorry "
        "for the short notice.\n{% endif %}"
        "{% if agency %}- Please pass my thanks on to {{ company }}.\n{% endif %}"
        "- I'll confirm by email today.",
        "Voicemail: it's {{ your_name }}, withdrawing from the {{ position }} role"
        "{% if interview_date %} and cancelling the interview on {{ interview_date }}"
        "{% endif %}. Sorry for any inconvenience; email to follow.",
    ),
    # Answering the offer itself: accept in writing, decline, or make a counter-offer. True to
    # the offers on record: the pay and start date are this offer's own; another offer is
    # mentioned only when one is in writing, and its figures only when the user chooses.
    _email(
        "accept_offer",
        "formal",
        "Accepting your offer: {{ position }}",
        "Thank you very much for offering me the {{ position }} role at {{ company }}. I am "
        "delighted to accept{% if offer_pay %} your offer of {{ offer_pay }}{% endif %}, on the "
        "terms set out in your letter.{% if start_date %} I confirm that I will start on "
        "{{ start_date }}.{% else %} I look forward to agreeing a start date with you.{% endif %}"
        + _REASON,
        "Please let me know what you need from me before then. Thank you again for your time "
        "throughout the process." + _RELAY["formal"],
    ),
    _email(
        "accept_offer",
        "warm",
        "Yes! Accepting the {{ position }} offer",
        "Thank you so much for the offer for the {{ position }} role. I'm delighted to accept"
        "{% if offer_pay %} your offer of {{ offer_pay }}{% endif %}, as set out in your letter."
        "{% if start_date %} I can confirm I'll start on {{ start_date }}.{% else %} I'd love to "
        "agree a start date with you.{% endif %}" + _REASON,
        "I'm really looking forward to joining everyone at {{ company }}. Do let me know if "
        "there's anything you need from me in the meantime." + _RELAY["warm"],
    ),
    _email(
        "accept_offer",
        "brief",
        "Accepting your offer: {{ position }}",
        "Thank you for the offer for the {{ position }} role at {{ company }}. I am pleased to "
        "accept it{% if offer_pay %} at {{ offer_pay }}{% endif %}, on the terms in your letter."
        "{% if start_date %} I confirm my start date of {{ start_date }}.{% endif %}"
        + _REASON
        + " Please let me know the next steps."
        + _RELAY["brief"],
    ),
    _email(
        "decline_offer",
        "formal",
        "Your offer for the {{ position }} role",
        "Thank you very much for offering me the {{ position }} role at {{ company }}, and for "
        "the time you and your colleagues have given me.",
        "After careful thought, I have decided to decline the offer." + _REASON,
        "This was not an easy decision. I have great respect for {{ company }} and would be "
        "glad to stay in touch." + _AGENCY["formal"],
    ),
    _email(
        "decline_offer",
        "warm",
        "Your offer: thank you",
        "Thank you so much for the offer for the {{ position }} role, and for all the time "
        "everyone at {{ company }} has given me.",
        "After a lot of thought, I've decided not to accept it." + _REASON + " It really "
        "wasn't an easy decision.",
        "I've enjoyed getting to know the team, and I'd love to stay in touch." + _AGENCY["warm"],
    ),
    _email(
        "decline_offer",
        "brief",
        "Your offer for {{ position }}",
        "Thank you for the offer for the {{ position }} role at {{ company }}. After careful "
        "thought, I have decided to decline it." + _REASON + " I am grateful for your time and "
        "would be glad to stay in touch." + _AGENCY["brief"],
    ),
    _email(
        "negotiate",
        "formal",
        "Your offer for the {{ position }} role",
        "Thank you very much for offering me the {{ position }} role at {{ company }}. I am "
        "excited about the role and would very much like to make it work.",
        "{% if competing_offer %}To be open with you, I have also received another written "
        "offer{% if competing_figures %}, of {{ competing_figures }}{% endif %}. {% endif %}"
        "{% if reason %}{{ reason }}{% else %}If there were some flexibility on the base pay, "
        "I would be ready to accept.{% endif %}",
        "I hope we can find terms that work for us both, and I would be glad to discuss them."
        + _RELAY["formal"],
    ),
    _email(
        "negotiate",
        "warm",
        "The {{ position }} offer: one question",
        "Thank you so much for the offer for the {{ position }} role. I'm really excited about "
        "it, and I'd love to make it work with {{ company }}.",
        "{% if competing_offer %}I want to be open with you: I've also received another "
        "written offer{% if competing_figures %}, of {{ competing_figures }}{% endif %}. "
        "{% endif %}{% if reason %}{{ reason }}{% else %}If there's any flexibility on the base "
        "pay, I'd be ready to say yes.{% endif %}",
        "I'd be glad to talk it through whenever suits you." + _RELAY["warm"],
    ),
    _email(
        "negotiate",
        "brief",
        "Your offer: {{ position }}",
        "Thank you for the offer for the {{ position }} role at {{ company }}; I would like to "
        "make it work.{% if competing_offer %} I have another written offer"
        "{% if competing_figures %}, of {{ competing_figures }}{% endif %}.{% endif %}"
        "{% if reason %} {{ reason }}{% else %} With some flexibility on the base pay, I would "
        "be ready to accept.{% endif %} I would be glad to discuss it." + _RELAY["brief"],
    ),
]
