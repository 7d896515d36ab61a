"""Django settings. Every setting comes from an environment variable documented in README.md."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured


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
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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
    "congdan.00001",
    "motcua.admin",
]
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
MOTCUA_PORTAL_SIM = env_bool("MOTCUA_PORTAL_SIM", False)
MOTCUA_PORTAL_SIM_PORT = int(os.environ.get("MOTCUA_PORTAL_SIM_PORT", "9000"))

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
    },
}
WHITENOISE_USE_FINDERS = DEBUG
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # collectstatic fills it in production
