"""Zalo's sender: its error table against the stand-in, and its window (free 48 h, billed to 7 days,
then "call them"), asked per channel by casework, with the clock moved."""

import datetime as dt
import html
import json
import re

import pytest
import time_machine
from console_support import ROLES, _password_hash, log_in, post_form
from scripts import run_script
from zalo_support import drain_zalo

from casework.window import BILLED
from console import texts
from core.clock import now_iso
from storage import write_transaction

NOW = dt.datetime.now(dt.timezone.utc)
CODE = re.compile(r"[A-Z]{1,10}-\d{4}-\d{5}")


def page_text(response):
    return html.unescape(response.get_data(as_text=True))


@pytest.fixture
def zalo_login(zalo_app, zalo_db):
    with write_transaction(zalo_db):
        for name, role in ROLES.items():
            zalo_db["officers"].insert(
                {
                    "username": name,
                    "password_hash": _password_hash(),
                    "role": role,
                    "full_name": name.title(),
                    "created_at": now_iso(),
                    "password_changed_at": now_iso(),
                }
            )

    def make(username):
        client = zalo_app.test_client()
        assert log_in(client, username).status_code == 302
        return client

    return make


@pytest.fixture
def zalo_case(zalo_citizen, zalo_app, zalo_db):
    """A petition filed on Zalo by a whole conversation, its replies delivered: (code, citizen)."""
    citizen = zalo_citizen()
    code = CODE.search(run_script(citizen, "petition")[-1][0]).group()
    drain_zalo(zalo_app, zalo_db)
    return code, citizen


def test_an_expired_token_is_refreshed_once_and_the_reply_sent_with_the_new_one(
    zalo_citizen, zalo_app, zalo_db, zalo_standin
):
    citizen = zalo_citizen()
    citizen.say("Xin chào")
    zalo_standin.state.retire("zalo-access-1")  # Zalo answers -216 to it now
    drain_zalo(zalo_app, zalo_db)
    (sent,) = zalo_standin.state.messages_to(citizen.user)
    access, refresh = zalo_standin.state.pair
    assert sent["access_token"] == access != "zalo-access-1"
    assert zalo_standin.state.refresh_calls == 1
    assert zalo_db.execute("SELECT access_token, refresh_token, generation FROM zalo_tokens").fetchone() == (
        access,
        refresh,
        2,
    )


@pytest.mark.parametrize(
    "fault",
    [{"error": -32, "message": "Rate limit"}, {"status": 503, "body": {}}, {"status": 500, "body": {"error": -1}}],
)
def test_rate_limits_and_server_errors_are_retried_later(zalo_citizen, zalo_app, zalo_db, zalo_standin, fault):
    from zalo.api import ZaloClient
    from zalo.sender import send_due_zalo_messages

    citizen = zalo_citizen()
    citizen.say("Xin chào")
    zalo_standin.state.inject(fault)
    cfg = dict(zalo_app.config, RETRY_BASE_SECONDS=0.01)
    send_due_zalo_messages(zalo_db, cfg, ZaloClient(cfg["ZALO_API_URL"], 2))
    status, attempts, due = zalo_db.execute("SELECT status, attempts, next_attempt_at FROM outbox").fetchone()
    assert (status, attempts) == ("pending", 1)
    if fault.get("error") == -32:  # a rate limit waits longer than the first backoff
        import time

        assert due - time.time() > 0.01 * 29
    zalo_db.execute("UPDATE outbox SET next_attempt_at = 0")
    drain_zalo(zalo_app, zalo_db)
    assert len(zalo_standin.state.messages_to(citizen.user)) == 1


@pytest.mark.parametrize("code", [-213, -217, -227, -230, -232, -234, -244])
def test_a_refusal_for_the_citizen_is_final_and_explained(zalo_citizen, zalo_app, zalo_db, zalo_standin, code):
    citizen = zalo_citizen()
    citizen.say("Xin chào")
    zalo_standin.state.inject({"error": code, "message": "refused"})
    drain_zalo(zalo_app, zalo_db)
    assert zalo_db.execute("SELECT status, error_code, attempts FROM outbox").fetchone() == ("failed", code, 1)
    assert zalo_standin.state.messages_to(citizen.user) == []
    assert str(code) in texts.send_error_text(code) or code in texts.SEND_ERRORS


def test_a_timeout_is_retried_after_the_echo_wait(zalo_citizen, zalo_app, zalo_db, zalo_standin):
    from zalo.api import ZaloClient
    from zalo.sender import send_due_zalo_messages

    citizen = zalo_citizen()
    citizen.say("Xin chào")
    zalo_standin.state.inject({"delay": 1.5})
    cfg = dict(zalo_app.config, ECHO_WAIT_SECONDS=30)
    send_due_zalo_messages(zalo_db, cfg, ZaloClient(cfg["ZALO_API_URL"], 0.5))
    status, due, error = zalo_db.execute("SELECT status, next_attempt_at, last_error FROM outbox").fetchone()
    import time

    assert status == "pending" and due - time.time() > 25 and "network" in error


def test_a_long_answer_is_split_into_messages_of_at_most_2000_characters(
    zalo_case, zalo_login, zalo_app, zalo_db, zalo_standin
):
    code, citizen = zalo_case
    before = len(zalo_standin.state.messages_to(citizen.user))
    answer = " ".join(["Phường đã tiếp nhận và chuyển phòng Văn hóa - Xã hội xem xét."] * 80)  # ~5,000 characters
    post_form(zalo_login("tuan"), f"/console/cases/{code}/reply", {"text": answer})
    drain_zalo(zalo_app, zalo_db)
    parts = [m["message"]["text"] for m in zalo_standin.state.messages_to(citizen.user)[before:]]
    assert len(parts) == 3 and all(len(p) <= 2000 for p in parts)
    assert " ".join(parts).split() == answer.split()


