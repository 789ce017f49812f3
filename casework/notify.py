"""Telling the officers on duty of a new case; and the old door for any other notice, kept for its callers.

Both go through casework/notices.py, where every notice owed an officer is a row with its status:
Messenger only to an officer who linked their account and sent "trực" within the last 24 hours
(outside that window Meta forbids automated messages, and the product forbids them anyway),
e-mail only when an SMTP server is set.
"""

from casework.notices import carriers, in_messenger_window, owe_notice  # noqa: F401 - in_messenger_window: callers
from casework.ward import Ward
from storage.casework import report_by_id

NEW_CASE_SUBJECT = "[PAKN] Hồ sơ mới {code}"
NEW_CASE_TEXT = "Hồ sơ mới tại {ward}:\n{summary}\nXem và xử lý trong console."


def deliver_to_officers(db, cfg, officers, subject, text, kind, report_id=None):
    """Owe `kind` (storage/notices.py KINDS) to these officers (none: the officers on duty now) and
    queue it as owe_notice does; the e-mails and Messenger messages queued:
    [{"channel": "email" | "messenger", "officer_id", "email_id" | "outbox_id"}]."""
    report = report_by_id(db, report_id) if report_id is not None else None
    return carriers(owe_notice(db, cfg, kind, report=report, officers=officers, subject=subject, text=text))


def notify_new_report(db, cfg, report, received_at):
    """At submission: notify the officers on duty now (the notice is held, and goes out later, when
    nobody can be reached now). Returns {"notified": [...carriers], "held": bool, "opens_at": aware
    datetime or None}: `opens_at` when the office is closed, for the citizen's note."""
    ward = Ward(db, cfg)
    opens_at = None if ward.is_open(received_at) else ward.next_opening(received_at)
    rows = owe_notice(
        db,
        cfg,
        "urgent" if report["urgent"] else "new_report",
        report=report,
        subject=NEW_CASE_SUBJECT.format(code=report["code"]),
        text=NEW_CASE_TEXT.format(ward=cfg["WARD_NAME"], summary=report["summary"]),
    )
    notified = carriers(rows)
    return {"notified": notified, "held": not notified, "opens_at": opens_at}
