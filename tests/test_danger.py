"""Danger now told in the middle of a report, out of office hours (in-process, a real SQLite file,
signed webhook bodies): the ward's approved safety advice first, the draft urgent before any other
question, the duty officer told at once without the citizen's words, the step asked again."""

import json

import pytest
import time_machine
from duty_fixtures import add_officer, at_moment, link_messenger, local
from messenger_support import Chat
from scripts import CODE, to_consent, to_contact, to_content, to_field, to_phone, to_place_time

from bot import texts, texts_en
from casework import texts as casework_texts
from understanding.knowledge import approved_entry

SUNDAY_22 = local(2026, 3, 1, 22, 0)
SCAM = "co nguoi goi dien xung la ngan hang bat toi doc ma otp, toi phai lam sao"


@pytest.fixture
def chat_as(client, app, db, messenger):
    return lambda psid: Chat(client, app, db, messenger, psid)


def test_a_fraud_told_at_the_phone_step_on_a_sunday_night(chat, chat_as, db, app):
    officer = add_officer(db, "lan")
    officer_chat = link_messenger(chat_as, db, officer, "9001")
    with time_machine.travel(SUNDAY_22, tick=False):
        at_moment(chat, SUNDAY_22)
        to_phone(chat)
        advice, again = chat.say(SCAM)
        sorry = texts.SORRY["distressed"]  # one sorry first, then the ward's own words
        assert advice[0] == sorry + "\n" + approved_entry(db, "danger_scam", settings=app.config)["answer"]
        # ... and that what she told is kept (before: kept, but she was not told so)
        assert again[0] == "\n".join([texts.DANGER_TOLD, texts.STORY_ADDED, texts.STEP_AGAIN["phone"]])
        assert "MENU_OFFICER" in again[1]
        step, draft = db.execute("SELECT step, draft FROM conversations WHERE psid = ?", [chat.psid]).fetchone()
        draft = json.loads(draft)
        assert step == "phone" and draft["urgent"] is True and "phone" not in draft
        assert SCAM in draft["content"]  # what she told is the report's
        (notice,) = [text for text, _ in officer_chat.replies()]
        assert notice.startswith("[KHẨN]") and casework_texts.DANGER_KINDS["scam"] in notice
        assert "qua Messenger" in notice  # the channel she wrote on (a Zalo citizen's says Zalo)
        assert "otp" not in notice.lower()  # never the citizen's words

        chat.say(SCAM)  # told again: advised again, the officer not told twice
        assert officer_chat.replies() == []
        chat.say("0987 654 321")
        chat.say("Số 5 ngõ 8 Nguyễn Lương Bằng")
        code = CODE.search("\n".join(t for t, _ in chat.tap("SUBMIT"))).group()
    report_id, urgent = db.execute("SELECT id, urgent FROM reports WHERE code = ?", [code]).fetchone()
    assert urgent == 1
    # The conversation listed as urgent closed into the case: one thing to open, one to escalate.
    listing = db.execute("SELECT status, close_reason, report_id, urgent FROM handoffs WHERE psid = ?", [chat.psid])
    assert list(map(tuple, listing)) == [("closed", "case", report_id, 1)]
    thread = [
        t for (t,) in db.execute("SELECT text FROM messages WHERE report_id = ? AND direction = 'in'", [report_id])
    ]
    assert SCAM in thread  # her words about the danger are in the case's thread


def test_without_an_approved_entry_only_the_emergency_numbers_are_said(chat, db, app):
    db.execute("UPDATE knowledge_entries SET approved = 0 WHERE key = 'danger_scam'")
    to_phone(chat)
    advice, _again = chat.say(SCAM)
    assert advice[0] == texts.SORRY["distressed"] + "\n" + texts.DANGER_FALLBACK.format(hotline=app.config["HOTLINE"])


def test_a_question_about_frauds_in_general_is_advised_and_nothing_made_urgent(chat, db, app):
    """A question about frauds, asked at a choice, gets the ward's advice; the draft is not urgent and
    no officer is told (before: any such question marked the draft urgent)."""
    to_field(chat)
    advice, again = chat.say("có người gọi đòi OTP thì làm sao?")
    assert advice[0].endswith(approved_entry(db, "danger_scam", settings=app.config)["answer"])
    assert texts.DANGER_TOLD not in again[0] and again[0] == texts.STEP_AGAIN["field"]
    step, draft = db.execute("SELECT step, draft FROM conversations WHERE psid = ?", [chat.psid]).fetchone()
    assert step == "field" and not json.loads(draft).get("urgent")
    assert db.execute("SELECT count(*) FROM handoffs WHERE psid = ?", [chat.psid]).fetchone()[0] == 0


