from django.contrib import admin
from django.urls import include, path

from applications.health import healthz
from applications.views import home

# An unreachable database answers 503 with Retry-After; any other error, Django's 500.
handler500 = "applications.health.server_error"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    path("", home, name="home"),
    path("", include("applications.urls")),
    path("withdrawals/", include("withdrawals.urls")),
]
