"""`POST /zalo/webhook`: signed events stored once, refused unsigned, and each kind of event handled
as the conversation handles Messenger's (in-process; the live tests run the real server)."""

import json

import pytest
from scripts import EXPECTED, run_script
from zalo_support import APP_ID, OA_ID, OA_SECRET_KEY, ZALO_APP_SECRET, Zalo, drain_zalo

from bot import texts
from bot.texts import TITLES

USER = "9100000000000000001"


def post(client, zalo, event, secret=None, header=None):
    body = zalo.body(event)
    headers = zalo.headers(event, body, secret)
    if header is not None:
        headers["X-ZEvent-Signature"] = header
    return client.post("/zalo/webhook", data=body, headers=headers)


def stored(db):
    return db.execute("SELECT count(*) FROM inbound_events").fetchone()[0]


def test_a_signed_text_is_stored_once_and_answered_with_the_menu_as_buttons(zalo_app, zalo_db, zalo, zalo_standin):
    client = zalo_app.test_client()
    event = zalo.text(USER, "Xin chào")
    first, again = post(client, zalo, event), post(client, zalo, event)
    assert first.status_code == again.status_code == 200
    assert (first.get_json()["new"], again.get_json()["new"]) == (1, 0)
    row = zalo_db.execute("SELECT psid, kind, event_key FROM inbound_events").fetchone()
    assert row == (f"zalo:{USER}", "user_send_text", f"zalo:user_send_text:{event['message']['msg_id']}")
    from runtime.worker import process_pending_events

    process_pending_events(zalo_db, zalo_app.config)
    drain_zalo(zalo_app, zalo_db)
    (sent,) = zalo_standin.state.messages_to(USER)
    assert sent["access_token"] == "zalo-access-1"
    assert sent["message"]["text"].startswith(texts.WELCOME.split("{")[0])
    buttons = sent["message"]["attachment"]["payload"]["buttons"]
    assert [b["type"] for b in buttons] == ["oa.query.show"] * len(buttons)
    assert buttons[0] == {"title": TITLES["MENU_REPORT"], "type": "oa.query.show", "payload": TITLES["MENU_REPORT"]}


@pytest.mark.parametrize(
    "how",
    ["missing", "wrong key", "app secret instead of the OA key", "another body's mac", "not JSON", "other app id"],
)
def test_an_unsigned_or_mis_signed_event_is_refused_with_nothing_stored(zalo_app, zalo_db, zalo, how):
    client = zalo_app.test_client()
    event = zalo.text(USER, "Xin chào")
    body = zalo.body(event)
    if how == "missing":
        response = client.post("/zalo/webhook", data=body, headers={"Content-Type": "application/json"})
    elif how == "wrong key":
        response = post(client, zalo, event, secret="not-the-key")
    elif how == "app secret instead of the OA key":
        response = post(client, zalo, event, secret=ZALO_APP_SECRET)
    elif how == "another body's mac":
        other = zalo.text(USER, "Một tin khác")
        response = post(client, zalo, event, header=zalo.headers(other, zalo.body(other))["X-ZEvent-Signature"])
    elif how == "not JSON":
        response = client.post("/zalo/webhook", data=b"mac", headers={"X-ZEvent-Signature": "mac=00"})
    else:
        response = post(client, Zalo(app_id="999", secret=OA_SECRET_KEY), event)
    assert response.status_code == 403
    assert stored(zalo_db) == 0


def test_the_signature_key_can_be_the_app_secret(tmp_path, zalo_standin):
    from zalo_support import zalo_settings

    from webhook import create_app

    app = create_app(
        {
            "DATABASE_PATH": str(tmp_path / "bot.db"),
            "SANDBOX": False,
            "START_WORKERS": False,
            "TESTING": True,
            **zalo_settings(zalo_standin.url, ZALO_SIGNATURE_KEY="app_secret"),
        }
    )
    zalo = Zalo(secret=ZALO_APP_SECRET)
    assert post(app.test_client(), zalo, zalo.text(USER, "Xin chào")).status_code == 200
    assert post(app.test_client(), Zalo(), Zalo().text(USER, "Xin chào")).status_code == 403  # the OA key no longer