def test_money_just_lost_asked_as_a_question_is_an_urgent_report(chat, db, app):
    """Told as happening ("bấm vào rồi, giờ tài khoản mất…"), a message that ends as a question starts
    the report, urgent, with her words as its story (before: answered as a question, nothing urgent)."""
    told = "Có người lạ gửi link qua zalo, mẹ tôi bấm vào rồi giờ tài khoản mất 30 triệu, phải làm sao ạ?"
    chat.send(chat.m.postback(chat.psid))
    replies = chat.say(told)
    assert approved_entry(db, "danger_scam", settings=app.config)["answer"] in replies[0][0]
    assert any(texts.DANGER_TOLD in text for text, _ in replies)
    draft = json.loads(db.execute("SELECT draft FROM conversations WHERE psid = ?", [chat.psid]).fetchone()[0])
    assert draft["urgent"] is True and draft["content"] == [told]


def test_english_typed_at_a_step_is_answered_in_english_from_then_on(chat, db):
    """A citizen who started with the buttons and asks in English mid-way is answered in English, and the
    step is asked again in English (before: the Vietnamese answer, the conversation stayed Vietnamese)."""
    to_field(chat)
    ((said, _choices),) = chat.say("sorry what time is the office open during the week?")
    assert "Monday" in said and "thứ Hai" not in said
    assert db.execute("SELECT language FROM conversations WHERE psid = ?", [chat.psid]).fetchone()[0] == "en"
    assert said.endswith(texts_en.STEP_AGAIN["field"])


def test_a_ransom_told_over_two_messages_at_a_choice_is_urgent(chat, db, app):
    """ "Someone rang: my son crashed, he is in hospital" and then "50 million now for surgery": neither
    message is a fraud on its own, the two together are. Told at the consent step, the second makes the
    draft urgent (before: the base's safety answer was said and nothing was marked)."""
    to_consent(chat)
    chat.say("có đứa gọi bảo con trai tôi đâm xe đang nằm viện")
    replies = chat.say("bảo chuyển ngay 50 triệu tiền mổ, không thì nguy. Giờ tôi có chuyển không?")
    assert any(texts.DANGER_TOLD in text for text, _ in replies)
    step, draft = db.execute("SELECT step, draft FROM conversations WHERE psid = ?", [chat.psid]).fetchone()
    assert step == "consent" and json.loads(draft)["urgent"] is True


def test_danger_told_at_a_facts_confirmation_joins_the_draft(chat, db, app):
    """Batch 37: the place of the story offered for one tap, then "ngay bây giờ … mùi khét … tiếng nổ":
    before, the draft was taken for none and a new report started, its category asked again."""
    to_content(chat, "feedback", "technology")
    chat.say("tôi báo về cái trạm sạc xe điện công cộng ở đầu ngõ hay bị chập")
    assert "FACT_YES" in chat.tap("CONTENT_DONE")[-1][1]
    replies = chat.say(
        "ngay bây giờ tôi ngửi thấy mùi khét rất nặng và nghe tiếng nổ lách tách từ trạm sạc có mấy cháu nhỏ"
        " đang chơi ngay bên cạnh mà tôi không nhìn thấy để gọi các cháu ra được"
    )
    assert texts.DANGER_TOLD in replies[-1][0] and "đầu ngõ" in replies[-1][0].splitlines()[-1]
    step, draft = db.execute("SELECT step, draft FROM conversations WHERE psid = ?", [chat.psid]).fetchone()
    draft = json.loads(draft)
    assert step == "confirm_fact" and draft["category"] == "feedback" and draft["urgent"] is True
    assert len(draft["content"]) == 2 and "mùi khét" in draft["content"][1]


def test_a_message_after_danger_already_answered_is_not_danger_again(chat, db, app):
    """The joined reading is only for two halves: after a fraud told in one message, the name typed
    next is a name, not a second warning."""
    to_contact(chat)
    chat.say(SCAM)
    ((said, _choices),) = chat.say("Nguyễn Thị Hạnh")
    assert approved_entry(db, "danger_scam", settings=app.config)["answer"] not in said
    assert db.execute("SELECT step FROM conversations WHERE psid = ?", [chat.psid]).fetchone()[0] == "phone"


