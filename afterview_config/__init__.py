"""Every process's configuration, in one place: the API (`afterview serve`), the worker,
the scheduler and the other commands read their settings here.

Settings are environment variables with one prefix, `AFTERVIEW_`; a few older names are
accepted as aliases so existing deployments keep working (`DATABASE_URL`, `REDIS_URL`, as
Heroku-style hosts set them). `SETTINGS` lists every one with its default and meaning; the
README's configuration table and `infra/.env.example` are checked against it.

Reading does no I/O. `startup(role)` reads and checks the settings a process needs before
it opens anything, and stops it with one line naming the setting and exit code 2:

    afterview worker: AFTERVIEW_SECRET_KEYS is not set: the worker cannot open ...

This package is not the domain (`afterview/`): it may know about deployments.
"""

from __future__ import annotations

import ipaddress
import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

PREFIX = "AFTERVIEW_"

# The processes that read settings; `startup` checks what each one needs.
API, WORKER, SCHEDULER, CLI = "api", "worker", "scheduler", "cli"
ALL_ROLES = frozenset({API, WORKER, SCHEDULER, CLI})

GOOGLE_ENDPOINTS = {
    "GOOGLE_AUTH_URI": "https://accounts.google.com/o/oauth2/auth",
    "GOOGLE_TOKEN_URI": "https://oauth2.googleapis.com/token",
    "GOOGLE_USERINFO_URI": "https://openidconnect.googleapis.com/v1/userinfo",
    "GOOGLE_REVOKE_URI": "https://oauth2.googleapis.com/revoke",
}
# The same endpoints on a server that answers Google's paths (the sandbox Gmail).
GOOGLE_PATHS = {
    "GOOGLE_AUTH_URI": "/o/oauth2/auth",
    "GOOGLE_TOKEN_URI": "/token",
    "GOOGLE_USERINFO_URI": "/oauth2/v3/userinfo",
    "GOOGLE_REVOKE_URI": "/revoke",
}
GMAIL_API_ENDPOINT = "https://gmail.googleapis.com"
# Where Google publishes the certificates that sign Pub/Sub's push tokens (and its other
# OIDC tokens); the sandbox answers the same path.
GOOGLE_CERTS_URL = "https://www.googleapis.com/oauth2/v1/certs"
GOOGLE_CERTS_PATH = "/oauth2/v1/certs"
PUSH_TOPIC = re.compile(r"projects/[^/]+/topics/[^/]+")
SHORTEST_PUSH_SECRET = 32
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
LOG_FORMATS = ("json", "text")
# Seconds: the shortest poll, sync and re-evaluation intervals. A minute is the default;
# a few seconds are for tests and demos (every poll costs each account quota units).
MIN_INTERVAL = 2
QUOTA_TABLES = ("google-2023", "google-2026")  # gmail.quota.TABLES (checked by a test)


class ConfigError(ValueError):
    """A setting is missing or has a value the process cannot use; one line names it."""


# -- checks of one value: the reason it is wrong, or None ----------------------------------


def _number(minimum: float | None = None, maximum: float | None = None, integer: bool = False):
    def check(text: str) -> str | None:
        try:
            value = int(text) if integer else float(text)
        except ValueError:
            return f"not {'a whole number' if integer else 'a number'}: {text!r}"
        if minimum is not None and value < minimum:
            return f"must be at least {minimum:g}, not {text}"
        if maximum is not None and value > maximum:
            return f"must be at most {maximum:g}, not {text}"
        return None

    return check


def _url(*schemes: str) -> Callable[[str], str | None]:
    def check(text: str) -> str | None:
        parts = urlsplit(text)
        if parts.scheme not in schemes or not (parts.netloc or parts.path):
            return f"not a {'/'.join(schemes)} URL: {_shown(text)!r}"
        return None

    return check


def _database_url(text: str) -> str | None:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        make_url(text).get_dialect()  # an unknown database or driver fails here, not later
    except (ArgumentError, NoSuchModuleError):
        return f"not a database URL (sqlite:///PATH or postgresql://...): {_shown(text)!r}"
    return None


def _one_of(*choices: str) -> Callable[[str], str | None]:
    def check(text: str) -> str | None:
        if text.upper() not in {c.upper() for c in choices}:
            return f"{text!r} is not one of {', '.join(choices)}"
        return None

    return check


