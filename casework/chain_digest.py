"""The daily digest's part for the ward's leaders: proposals waiting for a direction, answers waiting
for approval, and requests to departments past their due date. Each section is capped like the
others (DIGEST_SECTION_LIMIT), oldest first, and lists only codes and masked one-line summaries."""

import datetime as dt

from casework.consultations import working_days_left
from casework.summaries import one_line
from storage.answer_drafts import drafts_waiting
from storage.consultations import list_consultations
from storage.directions import waiting_for_direction

CHAIN_SECTIONS = (
    ("waiting_direction", "Đề xuất chờ ý kiến chỉ đạo"),
    ("awaiting_approval", "Câu trả lời chờ lãnh đạo duyệt"),
    ("consultations_overdue", "Đơn vị chưa trả lời, đã quá hạn"),
)


def chain_sections(db, ward, day, limit, page_id=None):
    """{"counts": {...}, "more": {...}, section: [items]} for the digest of `day`."""
    waiting = waiting_for_direction(db, page_id)
    drafts = drafts_waiting(db, page_id)
    late = [
        row
        for row in list_consultations(db, page_id, waiting_due_before=day.isoformat())
        if not row["answered_at"]  # the query's cut: unanswered, due before the day, case open
    ]
    late.sort(key=lambda row: (row["due"], row["id"]))
    found = {
        "waiting_direction": [
            {**_case_item(row), "proposed_by": row["proposed_by"], "proposed_at": row["proposed_at"]} for row in waiting
        ],
        "awaiting_approval": [
            {**_case_item(row), "drafted_by": row["drafted_by"], "drafted_at": row["drafted_at"]} for row in drafts
        ],
        "consultations_overdue": [
            {
                "code": row["code"],
                "department": row["department"],
                "due": row["due"],
                "working_days_late": -working_days_left(ward, dt.date.fromisoformat(row["due"]), day),
                "line": f"{row['code']}: {row['department']}",
            }
            for row in late
        ],
    }
    return {
        "counts": {name: len(items) for name, items in found.items()},
        "more": {name: max(0, len(items) - limit) for name, items in found.items()},
        **{name: items[:limit] for name, items in found.items()},
    }


def chain_lines(chain):
    """The leaders' part of the digest's text."""
    lines = []
    for name, title in CHAIN_SECTIONS:
        items = chain[name]
        lines.append(f"\n{title} ({chain['counts'][name]}):" + ("" if items else " không có"))
        for item in items:
            if name == "consultations_overdue":
                due = dt.date.fromisoformat(item["due"])
                lines.append(f"- {item['line']} (hạn {due:%d/%m/%Y}, quá {item['working_days_late']} ngày làm việc)")
            elif name == "waiting_direction":
                lines.append(f"- {item['line']} (đề xuất của {item['proposed_by']})")
            else:
                lines.append(f"- {item['line']} (do {item['drafted_by']} soạn)")
        if chain["more"][name]:
            lines.append(f"… và {chain['more'][name]} hồ sơ khác.")
    return lines


def _case_item(row):
    return {"code": row["code"], "category": row["category"], "deadline": row["deadline"], "line": one_line(row)}
