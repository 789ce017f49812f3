"""The short structured summary of a case, and whether it is urgent.

Built at submission and stored in `reports.summary` (the console shows it
first); rebuilt when the deadline moves. Every free text in it went through
`redaction.redact` (a protected person's through their `Blanker`: every phone,
e-mail and name they typed, with what they gave in any case of theirs), and it
never names who filed the case: "có liên hệ" or "ẩn danh" is all an e-mail, a
digest or a Messenger notice needs.
"""

import re

from casework import texts
from casework.identity import blanker
from core.case_rules import is_protected
from core.folding import fold
from core.pages import page_config
from core.redaction import identity_of, redact

STAGE_NAMES = {"answer": "Hạn trả lời", "accept": "Hạn thụ lý", "resolve": "Hạn giải quyết"}
CITIZEN_SAID_URGENT = "người gửi báo khẩn cấp"


def urgency_reasons(text, cfg):
    """The configured words (as configured) found in `text`, matched whole, with or without diacritics."""
    folded = fold(text)
    words = [w.strip() for w in (cfg.get("URGENT_WORDS") or "").split(",") if fold(w)]
    return [w for w in words if re.search(rf"(?<!\w){re.escape(fold(w))}(?!\w)", folded)]


def case_texts(report):
    return " ".join(report.get(k) or "" for k in ("content", "place_time", "complaint_act", "violation"))


def _short(text, limit):
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def headline(report):
    """`AQ-2026-00042 · Phản ánh · Chuyển đổi số`, with a KHẨN mark when urgent."""
    parts = [
        report["code"],
        texts.CATEGORY_NAMES.get(report["category"], report["category"]),
        texts.FIELD_NAMES.get(report["field"], report["field"]),
    ]
    if report.get("channel") == "hotline":  # a call, not a Messenger conversation
        parts.append(texts.CHANNEL_NAMES["hotline"])
    return ("[KHẨN] " if report.get("urgent") else "") + " · ".join(parts)


def notice_blanking(report, db=None, cfg=None):
    """How a case's free text goes into what officers receive outside the console (whoever they are):
    its form's name, phone and address blanked; a protected author's every trace (`blanker`)."""
    if is_protected(report):
        return blanker(report, db, cfg)
    hide = identity_of(report)
    return lambda text: redact(text, hide)


def one_line(report, limit=90, blank=None):
    """What a digest lists: the headline and the start of what happened."""
    blank = blank or notice_blanking(report)
    what = _short(blank(report.get("content")), limit) or "(chỉ có tệp đính kèm)"
    return f"{headline(report)}: {what}"


def build_summary(report, attachment_count, stage, cfg, blank=None):
    blank = blank or notice_blanking(report)
    lines = [
        headline(report),
        "Nội dung: " + (_short(blank(report.get("content")), 400) or "(chỉ có tệp đính kèm)"),
    ]
    details = (
        ("Nơi, thời gian", "place_time"),
        ("Quyết định/việc bị khiếu nại", "complaint_act"),
        ("Do", "complaint_by"),
        ("Đề nghị", "complaint_request"),
        ("Người bị tố cáo", "accused"),
        ("Hành vi", "violation"),
    )
    lines += [f"{label}: {_short(blank(report[key]), 200)}" for label, key in details if report.get(key)]
    lines.append(f"Ảnh/tệp: {attachment_count}")  # as the citizen's summary says it
    if report.get("about_code"):  # the citizen disagrees with what became of an earlier case
        lines.append(f"Về hồ sơ trước: {report['about_code']}")
    lines.append(
        "Người gửi: "
        + (
            "có thông tin liên hệ (xem trong console)"
            if report.get("phone") or report.get("name")
            else "ẩn danh, trả lời qua Messenger"
        )
    )
    if (report.get("flagged") or "").startswith("anonymous_"):
        lines.append(
            "Lưu ý: "
            + texts.CATEGORY_NOUNS.get(report["flagged"].removeprefix("anonymous_"), "")
            + " ẩn danh, ghi nhận là phản ánh"
        )
    deadline = report["deadline"]
    lines.append(f"{STAGE_NAMES.get(stage, 'Hạn')}: {deadline[8:10]}/{deadline[5:7]}/{deadline[:4]}")
    if report.get("urgent"):
        reasons = urgency_reasons(case_texts(report), cfg)
        lines.append("Mức độ: KHẨN CẤP (" + (", ".join(f'có từ "{w}"' for w in reasons) or CITIZEN_SAID_URGENT) + ")")
    else:
        lines.append("Mức độ: thường")
    return "\n".join(lines)


def refresh_summary(db, cfg, report_id):
    """Rebuild and store the case's summary; `cfg` is its ward's settings (URGENT_WORDS)."""
    report = next(
        db.query(
            "SELECT r.*, d.stage, about.code AS about_code FROM reports r"
            " LEFT JOIN case_deadlines d ON d.report_id = r.id"
            " LEFT JOIN reports about ON about.id = r.about_report_id WHERE r.id = ?",
            [report_id],
        )
    )
    count = db.execute(
        "SELECT count(*) FROM attachments WHERE report_id = ? AND status != 'discarded'", [report_id]
    ).fetchone()[0]
    ward = page_config(cfg, report["page_id"])
    summary = build_summary(report, count, report["stage"], ward, notice_blanking(report, db, ward))
    db.execute("UPDATE reports SET summary = ? WHERE id = ?", [summary, report_id])
    return summary