def test_an_event_for_another_oa_is_refused(zalo_app, zalo_db):
    stranger = Zalo(oa_id="1111111111111111111")  # signed with our app's key, naming an OA we do not serve
    response = post(zalo_app.test_client(), stranger, stranger.text(USER, "Xin chào"))
    assert response.status_code == 403 and stored(zalo_db) == 0


def test_a_whole_report_on_zalo_becomes_a_case_with_the_zalo_channel(zalo_citizen, zalo_db):
    citizen = zalo_citizen()
    last = run_script(citizen, "petition")
    (done, _), *_ = last
    code = next(w for w in done.split() if w.startswith("AQ-"))
    row = zalo_db.execute(
        "SELECT code, psid, channel, category, field, phone, name FROM reports WHERE code = ?", [code.rstrip(".,")]
    ).fetchone()
    assert row[1:] == (
        f"zalo:{citizen.user}",
        "zalo",
        "petition",
        EXPECTED["petition"]["field"],
        EXPECTED["petition"]["phone"],
        EXPECTED["petition"]["name"],
    )


def test_a_tapped_button_is_the_quick_reply_it_stands_for(zalo_citizen, zalo_db):
    citizen = zalo_citizen()
    citizen.say("Xin chào")
    citizen.tap("MENU_REPORT")
    kinds = [r[0] for r in zalo_db.execute("SELECT kind FROM messages WHERE direction = 'in' ORDER BY id")]
    assert kinds == ["text", "quick_reply"]
    assert zalo_db.execute("SELECT step FROM conversations").fetchone() == ("category",)


def test_more_than_five_choices_are_listed_by_number_and_a_typed_number_chooses(zalo_citizen, zalo_db):
    from zalo.messages import MAX_BUTTONS, zalo_message

    citizen = zalo_citizen()
    citizen.say("Xin chào")
    citizen.tap("MENU_REPORT")
    ((_, offered),) = citizen.tap("CATEGORY_FEEDBACK")  # the field: five fields, back and cancel
    assert len(offered) > MAX_BUTTONS
    (queued,) = zalo_db.execute("SELECT message FROM outbox ORDER BY id DESC LIMIT 1").fetchone()
    shown = zalo_message(json.loads(queued))
    assert len(shown["attachment"]["payload"]["buttons"]) == MAX_BUTTONS
    number = offered.index("FIELD_INNOVATION") + 1
    assert f"{number}. {TITLES['FIELD_INNOVATION']}" in shown["text"]
    citizen.say(str(number))
    (step, draft) = zalo_db.execute("SELECT step, draft FROM conversations").fetchone()
    assert json.loads(draft)["field"] == "innovation" and step == "content"


def test_a_photo_is_kept_and_downloaded_from_the_allowed_hosts_only(zalo_citizen, zalo_db):
    citizen = zalo_citizen()
    citizen.say("Xin chào")
    citizen.post(citizen.m.file(citizen.user, "image", "http://127.0.0.1:9/photo.jpg"))
    citizen.post(citizen.m.file(citizen.user, "file", "https://evil.example/secret.pdf"))
    rows = zalo_db.execute("SELECT psid, type, url FROM attachments ORDER BY id").fetchall()
    assert rows == [
        (f"zalo:{citizen.user}", "image", "http://127.0.0.1:9/photo.jpg"),
        (f"zalo:{citizen.user}", "file", "https://evil.example/secret.pdf"),
    ]
    from messenger.downloads import fetch_attachment

    row = dict(next(zalo_db.query("SELECT * FROM attachments WHERE type = 'file'")))
    fetch_attachment(zalo_db, citizen.app.config, row, None)  # refused before any connection is made
    assert zalo_db.execute("SELECT status FROM attachments WHERE id = ?", [row["id"]]).fetchone() == ("refused",)


