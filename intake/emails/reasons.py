"""The reasons shown with a recruiter's email: why Bowout read it as it did (the sentence or
header that decided its kind) and why it matched an application.

A reason is written once, when the email arrives (on a page, or by a mail server's pipe with no
reader's language at all), and kept in English with the message. It is shown in the reader's
language: each reason is one of the frames below around what the email itself said (a sentence,
a subject, a sender, a company), and only the frame is translated; the quoted words stay as the
email wrote them. A kept reason that fits no frame (written before a frame changed, or cut at
its column's length) is shown as it was kept.
"""

import re

from django.utils.translation import gettext, gettext_noop

# Why the email is of its kind (intake.emails.rules).
SUBJECT = gettext_noop("The subject: “%(quote)s”")
SENTENCE = gettext_noop("The sentence “%(quote)s”")
JOB_BOARD = gettext_noop("The sender %(domain)s is a job board.")
MAILING_LIST = gettext_noop(
    "The header %(header)s: it was sent to a mailing list, not to you alone."
)
NO_SENTENCE = gettext_noop("No sentence Bowout knows says what this is about.")
# An attached calendar invitation: its METHOD (or STATUS) header, and its title when it has one.
INVITATION_ASKED = gettext_noop(
    "The header %(header)s of the attached calendar invitation “%(summary)s”: a meeting you "
    "are asked to."
)
INVITATION_ASKED_UNTITLED = gettext_noop(
    "The header %(header)s of the attached calendar invitation: a meeting you are asked to."
)
INVITATION_CALLED_OFF = gettext_noop(
    "The header %(header)s of the attached calendar invitation “%(summary)s”: the meeting is "
    "called off."
)
INVITATION_CALLED_OFF_UNTITLED = gettext_noop(
    "The header %(header)s of the attached calendar invitation: the meeting is called off."
)

# Why it is about an application (intake.emails.matching, intake.emails.inbox).
ANSWERS = gettext_noop("It answers the email “%(subject)s”.")
CONTACT_DOMAIN = gettext_noop("A contact of it writes from %(domain)s.")
POSTING_DOMAIN = gettext_noop("Its posting is on %(domain)s, the sender's domain.")
ON_BEHALF = gettext_noop("The email is sent on behalf of %(company)s.")
SENDER_IS = gettext_noop("The sender is %(name)s.")
SUBJECT_NAMES = gettext_noop("The subject names %(company)s.")
EMAIL_NAMES = gettext_noop("The email names %(company)s.")
NO_MATCH = gettext_noop("No application of yours matches its sender, subject or text.")
SEVERAL = gettext_noop("Several of your applications could be the one: choose it.")
ADDED_HERE = gettext_noop("You added it on this application's page.")

FRAMES = [
    SUBJECT,
    SENTENCE,
    JOB_BOARD,
    MAILING_LIST,
    NO_SENTENCE,
    INVITATION_ASKED,
    INVITATION_ASKED_UNTITLED,
    INVITATION_CALLED_OFF,
    INVITATION_CALLED_OFF_UNTITLED,
    ANSWERS,
    CONTACT_DOMAIN,
    POSTING_DOMAIN,
    ON_BEHALF,
    SENDER_IS,
    SUBJECT_NAMES,
    EMAIL_NAMES,
    NO_MATCH,
    SEVERAL,
    ADDED_HERE,
]


def written(frame: str, **quoted: str) -> str:
    """The reason as it is kept: ``frame`` in English around the email's own words."""
    return frame % quoted


def _pattern(frame: str) -> re.Pattern[str]:
    placeholder = re.compile(r"%\\\((\w+)\\\)s")
    return re.compile(placeholder.sub(r"(?P<\1>.+)", re.escape(frame)), re.DOTALL)


_PATTERNS = [(frame, _pattern(frame)) for frame in FRAMES]


def shown(reason: str) -> str:
    """A kept reason in the active language: its frame translated, the quoted words as they
    were."""
    for frame, pattern in _PATTERNS:
        found = pattern.fullmatch(reason)
        if found:
            return gettext(frame) % found.groupdict()
    return reason
