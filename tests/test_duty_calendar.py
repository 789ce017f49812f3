"""The ward's working days and the legal deadlines counted on them: Tết, 30/4-1/5, a make-up
Saturday from the officers' table, Civil Code Art. 148, office hours."""

import datetime as dt

import pytest
from duty_fixtures import local

from casework.promised_dates import answer_deadline
from casework.ward import load_calendar
from core.calendar import WardCalendar
from core.deadline_rules import RulesError, deadline_rules
from core.office_hours import OfficeHours, OfficeHoursError, describe_moment
from storage import write_transaction
from storage.calendar_days import set_calendar_day

D = dt.date


def test_tet_2026_civil_servants_off_14_to_22_february():
    calendar = WardCalendar()
    off = [D(2026, 2, day) for day in range(14, 23)]
    assert [d for d in off if calendar.is_working_day(d)] == []
    assert calendar.is_working_day(D(2026, 2, 13)) and calendar.is_working_day(D(2026, 2, 23))


def test_tet_2027_lunar_days_off_move_with_the_moon():
    calendar = WardCalendar()
    assert [d.day for d in calendar.working_days(D(2027, 2, 1), D(2027, 2, 12))] == [1, 2, 3, 11, 12]


def test_giong_to_30_april_and_1_may_2026_are_off():
    calendar = WardCalendar()
    assert [d.day for d in calendar.working_days(D(2026, 4, 24), D(2026, 5, 5))] == [24, 28, 29, 4, 5]


# (category, received, expected first deadline): PRODUCT.md's defaults.
ACROSS_TET = [
    ("feedback", D(2026, 2, 13), D(2026, 3, 6)),  # 10 working days, none in 14-22/02
    ("petition", D(2026, 2, 13), D(2026, 3, 6)),
    ("denunciation", D(2026, 2, 13), D(2026, 3, 3)),  # accepted within 7 working days
    ("complaint", D(2026, 2, 10), D(2026, 2, 23)),  # 10 days end on 20/02, Tết: Art. 148 → 23/02
]
ACROSS_30_4 = [
    ("feedback", D(2026, 4, 29), D(2026, 5, 15)),
    ("denunciation", D(2026, 4, 24), D(2026, 5, 8)),
    ("complaint", D(2026, 4, 20), D(2026, 5, 4)),  # 30/04 is a holiday, 01/05 too, then a weekend
]


@pytest.mark.parametrize("category,received,expected", ACROSS_TET + ACROSS_30_4)
def test_first_deadline_per_category_across_holidays(category, received, expected):
    assert answer_deadline(category, received) == expected


def test_art_148_a_deadline_on_a_sunday_ends_on_monday():
    calendar = WardCalendar()
    assert calendar.period_end(D(2026, 3, 5), 10, "calendar") == D(2026, 3, 16)  # 15/03 is a Sunday
    assert calendar.period_end(D(2026, 3, 3), 10, "calendar") == D(2026, 3, 13)  # a Friday stays


@pytest.mark.parametrize(
    "category,without,with_saturday",
    [
        ("feedback", D(2026, 1, 23), D(2026, 1, 22)),
        ("denunciation", D(2026, 1, 20), D(2026, 1, 19)),
    ],
)
def test_a_make_up_saturday_from_the_table_counts_as_a_working_day(db, category, without, with_saturday):
    received = D(2026, 1, 9)
    assert answer_deadline(category, received, db=db) == without
    with write_transaction(db):
        set_calendar_day(db, D(2026, 1, 17), "workday", "làm bù (thông báo giả định)")
    assert load_calendar(db).is_working_day(D(2026, 1, 17))
    assert answer_deadline(category, received, db=db) == with_saturday


def test_complaint_ending_on_a_make_up_saturday_ends_that_day(db):
    assert answer_deadline("complaint", D(2026, 1, 7), db=db) == D(2026, 1, 19)
    with write_transaction(db):
        set_calendar_day(db, D(2026, 1, 17), "workday")
    assert answer_deadline("complaint", D(2026, 1, 7), db=db) == D(2026, 1, 17)


