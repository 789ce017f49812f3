"""What citizens type inside the flow: commands are never data, corrections in words, only
what will be accepted is offered, phones as people give them, withdrawal, deadlines told right, and a
forgotten code. Driven through /webhook with signed bodies (Chat)."""

import json

import pytest
import scripts
from duty_fixtures import add_officer
from scripts import run_script

from bot import texts
from casework.mailer import send_due_emails
from casework.withdrawal import NOTICE_SUBJECT


def draft_of(db, psid="7001"):
    return json.loads(db.execute("SELECT draft FROM conversations WHERE psid = ?", [psid]).fetchone()[0])


def step_of(db, psid="7001"):
    return db.execute("SELECT step FROM conversations WHERE psid = ?", [psid]).fetchone()[0]


# No place in it: "ở nhà văn hóa tổ 3" would be offered to confirm instead of asked (bot/facts.py).
STORY = "Wifi miễn phí bị hỏng cả tuần nay, không vào mạng được"
COMPLAINT_DETAILS = ("Phiếu trả hồ sơ số 12", "Bộ phận một cửa", "Nhận lại hồ sơ")


def to_content(chat, category="feedback"):
    """At the content step, the story already told."""
    scripts.to_content(chat, category)
    return chat.say(STORY)


def to_contact(chat, category="feedback"):
    """At the phone step: the story told, consent given, the name typed."""
    return scripts.to_phone(chat, category, content=STORY, details=COMPLAINT_DETAILS if category == "complaint" else ())


@pytest.mark.parametrize("typed", ["xong rồi", "xong roi", "đủ rồi", "hết", "Xong rồi ạ"])
def test_done_words_finish_the_content_and_are_not_content(chat, db, typed):
    to_content(chat)
    replies = chat.say(typed)
    assert step_of(db) == "place_time"
    assert draft_of(db)["content"] == [STORY]
    assert texts.ASK["place_time"].split("?")[0] in replies[-1][0]


@pytest.mark.parametrize(
    "typed",
    [
        "thôi",
        "thoi",
        "rút đơn",
        # batch 40, held out: the reason is that the problem went away ("bật lại là chạy dc r"): no problem told
        "thoi ad huy giup e nha, chi e vua chi cach tat may bat lai la chay dc r a",
        "huỷ giúp em, giờ vào được rồi ạ",
    ],
)
def test_giving_up_in_words_asks_before_cancelling_and_is_not_content(chat, db, typed):
    to_content(chat)
    replies = chat.say(typed)
    assert step_of(db) == "confirm_cancel" and replies[-1][1] == ["YES", "NO"]
    assert typed not in " ".join(draft_of(db)["content"])


def test_a_correction_in_words_edits_that_part_and_comes_back(chat, db):
    to_contact(chat)
    chat.say("0987 654 321")  # now at the address question
    replies = chat.say("sửa số điện thoại")
    assert step_of(db) == "phone" and replies[-1][0].startswith(texts.CORRECTING)
    chat.say("0912 000 111")
    assert step_of(db) == "address"  # back where the citizen was
    draft = draft_of(db)
    assert draft["phone"] == "+84912000111" and "address" not in draft


def test_a_correction_at_the_summary_returns_to_the_summary(chat, db):
    to_contact(chat)
    chat.say("0987 654 321")
    chat.say("Số 5 Lê Lợi")
    assert step_of(db) == "confirm"
    chat.say("sai địa chỉ rồi")
    replies = chat.say("Số 7 Trần Phú")
    assert step_of(db) == "confirm" and "Số 7 Trần Phú" in replies[-1][0]
    assert draft_of(db)["phone"] == "+84987654321"


def test_a_long_story_that_mentions_sua_is_content_not_a_correction(chat, db):
    to_content(chat)
    story = "Tôi đã nhờ sửa địa chỉ trên VNeID ba lần mà cán bộ vẫn chưa cập nhật cho tôi"
    chat.say(story)
    assert step_of(db) == "content" and story in draft_of(db)["content"]


def test_a_complaint_is_not_offered_skip_where_skip_is_refused(chat, db):
    replies = to_contact(chat, "complaint")
    assert step_of(db) == "phone" and "SKIP" not in replies[-1][1]
    replies = chat.say("0987 654 321")
    assert step_of(db) == "address" and "SKIP" not in replies[-1][1]
    replies = chat.say("bỏ qua")
    assert step_of(db) == "address" and "SKIP" not in replies[-1][1]
    assert "address" not in draft_of(db)


def test_feedback_may_skip_the_phone(chat, db):
    to_contact(chat)
    assert step_of(db) == "phone"
    chat.tap("SKIP")
    assert step_of(db) == "address" and draft_of(db)["phone"] == ""


