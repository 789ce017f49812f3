"""Several Facebook pages (wards) on one server, chosen by the page id of each event.

`PAGES_FILE` names a JSON list of pages, each with its own app secret, token,
verify token, ticket prefix and ward details. Without it there is one page,
from the usual variables, and every page id is accepted: a single-ward setup
needs no extra configuration. `page_config` lays one page's values over the
configuration, so the code that reads WARD_CODE or HOTLINE needs no change.
"""

import json

from core.types import Row, Settings
from core.zalo_settings import ZALO_PAGE_KEYS

# Key in PAGES_FILE → the setting it replaces for that page.
PAGE_KEYS = {
    "page_id": "PAGE_ID",
    "app_secret": "APP_SECRET",  # nosec B105 # the setting's name, not a secret
    "access_token": "PAGE_ACCESS_TOKEN",  # nosec B105 # the setting's name, not a secret
    "verify_token": "VERIFY_TOKEN",  # nosec B105 # the setting's name, not a secret
    "ward_code": "WARD_CODE",
    "ward_name": "WARD_NAME",
    "hotline": "HOTLINE",
    "hotline_officer": "HOTLINE_OFFICER",
    "reception_address": "RECEPTION_ADDRESS",
    "app_id": "APP_ID",
}  # app_id: Meta's deletion callback maps ids with the app's token
PAGE_KEYS.update(ZALO_PAGE_KEYS)  # the ward's Zalo Official Account, if it has one (core/zalo_settings.py)
REQUIRED = ("page_id", "app_secret", "access_token", "ward_code")


def load_pages(path: str) -> list[dict[str, str]]:
    """The pages of PAGES_FILE as settings dicts ([] without a file); a clear ValueError for a bad one."""
    if not path:
        return []
    try:
        with open(path, encoding="utf-8") as f:
            entries = json.load(f)
    except (OSError, ValueError) as exc:
        raise ValueError(f"PAGES_FILE {path}: cannot read a JSON list of pages ({exc})") from None
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"PAGES_FILE {path}: must be a non-empty JSON list of pages")
    pages, seen = [], set()
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise ValueError(f"PAGES_FILE {path}: page {number} is not an object")
        missing = [key for key in REQUIRED if not str(entry.get(key) or "").strip()]
        unknown = sorted(set(entry) - set(PAGE_KEYS))
        if missing:
            raise ValueError(f"PAGES_FILE {path}: page {number} lacks {', '.join(missing)}")
        if unknown:
            raise ValueError(f"PAGES_FILE {path}: page {number} has unknown keys {', '.join(unknown)}")
        page = {PAGE_KEYS[key]: str(value).strip() for key, value in entry.items()}
        if page["PAGE_ID"] in seen:
            raise ValueError(f"PAGES_FILE {path}: page id {page['PAGE_ID']} appears twice")
        seen.add(page["PAGE_ID"])
        pages.append(page)
    return pages


def page_ids(cfg: Settings) -> list[str] | None:
    """The configured page ids; None in a single-ward setup (every page id is accepted)."""
    pages = cfg.get("PAGES") or []
    return [page["PAGE_ID"] for page in pages] if pages else None


def page_config(cfg: Settings, page_id: str | None) -> Settings:
    """The configuration with `page_id`'s values laid over it (`cfg` itself for a single ward)."""
    for page in cfg.get("PAGES") or ():
        if page["PAGE_ID"] == page_id:
            return {**cfg, **page}
    return cfg


def verify_tokens(cfg: Settings) -> set[str]:
    """Verify tokens that answer Meta's subscription handshake."""
    tokens = {cfg.get("VERIFY_TOKEN")} | {page.get("VERIFY_TOKEN") for page in cfg.get("PAGES") or ()}
    return {token for token in tokens if token}


def officer_page(officer: Row | None) -> str | None:
    """The page (ward) an officer works for; None: every page (a province admin, or a single ward)."""
    return officer.get("page_id") if isinstance(officer, dict) else None


def officer_sees(officer: Row | None, report: Row) -> bool:
    """May this officer see this case? Yes for their own ward's, or for every case if they have none."""
    page = officer_page(officer)
    return page is None or report["page_id"] == page


def unknown_page_message(cfg: Settings, page_id: str | None) -> str | None:
    """Why a command's --page is refused (a clear message), or None when it names a configured page."""
    known = page_ids(cfg)
    if page_id and known is not None and page_id not in known:
        return f"Không có trang {page_id} trong PAGES_FILE (các trang: {', '.join(known)})."
    return None


def ward_pages(cfg: Settings) -> list[tuple[str | None, Settings]]:
    """(page id, its configuration) for each ward; one (None, cfg) for a single ward."""
    ids: list[str | None] = list(page_ids(cfg) or ())
    return [(page, page_config(cfg, page)) for page in ids or [None]]
