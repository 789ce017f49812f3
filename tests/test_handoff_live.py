"""Handoffs through the real server (`python -m bot serve`, waitress) and the Graph stand-in: a citizen
taps "Gặp cán bộ", the duty officer is told at once, the conversation is in the console, the bot keeps
quiet, the officer answers and closes, the bot answers again; then the same with Meta's Page inbox
holding the thread (pass / take thread control at the stand-in, standby events, the inbox's echoes)."""

import json

import pytest
import requests
from console_support import CSRF
from live import wait_until
from messenger_support import APP_SECRET, PAGE_ID, LiveCitizen, Messenger

from bot import texts
from casework.handoff_notice import BODY
from sandbox.standin_handover import PAGE_INBOX_APP_ID, PRIMARY_APP_ID
from storage import connect, write_transaction
from storage.duty_roster import new_link_code, set_roster
from storage.officers import create_officer

pytestmark = pytest.mark.slow
PASSWORD = "mat-khau-cua-can-bo-lan"
FIRST_SENTENCE = texts.HANDOFF_OPENED.split(".")[0]
DIGEST_HEADLINE = "Bản tin tiếp nhận phản ánh, kiến nghị ngày"  # casework/digest.py: digest_text


@pytest.fixture
def setup(bot_servers, graph):
    server = bot_servers(graph.url, COOKIE_SECURE="0")  # plain http here
    graph.state.send_echoes_to(server.url + "/webhook", APP_SECRET)
    db = connect(server.env["DATABASE_PATH"])
    with write_transaction(db):
        officer = create_officer(db, "lan", PASSWORD, full_name="Lê Thị Lan")
        set_roster(db, "default", [officer])
        code = new_link_code(db, officer)
    messenger = Messenger()
    officer_chat = LiveCitizen(server, graph, messenger, "9100")
    officer_chat.say(f"trực {code}")  # the duty officer's Messenger, inside their 24 h window
    yield server, graph, db, messenger, officer_chat
    db.conn.close()


def console_session(server):
    session = requests.Session()
    token = CSRF.search(session.get(server.url + "/console/login").text).group(1)
    response = session.post(
        server.url + "/console/login",
        allow_redirects=False,
        data={"csrf_token": token, "username": "lan", "password": PASSWORD},
    )
    assert response.status_code == 302
    return session


def post_form(session, server, path, data):
    token = CSRF.search(session.get(server.url + "/console/tro-chuyen").text).group(1)
    return session.post(server.url + path, data={"csrf_token": token, **data}, allow_redirects=False)


def thread(session, server, handoff_id):
    return session.get(f"{server.url}/console/tro-chuyen/{handoff_id}/tin-nhan.json").json()["messages"]


def post_standby(citizen, **part):
    event = citizen.m._event(citizen.psid, **part)
    body = json.dumps(
        {"object": "page", "entry": [{"id": PAGE_ID, "time": event["timestamp"], "standby": [event]}]}
    ).encode()
    assert (
        requests.post(
            citizen.server.url + "/webhook", data=body, headers=citizen.m.headers(body), timeout=10
        ).status_code
        == 200
    )


def ask_for_an_officer(server, graph, messenger, officer_chat, psid):
    citizen = LiveCitizen(server, graph, messenger, psid)
    citizen.send(citizen.m.postback(psid))
    (reply,) = citizen.tap("MENU_OFFICER")
    assert reply[0].startswith(FIRST_SENTENCE)
    # The daily digest may reach the officer's Messenger too (after DIGEST_TIME): not a handoff notice.
    notices = [text for text, _ in officer_chat.replies() if not text.startswith(DIGEST_HEADLINE)]
    assert len(notices) == 1 and notices[0].startswith(BODY.split("{")[0]) and psid not in notices[0]
    return citizen


def test_the_officer_answers_from_the_console_and_the_bot_comes_back(setup):
    server, graph, db, messenger, officer_chat = setup
    citizen = ask_for_an_officer(server, graph, messenger, officer_chat, "9201")
    assert graph.state.page_inbox.owner_of("9201") == PAGE_INBOX_APP_ID  # the handoff passed the thread
    console = console_session(server)
    (row,) = console.get(server.url + "/console/tro-chuyen/danh-sach.json").json()["conversations"]

    said = ["Cháu ơi cho bác gặp người thật", "bác không biết dùng máy", "nhà bác ở tổ 3"]
    for text in said:
        assert citizen.say(text) == []  # no bot reply
    assert [m["text"] for m in thread(console, server, row["id"]) if m["direction"] == "in"][-3:] == said

    answer = "Chào bác, cháu là Lan ở phường. Bác cần giúp việc gì ạ?"
    assert post_form(console, server, f"/console/tro-chuyen/{row['id']}/tra-loi", {"text": answer}).status_code == 302
    assert [text for text, _ in citizen.replies()] == [answer]
    assert post_form(console, server, f"/console/tro-chuyen/{row['id']}/ket-thuc", {}).status_code == 302
    assert [text for text, _ in citizen.replies()] == [texts.HANDOFF_ENDED]
    assert graph.state.page_inbox.owner_of("9201") == PRIMARY_APP_ID  # taken back at the stand-in
    assert [call for call, _ in graph.state.page_inbox.calls] == ["pass_thread_control", "take_thread_control"]
    replies = citizen.say("menu")
    assert replies and "MENU_REPORT" in replies[-1][1]  # the bot answers again


