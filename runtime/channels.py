"""Each channel's part of the work after the 200: who handles its stored events.

Messenger's events go to handlers/ (one handler per kind), Zalo's to zalo/handlers.py, which ends
in the same handlers for a citizen's message. A row's channel is its citizen's (core/channels.py).
"""

from core.channels import MESSENGER, ZALO, channel_of
from handlers import handle_event
from zalo.handlers import handle_zalo_event

EVENT_HANDLERS = {MESSENGER: handle_event, ZALO: handle_zalo_event}


def handle_stored_event(db, cfg, row, event):
    EVENT_HANDLERS[channel_of(row["psid"])](db, cfg, row, event)
