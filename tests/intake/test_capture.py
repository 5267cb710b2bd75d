"""Capturing a job posting: the capture page the bookmarklet opens, the paste page and the
phone's share target, all read by the one parser; the prefilled form the user checks; saving
it (once: a duplicate leads to the application already there)."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.urls import reverse

from applications.models import Application, PostingSnapshot, Source, Stage
from intake import bookmarklet, capture
from intake.posting import read_page
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db

CORPUS = Path(__file__).parent / "data" / "postings"
GREENHOUSE_URL = "https://boards.greenhouse.io/litware/jobs/4012345"


def payload(page: str, url: str = GREENHOUSE_URL, **extra) -> str:
    """What the bookmarklet puts in the fragment for ``page`` (a corpus file's name)."""
    blocks, meta, title = read_page((CORPUS / f"{page}.html").read_text())
    return json.dumps({"v": 1, "u": url, "t": title, "m": meta, "b": blocks} | extra)


def save_data(**overrides) -> dict:
    """The review form as the user sends it back, checked."""
    return {
        "how": "bookmarklet",
        "company": "Litware",
        "position": "Data Engineer",
        "stage": Stage.INTERESTED,
        "posting_url": GREENHOUSE_URL,
        "location": "Toronto, ON, CA",
        "work_mode": "",
        "source": Source.COMPANY_SITE,
        "agency_name": "",
        "pay_range": "CAD 110,000–135,000 a year",
        "interest": "4",
        "notes": "",
        "posting-closing_date": "2026-12-31",
        "posting-date_posted": "2026-11-30",
        "posting-employment_type": "Full time",
        "posting-salary_min": "110000",
        "posting-salary_max": "135000",
        "posting-salary_currency": "cad",
        "posting-salary_unit": "YEAR",
        "posting-locations": "Toronto, ON, CA\n\nMontréal, QC, CA\n",
        "posting-description": "<p>Build our data platform.</p><script>steal()</script>",
        "posting-found_in": "json-ld",
    } | overrides


# The capture page ----------------------------------------------------------------------------


def test_the_capture_page_posts_the_fragment_with_its_own_static_script(owner_client):
    response = owner_client.get(reverse("intake:capture"))

    page = response.content.decode()
    assert response.status_code == 200
    assert '<form method="post" action="/capture/" id="capture-form">' in page
    assert 'name="csrfmiddlewaretoken"' in page
    assert '<script src="/static/js/capture.js"></script>' in page
    assert "<script>" not in page  # no inline script: the CSP forbids it
    assert "Nothing has been brought here yet" in page


def test_the_capture_page_asks_a_visitor_to_log_in(client):
    response = client.get(reverse("intake:capture"))

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/capture/")


def test_the_posted_fragment_comes_back_as_a_prefilled_form(owner_client):
    response = owner_client.post(
        reverse("intake:capture"), {"payload": payload("several_blocks_greenhouse")}
    )

    assert response.status_code == 200
    form = response.context["application_form"]
    assert form.initial["company"] == "Litware"
    assert form.initial["position"] == "Data Engineer"
    assert form.initial["stage"] == Stage.INTERESTED
    assert form.initial["posting_url"] == GREENHOUSE_URL
    assert form.initial["source"] == Source.COMPANY_SITE  # Greenhouse is the company's ATS
    assert form.initial["pay_range"] == "CAD 110,000–135,000 a year"
    posting = response.context["posting_form"].initial
    assert (posting["salary_min"], posting["salary_max"]) == (Decimal(110000), Decimal(135000))
    assert posting["locations"] == "Toronto, ON, CA"
    page = response.content.decode()
    assert "Check the job posting" in page
    assert "Read from the job posting’s own data on the page" in page
    assert not Application.objects.exists()  # nothing is saved before the user checks it


def test_a_non_english_posting_is_read_whole(owner_client):
    response = owner_client.post(
        reverse("intake:capture"),
        {"payload": payload("german_personio", url="https://muster.jobs.personio.de/job/1")},
    )

    form = response.context["application_form"]
    assert form.initial["position"] == "Softwareentwickler (m/w/d) Backend"
    assert form.initial["company"] == "Muster GmbH"
    assert response.context["posting_form"].initial["closing_date"] == date(2026, 12, 10)


def test_a_page_cut_short_by_the_bookmarklet_says_so(owner_client):
    response = owner_client.post(
        reverse("intake:capture"), {"payload": payload("title_only", cut=1)}
    )

    assert "The page was too large to bring here whole" in response.content.decode()


@pytest.mark.parametrize(
    "sent",
    [
        "",
        "not json",
        "[1, 2]",
        '{"b": "not a list"}',
        '{"b": [1]}',
        '{"m": {"og:title": 5}}',
        '{"u": 7}',
        '{"t": ["x"]}',
        "{" + " " * 400_001 + "}",
    ],
)
def test_what_the_bookmarklet_does_not_send_is_refused_with_a_message(owner_client, sent):
    response = owner_client.post(reverse("intake:capture"), {"payload": sent})

    assert response.status_code == 422
    assert "Bowout could not read what the bookmarklet carried" in response.content.decode()


def test_an_address_that_is_not_a_web_address_is_dropped(owner_client):
    sent = json.dumps({"u": "javascript:alert(1)", "t": "Designer | Contoso", "m": {}, "b": []})

    response = owner_client.post(reverse("intake:capture"), {"payload": sent})

    assert response.context["application_form"].initial["posting_url"] == ""
    assert response.context["application_form"].initial["position"] == "Designer"


# Saving -------------------------------------------------------------------------------------


def test_saving_adds_the_application_with_its_posting(owner, owner_client):
    response = owner_client.post(reverse("intake:capture_save"), save_data())

    application = Application.objects.get(owner=owner)
    assert response.status_code == 302
    assert response["Location"] == application.get_absolute_url()
    assert (application.company, application.position, application.stage) == (
        "Litware",
        "Data Engineer",
        Stage.INTERESTED,
    )
    snapshot = PostingSnapshot.objects.get(application=application)
    assert snapshot.description == "<p>Build our data platform.</p>"
    assert snapshot.locations == ["Toronto, ON, CA", "Montréal, QC, CA"]
    assert snapshot.salary_currency == "CAD"
    assert snapshot.closing_date == date(2026, 12, 31)
    assert snapshot.source_url == GREENHOUSE_URL
    assert snapshot.portal == "greenhouse"
    followed = owner_client.get(response["Location"]).content.decode()
    assert "Saved Data Engineer at Litware from its posting." in followed


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"company": ""}, "This field is required."),
        ({"posting_url": "not an address"}, "Enter a full web address"),
        ({"posting-salary_min": "90000", "posting-salary_max": "80000"}, "The upper end is below"),
        ({"posting-salary_currency": "e1r"}, "Write the currency as its three letters"),
        ({"posting-closing_date": "31/31/2026"}, "date"),
        ({"posting-salary_unit": "FORTNIGHT"}, "Select a valid choice"),
        ({"source": "agency"}, "Name the recruitment agency"),
    ],
)
def test_bad_values_come_back_with_a_message_and_nothing_saved(owner_client, overrides, message):
    response = owner_client.post(reverse("intake:capture_save"), save_data(**overrides))

    assert response.status_code == 422
    assert message in response.content.decode()
    assert not Application.objects.exists()
    assert not PostingSnapshot.objects.exists()


