"""Offers side by side: one column per offer, a row per term, the totals, and a score that
helps (never decides) when the user weighs what matters to them."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.utils import dateformat, formats, timezone
from django.utils.translation import gettext, gettext_lazy, ngettext, pgettext

from applications.compensation import Money, Rate, Totals, convert, pay_text, totals
from applications.models import RATED_CRITERIA, ExchangeRate, Offer, WorkMode

MIN_OFFERS = 2
MAX_OFFERS = 4

# What the user may weigh, 0 (ignore) to 5 (matters most).
CRITERIA = {
    "pay": gettext_lazy("Pay (first-year total)"),
    "leave": gettext_lazy("Paid leave"),
    "remote": gettext_lazy("Remote working"),
    **RATED_CRITERIA,
}
MAX_WEIGHT = 5
_REMOTE_VALUE: dict[str, Decimal] = {WorkMode.REMOTE: Decimal(1), WorkMode.HYBRID: Decimal("0.5")}


@dataclass
class Column:
    """One offer's side of the comparison."""

    offer: Offer
    totals: Totals
    first_year: Money | None = None  # converted into the comparison's currency
    annualised: Money | None = None
    rate: Rate | None = None
    score: int | None = None
    cells: list[tuple[str, str]] = field(default_factory=list)  # (row label, text)


@dataclass
class Comparison:
    columns: list[Column]
    currency: str
    rows: list[tuple[str, list[str]]]
    missing_rates: list[str]  # currencies with no rate into ``currency``
    weights: dict[str, int]
    score_note: str = ""

    @property
    def scored(self) -> bool:
        return any(column.score is not None for column in self.columns)


def user_rates(user) -> list[Rate]:
    return [
        Rate(rate.currency, rate.into, rate.rate, rate.as_of)
        for rate in ExchangeRate.objects.filter(owner=user)
    ]


def usual_currency(offers: list[Offer]) -> str:
    """The currency most of the offers are in (the first offer's on a tie)."""
    counts = Counter(offer.currency for offer in offers)
    return max(offers, key=lambda offer: counts[offer.currency]).currency if offers else "GBP"


def _text(value) -> str:
    return "—" if value in (None, "") else str(value)


def _number(value) -> str:
    """A count of hours, days or a percentage as the reader writes it ("37.5", "37,5")."""
    return formats.number_format(Decimal(value).normalize())


def _day(day: date) -> str:
    """ "10 Dec 2026", in the reader's language's format."""
    return dateformat.format(day, pgettext("date format", "j M Y"))


def _equity_text(offer: Offer) -> str:
    if not offer.equity_minor and not offer.equity_kind:
        return "—"
    parts = [gettext(offer.get_equity_kind_display()) if offer.equity_kind else gettext("Equity")]
    if offer.equity_minor:
        money = Money(offer.equity_minor, offer.currency)
        parts.append(gettext("worth %(amount)s") % {"amount": money})
    if offer.vesting_months:
        parts.append(gettext("vesting over %(months)s months") % {"months": offer.vesting_months})
    if offer.cliff_months:
        parts.append(gettext("%(months)s-month cliff") % {"months": offer.cliff_months})
    return ", ".join(parts)


def _pay_text(offer: Offer) -> str:
    if offer.base_pay_minor is None:
        return "—"
    text = pay_text(offer)
    if offer.period == Offer.Period.HOUR and offer.hours_per_week:
        hours = _number(offer.hours_per_week)
        text += ", " + gettext("%(hours)s hours a week") % {"hours": hours}
    if offer.period == Offer.Period.DAY and offer.days_per_week:
        days = _number(offer.days_per_week)
        text += ", " + gettext("%(days)s days a week") % {"days": days}
    if offer.period in (Offer.Period.HOUR, Offer.Period.DAY) and offer.weeks_per_year != 52:
        text += ", " + gettext("%(weeks)s weeks a year") % {"weeks": offer.weeks_per_year}
    return text


def _bonus_text(offer: Offer, sums: Totals) -> str:
    if offer.bonus_percent is not None:
        percent = gettext("%(percent)s%% target") % {"percent": _number(offer.bonus_percent)}
        return f"{percent} ({sums.bonus})" if sums.bonus else percent
    return _text(sums.bonus)


