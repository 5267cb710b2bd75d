"""The API's resources go through the pages' querysets, forms and services: the same filters,
the same rules, the same history; only the token owner's rows."""

from datetime import timedelta

import pytest
from django.utils import timezone

from applications.models import Application, Contact, Interview, Offer, Stage, StageChange
from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    OfferFactory,
)

pytestmark = pytest.mark.django_db


def test_list_filters_sorts_and_pages_like_the_list_page(api, owner, stranger):
    for n in range(27):
        ApplicationFactory(owner=owner, company=f"Acme {n:02d}", interest=1 + n % 5)
    ApplicationFactory(owner=owner, company="Globex", stage=Stage.REJECTED)
    ApplicationFactory(owner=stranger, company="Acme of a stranger")
    first = api.get("/api/v1/applications", {"q": "acme"}).json()
    assert (first["count"], first["page"], first["pages"], len(first["results"])) == (27, 1, 2, 25)
    assert (
        api.get("/api/v1/applications", {"q": "acme", "page": 2}).json()["results"].__len__() == 2
    )
    # A page past the end is the last page, as on the list page.
    assert api.get("/api/v1/applications", {"q": "acme", "page": 99}).json()["page"] == 2
    closed = api.get("/api/v1/applications", {"status": "closed"}).json()
    assert [row["company"] for row in closed["results"]] == ["Globex"]
    by_interest = api.get("/api/v1/applications", {"sort": "interest", "q": "acme"}).json()
    assert [row["interest"] for row in by_interest["results"][:6]] == [5, 5, 5, 5, 5, 4]
    rejected = api.get("/api/v1/applications", {"stage": "rejected"}).json()
    assert rejected["count"] == 1


def test_an_unknown_stage_filter_is_a_problem_not_a_500(api):
    response = api.get("/api/v1/applications", {"stage": "hired"})
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["errors"][0]["field"] == "stage"


def test_the_list_costs_the_same_queries_at_5_and_at_60(api, owner, django_assert_max_num_queries):
    # Token, last use, rate count, next-interview refresh, count, page: none per row.
    for _ in range(5):
        ApplicationFactory(owner=owner)
    with django_assert_max_num_queries(8):
        assert api.get("/api/v1/applications").status_code == 200
    for _ in range(55):
        ApplicationFactory(owner=owner)
    with django_assert_max_num_queries(8):
        assert len(api.get("/api/v1/applications").json()["results"]) == 25


def test_create_goes_through_the_form_and_starts_the_history(api, owner):
    response = api.send(
        "post",
        "/api/v1/applications",
        {
            "company": "  Initech ",
            "position": "Engineer",
            "stage": "screening",
            "deal_breakers": ["pay"],
        },
    )
    assert response.status_code == 201
    body = response.json()
    application = Application.objects.get(pk=body["id"])
    assert (application.owner, application.company, application.stage) == (
        owner,
        "Initech",
        "screening",
    )
    assert application.deal_breakers == ["pay"]
    assert body["url"] == f"http://testserver/applications/{application.pk}/"
    assert list(application.stage_changes.values_list("from_stage", "to_stage")) == [
        ("", "screening")
    ]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"company": "A", "position": "B", "source": "agency"}, "agency_name"),
        ({"company": "A", "position": "B", "interest": 6}, "interest"),
        ({"company": "A", "position": "B", "posting_url": "javascript:alert(1)"}, "posting_url"),
        ({"company": "A" * 201, "position": "B"}, "company"),
        ({"company": "A"}, "position"),
        ({"company": "A", "position": "B", "date_applied": "2999-01-01"}, "date_applied"),
    ],
)
def test_create_refuses_what_the_form_refuses(api, owner, body, field):
    response = api.send("post", "/api/v1/applications", body)
    assert response.status_code == 422
    assert field in [error["field"] for error in response.json()["errors"]]
    assert not Application.objects.exists()


def test_patch_changes_only_what_it_names(api, owner):
    application = ApplicationFactory(
        owner=owner, company="Globex", location="Leeds", stage=Stage.SCREENING
    )
    response = api.send(
        "patch",
        f"/api/v1/applications/{application.pk}",
        {"location": "York", "work_mode": "remote"},
    )
    assert response.status_code == 200
    application.refresh_from_db()
    assert (application.company, application.location, application.work_mode) == (
        "Globex",
        "York",
        "remote",
    )
    assert application.stage == Stage.SCREENING
    api.send("patch", f"/api/v1/applications/{application.pk}", {"work_mode": None})
    application.refresh_from_db()
    assert application.work_mode == ""


