"""Telling the officers on duty: by e-mail and by Messenger, through durable queues.

Messenger goes only to an officer who linked their account and sent "trực"
within the last 24 hours (less a margin for the sender's retries): outside that
window Meta forbids automated messages, and the product forbids them anyway.
"""

import datetime as dt

from casework.mailer import smtp_configured
from casework.ward import Ward
from core.clock import now, now_iso
from core.pages import officer_sees
from storage.duty_roster import officers_on_duty
from storage.email_outbox import enqueue_email
from storage.outbox import enqueue_text

CHECK_IN_WINDOW = dt.timedelta(hours=24)
SAFETY_MARGIN = dt.timedelta(minutes=10)  # a message queued now may wait a few retries


def in_messenger_window(officer, moment=None):
    if not officer.get("psid") or not officer.get("checked_in_ms"):
        return False
    checked_in = dt.datetime.fromtimestamp(officer["checked_in_ms"] / 1000, dt.timezone.utc)
    return (moment or now()) - checked_in < CHECK_IN_WINDOW - SAFETY_MARGIN


def deliver_to_officers(db, cfg, officers, subject, text, kind, report_id=None):
    """Queue `text` to each officer by e-mail and, inside their window, Messenger; the notices made."""
    notices = []
    for officer in officers:
        if officer.get("email") and smtp_configured(cfg):
            email_id = enqueue_email(db, officer["email"], subject, text, kind, report_id)
            notices.append({"channel": "email", "officer_id": officer["id"], "email_id": email_id})
        if in_messenger_window(officer):
            # Not part of the case's thread (report_id None): this is the officer's own chat.
            outbox_id = enqueue_text(db, officer["psid"], text, sent_by="duty", messaging_type="UPDATE")[0]
            notices.append({"channel": "messenger", "officer_id": officer["id"], "outbox_id": outbox_id})
    return notices


def notify_new_report(db, cfg, report, received_at):
    """At submission: notify the officers on duty now, or hold the case for the morning digest.

    Returns {"notified": [...notices], "held": bool, "opens_at": aware datetime or None}.
    """
    ward = Ward(db, cfg)
    is_open = ward.is_open(received_at)
    opens_at = None if is_open else ward.next_opening(received_at)
    if not is_open and not report["urgent"]:
        _record(db, report["id"], [{"channel": "held"}])
        return {"notified": [], "held": True, "opens_at": opens_at}
    # Several wards on one server: only this case's ward's officers (and the province's).
    officers = [
        o for o in officers_on_duty(db, ward.local_date(received_at), report["page_id"]) if officer_sees(o, report)
    ]
    mark = "[KHẨN] " if report["urgent"] else ""
    subject = f"[PAKN] {mark}Hồ sơ mới {report['code']}"
    text = f"{mark}Hồ sơ mới tại {cfg['WARD_NAME']}:\n{report['summary']}\nXem và xử lý trong console."
    notices = deliver_to_officers(db, cfg, officers, subject, text, "new_report", report["id"])
    # Nobody on duty could be reached: the console and the digest still show it as new.
    _record(db, report["id"], notices or [{"channel": "held"}])
    return {"notified": notices, "held": not notices, "opens_at": opens_at}


def _record(db, report_id, notices):
    at = now_iso()
    for notice in notices:
        db["duty_notices"].insert(
            {"report_id": report_id, "at": at, "officer_id": None, "email_id": None, "outbox_id": None, **notice}
        )


def record_case_notices(db, report_id, notices):
    """List notices about a case with its others (a follow-up's, casework/followup_notice.py)."""
    _record(db, report_id, notices)
