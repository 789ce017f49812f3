"""The migrations that give each ward its own conversations and duty tables, on a database that
already holds conversations, a calendar, a roster and templates: nothing is lost, and what existed
applies as before (single ward: page NULL / '')."""

import datetime as dt

from storage import connect, write_transaction
from storage.answer_templates import list_templates
from storage.calendar_days import calendar_overrides
from storage.conversations import load_conversation
from storage.migrations import migrations
from storage.reports import create_report

PAGE_B = "222000222"


def test_existing_rows_survive_and_take_their_ward(tmp_path):
    db = connect(str(tmp_path / "old.db"))
    migrations.apply(db, stop_before="m013_conversations_by_page")
    with write_transaction(db):
        create_report(
            db,
            "filed-on-b",
            {"category": "feedback", "field": "other", "content": "x"},
            "LC-2026-00001",
            dt.date(2026, 12, 20),
            "2026-12-01T08:00:00+00:00",
            page_id=PAGE_B,
        )
        for psid, step in (("filed-on-b", "menu"), ("drafting", "content")):
            db.execute(
                "INSERT INTO conversations (psid, step, draft, updated_at) VALUES (?, ?, '{\"a\": 1}', 'now')",
                [psid, step],
            )
        db.execute("INSERT INTO calendar_days (day, kind, note, created_at) VALUES ('2026-12-24', 'off', 'x', 'now')")
    (templates_before,) = db.execute("SELECT count(*) FROM answer_templates").fetchone()
    migrations.apply(db)
    assert load_conversation(db, "filed-on-b", PAGE_B)["step"] == "menu"  # the page of its case
    assert load_conversation(db, "drafting")["draft"] == {"a": 1}  # no case yet: the single ward's
    assert load_conversation(db, "filed-on-b")["step"] is None  # not another page's
    assert calendar_overrides(db) == calendar_overrides(db, PAGE_B) == {dt.date(2026, 12, 24): "off"}
    assert len(list_templates(db)) == len(list_templates(db, PAGE_B)) == templates_before > 0
