"""Outside a report: the welcome and menu, look-up, the case thread, asking for an officer."""

import datetime as dt

from bot import handoff
from bot import report_steps as rs
from casework.followups import on_citizen_follow_up
from casework.promised_dates import format_date, local_date
from core.validation import parse_code
from storage.reports import cases_of, latest_report_of, report_by_code, touch_report
from storage.threads import join_case
from understanding.intents import understand

MENU = ("MENU_REPORT", "MENU_COMPLAINT", "MENU_DENOUNCE", "MENU_LOOKUP", "MENU_OFFICER")
THREAD_ACK_EVERY_MS = 30 * 60 * 1000  # say "added to your case" at most this often


def welcome(turn):
    turn.to_menu(turn.fmt(turn.texts.WELCOME))


def show_menu(turn, text=None):
    """The menu after `text`, said as it is (its sentences already filled: it may carry a ward's
    answer or an officer's, which are never formatted)."""
    turn.to_menu(text or turn.fmt(turn.texts.MENU_AGAIN))


def choose(turn, payload):
    if payload == "MENU_LOOKUP":
        turn.keep_in_conversation()
        return turn.ask("lookup")
    if payload == "MENU_OFFICER":
        return request_officer(turn)
    category = {"MENU_COMPLAINT": "complaint", "MENU_DENOUNCE": "denunciation"}.get(payload)
    # A question that told a problem, just before (bot/free_text.py): its words are the report's.
    story = (turn.draft.get("pending_story") or {}).get("text")
    found = turn.draft.get("found")  # and the name, phone, address it gave (batch 46's letter)
    rs.start_report(turn, category, story=story, found=found, prefix=turn.fmt(turn.texts.STORY_KEPT) if story else "")


def get_started(turn):
    """Get Started, or "menu": offer to continue a draft rather than drop it."""
    if rs.in_report(turn):
        return rs.offer_resume(turn)
    welcome(turn)


def request_officer(turn):
    """Hand the citizen to a person (bot/handoff.py); a draft is kept for when they come back."""
    handoff.request_officer(turn)


def ticket_prefixes(cfg):
    """Every ward's ticket prefix this server knows: "AQ202600002" is a code only with one of them."""
    return {cfg["WARD_CODE"], *(page.get("WARD_CODE") for page in cfg.get("PAGES") or ())}


def typed_code(turn):
    return parse_code(turn.inp.text, ticket_prefixes(turn.cfg)) if turn.inp.kind == "text" else None


def on_menu_input(turn):
    """Free input at the menu: a case code, more for the last case, or the menu again."""
    code = typed_code(turn)
    if code:
        return answer_lookup(turn, code)
    report = latest_report_of(turn.db, turn.conv["psid"], turn.cfg.get("PAGE_ID"))
    if report is None:
        handoff.list_unmatched(turn)  # fits no case: the officers see it under "Trò chuyện"
        return show_menu(turn)
    add_to_thread(turn, report)


def add_to_thread(turn, report, always_ack=False, quiet=False):
    """Messages after submission reach the officer as part of the case (a photo sent later with it:
    it is evidence too): in its thread, the case "tin mới", and its officer told
    (casework/followups.py). `quiet`: the caller tells the citizen."""
    db, inp = turn.db, turn.inp
    join_case(db, report["id"], turn.conv["psid"], turn.cfg.get("PAGE_ID"), message_id=inp.message_id)
    touch_report(db, report["id"])
    if inp.kind in ("text", "attachments"):  # a sticker or a like is no news for the officer
        on_citizen_follow_up(db, turn.cfg, report, inp.kind)
    if quiet:
        return
    last_ack = turn.conv["thread_ack_ms"]
    if always_ack or last_ack is None or inp.timestamp - last_ack > THREAD_ACK_EVERY_MS:
        turn.conv["thread_ack_ms"] = inp.timestamp
        turn.report_id = report["id"]
        turn.say(turn.fmt(turn.texts.THREAD_ADDED, code=report["code"]), MENU)


