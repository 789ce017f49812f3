"""Each case carries its current deadline; acceptance, extension and the complex flag move it,
every move is logged, and the citizen's confirmation and the console show the same date."""

import datetime as dt
import itertools
import json
import re

import pytest
import time_machine
from duty_fixtures import at_moment, local
from scripts import run_script

from bot.texts import DEADLINE_LINES
from casework import deadlines
from casework.summaries import STAGE_NAMES
from core.clock import now_iso
from storage import write_transaction
from storage.case_deadlines import deadline_history
from storage.reports import create_report

D = dt.date
_codes = itertools.count(1)


def stored_case(db, app, category, received):
    """A case as submission leaves it, received at `received`: stored, with its first deadline logged
    (no conversation: these tests are about the dates, and scripts.file_case files one now)."""
    with write_transaction(db):
        report_id = create_report(
            db,
            "citizen-1",
            {"category": category, "field": "other", "content": "Nội dung thử"},
            f"AQ-2026-{next(_codes):05d}",
            received.date(),
            now_iso(),
        )
        deadlines.start_deadline(db, app.config, report_id, received)
    return report_id


def current(db, report_id):
    return db.execute("SELECT deadline FROM reports WHERE id = ?", [report_id]).fetchone()[0]


def events(db, report_id):
    return [(m["event"], m["old_deadline"], m["new_deadline"]) for m in deadline_history(db, report_id)]


def test_complaint_accepted_then_complex(db, app):
    case = stored_case(db, app, "complaint", local(2026, 2, 10, 9))
    assert current(db, case) == "2026-02-23"  # accept within 10 days, Art. 148 past Tết
    deadlines.record_acceptance(db, app.config, case, local(2026, 3, 2, 10), by="lan")
    assert current(db, case) == "2026-04-01"  # resolve within 30 days of acceptance
    deadlines.mark_complex(db, app.config, case, by="lan", reason="nhiều bên liên quan")
    assert current(db, case) == "2026-04-16"  # 45 days when complex
    assert events(db, case) == [
        ("received", None, "2026-02-23"),
        ("accepted", "2026-02-23", "2026-04-01"),
        ("complex", "2026-04-01", "2026-04-16"),
    ]
    assert [m["by"] for m in deadline_history(db, case)] == [None, "lan", "lan"]
    with pytest.raises(deadlines.DeadlineError, match="không được gia hạn"):
        deadlines.extend(db, app.config, case, 10, "xin thêm")


def test_complaint_marked_complex_before_acceptance_gets_45_days_at_acceptance(db, app):
    case = stored_case(db, app, "complaint", local(2026, 3, 2, 9))
    deadlines.mark_complex(db, app.config, case)
    assert current(db, case) == "2026-03-12"  # the acceptance deadline does not move
    deadlines.record_acceptance(db, app.config, case, D(2026, 3, 5))
    assert current(db, case) == "2026-04-20"  # 05/03 + 45 = 19/04, a Sunday → Monday


def test_denunciation_extended_twice_at_most(db, app):
    case = stored_case(db, app, "denunciation", local(2026, 2, 13, 9))
    assert current(db, case) == "2026-03-03"
    with pytest.raises(deadlines.DeadlineError, match="chưa được thụ lý"):
        deadlines.extend(db, app.config, case, 30, "phức tạp")
    deadlines.record_acceptance(db, app.config, case, D(2026, 3, 2))
    assert current(db, case) == "2026-04-01"
    with pytest.raises(deadlines.DeadlineError, match="từ 1 đến 30"):
        deadlines.extend(db, app.config, case, 31, "quá dài")
    with pytest.raises(deadlines.DeadlineError, match="lý do"):
        deadlines.extend(db, app.config, case, 30, "  ")
    deadlines.extend(db, app.config, case, 30, "cần xác minh thêm")
    assert current(db, case) == "2026-05-04"  # 01/05 is a holiday, then a weekend
    deadlines.extend(db, app.config, case, 30, "rất phức tạp")
    assert current(db, case) == "2026-06-03"
    with pytest.raises(deadlines.DeadlineError, match="tối đa 2 lần"):
        deadlines.extend(db, app.config, case, 5, "lần ba")
    assert [e for e, _, _ in events(db, case)] == ["received", "accepted", "extended", "extended"]
    assert deadline_history(db, case)[2]["reason"] == "cần xác minh thêm"


def test_feedback_acceptance_keeps_the_answer_date_and_logs_it(db, app):
    case = stored_case(db, app, "feedback", local(2026, 4, 29, 9))
    deadlines.record_acceptance(db, app.config, case, D(2026, 5, 4))
    assert current(db, case) == "2026-05-15"
    assert events(db, case)[-1] == ("accepted", "2026-05-15", "2026-05-15")


