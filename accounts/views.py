from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.core import signing
from django.forms.models import model_to_dict
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from accounts import services
from accounts.forms import DeleteAccountForm, NameForm, ProfileForm, SignUpForm
from accounts.lockout import lift_lockout
from accounts.models import User


def _status(form) -> int:
    """A form shown again after a refused POST answers 422."""
    return 422 if form.is_bound else 200


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
    return render(request, "registration/signup.html", {"form": form}, status=_status(form))


def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your profile is saved.")
        return redirect("profile")
    return render(request, "accounts/profile.html", {"form": form}, status=_status(form))


@require_POST
def new_calendar_link(request):
    request.user.new_calendar_link()
    messages.success(
        request,
        "Made a new calendar link. The old one no longer works: subscribe to the new one in "
        "your calendar app.",
    )
    return redirect("profile")


@require_POST
def save_name(request):
    """The dashboard's name prompt: save the name, or send to the profile to fix it."""
    form = NameForm(request.POST)
    if not form.is_valid():
        # The profile page, with the name left empty beside its field and nothing saved.
        messages.error(request, "Type the name you sign your emails with, or use your profile.")
        data = model_to_dict(request.user, fields=ProfileForm.Meta.fields)
        data["full_name"] = request.POST.get("full_name", "")
        profile_form = ProfileForm(data, instance=User.objects.get(pk=request.user.pk))
        return render(request, "accounts/profile.html", {"form": profile_form}, status=422)
    User.objects.filter(pk=request.user.pk).update(full_name=form.cleaned_data["full_name"])
    messages.success(request, f"Your emails are now signed “{form.cleaned_data['full_name']}”.")
    return redirect("home")


@require_POST
def dismiss_name_prompt(request):
    User.objects.filter(pk=request.user.pk).update(name_prompt_dismissed_at=timezone.now())
    messages.info(request, "You can add your name any time from your profile.")
    return redirect("home")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Django's view; a new password set through the emailed link also lifts a log-in lockout,
    as the lockout page promises."""

    def form_valid(self, form):
        response = super().form_valid(form)
        lift_lockout(user=form.user)
        return response


@login_not_required
@csrf_exempt  # Mail programs POST here with no cookie (RFC 8058); the signed token is the key.
@require_http_methods(["GET", "POST"])
def digest_unsubscribe(request, token):
    """Stop the daily digest from the link in it, without logging in.

    GET asks for one click (link scanners open links in emails, and must not unsubscribe
    anyone); POST, from that button or a mail program's one-click unsubscribe, turns it off.
    """
    try:
        user = User.from_digest_unsubscribe_token(token)
    except (signing.BadSignature, ValueError, User.DoesNotExist):
        return render(request, "accounts/digest_unsubscribe.html", {"invalid": True}, status=404)
    if request.method == "POST":
        services.stop_digest(user=user)
        return render(request, "accounts/digest_unsubscribe.html", {"done": True})
    return render(request, "accounts/digest_unsubscribe.html", {"subscribed": user.digest_opt_in})


@require_http_methods(["GET", "POST"])
def delete_account(request):
    """Delete the account and everything it owns, once the password is typed again."""
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.delete_account(user=user)
        messages.success(request, "Your account and everything in it are deleted. Goodbye!")
        return redirect("login")
    return render(
        request,
        "accounts/delete_account.html",
        {"form": form},
        status=422 if request.method == "POST" else 200,
    )