@pytest.mark.parametrize("copied", ["0902.231.089", "+84 902 231 089", "0904 687 249"])
def test_the_example_and_the_wards_own_numbers_are_not_the_citizens(chat, db, copied):
    to_contact(chat)
    replies = chat.say(copied)
    assert step_of(db) == "phone" and "phone" not in draft_of(db)
    assert texts.REASK["not_own_phone"].split("{")[0] in replies[-1][0]


@pytest.mark.parametrize(
    "typed, e164",
    [
        ("+44 20 7946 0958", "+442079460958"),
        ("+44 7700 900123", "+447700900123"),  # batch 43: a range the library does not list, of a right length
    ],
)
def test_a_foreign_number_in_international_form_is_accepted(chat, db, typed, e164):
    to_contact(chat)
    chat.say(typed)
    assert step_of(db) == "address" and draft_of(db)["phone"] == e164


@pytest.mark.parametrize("typed", ["+44 123", "+1 555 12", "0123 456"])
def test_a_number_of_no_countrys_length_is_refused(chat, db, typed):
    to_contact(chat)
    chat.say(typed)
    assert step_of(db) == "phone" and "phone" not in draft_of(db)


@pytest.mark.parametrize(
    "category, stage", [("complaint", "accept"), ("denunciation", "accept"), ("feedback", "answer")]
)
def test_the_citizen_is_told_the_right_deadline(chat, category, stage):
    last = run_script(chat, category)[-1][0]
    assert texts.DEADLINE_LINES[stage].split("{")[0] in last
    period = texts.RESOLUTION_PERIODS.get(category)
    assert (period is not None) == (period is not None and period.split("{")[0] in last)


def test_withdrawal_after_submission_is_asked_recorded_and_told_to_the_officer(chat, db, app, runner, smtp_server):
    add_officer(db, "tuan", email="tuan@aiquoc.example")
    last = run_script(chat, "denunciation")
    code = next(w for w in last[-1][0].split() if w.startswith("AQ-")).rstrip(".")
    replies = chat.say("hủy")
    assert step_of(db) == "withdraw" and replies[-1][1] == ["WITHDRAW_YES", "WITHDRAW_NO"]
    assert code in replies[-1][0]
    replies = chat.tap("WITHDRAW_YES")
    assert replies[-1][0] == texts.WITHDRAWN.format(code=code)
    shown = json.loads(runner("console", "show", code, "--json").output)
    assert shown["withdrawn_at"] and shown["status"] == "new"
    assert any(m["direction"] == "in" and m["text"] == "hủy" for m in shown["messages"])
    (action,) = db.execute("SELECT note FROM audit_log WHERE action = 'withdrawal'").fetchall()
    assert action[0]
    send_due_emails(db, app.config)
    notice = next(m for m in smtp_server.messages if m["Subject"] == NOTICE_SUBJECT.format(code=code))
    body = notice.get_content()
    assert code in body and "Nguyễn Văn An" not in body and "913" not in body  # never the denouncer
    replies = chat.say("hủy")
    assert replies[-1][0].startswith(texts.NOTHING_TO_CANCEL.split(".")[0])


def test_not_withdrawing_leaves_the_case_alone(chat, db):
    run_script(chat, "petition")
    chat.say("rút đơn")
    chat.tap("WITHDRAW_NO")
    assert db.execute("SELECT withdrawn_at FROM reports").fetchone() == (None,)
    assert step_of(db) == "menu"


def test_a_forgotten_code_lists_this_accounts_cases_only(chat, db, client, app, messenger):
    from messenger_support import Chat

    other = Chat(client, app, db, messenger, psid="8002")
    run_script(other, "feedback")
    run_script(chat, "petition")
    mine = db.execute("SELECT code FROM reports WHERE psid = '7001'").fetchone()[0]
    theirs = db.execute("SELECT code FROM reports WHERE psid = '8002'").fetchone()[0]
    chat.tap("MENU_LOOKUP")
    replies = chat.say("tôi quên mã rồi")
    assert mine in replies[-1][0] and theirs not in replies[-1][0]


@pytest.mark.parametrize("typed", ["mã hồ sơ của tôi là {compact}", "{lower}", "{code}"])
def test_a_code_typed_any_way_is_looked_up(chat, db, typed):
    run_script(chat, "petition")
    code = db.execute("SELECT code FROM reports").fetchone()[0]
    replies = chat.say(typed.format(compact=code.replace("-", ""), lower=code.lower().replace("-", " "), code=code))
    assert replies[-1][0].startswith(texts.LOOKUP_RESULT.split(" (")[0].format(code=code))


def test_a_number_that_only_looks_like_a_code_is_not_one():
    from core.validation import parse_code

    assert parse_code("thu phí 2026 5 lần", {"AQ"}) is None
    assert parse_code("AQ202600002", {"AQ"}) == "AQ-2026-00002"
    assert parse_code("AQ202600002") is None  # without the ward's prefix list, only dashed codes


