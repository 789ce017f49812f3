"""The citizen's verdict: asked in Messenger when a case is resolved (inside 24 h, never tagged),
answered with quick replies, shown in the statistics; "Không hài lòng" reopens the case, and only a
leader closes it again. A hotline caller's verdict is the one the officer hears on the phone."""

import datetime as dt
import json
import re

import pytest
import time_machine
from console_support import post_form
from scripts import file_case

from bot import texts
from casework.answers import answer_citizen
from casework.texts import NOTICE_TAIL, RATING_NAMES, STATUS_NAMES, STATUS_NOTICE
from casework.workflow import change_status
from core.clock import now
from storage.reports import report_by_code

ANSWER = "Phường đã khắc phục lỗi đăng nhập Cổng dịch vụ công từ ngày 25/11/2026."
OFFICER = {"id": None, "username": "tuan", "role": "officer"}


def resolve(app, db, code, officer=OFFICER):
    report = report_by_code(db, code)
    answer_citizen(db, app.config, report["id"], ANSWER, officer)
    change_status(db, app.config, report["id"], "accepted", "Thụ lý", officer)
    return change_status(db, app.config, report["id"], "resolved", "Đã trả lời người dân", officer)


def outgoing(db, psid, after=0):
    rows = db.query(
        "SELECT id, message, messaging_type, tag FROM outbox WHERE psid = ? AND id > ? ORDER BY id", [psid, after]
    )
    return [dict(r, message=json.loads(r["message"])) for r in rows]


def test_a_resolved_case_asks_for_a_rating_and_the_statistics_show_it(app, chat_as, db, login):
    citizen = chat_as("rate-1")
    code = file_case(citizen, "feedback")
    resolve(app, db, code)
    assert [text for text, _ in citizen.replies()][:2] == [  # the answer, the notice, then the question
        ANSWER,
        STATUS_NOTICE["accepted"].format(code=code) + NOTICE_TAIL.format(code=code),
    ]
    question = outgoing(db, "rate-1")[-1]
    assert question["messaging_type"] == "RESPONSE" and question["tag"] is None  # automated: never HUMAN_AGENT
    assert texts.RATING_INTRO.format(code=code) in question["message"]["text"]
    titles = [q["title"] for q in question["message"]["quick_replies"]]
    assert titles == [
        texts.TITLES[p] for p in ("RATE_VERY_SATISFIED", "RATE_SATISFIED", "RATE_UNSATISFIED", "RATE_SKIP")
    ]
    assert all(len(t) <= 20 for t in titles)

    replies = citizen.tap("RATE_VERY_SATISFIED")
    assert texts.RATING_THANKS in replies[0][0] and replies[0][1] == ["SKIP"]  # may add a comment
    replies = citizen.say("Cán bộ trả lời nhanh, rất cảm ơn")
    assert replies[-1][1] == ["PUBLISH_YES", "PUBLISH_NO"]  # then the separate publication question
    rows = list(db.query("SELECT source, status, rating, comment FROM ratings"))
    assert rows == [
        {
            "source": "messenger",
            "status": "answered",
            "rating": "very_satisfied",
            "comment": "Cán bộ trả lời nhanh, rất cảm ơn",
        }
    ]
    thread = [
        m["text"]
        for m in db.query("SELECT text FROM messages WHERE report_id = ? ORDER BY id", [report_by_code(db, code)["id"]])
    ]
    assert "Cán bộ trả lời nhanh, rất cảm ơn" in thread  # the officer reads it with the case

    page = login("lan").get(f"/console/stats?year={now().year}").get_data(as_text=True)
    section = page[page.index('data-by="by_channel"') :]
    assert re.search(r"<td>Messenger</td><td>1</td><td>0</td><td>0</td><td>100.0%</td>", section)
    assert "1 lượt đánh giá" in page


def test_an_unsatisfied_rating_reopens_the_case_for_a_leader(app, chat_as, db, login):
    citizen = chat_as("rate-2")
    code = file_case(citizen, "petition")
    resolve(app, db, code)
    citizen.replies()
    replies = citizen.tap("RATE_UNSATISFIED")
    report = report_by_code(db, code)
    assert report["status"] == "in_progress" and report["review"] == "unsatisfied"
    assert any(texts.RATING_UNSATISFIED.format(code=code) in text for text, _ in replies)
    citizen.say("Vẫn chưa đăng nhập được")
    assert db.execute("SELECT comment FROM ratings").fetchone()[0] == "Vẫn chưa đăng nhập được"
    history = [
        (r["actor"], r["action"])
        for r in db.query("SELECT actor, action FROM audit_log WHERE report_id = ? ORDER BY id", [report["id"]])
    ]
    assert ("người dân", "rating") in history and ("người dân", "status") in history

    officer = login("tuan")
    assert "Người dân chưa hài lòng" in officer.get("/console/").get_data(as_text=True)
    refused = post_form(officer, f"/console/cases/{code}/status", {"status": "resolved", "note": "Đã xong"})
    assert refused.status_code == 400 and "chỉ lãnh đạo" in refused.get_data(as_text=True)
    assert report_by_code(db, code)["status"] == "in_progress"
    leader = login("lan")
    done = post_form(leader, f"/console/cases/{code}/status", {"status": "resolved", "note": "Lãnh đạo đã xem xét"})
    assert done.status_code == 302
    report = report_by_code(db, code)
    assert report["status"] == "resolved" and report["review"] is None


