"""A warmer voice (bot/voice.py, core/voice.py), through /webhook with signed bodies (Chat): "bà" is
"bà" from the first message to the last notice, one sorry, the categories explained once, never the
hotline to someone it failed, and English from first to last."""

import json
import re

import time_machine
from duty_fixtures import at_moment, local

from bot import texts, texts_en
from casework import texts_en as casework_en
from casework.deadlines import ACCEPTED_TEXT
from core.voice import speak

GRANDMOTHER = (
    "chau oi ba bi ai goi dien bao la cong an phuong bat cai app gi do vao dien thoai, ba cai roi gio no "
    "doi ma otp. ba phai lam sao"
)
ANGRY = "goi duong day nong ca ngay khong ai nghe!!!"
CODE = re.compile(r"AQ-\d{4}-\d{5}")
BA = {"you": "bà", "me": "cháu"}
MONDAY_21 = local(2026, 3, 2, 21, 0)


def text_of(replies):
    return "\n".join(text for text, _ in replies)


def outbox_texts(db, psid="7001", after=0):
    rows = db.query("SELECT id, message FROM outbox WHERE psid = ? AND id > ? ORDER BY id", [psid, after])
    return [json.loads(row["message"]).get("text") for row in rows if "text" in json.loads(row["message"])]


def last_outbox_id(db):
    return db.execute("SELECT coalesce(max(id), 0) FROM outbox").fetchone()[0]


def file_feedback(chat):
    chat.tap("CATEGORY_FEEDBACK")
    chat.tap("FIELD_TECHNOLOGY")
    chat.tap("SKIP")
    chat.tap("CONSENT_NO")
    return CODE.search(text_of(chat.tap("SUBMIT"))).group()


def test_a_grandmother_is_bà_and_the_bot_cháu_from_the_first_message_to_the_last_notice(chat, db, runner):
    replies = chat.say(GRANDMOTHER)
    said = text_of(replies)
    assert speak(texts.SORRY["distressed"], BA) in said and said.startswith("Cháu rất tiếc vì bà")
    assert speak(texts.STORY_KEPT, BA) in said and "anh/chị" not in said.lower()
    assert "Bà muốn gửi loại nào ạ?" in said
    voice = json.loads(db.execute("SELECT voice FROM conversations").fetchone()[0])
    assert (voice["you"], voice["me"]) == ("bà", "cháu")  # kept on the conversation
    replies = chat.say("ba co dua ma otp cho no khong")  # a second message: no second sorry
    assert "rất tiếc" not in text_of(replies) and speak(texts.DANGER_TOLD, BA) not in text_of(replies)  # told once
    assert text_of(replies).startswith("Việc này cần làm ngay")  # the advice again, then her step
    assert text_of(replies).endswith(speak(texts.STEP_AGAIN["category"], BA))
    code = file_feedback(chat)
    before = last_outbox_id(db)
    runner("console", "status", code, "accepted", "--note", "Đã nhận")
    (notice,) = outbox_texts(db, after=before)
    assert notice.startswith(f"Hồ sơ {code} của bà đã được thụ lý") and "anh/chị" not in notice


def test_an_angry_caller_gets_one_sorry_and_is_never_sent_back_to_the_hotline(chat, db):
    replies = chat.say(ANGRY)
    assert text_of(replies).startswith(texts.SORRY["hotline"])
    chat.tap("CATEGORY_FEEDBACK")
    chat.tap("FIELD_OTHER")
    chat.tap("SKIP")
    chat.tap("CONSENT_NO")
    last = text_of(chat.tap("SUBMIT"))
    assert "0902 231 089" not in last and texts.CALL_BACK in last  # a person and a call back instead
    assert text_of(chat.say("sao van chua ai goi lai!!!")).count("xin lỗi") == 0  # one sorry per conversation
    assert all("0902 231 089" not in text for text in outbox_texts(db))


def test_the_hotline_is_given_to_everyone_else(chat):
    chat.say("Cổng dịch vụ công không đăng nhập được từ sáng nay")
    chat.tap("CATEGORY_FEEDBACK")
    chat.tap("FIELD_OTHER")
    chat.tap("SKIP")
    chat.tap("CONSENT_NO")
    last = text_of(chat.tap("SUBMIT"))
    assert texts.CALL_HOTLINE.format(hotline="0902 231 089") in last and "xin lỗi" not in last


def test_the_categories_are_explained_once_not_after_every_misunderstanding(chat):
    replies = chat.say("camera o ngo 12 hong 2 tuan roi")
    glossary = texts.ASK["category"].split("\n")[1]  # "• Phản ánh: báo cho phường biết…"
    assert glossary in text_of(replies)
    for typed in ("khong biet nua", "la sao"):
        replies = chat.say(typed)
        assert glossary not in text_of(replies) and texts.CATEGORY_AGAIN in text_of(replies)


def test_a_young_person_is_em(chat):
    replies = chat.say("ad oi cho e hoi, e gui phan anh ve wifi nha van hoa to 5 mat song ca tuan nay")
    said = text_of(replies)
    assert "em kể" in said and "anh/chị" not in said


