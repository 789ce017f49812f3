"""Measured targets: office time counted only in office hours on the ward's working days, and the
month's figures (first action within 8 working hours, urgent within 1, consultations and answers on
time) on the statistics page, in the monthly report and its XLSX."""

import datetime as dt
import io
import json

import pytest
import time_machine
from duty_fixtures import at_moment, local
from openpyxl import load_workbook
from scripts import run_script

from casework.answers import answer_citizen
from casework.case_edits import add_note, assign
from casework.consultation_answers import answer_request
from casework.consultations import ask_department
from casework.targets import month_targets, year_targets
from casework.ward import Ward
from casework.workflow import change_status
from core.office_time import HOUR, OfficeClock, office_seconds
from storage import write_transaction
from storage.calendar_days import set_calendar_day

ADMIN = {"id": None, "username": "cli", "role": "admin"}


def hours_between(db, app, start, end):
    ward = Ward(db, app.config)
    return office_seconds(ward.hours, ward.calendar, start, end) / HOUR


@pytest.mark.parametrize(
    "start, end, hours",
    [
        (local(2026, 3, 6, 16, 0), local(2026, 3, 9, 8, 30), 2.0),  # Friday 16:00-17:00, Monday 07:30-08:30
        (local(2026, 3, 2, 11, 0), local(2026, 3, 2, 14, 0), 1.0),  # lunch does not count
        (local(2026, 3, 2, 20, 0), local(2026, 3, 3, 6, 0), 0.0),  # a night does not either
        (local(2026, 4, 29, 16, 0), local(2026, 5, 4, 8, 30), 2.0),  # 30/4 and 1/5 are holidays
        (local(2026, 8, 21, 16, 0), local(2026, 8, 22, 8, 30), 2.0),  # a make-up working Saturday counts
        (local(2026, 3, 9, 9, 0), local(2026, 3, 6, 9, 0), 0.0),  # backwards is nothing
    ],
)
def test_office_time_counts_only_office_hours_on_working_days(db, app, start, end, hours):
    assert hours_between(db, app, start, end) == pytest.approx(hours)


def test_the_wards_own_day_off_does_not_count(db, app):
    with write_transaction(db):
        set_calendar_day(db, local(2026, 3, 9, 0, 0).date(), "off", "Nghỉ bù", by="cli")
    assert hours_between(db, app, local(2026, 3, 6, 16, 0), local(2026, 3, 10, 8, 30)) == pytest.approx(2.0)


def walked_hours(ward, start, end):
    """The reference: every day between the two moments, each office period's overlap with them."""
    total, day = 0.0, start.astimezone(ward.tz).date()
    while day <= end.astimezone(ward.tz).date():
        for opens, closes in ward.hours.periods_on(day, ward.calendar):
            low = max(dt.datetime.combine(day, opens, ward.tz), start)
            high = min(dt.datetime.combine(day, closes, ward.tz), end)
            total += max(0.0, (high - low).total_seconds())
        day += dt.timedelta(days=1)
    return total / HOUR


def test_one_clock_answers_in_any_order_as_a_walk_over_the_days_does(db, app):
    """The clock's table of days grows forwards and backwards; every answer stays the walk's."""
    ward = Ward(db, app.config)
    clock = OfficeClock(ward.hours, ward.calendar)
    moments = [local(2026, 6, 15, 10, 0), local(2026, 1, 2, 16, 45), local(2026, 12, 31, 9, 5), local(2026, 4, 29, 12)]
    for start in moments:
        for end in moments:
            assert clock.between(start, end) / HOUR == pytest.approx(walked_hours(ward, start, end)), (start, end)
    # 2026: 248 weekdays that are not public holidays, and the make-up working Saturday 22/08, 7.5 h each
    assert clock.between(local(2026, 1, 1, 0, 0), local(2027, 1, 1, 0, 0)) / HOUR == pytest.approx(249 * 7.5)


def file_at(chat, moment, category="feedback", psid=None):
    chat.psid = psid or chat.psid
    with time_machine.travel(moment, tick=False):
        at_moment(chat, moment)
        run_script(chat, category)
    return dict(next(chat.db.query("SELECT * FROM reports ORDER BY id DESC LIMIT 1")))


def at(moment, operation, *args):
    with time_machine.travel(moment, tick=False):
        return operation(*args)


