"""Each case's current deadline, and the events that move it.

The console's status workflow calls these plain functions; each one sets
`reports.deadline` (what the console and the citizen's look-up show), logs the
move in `deadline_changes`, and refreshes the case's summary. Each takes the
settings (`cfg`) after `db` and counts in the case's own ward (`case_ward`).
They join the caller's transaction if there is one, else open their own.
"""

from casework import summaries
from casework.citizen_voice import notice_text
from casework.ward import case_ward
from casework.window import messenger_window
from core.deadline_rules import rule_for
from storage.case_deadlines import deadline_state, move_deadline, save_deadline_state
from storage.db import joined_transaction
from storage.outbox import enqueue_text

EXTENDED_TEXT = (
    "Hồ sơ {code}: thời hạn giải quyết được gia hạn đến {deadline}. Lý do: {reason}\n"
    "Anh/chị gửi mã {code} vào đây bất cứ lúc nào để tra cứu."
)


ACCEPTED_TEXT = (
    "Hồ sơ {code}: phường đã thụ lý (nhận giải quyết). Thời hạn giải quyết: đến {deadline}.\n"
    "Anh/chị gửi mã {code} vào đây bất cứ lúc nào để tra cứu."
)


class DeadlineError(ValueError):
    """The move is not allowed; the message (Vietnamese) says why, for the officer."""


def initial_deadline(ward, category, received_on):
    """(stage, last day) for a case received on `received_on`."""
    rule = rule_for(ward.cfg, category)
    stage = "accept" if rule.get("accept") else "answer"
    return stage, ward.calendar.period_end(received_on, *rule[stage])


def start_deadline(db, cfg, report_id, received_at):
    """At submission: the first deadline, logged as `received`."""
    case = _case(db, report_id)
    ward = case_ward(db, cfg, case)
    received_on = ward.local_date(received_at)
    stage, deadline = initial_deadline(ward, case["category"], received_on)
    with joined_transaction(db):
        save_deadline_state(db, report_id, stage, received_on.isoformat())
        move_deadline(db, report_id, "received", None, deadline.isoformat())
    return deadline


def record_acceptance(db, cfg, report_id, accepted_at=None, by=None):
    """Thụ lý: a complaint or denunciation now runs to its resolution period from this day.
    Feedback and petitions keep their answer date (the move is still logged)."""
    case = _case(db, report_id)
    ward = case_ward(db, cfg, case)
    rule = rule_for(ward.cfg, case["category"])
    accepted_on = ward.local_date(accepted_at)
    with joined_transaction(db):
        if not rule.get("resolve"):
            return _log(db, ward, case, "accepted", case["deadline"], by=by)
        period = rule["complex"] if case["complex"] and rule.get("complex") else rule["resolve"]
        deadline = ward.calendar.period_end(accepted_on, *period)
        save_deadline_state(db, report_id, "resolve", case["received_on"], accepted_on.isoformat(), case["complex"], 0)
        result = _log(db, ward, case, "accepted", deadline.isoformat(), by=by)
        text = notice_text(
            db,
            case["psid"],
            case.get("page_id"),
            ACCEPTED_TEXT,
            "ACCEPTED_TEXT",
            code=case["code"],
            deadline=deadline.strftime("%d/%m/%Y"),
        )
        tell_citizen(db, case, text)
        return result


def extend(db, cfg, report_id, days, reason, by=None):
    """Gia hạn by `days` (in the category's extension unit), within the law's limits; the
    citizen is told when Messenger allows it."""
    case = _case(db, report_id)
    ward = case_ward(db, cfg, case)
    rule = rule_for(ward.cfg, case["category"])
    reason = (reason or "").strip()
    if not reason:
        raise DeadlineError("Cần ghi lý do gia hạn.")
    if not rule.get("extension") or case["extensions"] >= rule["max_extensions"]:
        raise DeadlineError(
            f"Hồ sơ {case['code']} không được gia hạn thêm "
            f"(tối đa {rule['max_extensions']} lần; khiếu nại phức tạp: đánh dấu phức tạp)."
        )
    if case["stage"] == "accept":
        raise DeadlineError(f"Hồ sơ {case['code']} chưa được thụ lý: chỉ gia hạn thời hạn giải quyết.")
    limit, unit = rule["extension"]
    if not isinstance(days, int) or not 1 <= days <= limit:
        raise DeadlineError(f"Mỗi lần gia hạn từ 1 đến {limit} ngày{' làm việc' if unit == 'working' else ''}.")
    deadline = ward.calendar.period_end(ward.local_date(case["deadline"]), days, unit)
    with joined_transaction(db):
        save_deadline_state(
            db,
            report_id,
            case["stage"] or "answer",
            case["received_on"],
            case["accepted_on"],
            case["complex"],
            case["extensions"] + 1,
        )
        result = _log(db, ward, case, "extended", deadline.isoformat(), reason, by)
        text = notice_text(
            db,
            case["psid"],
            case.get("page_id"),
            EXTENDED_TEXT,
            "EXTENDED_TEXT",
            code=case["code"],
            reason=reason,
            deadline=deadline.strftime("%d/%m/%Y"),
        )
        tell_citizen(db, case, text)
    return result


def mark_complex(db, cfg, report_id, by=None, reason=None):
    """Vụ việc phức tạp: a complaint resolves within 45 days of acceptance instead of 30. Before
    acceptance the flag waits for it; for other categories it is recorded (extensions need it)."""
    case = _case(db, report_id)
    ward = case_ward(db, cfg, case)
    rule = rule_for(ward.cfg, case["category"])
    deadline = case["deadline"]
    if rule.get("complex") and case["stage"] == "resolve":
        deadline = ward.calendar.period_end(ward.local_date(case["accepted_on"]), *rule["complex"]).isoformat()
    with joined_transaction(db):
        save_deadline_state(
            db, report_id, case["stage"] or "answer", case["received_on"], case["accepted_on"], 1, case["extensions"]
        )
        return _log(db, ward, case, "complex", deadline, reason, by)


def reclassify(db, cfg, report_id, by=None):
    """Call after the officer changed the case's category: a case not yet accepted takes the
    new category's first deadline, counted from the day it was received."""
    case = _case(db, report_id)
    ward = case_ward(db, cfg, case)
    if case["stage"] == "resolve":
        return ward.local_date(case["deadline"])
    stage, deadline = initial_deadline(ward, case["category"], ward.local_date(case["received_on"]))
    with joined_transaction(db):
        save_deadline_state(db, report_id, stage, case["received_on"], None, case["complex"], case["extensions"])
        return _log(db, ward, case, "reclassified", deadline.isoformat(), case["category"], by)


def tell_citizen(db, case, text):
    """An automated message may only go inside 24 h of the citizen's last message (never
    tagged HUMAN_AGENT): True if queued, False if the officer must phone instead."""
    if not messenger_window(db, case["psid"], page_id=case.get("page_id")).notice_may_go:
        return False
    enqueue_text(db, case["psid"], text, report_id=case["id"])
    return True


def _case(db, report_id):
    case = deadline_state(db, report_id)
    if case is None:
        raise DeadlineError(f"Không có hồ sơ số {report_id}.")
    if case["received_on"] is None:  # a case filed before deadlines were tracked
        case["received_on"] = case["created_at"][:10]
    return case


def _log(db, ward, case, event, new_deadline, reason=None, by=None):
    move_deadline(db, case["id"], event, case["deadline"], new_deadline, reason, by)
    summaries.refresh_summary(db, ward.cfg, case["id"])
    return ward.local_date(new_deadline)