def test_a_location_a_link_and_a_business_card_become_text_and_a_sticker_a_reaction(zalo_citizen, zalo_db):
    citizen = zalo_citizen()
    citizen.say("Xin chào")
    citizen.post(citizen.m.location(citizen.user))
    citizen.post(citizen.m.link(citizen.user, "https://dichvucong.gov.vn/p/home", "Cổng Dịch vụ công"))
    citizen.post(citizen.m.business_card(citizen.user, '{"name": "Lê Văn Hùng", "phone": "0912345678"}'))
    citizen.post(citizen.m.sticker(citizen.user))
    rows = zalo_db.execute("SELECT kind, text FROM messages WHERE direction = 'in' ORDER BY id").fetchall()[1:]
    assert [kind for kind, _ in rows] == ["text", "text", "text", "sticker"]
    assert "20.86194" in rows[0][1] and "106.68139" in rows[0][1]
    assert "https://dichvucong.gov.vn/p/home" in rows[1][1] and "Cổng Dịch vụ công" in rows[1][1]
    assert "Lê Văn Hùng, 0912345678" in rows[2][1]
    assert rows[3][1] == texts.STICKER_SHOWN


def test_follow_greets_and_unfollow_is_recorded(zalo_citizen, zalo_db):
    citizen = zalo_citizen()
    ((welcome, payloads),) = citizen.send(citizen.m.follow(citizen.user))
    assert welcome.startswith(texts.WELCOME.split("{")[0]) and "MENU_REPORT" in payloads
    assert citizen.send(citizen.m.follow(citizen.user, "unfollow")) == []
    from zalo import texts as zalo_texts

    assert zalo_db.execute("SELECT kind, text FROM messages WHERE direction = 'in' ORDER BY id").fetchall() == [
        ("postback", zalo_texts.FOLLOWED),
        ("unfollow", zalo_texts.UNFOLLOWED),
    ]


def test_receipts_mark_the_answers_delivered_and_read(zalo_app, zalo_citizen, zalo_db):
    from storage.receipts import receipt_marks

    citizen = zalo_citizen()
    citizen.say("Xin chào")
    drain_zalo(zalo_app, zalo_db)
    (outbox_id, msg_id) = zalo_db.execute("SELECT id, graph_message_id FROM outbox").fetchone()
    citizen.m.later(5_000)
    citizen.post(citizen.m.receipt(citizen.user, "user_received_message", [msg_id]))
    assert receipt_marks(zalo_db, citizen.psid, [outbox_id]) == {outbox_id: "delivered"}
    citizen.post(citizen.m.receipt(citizen.user, "user_seen_message", [msg_id]))
    assert receipt_marks(zalo_db, citizen.psid, [outbox_id]) == {outbox_id: "read"}


def test_a_staff_message_typed_in_the_oa_inbox_pauses_the_bot(zalo_citizen, zalo_db):
    from storage.handoffs import open_handoff_of
    from zalo import texts as zalo_texts

    citizen = zalo_citizen()
    citizen.say("Xin chào")
    assert citizen.send(citizen.m.oa_text(citizen.user, "Chào bác, cháu là cán bộ phường.", admin_id="7788")) == []
    handoff = open_handoff_of(zalo_db, None, citizen.psid)
    assert handoff["reason"] == "oa_inbox" and handoff["first_answer_by"] == "oa_inbox"
    assert citizen.say("Cảm ơn cháu") == []  # the bot stays quiet: a person is talking
    thread = zalo_db.execute("SELECT direction, kind, text FROM messages ORDER BY id").fetchall()
    assert ("out", "oa_inbox", "Chào bác, cháu là cán bộ phường.") in thread
    assert thread[-1] == ("in", "text", "Cảm ơn cháu")
    assert zalo_texts.OA_INBOX_AUTHOR


