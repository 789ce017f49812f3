"""Console sessions against fixation and forgery, and the login limit against guessing,
in-process and behind the real server's reverse-proxy handling."""

import hashlib

import pytest
import requests
from console_support import PASSWORD, csrf_token, log_in
from live import GraphStandin

from storage import connect, write_transaction
from storage.login_limit import PER_ADDRESS_FACTOR
from storage.officers import create_officer


def session_of(app, client):
    """The decoded (signed) console cookie of a test client."""
    cookie = client.get_cookie("pakn_console")
    return app.session_interface.get_signing_serializer(app).loads(cookie.value) if cookie else {}


def officer_of_sid(db, sid):
    row = db.execute(
        "SELECT o.username FROM console_sessions s JOIN officers o ON o.id = s.officer_id WHERE s.token_hash = ?",
        [hashlib.sha256(sid.encode()).hexdigest()],
    ).fetchone()
    return row and row[0]


def test_a_session_planted_before_login_is_never_the_one_logged_in(app, officers, db):
    attacker = app.test_client()
    csrf_token(attacker)  # an anonymous session: all an attacker can get without a password
    planted = attacker.get_cookie("pakn_console").value
    victim = app.test_client()
    victim.set_cookie("pakn_console", planted)  # slipped into the officer's browser
    planted_token = session_of(app, victim)["csrf_token"]
    assert log_in(victim, "lan").status_code == 302
    after = session_of(app, victim)
    assert officer_of_sid(db, after["sid"]) == "lan"
    assert after.get("csrf_token") != planted_token  # the whole session was replaced
    assert attacker.get("/console/").status_code == 302  # the planted copy opens nothing
    assert victim.get("/console/").status_code == 200


def test_each_login_gets_a_new_id_and_ends_the_session_the_browser_had(app, officers, login, db):
    client = login("tuan")
    first = session_of(app, client)["sid"]
    token = csrf_token(client, "/console/stats")  # a login form posted from an open console tab
    response = client.post("/console/login", data={"csrf_token": token, "username": "lan", "password": PASSWORD})
    assert response.status_code == 302
    second = session_of(app, client)["sid"]
    assert second != first and officer_of_sid(db, second) == "lan"
    assert officer_of_sid(db, first) is None


@pytest.mark.parametrize("forge", ["unsigned", "other_key"])
def test_a_forged_cookie_opens_nothing(app, officers, db, forge):
    owner = app.test_client()
    log_in(owner, "quantri")
    sid = session_of(app, owner)["sid"]
    if forge == "unsigned":
        cookie = '{"sid": "%s"}' % sid
    else:
        from flask import Flask

        other = Flask("other")
        other.secret_key = "not-the-servers-key"
        cookie = other.session_interface.get_signing_serializer(other).dumps({"sid": sid})
    thief = app.test_client()
    thief.set_cookie("pakn_console", cookie)
    assert thief.get("/console/").status_code == 302


def test_one_address_trying_many_accounts_is_stopped(app, officers):
    app.config["LOGIN_MAX_FAILURES"] = 2  # the address may fail 4 times as often: 8 tries here
    limit = app.config["LOGIN_MAX_FAILURES"] * 4

    def attempt(username, password, address):
        client = app.test_client()
        client.environ_base["REMOTE_ADDR"] = address
        return log_in(client, username, password).status_code

    assert [attempt(f"user{n}", "doan-mo-mat-khau", "203.0.113.9") for n in range(limit)] == [401] * limit
    assert attempt("tuan", PASSWORD, "203.0.113.9") == 429  # even the right password, from there
    assert attempt("tuan", PASSWORD, "198.51.100.7") == 302  # the officers elsewhere still log in


def test_the_lock_cannot_be_dodged_by_retyping_the_username(app, officers):
    client = app.test_client()
    for spelling in ["tuan", " tuan", "TUAN", "Tuan ", "tuAn"]:  # all the same account (NOCASE)
        assert log_in(client, spelling, "sai-mat-khau-roi").status_code == 401
    for spelling in ["tuan", "TUAN", " Tuan"]:
        assert log_in(app.test_client(), spelling).status_code == 429


@pytest.mark.slow
@pytest.mark.parametrize("trusted_proxy, counted_apart", [("127.0.0.1", True), ("", False)])
def test_behind_the_reverse_proxy_each_visitor_is_counted_apart(bot_servers, trusted_proxy, counted_apart):
    """The real server (waitress) behind nginx: 127.0.0.1 is every request's peer; the visitor's
    address is the last X-Forwarded-For entry, and only when the proxy is trusted."""
    graph = GraphStandin()
    try:
        # Plain http here; two failures per account, so an address is stopped after 8 (each check is a slow scrypt).
        server = bot_servers(graph.url, TRUSTED_PROXY=trusted_proxy, COOKIE_SECURE="0", LOGIN_MAX_FAILURES="2")
        db = connect(server.env["DATABASE_PATH"])
        with write_transaction(db):
            create_officer(db, "tuan", PASSWORD)

        def attempt(username, visitor):
            session = requests.Session()
            headers = {
                "X-Forwarded-For": f"10.0.0.1, {visitor}",
                "X-Forwarded-Proto": "https",
                "Referer": server.url.replace("http:", "https:") + "/console/login",
            }  # as a browser would
            page = session.get(server.url + "/console/login", headers=headers, timeout=5).text
            token = page.split('name="csrf_token" value="')[1].split('"')[0]
            return session.post(
                server.url + "/console/login",
                headers=headers,
                allow_redirects=False,
                timeout=5,
                data={"csrf_token": token, "username": username, "password": "sai"},
            ).status_code

        failures = 2 * PER_ADDRESS_FACTOR  # LOGIN_MAX_FAILURES × 4 from one address
        assert {attempt(f"user{n}", "203.0.113.9") for n in range(failures)} == {401}
        assert attempt("tuan", "198.51.100.7") == (401 if counted_apart else 429)
        addresses = {row[0] for row in db.execute("SELECT ip FROM login_attempts")}
        assert addresses == ({"203.0.113.9", "198.51.100.7"} if counted_apart else {"127.0.0.1"})
    finally:
        graph.close()
