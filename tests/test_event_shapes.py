"""Messenger as it really arrives: Meta's documented payloads, through the real server.

Each kind is posted signed, as Meta sends it (non-ASCII as \\u escapes), three ways: alone, the
same body twice (a redelivery), and batched with broken events and another citizen's message.
Each way must store what the kind is, answer the citizen as the kind deserves, and lose nothing
else of the batch: never a 5xx.
"""

import copy
import json
import os
import time
import uuid

import pytest
import requests
from live import wait_until
from messenger_support import APP_SECRET, PAGE_ID, LiveCitizen
from scripts import to_content

from bot import texts
from messenger.signature import sign
from storage import connect

pytestmark = pytest.mark.slow
EVENTS = json.load(open(os.path.join(os.path.dirname(__file__), "data", "events.json"), encoding="utf-8"))[
    "messaging_events"
]
LONE = "\ud83d"  # half an emoji, as a client library cut it
# Events that can never be stored: not an object, no sender, a timestamp that is not a number.
BROKEN = [
    "not an event",
    {"recipient": {"id": PAGE_ID}, "timestamp": 1, "message": {"text": "ai gửi?"}},
    {
        "sender": {"id": "broken-1"},
        "recipient": {"id": PAGE_ID},
        "timestamp": "hôm qua",
        "message": {"mid": "m_broken", "text": "x"},
    },
]


def meta(name, psid, **changes):
    """Meta's documented event `name` from this citizen, with its own mid and the current time."""
    event = copy.deepcopy(EVENTS[name])
    event["sender"]["id"] = psid
    for part in (event.get("message"), event.get("postback")):
        if isinstance(part, dict) and "mid" in part:
            part["mid"] = f"{part['mid']}_{uuid.uuid4().hex[:10]}"
    if "timestamp" in event:
        event["timestamp"] = int(time.time() * 1000)
    for key, value in changes.items():
        event[key] = value
    return event


def deliver(server, *events):
    """One signed delivery, all events in one entry, escaped as Meta escapes them (ensure_ascii)."""
    body = json.dumps(
        {"object": "page", "entry": [{"id": PAGE_ID, "time": int(time.time() * 1000), "messaging": list(events)}]}
    ).encode()
    response = requests.post(
        server.url + "/webhook",
        data=body,
        timeout=10,
        headers={"Content-Type": "application/json", "X-Hub-Signature-256": sign(APP_SECRET, body)},
    )
    assert response.status_code == 200, response.text
    return response.json()


def db_of(server):
    return connect(server.env["DATABASE_PATH"])


def at_content_step(citizen):
    to_content(citizen, field="technology")


def at_menu(citizen):
    citizen.send(citizen.m.postback(citizen.psid))


def new_citizen(citizen):
    """Nothing before: the event is the citizen's first."""


def thread_of(server, psid):
    return [
        r["text"]
        for r in db_of(server).query(
            "SELECT text FROM messages WHERE psid = ? AND direction = 'in' ORDER BY id", [psid]
        )
    ]


def stored_events(server, psid, kind):
    return list(db_of(server).query("SELECT * FROM inbound_events WHERE psid = ? AND kind = ?", [psid, kind]))


# Each kind: (how to bring the citizen there, the event, what must hold after it).
def text_with_lone_surrogate(psid, _graph):
    message = {"mid": f"m_T_{uuid.uuid4().hex[:10]}", "text": "Xin chào " + LONE}
    return meta("text", psid, message=message)


def check_text(server, citizen, replies):
    assert replies == [(texts.REASK["content_kept"], ["CONTENT_DONE", "CMD_BACK", "CMD_CANCEL"])]
    assert thread_of(server, citizen.psid)[-1] == "Xin chào \ufffd"
    (row,) = stored_events(server, citizen.psid, "text")[-1:]
    assert json.loads(row["body"])["message"]["text"] == "Xin chào \ufffd"


def postback_with_lone_surrogate_and_no_mid(psid, _graph):
    return meta("postback_get_started", psid, postback={"title": "B" + LONE + "t đầu", "payload": "GET_STARTED"})


def check_postback(server, citizen, replies):
    assert len(replies) == 1 and "MENU_REPORT" in replies[0][1]  # the welcome and its menu
    (row,) = stored_events(server, citizen.psid, "postback")
    assert row["event_key"].startswith("sha256:") and "\ufffd" in json.loads(row["body"])["postback"]["title"]


def receipt(kind):
    def build(psid, _graph):
        event = meta(kind, psid)
        del event["timestamp"]  # as Meta documents message_deliveries and message_reads
        event[kind]["watermark"] = int(time.time() * 1000)
        return event

    return build


def check_receipt(kind):
    def check(server, citizen, replies):
        assert replies == []  # a receipt is never answered
        (row,) = stored_events(server, citizen.psid, kind)
        assert row["status"] == "done" and row["timestamp"] == json.loads(row["body"])[kind]["watermark"]
        assert f"skipped a {kind} event" not in server.log_text()

    return check