def test_change_stage_keeps_the_history_and_refuses_the_same_stage(api, owner):
    application = ApplicationFactory(owner=owner, stage=Stage.APPLIED)
    response = api.send(
        "post",
        f"/api/v1/applications/{application.pk}/stage",
        {"stage": "interviewing", "note": "Booked"},
    )
    assert response.status_code == 200
    assert response.json()["stage"] == "interviewing"
    change = StageChange.objects.get(application=application)
    assert (change.from_stage, change.to_stage, change.note) == (
        "applied",
        "interviewing",
        "Booked",
    )
    again = api.send(
        "post", f"/api/v1/applications/{application.pk}/stage", {"stage": "interviewing"}
    )
    assert again.status_code == 422
    assert again.json()["errors"] == [
        {"field": "stage", "message": "It is already at “Interviewing”."}
    ]
    assert StageChange.objects.count() == 1


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("get", "/api/v1/applications/{a}", None),
        ("patch", "/api/v1/applications/{a}", {"company": "Mine now"}),
        ("post", "/api/v1/applications/{a}/stage", {"stage": "rejected"}),
        ("get", "/api/v1/applications/{a}/contacts", None),
        ("post", "/api/v1/applications/{a}/contacts", {"name": "Eve"}),
        ("patch", "/api/v1/applications/{a}/contacts/{c}", {"name": "Eve"}),
        ("get", "/api/v1/applications/{a}/interviews", None),
        ("post", "/api/v1/applications/{a}/interviews", {"scheduled_at": "2027-01-05T10:00:00Z"}),
        ("patch", "/api/v1/applications/{a}/interviews/{i}", {"status": "cancelled"}),
        ("get", "/api/v1/applications/{a}/offer", None),
        ("put", "/api/v1/applications/{a}/offer", {"in_writing": True}),
        ("post", "/api/v1/applications/{a}/offer/decision", {"decision": "declined"}),
    ],
)
def test_another_user_s_ids_are_404(api, stranger, method, path, body):
    theirs = ApplicationFactory(owner=stranger, company="Theirs", stage=Stage.OFFER)
    contact = ContactFactory(application=theirs, name="Priya")
    interview = InterviewFactory(application=theirs)
    OfferFactory(application=theirs)
    url = path.format(a=theirs.pk, c=contact.pk, i=interview.pk)
    response = api.send(method, url, body)
    assert response.status_code == 404
    assert response.json()["detail"] == "Nothing of yours is at this address."
    theirs.refresh_from_db()
    assert (theirs.company, theirs.stage) == ("Theirs", Stage.OFFER)
    assert Contact.objects.get().name == "Priya"
    assert Interview.objects.get().status == Interview.Status.SCHEDULED
    assert Offer.objects.get().decision == Offer.Decision.PENDING


def test_my_contact_under_another_of_my_applications_is_404(api, owner):
    one, other = ApplicationFactory(owner=owner), ApplicationFactory(owner=owner)
    contact = ContactFactory(application=one)
    assert (
        api.send(
            "patch", f"/api/v1/applications/{other.pk}/contacts/{contact.pk}", {"name": "X"}
        ).status_code
        == 404
    )


def test_contacts_follow_the_contact_form(api, owner):
    application = ApplicationFactory(owner=owner)
    first = api.send(
        "post",
        f"/api/v1/applications/{application.pk}/contacts",
        {"name": "Priya Shah", "email": "priya@globex.example"},
    )
    assert first.status_code == 201
    assert first.json()["is_main"] is True  # the first contact is the main one
    assistant = api.send(
        "post",
        f"/api/v1/applications/{application.pk}/contacts",
        {"name": "Al", "role": "assistant", "is_main": True},
    )
    assert assistant.status_code == 422
    assert assistant.json()["errors"][0]["field"] == "is_main"
    second = api.send(
        "post", f"/api/v1/applications/{application.pk}/contacts", {"name": "Jorg", "is_main": True}
    ).json()
    assert [
        c["name"]
        for c in api.get(f"/api/v1/applications/{application.pk}/contacts").json()
        if c["is_main"]
    ] == ["Jorg"]
    renamed = api.send(
        "patch", f"/api/v1/applications/{application.pk}/contacts/{second['id']}", {"phone": "0113"}
    )
    assert renamed.json()["phone"] == "0113"
    assert renamed.json()["name"] == "Jorg"


