"""The quiet time: a handoff nobody wrote in for HANDOFF_QUIET_HOURS closes by itself.

Without it a citizen whose officer never closed the conversation would find
the bot silent for good. The duty loops (runtime/scheduler.py) run this every
minute; the thread is taken back from the Page inbox like any close. The
citizen is not messaged (they have been silent; the bot answers when they
write again).
"""

import datetime as dt

from bot.handoff import end_handoff, iso
from core.clock import now
from core.pages import page_config
from storage.db import write_transaction
from storage.handoffs import quiet_handoffs

CHECK_EVERY_SECONDS = 60


def close_quiet_handoffs(db, cfg):
    """Close every open handoff quiet for longer than the ward's setting; how many were closed."""
    before = iso(now() - dt.timedelta(hours=cfg.get("HANDOFF_QUIET_HOURS", 72)))
    if not quiet_handoffs(db, before):  # the usual case: no write lock taken every minute
        return 0
    closed = 0
    with write_transaction(db):
        for handoff in quiet_handoffs(db, before):
            page_cfg = page_config(cfg, handoff["page_id"])
            closed += end_handoff(db, page_cfg, handoff, by="bot", reason="quiet", tell_citizen=False)
    return closed
