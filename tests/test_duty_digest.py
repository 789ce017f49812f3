"""The daily digest: once per working day whoever runs it, nothing on Sundays and holidays,
the right cases in each section, a stable --json shape."""

import json

import pytest
import time_machine
from duty_fixtures import add_officer, at_moment, local
from scripts import run_script

from casework.digest import SECTIONS as SECTION_TITLES
from casework.digest import build_digest
from runtime.scheduler import run_scheduled_digest

SECTIONS = ("new", "due_soon", "overdue", "answered")


@pytest.fixture
def cli_smtp(app, smtp_server, monkeypatch):
    """The CLI reads its configuration from the environment: point it at the test's SMTP server."""
    for key in ("SMTP_HOST", "SMTP_PORT", "SMTP_SECURITY", "SMTP_FROM"):
        monkeypatch.setenv(key, str(app.config[key]))
    return smtp_server


def file_at(chat, moment, category="feedback"):
    with time_machine.travel(moment, tick=False):
        at_moment(chat, moment)
        run_script(chat, category)
    return chat.db.execute("SELECT code FROM reports ORDER BY id DESC LIMIT 1").fetchone()[0]


def test_digest_is_sent_once_per_day_however_often_it_runs(chat, db, runner, cli_smtp):
    add_officer(db, "lan", email="lan@aiquoc.example")
    code = file_at(chat, local(2026, 3, 2, 21, 0))
    with time_machine.travel(local(2026, 3, 3, 7, 35), tick=False):
        first = runner("digest", "--send")
        second = runner("digest", "--send")
        assert run_scheduled_digest(db, chat.app.config) is None  # the server's scheduler agrees
    assert "Đã gửi bản tin (1 thông báo)" in first.output
    assert "không gửi lại" in second.output
    assert len(cli_smtp.messages) == 1 and code in cli_smtp.messages[0].get_content()
    assert db.execute("SELECT count(*) FROM digests").fetchone()[0] == 1


@pytest.mark.parametrize("day", ["08/03/2026", "17/02/2026", "02/09/2026"])  # Sunday, Tết, National Day
def test_no_digest_on_a_sunday_or_a_holiday(db, runner, cli_smtp, day):
    add_officer(db, "lan", email="lan@aiquoc.example")
    result = json.loads(runner("digest", "--send", "--json", "--date", day).output)
    assert result["status"] == "not_working_day" and result["notices"] == 0
    assert cli_smtp.messages == [] and db.execute("SELECT count(*) FROM digests").fetchone()[0] == 0


def test_the_scheduler_skips_non_working_days_and_waits_for_digest_time(db, app):
    with time_machine.travel(local(2026, 3, 8, 9, 0), tick=False):  # a Sunday
        assert run_scheduled_digest(db, app.config) is None
    with time_machine.travel(local(2026, 3, 9, 7, 0), tick=False):  # Monday, before 07:30
        assert run_scheduled_digest(db, app.config) is None
    with time_machine.travel(local(2026, 3, 9, 10, 0), tick=False):  # a server started late still sends
        assert run_scheduled_digest(db, app.config)["status"] == "sent"


def test_sections_new_due_soon_overdue_answered(chat, db, app):
    due_soon = file_at(chat, local(2026, 2, 13, 10, 0))  # answer by 06/03/2026
    overdue = file_at(chat, local(2026, 2, 2, 10, 0), "denunciation")  # accept by 11/02/2026
    answered = file_at(chat, local(2026, 3, 4, 9, 0), "petition")
    with time_machine.travel(local(2026, 3, 4, 16, 0), tick=False):
        db.execute(
            "UPDATE reports SET status = 'resolved', updated_at = ? WHERE code = ?",
            ["2026-03-04T09:00:00.000+00:00", answered],
        )
        digest = build_digest(db, app.config)
    codes = {name: [item["code"] for item in digest[name]] for name in SECTIONS}
    assert codes == {"new": [answered], "due_soon": [due_soon], "overdue": [overdue], "answered": [answered]}
    assert digest["counts"] == {"new": 1, "due_soon": 1, "overdue": 1, "answered": 1}


def test_new_counts_from_the_last_digest(chat, db, app):
    first = file_at(chat, local(2026, 3, 2, 9, 0))
    with time_machine.travel(local(2026, 3, 3, 7, 30), tick=False):
        assert [i["code"] for i in run_scheduled_digest(db, app.config)["digest"]["new"]] == [first]
    second = file_at(chat, local(2026, 3, 3, 10, 0))
    with time_machine.travel(local(2026, 3, 4, 7, 30), tick=False):
        assert [i["code"] for i in run_scheduled_digest(db, app.config)["digest"]["new"]] == [second]


def test_json_shape(chat, db, runner):
    code = file_at(chat, local(2026, 3, 2, 9, 0), "complaint")
    with time_machine.travel(local(2026, 3, 3, 8, 0), tick=False):
        data = json.loads(runner("digest", "--json").output)
    assert {"date", "working_day", "since", "until", "counts", *SECTIONS} <= set(data)
    assert data["date"] == "2026-03-03" and data["working_day"] is True
    assert set(data["counts"]) == set(SECTIONS)
    (item,) = data["new"]
    assert {"code", "category", "field", "status", "deadline", "urgent", "line"} <= set(item)
    assert item["code"] == code and item["deadline"] == "2026-03-12" and item["line"].startswith(code)
    text = runner("digest", "--date", "03/03/2026").output
    assert f"{dict(SECTION_TITLES)['new']} (1):" in text and code in text
