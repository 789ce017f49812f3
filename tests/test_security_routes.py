"""Every route of the app, read from app.url_map: who may use it, and no form without its CSRF token.

The tables below are the access policy. A route that is in none of them fails
`test_every_route_has_a_declared_access`, so whoever adds a route must say who may
use it, and the other tests then check that the code enforces exactly that.
"""

import glob
import os
import re
from urllib.parse import quote

import pytest
from console_support import csrf_token
from databases import migrated_database
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scripts import file_case
from security_support import STATE_CHANGING, attach_file, database_content, routes, url_for_rule

from storage import write_transaction
from storage.data_requests import record_request
from webhook import create_app

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

EVERYONE, LEADERS, ADMINS = {"officer", "leader", "admin"}, {"leader", "admin"}, {"admin"}
# Open to anyone, each for a reason; everything else needs a console session.
PUBLIC = {
    "console.auth.login": "the login form",
    "console.static": "the console's stylesheet and script",
    "health.healthz": "monitoring: counts only, no case data",
    "intake.verify_subscription": "Meta's handshake: answers only with the verify token",
    "intake.receive_events": "Meta's deliveries: refused without the app secret's signature",
    "publication_page.index": "/cong-khai: answers the citizens agreed to publish, redacted",
    "publication_page.static": "/cong-khai's stylesheet",
    "static": "Flask's static folder",
    # What Meta's App Review requires to be public.
    "privacy.policy": "the privacy policy: the ward's settings, no case data",
    "meta_deletion.deletion_request": "Meta's deletion callback: refused without the app secret's signature",
    "meta_deletion.status": "a deletion's outcome in counts, under an unguessable code",
    # A department answers an officer's request without an account (the notice's §3.2).
    "consultation_page.request_page": "one request under an unguessable link, the case masked, counted like a login",
    "consultation_page.static": "the department's page's stylesheet and script",
    # Only with a Zalo OA configured (the sandbox has one).
    "zalo_intake.receive_zalo_event": "Zalo's events: refused without the OA's signature",
}
# Mounted only in the sandbox (no page token), where they play Meta and the citizen's phone.
SANDBOX_ONLY = ("graph_standin.", "simulator.", "zalo_standin.")
# Console routes: the roles that may use them.
ACCESS = {
    "console.inbox.index": EVERYONE,
    "console.not_found": EVERYONE,
    "console.cases.show": EVERYONE,
    "console.cases.as_json": EVERYONE,
    "console.cases.attachment": EVERYONE,
    "console.application.printable": EVERYONE,
    "console.export.csv_file": EVERYONE,
    "console.export.xlsx_file": EVERYONE,
    "console.stats.index": EVERYONE,
    "console.answer_templates.index": EVERYONE,
    "console.hotline.form": EVERYONE,
    "console.auditlog.index": LEADERS,
    "console.conversations.index": EVERYONE,
    "console.conversations.list_json": EVERYONE,
    "console.conversations.show": EVERYONE,
    "console.conversations.messages_json": EVERYONE,
    "console.conversations.answer": EVERYONE,
    "console.conversations.close": EVERYONE,
    "console.conversations.make_case": EVERYONE,
    "console.replies.reply": EVERYONE,
    "console.actions.status": EVERYONE,
    "console.actions.note": EVERYONE,
    "console.actions.assign_case": EVERYONE,
    "console.actions.classify": EVERYONE,
    "console.hotline.record": EVERYONE,
    "console.hotline.link": EVERYONE,
    "console.ratings.heard": EVERYONE,
    "console.publication.publish": EVERYONE,
    "console.publication.unpublish": EVERYONE,
    "console.answer_templates.add": LEADERS,
    "console.answer_templates.delete": LEADERS,
    "console.auth.logout": EVERYONE,
    "console.duty.index": EVERYONE,
    "console.duty.link_code": EVERYONE,
    "console.duty.unlink_messenger": EVERYONE,
    "console.duty.set_day": LEADERS,
    "console.duty.remove_day": LEADERS,
    "console.duty.set_day_roster": LEADERS,
    "console.understanding.index": LEADERS,
    "console.understanding.save_knowledge": LEADERS,
    "console.understanding.save_synonym": LEADERS,
    "console.understanding.save_field": LEADERS,
    "console.understanding.save_scope": LEADERS,
    "console.understanding.remove": LEADERS,
    "console.data_requests.index": LEADERS,
    "console.data_requests.retry": LEADERS,
    # The chain of handling: a direction and an approval are a leader's; the departments, an admin's.
    "console.chain.propose_form": EVERYONE,
    "console.chain.direct_form": LEADERS,
    "console.chain.consult_form": EVERYONE,
    "console.chain.approve_form": LEADERS,
    "console.chain.send_back_form": LEADERS,
    "console.chain.department_file": EVERYONE,
    "console.chain.waiting": EVERYONE,
    "console.departments.index": ADMINS,
    "console.departments.save": ADMINS,
    "console.departments.in_use": ADMINS,
    "console.stats.monthly_xlsx": EVERYONE,
    "console.notices.index": ADMINS,
    "console.notices.retry": ADMINS,
}
# State-changing routes without the CSRF token, and what protects them instead.
CSRF_EXEMPT = {"intake.receive_events": "Meta's signature (X-Hub-Signature-256)"}
FORM = {
    "text": "Nội dung thử",
    "note": "Ghi chú thử",
    "status": "accepted",
    "category": "complaint",
    "field": "other",
    "username": "",
    "title": "Mẫu",
    "body": "Nội dung mẫu",
    "rating": "satisfied",
}