def test_the_case_page_shows_the_withdrawal(chat, db, login):
    run_script(chat, "petition")
    code = db.execute("SELECT code FROM reports").fetchone()[0]
    client = login("tuan")
    assert "đề nghị rút hồ sơ" not in client.get(f"/console/cases/{code}").get_data(as_text=True)
    chat.say("hủy")
    chat.tap("WITHDRAW_YES")
    assert "đề nghị rút hồ sơ" in client.get(f"/console/cases/{code}").get_data(as_text=True)


def test_copying_the_example_is_asked_again_and_never_stored(chat, db):
    from bot.report_steps import EXAMPLE_PHONE

    to_contact(chat)
    chat.say(EXAMPLE_PHONE)
    assert step_of(db) == "phone" and "phone" not in draft_of(db)


@pytest.mark.parametrize(
    "typed, name",
    [
        ("Nguyễn Thị Minh Khai", "Nguyễn Thị Minh Khai"),
        ("Maria Cristina de los Santos Garcia", "Maria Cristina de los Santos Garcia"),
        # batch 40, held out: a plea typed at the name question was stored as the name
        ("troi oi toi dang tim con, lam on co ai o phuong giup toi voi duoc khong", None),
        ("tên tôi có cần ghi đầy đủ không?", None),
    ],
)
def test_a_sentence_is_no_name(typed, name):
    from core.validation import parse_name

    assert parse_name(typed)[0] == name


def test_a_phone_taken_back_at_the_address_question_is_offered_and_the_address_asked_again(chat, db):
    """Batch 44, held out: "số vừa rồi là số của vợ tôi, số của tôi là …" was stored as the address."""
    to_contact(chat)
    chat.say("0915 220 347")
    replies = chat.say("oi chet, so vua roi la so cua vo toi. so cua toi la 0967 880 214 nhe")
    assert step_of(db) == "confirm_fact" and "0967 880 214" in replies[-1][0] and "address" not in draft_of(db)
    chat.tap("FACT_YES")
    assert step_of(db) == "address" and draft_of(db)["phone"] == "+84967880214"


def test_an_address_line_with_a_phone_in_it_is_the_address(chat, db):
    to_contact(chat)
    chat.say("0915 220 347")
    chat.say("số 14 ngõ 6 tổ dân phố 9, sđt 0915 220 347")
    assert step_of(db) != "confirm_fact" and draft_of(db)["address"].startswith("số 14 ngõ 6")


def test_an_address_told_with_the_phone_is_offered_not_asked(chat, db):
    """Batch 47, held out: "số của bà 0868.204.517, còn nhà bà ở số 45 ngõ 2 …" at the phone question."""
    to_contact(chat)
    replies = chat.say("so cua ba 0868.204.517, con nha ba o so 45 ngo 2 to dan pho 8 chau a")
    assert step_of(db) == "confirm_fact" and "so 45 ngo 2 to dan pho 8" in replies[-1][0]
    assert draft_of(db)["phone"] == "+84868204517"


def test_a_phone_typed_beside_a_question_is_taken_and_the_question_answered(chat, db):
    """Batch 47, held out: the question was answered but the phone lost, and the address then refused
    as a phone ("số chú là 0987 654 321 nhé, mà cháu cho chú hỏi trụ sở phường ở đường nào …")."""
    to_contact(chat)
    replies = chat.say("so chu la 0987 654 321 nhe, ma chau cho chu hoi tru so phuong minh o duong nao de hom nao qua")
    assert step_of(db) == "address" and draft_of(db)["phone"] == "+84987654321"
    assert "tiếp công dân" in replies[-1][0]  # the address entry's answer, then the next question


def test_a_name_said_again_at_the_phone_question_is_offered_then_the_phone_asked(chat, db):
    """Batch 48, held out: "xin lỗi máy nghe nhầm tên tôi là …" was refused as a phone."""
    to_contact(chat)
    replies = chat.say("xin lỗi máy nghe nhầm tên tôi là Nguyễn Thị Thu Hoà")
    assert step_of(db) == "confirm_fact" and "Nguyễn Thị Thu Hoà" in replies[-1][0]
    chat.tap("FACT_YES")
    assert step_of(db) == "phone" and draft_of(db)["name"] == "Nguyễn Thị Thu Hoà"


def test_a_question_at_the_phone_step_without_a_phone_keeps_the_step(chat, db):
    to_contact(chat)
    chat.say("ma chau cho chu hoi tru so phuong minh o duong nao")
    assert step_of(db) == "phone" and "phone" not in draft_of(db)


def test_the_wards_own_number_said_at_the_address_is_no_phone_taken_back(chat, db):
    """Review: a phone said at the address question was offered as the citizen's own, even the hotline."""
    to_contact(chat)
    chat.say("0915 220 347")
    chat.say("toi goi so 0902 231 089 ca sang khong ai nghe may")
    assert step_of(db) == "address" and "phone" not in (draft_of(db).get("found") or {})
    assert draft_of(db)["phone"] == "+84915220347"
