"""When the bot is live, and which secrets a live server must not run with.

Live means Meta: any page token, the global PAGE_ACCESS_TOKEN or one in PAGES_FILE. A province
that puts every ward's token in the file and none in the environment is as live as a single ward:
it must not fall back to the sandbox, which would mount the Graph stand-in
and the simulator without a login, print an admin password and send cookies over plain http.
"""

import os
from collections.abc import Iterable, Mapping
from typing import Any

from core.types import Settings

PLACEHOLDERS = {"", "change-me", "changeme"}


def is_live(page_token: str | None, pages: Iterable[Mapping[str, Any]] | None) -> bool:
    """True when any page can reach Meta: then there is no sandbox, whatever else is set."""
    return bool(str(page_token or "").strip()) or any(page.get("PAGE_ACCESS_TOKEN") for page in pages or ())


def placeholder(value: object) -> bool:
    return str(value or "").strip().lower() in PLACEHOLDERS


def placeholder_settings(cfg: Settings, environ: Mapping[str, str] = os.environ) -> list[str]:
    """The names of the secrets a live server has left empty or 'change-me', in a stable order.

    SECRET_KEY signs the console's sessions: the environment must give it (else each start makes a
    new one, and a placeholder forges sessions). One page: its APP_SECRET and VERIFY_TOKEN. Several:
    each page's app secret and verify token (its own, or the global one it inherits), and a global
    one set to a placeholder is refused too, since it still answers Meta's handshake."""
    pages = cfg.get("PAGES") or []
    if not pages:
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
    if placeholder(environ.get("SECRET_KEY")):
        bad.append("SECRET_KEY")
    return bad
