"""Accounts, login, sessions and CSRF for the console: who may open what."""

import datetime as dt

import pytest
import time_machine
from console_support import PASSWORD, csrf_token, log_in, post_form
from scripts import file_case

from console.auth import EXPIRED
from storage import write_transaction
from storage.officers import set_disabled, set_password

# Every console page: (path, roles that may open it). {code} is a filed complaint's code.
PAGES = [
    ("/console/", {"officer", "leader", "admin"}),
    ("/console/?q=duong&overdue=1&mine=1", {"officer", "leader", "admin"}),
    ("/console/cases/{code}", {"officer", "leader", "admin"}),
    ("/console/cases/{code}/json", {"officer", "leader", "admin"}),
    ("/console/cases/{code}/application", {"officer", "leader", "admin"}),
    ("/console/export.csv", {"officer", "leader", "admin"}),
    ("/console/export.xlsx", {"officer", "leader", "admin"}),
    ("/console/stats", {"officer", "leader", "admin"}),
    ("/console/templates", {"officer", "leader", "admin"}),
    ("/console/audit", {"leader", "admin"}),
]
FORMS = [
    "/console/cases/{code}/reply",
    "/console/cases/{code}/status",
    "/console/cases/{code}/note",
    "/console/cases/{code}/assign",
    "/console/cases/{code}/classify",
    "/console/templates",
    "/console/templates/1/delete",
    "/console/logout",
]
USERS = {"officer": "tuan", "leader": "lan", "admin": "quantri"}


@pytest.fixture
def code(chat_as):
    return file_case(chat_as(), "complaint")


def test_every_console_page_without_a_session_goes_to_login(app, code):
    anonymous = app.test_client()
    for path, _ in PAGES + [("/console/no-such-page", None)]:
        response = anonymous.get(path.format(code=code))
        assert response.status_code == 302, path
        assert response.headers["Location"].startswith("/console/login?next="), path
    for path in FORMS:  # even with a valid CSRF token, a form without a session does nothing
        response = post_form(
            anonymous, path.format(code=code), {"text": "x", "status": "accepted", "note": "x"}, page="/console/login"
        )
        assert response.status_code == 302 and "/console/login" in response.headers["Location"], path
    assert anonymous.get("/console/login").status_code == 200


@pytest.mark.parametrize("role", ["officer", "leader", "admin"])
def test_role_access_matrix(login, code, role):
    client = login(USERS[role])
    for path, allowed in PAGES:
        status = client.get(path.format(code=code)).status_code
        assert status == (200 if role in allowed else 403), (path, role, status)
    add_template = post_form(client, "/console/templates", {"title": "Cảm ơn", "body": "Cảm ơn anh/chị."})
    assert add_template.status_code == (302 if role in ("leader", "admin") else 403)


def test_form_post_without_csrf_token_is_refused_and_changes_nothing(login, code, db):
    client = login("tuan")
    response = client.post(f"/console/cases/{code}/note", data={"text": "Ghi chú không có mã bảo vệ"})
    assert response.status_code == 400
    assert "Biểu mẫu đã hết hạn hoặc không hợp lệ" in response.get_data(as_text=True)
    forged = client.post(f"/console/cases/{code}/note", data={"text": "x", "csrf_token": "forged"})
    assert forged.status_code == 400
    assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'note'").fetchone()[0] == 0
    ok = post_form(client, f"/console/cases/{code}/note", {"text": "Ghi chú hợp lệ"})
    assert ok.status_code == 302
    assert db.execute("SELECT note FROM audit_log WHERE action = 'note'").fetchall() == [("Ghi chú hợp lệ",)]


def test_login_itself_needs_the_csrf_token(app, officers):
    client = app.test_client()
    response = client.post("/console/login", data={"username": "tuan", "password": PASSWORD})
    assert response.status_code == 400 and "sid" not in (client.get_cookie("pakn_console") or "")