def test_save_answers_only_post(owner_client):
    assert owner_client.get(reverse("intake:capture_save")).status_code == 405


def test_a_posting_already_saved_leads_to_its_application(owner, owner_client):
    first = owner_client.post(reverse("intake:capture_save"), save_data())
    again = owner_client.post(
        reverse("intake:capture_save"),
        save_data(position="Another title", **{"posting_url": GREENHOUSE_URL + "?utm_source=x"}),
    )

    assert again["Location"] == first["Location"]
    assert Application.objects.filter(owner=owner).count() == 1
    followed = owner_client.get(again["Location"]).content.decode()
    assert "was already in Bowout: here it is, nothing was added." in followed


def test_the_review_page_names_the_application_already_saved(owner, owner_client):
    existing = ApplicationFactory(owner=owner, company="Litware", position="Data Engineer")

    response = owner_client.post(
        reverse("intake:capture"), {"payload": payload("several_blocks_greenhouse")}
    )

    page = response.content.decode()
    assert response.context["existing"] == existing
    assert f'Already in Bowout: <a href="{existing.get_absolute_url()}">' in page
    assert "and keeps this posting with it" in page
    assert "Go to the saved application" in page


def test_a_strangers_application_is_not_named_as_already_saved(stranger, owner_client):
    ApplicationFactory(owner=stranger, company="Litware", position="Data Engineer")

    response = owner_client.post(
        reverse("intake:capture"), {"payload": payload("several_blocks_greenhouse")}
    )

    assert response.context["existing"] is None
    assert "Already in Bowout" not in response.content.decode()


# Paste -----------------------------------------------------------------------------------------


def test_a_pasted_page_is_read_by_the_same_parser(owner_client):
    page = (CORPUS / "graph_wordpress.html").read_text()

    response = owner_client.post(
        reverse("intake:capture_paste"),
        {"url": "https://northwind.example/careers/designer", "page": page},
    )

    assert response.status_code == 200
    form = response.context["application_form"]
    assert form.initial["position"] == "Senior Product Designer"
    assert form.initial["company"] == "Northwind Traders Ltd"
    assert form.initial["posting_url"] == "https://northwind.example/careers/designer"
    assert response.context["posting_form"].initial["salary_unit"] == "YEAR"


