"""Two wards' pages for the several-pages tests: their PAGES_FILE entries, and a
Messenger that writes to one page, signed by its app."""

import json

from messenger_support import Messenger

PAGE_A = {
    "page_id": "111000111",
    "app_secret": "secret-of-ai-quoc",
    "access_token": "token-a",
    "verify_token": "verify-a",
    "ward_code": "AQ",
    "ward_name": "UBND phường Ái Quốc",
}
PAGE_B = {
    "page_id": "222000222",
    "app_secret": "secret-of-le-chan",
    "access_token": "token-b",
    "verify_token": "verify-b",
    "ward_code": "LC",
    "ward_name": "UBND phường Lê Chân",
    "hotline": "0225 3 846 111",
}


def write_pages_file(folder, *pages):
    path = folder / "pages.json"
    path.write_text(json.dumps(list(pages or (PAGE_A, PAGE_B)), ensure_ascii=False), encoding="utf-8")
    return path


class PageMessenger(Messenger):
    """Meta's events for one page, signed by that page's app."""

    def __init__(self, page):
        super().__init__(page["app_secret"])
        self.page_id = page["page_id"]

    def _event(self, psid, **part):
        return dict(super()._event(psid, **part), recipient={"id": self.page_id})

    def body(self, *events):
        entries = [{"id": self.page_id, "time": e["timestamp"], "messaging": [e]} for e in events]
        return json.dumps({"object": "page", "entry": entries}).encode()
