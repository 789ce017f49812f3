"""The leaders' monthly report: what came in during a month, how it was handled, what is overdue,
and the measured targets (casework/targets.py: first action within 8 working hours, urgent within
1, consultations and answers on time).

Counts by category, field and status; closed on time or late against each
case's deadline; the average days from receipt to closing; the list of cases
overdue at the report's date. Built only from codes, categories, dates and
redacted one-line summaries: no citizen's identity is ever in it.
"""

import datetime as dt
import re
from collections import Counter

from openpyxl import Workbook

from casework import texts
from casework.rating_stats import month_satisfaction
from casework.summaries import notice_blanking, one_line
from casework.target_sheet import target_rows
from casework.targets import month_targets
from casework.ward import Ward
from core.case_rules import CLOSED_STATUSES, sql_list
from core.clock import UTC
from core.pages import page_config

MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


class MonthError(ValueError):
    """--month is not YYYY-MM."""


def month_bounds(month):
    match = MONTH.match(month or "")
    if not match:
        raise MonthError(f"{month!r}: tháng viết dạng YYYY-MM, ví dụ 2026-03.")
    first = dt.date(int(match.group(1)), int(match.group(2)), 1)
    return first, (first + dt.timedelta(days=32)).replace(day=1)


def monthly_report(db, cfg, month, page_id=None):
    """`page_id`: one ward's cases when several share the server (None: every case)."""
    cfg = page_config(cfg, page_id)
    of_page, page = (" AND page_id = ?", [page_id]) if page_id else ("", [])
    ward = Ward(db, cfg)
    first, after = month_bounds(month)
    as_of = min(ward.local_date(), after - dt.timedelta(days=1))
    start = dt.datetime.combine(first, dt.time(), ward.tz).astimezone(UTC).isoformat(timespec="milliseconds")
    end = dt.datetime.combine(after, dt.time(), ward.tz).astimezone(UTC).isoformat(timespec="milliseconds")
    closed_at = "closed_at" if "closed_at" in db["reports"].columns_dict else "updated_at"
    rows = list(
        db.query(
            f"SELECT *, {closed_at} AS closed_moment FROM reports"  # nosec B608 # constant fragments, values bound
            f" WHERE created_at >= ? AND created_at < ?{of_page} ORDER BY id",
            [start, end, *page],
        )
    )
    on_time = late = 0
    days_to_close = []
    for row in rows:
        if row["status"] in CLOSED_STATUSES and row["closed_moment"]:
            closed_on = ward.local_date(row["closed_moment"])
            on_time, late = (on_time + 1, late) if closed_on.isoformat() <= row["deadline"] else (on_time, late + 1)
            days_to_close.append((closed_on - ward.local_date(row["created_at"])).days)
    overdue = list(
        db.query(
            f"SELECT * FROM reports WHERE status NOT IN {sql_list(CLOSED_STATUSES)} AND deadline < ?{of_page}"  # nosec B608 # constant fragments, values bound
            " ORDER BY deadline, id",
            [as_of.isoformat(), *page],
        )
    )
    return {
        "month": month,
        "as_of": as_of.isoformat(),
        "ward": cfg["WARD_NAME"],
        "received": len(rows),
        "by_category": dict(Counter(r["category"] for r in rows)),
        "by_field": dict(Counter(r["field"] for r in rows)),
        "by_status": dict(Counter(r["status"] for r in rows)),
        "by_channel": dict(Counter(r["channel"] for r in rows)),
        "satisfaction": month_satisfaction(db, first, after, cfg["TIMEZONE"], page_id),  # verdicts given this month
        "closed_on_time": on_time,
        "closed_late": late,
        "average_days_to_close": round(sum(days_to_close) / len(days_to_close), 1) if days_to_close else None,
        "targets": month_targets(db, cfg, first, after, page_id),  # first action, urgent, on time
        "overdue": [
            {
                "code": r["code"],
                "category": r["category"],
                "status": r["status"],
                "channel": r["channel"],
                "deadline": r["deadline"],
                "line": one_line(r, blank=notice_blanking(r, db, cfg)),
            }
            for r in overdue
        ],
    }


def write_xlsx(report, path):
    """Three sheets: the counts, the measured targets, and the overdue list."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Tổng hợp"
    sheet.append([f"Báo cáo tháng {report['month'][5:]}/{report['month'][:4]} - {report['ward']}"])
    sheet.append(["Tổng số tiếp nhận", report["received"]])
    for title, key, names in (
        ("Theo loại", "by_category", texts.CATEGORY_NAMES),
        ("Theo lĩnh vực", "by_field", texts.FIELD_NAMES),
        ("Theo trạng thái", "by_status", texts.STATUS_NAMES),
        ("Theo kênh tiếp nhận", "by_channel", texts.CHANNEL_NAMES),
    ):
        sheet.append([])
        sheet.append([title])
        for key_name, count in sorted(report[key].items()):
            sheet.append([names.get(key_name, key_name), count])
    sheet.append([])
    sheet.append(["Đóng đúng hạn", report["closed_on_time"]])
    sheet.append(["Đóng trễ hạn", report["closed_late"]])
    sheet.append(["Số ngày trung bình đến khi đóng", report["average_days_to_close"]])
    _satisfaction_rows(sheet, report["satisfaction"])
    if report.get("targets"):
        target_rows(workbook.create_sheet("Chỉ tiêu"), [report["targets"]])
    overdue = workbook.create_sheet("Quá hạn")
    overdue.append(["Mã hồ sơ", "Loại", "Trạng thái", "Hạn", "Tóm tắt"])
    for item in report["overdue"]:
        overdue.append(
            [
                item["code"],
                texts.CATEGORY_NAMES.get(item["category"], item["category"]),
                texts.STATUS_NAMES.get(item["status"], item["status"]),
                dt.date.fromisoformat(item["deadline"]),
                item["line"],
            ]
        )
    workbook.save(path)


def _satisfaction_rows(sheet, satisfaction):
    """Verdicts given during the month, by category, field, channel."""
    names = {"by_category": texts.CATEGORY_NAMES, "by_field": texts.FIELD_NAMES, "by_channel": texts.CHANNEL_NAMES}
    header = ["", "Rất hài lòng", "Hài lòng", "Không hài lòng", "Tổng", "% hài lòng"]
    overall = satisfaction["overall"]
    sheet.append([])
    sheet.append(["Mức hài lòng (đánh giá trong tháng)", overall["total"], "% hài lòng", overall["satisfied_percent"]])
    for title, key in (("Theo loại", "by_category"), ("Theo lĩnh vực", "by_field"), ("Theo kênh", "by_channel")):
        sheet.append([])
        sheet.append([title, *header[1:]])
        for group, row in sorted(satisfaction[key].items()):
            sheet.append(
                [
                    names[key].get(group, group),
                    row["very_satisfied"],
                    row["satisfied"],
                    row["unsatisfied"],
                    row["total"],
                    row["satisfied_percent"],
                ]
            )
