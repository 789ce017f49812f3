"""`/webhook`: verification, signatures, batches, every event kind Meta sends."""

import copy
import json
import os

import pytest
from messenger_support import APP_SECRET

from messenger.signature import sign
from runtime.worker import process_pending_events

EVENTS_FILE = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "messenger", "events.json")
FIXTURE_COPY = os.path.join(os.path.dirname(__file__), "data", "events.json")


def load_events():
    """Meta-shaped deliveries; the copy in tests/data keeps CI independent of ../shared."""
    path = EVENTS_FILE if os.path.exists(EVENTS_FILE) else FIXTURE_COPY
    with open(path, encoding="utf-8") as f:
        return json.load(f)


EVENTS = load_events()


def post(client, body, secret=APP_SECRET, signature=None):
    if isinstance(body, (dict, list)):
        body = json.dumps(body).encode()
    headers = {"Content-Type": "application/json"}
    if signature is not False:
        headers["X-Hub-Signature-256"] = signature or sign(secret, body)
    return client.post("/webhook", data=body, headers=headers)


def delivery(*events):
    return {"object": "page", "entry": [{"id": "100200300400500", "time": 1, "messaging": list(events)}]}


def stored(db):
    return db.execute("SELECT count(*) FROM inbound_events").fetchone()[0]