@pytest.mark.parametrize(
    "later, billed",
    [
        (dt.timedelta(hours=2), False),
        (dt.timedelta(hours=47), False),
        (dt.timedelta(days=3), True),
        (dt.timedelta(days=6, hours=23), True),
    ],
)
def test_an_officers_answer_within_7_days_goes_billed_after_48_hours(
    zalo_case, zalo_login, zalo_app, zalo_db, zalo_standin, later, billed
):
    code, citizen = zalo_case
    before = len(zalo_standin.state.messages_to(citizen.user))
    answer = "Phường sẽ mở lớp hướng dẫn VNeID vào sáng thứ Bảy tại nhà văn hóa tổ 3."
    with time_machine.travel(NOW + later):
        client = zalo_login("tuan")
        page = page_text(client.get(f"/console/cases/{code}"))
        key = "zalo_billed" if billed else "zalo_open"
        assert texts.WINDOW[key].split("{")[0] in page and "kênh Zalo" in page
        response = post_form(client, f"/console/cases/{code}/reply", {"text": answer})
        shown = page_text(client.get(response.headers["Location"]))
        assert (texts.REPLY_SENT_ZALO_BILLED if billed else texts.REPLY_SENT_ZALO) in shown
        drain_zalo(zalo_app, zalo_db)
        shown = page_text(client.get(f"/console/cases/{code}"))
    (sent,) = zalo_standin.state.messages_to(citizen.user)[before:]
    assert sent["message"]["text"] == answer and sent["recipient"] == {"user_id": citizen.user}
    row = zalo_db.execute(
        "SELECT sent_by, status, tag FROM outbox WHERE message LIKE ?", [f"%{answer[:30]}%"]
    ).fetchone()
    assert row == ("tuan", "sent", BILLED if billed else None)
    assert (texts.BILLED_MARK in shown) == billed


def test_after_7_days_the_answer_is_kept_not_sent_and_the_officer_told_to_call(
    zalo_case, zalo_login, zalo_app, zalo_db, zalo_standin
):
    code, citizen = zalo_case
    queued = zalo_db.execute("SELECT count(*) FROM outbox").fetchone()[0]
    with time_machine.travel(NOW + dt.timedelta(days=8)):
        client = zalo_login("tuan")
        page = page_text(client.get(f"/console/cases/{code}"))
        assert texts.WINDOW["zalo_closed"].split("(")[0] in page and "0913 456 789" in page
        response = post_form(client, f"/console/cases/{code}/reply", {"text": "Mời anh đến phường."})
        shown = page_text(client.get(response.headers["Location"]))
    assert texts.REPLY_NOT_SENT_ZALO.split("{")[0] in shown
    assert texts.CALL_PHONE.format(phone="0913 456 789") in shown
    assert zalo_db.execute("SELECT count(*) FROM outbox").fetchone()[0] == queued


def test_status_notices_go_only_inside_the_free_48_hours(zalo_case, zalo_login, zalo_app, zalo_db, zalo_standin):
    code, citizen = zalo_case
    before = len(zalo_standin.state.messages_to(citizen.user))
    with time_machine.travel(NOW + dt.timedelta(hours=3)):
        client = zalo_login("tuan")
        response = post_form(client, f"/console/cases/{code}/status", {"status": "accepted", "note": "Thụ lý"})
        assert texts.STATUS_NOTIFIED_ZALO in page_text(client.get(response.headers["Location"]))
        drain_zalo(zalo_app, zalo_db)
    assert len(zalo_standin.state.messages_to(citizen.user)) == before + 1
    with time_machine.travel(NOW + dt.timedelta(days=3)):
        client = zalo_login("tuan")
        response = post_form(client, f"/console/cases/{code}/status", {"status": "in_progress", "note": "Đang xử lý"})
        assert texts.STATUS_NOT_NOTIFIED_ZALO in page_text(client.get(response.headers["Location"]))
        drain_zalo(zalo_app, zalo_db)
    assert len(zalo_standin.state.messages_to(citizen.user)) == before + 1


def test_an_automated_reply_that_waited_past_48_hours_is_not_sent(zalo_citizen, zalo_app, zalo_db, zalo_standin):
    from zalo.sender import NOT_FREE

    citizen = zalo_citizen()
    citizen.say("Xin chào")
    with time_machine.travel(NOW + dt.timedelta(days=2, hours=1)):  # Zalo was down for two days
        drain_zalo(zalo_app, zalo_db)
    assert zalo_db.execute("SELECT status, error_code FROM outbox").fetchone() == ("failed", NOT_FREE)
    assert zalo_standin.state.messages_to(citizen.user) == []
    assert "48" in texts.send_error_text(NOT_FREE)


def test_the_window_is_asked_per_channel(zalo_citizen, zalo_db, chat):
    from casework.window import reply_window

    citizen = zalo_citizen()
    citizen.say("Xin chào")
    at = NOW + dt.timedelta(hours=30)
    zalo = reply_window(zalo_db, citizen.psid, at)
    assert (zalo.state, zalo.channel, zalo.send_options()) == (
        "open",
        "zalo",
        {"messaging_type": "RESPONSE", "tag": None},
    )
    chat.say("Xin chào")
    messenger = reply_window(chat.db, chat.psid, at)
    assert (messenger.state, messenger.send_options()["tag"]) == ("human_agent", "HUMAN_AGENT")
    assert json.dumps(reply_window(zalo_db, citizen.psid, NOW + dt.timedelta(days=3)).send_options()) == json.dumps(
        {"messaging_type": "RESPONSE", "tag": BILLED}
    )
