"""The draft as a mailto: link and as an .eml file: encoded for any name, no header injection."""

import email
import email.policy
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.urls import reverse

from applications.mailto import mailto_url
from applications.models import Contact
from tests.factories import ApplicationFactory, ContactFactory
from withdrawals.eml import eml_bytes
from withdrawals.services import WordingChoices, start_draft

pytestmark = pytest.mark.django_db

SUBJECT = "Café – “naïve” question"
BODY = "Dear Zoë Müller,\n\nThank you & goodbye? 100% sure.\n\nKind regards,\nAlex"


def parse_eml(content: bytes):
    return email.message_from_bytes(content, policy=email.policy.default)


def make_eml(**overrides) -> bytes:
    arguments: dict[str, Any] = {
        "to_name": "Zoë Müller",
        "to_email": "zoe@example.com",
        "cc": [],
        "from_name": "Alex Morgan",
        "from_email": "alex@example.com",
        "subject": SUBJECT,
        "body": BODY,
    }
    arguments.update(overrides)
    return eml_bytes(**arguments)


# mailto: ---------------------------------------------------------------------------------------


def test_mailto_url_percent_encodes_utf8_and_line_breaks():
    url = mailto_url(to="zoe@example.com", cc=[], subject=SUBJECT, body=BODY)

    assert url.startswith("mailto:zoe@example.com?subject=")
    assert "subject=Caf%C3%A9%20%E2%80%93%20%E2%80%9Cna%C3%AFve%E2%80%9D%20question&" in url
    assert "body=Dear%20Zo%C3%AB%20M%C3%BCller%2C%0D%0A%0D%0AThank%20you%20%26%20goodbye%3F" in url
    assert "%25%20sure" in url  # the percent sign itself
    # Nothing that would end the subject or body parameter early, or a raw break.
    query = url.split("?", 1)[1]
    assert query.count("&") == 1
    assert "?" not in query
    assert " " not in url
    assert "\n" not in url
    assert "\r" not in url
    assert "+" not in url


def test_mailto_url_round_trips_to_the_same_subject_and_body():
    url = mailto_url(to="zoe@example.com", cc=[], subject=SUBJECT, body=BODY)

    query = parse_qs(urlsplit(url).query)

    assert query["subject"] == [SUBJECT]
    assert query["body"] == [BODY.replace("\n", "\r\n")]


def test_mailto_url_normalises_crlf_in_the_body_without_doubling_it():
    url = mailto_url(to="a@example.com", cc=[], subject="S", body="one\r\ntwo\nthree")

    assert url.endswith("body=one%0D%0Atwo%0D%0Athree")


def test_mailto_url_joins_cc_with_commas():
    url = mailto_url(
        to="zoe@example.com",
        cc=["jorg@example.com", "ann+jobs@example.com"],
        subject="S",
        body="B",
    )

    assert url.startswith("mailto:zoe@example.com?cc=jorg@example.com,ann%2Bjobs@example.com&")
    assert unquote(parse_qs(urlsplit(url).query)["cc"][0]) == (
        "jorg@example.com,ann+jobs@example.com"
    )


def test_mailto_url_keeps_the_subject_on_one_line():
    url = mailto_url(to="a@example.com", cc=[], subject="Hi\r\nBcc: x@example.com", body="B")

    assert parse_qs(urlsplit(url).query)["subject"] == ["Hi Bcc: x@example.com"]
    assert "%0D" not in url.split("&body=")[0]
    assert "%0A" not in url.split("&body=")[0]


def test_mailto_url_without_a_recipient_still_opens_a_message():
    url = mailto_url(to="", cc=[], subject="S", body="B")

    assert url == "mailto:?subject=S&body=B"


# .eml ------------------------------------------------------------------------------------------


def test_eml_parses_back_to_the_same_message():
    message = parse_eml(make_eml())

    assert message["Subject"] == SUBJECT
    (to,) = message["To"].addresses
    assert to.display_name == "Zoë Müller"
    assert to.addr_spec == "zoe@example.com"
    (sender,) = message["From"].addresses
    assert (sender.display_name, sender.addr_spec) == ("Alex Morgan", "alex@example.com")
    assert message["X-Unsent"] == "1"
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    assert message.get_content().splitlines() == BODY.splitlines()
    assert message["Cc"] is None


