"""The outbox and the Send API client against the Graph stand-in: retries, failures, splitting."""

import json
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from messenger.send_api import GraphClient, SendError
from messenger.sender import send_due_messages
from storage import write_transaction
from storage.outbox import enqueue_text, split_text

ERRORS = json.load(open(__file__.replace("test_sender.py", "data/events.json"), encoding="utf-8"))["send_api_errors"]


@pytest.fixture
def cfg(app):
    return dict(
        app.config, RETRY_BASE_SECONDS=0.01, OUTBOX_MAX_ATTEMPTS=5, GRAPH_TIMEOUT_SECONDS=0.5, ECHO_WAIT_SECONDS=0.2
    )


@pytest.fixture
def graph_client(graph, cfg):
    return GraphClient(graph.url + "/v21.0", "page-token", cfg["GRAPH_TIMEOUT_SECONDS"])


def queue(db, text="Xin chào", psid="7001", **kwargs):
    with write_transaction(db):
        return enqueue_text(db, psid, text, **kwargs)


def drain(db, cfg, client, limit=50):
    """Run the sender until nothing is pending, waiting out scheduled backoffs."""
    for _ in range(limit):
        delay = send_due_messages(db, cfg, client)
        if delay is None:
            return
        time.sleep(delay)
    raise AssertionError("outbox did not drain")


def outbox(db):
    return list(db.query("SELECT status, attempts, error_code FROM outbox ORDER BY id"))


def test_reply_is_sent_with_response_type_and_quick_replies(db, cfg, graph, graph_client):
    quick = [{"content_type": "text", "title": "Gửi", "payload": "SUBMIT"}]
    queue(db, "Chào anh", quick_replies=quick)
    drain(db, cfg, graph_client)
    (sent,) = graph.state.sent
    assert sent["messaging_type"] == "RESPONSE" and "tag" not in sent
    assert sent["message"]["text"] == "Chào anh" and sent["message"]["quick_replies"] == quick
    assert sent["message"]["metadata"].startswith("outbox:")  # how our echoes are recognised
    assert outbox(db) == [{"status": "sent", "attempts": 1, "error_code": None}]


@pytest.mark.parametrize(
    "fault",
    [
        {"status": 500, "body": {}},
        {"status": 500, "body": ERRORS["unexpected_retry"]},
        {"status": 400, "body": ERRORS["temporary"]},
        {"status": 400, "body": ERRORS["rate_limit"]},
        {
            "status": 400,
            "body": {
                "error": {
                    "message": "(#4) Application request limit reached",
                    "type": "OAuthException",
                    "code": 4,
                    "is_transient": True,
                }
            },
        },
        {"delay": 1.0, "status": 504, "body": {}},  # answers after the client's timeout
    ],
)
def test_transient_fault_then_success_delivers_exactly_once(db, cfg, graph, graph_client, fault):
    graph.state.inject(fault)
    queue(db)
    drain(db, cfg, graph_client)
    assert [m["message"]["text"] for m in graph.state.sent] == ["Xin chào"]
    assert outbox(db)[0]["status"] == "sent" and outbox(db)[0]["attempts"] == 2


@pytest.mark.parametrize(
    "name, code", [("person_unavailable", 551), ("outside_window", 10), ("invalid_parameter", 100), ("bad_token", 190)]
)
def test_permanent_failure_is_recorded_and_not_retried(db, cfg, graph, graph_client, name, code):
    graph.state.inject({"status": 400, "body": ERRORS[name]})
    queue(db)
    drain(db, cfg, graph_client)
    assert graph.state.attempts == 1 and graph.state.sent == []
    assert outbox(db) == [{"status": "failed", "attempts": 1, "error_code": code}]


def test_bad_token_raises_an_alert_in_the_health_check(app, client, db, cfg, graph, graph_client):
    graph.state.inject({"status": 400, "body": ERRORS["bad_token"]})
    queue(db)
    drain(db, cfg, graph_client)
    health = client.get("/healthz").json
    assert health["status"] == "degraded" and health["alerts"][0]["kind"] == "graph_token_invalid"
    assert health["outbox"]["failed"] == 1
    queue(db, "lần sau")
    drain(db, cfg, graph_client)
    assert client.get("/healthz").json["alerts"] == []  # a send that works clears it


def test_transient_faults_give_up_after_the_attempt_limit(db, cfg, graph, graph_client):
    graph.state.inject(*[{"status": 503, "body": {}}] * 10)
    queue(db)
    drain(db, cfg, graph_client)
    assert outbox(db) == [{"status": "failed", "attempts": 5, "error_code": None}]


def test_connection_refused_is_transient(db, cfg):
    client = GraphClient("http://127.0.0.1:9/v21.0", "t", 0.5)
    with pytest.raises(SendError) as error:
        client.send_message("1", {"text": "x"})
    assert error.value.transient


def test_replies_to_one_citizen_keep_their_order_across_retries(db, cfg, graph, graph_client):
    queue(db, "một")
    queue(db, "hai")
    queue(db, "ba", psid="other")
    graph.state.inject({"status": 500, "body": {}})
    drain(db, cfg, graph_client)
    assert graph.texts_to("7001") == ["một", "hai"]
    assert graph.texts_to("other") == ["ba"]


def test_long_text_is_split_under_the_limit_and_sent_in_order(db, cfg, graph, graph_client):
    text = " ".join(f"câu{i}" for i in range(900))
    queue(db, text, quick_replies=[{"content_type": "text", "title": "OK", "payload": "YES"}])
    drain(db, cfg, graph_client)
    sent = graph.state.sent
    assert len(sent) >= 2 and all(len(m["message"]["text"]) <= 2000 for m in sent)
    assert " ".join(m["message"]["text"] for m in sent) == text
    assert [("quick_replies" in m["message"]) for m in sent] == [False] * (len(sent) - 1) + [True]


@given(st.text(min_size=0, max_size=6000), st.integers(min_value=5, max_value=2000))
def test_split_text_never_exceeds_the_limit_and_keeps_every_word(text, limit):
    parts = split_text(text, limit)
    assert all(len(p) <= limit for p in parts)
    assert "".join("".join(parts).split()) == "".join(text.split())


def test_a_timeout_that_reached_meta_is_settled_by_the_echo_not_sent_twice(app, client, db, cfg, graph, graph_client):
    """A read timeout is ambiguous: the retry waits for the echo, which proves delivery."""
    from messenger_support import Messenger

    from runtime.worker import process_pending_events

    cfg = dict(cfg, ECHO_WAIT_SECONDS=60)
    graph.state.inject({"delay": 1.0})  # Meta accepts the message but answers after our timeout
    (outbox_id,) = queue(db)
    send_due_messages(db, cfg, graph_client)
    assert graph.state.wait_for(lambda s: len(s.sent) == 1, timeout=5)  # Meta did take it
    assert outbox(db)[0]["status"] == "pending"
    echo = {
        "sender": {"id": "100200300400500"},
        "recipient": {"id": "7001"},
        "timestamp": 1,
        "message": {
            "mid": "m_late",
            "is_echo": True,
            "app_id": 1,
            "metadata": f"outbox:{outbox_id}",
            "text": "Xin chào",
        },
    }
    body = Messenger.body(echo)
    assert client.post("/webhook", data=body, headers=Messenger().headers(body)).status_code == 200
    process_pending_events(db, app.config)
    assert send_due_messages(db, cfg, graph_client) is None  # nothing left to send
    assert outbox(db)[0]["status"] == "sent" and len(graph.state.sent) == 1
