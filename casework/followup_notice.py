"""Telling a case's officer that the citizen sent more files for it after the ticket.

The officer assigned to the case is told; a case nobody took yet goes to the officers on duty, as its
first notice did. The notices are listed with the case's others (duty_notices); the text names the
case, never the citizen.
"""

from casework import texts
from casework.notify import deliver_to_officers, record_case_notices
from casework.ward import Ward
from core.pages import officer_sees
from storage.duty_roster import officers_on_duty


def notify_case_followup(db, cfg, report, count):
    """Queue the notice; returns the notices made (an empty list when nobody could be reached)."""
    officers = _assigned(db, report) or [
        o for o in officers_on_duty(db, Ward(db, cfg).local_date(), report["page_id"]) if officer_sees(o, report)
    ]
    text = texts.FOLLOWUP_BODY.format(count=count, code=report["code"], ward=cfg["WARD_NAME"])
    subject = texts.FOLLOWUP_SUBJECT.format(code=report["code"])
    notices = deliver_to_officers(db, cfg, officers, subject, text, "followup", report["id"])
    record_case_notices(db, report["id"], notices or [{"channel": "held"}])
    return notices


def _assigned(db, report):
    if not report.get("assigned_to"):
        return []
    return list(
        db.query(
            "SELECT o.id, o.username, o.full_name, o.email, o.page_id, m.psid, m.checked_in_ms FROM officers o"
            " LEFT JOIN officer_messenger m ON m.officer_id = o.id WHERE o.id = ? AND o.disabled = 0",
            [report["assigned_to"]],
        )
    )
