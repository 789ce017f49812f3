"""A person typed to the citizen in Meta's Page inbox: their message is the officer's, and the bot
pauses for that citizen (a handoff opens if none is) so it never talks over the officer."""

from bot.handoff import iso, page_of
from core.clock import from_ms
from storage.handoffs import create_handoff, record_human_answer, tag_messages

PAGE_INBOX = "page_inbox"  # who answered, for the statistics: not a console account


def human_answered(db, cfg, psid, message_id, timestamp_ms):
    at = iso(from_ms(timestamp_ms))
    handoff, _created = create_handoff(db, page_of(cfg), psid, "page_inbox", at)
    tag_messages(db, handoff["id"], [message_id])
    record_human_answer(db, handoff["id"], PAGE_INBOX, at)
    return handoff
