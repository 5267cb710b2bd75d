from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_not_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accounts.forms import ProfileForm, SignUpForm


@login_not_required
def signup(request):
    if request.user.is_authenticated:
        return redirect("home")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, "Welcome to Bowout! Add your first application to get started.")
        return redirect("home")
    return render(request, "registration/signup.html", {"form": form})


def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your profile is saved.")
        return redirect("profile")
    return render(request, "accounts/profile.html", {"form": form})


@require_POST
def new_calendar_link(request):
    request.user.new_calendar_link()
    messages.success(
        request,
        "Made a new calendar link. The old one no longer works: subscribe to the new one in "
        "your calendar app.",
    )
    return redirect("profile")