def test_no_rating_is_asked_outside_the_24_hour_window(app, chat_as, db):
    citizen = chat_as("rate-3")
    code = file_case(citizen, "feedback")
    before = max(row["id"] for row in outgoing(db, "rate-3"))
    with time_machine.travel(now() + dt.timedelta(hours=30), tick=False):
        result = resolve(app, db, code)
    assert not result.notified and result.window.state == "human_agent"
    assert db.execute("SELECT count(*) FROM ratings").fetchone()[0] == 0
    sent = outgoing(db, "rate-3", after=before)
    # Only the officer's own answer went (tagged HUMAN_AGENT); no automated notice, no question.
    assert [(r["message"]["text"], r["messaging_type"], r["tag"]) for r in sent] == [
        (ANSWER, "MESSAGE_TAG", "HUMAN_AGENT")
    ]


def test_a_rating_typed_in_a_sentence_counts(app, chat_as, db):
    citizen = chat_as("rate-4")
    code = file_case(citizen, "feedback")
    resolve(app, db, code)
    citizen.replies()
    replies = citizen.say("dạ tôi rất hài lòng ạ")
    assert db.execute("SELECT status, rating FROM ratings").fetchone() == ("answered", "very_satisfied")
    assert replies[0][1] == ["SKIP"]


def test_a_citizen_who_turns_to_something_else_is_not_trapped(app, chat_as, db):
    citizen = chat_as("rate-5")
    code = file_case(citizen, "feedback")
    resolve(app, db, code)
    citizen.replies()
    replies = citizen.say(code)  # a look-up instead of a rating: answered
    assert code in replies[0][0] and STATUS_NAMES["resolved"] in replies[0][0] and ANSWER in replies[0][0]
    assert db.execute("SELECT status FROM ratings").fetchone()[0] == "asked"  # left unanswered, not guessed
    replies = citizen.tap("MENU_REPORT")  # and the menu works again
    assert replies[0][1][:2] == ["CATEGORY_FEEDBACK", "CATEGORY_PETITION"]


def test_a_disagreement_quoting_the_code_at_the_rating_is_a_report_about_the_case(app, chat_as, db):
    """Batch 39, held out: answered as a bare look-up, the request to reopen was lost."""
    citizen = chat_as("rate-6")
    code = file_case(citizen, "feedback")
    resolve(app, db, code)
    citizen.replies()
    replies = citizen.say(
        f"Hồ sơ {code} báo đã giải quyết xong nhưng loa vẫn không kêu. Tôi không đồng ý, đề nghị mở lại."
    )
    assert texts.ABOUT_CASE.format(code=code) in "\n".join(text for text, _ in replies)
    step, draft = db.execute("SELECT step, draft FROM conversations WHERE psid = 'rate-6'").fetchone()
    assert step == "category" and "đề nghị mở lại" in json.loads(draft)["content"][0]


def test_the_officer_records_the_verdict_heard_on_the_phone(runner, db, login):
    result = runner(
        "console",
        "add",
        "--channel",
        "hotline",
        "--category",
        "feedback",
        "--field",
        "other",
        "--content",
        "Wifi miễn phí ở nhà văn hóa tổ 3 không vào được",
        "--json",
    )
    code = json.loads(result.output)["code"]
    officer = login("tuan")
    refused = post_form(officer, f"/console/cases/{code}/rating", {"rating": "satisfied"})
    assert refused.status_code == 400  # not resolved yet
    for status in ("accepted", "resolved"):
        assert runner("console", "status", code, status, "--note", "Đã sửa wifi").exit_code == 0
    response = post_form(
        officer, f"/console/cases/{code}/rating", {"rating": "unsatisfied", "comment": "Vẫn chập chờn"}
    )
    assert response.status_code == 302
    report = report_by_code(db, code)
    assert report["status"] == "in_progress" and report["review"] == "unsatisfied"
    row = db.execute("SELECT source, rating, comment, recorded_by FROM ratings").fetchone()
    assert tuple(row) == ("call", "unsatisfied", "Vẫn chập chờn", "tuan")
    page = officer.get(f"/console/cases/{code}").get_data(as_text=True)
    assert RATING_NAMES["unsatisfied"] in page and "qua điện thoại, tuan ghi" in page


@pytest.mark.parametrize("payload, status", [("RATE_SATISFIED", "answered"), ("RATE_SKIP", "skipped")])
def test_skipping_or_a_good_rating_leaves_the_case_closed(app, chat_as, db, payload, status):
    citizen = chat_as(f"rate-6-{payload}")
    code = file_case(citizen, "feedback")
    resolve(app, db, code)
    citizen.tap(payload)
    report = report_by_code(db, code)
    assert report["status"] == "resolved" and report["review"] is None
    assert db.execute("SELECT status FROM ratings").fetchone()[0] == status


def test_the_persistent_menu_over_a_pending_rating_does_what_it_says(app, chat_as, db, messenger):
    citizen = chat_as("rate-7")
    code = file_case(citizen, "feedback")
    resolve(app, db, code)
    citizen.replies()
    replies = citizen.send(messenger.postback("rate-7", "MENU_LOOKUP", "Tra cứu hồ sơ"))
    assert replies[0][0].startswith(texts.ASK["lookup"].split("{")[0])
    assert db.execute("SELECT step FROM conversations WHERE psid = 'rate-7'").fetchone()[0] == "lookup"
