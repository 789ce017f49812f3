"""Helpers for the console's tests: officers of each role, logged-in clients, cases filed by real
conversations (tests/scripts.py), and the sender run against the Graph stand-in.

Test modules import the fixtures they use (`from console_support import officers, ...`).
"""

import functools
import re

import pytest
from messenger_support import Chat
from scripts import CODE as CODE  # the console tests import it from here too
from werkzeug.security import generate_password_hash

from core.clock import now_iso
from messenger.send_api import GraphClient
from messenger.sender import send_due_messages
from storage import write_transaction

PASSWORD = "mat-khau-that-dai-2026"
ROLES = {"tuan": "officer", "lan": "leader", "quantri": "admin"}
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@functools.lru_cache(maxsize=1)
def _password_hash():
    """Hashed once per test run: scrypt is slow on purpose (the CLI tests hash for real)."""
    return generate_password_hash(PASSWORD, method="scrypt")


@pytest.fixture
def officers(db):
    """One account per role: tuan (officer), lan (leader), quantri (admin)."""
    with write_transaction(db):
        return {
            name: db["officers"]
            .insert(
                {
                    "username": name,
                    "password_hash": _password_hash(),
                    "role": role,
                    "full_name": name.title(),
                    "created_at": now_iso(),
                    "password_changed_at": now_iso(),
                }
            )
            .last_pk
            for name, role in ROLES.items()
        }


def csrf_token(client, path="/console/login"):
    page = client.get(path).get_data(as_text=True)
    return CSRF.search(page).group(1)


def log_in(client, username, password=PASSWORD):
    token = csrf_token(client)
    return client.post("/console/login", data={"csrf_token": token, "username": username, "password": password})


@pytest.fixture
def login(app, officers):
    """login("lan") → a test client with lan's session."""

    def make(username):
        client = app.test_client()
        response = log_in(client, username)
        assert response.status_code == 302, response.get_data(as_text=True)
        return client

    return make


def post_form(client, path, data, page=None):
    """POST a console form with the CSRF token of the page it is on (as a browser would)."""
    token = csrf_token(client, page or "/console/")
    return client.post(path, data={"csrf_token": token, **data})


@pytest.fixture
def chat_as(client, app, db, messenger):
    """chat_as("7002") → a citizen with that Messenger id, writing to the test's app; a case is
    filed with `scripts.file_case(chat_as("7002"), "denunciation")`."""

    def make(psid="7001"):
        return Chat(client, app, db, messenger, psid=psid)

    return make


def drain_to(graph, db, app):
    """Run the sender until the outbox is empty, delivering to the Graph stand-in."""
    cfg = dict(app.config, RETRY_BASE_SECONDS=0.01, OUTBOX_MAX_ATTEMPTS=3, GRAPH_TIMEOUT_SECONDS=2)
    client = GraphClient(graph.url + "/v21.0", "page-token", 2)
    for _ in range(50):
        if send_due_messages(db, cfg, client) is None:
            return
    raise AssertionError("the outbox did not drain")