def test_the_bots_own_echo_is_ignored_and_settles_a_reply_left_in_doubt(zalo_citizen, zalo_db):
    citizen = zalo_citizen()
    ((welcome, _),) = citizen.say("Xin chào")
    zalo_db.execute("UPDATE outbox SET status = 'sending', claimed_at = 1")  # a crash while Zalo was called
    from zalo.messages import zalo_message

    (queued,) = zalo_db.execute("SELECT message FROM outbox").fetchone()
    echo = citizen.m.oa_text(citizen.user, zalo_message(json.loads(queued))["text"], msg_id="zmsg-echo-1")
    assert citizen.send(echo) == []
    assert zalo_db.execute("SELECT status, graph_message_id FROM outbox").fetchone() == ("sent", "zmsg-echo-1")
    assert zalo_db.execute("SELECT count(*) FROM messages WHERE kind = 'oa_inbox'").fetchone() == (0,)
    assert zalo_db.execute("SELECT count(*) FROM handoffs").fetchone() == (0,)


def test_submitted_contact_fills_the_questions_only_after_consent(zalo_citizen, zalo_db):
    from scripts import to_consent

    from zalo import texts as zalo_texts

    info = {"name": "Nguyễn Thị Lan", "phone": "84913456789", "address": "Số 5 Lê Lợi", "ward": "Ái Quốc"}
    early = zalo_citizen("9100000000000000002")
    to_consent(early)
    assert early.send(early.m.submit_info(early.user, **info)) == []  # asked for consent: not yet given
    (draft,) = zalo_db.execute("SELECT draft FROM conversations WHERE psid = ?", [early.psid]).fetchone()
    assert "phone" not in json.loads(draft)
    notes = zalo_db.execute("SELECT text FROM messages WHERE kind = 'submit_info'").fetchall()
    assert notes == [(zalo_texts.SUBMITTED_INFO_NOT_KEPT,)] and "0913" not in notes[0][0]

    citizen = zalo_citizen()
    to_consent(citizen)
    citizen.tap("CONSENT_YES")  # the name is asked
    replies = citizen.send(citizen.m.submit_info(citizen.user, **info))
    assert len(replies) == 1  # only the summary: the questions answered at once never go out
    (step, draft) = zalo_db.execute("SELECT step, draft FROM conversations WHERE psid = ?", [citizen.psid]).fetchone()
    draft = json.loads(draft)
    assert step == "confirm"
    assert (draft["name"], draft["phone"], draft["address"]) == (
        "Nguyễn Thị Lan",
        "+84913456789",
        "Số 5 Lê Lợi, Ái Quốc",
    )


def test_user_withdraw_erases_as_delete_my_data_does(zalo_citizen, zalo_db):
    citizen = zalo_citizen()
    code_line = run_script(citizen, "petition")[-1][0]
    code = next(w.rstrip(".,") for w in code_line.split() if w.startswith("AQ-"))
    assert citizen.send(citizen.m.withdraw(citizen.user)) == []
    name, phone, psid = zalo_db.execute("SELECT name, phone, psid FROM reports WHERE code = ?", [code]).fetchone()
    assert (name, phone) == (None, None) and psid != citizen.psid
    assert zalo_db.execute("SELECT count(*) FROM conversations WHERE psid = ?", [citizen.psid]).fetchone() == (0,)
    assert zalo_db.execute("SELECT source, kind FROM data_requests").fetchall() == [("zalo", "delete")]


def test_without_zalo_settings_there_is_no_zalo_route(client):
    response = client.post("/zalo/webhook", data=b"{}", headers={"Content-Type": "application/json"})
    assert response.status_code == 404


def test_settings_name_what_is_missing():
    from core.zalo_settings import zalo_accounts

    with pytest.raises(ValueError, match="ZALO_APP_SECRET"):
        zalo_accounts({"ZALO_OA_ID": OA_ID, "ZALO_APP_ID": APP_ID, "ZALO_OA_SECRET_KEY": "k"})
    with pytest.raises(ValueError, match="ZALO_SIGNATURE_KEY"):
        zalo_accounts({"ZALO_OA_ID": OA_ID, "ZALO_APP_ID": APP_ID, "ZALO_SIGNATURE_KEY": "hmac"})
    assert zalo_accounts({"ZALO_OA_ID": ""}) == []
