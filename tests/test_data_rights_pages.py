"""A citizen's data rights act on the page they wrote to, on a real server with two wards.

PSIDs are page-scoped, so the same number on ward A's and ward B's pages is two people. "dữ liệu
của tôi", "rút lại đồng ý", "xóa dữ liệu của tôi" typed on ward B's page, and Meta's deletion
callback signed by ward B's app, used to find the citizen by PSID alone and list, withdraw and
anonymise ward A's cases too. The callback also accepted an expired signed_request, and erased again
on a replay; ward B's status page and console showed the server's global ward name. And a request
is answered within 2 working days: the console lists what waits, with its due date.
"""

import datetime as dt
import re
import time
import zoneinfo

import pytest
import requests
from isolation_support import PAGE_A, PAGE_B, Officer, add_officers, citizen, file_case, two_ward_server

from bot import rights_texts
from core.calendar import WardCalendar
from messenger.signed_request import MAX_AGE_SECONDS, make
from storage import connect, write_transaction

pytestmark = pytest.mark.slow
APP_ID = "555000555"


@pytest.fixture(scope="module")
def graph():
    from isolation_support import standin_for_both_pages

    standin = standin_for_both_pages()
    yield standin
    standin.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory, graph):
    bot = two_ward_server(tmp_path_factory.mktemp("rights"), graph, COOKIE_SECURE="0", APP_ID=APP_ID).start()
    add_officers(bot)
    yield bot
    bot.stop()


def db_of(server):
    return connect(server.env["DATABASE_PATH"])


def case(db, code):
    return next(db.query("SELECT * FROM reports WHERE code = ?", [code]))


def same_number_on_both_pages(server, graph, psid):
    """The same PSID files a petition on each page: {ward code: case code}, and the citizen on B."""
    codes = {page["ward_code"]: file_case(citizen(server, graph, page, psid), "petition") for page in (PAGE_A, PAGE_B)}
    on_b = citizen(server, graph, PAGE_B, psid)
    on_b.replies()  # what was said so far (the stand-in holds both pages' sends to this number)
    return codes, on_b


def text_of(replies):
    return "\n".join(text for text, _ in replies)


def test_the_chats_data_rights_touch_only_the_page_written_to(server, graph):
    db = db_of(server)
    codes, on_b = same_number_on_both_pages(server, graph, "3000007")
    a_case = case(db, codes["AQ"])
    shown = text_of(on_b.say("dữ liệu của tôi"))
    assert codes["LC"] in shown and codes["AQ"] not in shown
    on_b.say("rut lai dong y")
    on_b.tap("YES")
    assert case(db, codes["LC"])["name"] is None  # B's petition lost its contact
    assert case(db, codes["AQ"])["name"] == a_case["name"] and a_case["name"]  # A's kept it
    (a_consent,) = db.execute("SELECT withdrawn_at FROM consents WHERE id = ?", [a_case["consent_id"]]).fetchone()
    assert a_consent is None
    on_b.say("xoa du lieu cua toi")
    assert rights_texts.DELETED in text_of(on_b.tap("YES"))
    assert case(db, codes["LC"])["psid"] is None  # anonymised
    assert case(db, codes["AQ"])["psid"] == "3000007" and case(db, codes["AQ"])["anonymised_at"] is None
    pages = {row[0] for row in db.execute("SELECT page_id FROM conversations WHERE psid = '3000007'")}
    assert PAGE_A["page_id"] in pages  # A's conversation was not deleted with B's
    assert db.execute("SELECT count(*) FROM messages WHERE report_id = ?", [a_case["id"]]).fetchone()[0] > 0
    # On A, the citizen's own data is all still there.
    on_a = citizen(server, graph, PAGE_A, "3000007")
    on_a.replies()
    assert codes["AQ"] in text_of(on_a.say("du lieu cua toi"))


def ask_deletion(server, signed):
    return requests.post(server.url + "/meta/data-deletion", data={"signed_request": signed}, timeout=30)


def signed_by_b(user, issued_at=None):
    payload = {"algorithm": "HMAC-SHA256", "expires": 0, "issued_at": issued_at or int(time.time()), "user_id": user}
    return make(PAGE_B["app_secret"], payload)