def test_pasted_text_gives_its_first_line_as_the_title(owner_client):
    response = owner_client.post(
        reverse("intake:capture_paste"),
        {"url": "", "page": "Night Shift Supervisor\nContoso Logistics is hiring.\nApply now."},
    )

    assert response.context["application_form"].initial["position"] == "Night Shift Supervisor"
    assert "its first line became the title" in response.content.decode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"url": "", "page": ""}, "Paste the posting’s page or text."),
        ({"url": "ftp://x", "page": "A job"}, "Enter a full web address"),
        ({"url": "", "page": "x" * 400_001}, "This is over 400,000 characters"),
    ],
)
def test_a_bad_paste_comes_back_with_a_message(owner_client, data, message):
    response = owner_client.post(reverse("intake:capture_paste"), data)

    assert response.status_code == 422
    assert message in response.content.decode()


def test_the_paste_page_keeps_an_address_given_in_the_link(owner_client):
    response = owner_client.get(reverse("intake:capture_paste") + "?url=https://jobs.example/9")

    assert response.status_code == 200
    assert 'value="https://jobs.example/9"' in response.content.decode()


# The share target ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "link", "title"),
    [
        (
            {"url": "https://jobs.lever.co/contoso/1", "title": "Designer - Contoso"},
            "https://jobs.lever.co/contoso/1",
            "Designer",
        ),
        (
            {"text": "Data Engineer at Litware https://boards.greenhouse.io/litware/jobs/1."},
            "https://boards.greenhouse.io/litware/jobs/1",
            "Data Engineer at Litware",
        ),
        (
            {"title": "Engineer", "text": "Look: https://a.example/job?id=1 and http://b.example"},
            "https://a.example/job?id=1",
            "Engineer",
        ),
        ({"url": "javascript:alert(1)", "text": "no link here"}, "", "no link here"),
        ({}, "", ""),
    ],
)
def test_a_shared_link_opens_the_prefilled_form(owner_client, query, link, title):
    response = owner_client.get(reverse("intake:capture_share"), query)

    assert response.status_code == 200
    form = response.context["application_form"]
    assert form.initial["posting_url"] == link
    assert form.initial["position"] == title
    assert "A shared link brings only its address and title" in response.content.decode()


def test_the_share_target_asks_a_visitor_to_log_in(client):
    response = client.get(reverse("intake:capture_share"), {"url": "https://a.example/1"})

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_share_target_answers_only_get(owner_client):
    assert owner_client.post(reverse("intake:capture_share")).status_code == 405


@pytest.mark.parametrize(
    ("url", "text", "link"),
    [
        ("", "Apply (https://jobs.example/1)", "https://jobs.example/1"),
        ("", "https://jobs.example/1, today!", "https://jobs.example/1"),
        (" https://jobs.example/2 ", "https://other.example", "https://jobs.example/2"),
        ("", "HTTPS://JOBS.EXAMPLE/3", "HTTPS://JOBS.EXAMPLE/3"),
        ("", "mailto:hr@example.com", ""),
    ],
)
def test_the_shared_link_is_taken_from_url_or_found_in_text(url, text, link):
    assert capture.shared_link(url=url, text=text) == link


# The bookmarklet page ---------------------------------------------------------------------------


def test_the_bookmarklet_page_explains_each_browser_and_offers_the_link(owner_client):
    response = owner_client.get(reverse("intake:bookmarklet"))

    page = response.content.decode()
    assert response.status_code == 200
    for browser in ("Chrome, Edge, Brave, Opera", "Firefox", "Safari on a Mac", "iPhone"):
        assert browser in page
    assert 'id="bookmarklet" draggable="true">Save to Bowout</a>' in page
    assert "javascript:(function () {" in page
    assert "http://testserver/capture/" in page


def test_the_bookmarklet_points_at_the_capture_page_and_caps_what_it_carries():
    code = bookmarklet.code("https://bowout.example/capture/")

    assert code.startswith("javascript:(function () {")
    assert '"https://bowout.example/capture/" + "#" + encodeURIComponent(text)' in code
    assert "var cap = 100000" in code
    assert '"noopener"' in code
    assert "\n" not in code