def _fernet_keys(text: str) -> str | None:
    from cryptography.fernet import Fernet

    for position, key in enumerate((k.strip() for k in text.split(",") if k.strip()), 1):
        try:
            Fernet(key)
        except (ValueError, TypeError):
            # Never echo a key: it is a secret even when malformed.
            return (
                f"key #{position} is not a Fernet key (32 url-safe base64-encoded bytes); "
                "generate one with `afterview db keygen`"
            )
    return None


def _push_topic(text: str) -> str | None:
    if not PUSH_TOPIC.fullmatch(text):
        return f"not a Pub/Sub topic name (projects/PROJECT/topics/TOPIC): {text!r}"
    return None


def _email(text: str) -> str | None:
    local, _, domain = text.partition("@")
    if not local or "." not in domain:
        return f"not an email address: {text!r}"
    return None


def _long_secret(text: str) -> str | None:
    if len(text) < SHORTEST_PUSH_SECRET:
        # Never echo a secret, even a bad one.
        return f"too short: at least {SHORTEST_PUSH_SECRET} random characters"
    return None


def _shown(text: str) -> str:
    """A URL without its password, for messages."""
    parts = urlsplit(text)
    if parts.password:
        return text.replace(":" + parts.password + "@", ":***@")
    return text


# -- the settings --------------------------------------------------------------------------


@dataclass(frozen=True)
class Setting:
    name: str  # without the prefix: AFTERVIEW_<name>
    default: str  # as documented ("" when there is none)
    meaning: str
    roles: frozenset[str]
    aliases: tuple[str, ...] = ()
    check: Callable[[str], str | None] | None = None
    secret: bool = False

    @property
    def env(self) -> str:
        return PREFIX + self.name


_A, _W, _S = frozenset({API}), frozenset({WORKER}), frozenset({SCHEDULER})
_JOBS = frozenset({API, WORKER, SCHEDULER})