def test_an_extra_day_off_from_the_table_moves_deadlines(db):
    assert answer_deadline("denunciation", D(2026, 3, 2), db=db) == D(2026, 3, 11)
    with write_transaction(db):
        set_calendar_day(db, D(2026, 3, 4), "off", "nghỉ bù")
    assert answer_deadline("denunciation", D(2026, 3, 2), db=db) == D(2026, 3, 12)


def test_deadlines_are_configurable(app):
    rules = deadline_rules({"DEADLINES": "complaint.accept=5 working; feedback.answer=15 working"})
    assert rules["complaint"]["accept"] == (5, "working") and rules["feedback"]["answer"] == (15, "working")
    assert answer_deadline("feedback", D(2026, 3, 2), cfg={"DEADLINES": "feedback.answer=15 working"}) == D(2026, 3, 23)
    for bad in ("complaint.accept=ten days", "nonsense.answer=3 working", "feedback.answer=3 weeks"):
        with pytest.raises(RulesError, match="DEADLINES"):
            deadline_rules({"DEADLINES": bad})


def test_office_hours_and_next_opening():
    hours = OfficeHours.parse("Mon-Fri 07:30-11:30,13:30-17:00")
    calendar = WardCalendar()
    assert hours.is_open(local(2026, 3, 2, 9, 0), calendar)
    assert not hours.is_open(local(2026, 3, 2, 12, 0), calendar)  # lunch
    assert hours.next_opening(local(2026, 3, 2, 12, 0), calendar) == local(2026, 3, 2, 13, 30)
    assert hours.next_opening(local(2026, 3, 6, 21, 0), calendar) == local(2026, 3, 9, 7, 30)  # Fri night
    assert hours.next_opening(local(2026, 2, 13, 18, 0), calendar) == local(2026, 2, 23, 7, 30)  # Tết
    assert describe_moment(local(2026, 2, 23, 7, 30)) == "07:30 thứ Hai, 23/02/2026"


def test_office_hours_on_a_make_up_saturday():
    calendar = WardCalendar({D(2026, 1, 17): "workday"})
    hours = OfficeHours.parse("Mon-Fri 07:30-11:30,13:30-17:00")
    assert hours.is_open(local(2026, 1, 17, 8, 0), calendar)
    assert not hours.is_open(local(2026, 1, 24, 8, 0), calendar)


@pytest.mark.parametrize("spec", ["", "Mon-Fri", "Mon-Fri 7h-11h", "Xyz 07:30-11:30", "Mon 17:00-07:30"])
def test_bad_office_hours_say_what_is_expected(spec):
    with pytest.raises(OfficeHoursError, match="OFFICE_HOURS"):
        OfficeHours.parse(spec)


def test_calendar_commands(runner, db):
    assert "ngày làm việc" in runner("calendar", "add-workday", "17/01/2026", "--note", "làm bù").output
    runner("calendar", "add-off", "2026-03-04")
    listed = runner("calendar", "list", "2026").output
    assert "17/01/2026  làm việc  phường nhập" in listed and "04/03/2026  nghỉ" in listed
    assert "Tết Nguyên Đán" in listed
    bad = runner("calendar", "add-off", "31/02/2026")
    assert bad.exit_code == 2 and "không phải ngày" in bad.output
    assert load_calendar(db).is_working_day(D(2026, 1, 17))
    runner("calendar", "remove", "17/01/2026")
    assert not load_calendar(db).is_working_day(D(2026, 1, 17))


@pytest.mark.parametrize(
    "name,value",
    [
        ("DIGEST_TIME", "7h30"),
        ("DEADLINES", "feedback.answer=ten"),
        ("OFFICE_HOURS", "Mon-Fri"),
        ("SMTP_SECURITY", "tls13"),
    ],
)
def test_a_bad_duty_setting_is_one_clear_sentence_at_start_up(monkeypatch, name, value):
    from core.config import Config

    monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=name):
        Config()
