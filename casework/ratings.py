"""An unsatisfied citizen reopens the case; a leader decides when it is really resolved. And the
verdict an officer hears on the phone, recorded the same way from the console."""

from casework import publishing, texts
from casework.workflow import CaseError, case_for, change_status
from core.folding import clean_text
from storage import audit, ratings
from storage.casework import report_by_id
from storage.db import joined_transaction

REVIEWERS = ("leader", "admin")
CITIZEN = "người dân"
REOPEN_NOTE = "Người dân không hài lòng với kết quả giải quyết ({how}). Hồ sơ mở lại để lãnh đạo xem xét.{comment}"
HOW = {"messenger": "đánh giá qua Messenger", "call": "ý kiến qua điện thoại"}
MAX_COMMENT = 2000


def record_rating(db, cfg, report, rating_id, actor, source):
    """Audit the verdict; an unsatisfied one reopens the case for review. Returns the report."""
    row = ratings.rating_by_id(db, rating_id)
    audit.record(
        db, actor, "rating", report["id"], note=row["comment"], detail={"rating": row["rating"], "source": source}
    )
    if row["rating"] == "unsatisfied":
        reopen_for_review(db, cfg, report, actor, source, row["comment"])
    return report_by_id(db, report["id"])


def record_heard_rating(db, cfg, report_id, rating, comment, officer, publish=False):
    """The officer called the citizen back after resolving the case and writes down the verdict
    (and, if the citizen agreed on the phone, their consent to publication). Returns the rating."""
    comment = clean_text(comment)[:MAX_COMMENT]
    with joined_transaction(db):
        report = case_for(db, report_id, officer)
        if report["status"] != "resolved":
            raise CaseError(texts.RATING_ONLY_RESOLVED)
        if rating not in ratings.RATINGS:
            raise CaseError(texts.RATING_MISSING)
        rating_id = ratings.record_heard(db, report["id"], rating, comment, officer["username"])
        updated = record_rating(db, cfg, report, rating_id, officer, "call")
        if publish and not report["publish_consent_id"]:
            publishing.record_consent(db, cfg, updated, True, publishing.ORAL_SCRIPT, recorded_by=officer["username"])
    return rating


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
        raise CaseError(texts.REVIEW_CLOSED_BY_LEADER)
    db.execute("UPDATE reports SET review = NULL WHERE id = ?", [report["id"]])