def test_interviews_are_numbered_and_keep_the_next_interview(api, owner):
    application = ApplicationFactory(owner=owner, date_applied=None)
    when = (timezone.now() + timedelta(days=3)).replace(microsecond=0)
    response = api.send(
        "post",
        f"/api/v1/applications/{application.pk}/interviews",
        {"scheduled_at": when.isoformat()},
    )
    assert response.status_code == 201
    body = response.json()
    assert (body["round_number"], body["duration_minutes"], body["status"]) == (1, 60, "scheduled")
    application.refresh_from_db()
    assert application.next_interview_at == when
    cancelled = api.send(
        "patch",
        f"/api/v1/applications/{application.pk}/interviews/{body['id']}",
        {"status": "cancelled"},
    )
    assert cancelled.status_code == 200
    application.refresh_from_db()
    assert application.next_interview_at is None
    far = api.send(
        "post",
        f"/api/v1/applications/{application.pk}/interviews",
        {"scheduled_at": "2999-01-01T10:00:00Z"},
    )
    assert far.status_code == 422


def test_recording_and_deciding_an_offer(api, owner):
    application = ApplicationFactory(owner=owner, stage=Stage.INTERVIEWING)
    assert api.get(f"/api/v1/applications/{application.pk}/offer").status_code == 404
    response = api.send(
        "put",
        f"/api/v1/applications/{application.pk}/offer",
        {"in_writing": True, "base_pay": "65000.50", "currency": "eur"},
    )
    assert response.status_code == 200, response.json()
    offer = Offer.objects.get()
    assert (offer.base_pay_minor, offer.currency, offer.in_writing) == (6500050, "EUR", True)
    assert response.json()["base_pay"] == "65000.50"
    application.refresh_from_db()
    assert application.stage == Stage.OFFER
    hourly = api.send("put", f"/api/v1/applications/{application.pk}/offer", {"period": "hour"})
    assert hourly.status_code == 422
    assert hourly.json()["errors"][0]["field"] == "hours_per_week"
    decided = api.send(
        "post", f"/api/v1/applications/{application.pk}/offer/decision", {"decision": "accepted"}
    )
    assert decided.status_code == 200
    assert decided.json()["decision"] == "accepted"
    assert Application.objects.get(pk=application.pk).stage == Stage.ACCEPTED
    pending = api.send(
        "post", f"/api/v1/applications/{application.pk}/offer/decision", {"decision": "pending"}
    )
    assert pending.status_code == 422


def test_candidates_and_today_read_the_pages_rules(api, owner):
    offered = ApplicationFactory(owner=owner, company="Initech", stage=Stage.OFFER)
    OfferFactory(application=offered, in_writing=True)
    ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)
    body = api.get("/api/v1/candidates").json()
    assert body["count"] == 1
    assert body["results"][0]["application"]["company"] == "Globex"
    assert body["headline"].startswith("Consider withdrawing")
    today = api.get("/api/v1/today")
    assert today.status_code == 200
    assert isinstance(today.json(), list)


def test_unknown_addresses_and_methods_answer_problems(api, owner):
    application = ApplicationFactory(owner=owner)
    missing = api.get("/api/v1/nothing-here")
    assert (missing.status_code, missing["Content-Type"]) == (404, "application/problem+json")
    wrong = api.delete(f"/api/v1/applications/{application.pk}")
    assert wrong.status_code == 405
    assert set(wrong["Allow"].split(", ")) == {"GET", "PATCH"}
    assert wrong.json()["title"] == "Method Not Allowed"


def test_bad_json_is_a_problem(api):
    response = api.post("/api/v1/applications", "{not json", content_type="application/json")
    assert response.status_code in (400, 422)
    assert response["Content-Type"] == "application/problem+json"


def test_responses_are_never_cached(api):
    assert api.get("/api/v1/today")["Cache-Control"] == "no-store"


def test_the_docs_and_schema_are_public_and_served_locally(client):
    schema = client.get("/api/v1/openapi.json")
    assert schema.status_code == 200
    assert schema.json()["components"]["securitySchemes"]["PersonalToken"]["scheme"] == "bearer"
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200
    assert "/static/ninja/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert "script-src 'self'" in docs["Content-Security-Policy"]
