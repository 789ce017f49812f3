"""The officer proposes how to handle a case (đề xuất biện pháp xử lý); a leader directs (ý kiến chỉ
đạo), as the ward's notice sets (§3.1). Both are written to the audit log, so they are in the case's
history and the log of who did what; a direction notifies the case's assignee (or, with nobody
assigned, the officer whose proposal it answers). The console's forms and `python -m bot console
propose|direct` call these: the same checks, the same sentences.
"""

from casework import texts
from casework.chain_notices import case_link, notify_officer, outside_text
from casework.workflow import MAX_NOTE, CaseError, NotAllowed, case_for
from core.folding import clean_text
from storage import audit
from storage.db import joined_transaction
from storage.directions import DIRECT, PROPOSE
from storage.officers import officer_by_username

DIRECTORS = ("leader", "admin")


def may_direct(officer):
    return isinstance(officer, dict) and officer.get("role") in DIRECTORS


def propose(db, cfg, report_id, text, officer, ip=None):
    """Record the officer's proposal on the case; the audit entry's id."""
    text = clean_text(text)[:MAX_NOTE]
    if not text:
        raise CaseError(texts.PROPOSAL_EMPTY)
    with joined_transaction(db):
        case_for(db, report_id, officer)
        return audit.record(db, officer, PROPOSE, report_id, note=text, ip=ip)


def direct(db, cfg, report_id, text, officer, ip=None):
    """Record a leader's direction and tell the officer who handles the case; the notices made."""
    if not may_direct(officer):
        raise NotAllowed(texts.DIRECT_LEADERS_ONLY)
    text = clean_text(text)[:MAX_NOTE]
    if not text:
        raise CaseError(texts.DIRECTION_EMPTY)
    with joined_transaction(db):
        report = case_for(db, report_id, officer)
        target = report["assigned_to"] or _last_proposer(db, report_id)
        notices = notify_officer(
            db,
            cfg,
            target,
            texts.DIRECTION_NOTICE_SUBJECT.format(code=report["code"]),
            texts.DIRECTION_NOTICE.format(
                leader=officer.get("full_name") or officer["username"],
                code=report["code"],
                text=outside_text(cfg, report, text),
                link=case_link(cfg, report["code"]),
            ),
            "direction",
            report,
        )
        audit.record(
            db,
            officer,
            DIRECT,
            report_id,
            note=text,
            ip=ip,
            detail={"notified": target, "notices": [n["channel"] for n in notices]},
        )
    return notices


def _last_proposer(db, report_id):
    row = db.execute(
        "SELECT officer_id, actor FROM audit_log WHERE report_id = ? AND action = ? ORDER BY id DESC LIMIT 1",
        [report_id, PROPOSE],
    ).fetchone()
    if row is None:
        return None
    if row[0] is not None:
        return row[0]
    officer = officer_by_username(db, row[1])
    return officer["id"] if officer else None