def like(attachment_type):
    """Meta's thumbs-up: a sticker whose picture comes as an attachment (`image` in real deliveries)."""

    def build(psid, graph):
        event = meta("sticker_like", psid)
        event["message"]["attachments"][0]["type"] = attachment_type
        event["message"]["attachments"][0]["payload"]["url"] = graph.url + "/cdn/like.png"
        return event

    return build


def check_like(server, citizen, replies):
    assert len(replies) == 1 and replies[0][0].startswith(texts.REASK["not_content"])
    assert thread_of(server, citizen.psid)[-1] == texts.LIKE_SHOWN
    assert db_of(server).execute("SELECT count(*) FROM attachments WHERE psid = ?", [citizen.psid]).fetchone()[0] == 0
    assert citizen.tap("CONTENT_DONE")[0][0].startswith(texts.REASK["empty_content"])  # 👍 is no report


def shared_link(psid, _graph):
    return meta("fallback_shared_link", psid)


def check_link(server, citizen, replies):
    assert replies == [(texts.REASK["content_kept"], ["CONTENT_DONE", "CMD_BACK", "CMD_CANCEL"])]
    shown = thread_of(server, citizen.psid)[-1]
    assert "https://example.vn/bai-viet" in shown and "Bài viết" in shown
    assert citizen.tap("CONTENT_DONE")[0][0] == texts.ASK["place_time"]  # it counted as content


def location(psid, _graph):
    """Meta's documented location attachment (no copy in events.json)."""
    message = {
        "mid": f"m_LOC_{uuid.uuid4().hex[:10]}",
        "attachments": [
            {
                "type": "location",
                "title": "Vị trí",
                "url": "https://l.facebook.com/l.php?u=maps",
                "payload": {"coordinates": {"lat": 20.844912, "long": 106.688084}},
            }
        ],
    }
    return meta("text", psid, message=message)


def check_location(server, citizen, replies):
    assert replies == [(texts.REASK["content_kept"], ["CONTENT_DONE", "CMD_BACK", "CMD_CANCEL"])]
    assert thread_of(server, citizen.psid)[-1] == texts.SHARED_LOCATION.format(
        lat="20.844912", long="106.688084", map_url=texts.MAP_URL.format(lat="20.844912", long="106.688084")
    )
    assert citizen.tap("CONTENT_DONE")[0][0] == texts.ASK["place_time"]


def photo_before_any_report(psid, graph):
    event = meta("image", psid)
    event["message"]["attachments"][0]["payload"]["url"] = f"{graph.url}/cdn/truoc-{psid}.png"
    return event


def check_photo(server, citizen, replies):
    assert len(replies) == 1  # the menu again: no report is open
    db = db_of(server)
    wait_until(
        lambda: db.execute("SELECT status FROM attachments WHERE psid = ?", [citizen.psid]).fetchone() == ("stored",),
        what="the photo downloaded at once",
    )
    (path,) = db.execute("SELECT path FROM attachments WHERE psid = ?", [citizen.psid]).fetchone()
    assert open(path, "rb").read().startswith(b"\x89PNG")


KINDS = {
    "text with a lone surrogate": (at_content_step, text_with_lone_surrogate, check_text),
    "postback with a lone surrogate, no mid": (new_citizen, postback_with_lone_surrogate_and_no_mid, check_postback),
    "delivery without timestamp": (at_menu, receipt("delivery"), check_receipt("delivery")),
    "read without timestamp": (at_menu, receipt("read"), check_receipt("read")),
    "like (sticker attachment)": (at_content_step, like("sticker"), check_like),
    "like (image attachment)": (at_content_step, like("image"), check_like),
    "shared link": (at_content_step, shared_link, check_link),
    "location": (at_content_step, location, check_location),
    "photo before any report": (at_menu, photo_before_any_report, check_photo),
}


@pytest.fixture(scope="module")
def server(live_bot):
    live_bot.log_text = lambda: open(
        live_bot.env["DATABASE_PATH"].replace("bot.db", "server.log"), encoding="utf-8", errors="replace"
    ).read()
    return live_bot