def test_webhook_is_exempt_from_csrf(chat):
    assert chat.say("Xin chào")  # a signed POST without any CSRF token is processed


def test_wrong_passwords_lock_the_account_for_a_while(app, officers, db):
    client = app.test_client()
    for _ in range(app.config["LOGIN_MAX_FAILURES"]):
        assert log_in(client, "tuan", "sai-mat-khau-roi").status_code == 401
    locked = log_in(client, "tuan")  # the right password, but too late
    assert locked.status_code == 429 and "thử lại sau" in locked.get_data(as_text=True)
    assert log_in(app.test_client(), "lan").status_code == 302  # other accounts are not locked
    with time_machine.travel(dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=16)):
        assert log_in(app.test_client(), "tuan").status_code == 302
    actions = [r[0] for r in db.execute("SELECT action FROM audit_log WHERE actor = 'tuan' ORDER BY id")]
    assert actions == ["login_failed"] * 5 + ["login_locked", "login"]


def test_session_expires_when_idle_and_at_its_maximum_age(app, login):
    start = dt.datetime.now(dt.timezone.utc)
    with time_machine.travel(start, tick=False) as clock:
        client = login("tuan")
        clock.shift(dt.timedelta(minutes=59))
        assert client.get("/console/").status_code == 200  # still active: the clock restarts
        clock.shift(dt.timedelta(minutes=61))
        expired = client.get("/console/")
        assert expired.status_code == 302 and "/console/login" in expired.headers["Location"]
        assert EXPIRED["expired"] in client.get(expired.headers["Location"]).get_data(as_text=True)
        client = login("tuan")
        statuses = []
        for _ in range(13):  # busy all day: ends after SESSION_MAX_HOURS (12) all the same
            clock.shift(dt.timedelta(minutes=59))
            statuses.append(client.get("/console/").status_code)
        assert statuses == [200] * 12 + [302]  # 12 × 59 min = 11 h 48; 13 × 59 min = 12 h 47


def test_logout_ends_the_session_on_the_server(login):
    client = login("tuan")
    cookie = client.get_cookie("pakn_console").value
    assert post_form(client, "/console/logout", {}).status_code == 302
    client.set_cookie("pakn_console", cookie)  # replaying the old cookie opens nothing
    assert client.get("/console/").status_code == 302


def test_disabling_or_resetting_an_account_ends_its_sessions(login, db):
    client, other = login("tuan"), login("lan")
    with write_transaction(db):
        set_disabled(db, "tuan", True)
        set_password(db, "lan", "mot-mat-khau-moi-hoan-toan")
    assert client.get("/console/").status_code == 302
    assert other.get("/console/").status_code == 302


def test_cookies_are_secure_in_live_mode_and_not_in_the_sandbox(app, officers, tmp_path):
    from webhook import create_app

    live = log_in(app.test_client(), "tuan").headers["Set-Cookie"]
    assert "Secure" in live and "HttpOnly" in live and "SameSite=Lax" in live
    sandbox_app = create_app(
        {
            "DATABASE_PATH": app.config["DATABASE_PATH"],
            "SANDBOX": True,
            "START_WORKERS": False,
            "GRAPH_API_URL": "http://127.0.0.1:9/v21.0",
        }
    )
    sandbox = log_in(sandbox_app.test_client(), "tuan").headers["Set-Cookie"]
    assert "Secure" not in sandbox and "HttpOnly" in sandbox


def test_login_only_returns_inside_the_console(app, officers):
    client = app.test_client()
    token = csrf_token(client)
    for target, expected in [
        ("/console/stats", "/console/stats"),
        ("https://evil.example/", "/console/"),
        ("//evil.example/console", "/console/"),
        ("/webhook", "/console/"),
    ]:
        client = app.test_client()
        token = csrf_token(client)
        response = client.post(
            "/console/login", data={"csrf_token": token, "username": "tuan", "password": PASSWORD, "next": target}
        )
        assert response.headers["Location"] == expected, target