def test_reclassified_case_takes_the_new_category_deadline(db, app):
    case = stored_case(db, app, "unsure", local(2026, 3, 2, 9))
    assert current(db, case) == "2026-03-16"
    db.execute("UPDATE reports SET category = 'denunciation' WHERE id = ?", [case])
    deadlines.reclassify(db, app.config, case, by="lan")
    assert current(db, case) == "2026-03-11"
    assert events(db, case)[-1] == ("reclassified", "2026-03-16", "2026-03-11")


def test_a_move_joins_the_callers_transaction(db, app):
    case = stored_case(db, app, "complaint", local(2026, 3, 2, 9))
    with pytest.raises(RuntimeError), write_transaction(db):
        deadlines.record_acceptance(db, app.config, case, D(2026, 3, 5))
        raise RuntimeError("the status change failed")
    assert current(db, case) == "2026-03-12" and len(events(db, case)) == 1


def test_extension_tells_the_citizen_inside_the_24h_window(chat, db, app):
    with time_machine.travel(local(2026, 3, 2, 9, 0), tick=False):
        at_moment(chat, local(2026, 3, 2, 9, 0))
        run_script(chat, "denunciation")
        report_id, code = db.execute("SELECT id, code FROM reports").fetchone()
        deadlines.record_acceptance(db, app.config, report_id, D(2026, 3, 3))
        deadlines.extend(db, app.config, report_id, 30, "cần xác minh thêm")
    told = chat.replies()
    extended = deadlines.EXTENDED_TEXT.format(code=code, deadline="04/05/2026", reason="cần xác minh thêm")
    assert told[-1][0].startswith(extended.split("\n")[0])  # 02/05 is a Saturday: Art. 148
    with time_machine.travel(local(2026, 3, 5, 9, 0), tick=False):  # 48 h later: no automated message
        deadlines.mark_complex(db, app.config, report_id)
        assert deadlines.tell_citizen(db, dict(id=report_id, psid=chat.psid), "x") is False
    assert chat.replies() == []


def test_confirmation_message_and_console_show_the_same_date(chat, db, runner):
    with time_machine.travel(local(2026, 2, 13, 10, 0), tick=False):
        at_moment(chat, local(2026, 2, 13, 10, 0))
        last = run_script(chat, "feedback")
    text = last[-1][0]
    code = re.search(r"AQ-\d{4}-\d{5}", text).group()
    assert DEADLINE_LINES["answer"].format(deadline="06/03/2026") in text
    shown = json.loads(runner("console", "show", code, "--json").output)
    assert shown["deadline"] == "2026-03-06" and f"{STAGE_NAMES['answer']}: 06/03/2026" in shown["summary"]
    moves = json.loads(runner("deadline", "show", code, "--json").output)
    assert moves["history"][0]["event"] == "received" and moves["history"][0]["new_deadline"] == "2026-03-06"


def test_deadline_commands(chat, db, runner):
    with time_machine.travel(local(2026, 3, 2, 9, 0), tick=False):
        at_moment(chat, local(2026, 3, 2, 9, 0))
        code = re.search(r"AQ-\d{4}-\d{5}", run_script(chat, "complaint")[-1][0]).group()
    assert "hạn mới 01/04/2026" in runner("deadline", "accept", code, "--date", "02/03/2026").output
    assert "hạn mới 16/04/2026" in runner("deadline", "complex", code).output
    refused = runner("deadline", "extend", code, "10", "--reason", "thêm")
    assert refused.exit_code == 1 and "không được gia hạn" in refused.output
    assert runner("deadline", "show", "AQ-2026-99999").exit_code == 1


def test_console_acceptance_starts_the_resolution_period(chat, db, runner):
    """The console's status workflow runs duty's hook: `accepted` moves the deadline, logged."""
    with time_machine.travel(local(2026, 3, 2, 9, 0), tick=False):
        at_moment(chat, local(2026, 3, 2, 9, 0))
        code = re.search(r"AQ-\d{4}-\d{5}", run_script(chat, "complaint")[-1][0]).group()
    with time_machine.travel(local(2026, 3, 5, 10, 0), tick=False):
        changed = runner("console", "status", code, "accepted", "--note", "Đủ điều kiện thụ lý")
    assert changed.exit_code == 0, changed.output
    moves = json.loads(runner("deadline", "show", code, "--json").output)
    assert moves["deadline"] == "2026-04-06"  # 05/03 + 30 = 04/04, a Saturday
    assert [m["event"] for m in moves["history"]] == ["received", "accepted"]
    assert json.loads(runner("console", "show", code, "--json").output)["deadline"] == "2026-04-06"