SETTINGS: tuple[Setting, ...] = (
    Setting(
        "DATABASE_URL",
        "instance/afterview.sqlite3",
        "SQLite (sqlite:///PATH) or PostgreSQL (postgresql://USER:PASSWORD@HOST/DB)",
        ALL_ROLES,
        ("DATABASE_URL",),
        _database_url,
        secret=True,
    ),
    Setting(
        "REDIS_URL",
        "redis://127.0.0.1:6379/0",
        "jobs, sign-in state, rate limits, the Gmail quota limiter",
        ALL_ROLES,
        ("REDIS_URL",),
        _url("redis", "rediss", "unix"),
        secret=True,
    ),
    Setting(
        "INSTANCE_PATH",
        "./instance",
        "folder for the default SQLite file and local keys",
        ALL_ROLES,
    ),
    Setting(
        "QUEUE_PREFIX",
        "afterview",
        "names the three RQ queues: PREFIX-interactive (what a person waits for), "
        "PREFIX-background (periodic syncs), PREFIX-email (weekly summaries)",
        ALL_ROLES,
    ),
    Setting(
        "SECRET_KEY",
        "",
        "signs the sign-in session cookie (random, 32+ bytes); required off loopback",
        _A,
        secret=True,
    ),
    Setting(
        "SECRET_KEYS",
        "",
        "Fernet keys for the stored refresh tokens, comma-separated, the encrypting one "
        "first (`afterview db keygen`); required by the worker",
        _A | _W,
        check=_fernet_keys,
        secret=True,
    ),
    Setting(
        "PUBLIC_URL",
        "",
        "the API's public base URL (https://afterview.example.com): the OAuth redirect is "
        "PUBLIC_URL/auth/google/callback; https required off loopback",
        _A,
        check=_url("http", "https"),
    ),
    Setting(
        "EXTENSION_IDS",
        "",
        "Chrome extension ids allowed to sign in and call the API (CORS), comma-separated "
        "or a JSON list",
        _A,
    ),
    Setting(
        "GOOGLE_CLIENT_ID",
        "",
        "the Google OAuth client (type Web application); the worker refreshes tokens with it",
        _A | _W,
    ),
    Setting("GOOGLE_CLIENT_SECRET", "", "that client's secret", _A | _W, secret=True),
    Setting(
        "GOOGLE_OAUTH_SERVER",
        "",
        "a base URL answering Google's OAuth paths and the Gmail API (the sandbox): sets "
        "the Google endpoints and the Gmail API endpoint for the API and the worker",
        _A | _W,
        check=_url("http", "https"),
    ),
    Setting(
        "GOOGLE_AUTH_URI", "Google's", "OAuth authorize endpoint", _A, check=_url("http", "https")
    ),
    Setting(
        "GOOGLE_TOKEN_URI",
        "Google's",
        "OAuth token endpoint (the API's code exchange, the worker's refreshes)",
        _A | _W,
        check=_url("http", "https"),
    ),
    Setting(
        "GOOGLE_USERINFO_URI",
        "Google's",
        "OpenID userinfo endpoint",
        _A,
        check=_url("http", "https"),
    ),
    Setting(
        "GOOGLE_REVOKE_URI",
        "Google's",
        "token revocation endpoint",
        _A,
        check=_url("http", "https"),
    ),
    Setting(
        "GMAIL_API_ENDPOINT",
        "https://gmail.googleapis.com (GOOGLE_OAUTH_SERVER when set)",
        "the Gmail API's base URL (the API calls it only to stop a deleted account's watch)",
        _A | _W,
        check=_url("http", "https"),
    ),
    Setting(
        "GMAIL_PUSH_TOPIC",
        "",
        "the Pub/Sub topic (projects/PROJECT/topics/TOPIC) Gmail publishes each mailbox's "
        "changes to: the worker calls users.watch daily per account; unset: polling only",
        _A | _W | _S,
        check=_push_topic,
    ),
    Setting(
        "GMAIL_PUSH_AUDIENCE",
        "",
        "the push subscription's OIDC token audience: POST /hooks/gmail accepts a push "
        "whose bearer token Google signed for it",
        _A,
    ),
    Setting(
        "GMAIL_PUSH_SERVICE_ACCOUNT",
        "",
        "the push subscription's service account: the token's email claim must be it "
        "(required with GMAIL_PUSH_AUDIENCE)",
        _A,
        check=_email,
    ),
    Setting(
        "GMAIL_PUSH_CERTS_URL",
        "Google's (GOOGLE_OAUTH_SERVER/oauth2/v1/certs when set)",
        "where the push tokens' signing certificates are read",
        _A,
        check=_url("http", "https"),
    ),
    Setting(
        "GMAIL_PUSH_SECRET",
        "",
        "a shared secret the push subscription's endpoint URL carries "
        "(PUBLIC_URL/hooks/gmail?token=SECRET), accepted instead of a token; 32+ characters",
        _A,
        check=_long_secret,
        secret=True,
    ),
    Setting(
        "GOOGLE_HTTP_TIMEOUT",
        "10",
        "seconds, for the API's calls to Google",
        _A,
        check=_number(0.1),
    ),
    Setting(
        "GMAIL_QUOTA_TABLE",
        "google-2026",
        "Gmail's per-method quota costs: google-2026 (projects created after May 2026) or "
        "google-2023 (older projects)",
        _W,
        check=_one_of(*QUOTA_TABLES),
    ),
    Setting(
        "GMAIL_UNITS_PER_SECOND",
        "the table's rate",
        "per-mailbox quota units per second",
        _W,
        check=_number(0.001),
    ),
    Setting(
        "GMAIL_QUOTA_FRACTION",
        "1",
        "fraction of the quota window's units the worker spends (below 1 leaves room for "
        "Gmail calls outside this worker's limiter, e.g. another deployment on the same "
        "OAuth project)",
        _W,
        check=_number(0.001, 1),
    ),
    Setting(
        "GMAIL_ARRIVAL_MARGIN",
        "0.05 on a window of a second, 0.5 on a minute's",
        "seconds added to the quota window by the worker's limiter, so that a call arriving "
        "at Gmail a little late does not land in the previous call's window",
        _W,
        check=_number(0, 5),
    ),
    Setting(
        "GMAIL_RETRY_BASE_DELAY",
        "1",
        "seconds: the first backoff after a failed Gmail call",
        _W,
        check=_number(0),
    ),
    Setting(
        "GMAIL_RETRY_MAX_WAIT",
        "300",
        "seconds: the longest Retry-After obeyed",
        _W,
        check=_number(0),
    ),
    Setting(
        "FULL_SYNC_MONTHS",
        "12",
        "how far back a first sync reads",
        _W,
        check=_number(1, 120, integer=True),
    ),
    Setting(
        "SYNC_CHUNK",
        "100",
        "threads stored per commit (and progress step)",
        _W,
        check=_number(1, integer=True),
    ),
    Setting(
        "POLL_INTERVAL",
        "60",
        "seconds between polls (incremental syncs) of an active account; quiet ones back off "
        "up to SYNC_INTERVAL",
        _W | _S,
        check=_number(MIN_INTERVAL, integer=True),
    ),
    Setting(
        "SYNC_INTERVAL",
        "300",
        "seconds the quietest account waits for a poll",
        _W | _S,
        check=_number(MIN_INTERVAL, integer=True),
    ),
    Setting(
        "REEVALUATE_INTERVAL",
        "60",
        "seconds between re-evaluations of expired advice",
        _W | _S,
        check=_number(MIN_INTERVAL, integer=True),
    ),
    Setting(
        "LOG_LEVEL",
        "WARNING",
        "DEBUG, INFO, WARNING or ERROR, for every process (gunicorn's own lines, "
        "start-up and the access log, at INFO)",
        _JOBS,
        check=_one_of(*LOG_LEVELS),
    ),
    Setting(
        "LOG_FORMAT",
        "text",
        "json (one object per line: time, level, logger, message, and the job's or the "
        "request's ids; the image's default) or text, for every process",
        _JOBS,
        check=_one_of(*LOG_FORMATS),
    ),
    Setting(
        "MAX_CONTENT_LENGTH",
        "16384",
        "bytes; larger request bodies are refused with 413",
        _A,
        check=_number(1, integer=True),
    ),
    Setting(
        "PROXY_FIX_X_FOR",
        "0",
        "reverse proxies in front to trust for X-Forwarded-For/-Proto/-Host (1 behind Caddy)",
        _A,
        check=_number(0, integer=True),
    ),
    Setting("RATELIMIT_API", "300 per minute", "per API token, across /api", _A),
    Setting("RATELIMIT_API_PER_ADDRESS", "1200 per minute", "per client address on /api", _A),
    Setting("RATELIMIT_SIGNIN", "20 per minute", "per client address on /auth/google/*", _A),
    Setting("RATELIMIT_HOOKS", "1200 per minute", "per client address on /hooks/*", _A),
    Setting(
        "RATELIMIT_ENABLED", "true", "flask-limiter on or off", _A, check=_one_of("true", "false")
    ),
    Setting("RATELIMIT_STORAGE_URI", "REDIS_URL", "where the rate-limit counters live", _A),
)
BY_NAME = {setting.name: setting for setting in SETTINGS}


