"""The lean path: POST /webhook is answered in front of Flask with the same checks and the
same answers as the Flask view, and what the fast path does not take (no length, too big) is Flask's."""

import json

import pytest
from werkzeug.test import Client

from messenger.fast_intake import WebhookFastPath


def flask_only(app):
    """The same app without the fast path: the Flask view answers every delivery."""
    return Client(app.wsgi_app.flask)


def bodies(messenger):
    good = messenger.body(messenger.text("fast-1", "Xin chào"))
    return {
        "stored": (good, messenger.headers(good)),
        "unsigned": (good, {"X-Hub-Signature-256": "sha256=" + "0" * 64}),
        "not json": (b"{not json", messenger.headers(b"{not json")),
        "not a page": (b'{"object": "user"}', messenger.headers(b'{"object": "user"}')),
    }


@pytest.mark.parametrize("case", ["stored", "unsigned", "not json", "not a page"])
def test_the_fast_path_answers_as_the_flask_view(app, client, messenger, case):
    assert isinstance(app.wsgi_app, WebhookFastPath)
    body, headers = bodies(messenger)[case]
    fast = client.post("/webhook", data=body, headers=headers)
    slow = flask_only(app).post("/webhook", data=body, headers=headers)
    assert fast.status_code == slow.status_code
    expected = slow.get_json()
    if case == "stored":
        expected["new"] = 1  # the fast path stored it first; the view then found it already there
    assert fast.get_json() == expected


def test_no_flask_hook_runs_for_a_delivery_but_every_other_request_has_them(app, client, messenger):
    seen = []
    app.before_request(lambda: seen.append(True) and None)
    body, headers = bodies(messenger)["stored"]
    assert client.post("/webhook", data=body, headers=headers).status_code == 200
    assert seen == []
    client.get("/webhook?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1")
    assert seen == [True]


def test_a_body_over_the_limit_is_still_refused_by_flask(app, client, messenger):
    app.config["MAX_CONTENT_LENGTH"] = 100
    body = messenger.body(messenger.text("fast-2", "x" * 200))
    response = client.post("/webhook", data=body, headers=messenger.headers(body))
    assert response.status_code == 413 and response.get_json()["status"] == 413


def test_a_delivery_that_cannot_be_stored_is_not_acknowledged(app, client, messenger, monkeypatch, caplog):
    """The JSON 500 and the log line Flask gave (tests/test_confidentiality.py reads it in the server
    log): Meta delivers it again later."""

    def broken(path, rows):
        raise OSError("disk I/O error")

    monkeypatch.setattr("messenger.intake.commit_events", broken)
    body, headers = bodies(messenger)["stored"]
    fast = client.post("/webhook", data=body, headers=headers)
    assert "Exception on /webhook [POST]" in caplog.text
    app.config["PROPAGATE_EXCEPTIONS"] = False  # TESTING re-raises in Flask; the server does not
    slow = flask_only(app).post("/webhook", data=body, headers=headers)
    assert fast.status_code == slow.status_code == 500
    assert json.loads(fast.data) == slow.get_json()
