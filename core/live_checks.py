"""When the bot is live, and which secrets a live server must not run with.

Live means Meta or Zalo: any page token, the global PAGE_ACCESS_TOKEN or one in PAGES_FILE, or a
Zalo Official Account (ZALO_OA_ID, or `zalo_oa_id` in PAGES_FILE). A province
that puts every ward's token in the file and none in the environment is as live as a single ward:
it must not fall back to the sandbox, which would mount the Graph stand-in
and the simulator without a login, print an admin password and send cookies over plain http.
"""

import os
from collections.abc import Iterable, Mapping
from typing import Any

from core.types import Settings
from core.zalo_settings import zalo_accounts

PLACEHOLDERS = {"", "change-me", "changeme"}


def is_live(page_token: str | None, pages: Iterable[Mapping[str, Any]] | None, zalo_oa: object = False) -> bool:
    """True when any page can reach Meta, or a Zalo OA is configured: then there is no sandbox,
    whatever else is set."""
    return (
        bool(str(page_token or "").strip())
        or any(page.get("PAGE_ACCESS_TOKEN") for page in pages or ())
        or bool(zalo_oa)
    )


def messenger_configured(cfg: Mapping[str, Any]) -> bool:
    """Is there a Facebook page at all? A ward may run its Zalo OA alone."""
    return bool(str(cfg.get("PAGE_ACCESS_TOKEN") or "").strip()) or bool(cfg.get("PAGES"))


def placeholder(value: object) -> bool:
    return str(value or "").strip().lower() in PLACEHOLDERS


def placeholder_settings(cfg: Settings, environ: Mapping[str, str] = os.environ) -> list[str]:
    """The names of the secrets a live server has left empty or 'change-me', in a stable order.

    SECRET_KEY signs the console's sessions: the environment must give it (else each start makes a
    new one, and a placeholder forges sessions). One page: its APP_SECRET and VERIFY_TOKEN. Several:
    each page's app secret and verify token (its own, or the global one it inherits), and a global
    one set to a placeholder is refused too, since it still answers Meta's handshake."""
    pages = cfg.get("PAGES") or []
    if not messenger_configured(cfg):
        bad = []  # no Facebook page: /webhook refuses every body (no app secret signs any)
    elif not pages:
        bad = [name for name in ("APP_SECRET", "VERIFY_TOKEN") if placeholder(environ.get(name))]
    else:
        bad = [
            name
            for name in ("APP_SECRET", "VERIFY_TOKEN")
            if (environ.get(name) or "").strip() and placeholder(environ.get(name))
        ]
        for page in pages:
            page_id = page["PAGE_ID"]
            if placeholder(page.get("APP_SECRET")):
                bad.append(f"app_secret of page {page_id}")
            if placeholder(page.get("VERIFY_TOKEN") or environ.get("VERIFY_TOKEN")):
                bad.append(f"verify_token of page {page_id}")
    bad += zalo_placeholders(cfg)
    if placeholder(environ.get("SECRET_KEY")):
        bad.append("SECRET_KEY")
    return bad


def zalo_placeholders(cfg: Mapping[str, Any]) -> list[str]:
    """Each OA's app secret (it refreshes the tokens) and the secret that signs its webhook."""
    bad = []
    for account in zalo_accounts(cfg):
        where = f" of page {account.page_id}" if account.page_id else ""
        if placeholder(account.app_secret):
            bad.append(f"zalo_app_secret{where}" if where else "ZALO_APP_SECRET")
        if account.signature_key == "oa_secret_key" and placeholder(account.oa_secret_key):
            bad.append(f"zalo_oa_secret_key{where}" if where else "ZALO_OA_SECRET_KEY")
    return bad
