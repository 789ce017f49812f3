"""Outside a report: the welcome and menu, look-up, the case thread, asking for an officer."""
import datetime as dt

from bot import handoff, report_steps as rs, texts
from bot.deadlines import format_date, local_date
from bot.validation import parse_code
from storage.transcript import record_attachment
from storage.reports import latest_report_of, report_by_code, touch_report

MENU = ("MENU_REPORT", "MENU_COMPLAINT", "MENU_DENOUNCE", "MENU_LOOKUP", "MENU_OFFICER")
THREAD_ACK_EVERY_MS = 30 * 60 * 1000  # say "added to your case" at most this often


def welcome(turn):
    turn.conv.update(step="menu", draft={}, history=[])
    turn.say(turn.fmt(texts.WELCOME), MENU)


def show_menu(turn, text=texts.MENU_AGAIN):
    turn.conv.update(step="menu", draft={}, history=[])
    turn.say(turn.fmt(text), MENU)


def choose(turn, payload):
    if payload == "MENU_LOOKUP":
        return turn.ask("lookup")
    if payload == "MENU_OFFICER":
        return request_officer(turn)
    category = {"MENU_COMPLAINT": "complaint", "MENU_DENOUNCE": "denunciation"}.get(payload)
    rs.start_report(turn, category)


def get_started(turn):
    """Get Started, or "menu": offer to continue a draft rather than drop it."""
    if turn.step in rs.REPORT_STEPS:
        return rs.offer_resume(turn)
    welcome(turn)


def request_officer(turn):
    """Hand the citizen to a person (bot/handoff.py); a draft is kept for when they come back."""
    handoff.request_officer(turn)


def on_menu_input(turn):
    """Free input at the menu: a case code, more for the last case, or the menu again."""
    code = parse_code(turn.inp.text) if turn.inp.kind == "text" else None
    if code:
        return answer_lookup(turn, code)
    report = latest_report_of(turn.db, turn.conv["psid"])
    if report is None:
        handoff.list_unmatched(turn)  # fits no case: the officers see it under "Trò chuyện"
        return show_menu(turn)
    add_to_thread(turn, report)


def add_to_thread(turn, report):
    """Messages after submission reach the officer as part of the case."""
    db, inp = turn.db, turn.inp
    db.execute("UPDATE messages SET report_id = ? WHERE id = ?", [report["id"], inp.message_id])
    for attachment in inp.attachments:  # a photo sent later is evidence too: keep it with the case
        if attachment["type"] in rs.KEPT_ATTACHMENTS:
            attachment_id = record_attachment(db, turn.conv["psid"], inp.message_id, attachment["type"],
                                              attachment["url"])
            db.execute("UPDATE attachments SET report_id = ? WHERE id = ?", [report["id"], attachment_id])
    touch_report(db, report["id"])
    last_ack = turn.conv["thread_ack_ms"]
    if last_ack is None or inp.timestamp - last_ack > THREAD_ACK_EVERY_MS:
        turn.conv["thread_ack_ms"] = inp.timestamp
        turn.report_id = report["id"]
        turn.say(turn.fmt(texts.THREAD_ADDED, code=report["code"]), MENU)


def on_lookup_input(turn):
    code = parse_code(turn.inp.text) if turn.inp.kind == "text" else None
    if code is None:
        return turn.ask("lookup", prefix=turn.fmt(texts.LOOKUP_BAD_CODE))
    answer_lookup(turn, code)


def answer_lookup(turn, code):
    """Status and answer, but only to the Messenger user who filed the case."""
    report = report_by_code(turn.db, code)
    if report is None or report["psid"] != turn.conv["psid"]:
        return show_menu(turn, turn.fmt(texts.LOOKUP_NOT_FOUND, code=code) + "\n" + texts.MENU_AGAIN)
    answer = texts.LOOKUP_ANSWER.format(answer=report["answer"]) if report["answer"] else ""
    updated = format_date(local_date(dt.datetime.fromisoformat(report["updated_at"]), turn.cfg["TIMEZONE"]))
    show_menu(turn, texts.LOOKUP_RESULT.format(
        code=code, category_name=texts.CATEGORY_NAMES[report["category"]],
        status=texts.STATUS_NAMES.get(report["status"], report["status"]), updated=updated,
        answer=answer))

