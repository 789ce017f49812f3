"""The measured targets as spreadsheet rows (the monthly report's XLSX and the statistics page's
download), with the wording a report to the city's Department of Science and Technology uses."""

TARGET_COLUMNS = (
    ("Tháng", lambda m: f"{m['month'][5:]}/{m['month'][:4]}"),
    ("Hồ sơ tiếp nhận", lambda m: m["cases"]),
    ("Đã có cán bộ xử lý", lambda m: m["first_action"]["acted"]),
    ("Thời gian đến lần xử lý đầu, trung vị (giờ làm việc)", lambda m: m["first_action"]["median_office_hours"]),
    ("Xử lý trong 8 giờ làm việc", lambda m: m["first_action"]["within"]),
    ("Quá 8 giờ làm việc", lambda m: m["first_action"]["late"]),
    ("% trong 8 giờ làm việc", lambda m: m["first_action"]["within_percent"]),
    ("Hồ sơ khẩn", lambda m: m["urgent"]["cases"]),
    ("Khẩn, xử lý trong 1 giờ làm việc", lambda m: m["urgent"]["within"]),
    ("% khẩn trong 1 giờ", lambda m: m["urgent"]["within_percent"]),
    ("Đề nghị phối hợp", lambda m: m["consultations"]["asked"]),
    ("Đơn vị trả lời đúng hạn", lambda m: m["consultations"]["on_time"]),
    ("Đơn vị trả lời trễ hoặc quá hạn", lambda m: m["consultations"]["late"] + m["consultations"]["overdue"]),
    ("% phối hợp đúng hạn", lambda m: m["consultations"]["on_time_percent"]),
    ("Trả lời người dân đúng hạn", lambda m: m["answers"]["on_time"]),
    ("Trả lời trễ hoặc quá hạn", lambda m: m["answers"]["late"] + m["answers"]["overdue"]),
    ("% trả lời đúng hạn", lambda m: m["answers"]["on_time_percent"]),
)


def target_rows(sheet, months):
    """A header row, then one row per month."""
    sheet.append([title for title, _ in TARGET_COLUMNS])
    for month in months:
        sheet.append([cell(month) for _, cell in TARGET_COLUMNS])
