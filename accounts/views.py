from functools import wraps

from allauth.account.decorators import reauthentication_required
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_not_required
from django.core import signing
from django.forms.models import model_to_dict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST
from django.views.i18n import set_language as django_set_language

from accounts import invitations, languages, services
from accounts.forms import ApiTokenForm, NameForm, ProfileForm
from accounts.models import ApiToken, Invitation, User


def _status(form) -> int:
    """A form shown again after a refused POST answers 422."""
    return 422 if form.is_bound else 200


def refused_as_422(view):
    """An allauth view whose form comes back with errors answers 422, as Bowout's forms do
    (htmx swaps a 422 in; tests and checks read it as "refused, nothing saved")."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if request.method == "POST" and response.status_code == 200:
            form = (getattr(response, "context_data", None) or {}).get("form")
            if form is not None and form.is_bound and form.errors:
                response.status_code = 422
        return response

    return wrapper


@login_not_required
def accept_invitation(request, token):
    """The link in an invitation: remember it for this visitor and open the sign-up."""
    invitation = Invitation.objects.usable().filter(token=token[:64]).first()
    if invitation is None:
        return render(request, "account/invitation_invalid.html", status=404)
    if request.user.is_authenticated:
        messages.info(
            request, _("You already have an account: this invitation is for someone new.")
        )
        return redirect("home")
    invitations.remember(request, invitation)
    messages.info(
        request, _("Welcome! Create your account with %(email)s.") % {"email": invitation.email}
    )
    return redirect("signup")


def _profile_context(request, form) -> dict:
    return {
        "form": form,
        "email_verified": request.user.has_verified_email(),
        # Google and Microsoft appear only when configured (SOCIALACCOUNT_PROVIDERS).
        "social_login_enabled": bool(settings.SOCIALACCOUNT_PROVIDERS),
    }


def _remember_language(response, language: str):
    """The choice in the language cookie too: the pages after logging out keep it."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        # The message is read on the next page, in the language just chosen.
        with translation.override(user.language):
            messages.success(request, _("Your profile is saved."))
        return _remember_language(redirect("profile"), user.language)
    return render(
        request, "accounts/profile.html", _profile_context(request, form), status=_status(form)
    )


@login_not_required
@require_POST
def set_language(request):
    """The language chooser (a visitor's, the profile's offer, "No thanks"): Django's view
    keeps the choice in the cookie and goes back; a logged-in user's profile keeps it too."""
    response = django_set_language(request)
    language = languages.supported(request.POST.get("language"))
    if language and request.user.is_authenticated:
        services.choose_language(user=request.user, language=language)
    return response


@require_POST
@reauthentication_required
def new_calendar_link(request):
    """A new private feed address, once the user proved it is them (password, authenticator or
    passkey, within 5 minutes): whoever holds the session could otherwise take the feed."""
    request.user.new_calendar_link()
    messages.success(
        request,
        _(
            "Made a new calendar link. The old one no longer works: subscribe to the new one "
            "in your calendar app."
        ),
    )
    return redirect("profile")


@require_POST
def save_name(request):
    """The dashboard's name prompt: save the name, or send to the profile to fix it."""
    form = NameForm(request.POST)
    if not form.is_valid():
        # The profile page, with the name left empty beside its field and nothing saved.
        messages.error(request, _("Type the name you sign your emails with, or use your profile."))
        data = model_to_dict(request.user, fields=ProfileForm.Meta.fields)
        data["full_name"] = request.POST.get("full_name", "")
        profile_form = ProfileForm(data, instance=User.objects.get(pk=request.user.pk))
        return render(
            request, "accounts/profile.html", _profile_context(request, profile_form), status=422
        )
    User.objects.filter(pk=request.user.pk).update(full_name=form.cleaned_data["full_name"])
    messages.success(
        request,
        _("Your emails are now signed “%(name)s”.") % {"name": form.cleaned_data["full_name"]},
    )
    return redirect("home")


@require_POST
def dismiss_name_prompt(request):
    User.objects.filter(pk=request.user.pk).update(name_prompt_dismissed_at=timezone.now())
    messages.info(request, _("You can add your name any time from your profile."))
    return redirect("home")


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
@reauthentication_required
def delete_account(request):
    """Delete the account and everything it owns, once the user proved it is them again
    (password, authenticator or passkey: allauth's re-authentication, valid 5 minutes)."""
    if request.method == "POST":
        user = request.user
        logout(request)
        services.delete_account(user=user)
        messages.success(request, _("Your account and everything in it are deleted. Goodbye!"))
        return redirect("login")
    return render(request, "accounts/delete_account.html")


# --- Personal access tokens ------------------------------------------------------------------


def _api_tokens_page(request, form, *, status=200, just_made=None):
    context = {
        "form": form,
        "tokens": ApiToken.objects.for_user(request.user),
        "just_made": just_made,
        "now": timezone.now(),
        "api_base": request.build_absolute_uri("/api/v1/"),
    }
    return render(request, "accounts/api_tokens.html", context, status=status)


@require_http_methods(["GET"])
def api_tokens(request):
    """The user's API tokens and the form to make one."""
    return _api_tokens_page(request, ApiTokenForm())


@require_POST
@reauthentication_required
def api_token_create(request):
    """Make a token once the user proved it is them (password, authenticator or passkey, within
    5 minutes): a token reads, and may change, everything in the account, so a borrowed
    session must not be able to mint one. The secret is on this page once and never again."""
    form = ApiTokenForm(request.POST, instance=ApiToken(owner=request.user))
    if not form.is_valid():
        return _api_tokens_page(request, form, status=422)
    token = form.save(commit=False)
    secret = services.create_api_token(token=token, days=form.cleaned_data["days"])
    messages.success(
        request, _("Token “%(name)s” made. Copy it now: it is shown once.") % {"name": token.name}
    )
    # Rendered, not redirected: the secret is never stored, not even in the session.
    return _api_tokens_page(request, ApiTokenForm(), just_made={"pk": token.pk, "secret": secret})


@require_http_methods(["GET", "POST"])
def api_token_revoke(request, pk):
    """Ask, then stop the token working at once."""
    token = get_object_or_404(ApiToken, pk=pk, owner=request.user)
    if request.method == "POST":
        services.revoke_api_token(token=token)
        messages.success(request, _("The token “%(name)s” no longer works.") % {"name": token.name})
        return redirect(reverse("api_tokens"))
    return render(request, "accounts/api_token_revoke.html", {"token": token})
