"""The leaders' monthly report: counts, on time and late, average days to close, the overdue list."""

import json
import re

import openpyxl
import time_machine
from duty_fixtures import at_moment, local
from scripts import run_script


def file_at(chat, moment, category):
    with time_machine.travel(moment, tick=False):
        at_moment(chat, moment)
        return re.search(r"AQ-\d{4}-\d{5}", run_script(chat, category)[-1][0]).group()


def close(runner, code, moment, status="resolved"):
    with time_machine.travel(moment, tick=False):
        if status == "resolved":
            assert runner("console", "status", code, "accepted", "--note", "Thụ lý").exit_code == 0
        assert runner("console", "status", code, status, "--note", "Đã trả lời").exit_code == 0


def test_monthly_report(chat, runner, tmp_path):
    february = file_at(chat, local(2026, 2, 27, 9, 0), "feedback")  # not counted, but overdue
    on_time = file_at(chat, local(2026, 3, 2, 9, 0), "feedback")  # answer by 16/03
    late = file_at(chat, local(2026, 3, 2, 10, 0), "petition")
    overdue = file_at(chat, local(2026, 3, 2, 11, 0), "denunciation")  # accept by 11/03
    file_at(chat, local(2026, 3, 25, 9, 0), "complaint")  # open, in time
    close(runner, on_time, local(2026, 3, 6, 9, 0))
    close(runner, late, local(2026, 3, 20, 9, 0), "rejected")
    with time_machine.travel(local(2026, 4, 2, 9, 0), tick=False):
        data = json.loads(runner("report", "--month", "2026-03", "--json", "--xlsx", str(tmp_path / "t3.xlsx")).output)
    assert data["received"] == 4 and data["as_of"] == "2026-03-31"
    assert data["by_category"] == {"feedback": 1, "petition": 1, "denunciation": 1, "complaint": 1}
    assert data["by_status"] == {"resolved": 1, "rejected": 1, "new": 2}
    assert (data["closed_on_time"], data["closed_late"]) == (1, 1)
    assert data["average_days_to_close"] == 11.0  # (4 + 18) / 2
    # Overdue at the end of the month, whenever received, soonest deadline first: 11/03, 13/03.
    assert [item["code"] for item in data["overdue"]] == [overdue, february]
    sheets = openpyxl.load_workbook(tmp_path / "t3.xlsx")
    assert sheets.sheetnames == ["Tổng hợp", "Chỉ tiêu", "Quá hạn"]
    assert sheets["Chỉ tiêu"]["A2"].value == "03/2026" and sheets["Chỉ tiêu"]["B2"].value == 4  # 4 received
    assert sheets["Quá hạn"]["A2"].value == overdue
    assert runner("report", "--month", "03/2026").exit_code == 1
