"""Through the real server (`python -m bot serve`, signed webhook bodies, a real SMTP server, the Graph
stand-in): an urgent case filed when nobody is on duty, out of office hours (today is made a day
off, so the test runs the same at any hour), is escalated at once to the ward's leaders; its held
notice goes out when an officer checks in "trực"; a follow-up reaches the case's officer; `console
notices --json` and /healthz tell each notice's status. Then Chromium (/usr/bin/chromium) shows the
urgent badge and "tin mới" in the inbox and on the case page."""

import datetime as dt
import zoneinfo

import pytest
from aiosmtpd.controller import Controller
from duty_fixtures import Inbox
from live import BotServer, GraphStandin, free_port, wait_until
from messenger_support import APP_SECRET, LiveCitizen, Messenger
from sandbox_server import console_json, run_bot
from scripts import CODE, to_consent

from casework import texts
from storage import connect, write_transaction
from storage.calendar_days import set_calendar_day
from storage.duty_roster import new_link_code
from storage.migrations import apply_migrations
from storage.officers import create_officer

pytestmark = pytest.mark.slow
PASSWORD = "mat-khau-cua-can-bo-lan"
# A fraud that is over: an urgent case, not danger now (tests/test_danger.py has that one).
FRAUD = "Tuần trước bà tôi bị lừa đảo qua điện thoại, mất 5 triệu, đề nghị phường cảnh báo người dân"


