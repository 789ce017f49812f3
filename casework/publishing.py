"""Whether a case is on the public page, kept true by calling `refresh` after anything that could
change it: the status, the category, the answer, the citizen's agreement, an officer's decision.
Dates on the page are the case's ward's (its page's settings, from the `cfg` each caller hands down)."""

import datetime as dt
import zoneinfo

from casework.scrub import scrub
from core.case_rules import PUBLISHABLE_CATEGORIES
from core.clock import now_iso
from core.pages import page_config
from storage import audit
from storage.casework import report_by_id
from storage.db import joined_transaction
from storage.publications import publication_of, remove_publication, save_publication

PURPOSE = "publish_answer"
# What an officer reads on the phone before ticking "agreed to publication".
ORAL_SCRIPT = (
    "Phường có thể đăng câu hỏi của anh/chị và câu trả lời của phường lên trang công khai, sau khi "
    "xóa họ tên, số điện thoại, địa chỉ và các số giấy tờ. Anh/chị có đồng ý cho đăng không?"
)
WHY_NOT = {
    "category": "Chỉ phản ánh, kiến nghị mới được đăng công khai (không bao giờ đăng khiếu nại, tố cáo).",
    "anonymous": "Khiếu nại, tố cáo gửi ẩn danh không được đăng công khai.",
    "status": "Chỉ đăng khi hồ sơ đã giải quyết xong.",
    "answer": "Hồ sơ chưa có câu trả lời của phường để đăng.",
    "consent": "Người dân chưa đồng ý cho đăng công khai.",
    "withheld": "Cán bộ đã gỡ hồ sơ này khỏi trang công khai.",
}


def may_ask(report):
    """Is it worth asking the citizen? Only for a case that could ever be published."""
    return report["category"] in PUBLISHABLE_CATEGORIES and not (report["flagged"] or "").startswith("anonymous_")


def blocker(db, report):
    """Why the case is not public (a key of WHY_NOT), or None when it should be."""
    if report["category"] not in PUBLISHABLE_CATEGORIES:
        return "category"
    if (report["flagged"] or "").startswith("anonymous_"):
        return "anonymous"
    if report["status"] != "resolved":
        return "status"
    if not (report["answer"] or "").strip():
        return "answer"
    if consent_answer(db, report) != "granted":
        return "consent"
    if report["publication_withheld"]:
        return "withheld"
    return None


def consent_answer(db, report):
    if not report["publish_consent_id"]:
        return None
    row = db.execute(
        "SELECT CASE WHEN withdrawn_at IS NULL THEN answer ELSE 'withdrawn' END FROM consents WHERE id = ?",
        [report["publish_consent_id"]],
    ).fetchone()  # a withdrawn consent reads 'withdrawn': never published
    return row[0] if row else None


def record_consent(db, cfg, report, granted, text_shown, psid="", at=None, event_key=None, recorded_by=None):
    """The citizen's answer to the publication question, kept like every consent; then refresh."""
    consent_id = (
        db["consents"]
        .insert(
            {
                "psid": psid or "",
                "purpose": PURPOSE,
                "text_shown": text_shown,
                "answer": "granted" if granted else "refused",
                "at": at or now_iso(),
                "event_key": event_key,
                "report_id": report["id"],
                "recorded_by": recorded_by,
            }
        )
        .last_pk
    )
    db.execute("UPDATE reports SET publish_consent_id = ? WHERE id = ?", [consent_id, report["id"]])
    refresh(db, cfg, report["id"])
    return consent_id


def refresh(db, cfg, report_id):
    """Publish, update or remove the case's public copy; True when it is public afterwards."""
    report = report_by_id(db, report_id)
    if report is None or blocker(db, report):
        remove_publication(db, report_id)
        return False
    identity = {"name": report["name"], "phone": report["phone"], "address": report["address"]}
    zone = zoneinfo.ZoneInfo(page_config(cfg, report["page_id"])["TIMEZONE"])
    save_publication(
        db,
        report,
        scrub(report["content"], identity),
        scrub(report["answer"], identity),
        _local_day(report["created_at"], zone),
        _local_day(report["answered_at"] or report["closed_at"] or report["updated_at"], zone),
    )
    return True


def set_withheld(db, cfg, report_id, withheld, officer, ip=None):
    """An officer takes the case off the public page (or lets it back); audit-logged."""
    with joined_transaction(db):
        db.execute("UPDATE reports SET publication_withheld = ? WHERE id = ?", [int(withheld), report_id])
        public = refresh(db, cfg, report_id)
        audit.record(db, officer, "unpublish" if withheld else "publish", report_id, ip=ip, detail={"public": public})
    return public


def _local_day(value, zone):
    return dt.datetime.fromisoformat(value).astimezone(zone).date().isoformat()


def state(db, report):
    """For the case page: is it public, and if not, why."""
    why = blocker(db, report)
    return {
        "public": why is None and publication_of(db, report["id"]) is not None,
        "why": WHY_NOT.get(why),
        "consent": consent_answer(db, report),
        "withheld": bool(report["publication_withheld"]),
        "public_copy": publication_of(db, report["id"]),
    }
