"""The admin site: Django's, with clean answers to list filters it would fail on."""

from functools import wraps

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.contrib.admin.views.main import ERROR_FLAG
from django.http import HttpResponseBadRequest, HttpResponseRedirect


class BowoutAdminSite(admin.AdminSite):
    site_header = "Bowout administration"
    site_title = "Bowout admin"

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
