"""The webhooks pages: the user's endpoints, each with its secret and delivery log."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods, require_POST

from api import webhooks
from api.forms import WebhookEndpointForm
from api.models import WebhookEndpoint

DELIVERIES_SHOWN = 50


def _own_endpoint(request, pk) -> WebhookEndpoint:
    return get_object_or_404(WebhookEndpoint, pk=pk, owner=request.user)


@require_http_methods(["GET", "POST"])
def endpoints(request):
    """The user's endpoints, and the form to add one."""
    form = WebhookEndpointForm(request.POST or None, instance=WebhookEndpoint(owner=request.user))
    if request.method == "POST" and form.is_valid():
        endpoint = form.save()
        messages.success(
            request,
            gettext("Bowout will post the events you chose to %(url)s.") % {"url": endpoint.url},
        )
        return redirect(endpoint)
    return render(
        request,
        "api/webhooks.html",
        {"form": form, "endpoints": WebhookEndpoint.objects.for_user(request.user)},
        status=422 if form.is_bound else 200,
    )


def endpoint_detail(request, pk):
    endpoint = _own_endpoint(request, pk)
    deliveries = endpoint.deliveries.select_related("event")[:DELIVERIES_SHOWN]
    return render(
        request, "api/webhook_detail.html", {"endpoint": endpoint, "deliveries": deliveries}
    )


@require_POST
def endpoint_enable(request, pk):
    endpoint = _own_endpoint(request, pk)
    webhooks.turn_back_on(endpoint=endpoint)
    messages.success(request, gettext("Turned back on: waiting events go out within a minute."))
    return redirect(endpoint)


@require_http_methods(["GET", "POST"])
def endpoint_delete(request, pk):
    endpoint = _own_endpoint(request, pk)
    if request.method == "POST":
        endpoint.delete()
        messages.success(
            request, gettext("Bowout no longer posts to %(url)s.") % {"url": endpoint.url}
        )
        return redirect("webhooks:list")
    return render(request, "api/webhook_delete.html", {"endpoint": endpoint})
