"""The citizen's side of a handoff: asking for an officer, the bot keeping quiet, coming back.

"Gặp cán bộ" opens a handoff, tells the duty officer at once, tells the
citizen plainly what happens next (out of office hours: when an officer will
read, and the hotline), and passes the thread to the Page inbox where the
page has it as secondary receiver. While it is open the bot answers nothing
the citizen writes (each message goes into the officer's thread) except
"menu" / "trợ lý", which close it and bring the bot back.
"""

import dataclasses
import datetime as dt

from bot import texts, texts_en, voice
from bot.report_steps import has_draft
from casework.handoff_notice import notify_handoff, when_read
from casework.thread_control import pass_to_inbox, take_from_inbox
from casework.window import messenger_window
from core.clock import from_ms, now
from core.office_hours import describe_moment
from core.voice import speak
from storage.conversations import load_conversation, save_conversation
from storage.handoffs import close_handoff, create_handoff, open_handoff_of, tag_messages, touch
from storage.outbox import enqueue_text
from storage.transcript import record_attachment, unplaced_messages
from understanding.commands import BOT_AGAIN, typed_command

COME_BACK_PAYLOADS = {"GET_STARTED", "MENU_REPORT", "MENU_COMPLAINT", "MENU_DENOUNCE", "MENU_LOOKUP"}
KEPT_FILES = ("image", "video", "audio", "file")  # downloaded now: Meta's links expire
# The officer reads what came before "gặp cán bộ": this long, and the whole draft.
CONTEXT = dt.timedelta(hours=1)
RATING_STEPS = ("rating", "rating_comment", "publish_consent")  # the ward's own question, still waiting


def page_of(cfg):
    """The page a handoff belongs to: NULL in a single-ward setup, as a case's page."""
    return cfg.get("PAGE_ID") or None


def iso(moment):
    return moment.isoformat(timespec="milliseconds")


def request_officer(turn):
    """ "Gặp cán bộ": open the handoff (or say it is open), notify, explain, hand over."""
    db, cfg, inp, psid = turn.db, turn.cfg, turn.inp, turn.conv["psid"]
    asked_at = from_ms(inp.timestamp) if inp.timestamp else now()
    db.execute("UPDATE messages SET kind = 'officer_request' WHERE id = ?", [inp.message_id])
    handoff, created = create_handoff(db, page_of(cfg), psid, "asked", iso(asked_at))
    tag_messages(db, handoff["id"], [inp.message_id])
    if not created:
        return _say(db, handoff, psid, turn.with_sorry(turn.fmt(turn.texts.HANDOFF_WAITING)))
    # What came before: the last hour's messages that went nowhere, and the draft's (kept as it is).
    draft_start = turn.draft.get("since_message_id") if has_draft(turn.draft) else None
    context = unplaced_messages(db, psid, (asked_at - CONTEXT).isoformat(), draft_start, cfg.get("PAGE_ID"))
    tag_messages(db, handoff["id"], context)
    notify_handoff(db, cfg, handoff, asked_at)
    opens_at = when_read(db, cfg, asked_at)
    text = (
        turn.fmt(
            turn.texts.HANDOFF_OPENED_CLOSED_OFFICE,
            when=describe_moment(opens_at, turn.conv.get("language")),
            urgent_call=turn.fmt(voice.call_back_in_handoff(turn)),
        )
        if opens_at
        else turn.fmt(turn.texts.HANDOFF_OPENED)
    )
    _say(db, handoff, psid, turn.with_sorry(text))
    pass_to_inbox(db, cfg, handoff)  # queued after the reply, so the citizen reads it first


def route(db, cfg, psid, inp):
    """The input for the bot, or None when an open handoff takes it silently.

    "menu"/"trợ lý" (or a menu button) close the handoff and go to the bot as "menu"."""
    handoff = open_handoff_of(db, page_of(cfg), psid)
    if handoff is None:
        return inp
    if handoff["reason"] == "unmatched":  # only listed: the bot answers, and lists what fits no case
        return inp
    if _comes_back(inp):
        end_handoff(db, cfg, handoff, by="citizen", reason="citizen", tell_citizen=False)
        return dataclasses.replace(inp, payload="GET_STARTED") if inp.payload is None else inp
    keep_in_thread(db, handoff, psid, inp)
    if inp.payload == "MENU_OFFICER" or (inp.kind == "text" and typed_command(inp.text) == "MENU_OFFICER"):
        table, text = voice.outside_a_turn(db, psid, handoff.get("page_id"), "HANDOFF_WAITING")
        _say(db, handoff, psid, text, table=table)
    return None


