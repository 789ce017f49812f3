"""Where the privacy policy is, for the chat and the page's persistent menu."""

from typing import Any

from core.privacy_settings import settings_of
from core.types import Settings


def policy_url(cfg: Settings) -> str:
    """Where the privacy policy is: absolute with PUBLIC_URL, else the path on the ward's site;
    with several wards on one server, this ward's own (`?trang=PAGE_ID`, as /cong-khai)."""
    page = f"?trang={cfg['PAGE_ID']}" if cfg.get("PAGES") and cfg.get("PAGE_ID") else ""
    return settings_of(cfg)["PUBLIC_URL"] + "/chinh-sach-quyen-rieng-tu" + page


def policy_menu_items(cfg: Settings) -> list[dict[str, Any]]:
    """The persistent menu's link to the privacy policy (Meta opens only absolute https links)."""
    if not settings_of(cfg)["PUBLIC_URL"]:
        return []
    return [{"type": "web_url", "title": "Quyền riêng tư", "url": policy_url(cfg)}]
