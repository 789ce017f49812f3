"""A case's thread holds what belongs to it (storage/threads.py), in-process on a real database.

A new case used to take every message since the citizen's previous case: a denouncer's look-up of
the denunciation's code, "dữ liệu của tôi" and other chat landed in the thread of their next
feedback, where an officer read "Hồ sơ AQ-2026-00001 (Tố cáo)". Now a message joins a case only if
it was sent while that case was being made, or was added to it (more for that case, an officer
making the case from the conversation); look-ups and data requests stay in the conversation, even
in the middle of a draft.
"""

from console_support import post_form
from scripts import SCRIPTS, file_case

from bot import rights_texts
from bot import texts as bot_texts
from core.redaction import HIDDEN
from storage.handoffs import open_handoffs


def thread_texts(db, code):
    return [
        row["text"]
        for row in db.query(
            "SELECT m.text FROM messages m JOIN reports r ON r.id = m.report_id WHERE r.code = ? ORDER BY m.id",
            [code],
        )
    ]


def said(replies):
    return "\n".join(text for text, _ in replies)


def test_a_later_case_takes_none_of_the_look_ups_data_requests_or_chat_before_it(chat_as, db):
    citizen = chat_as("asks-first")
    first = file_case(citizen, "denunciation")
    assert first in said(citizen.say(first))
    assert first in said(citizen.say("dữ liệu của tôi"))
    citizen.say("Cho hỏi giờ làm việc của phường")
    (chat_id,) = db.execute("SELECT max(id) FROM messages WHERE psid = 'asks-first'").fetchone()
    later = file_case(citizen, "feedback")
    texts = thread_texts(db, later)
    assert "Cổng dịch vụ công không đăng nhập được" in texts
    joined = "\n".join(texts)
    assert first not in joined and rights_texts.DATA_HEADER.split("{")[0] not in joined
    assert "Cho hỏi giờ làm việc của phường" not in texts
    # The thread begins with the draft: nothing the citizen said, or was told, before it.
    (earliest,) = db.execute(
        "SELECT min(m.id) FROM messages m JOIN reports r ON r.id = m.report_id WHERE r.code = ?", [later]
    ).fetchone()
    assert earliest > chat_id
    # Nor did the look-up or the data listing join the denunciation: its thread ends with its filing.
    assert thread_texts(db, first)[-1].startswith(bot_texts.SUBMITTED.split("{")[0])


def test_a_look_up_or_a_data_request_in_the_middle_of_a_draft_stays_out_of_it(chat_as, db):
    citizen = chat_as("asks-midway")
    first = file_case(citizen, "petition")
    script = list(SCRIPTS["feedback"])
    at = script.index(("tap", "CATEGORY_FEEDBACK"))
    script[at:at] = [("say", first), ("say", "dữ liệu của tôi")]
    later = file_case(citizen, script=script)
    joined = "\n".join(thread_texts(db, later))
    assert "Cổng dịch vụ công không đăng nhập được" in joined
    assert first not in joined and rights_texts.DATA_HEADER.split("{")[0] not in joined
    # The draft's own questions are there (the categories explained with the first case: asked short).
    assert bot_texts.CATEGORY_AGAIN in joined and bot_texts.ASK["field"].split("\n")[0] in joined


def test_more_for_a_case_joins_it_and_only_it(chat_as, db):
    citizen = chat_as("adds-more")
    code = file_case(citizen, "feedback")
    citizen.say("Tôi gửi thêm: sáng nay vẫn chưa đăng nhập được")
    assert "Tôi gửi thêm: sáng nay vẫn chưa đăng nhập được" in thread_texts(db, code)
    before = thread_texts(db, code)
    assert code in said(citizen.say(code))  # a look-up of that very case is not more for it
    assert thread_texts(db, code) == before


def test_a_case_made_from_a_denouncers_conversation_takes_it_and_keeps_them_hidden(chat, db, login):
    code = file_case(chat, "denunciation")
    chat.say(code)  # looked up before asking for a person
    chat.tap("MENU_OFFICER")
    chat.say("Tôi là Phạm Văn Minh sđt 0987654321, tôi muốn hỏi đơn tố cáo " + code)
    (handoff,) = open_handoffs(db)
    tuan = login("tuan")  # an ordinary officer
    response = post_form(
        tuan,
        f"/console/tro-chuyen/{handoff['id']}/lap-ho-so",
        {"category": "feedback", "field": "other", "content": "Hỏi về đơn đã gửi"},
    )
    assert response.status_code == 302
    made = response.location.rsplit("/", 1)[-1]
    texts = thread_texts(db, made)
    assert any("tôi muốn hỏi đơn tố cáo" in text for text in texts)  # the conversation is its thread
    assert not any(text.startswith(code) for text in texts)  # the look-up before it stayed out
    (count,) = db.execute("SELECT count(*) FROM messages WHERE handoff_id = ?", [handoff["id"]]).fetchone()
    assert len(texts) == count
    # The new case is a feedback, but its author is a protected person: the officer reads it blanked.
    page = tuan.get(f"/console/cases/{made}").get_data(as_text=True)
    assert "tôi muốn hỏi đơn tố cáo" in page and HIDDEN in page
    for identity in ("Phạm Văn Minh", "0987654321", "Nguyễn Văn An"):
        assert identity not in page, identity
    assert tuan.get(f"/console/cases/{made}/json").get_json()["psid"] is None
    assert "Phạm Văn Minh" in login("lan").get(f"/console/cases/{made}").get_data(as_text=True)


def test_the_first_message_of_a_story_starts_its_case(chat, db):
    chat.say("Cho hỏi giờ làm việc của phường")  # chat before the story stays out of the case
    replies = chat.say("Wifi ở nhà văn hóa tổ 3 hỏng cả tuần nay rồi")
    assert bot_texts.ASK["category"] in said(replies)  # the story is kept as the draft's content
    code = file_case(chat, script=[("tap", "CATEGORY_FEEDBACK"), *SCRIPTS["feedback"][3:]])
    assert thread_texts(db, code)[0] == "Wifi ở nhà văn hóa tổ 3 hỏng cả tuần nay rồi"


def test_a_cancelled_draft_stays_out_but_the_greeting_before_a_report_comes_with_it(chat_as, db):
    citizen = chat_as("gives-up")
    citizen.tap("MENU_DENOUNCE")
    citizen.tap("FIELD_OTHER")
    citizen.say("Ông cán bộ địa chính đòi tiền tôi")
    citizen.say("hủy")
    citizen.tap("YES")
    citizen.say("cảm ơn")  # small talk: no case's
    later = file_case(citizen, "petition")  # begins with "Xin chào", then the menu
    texts = thread_texts(db, later)
    assert texts[0] == "Xin chào" and "Đề nghị mở lớp hướng dẫn dùng VNeID cho người cao tuổi" in texts
    assert "Ông cán bộ địa chính đòi tiền tôi" not in texts and "cảm ơn" not in texts
    assert bot_texts.THANKS_REPLY not in texts
