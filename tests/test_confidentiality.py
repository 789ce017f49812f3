"""A denouncer's name, phone and address leave the system nowhere but to leaders' screens and to
the denouncer (Law on Denunciations 2018, Art. 47).

One real denunciation, through real conversations with the real server, its name, phone and
address also typed into the text (in several spellings). Then every output the system has is
triggered and collected: the server's log, the summary, the officers' e-mails and Messenger
notices, the digest (printed and sent), the monthly report (text, JSON, XLSX), the console as an
officer (inbox, searches, case page, JSON, application, CSV and XLSX exports, statistics),
/healthz, error pages (4xx and a 500), the public page, every message to anyone but the
denouncer, and other citizens' look-ups. Each is searched for the identity in every spelling.
"""

import datetime as dt
import html
import io
import json
import re
import sqlite3
import unicodedata
from urllib.parse import quote, quote_plus, urlsplit

import openpyxl
import pytest
import requests
from aiosmtpd.controller import Controller
from duty_fixtures import Inbox
from live import GraphStandin, free_port, wait_until
from sandbox_server import add_account, run_bot

from bot.officer_chat import LINKED
from casework.ward import Ward
from core.folding import fold_command
from storage import connect, write_transaction
from storage.duty_roster import new_link_code, set_roster

pytestmark = pytest.mark.slow
NAME, PHONE, ADDRESS = "Phùng Thị Xuân Diệu", "0913.579.246", "Số 77 ngõ Hoa Sữa, tổ dân phố 9"
NEEDLES = {"name": ["phung thi xuan dieu", "xuan dieu"], "address": ["so 77 ngo hoa sua", "hoa sua"]}
PHONE_DIGITS = "913579246"
SEARCHES = [NAME, "xuan dieu", "0913579246", "0913 579 246", "+84913579246", "Hoa Sữa", "ngo hoa sua"]
PASSWORD = "mat-khau-bao-mat-2026"
CODE = re.compile(r"AQ-\d{4}-\d{5}")
DENUNCIATION = [
    ("say", "alo"),
    ("tap", "MENU_DENOUNCE"),
    ("tap", "FIELD_INNOVATION"),
    ("say", f"Khẩn cấp, có lừa đảo: tôi là {NAME}, điện thoại +84 913 579 246, nhà ở {ADDRESS}."),
    ("say", "PHUNG THI XUAN DIEU xin phường giữ bí mật, gọi 091-357-9246 hoặc 0913579246."),
    ("attachment", "/cdn/bien-lai.png"),
    ("tap", "CONTENT_DONE"),
    ("say", unicodedata.normalize("NFD", f"Bộ phận một cửa, gần nhà tôi ({ADDRESS.lower()})")),
    ("say", "Ông Trần Văn B, cán bộ tiếp nhận hồ sơ"),
    ("say", f"Đòi 2 triệu đồng; {NAME} có tin nhắn làm bằng chứng, gọi 0913 579 246"),
    ("tap", "CONSENT_YES"),
    ("say", NAME),
    ("say", PHONE),
    ("say", ADDRESS),
    ("tap", "SUBMIT"),
]


def found(text):
    """The parts of the identity in `text`, however written: accents or not, any case, NFD,
    the phone as +84…, 0…, with spaces, dots or dashes."""
    folded = fold_command(html.unescape(text or ""))
    hits = [part for part, needles in NEEDLES.items() if any(n in folded for n in needles)]
    return hits + (["phone"] if PHONE_DIGITS in re.sub(r"[^0-9]", "", text or "") else [])


def without_echo(page, query):
    """A search page less the query it repeats back (in the box, in its links)."""
    for echo in {query, html.escape(query), quote(query), quote_plus(query)}:
        page = page.replace(echo, "")
    return page


def as_text(value):
    """JSON (Flask escapes non-ASCII as \\uXXXX) re-read as plain text; anything else as is."""
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


def xlsx_text(data):
    workbook = openpyxl.load_workbook(io.BytesIO(data) if isinstance(data, bytes) else data)
    return " ".join(
        str(cell.value) for sheet in workbook for row in sheet.iter_rows() for cell in row if cell.value is not None
    )


