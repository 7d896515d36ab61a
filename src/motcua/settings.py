"""Django settings. Every setting comes from an environment variable documented in README.md."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from motcua.privacy.periods import RetentionSettingError, retention_years


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


BASE_DIR = Path(__file__).resolve().parent
VAR_DIR = Path(os.environ.get("MOTCUA_VAR_DIR", Path.cwd() / "var")).resolve()

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "motcua-insecure-demo-key-do-not-use-in-production"

ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "ninja",  # Swagger UI from our own static files (/api/v1/docs), not from a CDN
    "django_otp",
    "django_otp.plugins.otp_totp",  # officers' second factor; admins reset a device in /admin
    "axes",  # login lock-out (its attempts live in the database, shared by every process)
    "motcua.accounts",
    "motcua.units",
    "motcua.clock",
    "motcua.catalog",
    "motcua.dossiers",
    "motcua.sync",
    "motcua.api",
    "motcua.demo",
    "motcua.indicators",
    "motcua.web",
    "motcua.portal",
    "motcua.desk",
    "motcua.backup",
    "motcua.audit",
    "motcua.privacy",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",  # after WhiteNoise: static files need no policy
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "motcua.web.middleware.LanguageSwitchMiddleware",
    "django.middleware.common.CommonMiddleware",
    "motcua.web.middleware.RejectNulMiddleware",
    "motcua.audit.middleware.AuditClientMiddleware",  # audit entries record the client address
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "motcua.web.middleware.OfficerSecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "motcua.web.middleware.DatabaseUnavailableMiddleware",  # database down: 503, not 500
    "axes.middleware.AxesMiddleware",  # last: turns a lock-out into the 429 page
]

ROOT_URLCONF = "motcua.urls"
WSGI_APPLICATION = "motcua.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "motcua.web.context_processors.site",
            ]
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'motcua.sqlite3'}"),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        # A kept connection is checked before its first use in a request, so one broken by a
        # database restart is replaced instead of failing that request (web/unavailable.py).
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # Embedded mode: web and worker threads share one file, so wait for locks, never fail fast.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # A file (not memory) so tests can use threads; one per process, so no stale WAL survives.
    DATABASES["default"]["TEST"] = {
        "NAME": os.path.join(tempfile.gettempdir(), f"motcua-test-{os.getpid()}.sqlite3")
    }

# Server-side binding lets psycopg prepare a statement on its 5th use on a connection, so
# PostgreSQL plans the dossier reads (several joins: planning costs more than running them) once
# per connection instead of on every request (bench/results: −60% database CPU per action).
# Behind a pooler, use session pooling or PgBouncer ≥ 1.21; DB_PREPARE=0 turns it off.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool(
    "DB_PREPARE", True
):
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        server_side_binding=True, prepare_threshold=5
    )

# An unreachable server fails a request in seconds (a 503, web/unavailable.py), never hangs it.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(os.environ.get("DB_CONNECT_TIMEOUT", "5"))
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Ho_Chi_Minh"  # display; storage is UTC (USE_TZ)

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_ROOT = Path(os.environ.get("MOTCUA_MEDIA_DIR", VAR_DIR / "media"))
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

LOGIN_URL = "/dang-nhap"
LOCALE_PATHS = [BASE_DIR / "locale"]

# Security headers. A page loads only this site's stylesheet, scripts and images: no inline script,
# style or event handler (web/tests/test_security_headers.py checks the pages), nothing from
# elsewhere. The admin and the Swagger UI (/api/v1/docs, served from "ninja"'s static files) need
# no exception.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],  # data: the icons inlined in Swagger UI's stylesheet
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# HTTPS only (secure cookies, HSTS, http:// redirected) unless DEBUG; MOTCUA_HTTPS=0 for plain
# HTTP on loopback (the benchmark). Behind a proxy that terminates TLS, MOTCUA_PROXY_SSL_HEADER=1
# trusts its X-Forwarded-Proto: only when the proxy always sets (or strips) that header.
MOTCUA_HTTPS = env_bool("MOTCUA_HTTPS", not DEBUG)
SESSION_COOKIE_SECURE = MOTCUA_HTTPS
CSRF_COOKIE_SECURE = MOTCUA_HTTPS
SECURE_SSL_REDIRECT = MOTCUA_HTTPS
SECURE_HSTS_SECONDS = 31_536_000 if MOTCUA_HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = MOTCUA_HTTPS
if env_bool("MOTCUA_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Officers share counter computers: a session ends with the browser, and after a working day.
SESSION_COOKIE_AGE = round(float(os.environ.get("MOTCUA_SESSION_HOURS", "8")) * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Argon2 for new passwords; a PBKDF2 hash still verifies and is rehashed with Argon2 on login.
PASSWORD_HASHERS = [
    "motcua.accounts.hashers.ModestArgon2PasswordHasher",
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
]

# motcua's own settings.
MOTCUA_SITE_NAME = os.environ.get("MOTCUA_SITE_NAME", "Dịch vụ công tỉnh Sơn Hà")
MOTCUA_DEMO = env_bool("MOTCUA_DEMO", DEBUG)  # lists demo accounts on the login page
MOTCUA_DEMO_PASSWORD = "motcua-demo"
MOTCUA_DEMO_USERS = [
    "desk.tinh.1",
    "officer.tuphap.1",
    "leader.tuphap",
    "desk.hoabinh.1",
    "officer.hoabinh.1",
    "leader.hoabinh",
    "leader.tinh",
    "congdan.00001",
    "motcua.admin",
]
# Signing in. Every role but a citizen's (and any staff account) also enters a TOTP code from an
# authenticator app, enrolled by QR code at the first sign-in; an admin resets a lost device in
# /admin or with `motcua otp_reset USERNAME`. MOTCUA_OFFICER_TOTP=0 turns that off; it is off by
# default in demo mode, so the demo accounts sign in with their password alone.
MOTCUA_OFFICER_TOTP = env_bool("MOTCUA_OFFICER_TOTP", not MOTCUA_DEMO)
OTP_TOTP_ISSUER = MOTCUA_SITE_NAME
OTP_ADMIN_HIDE_SENSITIVE_DATA = True  # the admin never shows a device's secret again
# MOTCUA_LOGIN_ATTEMPTS wrong passwords for one username from one client address lock that pair
# out for MOTCUA_LOGIN_LOCK_MINUTES (a further try restarts the wait); an admin unlocks it with
# `motcua axes_reset_username USERNAME`. The attempts live in the database, shared by every process.
MOTCUA_LOGIN_ATTEMPTS = int(os.environ.get("MOTCUA_LOGIN_ATTEMPTS", "5"))
MOTCUA_LOGIN_LOCK_MINUTES = float(os.environ.get("MOTCUA_LOGIN_LOCK_MINUTES", "15"))
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out pair before the password
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = MOTCUA_LOGIN_ATTEMPTS
AXES_COOLOFF_TIME = dt.timedelta(minutes=MOTCUA_LOGIN_LOCK_MINUTES)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "motcua.web.views.locked_out"
AXES_CLIENT_IP_CALLABLE = "motcua.web.middleware.client_address"
AXES_VERBOSE = False
# Behind reverse proxies that append their peer to X-Forwarded-For, how many there are: the client
# address (lock-out, tracking limits) is then the one the outermost proxy saw. 0: REMOTE_ADDR.
MOTCUA_TRUSTED_PROXIES = int(os.environ.get("MOTCUA_TRUSTED_PROXIES", "0"))
# Looking a dossier up by code (/tra-cuu): at most MOTCUA_TRACK_LOOKUPS per client address per
# MOTCUA_TRACK_WINDOW_SECONDS, so codes cannot be enumerated (0: no limit, e.g. the benchmark).
# Counted in the database, so every web process shares the count.
MOTCUA_TRACK_LOOKUPS = int(os.environ.get("MOTCUA_TRACK_LOOKUPS", "60"))
MOTCUA_TRACK_WINDOW_SECONDS = int(os.environ.get("MOTCUA_TRACK_WINDOW_SECONDS", "600"))
MOTCUA_MAX_UPLOAD_MB = int(os.environ.get("MOTCUA_MAX_UPLOAD_MB", "10"))
MOTCUA_MAX_UPLOAD_PAGES = int(os.environ.get("MOTCUA_MAX_UPLOAD_PAGES", "200"))
MOTCUA_DOSSIER_CODE_GENERATOR = os.environ.get(
    "MOTCUA_DOSSIER_CODE_GENERATOR", "motcua.dossiers.codes.agency_date_sequence"
)
MOTCUA_DELIVERY_CONSUMERS = [
    c for c in os.environ.get("MOTCUA_DELIVERY_CONSUMERS", "portal").split(",") if c
]
MOTCUA_DELIVERY_MAX_ATTEMPTS = int(os.environ.get("MOTCUA_DELIVERY_MAX_ATTEMPTS", "12"))
MOTCUA_WORKER_BATCH = int(os.environ.get("MOTCUA_WORKER_BATCH", "100"))
MOTCUA_MAX_SUPPLEMENTS = 1  # Decision 766: more than one supplement request counts as late
# The national portal (DVCQG): this province's unit code, and the enum values the public protocol
# does not pin down (domain README §5). MOTCUA_PUBLIC_URL is the absolute base of document links.
MOTCUA_PORTAL_MADONVI = os.environ.get("MOTCUA_PORTAL_MADONVI", "000.00.00.H99")
MOTCUA_PORTAL_NOI_NOP = os.environ.get("MOTCUA_PORTAL_NOI_NOP", "1")
MOTCUA_PORTAL_LOAI_DINH_DANH = os.environ.get("MOTCUA_PORTAL_LOAI_DINH_DANH", "1")
MOTCUA_PORTAL_MA_CSDL = [
    c.strip() for c in os.environ.get("MOTCUA_PORTAL_MA_CSDL", "").split(",") if c.strip()
]
MOTCUA_PUBLIC_URL = os.environ.get("MOTCUA_PUBLIC_URL", "http://127.0.0.1:8000").rstrip("/")
# Where and how the worker talks to the portal. No URL: the "portal" deliveries wait, nothing lost.
# MOTCUA_PORTAL_SIM=1 makes `motcua serve` run the simulator on loopback and point the URL at it.
MOTCUA_PORTAL_URL = os.environ.get("MOTCUA_PORTAL_URL", "").rstrip("/")
MOTCUA_PORTAL_USERNAME = os.environ.get("MOTCUA_PORTAL_USERNAME", "")
MOTCUA_PORTAL_PASSWORD = os.environ.get("MOTCUA_PORTAL_PASSWORD", "")
MOTCUA_PORTAL_DSTCODE = os.environ.get("MOTCUA_PORTAL_DSTCODE", "")
MOTCUA_PORTAL_TIMEOUT = float(os.environ.get("MOTCUA_PORTAL_TIMEOUT", "10"))
MOTCUA_PORTAL_BATCH = int(os.environ.get("MOTCUA_PORTAL_BATCH", "200"))
MOTCUA_PORTAL_INBOUND = env_bool("MOTCUA_PORTAL_INBOUND", True)  # used only with a URL
MOTCUA_PORTAL_INBOUND_SECONDS = float(os.environ.get("MOTCUA_PORTAL_INBOUND_SECONDS", "30"))
# How often each worker folds changed dossiers into the stored service-index figures.
MOTCUA_FIGURES_SECONDS = float(os.environ.get("MOTCUA_FIGURES_SECONDS", "2"))
# How often each worker chains new audit-log entries by hash (`motcua audit seal` by hand).
MOTCUA_AUDIT_SEAL_SECONDS = float(os.environ.get("MOTCUA_AUDIT_SEAL_SECONDS", "2"))
MOTCUA_PORTAL_SIM = env_bool("MOTCUA_PORTAL_SIM", False)
MOTCUA_PORTAL_SIM_PORT = int(os.environ.get("MOTCUA_PORTAL_SIM_PORT", "9000"))
# Personal data: years each document kind is kept after its dossier ended (0 = forever), e.g.
# "component=5,supplement=5,result=0" (the defaults: motcua/privacy/periods.py says why); and the
# largest download a citizen may take online (a bigger one is answered on written request).
try:
    MOTCUA_RETENTION_YEARS = retention_years(os.environ.get("MOTCUA_RETENTION_YEARS", ""))
except RetentionSettingError as error:
    raise ImproperlyConfigured(str(error)) from None
MOTCUA_PERSONAL_DATA_MAX_MB = int(os.environ.get("MOTCUA_PERSONAL_DATA_MAX_MB", "500"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        "httpx": {"level": "WARNING"},  # one line per portal request otherwise
        "axes": {"level": "WARNING"},  # lock-outs only, not a line per sign-in
    },
}
WHITENOISE_USE_FINDERS = DEBUG
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # collectstatic fills it in production
