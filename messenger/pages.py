"""Which page a delivery speaks for, and which token answers it (several wards on one server).

The settings of each page are read in core/pages.py; this is the Messenger side
of them: the signature of a body tried against every app secret, and one Graph
client per page token.
"""

from core.pages import page_config
from messenger.send_api import GraphClient
from messenger.signature import signature_is_valid


def signed_by(cfg, body, header):
    """Which pages a signed body may speak for: None if no app secret signed it, "any" for a single
    ward, else the set of page ids of the app whose secret matched. Every secret is tried, each with
    a constant-time compare, so the time taken does not tell which one came close."""
    pages = cfg.get("PAGES") or []
    if not pages:
        return "any" if signature_is_valid(cfg["APP_SECRET"], body, header) else None
    matched = {page["APP_SECRET"] for page in pages if signature_is_valid(page["APP_SECRET"], body, header)}
    return {page["PAGE_ID"] for page in pages if page["APP_SECRET"] in matched} or None


class PageClients:
    """One GraphClient per page token, sharing the sender thread's HTTP session."""

    def __init__(self, cfg, default):
        self.cfg, self.default, self.by_page = cfg, default, {}

    def for_page(self, page_id):
        page = page_config(self.cfg, page_id)
        if page is self.cfg:
            return self.default
        if page_id not in self.by_page:
            self.by_page[page_id] = GraphClient(
                self.default.base_url, page["PAGE_ACCESS_TOKEN"], self.default.timeout, self.default.session
            )
        return self.by_page[page_id]


def client_for(client, row):
    """The page's own client for an outbox row when `client` keeps one per page."""
    return client.for_page(row.get("page_id")) if isinstance(client, PageClients) else client
