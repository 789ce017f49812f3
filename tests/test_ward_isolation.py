"""No way in to a denouncer's identity, and no way from one ward into another.

One real server with two wards in PAGES_FILE (every token in the file, none in the environment),
an officer and a leader in each ward, and cases filed by signed webhook events of each page.
Each test names the way in it closes; each failed before its fix.
"""

import datetime as dt
import io
import json
import re

import openpyxl
import pytest
from isolation_support import (
    PAGE_A,
    PAGE_B,
    Officer,
    add_officers,
    citizen,
    standin_for_both_pages,
    two_ward_server,
)
from scripts import SCRIPTS, file_case

from bot import texts
from storage import connect
from storage.duty_roster import officers_on_duty

pytestmark = pytest.mark.slow
DENOUNCER_PHONE = "0913456789"  # the scripts' contact (bench/citizens.py CONTACT)


@pytest.fixture(scope="module")
def graph():
    standin = standin_for_both_pages()
    yield standin
    standin.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory, graph):
    bot = two_ward_server(
        tmp_path_factory.mktemp("wards"), graph, COOKIE_SECURE="0", ATTACHMENT_HOSTS="127.0.0.1"
    ).start()
    add_officers(bot)
    yield bot
    bot.stop()


@pytest.fixture(scope="module")
def denunciation(server, graph):
    """Ward A's denouncer, with a photo: (code, psid)."""
    person = citizen(server, graph, PAGE_A, "a-denouncer")
    code = file_case(person, "denunciation", [("attachment", graph.url + "/cdn/bang-chung.png")])
    return code, person.psid


def xlsx_text(data):
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    return " ".join(
        str(cell.value) for sheet in workbook for row in sheet.iter_rows() for cell in row if cell.value is not None
    )


def db_of(server):
    return connect(server.env["DATABASE_PATH"])


def record_hotline_call(officer, phone):
    response = officer.post(
        "/console/hotline",
        {
            "category": "feedback",
            "field": "other",
            "content": "Người gọi hỏi về hồ sơ đã gửi",
            "name": "Nguyễn Văn An",
            "phone": phone,
            "address": "Số 5 Lê Lợi",
            "consent": "1",
        },
        page="/console/hotline",
    )
    assert response.status_code == 302, response.text
    return response.headers["Location"].rstrip("/").rsplit("/", 1)[-1]


def test_point1_a_hotline_call_never_leads_an_officer_to_a_denouncer(server, denunciation):
    _, psid = denunciation
    officer = Officer(server, "a_officer")
    call = record_hotline_call(officer, DENOUNCER_PHONE)
    page = officer.get(f"/console/cases/{call}").text
    assert psid not in page and "cùng số điện thoại" not in page
    refused = officer.post(f"/console/cases/{call}/link-messenger", {"psid": psid}, page=f"/console/cases/{call}")
    assert refused.status_code == 400
    assert next(db_of(server).query("SELECT psid FROM reports WHERE code = ?", [call]))["psid"] is None
    # A leader may see who denounced: the match is offered to them (the check is not blind).
    leader_page = Officer(server, "a_leader").get(f"/console/cases/{call}").text
    assert psid in leader_page and "cùng số điện thoại" in leader_page


def test_point5_a_denunciations_json_holds_no_path_or_url_naming_the_denouncer(server, denunciation):
    code, psid = denunciation
    data = Officer(server, "a_officer").get(f"/console/cases/{code}/json").json()
    assert data["psid"] is None and len(data["attachments"]) == 1
    assert psid not in json.dumps(data)
    assert {(a["path"], a["url"]) for a in data["attachments"]} == {(None, None)}
    assert Officer(server, "a_leader").get(f"/console/cases/{code}/json").json()["psid"] == psid


