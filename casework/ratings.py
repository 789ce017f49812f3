"""An unsatisfied citizen reopens the case; a leader decides when it is really resolved."""

from casework.workflow import CaseError, change_status
from storage import audit, ratings
from storage.casework import report_by_id

REVIEWERS = ("leader", "admin")
CITIZEN = "người dân"
REOPEN_NOTE = "Người dân không hài lòng với kết quả giải quyết ({how}). Hồ sơ mở lại để lãnh đạo xem xét.{comment}"
HOW = {"messenger": "đánh giá qua Messenger", "call": "ý kiến qua điện thoại"}


def record_rating(db, cfg, report, rating_id, actor, source):
    """Audit the verdict; an unsatisfied one reopens the case for review. Returns the report."""
    row = ratings.rating_by_id(db, rating_id)
    audit.record(
        db, actor, "rating", report["id"], note=row["comment"], detail={"rating": row["rating"], "source": source}
    )
    if row["rating"] == "unsatisfied":
        reopen_for_review(db, cfg, report, actor, source, row["comment"])
    return report_by_id(db, report["id"])


def reopen_for_review(db, cfg, report, actor, source, comment=None):
    db.execute("UPDATE reports SET review = 'unsatisfied' WHERE id = ?", [report["id"]])
    current = report_by_id(db, report["id"])
    if current["status"] == "resolved":
        note = REOPEN_NOTE.format(how=HOW[source], comment=f" Ý kiến: {comment}" if comment else "")
        change_status(db, cfg, report["id"], "in_progress", note, actor)


def only_a_leader_closes_a_reviewed_case(db, cfg, report, old_status, new_status, note, officer):
    """A status hook: resolving a case the citizen was unhappy with is a leader's decision."""
    if new_status != "resolved" or not report["review"]:
        return
    role = officer.get("role") if isinstance(officer, dict) else None
    if role not in REVIEWERS:
        raise CaseError(
            "Người dân chưa hài lòng với kết quả lần trước: chỉ lãnh đạo được đóng lại hồ sơ này sau khi xem xét."
        )
    db.execute("UPDATE reports SET review = NULL WHERE id = ?", [report["id"]])
