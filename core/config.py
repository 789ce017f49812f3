"""Configuration from the environment, with the ward's defaults.

Every variable is documented in `config.example.env`. The defaults are those
of the notice that started the project (UBND phường Ái Quốc, Hải Phòng), so
`make run` works with no configuration at all. Only the entry points build a
`Config` (the command line's group, the WSGI `webhook:app`) and they first
call `load_env_file`; importing this module reads no file, so a developer's
own `.env` never reaches an app built in-process (the tests').
"""

import os
import secrets
from typing import Any

from dotenv import load_dotenv

from core.types import Settings


def load_env_file() -> None:
    """Put `.env` (or the file PAKN_ENV_FILE names) into the environment; a variable already set wins."""
    load_dotenv(os.environ.get("PAKN_ENV_FILE", ".env"))


# Used only in sandbox mode (no PAGE_ACCESS_TOKEN): the simulator signs with it.
SANDBOX_APP_SECRET = "sandbox-app-secret"  # nosec B105 # public sandbox default, never live
SANDBOX_VERIFY_TOKEN = "sandbox-verify-token"  # nosec B105 # public sandbox default, never live
# The built-in Graph stand-in refuses calls without a token, as Meta does.
SANDBOX_PAGE_TOKEN = "sandbox-page-token"  # nosec B105 # public sandbox default, never live
# Where the sandbox mounts its Graph API stand-in (sandbox/graph_standin.py).
SANDBOX_GRAPH_PREFIX = "/graph-standin"
# Meta's CDN: the only hosts citizens' files are fetched from unless ATTACHMENT_HOSTS says otherwise.
DEFAULT_ATTACHMENT_HOSTS = "*.fbcdn.net,*.fbsbx.com,scontent*.xx.fbcdn.net,cdn.fbsbx.com"


def graph_token(cfg: Settings) -> str:
    """The token for Graph calls: the page's, or in sandbox mode the stand-in's."""
    return cfg["PAGE_ACCESS_TOKEN"] or (SANDBOX_PAGE_TOKEN if cfg["SANDBOX"] else "")


def _number(kind: type, name: str, default: float) -> Any:
    """A numeric setting; a typo names the variable instead of raising a bare ValueError."""
    value = os.environ.get(name, default)
    try:
        return kind(value)
    except ValueError:
        raise ValueError(f"{name} must be a number, not {value!r}: fix it in .env or the environment") from None


def _int(name: str, default: int) -> int:
    return _number(int, name, default)


def _float(name: str, default: float) -> float:
    return _number(float, name, default)


