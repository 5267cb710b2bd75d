"""The personal API, version 1: ``/api/v1/``, documented at ``/api/v1/docs``.

Each endpoint parses, calls the same queryset or service as the page that does the same
thing, and answers: the values sent go through the page's own form, so a rule about them is
written once (``_bound``). Every lookup is scoped to the token's owner in the query: another
user's id answers 404, like an id that does not exist.
"""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404
from ninja import NinjaAPI, Query, Router, Schema, Status
from ninja.openapi.docs import Swagger

from api import problems
from api.auth import PersonalToken
from api.problems import PROBLEM_TYPE, FormRefused, Problem
from api.schemas import (
    ApplicationIn,
    ApplicationOut,
    ApplicationPage,
    ApplicationPatch,
    CandidatePage,
    ContactIn,
    ContactOut,
    DecisionIn,
    InterviewIn,
    InterviewOut,
    OfferIn,
    OfferOut,
    StageIn,
    TodayItemOut,
)
from applications import services
from applications.forms import (
    ApplicationFilterForm,
    ApplicationForm,
    ContactForm,
    InterviewForm,
    OfferDecisionForm,
    OfferForm,
    StageChangeForm,
)
from applications.models import Application, Contact, Interview, Offer, Stage
from applications.views import PAGE_SIZE
from withdrawals.candidates import situation_for
from withdrawals.today import today_items

DESCRIPTION = """
Your own Bowout data, for your scripts and tools. Make a personal access token on your profile
(*Profile → API tokens*) and send it as `Authorization: Bearer <token>`: a *read* token may
only read (GET), a *read and write* token may also change. Each token may make 60 requests a
minute; over that the answer is 429 with `Retry-After`.

Every error is a problem details object (RFC 9457, `application/problem+json`):
`{"type": "about:blank", "title": "Not Found", "status": 404, "detail": "...", "errors": []}`,
with one entry in `errors` per refused field (`{"field": "company", "message": "..."}`).
"""

# The errors every endpoint may answer, documented once.
ERRORS: dict[int, type] = {401: Problem, 403: Problem, 404: Problem, 422: Problem, 429: Problem}


def answers(ok_status: int, schema) -> dict:
    return {ok_status: schema, **ERRORS}


class BowoutApi(NinjaAPI):
    def get_openapi_schema(self, **kwargs):
        """The schema, with every error response under the type it is sent as."""
        schema = super().get_openapi_schema(**kwargs)
        for operations in schema["paths"].values():
            for operation in operations.values():
                for status, response in operation.get("responses", {}).items():
                    content = response.get("content", {})
                    if int(status) >= 400 and "application/json" in content:
                        response["content"] = {PROBLEM_TYPE: content["application/json"]}
        return schema


api = BowoutApi(
    title="Bowout API",
    version="1",
    description=DESCRIPTION,
    auth=PersonalToken(),
    urls_namespace="api-v1",
    docs=Swagger(settings={"persistAuthorization": False}),
)
problems.install(api)


def _owner(request):
    return request.auth.owner


def _own_application(request, pk: int) -> Application:
    return get_object_or_404(Application, pk=pk, owner=_owner(request))


def _bound(form_class, *, instance, changes: dict, **kwargs):
    """The page's form bound to the instance's current values with ``changes`` over them: a
    PATCH changes only what it names, and a new row starts from the form's defaults."""
    unbound = form_class(instance=instance, **kwargs)
    data = {name: unbound[name].value() for name in unbound.fields}
    for name, value in changes.items():
        if name not in unbound.fields:
            continue
        # JSON's null clears a text or choice; the form's empty value for those is "".
        data[name] = "" if value is None and isinstance(data.get(name), str) else value
    form = form_class(data, instance=instance, **kwargs)
    if not form.is_valid():
        raise FormRefused(form)
    return form


def _application_out(request, application: Application) -> dict:
    return {
        **{
            field: getattr(application, field)
            for field in ApplicationOut.model_fields
            if field != "url"
        },
        "work_mode": application.work_mode or None,
        "url": request.build_absolute_uri(application.get_absolute_url()),
    }


