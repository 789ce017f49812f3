"""Checking a call's form and recording it as a case; finding and linking the caller's Messenger."""

import dataclasses

from casework import publishing, texts
from casework.identity import hides_identity, may_see_identity
from casework.new_case import on_report_submitted
from casework.promised_dates import answer_deadline, local_date
from casework.workflow import NotAllowed
from core.case_rules import CATEGORIES, FIELDS, is_formal, protected_sql
from core.clock import now, now_iso
from core.folding import clean_text
from core.pages import officer_page, page_config
from core.validation import parse_name, parse_phone
from storage import audit
from storage.db import joined_transaction
from storage.reports import create_report, next_ticket_code

# What the officer reads to the caller before writing down who they are (Law 91/2025/QH15 and Decree
# 356/2025/NĐ-CP: consent is explicit, for a stated purpose, and recorded with the words that were said).
CONSENT_SCRIPT = (
    "Để cán bộ liên hệ và trả lời anh/chị, phường cần lưu họ tên, số điện thoại và địa chỉ của "
    "anh/chị. Các thông tin này chỉ dùng để giải quyết việc anh/chị báo, theo Luật Bảo vệ dữ "
    "liệu cá nhân. Anh/chị có đồng ý không?"
)


class CallError(ValueError):
    """The form cannot become a case yet; the message (Vietnamese) says what to fix."""


@dataclasses.dataclass
class Call:
    category: str
    field: str
    content: str
    name: str | None = None
    phone: str | None = None  # E.164
    address: str | None = None
    consent: bool = False  # given orally, heard by the officer
    urgent: bool = False
    publish: bool = False  # agreed orally to publication


def check_call(values):
    """A Call from the form's (or the command line's) values, or CallError saying what to fix."""
    text = {
        key: clean_text(str(values.get(key) or ""))
        for key in ("category", "field", "content", "name", "phone", "address")
    }
    if text["category"] not in CATEGORIES:
        raise CallError("Vui lòng chọn loại: phản ánh, kiến nghị, khiếu nại, tố cáo hoặc chưa rõ.")
    if text["field"] not in FIELDS:
        raise CallError("Vui lòng chọn lĩnh vực.")
    if len(text["content"]) < 2:
        raise CallError("Vui lòng ghi nội dung cuộc gọi.")
    call = Call(
        text["category"],
        text["field"],
        text["content"][:8000],
        consent=_yes(values.get("consent")),
        urgent=_yes(values.get("urgent")),
        publish=_yes(values.get("publish")),
    )
    if text["name"]:
        call.name, problem = parse_name(text["name"])
        if problem:
            raise CallError(f'Họ tên "{text["name"][:40]}" chưa đúng: chỉ gồm chữ, ví dụ Nguyễn Văn An.')
    if text["phone"]:
        call.phone, problem = parse_phone(text["phone"])
        if problem:
            raise CallError(f'Số điện thoại "{text["phone"][:30]}" chưa đúng, ví dụ 0902 231 089.')
    call.address = text["address"][:300] or None
    if (call.name or call.phone or call.address) and not call.consent:
        raise CallError(
            "Người gọi chưa đồng ý cho lưu thông tin cá nhân: hãy đọc câu hỏi đồng ý và đánh dấu, "
            "hoặc để trống họ tên, số điện thoại, địa chỉ (ghi nhận ẩn danh)."
        )
    if is_formal(call.category) and not (call.consent and call.name and call.address):
        raise CallError(
            "Khiếu nại, tố cáo cần họ tên, địa chỉ và sự đồng ý của người gọi. Nếu người gọi muốn "
            "ẩn danh, ghi nhận là phản ánh."
        )
    return call


def _yes(value):
    return str(value or "").strip().lower() in ("1", "on", "yes", "true", "y")