def test_an_elder_who_names_only_himself_is_answered_by_cháu(chat, db):
    """Batch 45, held out: "Chú năm nay 67 tuổi…" was "chú", but the assistant still "Trợ lý"."""
    replies = chat.say("Chú năm nay 67 tuổi, chú muốn phản ánh cái loa phát thanh ở ngõ 4 hỏng cả tuần nay")
    said = text_of(replies)
    assert "Cháu" in said and "chú" in said and "Trợ lý đã" not in said
    (voice,) = db.execute("SELECT voice FROM conversations WHERE psid = ?", [chat.psid]).fetchone()
    voice = json.loads(voice)
    assert (voice["you"], voice["me"]) == ("chú", "cháu")


def test_an_answer_from_the_base_and_a_thanks_at_the_name_step_are_said_to_bác(chat):
    """Batch 40: an uncle's "uh bac cam on chau nhieu nhe" at the name step was stored as his name,
    and the hotline's approved answer called him "Anh/chị"."""
    chat.say("chau oi bac lam can cuoc roi ma ung dung dinh danh cu bat bac chup mat mai khong qua")
    chat.tap("CATEGORY_FEEDBACK")
    chat.tap("FIELD_DIGITAL_TRANSFORMATION")
    chat.tap("CONTENT_DONE")
    chat.tap("SKIP")
    chat.tap("CONSENT_YES")
    thanked = text_of(chat.say("uh bac cam on chau nhieu nhe"))
    assert speak(texts.ASIDE_THANKS, {"you": "bác", "me": "cháu"}) in thanked and "họ và tên" in thanked
    answered = text_of(chat.say("chau cho bac xin so duong day nong cua phuong voi"))
    assert "0902 231 089" in answered and "Bác có thể gọi số này" in answered and "Anh/chị" not in answered


def test_dạ_and_ạ_as_a_wards_receptionist(chat):
    replies = chat.say("Xin chào")
    assert "ạ" in text_of(replies)
    chat.tap("MENU_REPORT")
    chat.tap("CATEGORY_FEEDBACK")
    chat.tap("FIELD_OTHER")
    replies = chat.say("Cột điện nghiêng")
    assert text_of(replies).startswith("Dạ,")


def test_english_from_first_to_last_notices_included(chat, db, runner):
    with time_machine.travel(MONDAY_21, tick=False):
        at_moment(chat, MONDAY_21)
        replies = chat.say("Hello, I cannot log in to the public service portal, my account is locked since yesterday")
        assert texts_en.STORY_KEPT in text_of(replies)
        chat.tap("CATEGORY_COMPLAINT")
        chat.tap("FIELD_DIGITAL_TRANSFORMATION")
        chat.tap("SKIP")
        for answer in ("The one-stop desk refused my file", "The one-stop desk", "Please accept my file"):
            chat.say(answer)
        chat.tap("CONSENT_YES")
        chat.say("Anna Smith")
        chat.say("+44 20 7946 0958")
        chat.say("12 Lach Tray street")
        last = text_of(chat.tap("SUBMIT"))
    code = CODE.search(last).group()
    assert "07:30 Tuesday, 03/03/2026" in last  # when the officer reads it, in English
    names = (chat.app.config["RECEPTION_ADDRESS"], chat.app.config["WARD_NAME"])  # proper names stay
    rest = re.sub("|".join(map(re.escape, names)), "", last)
    assert not [ch for ch in rest if ch.isalpha() and not ch.isascii()]  # no Vietnamese word left
    before = last_outbox_id(db)
    with time_machine.travel(local(2026, 3, 3, 9, 0), tick=False):  # the next morning: inside 24 h
        runner("console", "status", code, "accepted", "--note", "Accepted")
    notice, deadline = outbox_texts(db, after=before)
    assert notice.startswith(casework_en.STATUS_NOTICE["accepted"].format(code=code))
    assert deadline.startswith(casework_en.ACCEPTED_TEXT.split("{deadline}")[0].format(code=code))
    assert ACCEPTED_TEXT.split("{")[0] not in deadline


def test_do_you_speak_english_is_the_welcome_in_english_with_the_officer_as_mr(chat, db):
    """Batch 40, held out: taken for a report, its greeting kept as the story; the officer was "Ông"."""
    replies = chat.say("Hello, do you speak English? I'm a teacher from Australia and I just moved into the ward.")
    said = text_of(replies)
    assert texts_en.HOTLINE_LINE.format(hotline="0902 231 089", hotline_officer="Mr Nguyễn Anh Tuấn") in said
    assert texts_en.STORY_KEPT not in said and replies[-1][1][:2] == ["MENU_REPORT", "MENU_COMPLAINT"]
    assert "Ông" not in said


def test_an_english_answer_gives_office_hours_in_english(chat):
    replies = chat.say("What are the office hours of the ward?")
    assert "Monday to Friday" in text_of(replies) and "thứ" not in text_of(replies)


def test_the_handoff_speaks_as_the_conversation_does(chat, db, runner):
    replies = chat.say("chau oi ba muon gap can bo")
    assert text_of(replies).startswith("Dạ, cháu đã báo cán bộ trực") and "bà" in text_of(replies)
    assert text_of(chat.say("gap can bo")) == speak(texts.HANDOFF_WAITING, BA)
    handoff_id = db.execute("SELECT id FROM handoffs WHERE closed_at IS NULL").fetchone()[0]
    before = last_outbox_id(db)
    runner("console", "close-handoff", chat.psid)
    ended = [t for t in outbox_texts(db, after=before) if t]
    assert ended == [speak(texts.HANDOFF_ENDED, BA)] and handoff_id
