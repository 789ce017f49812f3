"""casework/workflow.py: the one door for status changes, and the hooks the duty officer's deadlines plug into."""

import pytest
from scripts import file_case

from casework import workflow
from casework.case_edits import reclassify
from casework.workflow import CaseError, change_status
from storage.reports import report_by_code

OFFICER = {"id": None, "username": "cli", "role": "admin"}


@pytest.fixture
def hooks(monkeypatch):
    monkeypatch.setattr(workflow, "_status_hooks", [])
    monkeypatch.setattr(workflow, "_classify_hooks", [])
    return workflow


def test_a_status_hook_runs_inside_the_change_and_sees_it(app, hooks, chat_as, db):
    code = file_case(chat_as("hook-1"), "complaint")
    seen = []

    @hooks.on_status_change
    def move_deadline(db_, cfg, report, old, new, note, officer):
        assert db_.conn.in_transaction  # the same transaction as the change
        seen.append((report["code"], report["status"], old, new, note, officer["username"]))
        db_.execute("UPDATE reports SET deadline = '2027-01-15' WHERE id = ?", [report["id"]])

    change_status(db, app.config, report_by_code(db, code)["id"], "accepted", "Thụ lý", OFFICER)
    assert seen == [(code, "accepted", "new", "accepted", "Thụ lý", "cli")]
    assert report_by_code(db, code)["deadline"] == "2027-01-15"


def test_a_failing_hook_undoes_the_whole_change(app, hooks, chat_as, db):
    code = file_case(chat_as("hook-2"), "complaint")
    report_id = report_by_code(db, code)["id"]
    outbox_before = db.execute("SELECT count(*) FROM outbox").fetchone()[0]

    @hooks.on_status_change
    def refuse(*args):
        raise CaseError("Chưa tính được thời hạn.")

    with pytest.raises(CaseError):
        change_status(db, app.config, report_id, "accepted", "Thụ lý", OFFICER)
    assert report_by_code(db, code)["status"] == "new"
    assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'status'").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == outbox_before  # no notice either


def test_a_reclassify_hook_sees_the_new_category(app, hooks, chat_as, db):
    code = file_case(chat_as("hook-3"), "feedback")
    seen = []
    hooks.on_reclassify(lambda db_, cfg, report, officer: seen.append((report["category"], report["field"])))
    reclassify(db, app.config, report_by_code(db, code)["id"], "complaint", "science", OFFICER)
    assert seen == [("complaint", "science")]


@pytest.mark.parametrize(
    "old, new, allowed",
    [
        ("new", "accepted", True),
        ("new", "resolved", False),
        ("accepted", "in_progress", True),
        ("in_progress", "resolved", True),
        ("resolved", "in_progress", True),
        ("resolved", "accepted", False),
        ("new", "forwarded", True),
        ("accepted", "rejected", True),
        ("rejected", "resolved", False),
    ],
)
def test_the_workflow_transitions(old, new, allowed):
    assert (new in workflow.allowed_next(old)) is allowed
