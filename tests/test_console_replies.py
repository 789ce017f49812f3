"""Answering the citizen and changing the status: what Messenger's window allows, through the
outbox to the Graph stand-in, with the clock moved."""

import datetime as dt
import html

import pytest
import time_machine
from console_support import drain_to, post_form
from scripts import file_case

from bot.texts import LOOKUP_ANSWER, WELCOME
from casework.deadlines import ACCEPTED_TEXT
from console import texts

NOW = dt.datetime.now(dt.timezone.utc)


def page_text(response):
    return html.unescape(response.get_data(as_text=True))


@pytest.mark.parametrize(
    "later, messaging_type, tag",
    [
        (dt.timedelta(hours=2), "RESPONSE", None),
        (dt.timedelta(hours=23, minutes=50), "RESPONSE", None),
        (dt.timedelta(days=3), "MESSAGE_TAG", "HUMAN_AGENT"),
        (dt.timedelta(days=6, hours=23), "MESSAGE_TAG", "HUMAN_AGENT"),
    ],
)
def test_an_answer_inside_the_window_reaches_the_citizen(chat_as, login, graph, db, app, later, messaging_type, tag):
    citizen = chat_as("w-1")
    code = file_case(citizen, "petition")
    drain_to(graph, db, app)
    before = len(graph.state.messages_to("w-1"))
    answer = "Phường sẽ mở lớp hướng dẫn VNeID vào sáng thứ Bảy, 05/12/2026, tại nhà văn hóa tổ 3."
    with time_machine.travel(NOW + later):
        client = login("tuan")
        response = post_form(client, f"/console/cases/{code}/reply", {"text": answer})
        assert response.status_code == 302
        drain_to(graph, db, app)
        (sent,) = graph.state.messages_to("w-1")[before:]
        assert sent["message"]["text"] == answer
        assert sent["messaging_type"] == messaging_type and sent.get("tag") == tag
        shown = page_text(client.get(response.headers["Location"]))
        assert (texts.REPLY_SENT_TAGGED if tag else texts.REPLY_SENT) in shown and answer in shown
    row = db.execute("SELECT sent_by, status FROM outbox WHERE message LIKE ?", [f"%{answer[:30]}%"]).fetchone()
    assert row == ("tuan", "sent")


def test_after_seven_days_the_answer_is_kept_but_not_sent_and_the_phone_is_shown(chat_as, login, graph, db, app):
    citizen = chat_as("w-8")
    code = file_case(citizen, "petition")
    drain_to(graph, db, app)
    before = db.execute("SELECT count(*) FROM outbox").fetchone()[0]
    with time_machine.travel(NOW + dt.timedelta(days=8)):
        client = login("tuan")
        page = page_text(client.get(f"/console/cases/{code}"))
        assert texts.WINDOW["closed"].split("(")[0] in page and "0913 456 789" in page
        response = post_form(client, f"/console/cases/{code}/reply", {"text": "Mời anh đến phường."})
        shown = page_text(client.get(response.headers["Location"]))
    assert texts.REPLY_NOT_SENT.split("{")[0] in shown
    assert texts.CALL_PHONE.format(phone="0913 456 789") in shown
    assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == before
    assert db.execute("SELECT answer FROM reports WHERE code = ?", [code]).fetchone() == ("Mời anh đến phường.",)


def test_the_citizen_reads_the_answer_by_looking_up_the_code(chat_as, login, db):
    citizen = chat_as("w-look")
    code = file_case(citizen, "feedback")
    post_form(login("tuan"), f"/console/cases/{code}/reply", {"text": "Cổng dịch vụ công đã hoạt động lại."})
    citizen.replies()
    ((lookup, _),) = citizen.say(code)
    assert LOOKUP_ANSWER.format(answer="Cổng dịch vụ công đã hoạt động lại.") in lookup


def test_status_change_tells_the_citizen_inside_24_hours(chat_as, login, graph, db, app):
    code = file_case(chat_as("s-1"), "complaint")
    drain_to(graph, db, app)
    before = len(graph.state.messages_to("s-1"))
    client = login("tuan")
    response = post_form(
        client,
        f"/console/cases/{code}/status",
        {"status": "accepted", "note": "Đủ điều kiện thụ lý theo Điều 27 Luật Khiếu nại."},
    )
    assert texts.STATUS_NOTIFIED.strip() in page_text(client.get(response.headers["Location"]))
    drain_to(graph, db, app)
    notice, deadline = graph.state.messages_to("s-1")[before:]
    assert notice["messaging_type"] == "RESPONSE" and "tag" not in notice
    assert notice["message"]["text"].startswith(texts.STATUS_NOTICE["accepted"].format(code=code))
    # A complaint: the citizen is told the new date, the end of the resolution period.
    resolve_by = db.execute("SELECT deadline FROM reports WHERE code = ?", [code]).fetchone()[0]
    assert deadline["message"]["text"] == ACCEPTED_TEXT.format(
        code=code, deadline=dt.date.fromisoformat(resolve_by).strftime("%d/%m/%Y")
    )
    assert db.execute("SELECT status FROM reports WHERE code = ?", [code]).fetchone() == ("accepted",)


