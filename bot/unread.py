"""A message the conversation failed on, a fault of ours: never silence, never lost.

Left to the worker, the event would be marked failed, which no officer reads, and the citizen would hear
nothing (batch 60: a question ending on "thì" raised in the base's ranking). Instead what the conversation
changed is rolled back, the message is listed for the officers in "Trò chuyện" as one the bot could not
place, and the citizen is told so in one line, with the hotline. The fault itself is logged with its trace.
"""

import logging

from bot import texts, texts_en
from bot.handoff import list_unplaced, page_of
from bot.turn import UndeclaredTransition
from core.placeholders import fill
from core.voice import speak
from storage.conversations import load_conversation
from storage.outbox import enqueue_text

log = logging.getLogger(__name__)


def answer_whatever_happens(db, cfg, psid, inp, handle):
    """`handle(db, cfg, psid, inp)`, or, should it raise, the message handed to the officers."""
    db.execute("SAVEPOINT conversation")
    try:
        handle(db, cfg, psid, inp)
    except Exception as exc:
        if not db.conn.in_transaction or (cfg.get("TESTING") and isinstance(exc, UndeclaredTransition)):
            raise  # the transaction is gone (the worker's to handle); a test refuses a move off the table
        log.exception("conversation failed on message %s of %s; handed to the officers", inp.message_id, psid)
        db.execute("ROLLBACK TO conversation")
        hand_over_unread(db, cfg, psid, inp)
    db.execute("RELEASE conversation")


def hand_over_unread(db, cfg, psid, inp):
    list_unplaced(db, cfg, psid, inp)
    conv = load_conversation(db, psid, page_of(cfg))
    said = (texts_en if conv["language"] == "en" else texts).UNREAD_BY_FAULT
    enqueue_text(db, psid, fill(speak(said, conv.get("voice")), {"hotline": cfg["HOTLINE"]}))
