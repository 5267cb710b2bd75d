"""The admin site: Django's, with clean answers to list filters it would fail on."""

from functools import wraps

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.contrib.admin.filters import SimpleListFilter
from django.contrib.admin.views.main import ERROR_FLAG
from django.http import HttpResponseBadRequest, HttpResponseRedirect


class BowoutAdminSite(admin.AdminSite):
    site_header = "Bowout administration"
    site_title = "Bowout admin"

    def login(self, request, extra_context=None):
        """Staff log in through Bowout's own log-in page, which asks for their second factor
        and counts failures; the admin's password-only form would skip both."""
        # Imported here: this module loads while the app registry is still being populated.
        from allauth.account.decorators import secure_admin_login

        return secure_admin_login(super().login)(request, extra_context)

    def admin_view(self, view, cacheable=False):
        guarded = super().admin_view(view, cacheable)

        @wraps(view)
        def inner(request, *args, **kwargs):
            if any(
                "\x00" in key or any("\x00" in value for value in values)
                for key, values in request.GET.lists()
            ):
                # PostgreSQL refuses a NUL in a query: a list filter or search with one would
                # fail as the page renders. No link of the admin makes one.
                return HttpResponseBadRequest("A NUL character is not allowed in the address.")
            try:
                return guarded(request, *args, **kwargs)
            except OverflowError:
                # A date-hierarchy filter past the calendar (?sent_at__year=99999999999, or
                # December 9999, whose end is in year 10000). Django's list turns a ValueError
                # there into its "invalid filter" redirect, but not this: do the same.
                return HttpResponseRedirect(f"{request.path}?{ERROR_FLAG}=1")

        return inner


class BowoutAdminConfig(AdminConfig):
    """Django's admin app, serving the site above (named in INSTALLED_APPS)."""

    default_site = "accounts.admin_site.BowoutAdminSite"


def _is_superuser(request) -> bool:
    return request.user.is_active and request.user.is_superuser


class _ReadOnlyForSuperusers:
    """Shown to superusers only, whatever permissions other staff hold; changed by nobody."""

    def get_readonly_fields(self, request, obj=None):
        return self.get_fields(request, obj)  # type: ignore[attr-defined]  # the admin's

    def has_view_permission(self, request, obj=None):
        return _is_superuser(request)

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# The lookups Django's own list filters and date hierarchy put in their links.
_FILTER_LOOKUPS = {"exact", "isnull", "in", "gte", "gt", "lte", "lt", "year", "month", "day", "id"}


class UserDataAdmin(_ReadOnlyForSuperusers, admin.ModelAdmin):
    """A user's own records: read-only, and only superusers see them (README, "Privacy in the
    admin").

    ``fields`` lists what is shown, and a user's private texts (notes, drafts, sent emails,
    reflections) are never among them: a field added to a model stays hidden until listed.
    """

    def has_module_permission(self, request):
        return _is_superuser(request)

    def lookup_allowed(self, lookup, value, request):
        """Only the filters the page offers (its list filters and date hierarchy), answered
        400 otherwise. Django allows any lookup on a model's own fields, so
        ``?notes__startswith=P`` would spell out a private text by counting results."""
        offered: set[str] = {self.date_hierarchy} if self.date_hierarchy else set()
        for item in self.get_list_filter(request):
            if isinstance(item, type) and issubclass(item, SimpleListFilter):
                offered.add(str(item.parameter_name))
            else:
                offered.add(str(item[0] if isinstance(item, (list, tuple)) else item))
        for name in offered:
            if lookup == name:
                return True
            if lookup.startswith(f"{name}__"):
                # Past the offered field, only the lookups its filter links make.
                rest = lookup.removeprefix(f"{name}__").split("__")
                return set(rest) <= _FILTER_LOOKUPS
        return False


class UserDataInline(_ReadOnlyForSuperusers, admin.TabularInline):
    """The same policy for records shown inside another's page."""

    extra = 0
    can_delete = False