@pytest.mark.parametrize("later", [dt.timedelta(days=2), dt.timedelta(days=9)])
def test_status_change_outside_24_hours_is_not_sent_and_the_officer_is_told(chat_as, login, graph, db, app, later):
    code = file_case(chat_as("s-2"), "complaint")
    drain_to(graph, db, app)
    before = db.execute("SELECT count(*) FROM outbox").fetchone()[0]
    with time_machine.travel(NOW + later):
        client = login("tuan")
        response = post_form(
            client,
            f"/console/cases/{code}/status",
            {"status": "rejected", "note": "Đã quá thời hiệu khiếu nại (Điều 9)."},
        )
        shown = page_text(client.get(response.headers["Location"]))
    assert texts.STATUS_NOT_NOTIFIED.strip() in shown
    assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == before  # never sent as HUMAN_AGENT
    assert db.execute("SELECT status FROM reports WHERE code = ?", [code]).fetchone() == ("rejected",)


def test_status_rules_need_a_note_a_body_and_an_allowed_transition(chat_as, login, db):
    code = file_case(chat_as("s-3"), "feedback")
    client = login("tuan")
    refused = post_form(client, f"/console/cases/{code}/status", {"status": "accepted", "note": " "})
    assert refused.status_code == 400 and "Vui lòng ghi lý do" in page_text(refused)
    refused = post_form(
        client, f"/console/cases/{code}/status", {"status": "forwarded", "note": "Không thuộc thẩm quyền phường"}
    )
    page = page_text(refused)
    assert refused.status_code == 400 and "tên cơ quan có thẩm quyền" in page
    assert "Không thuộc thẩm quyền phường" in page  # what the officer typed is kept
    refused = post_form(client, f"/console/cases/{code}/status", {"status": "resolved", "note": "Xong"})
    assert refused.status_code == 400 and "Không chuyển được hồ sơ" in page_text(refused)
    assert db.execute("SELECT status FROM reports WHERE code = ?", [code]).fetchone() == ("new",)
    ok = post_form(
        client,
        f"/console/cases/{code}/status",
        {"status": "forwarded", "note": "Không thuộc thẩm quyền", "forwarded_to": "Sở Khoa học và Công nghệ"},
    )
    assert ok.status_code == 302
    row = db.execute("SELECT status, forwarded_to, closed_at IS NOT NULL FROM reports WHERE code = ?", [code])
    assert row.fetchone() == ("forwarded", "Sở Khoa học và Công nghệ", 1)


def test_notes_are_never_sent_and_history_shows_every_change(chat_as, login, db, officers):
    citizen = chat_as("n-1")
    code = file_case(citizen, "complaint")
    citizen.replies()
    client = login("tuan")
    post_form(client, f"/console/cases/{code}/note", {"text": "Đã gọi điện, anh An hẹn thứ Hai lên ký đơn."})
    post_form(client, f"/console/cases/{code}/assign", {"username": "lan"})
    post_form(client, f"/console/cases/{code}/classify", {"category": "complaint", "field": "science"})
    assert citizen.replies() == []  # nothing went to the citizen
    page = page_text(client.get(f"/console/cases/{code}"))
    assert "Đã gọi điện, anh An hẹn thứ Hai lên ký đơn." in page and texts.AUDIT_ACTIONS["assign"] in page
    assert db.execute("SELECT assigned_to FROM reports WHERE code = ?", [code]).fetchone() == (officers["lan"],)
    bad = post_form(client, f"/console/cases/{code}/assign", {"username": "nobody"})
    assert bad.status_code == 400 and "Không có cán bộ" in page_text(bad)


def test_delivery_failures_show_on_the_case(chat_as, login, graph, db, app):
    code = file_case(chat_as("fail-1"), "petition")
    drain_to(graph, db, app)
    graph.state.inject(
        {
            "status": 400,
            "body": {
                "error": {
                    "message": "(#551) This person isn't available right now.",
                    "type": "OAuthException",
                    "code": 551,
                }
            },
        }
    )
    client = login("tuan")
    post_form(client, f"/console/cases/{code}/reply", {"text": "Phường đã nhận được."})
    drain_to(graph, db, app)
    page = page_text(client.get(f"/console/cases/{code}"))
    assert "không đến được người dân" in page and texts.send_error_text(551) in page


def test_the_case_page_shows_the_whole_conversation_fields_and_consent(chat_as, login):
    code = file_case(chat_as("p-1"), "complaint")
    page = page_text(login("tuan").get(f"/console/cases/{code}"))
    for expected in [
        "Hồ sơ xin cấp phép của tôi bị trả lại không rõ lý do",  # the citizen's words
        WELCOME.split("{")[0],  # the bot's
        "Phiếu trả hồ sơ số 12/PTH ngày 10/11/2026",
        "Bộ phận một cửa phường",
        "Nguyễn Văn An",
        "0913 456 789",
        "Đồng ý lúc",
        "In đơn để người dân ký",
    ]:
        assert expected in page, expected