# --- Applications ----------------------------------------------------------------------------

applications_router = Router(tags=["Applications"])


class ApplicationFilters(Schema):
    q: str = ""
    stage: Stage | None = None
    status: str | None = None
    sort: str | None = None
    page: int = 1


@applications_router.get("", response=answers(200, ApplicationPage))
def list_applications(request, filters: Query[ApplicationFilters]):
    """Your applications, 25 a page, with the list page's filters: `q` (company or position),
    `stage`, `status` (live, closed or won) and `sort` (activity, applied, interview or
    interest). A page past the end answers the last page."""
    query = {k: v for k, v in filters.dict().items() if v not in (None, "") and k != "page"}
    form = ApplicationFilterForm(query)
    queryset = form.filtered(Application.objects.for_user(_owner(request)).with_next_interview())
    page = Paginator(queryset, PAGE_SIZE).get_page(filters.page)
    return {
        "count": page.paginator.count,
        "page": page.number,
        "pages": page.paginator.num_pages,
        "results": [_application_out(request, application) for application in page],
    }


@applications_router.post("", response=answers(201, ApplicationOut))
def create_application(request, payload: ApplicationIn):
    """Add an application, as *New application* does; its first stage starts the history."""
    application = Application(owner=_owner(request))
    form = _bound(ApplicationForm, instance=application, changes=payload.dict())
    services.create_application(application=form.save(commit=False))
    return Status(201, _application_out(request, application))


@applications_router.get("/{int:application_id}", response=answers(200, ApplicationOut))
def get_application(request, application_id: int):
    return _application_out(request, _own_application(request, application_id))


@applications_router.patch("/{int:application_id}", response=answers(200, ApplicationOut))
def update_application(request, application_id: int, payload: ApplicationPatch):
    """Change an application's details: only the fields sent change."""
    application = _own_application(request, application_id)
    form = _bound(ApplicationForm, instance=application, changes=payload.dict(exclude_unset=True))
    services.update_application(application=form.save(commit=False))
    return _application_out(request, application)


@applications_router.post("/{int:application_id}/stage", response=answers(200, ApplicationOut))
def change_stage(request, application_id: int, payload: StageIn):
    """Move an application to another stage, with an optional note: the history keeps it.
    Moving it to the stage it is at is refused (422)."""
    application = _own_application(request, application_id)
    form = StageChangeForm(payload.dict(), application=application)
    if not form.is_valid():
        raise FormRefused(form)
    services.change_stage(
        application=application,
        to_stage=form.cleaned_data["stage"],
        note=form.cleaned_data["note"],
    )
    return _application_out(request, application)


# --- Contacts and interviews -----------------------------------------------------------------


@applications_router.get(
    "/{int:application_id}/contacts", response=answers(200, list[ContactOut]), tags=["Contacts"]
)
def list_contacts(request, application_id: int):
    return list(_own_application(request, application_id).contacts.all())


@applications_router.post(
    "/{int:application_id}/contacts", response=answers(201, ContactOut), tags=["Contacts"]
)
def create_contact(request, application_id: int, payload: ContactIn):
    """Add a contact; the first one is the main contact unless `is_main` says not."""
    application = _own_application(request, application_id)
    contact = services.new_contact(application=application)
    form = _bound(ContactForm, instance=contact, changes=payload.dict(exclude_unset=True))
    return Status(201, services.save_contact(contact=form.save(commit=False)))


@applications_router.patch(
    "/{int:application_id}/contacts/{int:contact_id}",
    response=answers(200, ContactOut),
    tags=["Contacts"],
)
def update_contact(request, application_id: int, contact_id: int, payload: ContactIn):
    application = _own_application(request, application_id)
    contact = get_object_or_404(Contact, pk=contact_id, application=application)
    form = _bound(ContactForm, instance=contact, changes=payload.dict(exclude_unset=True))
    return services.save_contact(contact=form.save(commit=False))


@applications_router.get(
    "/{int:application_id}/interviews",
    response=answers(200, list[InterviewOut]),
    tags=["Interviews"],
)
def list_interviews(request, application_id: int):
    return list(_own_application(request, application_id).interviews.all())


