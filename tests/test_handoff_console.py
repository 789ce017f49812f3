"""Handoffs, the officer's side (in-process, real SQLite, signed webhook bodies): the console's
"Trò chuyện" view and `python -m bot console handoffs|answer|close-handoff` answer, close and turn
a conversation into a case; an officer sees only their ward's, and never a denouncer's identity."""

import json

import pytest
from console_support import PASSWORD, log_in, post_form
from scripts import file_case

from bot import texts
from storage import write_transaction
from storage.handoffs import handoff_by_id, open_handoffs, thread_of
from storage.officers import create_officer


@pytest.fixture
def waiting(chat, db):
    """A citizen who asked for an officer and wrote once more."""
    chat.send(chat.m.postback(chat.psid))
    chat.tap("MENU_OFFICER")
    assert chat.say("Tôi cần hỏi về thủ tục cấp chữ ký số") == []
    return open_handoffs(db)[0]


def citizen_texts(db, psid):
    return [
        json.loads(r["message"]).get("text")
        for r in db.query("SELECT message FROM outbox WHERE psid = ? ORDER BY id", [psid])
    ]


def test_the_officer_answers_and_closes_from_the_console(waiting, login, chat, db):
    tuan = login("tuan")
    listing = tuan.get("/console/tro-chuyen/danh-sach.json").json["conversations"]
    assert [c["id"] for c in listing] == [waiting["id"]] and "chữ ký số" in listing[0]["last"]
    page = tuan.get(f"/console/tro-chuyen/{waiting['id']}").get_data(as_text=True)
    assert "chữ ký số" in page and chat.psid not in page
    response = post_form(
        tuan,
        f"/console/tro-chuyen/{waiting['id']}/tra-loi",
        {"text": "Chào anh/chị, anh/chị mang CCCD đến bộ phận một cửa."},
    )
    assert response.status_code == 302
    assert citizen_texts(db, chat.psid)[-1] == "Chào anh/chị, anh/chị mang CCCD đến bộ phận một cửa."
    assert handoff_by_id(db, waiting["id"])["first_answer_by"] == "tuan"
    new = tuan.get(f"/console/tro-chuyen/{waiting['id']}/tin-nhan.json?after=0").json["messages"]
    assert new[-1]["who"] == "Cán bộ tuan"
    assert post_form(tuan, f"/console/tro-chuyen/{waiting['id']}/ket-thuc", {}).status_code == 302
    assert citizen_texts(db, chat.psid)[-1] == texts.HANDOFF_ENDED
    assert open_handoffs(db) == [] and chat.say("menu")


def test_turning_the_conversation_into_a_case(waiting, login, chat, db):
    tuan = login("tuan")
    page = tuan.get(f"/console/tro-chuyen/{waiting['id']}").get_data(as_text=True)
    assert "Tôi cần hỏi về thủ tục cấp chữ ký số</textarea>" in page  # pre-filled from the thread
    response = post_form(
        tuan,
        f"/console/tro-chuyen/{waiting['id']}/lap-ho-so",
        {"category": "petition", "field": "digital_transformation", "content": "Hỏi thủ tục cấp chữ ký số"},
    )
    assert response.status_code == 302 and "/console/cases/" in response.location
    report = next(db.query("SELECT * FROM reports"))
    assert report["content"] == "Hỏi thủ tục cấp chữ ký số" and report["psid"] == chat.psid
    assert db.execute(
        "SELECT count(*) FROM messages WHERE handoff_id = ? AND report_id = ?", [waiting["id"], report["id"]]
    ).fetchone()[0] == len(thread_of(db, waiting["id"]))
    assert handoff_by_id(db, waiting["id"])["report_id"] == report["id"]
    assert citizen_texts(db, chat.psid)[-1] == texts.HANDOFF_CASE_OPENED.format(code=report["code"])


def test_an_officer_of_another_ward_sees_nothing(waiting, app, db):
    with write_transaction(db):
        create_officer(db, "khac", PASSWORD, page_id="999")
    other = app.test_client()
    log_in(other, "khac")
    assert other.get("/console/tro-chuyen/danh-sach.json").json["conversations"] == []
    assert other.get(f"/console/tro-chuyen/{waiting['id']}").status_code == 404
    assert post_form(other, f"/console/tro-chuyen/{waiting['id']}/ket-thuc", {}).status_code == 404
    assert open_handoffs(db)


def test_a_denouncers_identity_is_blanked_for_an_officer(chat_as, login, db):
    citizen = chat_as("7001")
    code = file_case(citizen, "denunciation")
    name = db.execute("SELECT name FROM reports WHERE code = ?", [code]).fetchone()[0]
    citizen.say("gặp cán bộ")
    citizen.say(f"Tôi là {name}, số 0913 456 789, xin gặp cán bộ")
    (handoff,) = open_handoffs(db)
    for user, shown in (("tuan", False), ("lan", True)):
        client = login(user)
        outputs = [
            client.get(f"/console/tro-chuyen/{handoff['id']}").get_data(as_text=True),
            json.dumps(client.get("/console/tro-chuyen/danh-sach.json").json, ensure_ascii=False),
            json.dumps(client.get(f"/console/tro-chuyen/{handoff['id']}/tin-nhan.json").json, ensure_ascii=False),
        ]
        assert all((name in o and "0913 456 789" in o) == shown for o in outputs), user


