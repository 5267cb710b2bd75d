from django.contrib import admin
from django.urls import include, path

from applications.views import home
from config.health import healthz

# An unreachable database answers 503 with Retry-After; any other error, Django's 500.
handler500 = "config.health.server_error"

# Each app's own URLconf, top of the map first: data in and data out, then the core.
urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
    path("webhooks/", include("api.webhook_urls")),
    path("accounts/", include("accounts.urls")),
    path("", home, name="home"),
    path("", include("intake.urls")),
    path("", include("reports.urls")),
    path("", include("applications.urls")),
    path("withdrawals/", include("withdrawals.urls")),
]
