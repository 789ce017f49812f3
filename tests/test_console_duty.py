"""The console's duty page: days off and make-up Saturdays that move deadlines, the roster, and an
officer linking their own Messenger with a code from the page."""

import datetime as dt
import re

import pytest
import time_machine
from console_support import post_form
from duty_fixtures import local
from messenger_support import Chat

from bot.officer_chat import LINKED
from casework.promised_dates import answer_deadline
from console.duty import BAD_DATE
from storage.duty_roster import officers_on_duty

D = dt.date
PAGE = "/console/duty"
LINK_CODE = re.compile(r"trực (\d{8})")


def audit_actions(db, action):
    return [dict(r) for r in db.query("SELECT actor, detail FROM audit_log WHERE action = ? ORDER BY id", [action])]


def test_every_officer_sees_the_page_and_who_may_edit(login):
    page = login("tuan").get(PAGE).get_data(as_text=True)
    assert "Lịch trực &amp; ngày nghỉ" in page and "Lịch trực 14 ngày tới" in page
    assert "Chỉ lãnh đạo hoặc quản trị viên được sửa" in page and 'name="note"' not in page
    assert "Chưa liên kết" in page and "Lấy mã liên kết" in page
    assert 'name="note"' in login("lan").get(PAGE).get_data(as_text=True)


@pytest.fixture
def in_january_2026():
    """Today is Monday 05/01/2026 (requested first: the officers and their sessions are made then too)."""
    with time_machine.travel(local(2026, 1, 5, 9, 0)):
        yield


def test_a_leader_adds_a_day_off_and_a_make_up_saturday_and_deadlines_follow(in_january_2026, login, db):
    lan = login("lan")
    assert answer_deadline("feedback", D(2026, 1, 9), db=db) == D(2026, 1, 23)
    assert answer_deadline("denunciation", D(2026, 1, 9), db=db) == D(2026, 1, 20)
    response = post_form(
        lan, f"{PAGE}/calendar", {"day": "17/01/2026", "kind": "workday", "note": "Làm bù theo Thông báo 01/TB"}, PAGE
    )
    assert response.status_code == 302
    assert answer_deadline("feedback", D(2026, 1, 9), db=db) == D(2026, 1, 22)  # the Saturday counts
    post_form(lan, f"{PAGE}/calendar", {"day": "2026-01-13", "kind": "off", "note": "Nghỉ thêm"}, PAGE)
    assert answer_deadline("denunciation", D(2026, 1, 9), db=db) == D(2026, 1, 20)  # −1 Sat, +1 Tue
    page = lan.get(PAGE).get_data(as_text=True)
    assert "Thứ Bảy, 17/01/2026" in page and "Làm bù theo Thông báo 01/TB" in page
    assert "Thứ Ba, 13/01/2026" in page and "Nghỉ thêm" in page
    assert "Tết" in page  # February's public holidays, from the package
    post_form(lan, f"{PAGE}/calendar/remove", {"day": "2026-01-13"}, PAGE)
    assert answer_deadline("denunciation", D(2026, 1, 9), db=db) == D(2026, 1, 19)
    assert [r["actor"] for r in audit_actions(db, "calendar")] == ["lan", "lan", "lan"]
    assert '"kind": "workday"' in audit_actions(db, "calendar")[0]["detail"]


def test_a_bad_date_is_refused_and_the_form_keeps_what_was_typed(login, db):
    lan = login("lan")
    response = post_form(lan, f"{PAGE}/calendar", {"day": "31/02/2026", "kind": "off", "note": "Lý do gõ dở"}, PAGE)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert BAD_DATE.format(typed="31/02/2026") in page.replace("&#34;", '"')
    assert 'value="31/02/2026"' in page and 'value="Lý do gõ dở"' in page
    response = post_form(lan, f"{PAGE}/roster", {"day": "mai", "usernames": ["tuan"]}, PAGE)
    assert response.status_code == 400 and 'value="mai"' in response.get_data(as_text=True)
    assert db.execute("SELECT count(*) FROM calendar_days").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM duty_roster").fetchone()[0] == 0


def test_a_leader_sets_who_is_on_duty(login, db):
    lan = login("lan")
    response = post_form(lan, f"{PAGE}/roster", {"day": "02/03/2026", "usernames": ["tuan", "lan"]}, PAGE)
    assert response.status_code == 302
    assert [o["username"] for o in officers_on_duty(db, D(2026, 3, 2))] == ["lan", "tuan"]
    assert audit_actions(db, "roster")[0]["actor"] == "lan"


def test_an_officer_cannot_edit_but_links_their_own_messenger(login, client, app, db, messenger):
    tuan = login("tuan")
    for path, data in (
        (f"{PAGE}/calendar", {"day": "17/01/2026", "kind": "workday", "note": "x"}),
        (f"{PAGE}/calendar/remove", {"day": "17/01/2026"}),
        (f"{PAGE}/roster", {"day": "17/01/2026", "usernames": ["tuan"]}),
    ):
        assert post_form(tuan, path, data, PAGE).status_code == 403
    assert db.execute("SELECT count(*) FROM calendar_days").fetchone()[0] == 0
    page = post_form(tuan, f"{PAGE}/link", {}, PAGE).get_data(as_text=True)
    code = LINK_CODE.search(page).group(1)
    phone = Chat(client, app, db, messenger, psid="officer-tuan")
    assert LINKED.format(name="Tuan") in phone.say(f"trực {code}")[0][0]
    tuan_id = db.execute("SELECT id FROM officers WHERE username = 'tuan'").fetchone()[0]
    assert db.execute("SELECT officer_id FROM officer_messenger WHERE psid = 'officer-tuan'").fetchone()[0] == tuan_id
    assert "Đang nhận trực" in tuan.get(PAGE).get_data(as_text=True)
    assert post_form(tuan, f"{PAGE}/unlink", {}, PAGE).status_code == 302
    assert db.execute("SELECT count(*) FROM officer_messenger").fetchone()[0] == 0
    assert [r["actor"] for r in audit_actions(db, "messenger_link")] == ["tuan", "tuan"]


@pytest.mark.parametrize("token", [None, "forged-token"])
def test_every_duty_form_needs_the_csrf_token(login, db, token):
    lan = login("lan")
    data = {"day": "17/01/2026", "kind": "workday", "note": "x", "usernames": ["lan"]}
    if token:
        data["csrf_token"] = token
    for path in ("calendar", "calendar/remove", "roster", "link", "unlink"):
        assert lan.post(f"{PAGE}/{path}", data=data).status_code == 400
    assert db.execute("SELECT count(*) FROM calendar_days").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM officer_link_codes").fetchone()[0] == 0
