"""Configuration from the environment (and `.env`), with the ward's defaults.

Every variable is documented in `config.example.env`. The defaults are those
of the notice that started the project (UBND phường Ái Quốc, Hải Phòng), so
`make run` works with no configuration at all.
"""
import os
import secrets

from dotenv import load_dotenv

load_dotenv(os.environ.get("PAKN_ENV_FILE", ".env"))

# Used only in sandbox mode (no PAGE_ACCESS_TOKEN): the simulator signs with it.
SANDBOX_APP_SECRET = "sandbox-app-secret"
SANDBOX_VERIFY_TOKEN = "sandbox-verify-token"


def _int(name, default):
    return int(os.environ.get(name, default))


def _float(name, default):
    return float(os.environ.get(name, default))


class Config:
    """Read once per app: tests pass a dict that overrides any of these."""

    def __init__(self):
        env = os.environ.get
        self.PAGE_ACCESS_TOKEN = env("PAGE_ACCESS_TOKEN", "")
        # Without a page token there is no Meta: run against the built-in stand-in.
        self.SANDBOX = not self.PAGE_ACCESS_TOKEN
        self.APP_SECRET = env("APP_SECRET", SANDBOX_APP_SECRET if self.SANDBOX else "")
        self.VERIFY_TOKEN = env("VERIFY_TOKEN", SANDBOX_VERIFY_TOKEN if self.SANDBOX else "")
        self.APP_ID = env("APP_ID", "")
        self.GRAPH_API_URL = env("GRAPH_API_URL", "" if self.SANDBOX else "https://graph.facebook.com/v21.0")
        self.HOST = env("HOST", "127.0.0.1")
        self.PORT = _int("PORT", 5000)
        self.DATABASE_PATH = env("DATABASE_PATH", "data/bot.db")
        self.ATTACHMENTS_DIR = env("ATTACHMENTS_DIR", "data/attachments")
        self.SECRET_KEY = env("SECRET_KEY", "") or secrets.token_hex(32)
        self.WARD_CODE = env("WARD_CODE", "AQ")
        self.WARD_NAME = env("WARD_NAME", "UBND phường Ái Quốc")
        self.HOTLINE = env("HOTLINE", "0902 231 089")
        self.HOTLINE_OFFICER = env("HOTLINE_OFFICER", "Ông Nguyễn Anh Tuấn")
        self.RECEPTION_ADDRESS = env("RECEPTION_ADDRESS", "Bộ phận tiếp công dân, UBND phường Ái Quốc")
        self.OFFICE_HOURS = env("OFFICE_HOURS", "Mon-Fri 07:30-11:30,13:30-17:00")
        self.TIMEZONE = env("TIMEZONE", "Asia/Ho_Chi_Minh")
        self.MAX_CONTENT_LENGTH = _int("MAX_BODY_BYTES", 1_000_000)
        self.ATTACHMENT_MAX_BYTES = _int("ATTACHMENT_MAX_BYTES", 25_000_000)
        self.GRAPH_TIMEOUT_SECONDS = _float("GRAPH_TIMEOUT_SECONDS", 10)
        self.OUTBOX_MAX_ATTEMPTS = _int("OUTBOX_MAX_ATTEMPTS", 20)
        self.RETRY_BASE_SECONDS = _float("RETRY_BASE_SECONDS", 2)
        self.WAITRESS_THREADS = _int("WAITRESS_THREADS", 8)
        # 0: this process only acknowledges; events wait for a process that runs the workers.
        self.START_WORKERS = env("START_WORKERS", "1") not in ("0", "false", "no")

    def as_dict(self):
        return {k: v for k, v in vars(self).items() if k.isupper()}
