"""Retention: `python -m bot retention [--dry-run]` and the daily run, on data aged with time-machine.
Conversations are real (signed webhook bodies, the worker); only the clock is moved."""

import datetime as dt
import re

import pytest
import time_machine
from messenger_support import Chat, Messenger
from scripts import file_case, to_content

from casework.retention_schedule import run_scheduled_retention
from storage import write_transaction
from storage.casework import set_status

NOW = dt.datetime(2026, 12, 1, 4, 0, tzinfo=dt.timezone.utc)  # 11:00 in Hải Phòng


def days_ago(days):
    return NOW - dt.timedelta(days=days)


def citizen(client, app, db, psid):
    return Chat(client, app, db, Messenger(), psid=psid)  # a Messenger made now: its clock is now


def start_draft(chat):
    to_content(chat)
    chat.say("Đèn đường tổ 5 không sáng")
    chat.send(chat.m.attachment(chat.psid))


def downloaded(db, tmp_path, where):
    """The downloader's result for the attachments `where` names: a file on disk, status stored."""
    paths = []
    for row in list(db.query(f"SELECT id FROM attachments WHERE {where}")):  # nosec B608 # test's own SQL
        path = tmp_path / "files" / f"{row['id']}.bin"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\x89PNG photo")
        with write_transaction(db):
            db.execute("UPDATE attachments SET status = 'stored', path = ? WHERE id = ?", [str(path), row["id"]])
        paths.append(path)
    return paths


def case(db, code):
    return next(db.query("SELECT * FROM reports WHERE code = ?", [code]))


@pytest.fixture
def aged(client, app, db, tmp_path):
    """Two years of a ward: old closed cases, an abandoned draft, and today's work that must stay."""
    data = {}
    with time_machine.travel(days_ago(800), tick=True):
        old = citizen(client, app, db, "8001")
        old.send(old.m.postback(old.psid))
        data["old_complaint"] = file_case(old, "complaint")
        data["old_petition"] = file_case(old, "petition")
        old.send(old.m.attachment(old.psid))  # a photo after filing joins the latest case
        with write_transaction(db):
            for code in (data["old_petition"], data["old_complaint"]):
                set_status(db, case(db, code)["id"], "resolved")
    data["old_files"] = downloaded(db, tmp_path, f"report_id = {case(db, data['old_petition'])['id']}")
    with time_machine.travel(days_ago(40), tick=True):
        start_draft(citizen(client, app, db, "8002"))
    data["draft_files"] = downloaded(db, tmp_path, "psid = '8002'")
    with time_machine.travel(NOW, tick=True):
        recent = citizen(client, app, db, "8003")
        data["recent"] = file_case(recent, "petition")
        with write_transaction(db):
            set_status(db, case(db, data["recent"])["id"], "resolved")
        start_draft(citizen(client, app, db, "8004"))
    return data


def test_dry_run_says_what_it_would_do_and_changes_nothing(aged, runner, db, app, monkeypatch):
    monkeypatch.setenv("ATTACHMENTS_DIR", app.config["ATTACHMENTS_DIR"])
    before = db.execute("SELECT count(*), sum(length(body)) FROM inbound_events").fetchone()
    with time_machine.travel(NOW, tick=True):
        output = runner("retention", "--dry-run").output
    assert "Chạy thử" in output
    assert re.search(r"^\s+1\s+bản soạn dở", output, re.M)
    assert re.search(r"^\s+1\s+ảnh, tệp của phản ánh", output, re.M)
    assert re.search(r"^\s+1\s+phản ánh, kiến nghị đã đóng", output, re.M)
    assert aged["old_petition"] in output and aged["old_complaint"] not in output and aged["recent"] not in output
    assert case(db, aged["old_petition"])["name"] == "Nguyễn Văn An"
    assert all(path.exists() for path in aged["old_files"] + aged["draft_files"])
    assert db.execute("SELECT count(*) FROM conversations WHERE psid = '8002'").fetchone()[0] == 1
    assert db.execute("SELECT count(*), sum(length(body)) FROM inbound_events").fetchone() == before


def test_real_run_removes_and_anonymises_only_what_is_past_its_period(aged, runner, db, app, monkeypatch):
    monkeypatch.setenv("ATTACHMENTS_DIR", app.config["ATTACHMENTS_DIR"])
    with time_machine.travel(NOW, tick=True):
        output = runner("retention").output
    assert "Đã áp dụng" in output and aged["old_petition"] in output
    petition = case(db, aged["old_petition"])
    assert (petition["psid"], petition["name"], petition["phone"]) == (None, None, None)
    assert petition["content"] and petition["anonymised_at"]
    assert not any(path.exists() for path in aged["old_files"] + aged["draft_files"])
    assert case(db, aged["old_complaint"])["name"] == "Nguyễn Văn An"  # an official record
    assert db.execute("SELECT count(*) FROM conversations WHERE psid = '8002'").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM messages WHERE psid = '8002'").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM attachments WHERE psid = '8002'").fetchone()[0] == 0
    # Today's case and today's draft are untouched.
    assert case(db, aged["recent"])["name"] == "Nguyễn Văn An" and case(db, aged["recent"])["psid"] == "8003"
    assert db.execute("SELECT count(*) FROM attachments WHERE psid = '8004'").fetchone()[0] == 1
    assert db.execute("SELECT step FROM conversations WHERE psid = '8004'").fetchone() == ("content",)
    assert db.execute("SELECT count(*) FROM messages WHERE psid = '8004' AND text LIKE 'Đèn đường%'").fetchone()[0] == 1
    actions = {
        (row["action"], row["report_id"]) for row in db.query("SELECT * FROM audit_log WHERE actor = 'retention'")
    }
    assert ("data_delete", petition["id"]) in actions and ("retention", None) in actions
    with time_machine.travel(NOW, tick=True):
        again = runner("retention", "--dry-run").output
    assert all(int(n) == 0 for n in re.findall(r"^\s+(\d+)\s", again, re.M))  # nothing left to do


def test_the_daily_job_runs_once_after_retention_time(aged, db, app):
    cfg = dict(app.config, RETENTION_TIME="03:00")
    with time_machine.travel(dt.datetime(2026, 12, 1, 2, 30, tzinfo=dt.timezone(dt.timedelta(hours=7))), tick=False):
        assert run_scheduled_retention(db, cfg) is None  # before 03:00 local
    with time_machine.travel(dt.datetime(2026, 12, 1, 3, 5, tzinfo=dt.timezone(dt.timedelta(hours=7))), tick=False):
        counts = run_scheduled_retention(db, cfg)
        assert counts["personal"] == 1 and counts["drafts"] == 1
        assert run_scheduled_retention(db, cfg) is None  # once a day
    assert case(db, aged["old_petition"])["psid"] is None