@dataclass(frozen=True)
class Config:
    """The settings' text as found in the environment (stripped; unset or empty: absent)."""

    values: Mapping[str, str] = field(default_factory=dict)
    # Which variable each value came from (an alias, or the prefixed name).
    sources: Mapping[str, str] = field(default_factory=dict)

    def get(self, name: str, default: str | None = None) -> str | None:
        return self.values.get(name, default)

    def number(self, name: str, default: float | None) -> float | None:
        text = self.values.get(name)
        return default if text is None else float(text)

    def integer(self, name: str, default: int) -> int:
        text = self.values.get(name)
        return default if text is None else int(text)

    def google_endpoint(self, name: str) -> str:
        """One of GOOGLE_ENDPOINTS: set itself, else on GOOGLE_OAUTH_SERVER, else Google's."""
        explicit = self.values.get(name)
        if explicit:
            return explicit
        base = (self.values.get("GOOGLE_OAUTH_SERVER") or "").rstrip("/")
        return base + GOOGLE_PATHS[name] if base else GOOGLE_ENDPOINTS[name]

    @property
    def gmail_api_endpoint(self) -> str:
        """The Gmail API: set itself, else GOOGLE_OAUTH_SERVER (the sandbox answers both the
        OAuth paths and the API, so a worker set up the server's way reaches it), else
        Google's."""
        explicit = self.values.get("GMAIL_API_ENDPOINT")
        base = (self.values.get("GOOGLE_OAUTH_SERVER") or "").rstrip("/")
        return explicit or base or GMAIL_API_ENDPOINT

    @property
    def push_certs_url(self) -> str:
        """The certificates of Pub/Sub's push tokens: set itself, else on
        GOOGLE_OAUTH_SERVER (the sandbox signs its pushes), else Google's."""
        explicit = self.values.get("GMAIL_PUSH_CERTS_URL")
        base = (self.values.get("GOOGLE_OAUTH_SERVER") or "").rstrip("/")
        return explicit or (base + GOOGLE_CERTS_PATH if base else GOOGLE_CERTS_URL)

    @property
    def redis_url(self) -> str:
        return self.values.get("REDIS_URL") or BY_NAME["REDIS_URL"].default


def read(environ: Mapping[str, str] | None = None) -> Config:
    """The settings from `environ` (default: the process's): the prefixed name first, then
    its aliases. Values are not checked here (see `check`)."""
    env = os.environ if environ is None else environ
    values: dict[str, str] = {}
    sources: dict[str, str] = {}
    for setting in SETTINGS:
        for variable in (setting.env, *setting.aliases):
            text = (env.get(variable) or "").strip()
            if text:
                values[setting.name], sources[setting.name] = text, variable
                break
    return Config(values, sources)


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a name: assume it is reachable from elsewhere


