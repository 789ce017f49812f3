"""The notices owed to officers as `python -m bot console notices` and the console's page list them.

Settled first (casework/notices.py), so a notice whose e-mail went a moment ago
says "sent". The keys are English and stable (docs/command-line.md); what each
status and reason means, in Vietnamese, is casework/texts.py's.
"""

import datetime as dt
import zoneinfo

from casework import texts
from casework.notices import settle_notices
from storage.notices import list_notices

LIMIT = 200


def notice_rows(db, statuses=(), page_id=None, limit=LIMIT):
    """The newest notices (those in `statuses`, of ward `page_id` when given) as JSON-ready dicts."""
    settle_notices(db)
    return [_as_dict(row) for row in list_notices(db, tuple(statuses), page_id, limit)]


def _as_dict(row):
    return {
        "id": row["id"],
        "group": row["group_id"],
        "kind": row["kind"],
        "status": row["status"],
        "reason": row["reason"],
        "held_until": row["held_until"],
        "next_attempt_at": row["next_attempt_at"],
        "attempts": row["attempts"],
        "detail": row["detail"],
        "urgent": bool(row["urgent"]),
        "code": row["code"],
        "handoff_id": row["handoff_id"],
        "page_id": row["page_id"],
        "officer": row["username"],
        "subject": row["subject"],
        "email": {"id": row["email_id"], "status": row["email_status"]} if row["email_id"] else None,
        "messenger": {"id": row["outbox_id"], "status": row["outbox_status"]} if row["outbox_id"] else None,
        "created_at": row["created_at"],
        "sent_at": row["sent_at"],
    }


def describe(notice, timezone):
    """One line for a person: kind, case, officer, status and why (times in the ward's `timezone`)."""
    parts = [
        texts.NOTICE_KIND_NAMES.get(notice["kind"], notice["kind"]),
        notice["code"] or (f"trò chuyện #{notice['handoff_id']}" if notice["handoff_id"] else ""),
        notice["officer"] or "(chưa có cán bộ nhận)",
        texts.NOTICE_STATUS_NAMES.get(notice["status"], notice["status"]),
    ]
    line = " · ".join(p for p in parts if p)
    if notice["reason"]:
        line += f": {texts.NOTICE_REASON_NAMES.get(notice['reason'], notice['reason'])}"
    if notice["held_until"] and notice["status"] == "held":
        until = dt.datetime.fromisoformat(notice["held_until"]).astimezone(zoneinfo.ZoneInfo(timezone))
        line += f" (đến {until:%H:%M %d/%m/%Y})"
    if notice["detail"] and notice["status"] == "failed":
        line += f" [{notice['detail']}]"
    return ("[KHẨN] " if notice["urgent"] else "") + line