class Browser:
    """An officer's browser session on the console, over HTTP."""

    def __init__(self, server, username):
        self.server, self.http = server, requests.Session()
        token = self.token("/console/login")
        response = self.http.post(
            server.url + "/console/login",
            allow_redirects=False,
            timeout=10,
            data={"csrf_token": token, "username": username, "password": PASSWORD},
        )
        assert response.status_code == 302, response.text

    def token(self, path):
        page = self.http.get(self.server.url + path, timeout=10).text
        return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)

    def get(self, path, **kwargs):
        return self.http.get(self.server.url + path, timeout=30, **kwargs)

    def post(self, path, data, page="/console/stats"):
        return self.http.post(
            self.server.url + path, data={"csrf_token": self.token(page), **data}, allow_redirects=False, timeout=30
        )


class Citizen:
    """Someone writing to the page: signed deliveries, replies read at the Graph stand-in."""

    def __init__(self, server, graph, messenger, psid):
        self.server, self.graph, self.m, self.psid = server, graph, messenger, psid

    def post(self, event):
        body = self.m.body(event)
        return requests.post(self.server.url + "/webhook", data=body, headers=self.m.headers(body), timeout=30)

    def do(self, action, value):
        event = {
            "say": lambda: self.m.text(self.psid, value),
            "tap": lambda: self.m.quick_reply(self.psid, value),
            "attachment": lambda: self.m.attachment(self.psid, "image", url=self.graph.url + value),
        }[action]()
        before = len(self.graph.state.messages_to(self.psid))
        assert self.post(event).status_code == 200
        wait_until(
            lambda: len(self.graph.state.messages_to(self.psid)) > before,
            timeout=30,
            what=f"the bot's answer to {self.psid}",
        )
        self.server.settle()
        return "\n".join(self.graph.texts_to(self.psid)[before:])


@pytest.fixture
def smtp():
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


@pytest.fixture
def world(bot_servers, smtp, messenger, tmp_path):
    """The server with two officers on duty (e-mail and Messenger), a filed denunciation, its
    follow-up, another citizen asking about it, and the officer's work on it in the console."""
    inbox, smtp_port = smtp
    graph = GraphStandin()
    server = bot_servers(
        graph.url,
        "confidential",
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=smtp_port,
        SMTP_SECURITY="none",
        SMTP_USER="",
        SMTP_FROM="pakn@aiquoc.example",
        COOKIE_SECURE="0",
    )
    accounts = {
        username: add_account(server, username, PASSWORD, role, email=f"{username}@aiquoc.example")
        for username, role in (("tuan", "officer"), ("lan", "leader"))
    }
    db = connect(server.env["DATABASE_PATH"])
    with write_transaction(db):  # as `bot roster set default tuan lan` and `bot roster link` do
        set_roster(db, "default", list(accounts.values()))
        links = {username: new_link_code(db, officer_id) for username, officer_id in accounts.items()}
    db.conn.close()
    officers = {}
    for username in ("tuan", "lan"):
        officers[username] = Citizen(server, graph, messenger, f"officer-{username}")
        assert LINKED.split("{")[0] in officers[username].do("say", f"trực {links[username]}")
    denouncer = Citizen(server, graph, messenger, "denouncer")
    for action, value in DENUNCIATION:
        last = denouncer.do(action, value)
    code = CODE.search(last).group()
    denouncer.do("say", "Tôi bổ sung: số của tôi là 0913 579 246, tên Phùng Thị Xuân Diệu")
    # "Gặp cán bộ": the duty notice goes out and the conversation opens in the console; what
    # the denouncer then writes, identity included, is for the officer's thread only.
    denouncer.do("tap", "MENU_OFFICER")
    assert denouncer.post(denouncer.m.text("denouncer", f"Tôi là {NAME}, nhà ở {ADDRESS}, gọi {PHONE}")).ok
    server.settle()
    curious = Citizen(server, graph, messenger, "curious")
    curious.do("say", "Xin chào")
    curious.do("tap", "MENU_LOOKUP")
    assert code in curious.do("say", code)  # told there is no such case of theirs, nothing more
    wait_until(lambda: len(inbox.messages) >= 2, what="the new-case e-mails to both officers")
    officer = Browser(server, "tuan")
    for path, form in [
        (f"/console/cases/{code}/reply", {"text": "Phường đã nhận, cán bộ sẽ liên hệ anh/chị."}),
        (f"/console/cases/{code}/status", {"status": "accepted", "note": "Thụ lý đơn tố cáo."}),
        (f"/console/cases/{code}/note", {"text": "Đã xác minh sơ bộ."}),
    ]:
        assert officer.post(path, form).status_code == 302, path
    server.settle()
    yield {
        "server": server,
        "graph": graph,
        "inbox": inbox,
        "code": code,
        "officer": officer,
        "messenger": messenger,
        "tmp_path": tmp_path,
    }
    graph.close()


