"""Everything the user owns, as one download (this app holds the last layer of it)."""

from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from withdrawals import portability


@require_GET
def everything_download(request):
    response = HttpResponse(
        portability.everything_json(user=request.user), content_type="application/json"
    )
    filename = f"bowout-{request.user.username}-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
