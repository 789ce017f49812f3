"""A digest read in a minute. Each section lists at most DIGEST_SECTION_LIMIT cases, the
most urgent first, then "… và N hồ sơ khác" with the console link; in the text, the e-mail and --json."""

import json

import pytest
import time_machine
from duty_fixtures import add_officer, local

from casework import texts
from casework.digest import build_digest, digest_text, send_digest
from casework.hotline import Call, record_call
from casework.mailer import send_due_emails
from storage import write_transaction

LIMIT, PUBLIC_URL = 3, "https://pakn.example.vn"
OVERDUE_LINK = PUBLIC_URL + "/console/?overdue=1"


@pytest.fixture
def capped(app, monkeypatch):
    """The app's and the CLI's configuration both cap sections at LIMIT with absolute links."""
    app.config.update(DIGEST_SECTION_LIMIT=LIMIT, PUBLIC_URL=PUBLIC_URL)
    monkeypatch.setenv("DIGEST_SECTION_LIMIT", str(LIMIT))
    monkeypatch.setenv("PUBLIC_URL", PUBLIC_URL)
    return app.config


@pytest.fixture
def overdue_cases(db, capped):
    """Eight cases filed by hotline on 02/02/2026, all overdue by 04/03; two urgent ones have the
    latest deadlines, so 'most urgent first' cannot come from the deadline order alone."""
    officer_id = add_officer(db, "tuan", email="tuan@aiquoc.example")
    officer = next(db.query("SELECT * FROM officers WHERE id = ?", [officer_id]))
    codes = []
    with time_machine.travel(local(2026, 2, 2, 9, 0), tick=False):
        for number in range(8):
            call = Call("feedback", "digital_transformation", f"Việc số {number} ở tổ dân phố 3", urgent=number >= 6)
            codes.append(record_call(db, capped, call, officer)[1])
    with write_transaction(db):
        for number, code in enumerate(codes):  # deadlines 10/02 … 17/02, in filing order
            db.execute("UPDATE reports SET deadline = ? WHERE code = ?", [f"2026-02-{10 + number:02d}", code])
    return codes


def test_each_section_lists_the_most_urgent_then_a_count_and_the_console_link(db, capped, overdue_cases):
    with time_machine.travel(local(2026, 3, 4, 8, 0), tick=False):
        digest = build_digest(db, capped)
    urgent, first_due = overdue_cases[6:], overdue_cases[:1]
    assert [item["code"] for item in digest["overdue"]] == urgent + first_due
    assert (digest["counts"]["overdue"], digest["shown"]["overdue"], digest["more"]["overdue"]) == (8, 3, 5)
    assert digest["links"]["overdue"] == OVERDUE_LINK
    text = digest_text(digest)
    assert "Quá hạn (8):" in text
    assert texts.DIGEST_MORE.format(count=5, link=OVERDUE_LINK) in text
    assert {code for code in overdue_cases if code in text} == {*urgent, *first_due}  # the rest: a count


def test_a_section_under_the_cap_has_no_more_line(db, capped, overdue_cases):
    capped["DIGEST_SECTION_LIMIT"] = 8
    with time_machine.travel(local(2026, 3, 4, 8, 0), tick=False):
        digest = build_digest(db, capped)
    assert digest["more"]["overdue"] == 0 and len(digest["overdue"]) == 8
    assert "hồ sơ khác" not in digest_text(digest)


def test_the_email_and_the_json_are_capped_the_same_way(db, capped, overdue_cases, smtp_server, runner):
    with time_machine.travel(local(2026, 3, 4, 8, 0), tick=False):
        assert send_digest(db, capped)["status"] == "sent"
        send_due_emails(db, capped)
        data = json.loads(runner("digest", "--json").output)
    (mail,) = smtp_server.messages
    assert texts.DIGEST_MORE.format(count=5, link=OVERDUE_LINK) in mail.get_content()
    assert len(data["overdue"]) == LIMIT and data["counts"]["overdue"] == 8
    assert data["more"] == {name: data["counts"][name] - len(data[name]) for name in data["counts"]}
    assert data["links"]["overdue"] == OVERDUE_LINK