def test_the_command_line(waiting, runner, chat, db):
    listed = json.loads(runner("console", "handoffs", "--json").output)
    assert [(h["psid"], h["messages"][-1]["text"]) for h in listed] == [
        (chat.psid, "Tôi cần hỏi về thủ tục cấp chữ ký số")
    ]
    assert "Tôi cần hỏi" in runner("console", "handoffs").output
    result = runner("console", "answer", chat.psid, "Anh/chị mang CCCD đến phường nhé.")
    assert result.exit_code == 0 and citizen_texts(db, chat.psid)[-1] == "Anh/chị mang CCCD đến phường nhé."
    assert runner("console", "close-handoff", chat.psid).exit_code == 0
    assert open_handoffs(db) == []
    for args in (("answer", chat.psid, "Còn nữa"), ("close-handoff", chat.psid), ("answer", "424242", "x")):
        refused = runner("console", *args)
        assert refused.exit_code == 1 and refused.output.count("\n") == 1 and "PSID" in refused.output
    assert json.loads(runner("console", "handoffs", "--json").output) == []


def test_the_statistics_page_counts_handoffs(waiting, login, runner, chat):
    runner("console", "answer", chat.psid, "Chào anh/chị.")
    page = login("lan").get("/console/stats").get_data(as_text=True)
    section = page[page.index("Người dân gặp cán bộ") :]
    assert "<td>Số lần đề nghị gặp cán bộ trong năm</td><td>1</td>" in section
    assert "<td>Đã có cán bộ trả lời</td><td>1</td>" in section


def test_answering_a_listed_conversation_pauses_the_bot(chat, runner, login, db):
    chat.send(chat.m.postback(chat.psid))
    assert chat.say("Phường có hỗ trợ cài VNeID tại nhà không")  # fits no case: listed, still answered
    rows = login("tuan").get("/console/tro-chuyen/danh-sach.json").json["conversations"]
    assert [r["reason"] for r in rows] == ["Tin nhắn chưa thuộc hồ sơ nào (trợ lý vẫn trả lời)"]
    assert runner("console", "answer", chat.psid, "Có ạ, anh/chị để lại địa chỉ nhé.").exit_code == 0
    assert chat.replies() == [("Có ạ, anh/chị để lại địa chỉ nhé.", [])]
    assert chat.say("Số 5 Lê Lợi") == []  # a person answers now: the bot does not talk over them


def test_a_denouncer_still_drafting_is_blanked_too(chat, login, db):
    """Mid-way through a denunciation, before any case exists, they ask for an officer and repeat
    who they are: an officer's view of the conversation does not show it."""
    from scripts import SCRIPTS

    for action, value in SCRIPTS["denunciation"][:-1]:  # everything but the final "send"
        chat.send(chat.m.postback(chat.psid, value)) if action == "postback" else getattr(chat, action)(value)
    draft = json.loads(db.execute("SELECT draft FROM conversations").fetchone()[0])
    assert draft["category"] == "denunciation" and draft["phone"]
    chat.say("gặp cán bộ")
    chat.say(f"Tôi ở {draft['address']}, số 0913 456 789")
    (handoff,) = open_handoffs(db)
    page = login("tuan").get(f"/console/tro-chuyen/{handoff['id']}").get_data(as_text=True)
    assert "0913 456 789" not in page and draft["address"] not in page
    page = login("lan").get(f"/console/tro-chuyen/{handoff['id']}").get_data(as_text=True)
    assert "0913 456 789" in page and draft["address"] in page


def test_polling_does_not_keep_an_idle_session_alive(waiting, login, app, db):
    tuan = login("tuan")
    idle = app.config["SESSION_IDLE_MINUTES"]
    with write_transaction(db):
        db.execute(
            "UPDATE console_sessions SET last_seen_at = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', ?)",
            [f"-{idle - 1} minutes"],
        )
    before = db.execute("SELECT last_seen_at FROM console_sessions").fetchone()[0]
    assert tuan.get("/console/tro-chuyen/danh-sach.json").status_code == 200
    assert tuan.get(f"/console/tro-chuyen/{waiting['id']}/tin-nhan.json").status_code == 200
    assert db.execute("SELECT last_seen_at FROM console_sessions").fetchone()[0] == before
    with write_transaction(db):
        db.execute(
            "UPDATE console_sessions SET last_seen_at = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', ?)",
            [f"-{idle + 1} minutes"],
        )
    assert tuan.get("/console/tro-chuyen/danh-sach.json").status_code == 302  # to the login page