def sandbox_app(tmp_path):
    return create_app(
        {
            "DATABASE_PATH": migrated_database(tmp_path / "sandbox.db"),
            "ATTACHMENTS_DIR": str(tmp_path / "f"),
            "SANDBOX": True,
            "START_WORKERS": False,
            "GRAPH_API_URL": "http://127.0.0.1:9/v21.0",
        }
    )


@pytest.fixture
def values(chat_as, db, app):
    """A value for every argument of every route: a filed complaint, its file, a saved template."""
    citizen = chat_as("7001")
    code = file_case(citizen, "complaint")
    report_id = db.execute("SELECT id FROM reports WHERE code = ?", [code]).fetchone()[0]
    attachment_id = attach_file(db, app, report_id, citizen.psid, b"\x89PNG\r\n\x1a\n" + b"0" * 64, "image/png")
    template_id = db.execute("SELECT min(id) FROM answer_templates").fetchone()[0]
    citizen.say("gặp cán bộ")  # an open conversation for the "Trò chuyện" routes
    handoff_id = db.execute("SELECT max(id) FROM handoffs").fetchone()[0]
    with write_transaction(db):  # a Meta deletion request that waits for an officer
        record_request(db, "meta", "delete", {"matched": 0, "unmatched_reason": "graph"}, answered=False)
    request_id = db.execute("SELECT max(id) FROM data_requests").fetchone()[0]
    notice_id = db.execute("SELECT max(id) FROM notices").fetchone()[0]  # the handoff's, held: nobody on duty
    return {
        "request_id": request_id,
        "notice_id": notice_id,
        "code": code,
        "attachment_id": attachment_id,
        "template_id": template_id,
        "handoff_id": handoff_id,
        "call": "take_thread_control",
        "unknown": "khong-co-trang-nay",
        "filename": "console.css",
        "version": "v21.0",
        "name": "x.png",
        "token": "khong-co-lien-ket-nay",
        "file_id": 1,
    }


def console_routes(app):
    """(endpoint, method, rule) of every route that needs a session; logout last."""
    found = [(rule.endpoint, method, rule) for rule, method in routes(app) if rule.endpoint not in PUBLIC]
    return sorted(found, key=lambda r: (r[0] == "console.auth.logout", r[1] != "GET", r[0]))


def call(client, app, rule, method, values, token=None):
    path = url_for_rule(app, rule, method, values)
    data = dict(FORM, csrf_token=token) if token else dict(FORM)
    return client.open(path, method=method, data=data if method in STATE_CHANGING else None)


def test_every_route_has_a_declared_access(app, tmp_path):
    sandbox = sandbox_app(tmp_path)
    undeclared = sorted(
        {rule.endpoint for a in (app, sandbox) for rule in a.url_map.iter_rules()}
        - set(PUBLIC)
        - set(ACCESS)
        - {e for e in sandbox.view_functions if e.startswith(SANDBOX_ONLY)}
    )
    assert undeclared == [], "say who may use these routes in tests/test_security_routes.py"
    assert [e for e in app.view_functions if e.startswith(SANDBOX_ONLY)] == []  # not in live mode
    assert all(e in app.view_functions for e in ACCESS), "a route listed here is gone: update ACCESS"


def test_anonymous_visitors_reach_nothing_but_the_public_routes(app, values, db):
    anonymous = app.test_client()
    token = csrf_token(anonymous)  # a valid form token: what stops them must be the missing session
    before = database_content(db)
    for endpoint, method, rule in console_routes(app):
        response = call(anonymous, app, rule, method, values, token)
        assert response.status_code == 302, (endpoint, method, response.status_code)
        assert response.headers["Location"].startswith("/console/login"), (endpoint, method)
    assert database_content(db) == before


