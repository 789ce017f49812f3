"""No notice owed an officer is lost: each is a row with its status, held ones go out when an officer
comes on duty or the office opens, failed ones are retried and shown; urgent cases nobody opens are
escalated after URGENT_ACK_MINUTES of office time (at once out of hours); a citizen's follow-up
reaches the case's officer and marks the case "tin mới". Time moves with time-machine, never sleeps."""

import json

import pytest
import time_machine
from duty_fixtures import add_officer, at_moment, link_messenger, local
from messenger_support import Chat
from scripts import CODE, to_consent

from casework import texts
from casework.mailer import send_due_emails
from casework.notices import MAX_ATTEMPTS, RETRY
from console import texts as console_texts
from core.calendar import WardCalendar
from core.office_hours import OfficeHours
from runtime.scheduler import run_notices
from storage import write_transaction
from storage.casework import set_assignee
from storage.officers import create_officer

MONDAY_11_20 = local(2026, 3, 2, 11, 20)  # ten office minutes before lunch
MONDAY_21 = local(2026, 3, 2, 21, 0)
# A fraud that is over: an urgent case, not danger now (tests/test_danger.py has that one).
FRAUD = "Tuần trước bà tôi bị lừa đảo qua điện thoại, mất 5 triệu, đề nghị phường cảnh báo người dân"


@pytest.fixture
def chat_as(client, app, db, messenger):
    return lambda psid: Chat(client, app, db, messenger, psid)


@pytest.fixture
def login(login, db):
    """The console's login, for a clock set back to 2026: the accounts' passwords were set long before."""
    db.execute(
        "UPDATE officers SET created_at = :long_ago, password_changed_at = :long_ago", {"long_ago": "2020-01-01"}
    )
    return login


def file_report(chat, moment, content=FRAUD, urgent_tap=False):
    """File a case at `moment`; its code."""
    with time_machine.travel(moment, tick=False):
        at_moment(chat, moment)
        to_consent(chat, content=content)
        chat.tap("CONSENT_NO")
        return CODE.search(chat.tap("SUBMIT_URGENT" if urgent_tap else "SUBMIT")[-1][0]).group()


def follow_up(chat, text):
    """The citizen writes more after filing; asked "more for that case or a new matter?", adds it."""
    replies = chat.say(text)
    if replies and "ADD_TO_CASE" in replies[-1][1]:
        replies = chat.tap("ADD_TO_CASE")
    return replies


def duty_messages(db, psid):
    return [r["message"] for r in db.query("SELECT message FROM outbox WHERE psid = ? AND sent_by = 'duty'", [psid])]


def leader(db, username="chutich", email="chutich@aiquoc.example"):
    with write_transaction(db):
        return create_officer(db, username, "a-long-password", role="leader", full_name="Chủ tịch", email=email)


def notices(db, kind=None):
    where, params = ("WHERE kind = ?", [kind]) if kind else ("", [])
    return list(db.query(f"SELECT * FROM notices {where} ORDER BY id", params))


def round_at(db, app, moment):
    with time_machine.travel(moment, tick=False):
        return run_notices(db, app.config)


def history(db, code):
    return [
        r["action"]
        for r in db.query(
            "SELECT a.action FROM audit_log a JOIN reports r ON r.id = a.report_id WHERE r.code = ?", [code]
        )
    ]


def test_office_minutes_skip_lunch_nights_weekends_and_the_wards_days_off():
    hours = OfficeHours.parse("Mon-Fri 07:30-11:30,13:30-17:00")
    calendar = WardCalendar({local(2026, 3, 3).date(): "off"})
    assert hours.add_office_minutes(MONDAY_11_20, 30, calendar) == local(2026, 3, 2, 13, 50)
    # Friday 16:50, 30 minutes: ten on Friday, twenty on Monday morning.
    assert hours.add_office_minutes(local(2026, 3, 6, 16, 50), 30, calendar) == local(2026, 3, 9, 7, 50)
    # Monday 21:00, the ward's Tuesday off: Wednesday 08:00.
    assert hours.add_office_minutes(MONDAY_21, 30, calendar) == local(2026, 3, 4, 8, 0)