def list_unmatched(turn):
    """Free text that fits no case (no report to add it to, not a code): the officers see it in
    "Trò chuyện", and may answer; the bot answers as before."""
    if turn.inp.kind not in ("text", "attachments"):
        return None
    return list_unplaced(turn.db, turn.cfg, turn.conv["psid"], turn.inp)


def list_unplaced(db, cfg, psid, inp):
    """The message in the officers' "Trò chuyện" as one the bot could not place (bot/unread.py too)."""
    if inp.message_id is None:
        return None
    at = from_ms(inp.timestamp) if inp.timestamp else now()
    handoff, _created = create_handoff(db, page_of(cfg), psid, "unmatched", iso(at))
    tag_messages(db, handoff["id"], [inp.message_id])  # only these: never a report being drafted
    touch(db, handoff["id"])
    return handoff


def keep_in_thread(db, handoff, psid, inp):
    """The citizen's message goes to the officer: in the thread, its files fetched, the window kept."""
    tag_messages(db, handoff["id"], [inp.message_id])
    for attachment in inp.attachments:
        if attachment["type"] in KEPT_FILES and "id" not in attachment:  # not yet recorded on arrival
            record_attachment(db, psid, inp.message_id, attachment["type"], attachment["url"])
    touch(db, handoff["id"])
    note_inbound(db, psid, inp.timestamp, handoff.get("page_id"))


def note_inbound(db, psid, timestamp_ms, page_id=None):
    """The 24 h / 7 day window counts from the citizen's last message, answered or not."""
    conv = load_conversation(db, psid, page_id)
    if conv["step"] is None:
        conv["step"] = "menu"
    conv["last_inbound_ms"] = max(timestamp_ms, conv["last_inbound_ms"] or 0)
    save_conversation(db, conv)


def end_handoff(db, cfg, handoff, by, reason, tell_citizen=True, report_id=None, choices=()):
    """Close it, take the thread back from the inbox, and (inside 24 h) say the bot is back,
    offering `choices` (the menu's: callers pass bot.menu.MENU, which imports this module)."""
    if not close_handoff(db, handoff["id"], by, reason, report_id):
        return False
    if reason != "page_inbox":  # the inbox passing control back already gave it to us
        take_from_inbox(db, handoff, f"handoff {handoff['id']} closed")
    if tell_citizen and messenger_window(db, handoff["psid"], page_id=handoff["page_id"]).notice_may_go:
        greet_again(db, cfg, handoff, choices)
    return True


def greet_again(db, cfg, handoff, choices):
    """The bot is back: it says so and, when a draft was kept, offers it ("Tiếp tục"), so that what
    the citizen says next ("ok e cảm ơn") is answered as it is, never as the draft's question."""
    conv = load_conversation(db, handoff["psid"], handoff["page_id"])
    table = texts_en if conv.get("language") == "en" else texts
    _language, kept = voice.speaking_to(db, handoff["psid"], handoff["page_id"])  # "bà", "cháu"…
    if has_draft(conv["draft"]) and conv["step"] not in (None, "menu"):
        if conv["step"] != "resume":
            conv["draft"]["return_step"] = conv["step"]
        conv["step"] = "resume"
        noun = table.CATEGORY_NOUNS.get(conv["draft"].get("category"), table.CATEGORY_NOUNS["feedback"])
        text = speak(table.HANDOFF_ENDED_DRAFT, kept).format(ward_name=cfg["WARD_NAME"], noun=noun)
        _say(db, handoff, handoff["psid"], text, ("RESUME", "CMD_CANCEL"), table)
    else:
        if conv["step"] not in (None, "menu") + RATING_STEPS:  # a question asked before the person came
            conv.update(step="menu", draft={}, history=[])
        _say(db, handoff, handoff["psid"], speak(table.HANDOFF_ENDED, kept), choices, table)
    save_conversation(db, conv)


def _comes_back(inp):
    if inp.payload in COME_BACK_PAYLOADS:
        return True
    return inp.kind == "text" and typed_command(inp.text, BOT_AGAIN) is not None


def _say(db, handoff, psid, text, choices=(), table=texts):
    quick_replies = [{"content_type": "text", "title": table.TITLES[p][:20], "payload": p} for p in choices]
    outbox_ids = enqueue_text(db, psid, text, quick_replies or None)
    tag_messages(db, handoff["id"], outbox_ids=outbox_ids)