def check(config: Config, role: str, *, bind_host: str | None = None) -> None:
    """Raise ConfigError for the first setting `role` reads that is malformed or missing.

    `bind_host`: the address the API listens on; off the loopback interface the API is a
    deployment and needs every setting sign-in uses, with an https PUBLIC_URL.
    """
    check_values(config, role)
    _check_required(config, role, bind_host)


def check_values(config: Config, role: str) -> None:
    """Raise ConfigError for the first setting `role` reads whose value is malformed
    (what is missing is left to `check`: a foreground command may do without)."""
    for setting in SETTINGS:
        text = config.values.get(setting.name)
        if role not in setting.roles or text is None or setting.check is None:
            continue
        reason = setting.check(text)
        if reason:
            raise ConfigError(f"{config.sources.get(setting.name, setting.env)}: {reason}")


def _check_required(config: Config, role: str, bind_host: str | None) -> None:
    if role == API:
        _check_push(config)
    if role == WORKER and not config.get("SECRET_KEYS"):
        raise ConfigError(
            f"{BY_NAME['SECRET_KEYS'].env} is not set: the worker cannot open the stored "
            "sign-ins (generate a key with `afterview db keygen`, the same the API uses)"
        )
    public_url = config.get("PUBLIC_URL") or ""
    public_host = urlsplit(public_url).hostname
    # A deployment: listening off loopback, or announced at an address off loopback (the
    # API behind a proxy on the same machine listens on 127.0.0.1).
    exposed = bind_host if bind_host is not None and not is_loopback(bind_host) else None
    if public_host and not is_loopback(public_host):
        exposed = exposed or public_host
    if role == API and exposed:
        bind_host = exposed
        if not public_url.startswith("https://"):
            raise ConfigError(
                f"{BY_NAME['PUBLIC_URL'].env} must be an https:// URL when the API is "
                f"reached at {bind_host} (not loopback): Google redirects there after sign-in "
                f"({'it is ' + repr(public_url) if public_url else 'it is not set'})"
            )
        for name in ("SECRET_KEY", "SECRET_KEYS", "GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"):
            if not config.get(name):
                raise ConfigError(
                    f"{BY_NAME[name].env} is not set: the API cannot sign anyone in "
                    f"when it is reached at {bind_host} (not loopback)"
                )
        if not config.get("EXTENSION_IDS"):
            raise ConfigError(
                f"{BY_NAME['EXTENSION_IDS'].env} is not set: no extension may sign in "
                "(the id is in extension/manifest.json's key; see the README)"
            )


def _check_push(config: Config) -> None:
    """The API verifies pushes by a token (audience and service account together) or a
    shared secret; a topic with neither would have every push refused."""
    audience, account = config.get("GMAIL_PUSH_AUDIENCE"), config.get("GMAIL_PUSH_SERVICE_ACCOUNT")
    if audience and not account:
        raise ConfigError(
            f"{BY_NAME['GMAIL_PUSH_SERVICE_ACCOUNT'].env} is not set: the API cannot check "
            f"who signed a push for {BY_NAME['GMAIL_PUSH_AUDIENCE'].env}"
        )
    if account and not audience:
        raise ConfigError(
            f"{BY_NAME['GMAIL_PUSH_AUDIENCE'].env} is not set: the API cannot check whom a "
            "push's token is for"
        )
    if config.get("GMAIL_PUSH_TOPIC") and not (audience or config.get("GMAIL_PUSH_SECRET")):
        raise ConfigError(
            f"{BY_NAME['GMAIL_PUSH_TOPIC'].env} is set but neither "
            f"{BY_NAME['GMAIL_PUSH_AUDIENCE'].env} nor {BY_NAME['GMAIL_PUSH_SECRET'].env}: "
            "POST /hooks/gmail would refuse every push"
        )


def startup(
    role: str,
    command: str,
    *,
    environ: Mapping[str, str] | None = None,
    bind_host: str | None = None,
) -> Config:
    """The checked settings for a process about to start; on a bad one, print one line
    naming it (`afterview COMMAND: ...`) and exit with code 2, without a traceback."""
    config = read(environ)
    try:
        check(config, role, bind_host=bind_host)
    except ConfigError as exc:
        print(f"afterview {command}: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    return config
