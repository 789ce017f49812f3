"""A citizen withdraws a filed case: recorded on the case, logged, and told to the officers on duty.

The status is left to the officer: a withdrawn complaint is closed by a
decision (đình chỉ), which is the officer's act, not the bot's. The notice
names the case and never its author (a denouncer's identity stays out of it).
"""

from casework.notices import carriers, owe_notice
from core.clock import from_ms, now_iso
from storage import audit

CITIZEN = "người dân"
NOTICE_SUBJECT = "[PAKN] Người dân rút hồ sơ {code}"
NOTICE_TEXT = (
    "Người gửi hồ sơ {code} tại {ward} đã đề nghị rút hồ sơ qua Messenger lúc {at}.\n"
    "Vui lòng xem và quyết định trong console."
)


def record_withdrawal(db, cfg, report_id, timestamp_ms=None, event_key=None):
    at = from_ms(timestamp_ms).isoformat(timespec="seconds") if timestamp_ms else now_iso()
    db.execute(
        "UPDATE reports SET withdrawn_at = ?, updated_at = ? WHERE id = ? AND withdrawn_at IS NULL",
        [at, now_iso(), report_id],
    )
    report = next(db.query("SELECT * FROM reports WHERE id = ?", [report_id]))
    audit.record(
        db,
        CITIZEN,
        "withdrawal",
        report_id,
        note="Người dân đề nghị rút hồ sơ qua Messenger.",
        detail={"event_key": event_key},
    )
    text = NOTICE_TEXT.format(code=report["code"], ward=cfg["WARD_NAME"], at=at[:16].replace("T", " "))
    subject = NOTICE_SUBJECT.format(code=report["code"])
    return carriers(owe_notice(db, cfg, "withdrawal", report=report, subject=subject, text=text))
