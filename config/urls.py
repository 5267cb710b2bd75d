from django.contrib import admin
from django.urls import include, path

from applications.health import healthz

admin.site.site_header = "Bowout administration"
admin.site.site_title = "Bowout admin"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    path("", include("applications.urls")),
]
