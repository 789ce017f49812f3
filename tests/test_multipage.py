"""Two wards' pages on one real server (PAGES_FILE): events, cases, replies, officers and exports
never cross between them."""

import json
import re
import subprocess
import sys

import pytest
import requests
from live import ROOT, BotServer, GraphStandin
from messenger_support import LiveCitizen
from pages_support import PAGE_A, PAGE_B, PageMessenger, write_pages_file
from scripts import run_script

from storage import connect

pytestmark = pytest.mark.slow

PASSWORD = "mat-khau-that-dai-2026"
CODE = re.compile(r"\b[A-Z]{2}-\d{4}-\d{5}\b")


@pytest.fixture(scope="module")
def graph():
    standin = GraphStandin(token={PAGE_A["access_token"], PAGE_B["access_token"]})
    yield standin
    standin.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory, graph):
    folder = tmp_path_factory.mktemp("pages")
    pages_file = write_pages_file(folder)
    bot = BotServer(
        folder / "bot", graph.url, "env-secret-not-used", PAGES_FILE=str(pages_file), COOKIE_SECURE="0"
    ).start()
    for username, page in (("tuan", PAGE_A["page_id"]), ("hoa", PAGE_B["page_id"]), ("tinh", None)):
        add_officer(bot, username, page)
    yield bot
    bot.stop()


def add_officer(bot, username, page_id):
    args = [sys.executable, "-m", "bot", "officer", "add", username, "--role", "leader"]
    done = subprocess.run(
        args + (["--page", page_id] if page_id else []),
        cwd=ROOT,
        env=bot.env,
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def cases(server, graph):
    """A feedback on page A; a feedback and a petition on page B, each filed by a real conversation."""
    filed = {}
    for name, page, psid, category in (
        ("a", PAGE_A, "5100", "feedback"),
        ("b", PAGE_B, "5200", "feedback"),
        ("b2", PAGE_B, "5201", "petition"),
    ):
        citizen = LiveCitizen(server, graph, PageMessenger(page), psid)
        last = run_script(citizen, category)
        filed[name] = CODE.search(" ".join(text for text, _ in last)).group(0)
    return filed


class Officer:
    def __init__(self, server, username):
        self.server, self.http = server, requests.Session()
        response = self.http.post(
            server.url + "/console/login",
            allow_redirects=False,
            timeout=10,
            data={"csrf_token": self.token(), "username": username, "password": PASSWORD},
        )
        assert response.status_code == 302, response.text

    def token(self, path="/console/login"):
        page = self.http.get(self.server.url + path, timeout=10).text
        return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)

    def post(self, path, data, page):
        return self.http.post(
            self.server.url + path, data={"csrf_token": self.token(page), **data}, allow_redirects=False, timeout=30
        )

    def get(self, path):
        return self.http.get(self.server.url + path, timeout=30)


def test_each_case_gets_its_wards_prefix_and_each_reply_its_pages_token(server, graph, cases):
    assert cases["a"].startswith("AQ-") and cases["b"].startswith("LC-") and cases["b2"].startswith("LC-")
    to_a, to_b = graph.state.messages_to("5100"), graph.state.messages_to("5200")
    assert to_a and {m["access_token"] for m in to_a} == {"token-a"}
    assert to_b and {m["access_token"] for m in to_b} == {"token-b"}
    texts_b = " ".join(m["message"].get("text", "") for m in to_b)
    assert "Lê Chân" in texts_b and "Ái Quốc" not in texts_b
    assert "Ái Quốc" in " ".join(m["message"].get("text", "") for m in to_a)
    db = connect(server.env["DATABASE_PATH"])
    pages = dict(db.execute("SELECT code, page_id FROM reports").fetchall())
    outbox = set(db.execute("SELECT psid, page_id FROM outbox WHERE psid IN ('5100', '5200')").fetchall())
    db.conn.close()
    assert pages == {cases["a"]: PAGE_A["page_id"], cases["b"]: PAGE_B["page_id"], cases["b2"]: PAGE_B["page_id"]}
    assert outbox == {("5100", PAGE_A["page_id"]), ("5200", PAGE_B["page_id"])}


