"""Messenger's messaging window, counted from the citizen's last event (Meta's timestamp).

Inside 24 h any reply goes as RESPONSE. From 24 h to 7 days only a person's
reply may go, tagged HUMAN_AGENT; an automated notice may not. After 7 days
Messenger delivers nothing: the officer must phone.
"""

import dataclasses
import datetime as dt

from core.clock import from_ms, now
from storage.conversations import load_conversation

RESPONSE_WINDOW = dt.timedelta(hours=24)
HUMAN_AGENT_WINDOW = dt.timedelta(days=7)


@dataclasses.dataclass(frozen=True)
class Window:
    state: str  # open | human_agent | closed | none
    last_inbound: dt.datetime | None = None
    until: dt.datetime | None = None  # when the current state ends

    @property
    def person_may_reply(self):
        return self.state in ("open", "human_agent")

    @property
    def notice_may_go(self):
        """Automated messages (status notices) only inside 24 h, and never tagged."""
        return self.state == "open"

    def send_options(self):
        """messaging_type and tag for an officer's reply."""
        if self.state == "open":
            return {"messaging_type": "RESPONSE", "tag": None}
        return {"messaging_type": "MESSAGE_TAG", "tag": "HUMAN_AGENT"}


def messenger_window(db, psid, at=None, page_id=None):
    """The window of `psid` on `page_id` (a case's page): PSIDs are page-scoped."""
    if not psid:
        return Window("none")
    last_ms = load_conversation(db, psid, page_id)["last_inbound_ms"]
    if last_ms is None:
        return Window("none")
    last = from_ms(last_ms)
    elapsed = (at or now()) - last
    if elapsed < RESPONSE_WINDOW:
        return Window("open", last, last + RESPONSE_WINDOW)
    if elapsed < HUMAN_AGENT_WINDOW:
        return Window("human_agent", last, last + HUMAN_AGENT_WINDOW)
    return Window("closed", last)
