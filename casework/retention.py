"""Keeping data no longer than the ward said (RETENTION_* in core/privacy_settings.py, stated on the
privacy page): what `python -m bot retention [--dry-run]` and the daily job remove or anonymise.

Three kinds, each counted from its own moment:
- abandoned drafts: a half-made report nobody touched for RETENTION_DRAFT_DAYS, and whatever
  belongs to no case and is that old (cancelled drafts' messages and files, Meta's raw events);
- the downloaded files of closed feedback and petitions, RETENTION_FILES_DAYS after closing;
- the personal data of closed feedback and petitions, RETENTION_PERSONAL_DAYS after closing
  (the case is anonymised as on the citizen's request, casework/erasure.py).
Complaint and denunciation files are official records and never touched here.
`plan` only reads; `apply` changes what a plan lists, in the caller's transaction, and logs it.
"""

import datetime as dt
import logging

from casework.erasure import anonymise_case, remove_file
from core.case_rules import FORMAL_CATEGORIES, sql_list
from core.clock import now
from core.privacy_settings import settings_of
from storage import audit
from storage.data_requests import record_request

log = logging.getLogger(__name__)
ACTOR = "retention"
_NOT_OFFICIAL = f"category NOT IN {sql_list(FORMAL_CATEGORIES)}"  # official records are kept whole


def plan(db, cfg):
    """What is past its period now: {"drafts": [psid], "loose_messages": n, "loose_files": [row],
    "raw_events": n, "files": [row], "personal": [report], "cutoffs": {...}}."""
    keep = settings_of(cfg)
    cutoffs = {
        kind: _ago(keep[name])
        for kind, name in (
            ("drafts", "RETENTION_DRAFT_DAYS"),
            ("files", "RETENTION_FILES_DAYS"),
            ("personal", "RETENTION_PERSONAL_DAYS"),
        )
    }
    cutoff = cutoffs["drafts"]
    return {
        "drafts": [
            row["psid"]
            for row in db.query(
                f"SELECT psid FROM conversations WHERE {_DRAFT} AND updated_at < ?",  # nosec B608 # constant fragments, values bound
                [cutoff],
            )
        ],
        "loose_messages": db.execute(
            f"SELECT count(*) FROM messages WHERE {_LOOSE_MESSAGES}",  # nosec B608 # constant fragments, values bound
            _loose_params(cutoff),
        ).fetchone()[0],
        "loose_files": list(
            db.query(
                "SELECT id, path FROM attachments WHERE report_id IS NULL AND created_at < ?"
                f" AND psid NOT IN ({_ACTIVE})",  # nosec B608 # constant fragments, values bound
                _loose_params(cutoff),
            )
        ),
        "raw_events": db.execute(
            "SELECT count(*) FROM inbound_events WHERE status != 'pending' AND body != '{}' AND received_at < ?",
            [cutoff],
        ).fetchone()[0],
        "files": list(
            db.query(
                f"SELECT a.id, a.path, r.code FROM attachments a JOIN reports r ON r.id = a.report_id"  # nosec B608 # constant fragments, values bound
                f" WHERE r.{_NOT_OFFICIAL} AND r.closed_at < ? AND a.path IS NOT NULL",
                [cutoffs["files"]],
            )
        ),
        "personal": list(
            db.query(
                f"SELECT * FROM reports WHERE {_NOT_OFFICIAL} AND closed_at < ? AND anonymised_at IS NULL"  # nosec B608 # constant fragments, values bound
                " AND (psid IS NOT NULL OR name IS NOT NULL OR phone IS NOT NULL OR address IS NOT NULL)",
                [cutoffs["personal"]],
            )
        ),
        "cutoffs": cutoffs,
    }


# A draft still being written (touched within the period) keeps its messages and files, however old.
# A report being drafted is a conversation whose draft knows where its thread starts (bot/report_steps.py:
# start_report); the menu's, a rating's or a withdrawal's draft does not.
_DRAFT = "json_extract(draft, '$.since_message_id') IS NOT NULL"
_ACTIVE = f"SELECT psid FROM conversations WHERE {_DRAFT} AND updated_at >= ?"  # nosec B608 # constant fragments
_LOOSE_MESSAGES = (
    f"report_id IS NULL AND at < ? AND psid NOT IN ({_ACTIVE})"  # nosec B608 # constant fragments
    " AND id NOT IN (SELECT message_id FROM attachments WHERE report_id IS NOT NULL AND message_id IS NOT NULL)"
)


def _loose_params(cutoff):
    return [cutoff, cutoff]


def apply(db, cfg, todo):
    """Remove and anonymise what `todo` (a `plan`) lists; one audit entry per case, one summary."""
    cutoff = todo["cutoffs"]["drafts"]
    for psid in todo["drafts"]:
        db.execute("DELETE FROM conversations WHERE psid = ?", [psid])
    for row in todo["loose_files"]:
        remove_file(row["path"])
        db.execute("DELETE FROM attachments WHERE id = ?", [row["id"]])
    db.execute(f"DELETE FROM messages WHERE {_LOOSE_MESSAGES}", _loose_params(cutoff))  # nosec B608 # constant fragments, values bound
    db.execute("UPDATE inbound_events SET body = '{}' WHERE status != 'pending' AND received_at < ?", [cutoff])
    for row in todo["files"]:
        remove_file(row["path"])
        db.execute("UPDATE attachments SET path = NULL, status = 'expired' WHERE id = ?", [row["id"]])
    for report in todo["personal"]:
        anonymise_case(db, cfg, report)
        audit.record(
            db,
            ACTOR,
            "data_delete",
            report["id"],
            detail={"anonymised": True},
            note="Hết thời hạn lưu dữ liệu cá nhân: hồ sơ đã ẩn danh.",
        )
    counts = summary(todo)
    if any(counts.values()):  # the audit log and the server's log show runs that changed something
        audit.record(db, ACTOR, "retention", detail=counts)
        log.info("retention: %s", counts)
    record_request(db, "retention", "delete", counts)  # every run, the daily job's "done today" mark
    return counts


def summary(todo):
    return {
        "drafts": len(todo["drafts"]),
        "loose_messages": todo["loose_messages"],
        "loose_files": len(todo["loose_files"]),
        "raw_events": todo["raw_events"],
        "files": len(todo["files"]),
        "personal": len(todo["personal"]),
    }


def _ago(days):
    return (now() - dt.timedelta(days=days)).isoformat(timespec="milliseconds")