def test_eml_headers_are_ascii_so_any_mail_program_reads_them():
    content = make_eml()

    headers = content.split(b"\r\n\r\n", 1)[0]
    headers.decode("ascii")  # raises on a raw non-ASCII byte
    assert b"X-Unsent: 1" in headers


def test_eml_lists_every_cc_with_its_name():
    message = parse_eml(
        make_eml(cc=[("Jörg O'Neil", "jorg@example.com"), ("Ann Lee", "ann@example.com")])
    )

    assert [(a.display_name, a.addr_spec) for a in message["Cc"].addresses] == [
        ("Jörg O'Neil", "jorg@example.com"),
        ("Ann Lee", "ann@example.com"),
    ]


@pytest.mark.parametrize(
    "field",
    ["subject", "to_name", "from_name"],
)
def test_eml_allows_no_header_injection(field):
    hostile = "Hello\r\nBcc: spy@example.com\r\nX-Evil: 1"

    message = parse_eml(make_eml(**{field: hostile}))

    assert message["Bcc"] is None
    assert message["X-Evil"] is None
    assert sorted(message.keys()) == sorted(
        [
            "From",
            "To",
            "Subject",
            "X-Unsent",
            "Content-Type",
            "Content-Transfer-Encoding",
            "MIME-Version",
        ]
    )
    assert message.get_content().splitlines() == BODY.splitlines()
    if field == "subject":
        assert message["Subject"] == "Hello Bcc: spy@example.com X-Evil: 1"


def test_eml_writes_an_internationalised_domain_as_punycode():
    content = make_eml(to_email="zoe@bücher.example", cc=[("Ann", "ann@café.example")])

    message = parse_eml(content)

    (to,) = message["To"].addresses
    assert (to.display_name, to.addr_spec) == ("Zoë Müller", "zoe@xn--bcher-kva.example")
    assert message["Cc"].addresses[0].addr_spec == "ann@xn--caf-dma.example"
    assert b"=?utf-8?q?b" not in content.split(b"\r\n\r\n", 1)[0]


def test_eml_without_addresses_still_makes_an_unsent_message():
    message = parse_eml(make_eml(to_email="", from_email=""))

    assert message["To"] is None
    assert message["From"] is None
    assert message["Subject"] == SUBJECT
    assert message["X-Unsent"] == "1"


# The download view -----------------------------------------------------------------------------


def test_draft_eml_view_downloads_the_draft_as_an_attachment(owner_client, owner):
    application = ApplicationFactory(owner=owner, company="Zoë’s Café & Co", position="Barista")
    ContactFactory(
        application=application, name="Zoë Müller", email="zoe@example.com", is_main=True
    )
    copied = ContactFactory(
        application=application,
        name="Jörg Bauer",
        email="jorg@example.com",
        role=Contact.Role.HIRING_MANAGER,
    )
    ContactFactory(application=application, name="Not Copied", email="no@example.com")
    draft = start_draft(application=application, choices=WordingChoices("no_reason"))
    draft.cc = [copied.pk]
    draft.save()

    response = owner_client.get(reverse("withdrawals:draft_eml", args=[application.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "message/rfc822"
    assert response["Content-Disposition"] == 'attachment; filename="withdrawal-zoes-cafe-co.eml"'
    message = parse_eml(response.content)
    assert message["Subject"] == "Withdrawing my application: Barista"
    assert message["To"].addresses[0].display_name == "Zoë Müller"
    assert [a.addr_spec for a in message["Cc"].addresses] == ["jorg@example.com"]
    assert message["From"].addresses[0].addr_spec == owner.email
    assert message["From"].addresses[0].display_name == "Alex Morgan"
    assert message.get_content().replace("\r\n", "\n").strip() == draft.body
    assert message["X-Unsent"] == "1"


def test_draft_eml_view_without_a_draft_is_404(owner_client, owner):
    application = ApplicationFactory(owner=owner)

    response = owner_client.get(reverse("withdrawals:draft_eml", args=[application.pk]))

    assert response.status_code == 404


def test_an_address_the_email_package_cannot_write_is_left_out_of_the_eml():
    content = eml_bytes(
        to_name="Odd",
        to_email='"\x01"@example.com',
        cc=[],
        from_name="Me",
        from_email="me@example.com",
        subject="Subject",
        body="Body",
    )

    assert b"From: Me <me@example.com>" in content
    assert b"To:" not in content