def on_lookup_input(turn):
    turn.keep_in_conversation()
    code = typed_code(turn)
    if code is not None:
        return answer_lookup(turn, code)
    if turn.inp.kind == "text" and understand(turn.inp.text).own_cases:
        return list_my_cases(turn)
    turn.ask("lookup", prefix=turn.fmt(turn.texts.LOOKUP_BAD_CODE))


def list_my_cases(turn):
    """ "I forgot my code", "where is my complaint?": this Messenger account's own cases, and nobody
    else's. One case is shown at once, with no code asked for. A look-up is no case's: it stays in
    the conversation."""
    turn.keep_in_conversation()
    reports = cases_of(turn.db, turn.conv["psid"], turn.cfg.get("PAGE_ID"), limit=2)
    if len(reports) == 1:  # "cái vụ cái loa bà báo hôm trước… bà không nhớ cái mã số"
        return answer_lookup(turn, reports[0]["code"])
    text = my_cases_text(turn)
    if text is None:
        return show_menu(turn, turn.fmt(turn.texts.LOOKUP_NO_CASES) + "\n" + turn.fmt(turn.texts.MENU_AGAIN))
    turn.ask("lookup", prefix=text)


def has_cases(turn):
    return bool(cases_of(turn.db, turn.conv["psid"], turn.cfg.get("PAGE_ID"), limit=1))


def my_cases_text(turn):
    """The account's own cases, one line each; None when it has sent none."""
    reports = cases_of(turn.db, turn.conv["psid"], turn.cfg.get("PAGE_ID"))
    if not reports:
        return None
    lines = "\n".join(
        turn.texts.LOOKUP_CASE_LINE.format(
            code=r["code"],
            category_name=turn.texts.CATEGORY_NAMES[r["category"]],
            status=turn.texts.STATUS_NAMES.get(r["status"], r["status"]),
            created=format_date(local_date(dt.datetime.fromisoformat(r["created_at"]), turn.cfg["TIMEZONE"])),
        )
        for r in reports
    )
    return turn.fmt(turn.texts.LOOKUP_MY_CASES, lines=lines)


def answer_lookup(turn, code):
    """Status and answer, but only to the Messenger user who filed the case."""
    text, found = lookup_text(turn, code)
    show_menu(turn, text + ("" if found else "\n" + turn.fmt(turn.texts.MENU_AGAIN)))


def answer_lookup_mid_draft(turn, code):
    """A code typed in the middle of a report: answered, then the question on screen again."""
    text, _found = lookup_text(turn, code)
    turn.ask(turn.step, prefix=text)


def lookup_text(turn, code):
    """(what to say, was it found): only the Messenger user who filed the case, on this page, is told.
    A look-up belongs to no case's thread, not even the draft's it interrupts."""
    turn.keep_in_conversation()
    report = report_by_code(turn.db, code)
    if report is None or report["psid"] != turn.conv["psid"] or report["page_id"] != turn.cfg.get("PAGE_ID"):
        return turn.fmt(turn.texts.LOOKUP_NOT_FOUND, code=code), False
    answer = turn.texts.LOOKUP_ANSWER.format(answer=report["answer"]) if report["answer"] else ""
    updated = format_date(local_date(dt.datetime.fromisoformat(report["updated_at"]), turn.cfg["TIMEZONE"]))
    return turn.texts.LOOKUP_RESULT.format(
        code=code,
        category_name=turn.texts.CATEGORY_NAMES[report["category"]],
        status=turn.texts.STATUS_NAMES.get(report["status"], report["status"]),
        updated=updated,
        answer=answer,
    ), True


def end_handoff_with_menu(db, cfg, row, by, reason, tell_citizen=True, report_id=None):
    """A conversation with a person ends and the bot is back, offering the menu again: how an
    officer's "kết thúc" or "lập hồ sơ" ends it (runtime/rules.py hands this to casework/handoffs.py)."""
    return handoff.end_handoff(db, cfg, row, by, reason, tell_citizen, report_id, choices=MENU)
