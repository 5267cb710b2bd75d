"""Test settings: production settings with a fast password hasher.

With DATABASE_URL unset, config.pytest_plugin gives each test run its own embedded PostgreSQL in
a temporary folder, deleted when the run ends.
"""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-used-anywhere-else")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
# The live-server browser tests speak plain HTTP.
os.environ.setdefault("HTTPS_ONLY", "false")

from config.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
# Whitenoise's manifest needs collectstatic; tests read static files from the source folders.
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
# The browser tests register and use passkeys on http://localhost; browsers allow WebAuthn there,
# and allauth must accept that origin too. Only here: production serves HTTPS.
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True