def test_metas_callback_erases_on_the_signing_apps_page_once_and_refuses_an_old_request(server, graph):
    db = db_of(server)
    codes, _ = same_number_on_both_pages(server, graph, "3000009")
    graph.state.app_users["10150000000000099"] = [("3000009", PAGE_A["page_id"]), ("3000009", PAGE_B["page_id"])]
    old = signed_by_b("10150000000000099", issued_at=int(time.time()) - MAX_AGE_SECONDS - 60)
    assert ask_deletion(server, old).status_code == 400  # expired: nothing done, nothing kept
    assert (
        case(db, codes["LC"])["psid"] == "3000009"
        and db.execute("SELECT count(*) FROM data_requests WHERE source = 'meta'").fetchone()[0] == 0
    )
    signed = signed_by_b("10150000000000099")
    first = ask_deletion(server, signed)
    assert first.status_code == 200
    assert case(db, codes["LC"])["psid"] is None
    assert case(db, codes["AQ"])["psid"] == "3000009" and case(db, codes["AQ"])["name"]
    audited = db.execute("SELECT count(*) FROM audit_log WHERE action = 'data_delete'").fetchone()[0]
    # A replay gets the first answer and erases nothing again.
    again = ask_deletion(server, signed)
    assert again.status_code == 200 and again.json() == first.json()
    assert db.execute("SELECT count(*) FROM data_requests WHERE source = 'meta'").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'data_delete'").fetchone()[0] == audited
    # Ward B's status page, in ward B's name.
    status = requests.get(server.url + "/meta/data-deletion/" + first.json()["confirmation_code"], timeout=10).text
    assert PAGE_B["ward_name"] in status and PAGE_A["ward_name"] not in status


def test_each_wards_console_shows_its_own_name(server):
    for username, page, other in (("b_officer", PAGE_B, PAGE_A), ("a_leader", PAGE_A, PAGE_B)):
        shown = Officer(server, username).get("/console/").text
        brand = re.search(r'<a class="brand"[^>]*>([^<]+)</a>', shown).group(1)
        assert page["ward_name"] in brand and other["ward_name"] not in shown, username


def working_days_after(day, count):
    return WardCalendar().add_working_days(day, count)


def test_a_request_that_waits_is_listed_with_its_due_date_and_finished_from_the_console(server, graph):
    db = db_of(server)
    codes, _ = same_number_on_both_pages(server, graph, "3000011")
    user = "10150000000000111"
    graph.state.app_users[user] = [("3000011", PAGE_B["page_id"])]
    graph.state.inject({"status": 500, "body": {"error": {"message": "down", "code": 2}}})
    waiting = ask_deletion(server, signed_by_b(user)).json()["confirmation_code"]
    assert case(db, codes["LC"])["psid"] == "3000011"  # Facebook did not answer: nothing erased yet
    with write_transaction(db):  # one that came in two weeks ago and was never finished
        db.execute(
            "INSERT INTO data_requests (code, source, kind, page_id, outcome, created_at, app_user_id)"
            " VALUES ('overdue0000000001', 'meta', 'delete', ?, '{\"matched\": 0, \"unmatched_reason\": \"graph\"}',"
            " ?, '10150000000000222')",
            [PAGE_B["page_id"], (dt.datetime.now(dt.UTC) - dt.timedelta(days=14)).isoformat()],
        )
    leader = Officer(server, "b_leader")
    page = leader.get("/console/data-requests").text
    today = dt.datetime.now(zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")).date()
    row = re.search(rf'<tr class="[^"]*" id="request-\d+">\s*<td class="code">{waiting}</td>.*?</tr>', page, re.S)
    assert row and working_days_after(today, 2).strftime("%d/%m/%Y") in row.group(0) and "quá hạn" not in row.group(0)
    late = re.search(r'<tr class="overdue" id="request-\d+">\s*<td class="code">overdue0000000001</td>', page)
    assert late and "(quá hạn)" in page
    assert waiting not in Officer(server, "a_leader").get("/console/data-requests").text  # ward B's, not A's
    # Facebook answers again: the leader finishes it; ward B's case is erased, ward A's kept.
    request_id = re.search(r'id="request-(\d+)">\s*<td class="code">' + waiting, page).group(1)
    done = leader.post(f"/console/data-requests/{request_id}/retry", {}, "/console/data-requests")
    assert done.status_code == 302
    assert case(db, codes["LC"])["psid"] is None and case(db, codes["AQ"])["psid"] == "3000011"
    after = leader.get("/console/data-requests").text
    assert not re.search(rf'id="request-\d+">\s*<td class="code">{waiting}', after)
    assert db.execute("SELECT app_user_id FROM data_requests WHERE code = ?", [waiting]).fetchone()[0] is None