class Config:
    """Read once per app: tests pass a dict that overrides any of these."""

    def __init__(self) -> None:
        env = os.environ.get
        self.PAGE_ACCESS_TOKEN = env("PAGE_ACCESS_TOKEN", "")
        # Several wards on one server (core/pages.py): each page's secret, token and ward details.
        self.PAGES_FILE = env("PAGES_FILE", "")
        from core.pages import load_pages  # a clear ValueError for a bad file

        self.PAGES = load_pages(self.PAGES_FILE)
        # Without any page token (here or in PAGES_FILE) there is no Meta: run against the stand-in.
        from core.live_checks import is_live
        from core.zalo_settings import read_zalo_settings, zalo_accounts, zalo_oa_declared

        self.SANDBOX = not is_live(self.PAGE_ACCESS_TOKEN, self.PAGES, zalo_oa_declared(os.environ, self.PAGES))
        self.APP_SECRET = env("APP_SECRET", SANDBOX_APP_SECRET if self.SANDBOX else "")
        self.VERIFY_TOKEN = env("VERIFY_TOKEN", SANDBOX_VERIFY_TOKEN if self.SANDBOX else "")
        self.APP_ID = env("APP_ID", "")
        self.GRAPH_API_URL = env("GRAPH_API_URL", "" if self.SANDBOX else "https://graph.facebook.com/v21.0")
        # The ward's Zalo Official Account (core/zalo_settings.py): nothing Zalo is required.
        vars(self).update(read_zalo_settings(os.environ, self.SANDBOX))
        zalo_accounts(vars(self))  # a clear ValueError for an OA half configured
        self.HOST = env("HOST", "127.0.0.1")
        self.PORT = _int("PORT", 5000)
        self.DATABASE_PATH = env("DATABASE_PATH", "data/bot.db")
        self.ATTACHMENTS_DIR = env("ATTACHMENTS_DIR", "data/attachments")
        self.SECRET_KEY = env("SECRET_KEY", "") or secrets.token_hex(32)
        self.WARD_CODE = env("WARD_CODE", "AQ")
        self.WARD_NAME = env("WARD_NAME", "UBND phường Ái Quốc")
        self.HOTLINE = env("HOTLINE", "0902 231 089")
        self.HOTLINE_OFFICER = env("HOTLINE_OFFICER", "Ông Nguyễn Anh Tuấn")
        # The page's officer (the notice names one) and every other number of the ward: a citizen who
        # copies one of them at the phone question is asked for their own.
        self.PAGE_OFFICER = env("PAGE_OFFICER", "Ông Vũ Mạnh Tú")
        self.WARD_PHONES = env("WARD_PHONES", "0904 687 249")
        self.RECEPTION_ADDRESS = env("RECEPTION_ADDRESS", "Bộ phận tiếp công dân, UBND phường Ái Quốc")
        self.OFFICE_HOURS = env("OFFICE_HOURS", "Mon-Fri 07:30-11:30,13:30-17:00")
        self.TIMEZONE = env("TIMEZONE", "Asia/Ho_Chi_Minh")
        self.MAX_CONTENT_LENGTH = _int("MAX_BODY_BYTES", 1_000_000)
        self.ATTACHMENT_MAX_BYTES = _int("ATTACHMENT_MAX_BYTES", 25_000_000)
        # Where citizens' files may be fetched from (messenger/attachment_hosts.py); sandbox mode adds its stand-in.
        self.ATTACHMENT_HOSTS = env("ATTACHMENT_HOSTS", DEFAULT_ATTACHMENT_HOSTS)
        self.ATTACHMENT_DEADLINE_SECONDS = _float("ATTACHMENT_DEADLINE_SECONDS", 120)
        self.ATTACHMENT_DOWNLOADS = max(1, _int("ATTACHMENT_DOWNLOADS", 4))
        self.GRAPH_TIMEOUT_SECONDS = _float("GRAPH_TIMEOUT_SECONDS", 10)
        self.OUTBOX_MAX_ATTEMPTS = _int("OUTBOX_MAX_ATTEMPTS", 20)
        self.RETRY_BASE_SECONDS = _float("RETRY_BASE_SECONDS", 2)
        self.ECHO_WAIT_SECONDS = _float("ECHO_WAIT_SECONDS", 30)
        # Replies in flight at once: each thread waits for Meta's answer (~0.1-0.3 s), so this bounds
        # replies per second (docs/benchmark.md, *In production*). Each citizen's replies stay on one thread, in order.
        self.SENDER_THREADS = max(1, _int("SENDER_THREADS", 5))
        self.WAITRESS_THREADS = _int("WAITRESS_THREADS", 8)
        # The reverse proxy (deploy/) whose X-Forwarded-For names the visitor; empty: none trusted.
        # Not trusted by default: any local process could otherwise claim any address.
        self.TRUSTED_PROXY = env("TRUSTED_PROXY", "")
        # 0: this process only acknowledges; events wait for a process that runs the workers.
        self.START_WORKERS = env("START_WORKERS", "1") not in ("0", "false", "no")
        # 1: `bot serve` runs the workers in a process of their own, so the acknowledgement never waits
        # for the conversation; 0: as threads of the web process.
        self.WORKER_PROCESS = env("WORKER_PROCESS", "1") not in ("0", "false", "no")
        # The duty officer (casework/): deadlines, urgency, e-mail, the daily digest.
        self.DEADLINES = env("DEADLINES", "")  # overrides, e.g. "complaint.resolve=30 calendar"
        self.URGENT_WORDS = env("URGENT_WORDS", "khẩn cấp,lừa đảo,mất tiền,rất gấp,việc gấp")
        # Office minutes an urgent case or a citizen asking for a person may wait for an officer to open or
        # answer it before the next officer on the roster and the leaders are told (casework/escalation.py).
        self.URGENT_ACK_MINUTES = _int("URGENT_ACK_MINUTES", 30)
        self.DIGEST_TIME = env("DIGEST_TIME", "07:30")
        # A digest read in a minute lists this many cases per section, the rest as a count.
        self.DIGEST_SECTION_LIMIT = _int("DIGEST_SECTION_LIMIT", 10)
        self.PUBLIC_URL = env("PUBLIC_URL", "")  # the digest's console links (casework/digest_sections.py)
        self.SMTP_HOST = env("SMTP_HOST", "")
        self.SMTP_PORT = _int("SMTP_PORT", 587)
        self.SMTP_USER = env("SMTP_USER", "")
        self.SMTP_PASSWORD = env("SMTP_PASSWORD", "")
        self.SMTP_FROM = env("SMTP_FROM", "pakn-bot@localhost")
        self.SMTP_SECURITY = env("SMTP_SECURITY", "starttls")  # starttls | ssl | none
        # Categories whose answers an officer drafts and a leader approves before they go (casework/approval.py).
        self.APPROVAL_CATEGORIES = env("APPROVAL_CATEGORIES", "complaint,denunciation")
        from core.settings import check_duty_settings  # a clear ValueError for a typo in the above

        check_duty_settings(vars(self))
        # A person instead of the bot: Meta's Page inbox app, passed the thread on a handoff
        # where the page has it as secondary receiver (empty: never), and the quiet time after which
        # an open handoff closes by itself and the bot answers again.
        self.PAGE_INBOX_APP_ID = env("PAGE_INBOX_APP_ID", "263902037430900")
        self.HANDOFF_QUIET_HOURS = _float("HANDOFF_QUIET_HOURS", 72)
        # The officer's console (console/). Roles that may see a denouncer's name, phone and
        # address (Law on Denunciations 2018, Art. 47), comma-separated.
        self.IDENTITY_ROLES = env("IDENTITY_ROLES", "leader,admin")
        self.SESSION_IDLE_MINUTES = _int("SESSION_IDLE_MINUTES", 60)
        self.SESSION_MAX_HOURS = _int("SESSION_MAX_HOURS", 12)
        self.LOGIN_MAX_FAILURES = _int("LOGIN_MAX_FAILURES", 5)
        self.LOGIN_LOCK_MINUTES = _int("LOGIN_LOCK_MINUTES", 15)
        # Secure cookies travel over HTTPS only. Empty: on in live mode, off in the sandbox (plain http).
        self.COOKIE_SECURE = env("COOKIE_SECURE", "")
        # The citizen's data (privacy/): how long each kind is kept, and who answers for it.
        from core.privacy_settings import read_privacy_settings  # a clear ValueError for a typo

        vars(self).update(read_privacy_settings(env))

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if k.isupper()}