def _total_text(own: Money | None, converted: Money | None, rate: Rate | None, sums) -> str:
    if own is None:
        return " ".join(sums.missing) or "—"
    if rate is None or converted is None:
        return str(own)
    return gettext("%(amount)s ≈ %(converted)s (at %(rate)s)") % {
        "amount": own,
        "converted": converted,
        "rate": rate,
    }


def _deadline_text(offer: Offer) -> str:
    if offer.respond_by is None:
        return "—"
    text = _day(offer.respond_by)
    return f"{text} ({offer.deadline_text})" if offer.deadline_text else text


def _ratings_text(offer: Offer, key: str) -> str:
    value = (offer.ratings or {}).get(key)
    return gettext("%(rating)s of 5") % {"rating": value} if value else gettext("not rated")


def _row_values(column: Column) -> list[tuple[str, str]]:
    offer, sums = column.offer, column.totals
    application = offer.application
    stage = gettext(application.get_stage_display())
    leave = offer.leave_days
    rows = [
        (gettext("Stage"), f"{stage} · {gettext(offer.get_decision_display())}"),
        (gettext("In writing"), gettext("Yes") if offer.in_writing else gettext("Not yet")),
        (gettext("Base pay"), _pay_text(offer)),
        (
            gettext("Pay over a year"),
            " ".join(sums.missing[:1]) if sums.pay is None else str(sums.pay),
        ),
        (gettext("Target bonus"), _bonus_text(offer, sums)),
        (gettext("Sign-on bonus"), _text(sums.sign_on)),
        (gettext("Equity"), _equity_text(offer)),
        (gettext("Equity vesting in the first year"), _text(sums.equity_first_year)),
        (
            gettext("First-year total"),
            _total_text(sums.first_year, column.first_year, column.rate, sums),
        ),
        (
            gettext("Annualised total"),
            _total_text(sums.annualised, column.annualised, column.rate, sums),
        ),
        (gettext("Benefits"), _text(offer.benefits)),
        (
            gettext("Paid leave"),
            "—"
            if leave is None
            else ngettext("%(days)s day", "%(days)s days", leave) % {"days": leave},
        ),
        (
            gettext("Work mode"),
            gettext(offer.get_work_mode_display()) if offer.work_mode else "—",
        ),
        (gettext("Location"), _text(offer.location)),
        (gettext("Start date"), _day(offer.start_date) if offer.start_date else "—"),
        (gettext("Probation"), _text(offer.probation)),
        (gettext("Notice period"), _text(offer.notice_period)),
        (gettext("Deadline"), _deadline_text(offer)),
        (
            gettext("Deal-breakers"),
            ", ".join(gettext(label) for label in application.deal_breaker_labels)
            or gettext("None recorded"),
        ),
        (gettext("Your notes"), _text(offer.details)),
    ]
    rows += [(str(label), _ratings_text(offer, key)) for key, label in RATED_CRITERIA.items()]
    return rows


def _criterion_values(columns: list[Column], key: str) -> list[Decimal]:
    """Each offer's standing on one criterion, 0 to 1 (the best offer's pay is 1)."""
    if key == "pay":
        amounts = [
            Decimal(column.first_year.minor if column.first_year else 0) for column in columns
        ]
        best = max(amounts)
        return [amount / best if best else Decimal(0) for amount in amounts]
    if key == "leave":
        days = [Decimal(column.offer.leave_days or 0) for column in columns]
        most = max(days)
        return [value / most if most else Decimal(0) for value in days]
    if key == "remote":
        return [_REMOTE_VALUE.get(column.offer.work_mode, Decimal(0)) for column in columns]
    return [Decimal((column.offer.ratings or {}).get(key, 1) - 1) / 4 for column in columns]


def _score(columns: list[Column], weights: dict[str, int], missing_rates: list[str]) -> str:
    """Set each column's score out of 100; return why there is none, if there is none."""
    weighed = {key: weight for key, weight in weights.items() if weight}
    if not weighed:
        return gettext("Set how much each thing matters to you to see a score.")
    if missing_rates:
        return gettext(
            "No score: enter an exchange rate for %(currencies)s so the pay can be weighed in "
            "one currency."
        ) % {"currencies": ", ".join(missing_rates)}
    if "pay" in weighed and any(column.first_year is None for column in columns):
        return gettext("No score: every offer needs its base pay (and hours or days) to weigh pay.")
    total_weight = sum(weighed.values())
    sums = [Decimal(0)] * len(columns)
    for key, weight in weighed.items():
        for index, value in enumerate(_criterion_values(columns, key)):
            sums[index] += weight * value
    for column, value in zip(columns, sums, strict=True):
        column.score = int((value * 100 / total_weight).quantize(Decimal(1)))
    return ""


