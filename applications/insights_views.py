from django.shortcuts import render
from django.views.decorators.http import require_GET

from applications.insights import insights


@require_GET
def insights_page(request):
    return render(request, "applications/insights.html", insights(request.user))
