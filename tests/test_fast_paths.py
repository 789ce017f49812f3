"""The shortcuts taken for speed (`python -m bench`) keep the guarantees they short-cut.

The worker commits several events per transaction, but a failing event leaves
no trace and does not stop, undo or reorder the others; a delivery is stored
in one statement, every event or none; several sender threads share the
outbox, each citizen served by exactly one of them, in order.
"""

import pytest

import handlers
from messenger.send_api import GraphClient
from messenger.sender import send_due_messages
from runtime.worker import GROUP_EVENTS, process_pending_events
from storage import write_transaction
from storage.events import ONE_STATEMENT_ROWS
from storage.outbox import enqueue_text
from storage.transcript import record_message


def test_a_failing_event_in_a_group_is_undone_alone(client, app, db, messenger, monkeypatch):
    real = handlers.HANDLERS["text"]

    def explode_for_b(db_, cfg, row, event):
        if row["psid"] == "group-b":
            record_message(db_, row["psid"], "in", "half done")  # a write the failure must undo
            raise RuntimeError("boom")
        return real(db_, cfg, row, event)

    monkeypatch.setitem(handlers.HANDLERS, "text", explode_for_b)
    events = [messenger.text(psid, "Xin chào") for psid in ("group-a", "group-b", "group-c")]
    body = messenger.body(*events)
    assert client.post("/webhook", data=body, headers=messenger.headers(body)).status_code == 200

    assert process_pending_events(db, app.config) == 3
    statuses = dict(db.execute("SELECT psid, status FROM inbound_events").fetchall())
    assert statuses == {"group-a": "done", "group-b": "failed", "group-c": "done"}
    error = db.execute("SELECT error FROM inbound_events WHERE psid = 'group-b'").fetchone()[0]
    assert error == "RuntimeError: boom"
    assert db.execute("SELECT count(*) FROM messages WHERE psid = 'group-b'").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM outbox WHERE psid = 'group-b'").fetchone()[0] == 0
    for psid in ("group-a", "group-c"):
        assert db.execute("SELECT count(*) FROM outbox WHERE psid = ?", [psid]).fetchone()[0] == 1


def test_more_events_than_a_group_are_all_processed_in_each_citizens_order(client, app, db, messenger):
    steps = ["Xin chào", "2", "1"]  # greeting, then "complaint" by number, then the first field
    events = [messenger.text(f"many-{i}", text) for text in steps for i in range(GROUP_EVENTS)]
    body = messenger.body(*reversed(events))  # delivered out of order; timestamps decide
    assert client.post("/webhook", data=body, headers=messenger.headers(body)).status_code == 200

    process_pending_events(db, app.config)
    assert db.execute("SELECT count(*) FROM inbound_events WHERE status = 'done'").fetchone()[0] == len(events)
    steps_reached = {row[0] for row in db.execute("SELECT step FROM conversations WHERE psid LIKE 'many-%'")}
    greeted_first = db.execute(
        "SELECT count(DISTINCT psid) FROM messages m WHERE psid LIKE 'many-%' AND direction = 'out'"
        " AND id = (SELECT min(id) FROM messages WHERE psid = m.psid AND direction = 'out')"
        " AND text LIKE '%Xin chào%'"
    ).fetchone()[0]
    assert greeted_first == GROUP_EVENTS
    assert len(steps_reached) == 1 and steps_reached != {"menu"}


def test_a_delivery_too_big_for_one_statement_is_stored_whole_and_once(client, db, messenger):
    events = [messenger.text(f"big-{i % 7}", f"tin {i}") for i in range(ONE_STATEMENT_ROWS + 20)]
    body = messenger.body(*events)
    for expected_new in (len(events), 0):  # Meta redelivers: nothing new the second time
        response = client.post("/webhook", data=body, headers=messenger.headers(body))
        assert response.status_code == 200 and response.json["new"] == expected_new
    assert db.execute("SELECT count(*) FROM inbound_events").fetchone()[0] == len(events)


def test_a_repeated_event_inside_one_delivery_counts_once(client, db, messenger):
    event = messenger.text("twice-1", "Xin chào")
    body = messenger.body(event, event, messenger.text("twice-1", "alo"))
    response = client.post("/webhook", data=body, headers=messenger.headers(body))
    assert response.json == {"status": "EVENT_RECEIVED", "events": 3, "new": 2, "refused": 0}


def test_sender_shards_split_citizens_and_keep_each_ones_order(app, db, graph):
    client = GraphClient(graph.url + "/v21.0", "page-token", 2)
    citizens = [f"10{digit}" for digit in range(10)] + ["", "x"]  # every last digit, and odd PSIDs
    with write_transaction(db):
        for n in range(3):
            for psid in citizens:
                enqueue_text(db, psid, f"{psid}:{n}")
    shards = 5
    for k in range(shards):
        before = len(graph.state.sent)
        while send_due_messages(db, app.config, client, (k, shards)) == 0:
            pass
        mine = {m["recipient"]["id"] for m in graph.state.sent[before:]}
        assert all((ord(p[-1]) if p else 0) % shards == k for p in mine)
    texts = [m["message"]["text"] for m in graph.state.sent]
    assert sorted(texts) == sorted(f"{p}:{n}" for p in citizens for n in range(3))  # all, once
    for psid in citizens:
        assert graph.texts_to(psid) == [f"{psid}:{n}" for n in range(3)]


def test_messages_claimed_together_but_never_tried_go_back_to_pending(app, db):
    class BrokenClient:
        def send_message(self, *args):
            raise RuntimeError("a bug, not a Send API error")

    with write_transaction(db):
        for psid in ("claim-1", "claim-2", "claim-3"):
            enqueue_text(db, psid, "Xin chào")
    with pytest.raises(RuntimeError):
        send_due_messages(db, app.config, BrokenClient())
    statuses = [row[0] for row in db.execute("SELECT status FROM outbox ORDER BY id")]
    assert statuses == ["sending", "pending", "pending"]  # the first may have reached Meta: in doubt