def compare(
    offers: list[Offer],
    *,
    rates: list[Rate],
    currency: str = "",
    weights: dict[str, int] | None = None,
) -> Comparison:
    """The comparison of ``offers`` (each with its application loaded), in ``currency``."""
    currency = currency or usual_currency(offers)
    weights = {key: (weights or {}).get(key, 0) for key in CRITERIA}
    columns = []
    missing_rates: list[str] = []
    for offer in offers:
        sums = totals(offer)
        column = Column(offer=offer, totals=sums)
        if offer.currency == currency:
            column.first_year, column.annualised = sums.first_year, sums.annualised
        else:
            column.first_year, column.rate = convert(sums.first_year, currency, rates)
            column.annualised, _ = convert(sums.annualised, currency, rates)
            if column.rate is None and offer.currency not in missing_rates:
                missing_rates.append(offer.currency)
        columns.append(column)
    score_note = _score(columns, weights, missing_rates)
    for column in columns:
        column.cells = _row_values(column)
        if column.score is not None:
            column.cells.append(
                (
                    gettext("Score (a help, not a verdict)"),
                    gettext("%(score)s of 100") % {"score": column.score},
                )
            )
    labels = [label for label, _ in columns[0].cells] if columns else []
    rows = [
        (label, [column.cells[index][1] for column in columns])
        for index, label in enumerate(labels)
    ]
    return Comparison(
        columns=columns,
        currency=currency,
        rows=rows,
        missing_rates=missing_rates,
        weights=weights,
        score_note=score_note,
    )


def snapshot(chosen: Offer, comparison: Comparison) -> dict:
    """What the user chose and over what, as plain values kept with the accepted offer."""

    def summary(column: Column) -> dict:
        offer = column.offer
        return {
            "company": offer.application.company,
            "position": offer.application.position,
            "decision": offer.decision,
            "first_year": str(column.totals.first_year or ""),
            "annualised": str(column.totals.annualised or ""),
            "first_year_converted": str(column.first_year or ""),
            "rate": str(column.rate or ""),
            "score": column.score,
        }

    return {
        "compared_on": timezone.localdate().isoformat(),
        "currency": comparison.currency,
        "chosen": next(
            summary(column) for column in comparison.columns if column.offer.pk == chosen.pk
        ),
        "over": [summary(column) for column in comparison.columns if column.offer.pk != chosen.pk],
        "rows": [[label, cells] for label, cells in comparison.rows],
        "companies": [column.offer.application.company for column in comparison.columns],
    }


def chosen_over(kept: dict, *, figures: bool = True) -> str:
    """The comparison kept when an offer was accepted (``snapshot``) in one sentence, for the
    job search record: the day, and the offers it was chosen over, with each first-year total
    when ``figures`` (a coach sees them only if the user shares offer terms). Empty when the
    offer was the only one. Reads a restored download's values without trusting their shape.
    """
    over = [item for item in (kept or {}).get("over") or [] if isinstance(item, dict)]
    if not over:
        return ""

    def one(summary: dict) -> str:
        text = ", ".join(str(summary[key]) for key in ("company", "position") if summary.get(key))
        if figures:
            total = summary.get("first_year") or gettext("not known")
            if summary.get("first_year_converted") and summary.get("rate"):
                total = gettext("%(amount)s ≈ %(converted)s at %(rate)s") % {
                    "amount": total,
                    "converted": summary["first_year_converted"],
                    "rate": summary["rate"],
                }
            text += " " + gettext("(first year %(total)s)") % {"total": total}
        return text

    others = "; ".join(one(summary) for summary in over)
    try:
        day = date.fromisoformat(str(kept.get("compared_on")))
    except ValueError:
        sentence = gettext("Chosen over %(others)s.") % {"others": others}
    else:
        sentence = gettext("Chosen on %(day)s over %(others)s.") % {
            "day": dateformat.format(day, pgettext("date format", "j F Y")),
            "others": others,
        }
    chosen = kept.get("chosen")
    if figures and isinstance(chosen, dict) and chosen.get("first_year"):
        sentence += " " + gettext("This offer's first year: %(total)s.") % {
            "total": chosen["first_year"]
        }
    return sentence
