"""What the API sends and takes. Values are checked again by the pages' own forms (``api.v1``)
so that every rule about them is written once; these types only say their shape."""

from datetime import date, datetime
from decimal import Decimal

from ninja import Field, Schema

from accounts.models import ApiToken
from applications.models import (
    Contact,
    DealBreaker,
    EquityKind,
    Interview,
    Offer,
    Source,
    Stage,
    WorkMode,
)


class ApplicationOut(Schema):
    id: int
    company: str
    position: str
    stage: Stage
    posting_url: str
    location: str
    work_mode: WorkMode | None
    source: Source
    agency_name: str
    pay_range: str
    interest: int
    date_applied: date | None
    deal_breakers: list[str]
    notes: str
    created_at: datetime
    last_activity_at: datetime
    next_interview_at: datetime | None
    url: str = Field(description="The application's page in Bowout.")


class ApplicationIn(Schema):
    """A new application: company and position are required; the rest as on the form."""

    company: str
    position: str
    stage: Stage = Stage.APPLIED
    posting_url: str = ""
    location: str = ""
    work_mode: WorkMode | None = None
    source: Source = Source.JOB_BOARD
    agency_name: str = ""
    pay_range: str = ""
    interest: int = 3
    date_applied: date | None = None
    deal_breakers: list[DealBreaker] = []
    notes: str = ""


class ApplicationPatch(Schema):
    """The details to change; the stage changes through ``POST .../stage`` (it keeps history)."""

    company: str | None = None
    position: str | None = None
    posting_url: str | None = None
    location: str | None = None
    work_mode: WorkMode | None = None
    source: Source | None = None
    agency_name: str | None = None
    pay_range: str | None = None
    interest: int | None = None
    date_applied: date | None = None
    deal_breakers: list[DealBreaker] | None = None
    notes: str | None = None


class StageIn(Schema):
    stage: Stage
    note: str = ""


class ApplicationPage(Schema):
    count: int
    page: int
    pages: int
    results: list[ApplicationOut]


class ContactOut(Schema):
    id: int
    application_id: int
    name: str
    role: Contact.Role
    email: str
    phone: str
    is_main: bool
    notes: str


class ContactIn(Schema):
    name: str | None = None
    role: Contact.Role | None = None
    email: str | None = None
    phone: str | None = None
    is_main: bool | None = None
    notes: str | None = None


class InterviewOut(Schema):
    id: int
    application_id: int
    scheduled_at: datetime
    duration_minutes: int
    kind: Interview.Kind
    round_number: int
    is_final_round: bool
    with_whom: str
    location: str
    status: Interview.Status
    notes: str


class InterviewIn(Schema):
    scheduled_at: datetime | None = Field(
        None, description="ISO 8601; without an offset it is read in your time zone."
    )
    duration_minutes: int | None = None
    kind: Interview.Kind | None = None
    round_number: int | None = None
    is_final_round: bool | None = None
    with_whom: str | None = None
    location: str | None = None
    status: Interview.Status | None = None
    notes: str | None = None


def _units(minor: int | None) -> Decimal | None:
    return None if minor is None else Decimal(minor).scaleb(-2)


class OfferOut(Schema):
    """Amounts in units of the offer's currency (65000.00), as typed on the offer form."""

    application_id: int
    received_on: date
    in_writing: bool
    base_pay: Decimal | None
    currency: str
    period: Offer.Period
    hours_per_week: Decimal | None
    days_per_week: Decimal | None
    weeks_per_year: int
    bonus_percent: Decimal | None
    bonus: Decimal | None
    sign_on: Decimal | None
    equity_kind: EquityKind | None
    equity: Decimal | None
    vesting_months: int | None
    cliff_months: int | None
    benefits: str
    leave_days: int | None
    work_mode: WorkMode | None
    location: str
    start_date: date | None
    probation: str
    notice_period: str
    respond_by: date | None
    decision: Offer.Decision
    decided_on: date | None
    details: str

    @staticmethod
    def resolve_base_pay(offer: Offer) -> Decimal | None:
        return _units(offer.base_pay_minor)

    @staticmethod
    def resolve_bonus(offer: Offer) -> Decimal | None:
        return _units(offer.bonus_minor)

    @staticmethod
    def resolve_sign_on(offer: Offer) -> Decimal | None:
        return _units(offer.sign_on_minor)

    @staticmethod
    def resolve_equity(offer: Offer) -> Decimal | None:
        return _units(offer.equity_minor)

    @staticmethod
    def resolve_equity_kind(offer: Offer) -> str | None:
        return offer.equity_kind or None

    @staticmethod
    def resolve_work_mode(offer: Offer) -> str | None:
        return offer.work_mode or None


class OfferIn(Schema):
    """The terms to record or change; those left out stay as they are."""

    received_on: date | None = None
    in_writing: bool | None = None
    base_pay: Decimal | None = None
    currency: str | None = None
    period: Offer.Period | None = None
    hours_per_week: Decimal | None = None
    days_per_week: Decimal | None = None
    weeks_per_year: int | None = None
    bonus_percent: Decimal | None = None
    bonus: Decimal | None = None
    sign_on: Decimal | None = None
    equity_kind: EquityKind | None = None
    equity: Decimal | None = None
    vesting_months: int | None = None
    cliff_months: int | None = None
    benefits: str | None = None
    leave_days: int | None = None
    work_mode: WorkMode | None = None
    location: str | None = None
    start_date: date | None = None
    probation: str | None = None
    notice_period: str | None = None
    respond_by: date | None = None
    details: str | None = None


class DecisionIn(Schema):
    decision: Offer.Decision = Field(description="accepted or declined")
    start_date: date | None = None


class CandidateOut(Schema):
    application: ApplicationOut
    reasons: list[str]
    advice: str


class CandidatePage(Schema):
    headline: str
    count: int
    page: int
    pages: int
    results: list[CandidateOut]


class TodayItemOut(Schema):
    key: str
    kind: str
    title: str
    detail: str
    url: str
    action: str
    level: str


class TokenOut(Schema):
    name: str
    scope: ApiToken.Scope
    expires_at: datetime