@pytest.mark.parametrize("role, username", [("officer", "tuan"), ("leader", "lan"), ("admin", "quantri")])
def test_every_console_route_enforces_its_roles(app, login, values, db, role, username):
    client = login(username)
    for endpoint, method, rule in console_routes(app):
        token = csrf_token(client, "/console/stats")
        before = database_content(db)
        response = call(client, app, rule, method, values, token)
        page = response.get_data().decode("utf-8", "replace")
        if role in ACCESS[endpoint]:
            assert response.status_code not in (403, 500), (endpoint, method, response.status_code)
            assert not response.headers.get("Location", "").startswith("/console/login?next="), (endpoint, method)
            assert "thiếu mã bảo vệ" not in page, (endpoint, method)
        else:
            assert response.status_code == 403, (endpoint, method, response.status_code)
            assert database_content(db) == before, (endpoint, method)


def test_every_state_changing_route_needs_the_csrf_token(app, login, values, db):
    client, intruder = login("quantri"), login("lan")
    someone_elses_token = csrf_token(intruder, "/console/stats")
    forms = [
        (rule, method) for rule, method in routes(app) if method in STATE_CHANGING and rule.endpoint not in CSRF_EXEMPT
    ]
    assert {"console.auth.login", "console.replies.reply", "console.auth.logout"} <= {r.endpoint for r, _ in forms}
    before = database_content(db)
    for rule, method in forms:
        for token in (None, "forged-token", someone_elses_token):
            response = call(client, app, rule, method, values, token)
            assert response.status_code == 400, (rule.endpoint, method, token, response.status_code)
    assert database_content(db) == before
    assert client.get("/console/").status_code == 200  # still logged in: the refusals ended nothing


def test_the_csrf_exempt_routes_have_their_own_protection(client, db):
    response = client.post(
        "/webhook", data=b'{"object": "page", "entry": []}', headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 403
    assert db.execute("SELECT count(*) FROM inbound_events").fetchone()[0] == 0


FIELD_NAMES = sorted(
    {
        name
        for path in glob.glob(os.path.join(ROOT, "*", "templates", "**", "*.html"), recursive=True)
        for name in re.findall(r'name="([a-z_]+)"', open(path, encoding="utf-8").read())
    }
    - {"csrf_token", "viewport"}
)
ODD_VALUES = [
    "9" * 30,
    "-1",
    "0",
    "1e9",
    "",
    " ",
    "\x00",
    "%00",
    "../../etc/passwd",
    "A" * 3000,
    "[]",
    "ứ",
    "<script>",
    "NEAR(",
    '"*"*',
    "AQ-9999-99999",
]


def status_of(response):
    """The status, once the whole body was produced (an export streams: its errors come late)."""
    response.get_data()
    response.close()
    return response.status_code


def test_no_value_in_the_address_makes_a_500(app, login, values):
    client = login("quantri")
    for rule, method in routes(app):
        if method != "GET" or not rule.arguments or rule.endpoint.endswith("static"):
            continue
        for odd in ODD_VALUES:
            path = re.sub(r"<(?:[^>:]+:)?([a-z_]+)>", lambda m: quote(odd, safe=""), rule.rule)
            assert status_of(client.get(path)) < 500, (rule.rule, odd)
    for page in ("/console/", "/console/audit", "/console/stats", "/console/export.csv", "/cong-khai/"):
        for name in ("after", "before", "year", "truoc", *FIELD_NAMES):
            for odd in ODD_VALUES:
                assert status_of(client.get(page, query_string={name: odd})) < 500, (page, name, odd)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(form=st.dictionaries(st.sampled_from(FIELD_NAMES), st.sampled_from(ODD_VALUES) | st.text(max_size=30)))
def test_no_form_content_makes_a_500(app, admin, values, form):
    token = csrf_token(admin, "/console/stats")
    for rule, method in routes(app):
        if method in STATE_CHANGING and rule.endpoint not in {*CSRF_EXEMPT, "console.auth.logout"}:
            path = url_for_rule(app, rule, method, values)
            response = admin.open(path, method=method, data={**form, "csrf_token": token})
            assert status_of(response) < 500, (rule.endpoint, form)
    assert admin.get("/console/").status_code == 200  # still logged in: every form above was really tried


@pytest.fixture
def admin(login):
    return login("quantri")