def test_an_urgent_case_with_nobody_on_duty_is_held_then_escalated_after_30_office_minutes(chat, db, app, smtp_server):
    leader(db)
    code = file_report(chat, MONDAY_11_20)
    (held,) = notices(db)
    assert (held["kind"], held["status"], held["reason"], held["officer_id"]) == (
        "urgent",
        "held",
        "nobody_on_duty",
        None,
    )
    assert texts.URGENT_MARK in held["subject"] and texts.URGENT_MARK in held["body"]
    assert round_at(db, app, local(2026, 3, 2, 13, 49)) == 0  # 29 office minutes: lunch does not count
    assert notices(db, "escalation") == [] and "escalation" not in history(db, code)
    round_at(db, app, local(2026, 3, 2, 13, 50))
    (escalation,) = notices(db, "escalation")
    assert escalation["status"] == "queued" and escalation["subject"].startswith("[PAKN] [KHẨN]")
    send_due_emails(db, app.config)
    (mail,) = smtp_server.messages
    assert mail["To"] == "chutich@aiquoc.example" and code in mail["Subject"] and "[KHẨN]" in mail["Subject"]
    assert history(db, code).count("escalation") == 1
    round_at(db, app, local(2026, 3, 2, 15, 0))  # once only
    assert len(notices(db, "escalation")) == 1


def test_out_of_hours_an_urgent_case_is_escalated_at_once_and_reaches_an_officer_who_checks_in(
    chat, chat_as, db, app, smtp_server, graph
):
    leader(db)
    lan = add_officer(db, "lan", on_duty=None)  # not on the roster; nobody is
    code = file_report(chat, MONDAY_21)
    round_at(db, app, MONDAY_21)
    assert [n["status"] for n in notices(db, "escalation")] == ["queued"]
    assert [(n["status"], n["reason"]) for n in notices(db, "urgent")] == [("held", "nobody_on_duty")]
    with time_machine.travel(local(2026, 3, 2, 21, 40), tick=False):
        link_messenger(lambda p: at_moment(chat_as(p), local(2026, 3, 2, 21, 40)), db, lan, "officer-lan")
    (urgent,) = notices(db, "urgent")
    assert (urgent["status"], urgent["officer_id"]) == ("queued", lan)
    (message,) = duty_messages(db, "officer-lan")
    text = json.loads(message)["text"]
    assert code in text and text.startswith(texts.URGENT_MARK)


def test_opening_the_case_page_stops_the_escalation_and_a_list_view_does_not(chat, db, app, login, smtp_server):
    code = file_report(chat, MONDAY_11_20)
    with time_machine.travel(local(2026, 3, 2, 13, 40), tick=False):
        officer = login("tuan")
        inbox = officer.get("/console/").get_data(as_text=True)
        assert code in inbox
        assert db.execute("SELECT seen_at FROM reports WHERE code = ?", [code]).fetchone()[0] is None
        assert officer.get(f"/console/cases/{code}").status_code == 200
    assert db.execute("SELECT seen_by FROM reports WHERE code = ?", [code]).fetchone()[0] == "tuan"
    round_at(db, app, local(2026, 3, 2, 16, 0))
    assert notices(db, "escalation") == []
    # The held notice is moot now: an officer opened the case before anyone could be told.
    assert [(n["status"], n["reason"]) for n in notices(db, "urgent")] == [("cancelled", "seen")]


def test_a_new_case_held_overnight_goes_in_the_morning_digest_not_twice(chat, db, app, smtp_server):
    add_officer(db, "lan", email="lan@aiquoc.example")
    file_report(chat, MONDAY_21, content="Wifi nhà văn hóa hỏng")
    (held,) = notices(db)
    assert (held["status"], held["reason"]) == ("held", "out_of_hours")
    assert held["held_until"].startswith("2026-03-03T00:30")  # 07:30 in Hải Phòng
    from runtime.scheduler import run_scheduled_digest

    with time_machine.travel(local(2026, 3, 3, 7, 31), tick=False):
        run_scheduled_digest(db, app.config)
        run_notices(db, app.config)
        send_due_emails(db, app.config)
        run_notices(db, app.config)
    assert len(smtp_server.messages) == 1 and "Bản tin" in smtp_server.messages[0]["Subject"]
    assert [(n["kind"], n["status"], n["reason"]) for n in notices(db)] == [
        ("new_report", "sent", "in_digest"),
        ("digest", "sent", None),
    ]


def test_with_a_later_digest_the_held_notice_goes_when_the_office_opens(chat, db, app, smtp_server):
    app.config["DIGEST_TIME"] = "09:00"
    add_officer(db, "lan", email="lan@aiquoc.example")
    code = file_report(chat, MONDAY_21, content="Wifi nhà văn hóa hỏng")
    round_at(db, app, local(2026, 3, 3, 7, 29))
    assert notices(db)[0]["status"] == "held"
    round_at(db, app, local(2026, 3, 3, 7, 30))
    send_due_emails(db, app.config)
    (mail,) = smtp_server.messages
    assert code in mail["Subject"] and mail["To"] == "lan@aiquoc.example"


