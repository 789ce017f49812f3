"""The ward's Zalo OA through the real server (`python -m bot serve`, waitress, the worker process) and
the Zalo stand-in on its own port: what the issue's "done when" lists, end to end, with the console in
real Chromium. The window's days are moved by moving the citizen's last message back in the database
(the server runs in another process: its clock cannot be travelled)."""

import datetime as dt
import html
import re
import time

import pytest
import requests
from live import wait_until
from sandbox_server import console_json, run_bot
from scripts import run_script
from zalo_support import OA_ID, LiveZaloCitizen, Zalo, zalo_settings

from console.texts import CHANNEL_NAMES, OA_INBOX_AUTHOR, REPLY_NOT_SENT_ZALO, WINDOW
from storage import connect

pytestmark = pytest.mark.slow
CODE = re.compile(r"AQ-\d{4}-\d{5}")
PASSWORD = "mat-khau-cua-can-bo-tuan"


@pytest.fixture(scope="module")
def zalo_standin_live():
    from live import ZaloStandin

    standin = ZaloStandin(oa_id=OA_ID)
    yield standin
    standin.close()


@pytest.fixture(scope="module")
def zalo_bot(tmp_path_factory, live_graph, zalo_standin_live):
    from live import BotServer
    from messenger_support import APP_SECRET

    server = BotServer(
        tmp_path_factory.mktemp("zalo-live"),
        live_graph.url,
        APP_SECRET,
        COOKIE_SECURE="0",  # plain http here: the console's cookie must travel with requests too
        **zalo_settings(zalo_standin_live.url),
    ).start()
    run_bot(server, "officer", "add", "tuan", "--role", "officer", input=PASSWORD + "\n")
    yield server
    server.stop()


@pytest.fixture
def citizen(zalo_bot, zalo_standin_live):
    def make(user):
        return LiveZaloCitizen(zalo_bot, zalo_standin_live, Zalo(), user)

    return make


def events_stored(server):
    db = connect(server.env["DATABASE_PATH"])
    try:
        return db.execute("SELECT count(*) FROM inbound_events").fetchone()[0]
    finally:
        db.conn.close()


def last_wrote(server, psid, ago):
    """The citizen's last message `ago` in the past (what the window counts from)."""
    db = connect(server.env["DATABASE_PATH"])
    try:
        ms = int((time.time() - ago.total_seconds()) * 1000)
        db.execute("UPDATE conversations SET last_inbound_ms = ? WHERE psid = ?", [ms, psid])
    finally:
        db.conn.close()


def test_a_signed_zalo_report_becomes_a_case_and_the_reply_reaches_zalo_with_the_token_header(
    zalo_bot, zalo_standin_live, citizen
):
    person = citizen("9300000000000000001")
    last = run_script(person, "petition")
    code = CODE.search(last[-1][0]).group()
    case = console_json(zalo_bot, "show", code)
    assert (case["psid"], case["category"], case["citizen"]["phone"]) == (person.psid, "petition", "+84913456789")
    assert case["channel"] == "zalo"
    sent = zalo_standin_live.state.messages_to(person.user)
    assert sent and all(m["access_token"] == "zalo-access-1" for m in sent)  # the header Zalo reads
    assert code in sent[-1]["message"]["text"]


def test_an_unsigned_or_mis_signed_event_is_refused_with_nothing_stored(zalo_bot):
    zalo = Zalo()
    before = events_stored(zalo_bot)
    event = zalo.text("9300000000000000002", "Xin chào")
    body = zalo.body(event)
    for headers in ({}, zalo.headers(event, body, secret="wrong"), {"X-ZEvent-Signature": "mac=" + "0" * 64}):
        response = requests.post(zalo_bot.url + "/zalo/webhook", data=body, headers=headers, timeout=10)
        assert response.status_code == 403
    assert events_stored(zalo_bot) == before


def test_a_redelivered_msg_id_has_one_effect(zalo_bot, zalo_standin_live, citizen):
    person = citizen("9300000000000000003")
    event = person.m.text(person.user, "Xin chào")
    for _ in range(3):  # Zalo retries a delivery it thinks failed
        person.post(event)
    assert len(person.replies()) == 1
    db = connect(zalo_bot.env["DATABASE_PATH"])
    try:
        assert db.execute(
            "SELECT count(*) FROM messages WHERE psid = ? AND direction = 'in'", [person.psid]
        ).fetchone() == (1,)
    finally:
        db.conn.close()