@pytest.mark.parametrize("how", ["alone", "twice", "batched"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_alone_twice_and_batched_with_broken_events(kind, how, server, live_graph, messenger):
    setup, build, check = KINDS[kind]
    tag = uuid.uuid4().hex[:8]
    citizen = LiveCitizen(server, live_graph, messenger, f"shape-{tag}")
    setup(citizen)
    citizen.replies()
    event = build(citizen.psid, live_graph)
    if how == "batched":
        neighbour = LiveCitizen(server, live_graph, messenger, f"neighbour-{tag}")
        answer = deliver(server, *BROKEN, event, meta("text", neighbour.psid))
        assert answer["refused"] == len(BROKEN) and answer["new"] == 2
        assert len(neighbour.replies()) == 1  # the other citizen's message, in the same delivery, answered
    else:
        assert deliver(server, event)["new"] == 1
        if how == "twice":
            assert deliver(server, event)["new"] == 0  # Meta's redelivery changes nothing
    check(server, citizen, citizen.replies())


@pytest.mark.parametrize("half_emoji", [b"\\ud83d", b"\xed\xa0\xbd"], ids=["escaped", "raw bytes"])
def test_a_raw_body_with_a_lone_surrogate_is_stored_never_a_500(half_emoji, server, live_graph, messenger):
    """A body that once got a 500, byte for byte as a PHP library sent it; and the same surrogate written
    out in bytes (CESU-8), which Python's json module also lets through."""
    psid = f"raw-{uuid.uuid4().hex[:8]}"
    body = (
        (
            '{"object":"page","entry":[{"id":"%s","time":1,"messaging":[{"sender":{"id":"%s"},'
            '"recipient":{"id":"%s"},"timestamp":%d,"message":{"mid":"m_%s","text":"Xin ch\\u00e0o HALF"}}]}]}'
            % (PAGE_ID, psid, PAGE_ID, int(time.time() * 1000), psid)
        )
        .encode()
        .replace(b"HALF", half_emoji)
    )
    response = requests.post(
        server.url + "/webhook",
        data=body,
        timeout=10,
        headers={"Content-Type": "application/json", "X-Hub-Signature-256": sign(APP_SECRET, body)},
    )
    assert response.status_code == 200 and response.json()["new"] == 1
    assert len(LiveCitizen(server, live_graph, messenger, psid).replies()) == 1
    assert thread_of(server, psid) == ["Xin chào \ufffd"]


def test_the_standins_ids_never_repeat_across_a_restart(tmp_path, messenger):
    """The sandbox's stand-in after a restart: the echo of a new reply is a new event, and settles
    its reply, instead of being taken for the echo of an older one (`m_bot_1` again)."""
    from sandbox_server import SandboxServer

    from core.config import SANDBOX_APP_SECRET

    server = SandboxServer(tmp_path / "sandbox").start()
    messenger.secret = SANDBOX_APP_SECRET
    db = db_of(server)

    def settled_by_echoes(psid):
        replies = db.execute("SELECT count(*) FROM outbox WHERE psid = ?", [psid]).fetchone()[0]
        sent = db.execute("SELECT count(*) FROM outbox WHERE status = 'sent'").fetchone()[0]
        echoes = db.execute("SELECT count(*) FROM inbound_events WHERE kind = 'echo' AND status = 'done'").fetchone()[0]
        return replies > 0 and sent == echoes == db.execute("SELECT count(*) FROM outbox").fetchone()[0]

    try:
        for run, psid in enumerate(("restart-1", "restart-2")):
            if run:
                server.kill()
                server.start()
            body = messenger.body(messenger.postback(psid))
            assert (
                requests.post(
                    server.url + "/webhook", data=body, headers=messenger.headers(body), timeout=10
                ).status_code
                == 200
            )
            wait_until(lambda: settled_by_echoes(psid), what=f"every reply of run {run + 1} settled by its own echo")
        ids = [row[0] for row in db.execute("SELECT graph_message_id FROM outbox ORDER BY id")]
        assert len(ids) == len(set(ids)) == 2 and all(ids)
    finally:
        server.stop()


def test_files_sent_before_and_during_a_report_are_downloaded_and_join_the_case(server, live_graph, messenger):
    """A photo before the report is started (it starts one, though the menu's button is tapped after it)
    and a file at a question that wants words: both fetched at once, each acknowledged in one line, and
    both in the case when it is filed."""
    from sandbox_server import console_json
    from scripts import CODE

    citizen = LiveCitizen(server, live_graph, messenger, f"files-{uuid.uuid4().hex[:8]}")
    at_menu(citizen)
    before, during = (f"{live_graph.url}/cdn/{name}-{citizen.psid}.png" for name in ("truoc", "giua"))
    assert citizen.send(messenger.attachment(citizen.psid, "image", url=before))[0][0].startswith(
        texts.FILES_FIRST.format(received="Đã nhận 1 ảnh.")
    )
    assert texts.REASK["choice"] not in citizen.tap("MENU_REPORT")[0][0]  # the menu still on screen
    for payload in ("CATEGORY_FEEDBACK", "FIELD_TECHNOLOGY"):
        citizen.tap(payload)
    citizen.say("Đèn đường trước nhà văn hóa tổ 3 hỏng một tuần nay")
    citizen.tap("CONTENT_DONE")
    assert citizen.send(messenger.attachment(citizen.psid, "file", url=during))[0][0].startswith(
        texts.FILES_FOR_DRAFT.format(received="Đã nhận 1 tệp.")
    )
    for payload in ("SKIP", "CONSENT_NO"):
        citizen.tap(payload)
    code = CODE.search(citizen.tap("SUBMIT")[-1][0]).group()
    db = db_of(server)
    wait_until(
        lambda: (
            db.execute(
                "SELECT count(*) FROM attachments WHERE psid = ? AND status = 'stored'", [citizen.psid]
            ).fetchone()[0]
            == 2
        ),
        what="both files downloaded",
    )
    case = console_json(server, "show", code)
    assert sorted(a["url"] for a in case["attachments"]) == sorted([before, during])