def test_point9_a_next_with_cr_lf_is_refused_not_a_500(server):
    response = Officer(server, "a_officer").login(
        "a_officer", "mat-khau-hai-phuong-2026", next_page="/console/\r\nSet-Cookie: x=1"
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/console/") and "Set-Cookie: x" not in str(response.headers)


def test_point10_files_and_exports_are_never_stored(server, denunciation):
    code, _ = denunciation
    leader = Officer(server, "a_leader")
    (attachment_id,) = [a["id"] for a in leader.get(f"/console/cases/{code}/json").json()["attachments"]]
    for path in (f"/console/files/{attachment_id}", "/console/export.xlsx", "/console/export.csv"):
        response = leader.get(path)
        assert response.status_code == 200, path
        assert response.headers["Cache-Control"] == "no-store", path


TRANG = (
    "Tôi là Phan Thu Trang (chị Trang), sđt 0944/555/666, zalo 0944_555_666, "
    "email trang.phan@example.vn, xin phường giữ kín"
)
TRANG_SCRIPT = [
    ("say", "alo"),
    ("tap", "MENU_DENOUNCE"),
    ("tap", "FIELD_INNOVATION"),
    ("say", TRANG),
    ("tap", "CONTENT_DONE"),
    ("tap", "SKIP"),
    ("say", "Ông Trần Văn B, cán bộ tiếp nhận"),
    ("say", "Đòi tiền để làm nhanh hồ sơ"),
    ("tap", "CONSENT_YES"),
    ("say", "Phan Thu Trang"),
    ("say", "0944 555 666"),
    ("say", "Số 9 ngõ Hoa Sữa"),
    ("tap", "SUBMIT"),
]


def trang_in(text):
    """The ways of writing Trang's identity the blanking used to miss."""
    digits = re.sub(r"\D", "", text)
    return [needle for needle in ("chị Trang", "Thu Trang", "trang.phan", "0944/555", "0944_555") if needle in text] + (
        ["phone"] if "944555666" in digits else []
    )


def test_point6_blanking_catches_slashes_underscores_the_given_name_and_emails(server, graph):
    code = file_case(citizen(server, graph, PAGE_A, "a-trang"), "denunciation", script=TRANG_SCRIPT)
    officer = Officer(server, "a_officer")
    outputs = {
        path: officer.get(path).content.decode("utf-8-sig")
        for path in ("/console/", f"/console/cases/{code}", "/console/export.csv")
    }
    outputs["json"] = json.dumps(officer.get(f"/console/cases/{code}/json").json(), ensure_ascii=False)
    outputs["xlsx"] = xlsx_text(officer.get("/console/export.xlsx").content)
    assert all(code in text for text in outputs.values())  # each output really holds the case
    assert {name: trang_in(text) for name, text in outputs.items() if trang_in(text)} == {}
    assert "trang.phan@example.vn" in Officer(server, "a_leader").get(f"/console/cases/{code}").text


def test_point3_an_event_signed_by_ward_a_never_reaches_ward_bs_citizen(server, graph):
    db = db_of(server)
    on_b = citizen(server, graph, PAGE_B, "b-citizen")
    code = file_case(on_b, "feedback")
    case_id = next(db.query("SELECT id FROM reports WHERE code = ?", [code]))["id"]
    forged = citizen(server, graph, PAGE_A, "b-citizen")  # ward A's app, naming B's citizen
    forged.say("Tôi bổ sung: hồ sơ này do ward A gửi")
    answer = forged.say(code)
    assert (
        db.execute("SELECT count(*) FROM messages WHERE report_id = ? AND text LIKE '%ward A%'", [case_id]).fetchone()[
            0
        ]
        == 0
    )
    assert texts.LOOKUP_NOT_FOUND.split("{code}")[0] + code in " ".join(text for text, _ in answer)
    assert texts.LOOKUP_RESULT.split("{code}")[0] + code not in " ".join(graph.texts_to("b-citizen")[-3:])
    # B's own citizen still adds to their case: the refusal is by page, not by person.
    on_b.say("Tôi bổ sung ảnh sau")
    assert (
        db.execute(
            "SELECT count(*) FROM messages WHERE report_id = ? AND text = 'Tôi bổ sung ảnh sau'", [case_id]
        ).fetchone()[0]
        == 1
    )


def test_point3_ward_a_cannot_file_ward_bs_half_made_denunciation(server, graph):
    db = db_of(server)
    script = SCRIPTS["denunciation"]
    on_b = citizen(server, graph, PAGE_B, "b-drafter")
    for action, value in script[:-1]:  # everything but "Gửi"
        getattr(on_b, action)(value)
    citizen(server, graph, PAGE_A, "b-drafter").tap("SUBMIT")
    assert db.execute("SELECT count(*) FROM reports WHERE psid = 'b-drafter'").fetchone()[0] == 0
    on_b.tap("SUBMIT")  # the draft is intact on its own page
    assert [tuple(r) for r in db.execute("SELECT page_id, category FROM reports WHERE psid = 'b-drafter'")] == [
        (PAGE_B["page_id"], "denunciation")
    ]


def test_point7_a_wards_leader_keeps_only_their_own_roster(server):
    day = (dt.date.today() + dt.timedelta(days=3)).strftime("%d/%m/%Y")
    b_leader, a_leader = Officer(server, "b_leader"), Officer(server, "a_leader")
    assert (
        b_leader.post("/console/duty/roster", {"day": day, "usernames": "b_officer"}, "/console/duty").status_code
        == 302
    )
    refused = a_leader.post("/console/duty/roster", {"day": day, "usernames": "b_officer"}, "/console/duty")
    assert refused.status_code == 400  # ward B's officer is not ward A's to put on duty
    assert (
        a_leader.post("/console/duty/roster", {"day": day, "usernames": "a_officer"}, "/console/duty").status_code
        == 302
    )
    db = db_of(server)
    on_duty = {
        page: [o["username"] for o in officers_on_duty(db, dt.datetime.strptime(day, "%d/%m/%Y").date(), page)]
        for page in (PAGE_A["page_id"], PAGE_B["page_id"])
    }
    assert on_duty == {PAGE_A["page_id"]: ["a_officer"], PAGE_B["page_id"]: ["b_officer"]}
    assert "b_officer" not in a_leader.get("/console/duty").text


def test_point7_a_day_off_in_ward_a_moves_no_deadline_of_ward_b(server, graph):
    db = db_of(server)
    deadline_of = lambda code: next(db.query("SELECT deadline FROM reports WHERE code = ?", [code]))["deadline"]  # noqa: E731
    before = deadline_of(file_case(citizen(server, graph, PAGE_B, "b-before"), "feedback"))
    day_off = dt.date.fromisoformat(before).strftime("%d/%m/%Y")  # a working day: deadlines end on one
    assert (
        Officer(server, "a_leader")
        .post(
            "/console/duty/calendar",
            {"day": day_off, "kind": "off", "note": "Quyết định nghỉ của phường Ái Quốc"},
            "/console/duty",
        )
        .status_code
        == 302
    )
    assert deadline_of(file_case(citizen(server, graph, PAGE_B, "b-after"), "feedback")) == before
    assert deadline_of(file_case(citizen(server, graph, PAGE_A, "a-after"), "feedback")) > before  # A's moved


def test_point7_answer_templates_belong_to_their_ward(server):
    b_leader, a_leader = Officer(server, "b_leader"), Officer(server, "a_leader")
    title = "Mẫu riêng của phường Lê Chân"
    b_leader.post("/console/templates", {"title": title, "body": "Phường Lê Chân đã nhận."}, "/console/templates")
    db = db_of(server)
    (template_id,) = [r["id"] for r in db.query("SELECT id FROM answer_templates WHERE title = ?", [title])]
    assert title not in a_leader.get("/console/templates").text
    a_leader.post(f"/console/templates/{template_id}/delete", {}, "/console/templates")
    assert db.execute("SELECT count(*) FROM answer_templates WHERE id = ?", [template_id]).fetchone()[0] == 1
    assert title in b_leader.get("/console/templates").text