def test_a_follow_up_notifies_the_assignee_once_and_shows_tin_moi_until_opened(chat, db, app, login, smtp_server):
    add_officer(db, "hoa", email="hoa@aiquoc.example")  # on duty
    minh = add_officer(db, "minh", email="minh@aiquoc.example", on_duty=None)
    monday_9 = local(2026, 3, 2, 9, 0)
    code = file_report(chat, monday_9, content="Wifi nhà văn hóa hỏng")
    with write_transaction(db):
        set_assignee(db, db.execute("SELECT id FROM reports").fetchone()[0], minh)
    with time_machine.travel(local(2026, 3, 2, 9, 30), tick=False):
        officer = login("tuan")
        at_moment(chat, local(2026, 3, 2, 9, 30))
        follow_up(chat, "no lai goi nua chau oi, doi chuyen them tien")
        chat.send(chat.m.attachment(chat.psid))
        inbox = officer.get("/console/").get_data(as_text=True)
    (told,) = notices(db, "follow_up")  # one notice for the two messages
    assert told["officer_id"] == minh and told["status"] == "queued"
    assert "doi chuyen" not in told["body"] and code in told["body"]
    assert f'<span class="tag unseen">{texts.FOLLOW_UP_NAME}</span>' in inbox
    send_due_emails(db, app.config)
    assert [m["To"] for m in smtp_server.messages][-1] == "minh@aiquoc.example"
    with time_machine.travel(local(2026, 3, 2, 10, 0), tick=False):
        page = officer.get(f"/console/cases/{code}").get_data(as_text=True)
        assert "Người dân nhắn thêm từ" in page  # the page still says what was new…
        assert texts.FOLLOW_UP_NAME not in officer.get("/console/").get_data(as_text=True)  # …then it is read
        at_moment(chat, local(2026, 3, 2, 10, 5))
        follow_up(chat, "gửi thêm: bà vẫn chờ ạ")
    assert len(notices(db, "follow_up")) == 2


def test_a_follow_up_without_assignee_reaches_the_duty_officer(chat, db, app, smtp_server):
    add_officer(db, "lan", email="lan@aiquoc.example")
    code = file_report(chat, local(2026, 3, 2, 9, 0), content="Wifi nhà văn hóa hỏng")
    with time_machine.travel(local(2026, 3, 2, 9, 30), tick=False):
        at_moment(chat, local(2026, 3, 2, 9, 30))
        follow_up(chat, "Wifi vẫn chưa có ạ")
    send_due_emails(db, app.config)
    assert any(
        code in m["Subject"] and texts.NOTICE_KIND_NAMES["follow_up"] in m["Subject"] for m in smtp_server.messages
    )


def test_a_refused_address_fails_is_retried_then_shown_to_admins_and_counted(
    chat, db, app, client, login, smtp_server, runner
):
    add_officer(db, "old", email="old@aiquoc.example")
    smtp_server.refuse.add("old@aiquoc.example")
    monday_9 = local(2026, 3, 2, 9, 0)
    code = file_report(chat, monday_9, content="Wifi nhà văn hóa hỏng")
    with time_machine.travel(monday_9, tick=False):
        send_due_emails(db, app.config)
        assert client.get("/healthz").get_json()["notices"] == {"held": 0, "failed": 1, "queued": 0}
        run_notices(db, app.config)
    (failed,) = notices(db)
    assert failed["status"] == "failed" and "550" in failed["detail"] and failed["attempts"] == 1
    moment = monday_9
    for attempt in range(2, MAX_ATTEMPTS + 1):
        moment = moment + RETRY * 2 ** (attempt - 2)
        with time_machine.travel(moment, tick=False):
            run_notices(db, app.config)
            send_due_emails(db, app.config)
            run_notices(db, app.config)
        assert notices(db)[0]["attempts"] == attempt
    assert db.execute("SELECT count(*) FROM email_outbox").fetchone()[0] == MAX_ATTEMPTS
    (gave_up,) = notices(db)
    assert gave_up["status"] == "failed" and gave_up["next_attempt_at"] is None
    listed = json.loads(runner("console", "notices", "--json").output)
    assert [(n["code"], n["status"], n["officer"], n["email"]["status"]) for n in listed] == [
        (code, "failed", "old", "failed")
    ]
    assert login("tuan").get("/console/thong-bao").status_code == 403
    page = login("quantri").get("/console/thong-bao").get_data(as_text=True)
    assert code in page and console_texts.NOTICE_STATUS_NAMES["failed"] in page and "550" in page


