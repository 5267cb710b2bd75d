"""``manage.py receive_email``: one forwarded email, as a mail server's pipe delivers it.

Postfix (``master.cf``) or Exim (a ``pipe`` transport) runs this once per message with the raw
RFC 5322 message on standard input. The exit status is what the mail server acts on
(``sysexits.h``): 0 kept, 67 (EX_NOUSER) no such forwarding address, so the server bounces
it to the sender, 65 (EX_DATAERR) not an email Bowout can read (too large, no headers), also a
bounce. Bowout reads nothing but standard input: no URL, no mailbox.
"""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand

from applications.models import RecruiterMessage
from intake.emails import inbox, reading

EX_DATAERR = 65
EX_NOUSER = 67


class Command(BaseCommand):
    # The tests hand the message over as a file object instead of the process's stdin.
    stealth_options = ("stdin",)
    help = (
        "Read one email (RFC 5322) on standard input and keep it for the user whose "
        "forwarding address it was sent to. Exits 67 for an unknown address, 65 for an "
        "unreadable email, so the mail server bounces it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--recipient",
            default="",
            help="The envelope recipient, as the mail server knows it (Postfix: ${recipient}; "
            "Exim: $local_part$local_part_suffix@$domain). Without it, the Delivered-To, "
            "X-Original-To, To and Cc headers are read.",
        )

    def handle(self, *args, recipient: str = "", **options):
        stdin = options.get("stdin") or sys.stdin.buffer
        data = stdin.read(reading.MAX_BYTES + 1)
        try:
            parsed = reading.read_bytes(data)
        except reading.UnreadableEmail as error:
            self.stderr.write(f"5.6.0 {error}")
            sys.exit(EX_DATAERR)
        candidates = [recipient] if recipient else parsed.recipients
        owner = next(
            (
                found
                for address in candidates
                if (found := inbox.owner_for(address, domain=settings.INBOUND_EMAIL_DOMAIN))
            ),
            None,
        )
        if owner is None:
            self.stderr.write("5.1.1 No Bowout forwarding address here: the email was not kept.")
            sys.exit(EX_NOUSER)
        message = inbox.receive(
            owner=owner, parsed=parsed, source=RecruiterMessage.Source.FORWARDED
        )
        self.stdout.write(f"Kept as email {message.pk} ({message.get_kind_display()}).")