@pytest.fixture
def march(chat, db, app):
    """Six cases received in March 2026 and handled at chosen moments, and three consultations: one
    answered on its due date, one a day late, one not at all."""
    cfg = app.config
    a = file_at(chat, local(2026, 3, 2, 9, 0), psid="t-a")
    at(local(2026, 3, 2, 10, 0), add_note, db, cfg, a["id"], "Đã xem.", ADMIN)  # 1 h
    at(local(2026, 3, 3, 9, 0), _answer, db, cfg, a["id"])  # answered on time
    b = file_at(chat, local(2026, 3, 6, 16, 0), psid="t-b")
    at(local(2026, 3, 9, 8, 0), assign, db, cfg, b["id"], "", ADMIN)  # 1 h + 30 min
    c = file_at(chat, local(2026, 3, 2, 9, 0), psid="t-c")
    at(local(2026, 3, 4, 9, 0), change_status, db, cfg, c["id"], "rejected", "Không thuộc thẩm quyền", ADMIN)  # 15 h
    d = file_at(chat, local(2026, 3, 3, 22, 0), psid="t-d")
    with write_transaction(db):
        db.execute("UPDATE reports SET urgent = 1 WHERE id = ?", [d["id"]])
    at(local(2026, 3, 4, 7, 50), add_note, db, cfg, d["id"], "Gọi ngay.", ADMIN)  # 20 min of office time
    f = file_at(chat, local(2026, 3, 10, 9, 0), psid="t-f")
    at(local(2026, 3, 10, 11, 0), add_note, db, cfg, f["id"], "Chờ.", ADMIN)  # 2 h
    file_at(chat, local(2026, 3, 2, 9, 30), psid="t-e")  # nobody ever acts on it
    for answered in (local(2026, 3, 10, 10, 0), local(2026, 3, 11, 10, 0)):  # on the due date, a day late
        asked = at(
            local(2026, 3, 9, 9, 0), ask_department, db, cfg, b["id"], "Công an phường", "2026-03-10", "Hỏi", ADMIN
        )
        at(answered, answer_request, db, cfg, asked.link.rsplit("/", 1)[1], "Trả lời")
    at(local(2026, 3, 10, 11, 30), ask_department, db, cfg, f["id"], "Công an phường", "2026-03-13", "Hỏi", ADMIN)
    return {"a": a, "b": b, "c": c, "d": d, "f": f}


def _answer(db, cfg, report_id):
    return answer_citizen(db, cfg, report_id, "Phường đã tiếp nhận và xử lý.", ADMIN)


def test_the_months_targets(march, db, app):
    with time_machine.travel(local(2026, 3, 20, 9, 0), tick=False):
        targets = month_targets(db, app.config, dt.date(2026, 3, 1), dt.date(2026, 4, 1))
    first = targets["first_action"]
    assert targets["cases"] == 6 and first["acted"] == 5
    assert first["median_office_hours"] == 1.5  # of 0.33, 1, 1.5, 2 and 15 office hours
    assert (first["within"], first["late"], first["pending"], first["within_percent"]) == (4, 2, 0, 66.7)
    assert targets["urgent"] == {"cases": 1, "within": 1, "late": 0, "pending": 0, "within_percent": 100.0}
    consultations = targets["consultations"]
    assert (consultations["on_time"], consultations["late"], consultations["overdue"]) == (1, 1, 1)
    assert consultations["on_time_percent"] == 33.3
    answers = targets["answers"]
    assert (answers["on_time"], answers["late"], answers["overdue"], answers["open"]) == (2, 0, 2, 2)
    assert answers["on_time_percent"] == 50.0  # a's answer and c's closing; d and e overdue; b and f in time


def test_a_case_not_yet_acted_on_is_pending_until_8_office_hours_have_passed(chat, db, app):
    file_at(chat, local(2026, 3, 6, 15, 0), psid="t-p")  # Friday 15:00: 2 office hours that day
    month = (dt.date(2026, 3, 1), dt.date(2026, 4, 1))
    with time_machine.travel(local(2026, 3, 9, 13, 0), tick=False):  # Monday 13:00: 2 + 4 = 6 h
        assert month_targets(db, app.config, *month)["first_action"]["pending"] == 1
    with time_machine.travel(local(2026, 3, 9, 15, 31), tick=False):  # 2 + 4 + 2.02 h
        first = month_targets(db, app.config, *month)["first_action"]
    assert (first["pending"], first["late"], first["within_percent"]) == (0, 1, 0.0)


def test_the_statistics_page_and_the_monthly_xlsx_show_the_targets(march, login, db, runner):
    leader = login("lan")  # today: long after March, the same first actions and consultations
    page = leader.get("/console/stats?year=2026").get_data(as_text=True)
    download = leader.get("/console/stats/monthly.xlsx?month=2026-03")
    report = json.loads(runner("report", "--month", "2026-03", "--json").output)
    assert "Chỉ tiêu thời gian xử lý theo tháng" in page and "66.7%" in page and "(4/6)" in page
    assert download.status_code == 200
    sheet = load_workbook(io.BytesIO(download.data))["Chỉ tiêu"]
    header, row = [c.value for c in sheet[1]], [c.value for c in sheet[2]]
    values = dict(zip(header, row, strict=True))
    assert values["Tháng"] == "03/2026" and values["% trong 8 giờ làm việc"] == 66.7
    assert values["Thời gian đến lần xử lý đầu, trung vị (giờ làm việc)"] == 1.5
    assert values["% phối hợp đúng hạn"] == 33.3 and values["% khẩn trong 1 giờ"] == 100.0
    assert report["targets"]["first_action"]["within_percent"] == 66.7
    exported = db.execute("SELECT detail FROM audit_log WHERE action = 'export'").fetchone()[0]
    assert json.loads(exported)["format"] == "monthly_xlsx"
    assert leader.get("/console/stats/monthly.xlsx?month=2026-13").status_code == 400


def test_a_year_without_cases_has_twelve_empty_months(db, app):
    months = year_targets(db, app.config, 2025)
    assert [m["month"] for m in months] == [f"2025-{n:02d}" for n in range(1, 13)]
    assert all(m["cases"] == 0 and m["first_action"]["within_percent"] is None for m in months)
