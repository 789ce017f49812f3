"""Hostile and broken input on the webhook: never a 500, never a crashed worker, nothing unsigned stored."""

import copy
import json
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from messenger_support import APP_SECRET
from test_webhook import EVENTS

from messenger.signature import sign
from runtime.worker import process_pending_events

HYPOTHESIS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)

NASTY_TEXTS = [
    "x" * 20_000,
    "a\x00b\x01c\x7f",
    "👍🏽👨‍👩‍👧 🇻🇳",
    "مرحبا עברית \u202eabc",
    unicodedata.normalize("NFD", "Đường nước hủy"),
    "'; DROP TABLE reports; --",
    "<script>alert(1)</script><img src=x onerror=alert(1)>",
    "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
    "",
    " ",
    "\n\n\n",
]


def post_raw(client, body, signed=True):
    headers = {"Content-Type": "application/json"}
    if signed:
        headers["X-Hub-Signature-256"] = sign(APP_SECRET, body)
    return client.post("/webhook", data=body, headers=headers)


def leaves(obj, path=()):
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield from leaves(value, path + (key,))
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            yield from leaves(value, path + (i,))
    yield path


def replace_at(obj, path, value):
    if not path:
        return value
    target = obj
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return obj


def assert_worker_survives(app, db):
    process_pending_events(db, app.config)
    failed = db.execute("SELECT kind, error FROM inbound_events WHERE status != 'done'").fetchall()
    assert failed == []


ALL_EVENTS = sorted(EVENTS["messaging_events"].items())


@HYPOTHESIS
@given(st.sampled_from(ALL_EVENTS), st.data(), json_values)
def test_wrong_type_in_any_field_never_500_and_never_fails_the_worker(app, client, db, named, data, value):
    _, event = named
    event = copy.deepcopy(event)
    path = data.draw(st.sampled_from(list(leaves(event))))
    mutated = replace_at(event, path, value)
    body = json.dumps({"object": "page", "entry": [{"id": "1", "time": 1, "messaging": [mutated]}]}).encode()
    response = post_raw(client, body)
    assert response.status_code in (200, 400)
    assert_worker_survives(app, db)


@HYPOTHESIS
@given(json_values)
def test_any_json_body_gets_a_clear_answer(app, client, db, value):
    response = post_raw(client, json.dumps(value).encode())
    assert response.status_code in (200, 400) and response.is_json
    assert_worker_survives(app, db)


@HYPOTHESIS
@given(st.binary(max_size=300))
def test_random_bytes_and_truncated_json(client, db, data):
    valid = json.dumps(EVENTS["batch_two_citizens"]).encode()
    for body in (data, valid[: len(data) % len(valid)]):
        assert post_raw(client, body).status_code in (200, 400)


@HYPOTHESIS
@given(
    st.binary(max_size=200),
    st.text(st.characters(max_codepoint=255, blacklist_categories=("Cc",)), max_size=80)
    | st.just("sha256=").map(lambda p: p + "ab" * 32),
)
def test_forged_signatures_store_nothing(client, db, body, signature):
    response = client.post("/webhook", data=body, headers={"X-Hub-Signature-256": signature})
    assert response.status_code == 403
    assert db.execute("SELECT count(*) FROM inbound_events").fetchone()[0] == 0


def test_deeply_nested_json_is_a_clear_400(client):
    body = b'{"object": "page", "entry": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    response = post_raw(client, body)
    assert response.status_code in (400, 413)


@pytest.mark.parametrize("text", NASTY_TEXTS)
def test_nasty_text_at_every_step_is_stored_or_reasked_and_the_report_completes(chat, db, text):
    from scripts import SCRIPTS

    def step():
        row = db.execute("SELECT step FROM conversations").fetchone()
        return row and row[0]

    for action, value in SCRIPTS["petition"]:
        if action == "say":
            before = step()
            replies = chat.say(text)
            assert replies and all(len(t) <= 2000 for t, _ in replies)
            if step() != before:
                continue  # accepted as the answer
        chat.send(chat.m.postback(chat.psid, value)) if action == "postback" else getattr(chat, action)(value)
    assert db.execute("SELECT count(*) FROM reports").fetchone()[0] == 1
    assert {r[0] for r in db.execute("SELECT status FROM inbound_events")} == {"done"}
    for (stored,) in db.execute("SELECT text FROM messages WHERE direction = 'in'"):
        assert "\x00" not in stored


def test_replayed_body_has_no_second_effect(client, app, db):
    body = json.dumps(EVENTS["batch_two_citizens"]).encode()
    assert post_raw(client, body).status_code == 200
    process_pending_events(db, app.config)
    effect = db.execute("SELECT count(*) FROM outbox").fetchone()[0]
    for _ in range(4):
        assert post_raw(client, body).status_code == 200
    process_pending_events(db, app.config)
    assert effect > 0 and db.execute("SELECT count(*) FROM outbox").fetchone()[0] == effect
