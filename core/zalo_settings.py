"""The ward's Zalo Official Account: its settings, read once, checked at start-up.

Nothing Zalo is required. Without ZALO_OA_ID (here or as `zalo_oa_id` in a page of PAGES_FILE)
the server has no Zalo at all. With several wards, each ward's OA is declared in its own page entry,
so its citizens are that ward's (core/channels.py); the app's id, secret and signature key may be
shared by every page (one Zalo app may manage several OAs) and are then set once in the environment.
The tokens given here only seed the database: Zalo's refresh token is single-use, so from the first
refresh on the pair lives in the table `zalo_tokens` (zalo/tokens.py).
"""

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from core.channels import ZALO_PREFIX

# Key in PAGES_FILE → the setting it stands for on that page (core/pages.py adds them to PAGE_KEYS).
ZALO_PAGE_KEYS = {
    "zalo_oa_id": "ZALO_OA_ID",
    "zalo_app_id": "ZALO_APP_ID",
    "zalo_app_secret": "ZALO_APP_SECRET",  # nosec B105 # the setting's name, not a secret
    "zalo_oa_secret_key": "ZALO_OA_SECRET_KEY",  # nosec B105 # the setting's name, not a secret
    "zalo_access_token": "ZALO_ACCESS_TOKEN",  # nosec B105 # the setting's name, not a secret
    "zalo_refresh_token": "ZALO_REFRESH_TOKEN",  # nosec B105 # the setting's name, not a secret
    "zalo_signature_key": "ZALO_SIGNATURE_KEY",
}
# Public implementations disagree on which secret keys the webhook's mac: the OA's or the app's.
SIGNATURE_KEYS = ("oa_secret_key", "app_secret")
DEFAULT_API_URL = "https://openapi.zalo.me"
DEFAULT_OAUTH_URL = "https://oauth.zaloapp.com"
# Zalo's CDN: where the files citizens send through Zalo are fetched from.
DEFAULT_ZALO_ATTACHMENT_HOSTS = "*.zdn.vn,*.zadn.vn,*.zalo.me,*.zaloapp.com"
# The sandbox's own OA, answered by the built-in Zalo stand-in (sandbox/zalo_standin.py).
SANDBOX_ZALO = {
    "ZALO_OA_ID": "2096512347881360017",
    "ZALO_APP_ID": "1100220033004400550",
    "ZALO_APP_SECRET": "sandbox-zalo-app-secret",  # nosec B105 # public sandbox default, never live
    "ZALO_OA_SECRET_KEY": "sandbox-zalo-oa-secret-key",  # nosec B105 # public sandbox default, never live
    "ZALO_ACCESS_TOKEN": "sandbox-zalo-access-token",  # nosec B105 # public sandbox default, never live
    "ZALO_REFRESH_TOKEN": "sandbox-zalo-refresh-token",  # nosec B105 # public sandbox default, never live
}
SANDBOX_ZALO_PREFIX = "/zalo-standin"


@dataclass(frozen=True)
class ZaloAccount:
    """One Official Account this server answers for, and the ward page its citizens belong to."""

    oa_id: str
    app_id: str
    app_secret: str
    oa_secret_key: str
    signature_key: str  # oa_secret_key | app_secret
    access_token: str  # only the first pair: the database keeps the pair after that
    refresh_token: str
    page_id: str | None  # None: the single-ward setup

    @property
    def signing_secret(self) -> str:
        return self.oa_secret_key if self.signature_key == "oa_secret_key" else self.app_secret

    @property
    def page_key(self) -> str:
        """The OA as a page-like name for logs and alerts (never a secret)."""
        return ZALO_PREFIX + self.oa_id


def zalo_oa_declared(environ: Mapping[str, str] = os.environ, pages: Iterable[Mapping[str, Any]] = ()) -> bool:
    """Is a real OA configured? Then the server is live, whatever Messenger says (core/live_checks.py)."""
    return bool(str(environ.get("ZALO_OA_ID") or "").strip()) or any(p.get("ZALO_OA_ID") for p in pages or ())