def test_nul_characters_in_what_was_carried_are_dropped_not_a_500(owner_client):
    block = json.dumps(
        {
            "@type": "JobPosting",
            "title": "Data\\u0000 Engineer",
            "hiringOrganization": "Lit\u0000ware",
        }
    )
    sent = json.dumps({"u": "https://jobs.example/1", "t": "x\u0000", "m": {}, "b": [block]})

    response = owner_client.post(reverse("intake:capture"), {"payload": sent})

    assert response.status_code == 200
    assert response.context["application_form"].initial["company"] == "Litware"


def test_a_shared_title_with_a_nul_character_is_not_a_500(owner_client):
    response = owner_client.get(reverse("intake:capture_share"), {"title": "Eng\x00ineer"})

    assert response.status_code == 200
    assert response.context["application_form"].initial["position"] == "Engineer"


def test_a_salary_too_large_to_keep_is_left_out_not_shown_as_an_error(owner_client):
    block = json.dumps(
        {
            "@type": "JobPosting",
            "title": "Analyst",
            "hiringOrganization": "Fabrikam",
            "baseSalary": {
                "currency": "USD",
                "value": {
                    "minValue": 9_999_999_999,
                    "maxValue": 10_000_000_000,
                    "unitText": "YEAR",
                },
            },
        }
    )
    sent = json.dumps({"u": "https://jobs.example/5", "t": "", "m": {}, "b": [block]})

    response = owner_client.post(reverse("intake:capture"), {"payload": sent})

    initial = response.context["posting_form"].initial
    assert (initial["salary_min"], initial["salary_max"]) == (None, None)
    assert "invalid-feedback" not in response.content.decode()


def test_the_largest_salary_the_posting_keeps_is_prefilled(owner_client):
    block = json.dumps(
        {
            "@type": "JobPosting",
            "title": "Analyst",
            "baseSalary": {
                "currency": "USD",
                "value": {"value": 9_999_999_999, "unitText": "YEAR"},
            },
        }
    )
    sent = json.dumps({"u": "", "t": "", "m": {}, "b": [block]})

    response = owner_client.post(reverse("intake:capture"), {"payload": sent})

    assert response.context["posting_form"].initial["salary_max"] == Decimal(9_999_999_999)


# The language its emails start in ------------------------------------------------------------


def language_payload(*, json_ld: dict, meta: dict, lang: str) -> str:
    """A page with one JobPosting (plus ``json_ld``), its OpenGraph ``meta`` and ``<html lang>``,
    as the bookmarklet sends it."""
    posting = {"@type": "JobPosting", "title": "Data Engineer", "hiringOrganization": "Litware"}
    page_meta = meta | ({"html:lang": lang} if lang else {})
    blocks = [json.dumps(posting | json_ld)]
    return json.dumps({"v": 1, "u": GREENHOUSE_URL, "t": "", "m": page_meta, "b": blocks})


@pytest.mark.parametrize(
    ("user_language", "json_ld", "meta", "lang", "expected"),
    [
        # The posting's own language wins when Bowout drafts in it ...
        ("en", {"inLanguage": "de-DE"}, {}, "", "de"),
        ("en", {"inLanguage": {"@type": "Language", "alternateName": "fr"}}, {}, "", "fr"),
        ("de", {}, {"og:locale": "es_ES"}, "", "es"),
        ("en", {}, {}, "fr-CA", "fr"),
        # ... JSON-LD before OpenGraph before <html lang> ...
        ("en", {"inLanguage": "es"}, {"og:locale": "de_DE"}, "fr", "es"),
        # ... else the user's own language, else English.
        ("de", {"inLanguage": "nl-NL"}, {}, "", "de"),
        ("en", {"inLanguage": "nl"}, {}, "", "en"),
        ("de", {}, {}, "", "de"),
        ("en", {"inLanguage": "German"}, {}, "", "en"),  # a name, not a language tag
    ],
)
def test_a_captured_posting_starts_its_emails_in_the_postings_language(
    owner, owner_client, user_language, json_ld, meta, lang, expected
):
    owner.language = user_language
    owner.save(update_fields=["language"])

    response = owner_client.post(
        reverse("intake:capture"),
        {"payload": language_payload(json_ld=json_ld, meta=meta, lang=lang)},
    )

    assert response.status_code == 200
    assert response.context["application_form"]["language"].value() == expected
    assert f'<option value="{expected}" selected>' in response.content.decode()


def test_the_checked_language_is_the_one_saved(owner_client):
    owner_client.post(reverse("intake:capture_save"), save_data(language="es"))

    assert Application.objects.get().language == "es"


def test_a_pasted_page_gives_its_html_lang(owner_client):
    response = owner_client.post(
        reverse("intake:capture_paste"),
        {
            "url": GREENHOUSE_URL,
            "page": '<html lang="de"><head><title>Datenanalyst | Muster</title></head></html>',
        },
    )

    assert response.context["application_form"]["language"].value() == "de"
