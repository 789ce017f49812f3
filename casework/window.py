"""When the ward may write to a citizen, by the rules of their channel, counted from their last event.

Messenger: inside 24 h any reply goes as RESPONSE. From 24 h to 7 days only a person's
reply may go, tagged HUMAN_AGENT; an automated notice may not. After 7 days
Messenger delivers nothing: the officer must phone.

Zalo: consultation messages are free within 48 h of the user's last interaction and billed from
48 h to 7 days; after 7 days only a paid, pre-approved template could reach them, so the officer
phones, as for Messenger. Automated messages (status notices, the bot's own) go only while free; a
person's reply past 48 h goes, marked billed (the outbox row's tag, shown in the console). There is
no HUMAN_AGENT tag on Zalo.
"""

import dataclasses
import datetime as dt

from core.channels import ZALO, channel_of
from core.clock import from_ms, now
from storage.conversations import load_conversation

RESPONSE_WINDOW = dt.timedelta(hours=24)
HUMAN_AGENT_WINDOW = dt.timedelta(days=7)
ZALO_FREE_WINDOW = dt.timedelta(hours=48)
ZALO_CONSULTATION_WINDOW = dt.timedelta(days=7)
BILLED = "BILLED"  # the outbox tag of a Zalo reply Zalo charges for


@dataclasses.dataclass(frozen=True)
class Window:
    state: str  # open | human_agent | billed | closed | none
    last_inbound: dt.datetime | None = None
    until: dt.datetime | None = None  # when the current state ends
    channel: str = "messenger"

    @property
    def person_may_reply(self):
        return self.state in ("open", "human_agent", "billed")

    @property
    def notice_may_go(self):
        """Automated messages (status notices) only inside 24 h (Zalo: while free), and never tagged."""
        return self.state == "open"

    @property
    def billed(self):
        return self.state == "billed"

    @property
    def key(self):
        """The state as the console's texts name it: each channel says its own rules."""
        return self.state if self.channel != ZALO else f"zalo_{self.state}"

    def send_options(self):
        """messaging_type and tag for an officer's reply."""
        if self.channel == ZALO:
            return {"messaging_type": "RESPONSE", "tag": BILLED if self.billed else None}
        if self.state == "open":
            return {"messaging_type": "RESPONSE", "tag": None}
        return {"messaging_type": "MESSAGE_TAG", "tag": "HUMAN_AGENT"}


def messenger_window(db, psid, at=None, page_id=None):
    """The window of `psid` on `page_id` (a case's page), by the rules of `psid`'s channel: PSIDs are
    page-scoped. (Named for Messenger, whose rules came first; a Zalo citizen gets Zalo's.)"""
    return reply_window(db, psid, at, page_id)


def reply_window(db, psid, at=None, page_id=None):
    channel = channel_of(psid)
    if not psid:
        return Window("none", channel=channel)
    last_ms = load_conversation(db, psid, page_id)["last_inbound_ms"]
    if last_ms is None:
        return Window("none", channel=channel)
    last = from_ms(last_ms)
    elapsed = (at or now()) - last
    first, second, tagged = (
        (ZALO_FREE_WINDOW, ZALO_CONSULTATION_WINDOW, "billed")
        if channel == ZALO
        else (RESPONSE_WINDOW, HUMAN_AGENT_WINDOW, "human_agent")
    )
    if elapsed < first:
        return Window("open", last, last + first, channel)
    if elapsed < second:
        return Window(tagged, last, last + second, channel)
    return Window("closed", last, channel=channel)