@pytest.mark.parametrize(
    ("step", "follow_up"),
    [
        ("place_time", "em lỡ đọc 3 số rồi thì sao"),  # at a typed answer: neither the place nor the time
        ("consent", "gio em phai lam sao a"),  # at a choice: not "no official answer, an officer will see"
        # batch 55, held out: whether to run to the bank or call; the fraudster's threat, no danger to people
        ("consent", "thế bây giờ tôi chạy ra phòng giao dịch ở đầu phố có kịp không hay là gọi đi đâu"),
        ("consent", "e giat dt cua bo tat may luon dc ko a?? no doa tat may giua chung la bi phat"),
        ("consent", "the ba co nen rut cai sim ra khong chau"),  # batch 57, held out: the SIM, pulled out or not
        ("consent", "có cần ra phường làm đơn không hay là ra công an"),  # batch 56: where to report it, asked
    ],
)
def test_what_now_asked_after_a_danger_is_its_advice_again(chat, db, app, step, follow_up):
    """Once a fraud is told, "giờ em phải làm sao ạ" is about it: the ward's safety advice again, the
    question kept in the report (not filed silently, not an unanswered question), the same step again."""
    (to_place_time if step == "place_time" else to_consent)(chat)
    chat.say(SCAM)
    replies = chat.say(follow_up)
    advice = approved_entry(db, "danger_scam", settings=app.config)["answer"]
    assert any(advice in text for text, _ in replies)
    assert not any(texts.NO_ANSWER_HERE in text for text, _ in replies)
    step_now, draft = db.execute("SELECT step, draft FROM conversations WHERE psid = ?", [chat.psid]).fetchone()
    assert step_now == step and follow_up in json.loads(draft)["content"]


def test_what_now_without_a_danger_told_is_an_ordinary_question(chat, db, app):
    """Without a danger told, "phải làm sao" is a question like any other: no safety advice unasked."""
    to_consent(chat)
    replies = chat.say("gio em phai lam sao a")
    advice = approved_entry(db, "danger_scam", settings=app.config)["answer"]
    assert not any(advice in text for text, _ in replies)


def test_danger_told_with_a_person_asked_for_opens_the_handoff_and_stays_urgent(chat, db, app):
    """ "cho chị nói chuyện với người thật ngay, chồng chị đang bị đe dọa" in the story: the safety advice
    first, then a person (not "go on with your story"), the draft urgent and kept."""
    to_place_time(chat)  # any step of the draft
    replies = chat.say(
        "cho chị nói chuyện với người thật ngay được không, chồng chị đang bị bọn cho vay qua app gọi điện "
        "chửi bới đe dọa, nó bảo tối nay cho người đến nhà"
    )
    advice = approved_entry(db, "danger_people", settings=app.config)["answer"]
    assert advice in replies[0][0]
    handoff = db.execute("SELECT reason FROM handoffs WHERE psid = ?", [chat.psid]).fetchone()
    assert handoff is not None and handoff[0] == "asked"
    draft = json.loads(db.execute("SELECT draft FROM conversations WHERE psid = ?", [chat.psid]).fetchone()[0])
    assert draft["urgent"] and draft["danger_told"] == "people"


@pytest.mark.parametrize(
    "first_message",
    [
        "cho chị nói chuyện với người thật ngay được không, chồng chị đang bị bọn cho vay qua app gọi điện đe dọa",
        "I need to talk to a real person now, a man is threatening to kill my husband over a loan",
    ],
)
def test_a_first_message_of_danger_asking_for_a_person_tells_the_duty_officer_at_once(chat, db, app, first_message):
    """The advice, then the person asked for, and the handoff urgent: the duty officer is told now, not
    "from 07:30" as an ordinary request out of hours is."""
    replies = chat.say(first_message)
    advice = approved_entry(db, "danger_people", settings=app.config)
    assert replies[0][0] in (advice["answer"], advice["answer_en"])
    row = db.execute("SELECT reason, urgent FROM handoffs WHERE psid = ?", [chat.psid]).fetchone()
    assert row is not None and row[0] == "asked" and row[1] == 1