def test_the_page_inbox_holds_the_thread_and_passes_it_back(setup):
    server, graph, db, messenger, officer_chat = setup
    citizen = ask_for_an_officer(server, graph, messenger, officer_chat, "9202")
    wait_until(lambda: graph.state.page_inbox.owner_of("9202") == PAGE_INBOX_APP_ID, what="the pass to the inbox")
    console = console_session(server)
    (row,) = console.get(server.url + "/console/tro-chuyen/danh-sach.json").json()["conversations"]

    post_standby(citizen, message={"mid": "m_sb_live_1", "text": "còn ai ở đó không"})
    post_standby(citizen, postback={"title": "Bắt đầu"})  # Meta sends standby postbacks without a payload
    assert citizen.replies() == []

    graph.state.page_inbox.reply("9202", "Chào anh, tôi là cán bộ trực, anh cần gì ạ?")
    wait_until(
        lambda: any(m["who"] == "Cán bộ (hộp thư trang)" for m in thread(console, server, row["id"])),
        what="the inbox's echo in the officer's thread",
    )
    assert [text for text, _ in citizen.replies()] == ["Chào anh, tôi là cán bộ trực, anh cần gì ạ?"]
    texts_in_thread = [m["text"] for m in thread(console, server, row["id"])]
    assert "còn ai ở đó không" in texts_in_thread and "Bắt đầu" in texts_in_thread

    graph.state.page_inbox.pass_back("9202")
    wait_until(
        lambda: db.execute("SELECT status FROM handoffs WHERE id = ?", [row["id"]]).fetchone()[0] == "closed",
        what="the handoff to close",
    )
    assert [text for text, _ in citizen.replies()] == [texts.HANDOFF_ENDED]
    assert "take_thread_control" not in [call for call, _ in graph.state.page_inbox.calls]  # passed back already
    assert db.execute("SELECT first_answer_by FROM handoffs WHERE id = ?", [row["id"]]).fetchone()[0] == "page_inbox"
    replies = citizen.say("menu")
    assert replies and "MENU_REPORT" in replies[-1][1]


def test_the_simulator_plays_the_page_inbox(tmp_path):
    """Sandbox mode (`make run`): the built-in stand-in takes the thread for its Page inbox, the
    simulator then delivers the citizen's messages as standby events, and the inbox can answer
    and pass the thread back."""
    from sandbox_server import SandboxServer

    server = SandboxServer(tmp_path / "sandbox").start()
    standin = server.url + "/graph-standin"

    def send(**action):
        response = requests.post(server.url + "/simulator/api/send", json={"psid": "9401", **action}, timeout=10)
        assert response.status_code == 200, response.text
        server.settle()

    def owner():
        return requests.get(
            f"{standin}/v21.0/me/thread_owner",
            timeout=5,
            params={"recipient": "9401", "access_token": "sandbox-page-token"},
        ).json()

    try:
        send(kind="postback", payload="GET_STARTED", title="Bắt đầu")
        send(kind="quick_reply", payload="MENU_OFFICER", title="Gặp cán bộ")
        wait_until(
            lambda: owner()["data"][0]["thread_owner"]["app_id"] == PAGE_INBOX_APP_ID,
            what="the pass to the stand-in's Page inbox",
        )
        before = len(server.sent_to("9401"))
        send(kind="text", text="alo, có ai không")
        assert len(server.sent_to("9401")) == before  # a standby event: never answered
        requests.post(f"{standin}/_inbox/reply", json={"psid": "9401", "text": "Tôi đây, anh nói đi."}, timeout=5)
        requests.post(f"{standin}/_inbox/pass_back", json={"psid": "9401"}, timeout=5)
        wait_until(
            lambda: server.sent_to("9401")[-1]["message"]["text"] == texts.HANDOFF_ENDED,
            what="the bot to take over again",
        )
        assert [m["message"]["text"] for m in server.sent_to("9401")][before:] == [
            "Tôi đây, anh nói đi.",
            texts.HANDOFF_ENDED,
        ]
    finally:
        server.stop()