def test_an_officers_reply_within_48_hours_goes_and_after_7_days_is_refused_with_call_them(
    zalo_bot, zalo_standin_live, citizen
):
    person = citizen("9300000000000000004")
    code = CODE.search(run_script(person, "petition")[-1][0]).group()
    before = len(zalo_standin_live.state.messages_to(person.user))
    last_wrote(zalo_bot, person.psid, dt.timedelta(hours=40))
    run_bot(zalo_bot, "console", "reply", code, "Phường đã ghi nhận, sẽ trả lời trong tuần.", "--as", "tuan")
    zalo_bot.settle()
    wait_until(lambda: len(zalo_standin_live.state.messages_to(person.user)) == before + 1, what="the answer at Zalo")
    assert zalo_standin_live.state.messages_to(person.user)[-1]["message"]["text"].startswith("Phường đã ghi nhận")

    last_wrote(zalo_bot, person.psid, dt.timedelta(days=8))
    session = requests.Session()
    login_page = session.get(zalo_bot.url + "/console/login", timeout=10).text
    token = re.search(r'name="csrf_token" value="([^"]+)"', login_page).group(1)
    session.post(
        zalo_bot.url + "/console/login",
        data={"csrf_token": token, "username": "tuan", "password": PASSWORD},
        timeout=10,
    )
    page = session.get(f"{zalo_bot.url}/console/cases/{code}", timeout=10).text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    answered = session.post(
        f"{zalo_bot.url}/console/cases/{code}/reply",
        data={"csrf_token": token, "text": "Mời anh đến phường."},
        timeout=10,
    )
    shown = html.unescape(answered.text)
    assert REPLY_NOT_SENT_ZALO.split("{")[0] in shown and "0913 456 789" in shown
    assert WINDOW["zalo_closed"].split("(")[0] in shown
    zalo_bot.settle()
    assert len(zalo_standin_live.state.messages_to(person.user)) == before + 1  # nothing more went out


def test_a_staff_message_typed_in_the_oa_inbox_pauses_the_bot(zalo_bot, zalo_standin_live, citizen):
    person = citizen("9300000000000000005")
    person.say("Xin chào")
    assert person.send(person.m.oa_text(person.user, "Chào chị, em là cán bộ phường ạ.", admin_id="55501")) == []
    assert person.say("Em ơi wifi nhà văn hóa hỏng") == []  # a person is talking: the bot is quiet
    (open_handoff,) = [h for h in console_json(zalo_bot, "handoffs") if h["psid"] == person.psid]
    texts_in = [m["text"] for m in open_handoff["messages"]]
    assert "Em ơi wifi nhà văn hóa hỏng" in texts_in


def test_user_withdraw_erases(zalo_bot, citizen):
    person = citizen("9300000000000000006")
    code = CODE.search(run_script(person, "feedback")[-1][0]).group()
    person.send(person.m.withdraw(person.user))
    case = console_json(zalo_bot, "show", code)
    assert case["psid"] != person.psid and case["citizen"]["name"] is None
    db = connect(zalo_bot.env["DATABASE_PATH"])
    try:
        assert db.execute("SELECT count(*) FROM conversations WHERE psid = ?", [person.psid]).fetchone() == (0,)
        assert db.execute("SELECT source, kind FROM data_requests WHERE source = 'zalo'").fetchall() == [
            ("zalo", "delete")
        ]
    finally:
        db.conn.close()


def test_the_console_shows_the_channel_on_cases_and_conversations(zalo_bot, citizen, browser):
    person = citizen("9300000000000000007")
    code = CODE.search(run_script(person, "feedback")[-1][0]).group()
    person.send(person.m.oa_text(person.user, "Cán bộ phường đây ạ.", admin_id="55502"))
    page = browser.new_context(locale="vi-VN").new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(zalo_bot.url + "/console/")
    page.fill("input[name=username]", "tuan")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Đăng nhập')")
    row = page.locator("tr", has_text=code)
    assert CHANNEL_NAMES["zalo"] in row.inner_text()
    row.locator("a").first.click()
    assert f"kênh {CHANNEL_NAMES['zalo']}" in page.inner_text(".case-head")
    assert OA_INBOX_AUTHOR in page.inner_text(".thread")
    page.click("a:has-text('Trò chuyện')")
    assert CHANNEL_NAMES["zalo"] in page.inner_text("#conversation-rows")
    assert errors == []