@applications_router.post(
    "/{int:application_id}/interviews", response=answers(201, InterviewOut), tags=["Interviews"]
)
def create_interview(request, application_id: int, payload: InterviewIn):
    """Book an interview: the next round unless `round_number` says otherwise."""
    application = _own_application(request, application_id)
    interview = services.new_interview(application=application)
    form = _bound(InterviewForm, instance=interview, changes=payload.dict(exclude_unset=True))
    return Status(201, services.save_interview(interview=form.save(commit=False)))


@applications_router.patch(
    "/{int:application_id}/interviews/{int:interview_id}",
    response=answers(200, InterviewOut),
    tags=["Interviews"],
)
def update_interview(request, application_id: int, interview_id: int, payload: InterviewIn):
    application = _own_application(request, application_id)
    interview = get_object_or_404(Interview, pk=interview_id, application=application)
    form = _bound(InterviewForm, instance=interview, changes=payload.dict(exclude_unset=True))
    return services.save_interview(interview=form.save(commit=False))


# --- Offers ------------------------------------------------------------------------------------

# The API names amounts in units, as the offer form takes them; the model keeps hundredths.
MONEY = {"base_pay": "base_pay_minor", "bonus": "bonus_minor", "sign_on": "sign_on_minor"}
MONEY["equity"] = "equity_minor"


@applications_router.get(
    "/{int:application_id}/offer", response=answers(200, OfferOut), tags=["Offers"]
)
def get_offer(request, application_id: int):
    application = _own_application(request, application_id)
    return get_object_or_404(Offer, application=application)


@applications_router.put(
    "/{int:application_id}/offer", response=answers(200, OfferOut), tags=["Offers"]
)
def record_offer(request, application_id: int, payload: OfferIn):
    """Record the offer, or change its terms (the earlier ones are kept in its history). The
    application moves to the offer stage; an offer in writing makes the other live processes
    withdrawal candidates."""
    application = _own_application(request, application_id)
    offer = Offer.objects.filter(application=application).first() or Offer(application=application)
    changes = {
        MONEY.get(name, name): value for name, value in payload.dict(exclude_unset=True).items()
    }
    form = _bound(OfferForm, instance=offer, changes=changes)
    return services.save_offer(offer=form.save(commit=False))


@applications_router.post(
    "/{int:application_id}/offer/decision", response=answers(200, OfferOut), tags=["Offers"]
)
def decide_offer(request, application_id: int, payload: DecisionIn):
    """Accept (optionally with your start date) or decline the offer."""
    application = _own_application(request, application_id)
    offer = get_object_or_404(Offer, application=application)
    form = OfferDecisionForm(payload.dict(), offer=offer)
    if not form.is_valid():
        raise FormRefused(form)
    return services.decide_offer(
        offer=offer,
        decision=form.cleaned_data["decision"],
        start_date=form.cleaned_data["start_date"],
    )


api.add_router("/applications", applications_router)

# --- Leaving well: read only ---------------------------------------------------------------------

withdrawals_router = Router(tags=["Leaving well"])


@withdrawals_router.get("/candidates", response=answers(200, CandidatePage))
def candidates(request, page: int = 1):
    """The withdrawal candidates, most urgent first, 20 a page, with why each is urgent: the
    live processes to leave once an offer in writing is held elsewhere."""
    situation = situation_for(_owner(request), page=page)
    shown = situation.page
    return {
        "headline": situation.headline,
        "count": situation.candidate_total,
        "page": shown.number if shown else 1,
        "pages": shown.paginator.num_pages if shown else 1,
        "results": [
            {
                "application": _application_out(request, candidate.application),
                "reasons": candidate.reasons,
                "advice": candidate.advice,
            }
            for candidate in situation.candidates
        ],
    }


@withdrawals_router.get("/today", response=answers(200, list[TodayItemOut]))
def today(request):
    """Today: what to do now, most pressing first (the dashboard's list)."""
    return [
        {**item.__dict__, "url": request.build_absolute_uri(item.url)}
        for item in today_items(user=_owner(request))
    ]


api.add_router("", withdrawals_router)