def next_working_day(db):
    ward = Ward(db, {"TIMEZONE": "Asia/Ho_Chi_Minh", "OFFICE_HOURS": "Mon-Fri 07:30-11:30,13:30-17:00"})
    day = ward.local_date() + dt.timedelta(days=1)
    while not ward.calendar.is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def error_pages(world):
    """Every kind of error page, the 500 included (the database held locked by someone else)."""
    server, officer, code = world["server"], world["officer"], world["code"]
    anonymous = requests.Session()
    pages = {
        "404": anonymous.get(server.url + "/khong-co-trang-nay", timeout=10),
        "404 console": officer.get("/console/cases/AQ-1999-99999"),
        "405": anonymous.put(server.url + "/webhook", data=NAME.encode(), timeout=10),
        "400 csrf": officer.http.post(server.url + f"/console/cases/{code}/note", data={"text": NAME}, timeout=10),
        "403 role": officer.get("/console/audit"),
        "403 classify": officer.post(f"/console/cases/{code}/classify", {"category": "feedback", "field": "other"}),
        "403 webhook": anonymous.post(server.url + "/webhook", data=json.dumps({"text": NAME}), timeout=10),
        "413 webhook": anonymous.post(server.url + "/webhook", data=b"x" * 1_100_000, timeout=10),
    }
    assert {name: r.status_code for name, r in pages.items()} == {
        "404": 404,
        "404 console": 404,
        "405": 405,
        "400 csrf": 400,
        "403 role": 403,
        "403 classify": 403,
        "403 webhook": 403,
        "413 webhook": 413,
    }
    holder = sqlite3.connect(server.env["DATABASE_PATH"], timeout=1)
    holder.execute("BEGIN EXCLUSIVE")  # a backup or a stuck process: every write waits, then fails
    try:
        denouncer = Citizen(server, world["graph"], world["messenger"], "denouncer")
        pages["500 webhook"] = denouncer.post(world["messenger"].text("denouncer", f"{NAME}, {PHONE}, {ADDRESS}"))
    finally:
        holder.rollback()
        holder.close()
    assert pages["500 webhook"].status_code == 500  # Meta delivers it again later; nothing is lost
    return {name: response.text for name, response in pages.items()}


