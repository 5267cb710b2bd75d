import os

from django.core.asgi import get_asgi_application

from config.embedded_postgres import ensure_database_url

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
# An entry point, not the settings, starts the embedded server when DATABASE_URL is unset.
ensure_database_url()

application = get_asgi_application()