def test_healthz_and_the_command_line_count_a_held_notice(chat, db, client, runner):
    code = file_report(chat, MONDAY_21)  # urgent, nobody on duty
    assert client.get("/healthz").get_json()["notices"]["held"] == 1
    (row,) = json.loads(runner("console", "notices", "--json", "--status", "held").output)
    assert (row["code"], row["kind"], row["reason"], row["officer"], row["urgent"]) == (
        code,
        "urgent",
        "nobody_on_duty",
        None,
        True,
    )
    assert code in runner("console", "notices").output


def test_urgent_cases_come_first_with_a_badge_and_a_filter(chat_as, db, login):
    urgent = file_report(chat_as("c-1"), local(2026, 3, 2, 9, 0))
    calm = [file_report(chat_as(f"c-{n}"), local(2026, 3, 2, 9, n), content="Wifi hỏng") for n in (2, 3)]
    officer = login("tuan")
    page = officer.get("/console/").get_data(as_text=True)
    codes = list(dict.fromkeys(CODE.findall(page)))
    assert codes == [urgent, *reversed(calm)]  # the older urgent one first
    assert f'<span class="tag urgent">{texts.URGENT_NAME}</span>' in page
    only = list(dict.fromkeys(CODE.findall(officer.get("/console/?urgent=1").get_data(as_text=True))))
    assert only == [urgent]
    case = officer.get(f"/console/cases/{urgent}").get_data(as_text=True)
    assert f'<span class="tag urgent">{texts.URGENT_NAME}</span>' in case


def test_a_handoff_nobody_answers_is_escalated_and_opening_it_prevents_that(chat_as, db, app, login, smtp_server):
    leader(db)
    first, second = chat_as("h-1"), chat_as("h-2")
    for citizen, minute in ((first, 0), (second, 1)):
        with time_machine.travel(local(2026, 3, 2, 9, minute), tick=False):
            at_moment(citizen, local(2026, 3, 2, 9, minute))
            citizen.say("gặp cán bộ")
    ids = [r[0] for r in db.execute("SELECT id FROM handoffs ORDER BY id")]
    with time_machine.travel(local(2026, 3, 2, 9, 10), tick=False):
        assert login("tuan").get(f"/console/tro-chuyen/{ids[1]}").status_code == 200
    round_at(db, app, local(2026, 3, 2, 9, 31))
    escalations = notices(db, "escalation")  # to each leader: lan (no channel: held) and chutich
    assert {n["handoff_id"] for n in escalations} == {ids[0]} and all(f"#{ids[0]}" in n["subject"] for n in escalations)
    send_due_emails(db, app.config)
    assert [m["To"] for m in smtp_server.messages if "Chưa có cán bộ" in m["Subject"]] == ["chutich@aiquoc.example"]
    with time_machine.travel(local(2026, 3, 2, 9, 32), tick=False):
        page = login("tuan").get("/console/tro-chuyen").get_data(as_text=True)
    assert page.count("Đã báo lên") == 2  # the row of the one nobody opened, and the script's word for it


def test_a_denouncers_name_typed_in_a_follow_up_never_reaches_a_notice(chat, db, app, smtp_server):
    add_officer(db, "lan", email="lan@aiquoc.example")
    from scripts import file_case

    with time_machine.travel(local(2026, 3, 2, 9, 0), tick=False):
        at_moment(chat, local(2026, 3, 2, 9, 0))
        code = file_case(chat, "denunciation")
        follow_up(chat, "Gửi thêm: tôi là Nguyễn Văn An, số 0913 456 789, xin giữ bí mật")
    send_due_emails(db, app.config)
    everything = " ".join(n["subject"] + n["body"] for n in notices(db)) + " ".join(
        m["Subject"] + m.get_content() for m in smtp_server.messages
    )
    assert code in everything and notices(db, "follow_up")
    assert "Nguyễn Văn An" not in everything and "913" not in everything


def test_the_duty_page_says_email_only_when_a_server_is_set(db, login, app):
    officer = login("tuan")
    page = officer.get("/console/duty").get_data(as_text=True)
    assert "E-mail: <strong>chưa có</strong>" in page
    assert "qua e-mail cho đến khi" not in page
    app.config.update(SMTP_HOST="127.0.0.1")
    db.execute("UPDATE officers SET email = 'tuan@aiquoc.example' WHERE username = 'tuan'")
    page = officer.get("/console/duty").get_data(as_text=True)
    assert "E-mail: có" in page and "tuan@aiquoc.example" in page