@pytest.fixture(scope="module")
def ward(tmp_path_factory):
    """The server of a ward whose day is a day off, with two leaders (one address refused) and an
    officer, lan, on no roster: nobody is on duty."""
    tmp_path = tmp_path_factory.mktemp("notices")
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    inbox.refuse.add("pho@aiquoc.example")
    db = connect(str(tmp_path / "bot.db"))
    apply_migrations(db)
    today = dt.datetime.now(zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")).date()
    with write_transaction(db):
        create_officer(db, "chutich", PASSWORD, role="leader", full_name="Chủ tịch", email="chutich@aiquoc.example")
        create_officer(db, "pho", PASSWORD, role="leader", full_name="Phó chủ tịch", email="pho@aiquoc.example")
        lan = create_officer(db, "lan", PASSWORD, full_name="Lan")
        set_calendar_day(db, today, "off", "out of office hours, whatever the hour the test runs")
        set_calendar_day(db, today + dt.timedelta(days=1), "off", "and tomorrow morning too")
    graph = GraphStandin()
    server = BotServer(
        tmp_path, graph.url, APP_SECRET, SMTP_HOST="127.0.0.1", SMTP_PORT=port, SMTP_SECURITY="none"
    ).start()
    yield {"server": server, "graph": graph, "inbox": inbox, "db": db, "lan": lan, "messenger": Messenger()}
    server.stop()
    graph.close()
    controller.stop()
    db.conn.close()


def subjects(inbox):
    with inbox.changed:
        return [(m["To"], m["Subject"]) for m in inbox.messages]


def file_urgent(citizen):
    to_consent(citizen, content=FRAUD)
    citizen.tap("CONSENT_NO")
    return CODE.search(citizen.tap("SUBMIT")[-1][0]).group()


def follow_up(citizen, text):
    replies = citizen.say(text)
    if replies and "ADD_TO_CASE" in replies[-1][1]:
        citizen.tap("ADD_TO_CASE")


def test_nobody_on_duty_the_urgent_case_escalates_and_its_notice_waits_for_the_first_officer_on_duty(ward):
    server, graph, inbox, db = ward["server"], ward["graph"], ward["inbox"], ward["db"]
    citizen = LiveCitizen(server, graph, ward["messenger"], "live-fraud")
    code = file_urgent(citizen)

    def escalated():
        return [to for to, subject in subjects(inbox) if code in subject and subject.startswith("[PAKN] [KHẨN]")]

    assert wait_until(escalated, timeout=60, what="the escalation e-mail") == ["chutich@aiquoc.example"]

    def settled():  # the refused one has failed, and no notice is still on its way to be sent
        health = server.health()
        return health["notices"]["failed"] and not health["notices"]["queued"] and health

    health = wait_until(settled, what="the refused one failed, nothing still queued")
    assert health["notices"] == {"held": 1, "failed": 1, "queued": 0}  # held: the duty notice, for nobody
    actions = db.query("SELECT a.action FROM audit_log a JOIN reports r ON r.id = a.report_id WHERE r.code = ?", [code])
    assert "escalation" in [a["action"] for a in actions]  # recorded on the case

    with write_transaction(db):
        link = new_link_code(db, ward["lan"])
    officer = LiveCitizen(server, graph, ward["messenger"], "officer-lan")
    told = [text for text, _ in officer.say(f"trực {link}")]
    assert told[0].startswith("Đã liên kết")
    assert any(code in t and t.startswith(texts.URGENT_MARK) for t in told[1:])  # the held notice, now

    listed = {(n["kind"], n["officer"]): n for n in console_json(server, "notices") if n["code"] == code}
    assert listed[("urgent", "lan")]["status"] == "sent" and listed[("urgent", "lan")]["messenger"]["status"] == "sent"
    assert listed[("escalation", "chutich")]["status"] == "sent"
    refused = listed[("escalation", "pho")]
    assert refused["status"] == "failed" and refused["reason"] == "carrier_failed" and "550" in refused["detail"]
    assert server.health()["notices"] == {"held": 0, "failed": 1, "queued": 0}

    run_bot(server, "console", "assign", code, "lan")
    follow_up(citizen, "no lai goi nua chau oi, doi chuyen them tien")
    news = [text for text, _ in officer.replies()]
    assert any(t.startswith(texts.URGENT_MARK) and code in t and "gửi thêm" in t for t in news)
    assert "doi chuyen" not in " ".join(news)  # never what the citizen typed
    (row,) = [n for n in console_json(server, "notices", "--status", "sent") if n["kind"] == "follow_up"]
    assert (row["code"], row["officer"], row["urgent"]) == (code, "lan", True)


def test_chromium_shows_the_urgent_badge_and_tin_moi(ward, browser):
    server, graph = ward["server"], ward["graph"]
    citizen = LiveCitizen(server, graph, ward["messenger"], "live-browser")
    code = file_urgent(citizen)
    follow_up(citizen, "gửi thêm: họ vừa gọi lại")
    context = browser.new_context(locale="vi-VN", viewport={"width": 1366, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(server.url + "/console/")
        page.fill("input[name=username]", "lan")
        page.fill("input[name=password]", PASSWORD)
        page.click("button:has-text('Đăng nhập')")
        page.wait_for_selector("h1:has-text('Hộp thư hồ sơ')")
        first = page.locator("table.inbox tbody tr").first
        assert code in first.inner_text()  # the newest open urgent case, first
        assert first.locator(".tag.urgent").inner_text() == texts.URGENT_NAME
        assert first.locator(".tag.unseen").inner_text() == texts.FOLLOW_UP_NAME
        page.check("input[name=urgent]")
        page.click("button:has-text('Lọc')")
        page.wait_for_selector("table.inbox")
        assert all(row.locator(".tag.urgent").count() == 1 for row in page.locator("table.inbox tbody tr").all())
        page.click(f"a:has-text('{code}')")
        page.wait_for_selector(f"h1:has-text('{code}')")
        assert page.locator("h1 .tag.urgent").inner_text() == texts.URGENT_NAME
        assert page.is_visible(".urgent-line")
        page.goto(server.url + "/console/")
        row = page.locator("table.inbox tbody tr", has_text=code)
        assert row.locator(".tag.urgent").count() == 1 and row.locator(".tag.unseen").count() == 0  # read now
    finally:
        context.close()
    assert errors == []