def test_the_denouncers_identity_is_in_no_output(world):
    server, graph, inbox, code, officer = (world[k] for k in ("server", "graph", "inbox", "code", "officer"))
    db = connect(server.env["DATABASE_PATH"])
    report = next(db.query("SELECT * FROM reports WHERE code = ?", [code]))
    assert (report["name"], report["phone"], report["address"]) == (NAME, "+84913579246", ADDRESS)
    outputs = {}

    # What the duty officers receive: the summary, e-mails, Messenger; the digest and monthly report.
    outputs["summary"] = report["summary"]
    day = next_working_day(db)
    outputs["digest text"] = run_bot(server, "digest").stdout
    outputs["digest json"] = run_bot(server, "digest", "--json").stdout
    sent = run_bot(server, "digest", "--send", "--json", "--date", day.isoformat())
    outputs["digest --send"] = sent.stdout + sent.stderr
    assert code in [item["code"] for item in json.loads(sent.stdout)["digest"]["new"]]
    wait_until(lambda: len(inbox.messages) >= 4, what="the digest e-mails")
    month = report["created_at"][:7]
    outputs["monthly text"] = run_bot(server, "report", "--month", month).stdout
    outputs["monthly json"] = run_bot(server, "report", "--month", month, "--json").stdout
    xlsx = world["tmp_path"] / "thang.xlsx"
    run_bot(server, "report", "--month", month, "--xlsx", str(xlsx))
    outputs["monthly xlsx"] = xlsx_text(str(xlsx))
    outputs["deadline show"] = run_bot(server, "deadline", "show", code).stdout
    # A command queues Messenger notices the server sends within 30 s; an officer's "trực" wakes it now.
    Citizen(server, graph, world["messenger"], "officer-tuan").do("say", "trực")
    for n, message in enumerate(inbox.messages):
        headers = "\n".join(f"{key}: {value}" for key, value in message.items())
        outputs[f"e-mail {n} {message['Subject']}"] = headers + "\n" + message.get_content()
    outputs["e-mail queue"] = as_text([dict(r) for r in db.query("SELECT * FROM email_outbox")])

    # Every message the bot sent to anyone but the denouncer, as Meta received it and as queued.
    for message in graph.state.sent:
        if message["recipient"]["id"] != "denouncer":
            outputs[f"Messenger to {message['recipient']['id']}: {message['message'].get('text', '')[:30]}"] = as_text(
                message
            )
    outputs["outbox to others"] = as_text(
        [dict(r) for r in db.query("SELECT * FROM outbox WHERE psid != ?", ["denouncer"])]
    )

    # The console as an officer (not a leader): pages, searches, JSON, the application, exports.
    for path in [
        "/console/",
        "/console/?q=lua dao",
        f"/console/cases/{code}",
        f"/console/cases/{code}/application",
        "/console/stats",
        "/console/templates",
        "/console/hotline",
        "/console/export.csv",
    ]:
        response = officer.get(path)
        assert response.status_code == 200, path
        outputs[f"console {path}"] = response.content.decode("utf-8-sig")
    assert code in outputs["console /console/?q=lua dao"]
    for query in SEARCHES:  # finding the case by its author would tell who denounced
        page = officer.get("/console/", params={"q": query}).text
        assert code not in page, query
        outputs[f"console search {query}"] = without_echo(page, query)
    outputs["console json"] = as_text(officer.get(f"/console/cases/{code}/json").json())
    assert "denouncer" not in outputs["console json"]  # no file path or URL naming the PSID
    outputs["console xlsx"] = xlsx_text(officer.get("/console/export.xlsx").content)
    # The conversations view (Trò chuyện): the list, its JSON, the thread page and the thread's JSON.
    listed = officer.get("/console/tro-chuyen/danh-sach.json").json()["conversations"]
    assert listed, "the denouncer's request for an officer is listed"
    outputs["conversations json"] = as_text(listed)
    outputs["conversations page"] = officer.get("/console/tro-chuyen").text
    for row in listed:
        outputs[f"conversation {row['id']}"] = officer.get(f"/console/tro-chuyen/{row['id']}").text
        outputs[f"conversation {row['id']} json"] = as_text(
            officer.get(f"/console/tro-chuyen/{row['id']}/tin-nhan.json").json()
        )
    assert code in outputs["console /console/"] and code in outputs["console /console/export.csv"]

    # Anyone: health, the public page, error pages (and what a crashed request writes to the log).
    outputs["/healthz"] = as_text(requests.get(server.url + "/healthz", timeout=10).json())
    outputs["public page"] = requests.get(server.url + "/cong-khai/", timeout=10).text
    for query in SEARCHES:
        page = requests.get(server.url + "/cong-khai/", params={"q": query}, timeout=10).text
        outputs[f"public search {query}"] = without_echo(page, query)
    outputs["privacy policy"] = requests.get(server.url + "/chinh-sach-quyen-rieng-tu", timeout=10).text
    outputs["retention --dry-run"] = run_bot(server, "retention", "--dry-run").stdout
    outputs.update({f"error {name}": text for name, text in error_pages(world).items()})
    server.settle()
    outputs["server log"] = (world["tmp_path"] / "confidential" / "server.log").read_text("utf-8", "replace")
    assert "Exception on /webhook [POST]" in outputs["server log"]  # the 500 above was logged

    # Each channel really carried this case (a silent channel would pass the search for nothing).
    to_officers = [text for name, text in outputs.items() if name.startswith("Messenger to officer-")]
    assert any(code in text and "KHẨN" in text for text in to_officers)  # the urgent new-case notice
    assert any("Bản tin" in text and code in text for text in to_officers)  # the digest
    subjects = [name for name in outputs if name.startswith("e-mail ")]
    assert sum(code in s for s in subjects) >= 2 and sum("Bản tin" in s for s in subjects) >= 2
    assert any(name.startswith("Messenger to curious") for name in outputs)
    leaks = {name: found(text) for name, text in outputs.items() if found(text)}
    assert leaks == {}, f"the denouncer's identity leaked into: {leaks}"

    # The search itself works: where the identity may appear, it is found.
    leader = Browser(server, "lan")
    assert found(leader.get(f"/console/cases/{code}").text) == ["name", "address", "phone"]
    assert set(found(" ".join(graph.texts_to("denouncer")))) == {"name", "address", "phone"}
    assert len(outputs) > 40

    # A hotline call from the denouncer's phone offers the officer no way to them.
    call = officer.post(
        "/console/hotline",
        {"category": "feedback", "field": "other", "content": "Hỏi hồ sơ", "phone": PHONE, "consent": "1"},
    )
    assert call.status_code == 302, call.text
    call_page = officer.get(urlsplit(call.headers["Location"]).path).text
    assert "denouncer" not in call_page and code not in call_page