def test_a_body_signed_by_one_wards_app_cannot_speak_for_another_page(server):
    forger = PageMessenger(PAGE_A)
    forger.page_id = PAGE_B["page_id"]  # page A's secret, page B's id
    honest_a = PageMessenger(PAGE_A)
    unknown = PageMessenger(dict(PAGE_A, app_secret="no-such-secret"))
    bodies = [
        (forger, forger.body(forger.text("5900", "giả mạo"))),
        # one entry of each page, signed by A: refused whole
        (
            forger,
            json.dumps(
                {
                    "object": "page",
                    "entry": [
                        json.loads(honest_a.body(honest_a.text("5901", "a")))["entry"][0],
                        json.loads(forger.body(forger.text("5902", "b")))["entry"][0],
                    ],
                }
            ).encode(),
        ),
        (unknown, unknown.body(unknown.text("5903", "lạ"))),
    ]
    for signer, body in bodies:
        response = requests.post(server.url + "/webhook", data=body, headers=signer.headers(body), timeout=10)
        assert response.status_code == 403, response.text
    db = connect(server.env["DATABASE_PATH"])
    stored = db.execute("SELECT count(*) FROM inbound_events WHERE psid IN ('5900', '5901', '5902', '5903')")
    assert stored.fetchone()[0] == 0
    db.conn.close()
    for page in (PAGE_A, PAGE_B):
        handshake = requests.get(
            server.url + "/webhook",
            timeout=10,
            params={"hub.mode": "subscribe", "hub.verify_token": page["verify_token"], "hub.challenge": "c-42"},
        )
        assert handshake.status_code == 200 and handshake.text == "c-42"


def test_officers_see_only_their_wards_cases(server, cases):
    tuan, hoa, province = Officer(server, "tuan"), Officer(server, "hoa"), Officer(server, "tinh")
    inbox = {name: o.get("/console/").text for name, o in (("tuan", tuan), ("hoa", hoa), ("tinh", province))}
    assert cases["a"] in inbox["tuan"] and cases["b"] not in inbox["tuan"] and cases["b2"] not in inbox["tuan"]
    assert cases["b"] in inbox["hoa"] and cases["b2"] in inbox["hoa"] and cases["a"] not in inbox["hoa"]
    assert all(code in inbox["tinh"] for code in cases.values())
    # Another ward's case does not exist for this officer, whichever way it is asked for.
    for path in (f"/console/cases/{cases['b']}", f"/console/cases/{cases['b']}/json"):
        assert tuan.get(path).status_code == 404, path
    link_to_b = f"/console/cases/{cases['b']}"
    assert link_to_b not in tuan.get(f"/console/?q={cases['b']}").text  # the search box echoes the query
    assert link_to_b not in tuan.get("/console/?q=dang+nhap").text
    assert link_to_b in hoa.get(f"/console/?q={cases['b']}").text and link_to_b in hoa.get("/console/?q=dang+nhap").text
    assert tuan.get(f"/console/cases/{cases['a']}").status_code == 200
    assert hoa.get(f"/console/cases/{cases['a']}").status_code == 404
    export = tuan.get("/console/export.csv")
    assert export.status_code == 200 and cases["a"] in export.text
    assert cases["b"] not in export.text and cases["b2"] not in export.text
    totals = {
        name: re.search(r"Tổng số hồ sơ đã nhận: <strong>(\d+)</strong>", o.get("/console/stats").text).group(1)
        for name, o in (("tuan", tuan), ("hoa", hoa), ("tinh", province))
    }
    assert totals == {"tuan": "1", "hoa": "2", "tinh": "3"}


def test_assignment_and_audit_keep_to_the_ward(server, cases):
    tuan, hoa, province = Officer(server, "tuan"), Officer(server, "hoa"), Officer(server, "tinh")
    case_a, case_b = f"/console/cases/{cases['a']}", f"/console/cases/{cases['b']}"
    assert 'value="hoa"' not in tuan.get(case_a).text and 'value="tuan"' in tuan.get(case_a).text
    assert 'value="tinh"' in tuan.get(case_a).text  # the province's officer serves every ward
    refused = tuan.post(case_a + "/assign", {"username": "hoa"}, page=case_a)
    assert refused.status_code == 400
    assert hoa.post(case_b + "/assign", {"username": "hoa"}, page=case_b).status_code == 302
    db = connect(server.env["DATABASE_PATH"])
    assigned = dict(
        db.execute("SELECT r.code, o.username FROM reports r LEFT JOIN officers o ON o.id = r.assigned_to").fetchall()
    )
    db.conn.close()
    assert assigned[cases["a"]] is None and assigned[cases["b"]] == "hoa"
    audit = {name: o.get("/console/audit").text for name, o in (("tuan", tuan), ("hoa", hoa), ("tinh", province))}
    assert cases["b"] in audit["hoa"] and cases["b"] in audit["tinh"] and cases["b"] not in audit["tuan"]