def read_zalo_settings(environ: Mapping[str, str], sandbox: bool) -> dict[str, Any]:
    """The ZALO_* settings of the environment. In the sandbox the URLs stay empty: the app factory
    points them at its own stand-in."""
    values = {name: str(environ.get(name, "")).strip() for name in ZALO_PAGE_KEYS.values()}
    values["ZALO_SIGNATURE_KEY"] = values["ZALO_SIGNATURE_KEY"] or "oa_secret_key"
    values["ZALO_API_URL"] = str(environ.get("ZALO_API_URL", "" if sandbox else DEFAULT_API_URL)).strip()
    values["ZALO_OAUTH_URL"] = str(environ.get("ZALO_OAUTH_URL", "" if sandbox else DEFAULT_OAUTH_URL)).strip()
    values["ZALO_ATTACHMENT_HOSTS"] = environ.get("ZALO_ATTACHMENT_HOSTS", DEFAULT_ZALO_ATTACHMENT_HOSTS)
    return values


def with_sandbox_zalo(cfg: Mapping[str, Any]) -> dict[str, Any]:
    """`cfg` with the sandbox's own OA when it is the sandbox and names none (so the simulator has a
    Zalo to play); any other configuration unchanged. Applied where a configuration is finished (the
    app factory, the workers, the terminal chat), after a test's overrides."""
    if not cfg.get("SANDBOX"):
        return dict(cfg)
    standin = f"http://{cfg.get('HOST', '127.0.0.1')}:{cfg.get('PORT', 5000)}{SANDBOX_ZALO_PREFIX}"
    urls = {name: cfg.get(name) or standin for name in ("ZALO_API_URL", "ZALO_OAUTH_URL")}
    if cfg.get("ZALO_OA_ID") or cfg.get("PAGES"):
        return {**cfg, **urls}
    return {**cfg, **SANDBOX_ZALO, "ZALO_SIGNATURE_KEY": "oa_secret_key", **urls}


def zalo_accounts(cfg: Mapping[str, Any]) -> list[ZaloAccount]:
    """Every OA of this server, in a stable order; [] without Zalo. A ValueError names a bad setting."""
    pages = cfg.get("PAGES") or []
    if pages and cfg.get("ZALO_OA_ID") and not any(p.get("ZALO_OA_ID") == cfg["ZALO_OA_ID"] for p in pages):
        raise ValueError(
            "ZALO_OA_ID is set but PAGES_FILE lists several wards: put each ward's OA in its page entry "
            '("zalo_oa_id"), so that its citizens are that ward\'s'
        )
    sources = [(p["PAGE_ID"], {**cfg, **p}) for p in pages if p.get("ZALO_OA_ID")] if pages else [(None, cfg)]
    accounts, seen = [], set()
    for page_id, values in sources:
        if not values.get("ZALO_OA_ID"):
            continue
        account = _account(values, page_id)
        if account.oa_id in seen:
            raise ValueError(f"Zalo OA {account.oa_id} is declared twice: one OA belongs to one ward")
        seen.add(account.oa_id)
        accounts.append(account)
    return accounts


def account_of(cfg: Mapping[str, Any], oa_id: object) -> ZaloAccount | None:
    return next((a for a in zalo_accounts(cfg) if a.oa_id == str(oa_id)), None)


def _account(values: Mapping[str, Any], page_id: str | None) -> ZaloAccount:
    where = f"page {page_id} of PAGES_FILE" if page_id else "the environment"
    key = (values.get("ZALO_SIGNATURE_KEY") or "oa_secret_key").strip().lower()
    if key not in SIGNATURE_KEYS:
        raise ValueError(f"ZALO_SIGNATURE_KEY in {where} is {key!r}: expected oa_secret_key or app_secret")
    account = ZaloAccount(
        oa_id=str(values["ZALO_OA_ID"]).strip(),
        app_id=str(values.get("ZALO_APP_ID") or "").strip(),
        app_secret=str(values.get("ZALO_APP_SECRET") or "").strip(),
        oa_secret_key=str(values.get("ZALO_OA_SECRET_KEY") or "").strip(),
        signature_key=key,
        access_token=str(values.get("ZALO_ACCESS_TOKEN") or "").strip(),
        refresh_token=str(values.get("ZALO_REFRESH_TOKEN") or "").strip(),
        page_id=page_id,
    )
    required = (("ZALO_APP_ID", account.app_id), ("ZALO_APP_SECRET", account.app_secret))
    missing = [name for name, value in required if not value]
    if key == "oa_secret_key" and not account.oa_secret_key:
        missing.append("ZALO_OA_SECRET_KEY")
    if missing:
        raise ValueError(f"Zalo OA {account.oa_id} in {where} lacks {', '.join(missing)}")
    return account