def record_call(db, cfg, call, officer):
    """Create the case in one transaction: consents, code, deadline, summary, duty notices, audit.
    Returns (report_id, code, the duty outcome from `on_report_submitted`)."""
    received = now()
    cfg = page_config(cfg, officer_page(officer))  # the officer's ward: its ticket prefix, its details
    with joined_transaction(db):
        received_on = local_date(received, cfg["TIMEZONE"])
        code = next_ticket_code(db, cfg["WARD_CODE"], received_on.year)
        draft = dataclasses.asdict(call)
        draft["consent_id"] = _oral_consent(db, officer, "contact_for_report", CONSENT_SCRIPT) if call.consent else None
        deadline = answer_deadline(call.category, received_on, db=db, cfg=cfg)
        report_id = create_report(db, None, draft, code, deadline, now_iso(), page_id=officer_page(officer))
        db.execute("UPDATE reports SET channel = 'hotline' WHERE id = ?", [report_id])
        if draft["consent_id"]:
            db.execute("UPDATE consents SET report_id = ? WHERE id = ?", [report_id, draft["consent_id"]])
        duty = on_report_submitted(db, cfg, report_id, received, call.urgent)
        if call.publish:
            report = next(db.query("SELECT * FROM reports WHERE id = ?", [report_id]))
            publishing.record_consent(db, cfg, report, True, publishing.ORAL_SCRIPT, recorded_by=_name(officer))
        audit.record(
            db,
            officer,
            "hotline_call",
            report_id,
            detail={"category": call.category, "urgent": duty.urgent, "consent": call.consent, "publish": call.publish},
        )
    return report_id, code, duty


def _oral_consent(db, officer, purpose, script):
    return (
        db["consents"]
        .insert(
            {
                "psid": "",
                "purpose": purpose,
                "text_shown": script,
                "answer": "granted",
                "at": now_iso(),
                "event_key": None,
                "recorded_by": _name(officer),
            }
        )
        .last_pk
    )


def _name(officer):
    return officer["username"] if isinstance(officer, dict) else str(officer)


def messenger_matches(db, report, sees_identity=False):
    """Citizens who gave this case's phone when they filed, on Messenger or the ward's Zalo OA:
    [{psid, codes, channel}] (`channel` the name said to officers: "Messenger", "Zalo").

    A citizen who filed a denunciation is offered only to `sees_identity` officers: to anyone else the
    match itself would name the denouncer (Law on Denunciations 2018, Art. 47), and a link would put
    them in that officer's conversation."""
    if not report["phone"]:
        return []
    rows = db.query(
        f"SELECT psid, group_concat(code, ', ') AS codes, max({protected_sql()}) AS denouncer"  # nosec B608 # constant fragments, values bound
        " FROM reports WHERE phone = ?"
        " AND psid IS NOT NULL AND channel IN ('messenger', 'zalo') AND id != ? AND page_id IS ?"
        " GROUP BY psid ORDER BY max(id) DESC",
        [report["phone"], report["id"], report["page_id"]],
    )
    return [
        {"psid": r["psid"], "codes": r["codes"], "channel": texts.chat_channel_name(r["psid"])}
        for r in rows
        if r["psid"] != report["psid"] and (sees_identity or not r["denouncer"])
    ]


def link_messenger(db, cfg, report, psid, officer, ip=None):
    """Answers to this case may now go out by the caller's Messenger or Zalo too (its window permitting). Only a role
    that may see a denouncer links a denunciation: the link would put the case in their chat."""
    role = officer.get("role") if isinstance(officer, dict) else None
    if hides_identity(report, role, cfg):
        raise NotAllowed(texts.LINK_DENOUNCER)
    with joined_transaction(db):
        if psid not in {m["psid"] for m in messenger_matches(db, report, may_see_identity(role, cfg))}:
            raise CallError(texts.NO_MESSENGER_MATCH)
        db.execute("UPDATE reports SET psid = ? WHERE id = ?", [psid, report["id"]])
        audit.record(db, officer, "link_messenger", report["id"], ip=ip, detail={"psid": psid})
