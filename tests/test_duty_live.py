"""`python -m bot serve` runs the duty loops: the daily digest at DIGEST_TIME and the e-mail queue,
delivered to a real SMTP server; an urgent report reaches it at once, whatever the hour."""

import datetime as dt
import zoneinfo

import pytest
from aiosmtpd.controller import Controller
from duty_fixtures import Inbox
from live import BotServer, GraphStandin, free_port, wait_until
from messenger_support import APP_SECRET, LiveCitizen, Messenger
from scripts import to_consent

from storage import connect, write_transaction
from storage.calendar_days import set_calendar_day
from storage.duty_roster import set_roster
from storage.migrations import apply_migrations
from storage.officers import create_officer

pytestmark = pytest.mark.slow


@pytest.fixture
def inbox():
    handler, port = Inbox(), free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    handler.port = port
    yield handler
    controller.stop()


def subjects(inbox):
    with inbox.changed:
        return [m["Subject"] for m in inbox.messages]


def test_serve_sends_the_digest_and_urgent_notices_by_email(tmp_path, inbox):
    db = connect(str(tmp_path / "bot.db"))
    apply_migrations(db)
    today = dt.datetime.now(zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")).date()
    with write_transaction(db):
        officer = create_officer(db, "lan", "a-long-password", email="lan@aiquoc.example")
        set_roster(db, "default", [officer])
        set_calendar_day(db, today, "workday", "so that the test runs on any day")
    graph = GraphStandin()
    server = BotServer(
        tmp_path,
        graph.url,
        APP_SECRET,
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=inbox.port,
        SMTP_SECURITY="none",
        DIGEST_TIME="00:00",
    ).start()
    try:
        wait_until(lambda: any("Bản tin" in s for s in subjects(inbox)), timeout=60, what="the digest e-mail")
        assert db.execute("SELECT day FROM digests").fetchall() == [(today.isoformat(),)]
        citizen = LiveCitizen(server, graph, Messenger(), "live-urgent")
        to_consent(citizen, content="Có kẻ lừa đảo mạo danh phường thu tiền")
        citizen.tap("CONSENT_NO")
        citizen.tap("SUBMIT")
        wait_until(lambda: any("[KHẨN]" in s for s in subjects(inbox)), timeout=30, what="the urgent notice")
        assert len([s for s in subjects(inbox) if "Bản tin" in s]) == 1
    finally:
        server.stop()
        graph.close()
        db.conn.close()
