from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from applications import services
from applications.forms import KeepInPlayForm
from applications.models import Application, KeepReason
from withdrawals.candidates import situation_for


def candidates(request):
    """Withdrawal candidates, most urgent first, with why and what to do."""
    return render(
        request,
        "withdrawals/candidates.html",
        {"situation": situation_for(request.user), "keep_reasons": KeepReason.choices},
    )


@require_POST
def keep_in_play(request, pk):
    application = get_object_or_404(Application, pk=pk, owner=request.user)
    form = KeepInPlayForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose why you keep this process in play.")
        return redirect("withdrawals:candidates")
    services.keep_in_play(
        application=application,
        reason=form.cleaned_data["reason"],
        note=form.cleaned_data["note"],
    )
    messages.success(
        request,
        f"Kept {application} in play ({KeepReason(form.cleaned_data['reason']).label.lower()}). "
        "It is off the list until you undo it or a new offer arrives.",
    )
    return redirect("withdrawals:candidates")


@require_POST
def undo_keep_in_play(request, pk):
    application = get_object_or_404(Application, pk=pk, owner=request.user)
    services.undo_keep_in_play(application=application)
    messages.success(request, f"{application} is back on the list.")
    return redirect("withdrawals:candidates")