@pytest.mark.parametrize(
    "params, status",
    [
        ({"hub.mode": "subscribe", "hub.verify_token": "verify-me", "hub.challenge": "12345"}, 200),
        ({"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "12345"}, 403),
        ({"hub.mode": "unsubscribe", "hub.verify_token": "verify-me", "hub.challenge": "12345"}, 403),
        ({"hub.challenge": "12345"}, 403),
    ],
)
def test_verification_handshake(client, params, status):
    response = client.get("/webhook", query_string=params)
    assert response.status_code == status
    assert (response.data == b"12345") == (status == 200)


@pytest.mark.parametrize(
    "signature", [False, "sha256=" + "0" * 64, "sha1=abc", "garbage", sign("another-secret", b"x")]
)
def test_bad_or_missing_signature_is_rejected_and_nothing_stored(client, db, signature):
    response = post(client, EVENTS["batch_two_citizens"], signature=signature)
    assert response.status_code == 403
    assert stored(db) == 0


def test_signature_covers_the_raw_bytes_with_escaped_unicode(client, db):
    raw = json.dumps(EVENTS["batch_two_citizens"], ensure_ascii=True).encode()
    assert b"\\u00e0" in raw
    assert post(client, raw).status_code == 200
    # The same JSON re-serialised differently no longer matches the signature.
    other = json.dumps(EVENTS["batch_two_citizens"], ensure_ascii=False).encode()
    assert post(client, other, signature=sign(APP_SECRET, raw)).status_code == 403


@pytest.mark.parametrize(
    "body, status",
    [
        (b"{not json", 400),
        (b"", 400),
        (b"\xff\xfe", 400),
        (b"[]", 400),
        (json.dumps({"object": "user", "entry": []}).encode(), 400),
        (json.dumps({"object": "page", "entry": "nope"}).encode(), 200),
        (json.dumps({"object": "page", "entry": [{"messaging": [{"sender": {}, "timestamp": "x"}]}]}).encode(), 200),
    ],
)
def test_malformed_bodies_get_a_clear_4xx_or_are_skipped(client, db, body, status):
    response = post(client, body)
    assert response.status_code == status
    assert response.is_json
    assert stored(db) == 0


def test_oversized_body_is_refused(app, client, db):
    body = json.dumps(
        delivery(
            {
                "sender": {"id": "1"},
                "timestamp": 1,
                "message": {"mid": "m", "text": "x" * app.config["MAX_CONTENT_LENGTH"]},
            }
        )
    ).encode()
    response = post(client, body)
    assert response.status_code == 413
    assert stored(db) == 0


def test_batch_of_entries_and_standby_are_all_stored(client, db):
    body = copy.deepcopy(EVENTS["batch_two_citizens"])
    body["entry"].append(EVENTS["standby_entry"])
    response = post(client, body)
    assert response.status_code == 200 and response.json["new"] == 3
    assert sorted(r[0] for r in db.execute("SELECT psid FROM inbound_events")) == ["7001", "7001", "7002"]


def test_same_delivery_three_times_is_stored_once(client, db):
    for _ in range(3):
        assert post(client, EVENTS["batch_two_citizens"]).status_code == 200
    assert stored(db) == 2


@pytest.mark.parametrize("name", sorted(EVENTS["messaging_events"]))
def test_every_event_kind_is_handled_or_deliberately_ignored(app, client, db, name):
    event = EVENTS["messaging_events"][name]
    assert post(client, delivery(event)).status_code == 200
    process_pending_events(db, app.config)
    status = db.execute("SELECT status, kind FROM inbound_events").fetchone()
    assert status[0] == "done", status
    replies = db.execute("SELECT count(*) FROM outbox").fetchone()[0]
    answered = {
        "text",
        "text_nfd",
        "quick_reply",
        "postback_get_started",
        "postback_with_referral",
        "image",
        "two_images_one_message",
        "sticker_like",
        "audio_voice_note",
        "video",
        "file",
        "fallback_shared_link",
        "reply_to",
    }
    assert (replies > 0) == (name in answered), (name, replies)


def test_echo_of_our_own_send_is_never_answered_or_recorded(app, client, db):
    post(client, delivery(EVENTS["messaging_events"]["echo_own_app"]))
    process_pending_events(db, app.config)
    assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM messages").fetchone()[0] == 0


def test_echo_typed_in_the_page_inbox_joins_the_thread(app, client, db):
    post(client, delivery(EVENTS["messaging_events"]["echo_from_page_inbox"]))
    process_pending_events(db, app.config)
    assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
    row = db.execute("SELECT psid, direction, kind FROM messages").fetchone()
    assert row == ("7001", "out", "page_inbox")


def test_out_of_order_batch_is_processed_in_timestamp_order_per_citizen(app, client, db, messenger):
    a1, b1, a2, b2 = (
        messenger.text("A", "xin chào"),
        messenger.text("B", "chào"),
        messenger.quick_reply("A", "MENU_REPORT"),
        messenger.quick_reply("B", "MENU_LOOKUP"),
    )
    body = delivery(b2, a2, b1, a1)  # newest first
    assert post(client, body).status_code == 200
    process_pending_events(db, app.config)
    order = [r[0] for r in db.execute("SELECT event_key FROM messages WHERE direction = 'in' ORDER BY id")]
    assert order.index("message:" + a1["message"]["mid"]) < order.index("message:" + a2["message"]["mid"])
    assert order.index("message:" + b1["message"]["mid"]) < order.index("message:" + b2["message"]["mid"])
    steps = dict(db.execute("SELECT psid, step FROM conversations").fetchall())
    assert steps == {"A": "category", "B": "lookup"}


def test_a_failing_event_is_kept_and_does_not_block_the_next(app, client, db, messenger, monkeypatch):
    import handlers

    calls = []

    def explode(*args):
        calls.append(args)
        raise RuntimeError("boom")

    monkeypatch.setitem(handlers.HANDLERS, "postback", explode)
    post(client, delivery(messenger.postback("A"), messenger.text("B", "xin chào")))
    process_pending_events(db, app.config)
    statuses = dict(db.execute("SELECT psid, status FROM inbound_events").fetchall())
    assert statuses == {"A": "failed", "B": "done"} and calls


def test_echo_of_our_send_settles_a_message_left_in_doubt(app, client, db):
    """After a crash a `sending` row is in doubt; Meta's echo (metadata outbox:<id>) proves delivery."""
    from storage import write_transaction
    from storage.outbox import claim_message, enqueue_text

    with write_transaction(db):
        (outbox_id,) = enqueue_text(db, "7001", "Cảm ơn bạn.")
        assert claim_message(db, outbox_id)
    echo = dict(EVENTS["messaging_events"]["echo_own_app"])
    echo["message"] = dict(echo["message"], metadata=f"outbox:{outbox_id}")
    post(client, delivery(echo))
    process_pending_events(db, app.config)
    assert db.execute("SELECT status, graph_message_id FROM outbox").fetchone() == ("sent", "m_E1")
