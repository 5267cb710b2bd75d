"""Small readers of rendered pages, so tests assert on what the user sees."""

import html
import re
from datetime import UTC, datetime, timedelta

from django.utils import timezone

from applications.models import Application, Stage, StageChange
from tests.factories import ApplicationFactory


def errors_beside(response, field: str) -> list[str]:
    """The error messages crispy-forms renders under one field (its ``error_N_id_<field>``)."""
    pattern = rf'id="error_\d+_id_{re.escape(field)}"[^>]*>\s*<strong>(.*?)</strong>'
    return [html.unescape(message) for message in re.findall(pattern, response.text, re.S)]


def board_column(response, stage: str) -> str:
    """The HTML of one board column, from its opening tag up to the next column."""
    text = response.text
    start = text.index(f'data-stage="{stage}"')
    following = text.find('data-stage="', start + 1)
    return text[start : following if following != -1 else len(text)]


def listed_companies(response) -> list[str]:
    """Companies in the order the list page's table shows them."""
    body = response.text.split("<tbody>", 1)[-1].split("</tbody>", 1)[0]
    return [
        html.unescape(name)
        for name in re.findall(r'<td><a href="/applications/\d+/">(.*?)</a></td>', body)
    ]


def bulk_applications(owner, count: int, *, stages=tuple(Stage)) -> list[Application]:
    """``count`` applications in one INSERT, cycling through ``stages``, newest activity first."""
    now = timezone.now()
    return Application.objects.bulk_create(
        ApplicationFactory.build(
            owner=owner,
            company=f"Bulk {index:03}",
            stage=stages[index % len(stages)],
            last_activity_at=now - timedelta(minutes=index),
        )
        for index in range(count)
    )


def add(owner, company, *, applied, path, **fields):
    """An application with its stage history: ``path`` is [(stage, "YYYY-MM-DD"), ...]."""
    application = ApplicationFactory(
        owner=owner, company=company, date_applied=applied, stage=path[-1][0], **fields
    )
    previous = ""
    for stage, day in path:
        StageChange.objects.create(
            application=application,
            from_stage=previous,
            to_stage=stage,
            changed_at=datetime.fromisoformat(day).replace(hour=12, tzinfo=UTC),
        )
        previous = stage
    return application