def test_a_roster_set_after_an_urgent_case_came_in_sends_its_held_notice_in_the_next_round(
    chat, db, app, runner, smtp_server
):
    add_officer(db, "hoa", email="hoa@aiquoc.example", on_duty=None)
    monday_9 = local(2026, 3, 2, 9, 0)
    code = file_report(chat, monday_9)
    with time_machine.travel(monday_9, tick=False):
        assert (notices(db)[0]["reason"], notices(db)[0]["next_attempt_at"] > notices(db)[0]["created_at"]) == (
            "nobody_on_duty",
            True,
        )
        assert runner("roster", "set", "default", "hoa").exit_code == 0
        run_notices(db, app.config)
        send_due_emails(db, app.config)
    (urgent,) = notices(db, "urgent")
    assert urgent["status"] == "queued" and urgent["officer_id"] is not None
    assert [m["To"] for m in smtp_server.messages if code in m["Subject"]] == ["hoa@aiquoc.example"]


def test_a_citizen_with_an_urgent_case_who_asks_for_an_officer_is_marked_urgent_in_tro_chuyen(
    chat, db, app, login, smtp_server
):
    add_officer(db, "hoa", email="hoa@aiquoc.example")
    monday_9 = local(2026, 3, 2, 9, 0)
    file_report(chat, monday_9)
    with time_machine.travel(local(2026, 3, 2, 9, 5), tick=False):
        at_moment(chat, local(2026, 3, 2, 9, 5))
        chat.say("gặp cán bộ")
        page = login("tuan").get("/console/tro-chuyen").get_data(as_text=True)
        rows = login("tuan").get("/console/tro-chuyen/danh-sach.json").get_json()["conversations"]
    assert f'<span class="tag urgent">{texts.URGENT_NAME}</span>' in page and rows[0]["urgent"] is True
    (told,) = notices(db, "handoff")
    assert told["subject"].startswith("[PAKN] [KHẨN]") and told["body"].startswith(texts.URGENT_MARK)


def test_the_old_duty_notices_become_notices_and_one_still_owed_is_held_again(tmp_path):
    from storage import connect
    from storage.migrations import apply_migrations, migrations

    db = connect(str(tmp_path / "old.db"))
    migrations.apply(db, stop_before="m021_notices")
    at = "2026-03-02T02:00:00.000+00:00"
    for n, status in ((1, "new"), (2, "in_progress"), (3, "new")):
        db["reports"].insert(
            {
                "id": n,
                "code": f"AQ-2026-0000{n}",
                "category": "feedback",
                "field": "other",
                "content": "x",
                "status": status,
                "created_at": at,
                "deadline": "2026-03-16",
                "updated_at": at,
                "summary": f"tóm tắt {n}",
            }
        )
    db["email_outbox"].insert(
        {
            "id": 7,
            "to_addr": "lan@aiquoc.example",
            "subject": "[PAKN] Hồ sơ mới AQ-2026-00003",
            "body": "b",
            "kind": "new_report",
            "report_id": 3,
            "status": "sent",
            "created_at": at,
        }
    )
    for report_id, channel, email_id in ((1, "held", None), (2, "held", None), (3, "email", 7)):
        db["duty_notices"].insert({"report_id": report_id, "channel": channel, "email_id": email_id, "at": at})
    apply_migrations(db)
    rows = {r["report_id"]: r for r in db.query("SELECT * FROM notices")}
    assert (rows[1]["status"], rows[1]["reason"], rows[1]["officer_id"]) == ("held", "nobody_on_duty", None)
    assert "tóm tắt 1" in rows[1]["body"]
    assert (rows[2]["status"], rows[2]["reason"]) == ("cancelled", "seen")  # an officer moved it since
    assert (rows[3]["status"], rows[3]["email_id"], rows[3]["subject"]) == ("sent", 7, "[PAKN] Hồ sơ mới AQ-2026-00003")
    assert all(r["group_id"] == r["id"] for r in rows.values())
    assert "duty_notices" not in db.table_names()
    db.conn.close()


def test_every_kind_status_and_reason_of_a_notice_has_its_words():
    from storage import notices as table

    assert set(texts.NOTICE_KIND_NAMES) == set(table.KINDS)
    assert set(texts.NOTICE_STATUS_NAMES) == set(table.STATUSES)
    assert set(texts.NOTICE_REASON_NAMES) == set(table.REASONS)
