"""The chain of handling through the real server (`python -m bot serve`, waitress, a file database,
a real SMTP server): a denunciation filed through the conversation is put to a department, which
answers through its link without ever seeing who denounced; a complaint's answer waits for a
leader and goes after approval; an officer's `console direct` is refused."""

import datetime as dt
import json
import re
import zoneinfo

import pytest
import requests
from aiosmtpd.controller import Controller
from duty_fixtures import Inbox
from live import BotServer, GraphStandin, free_port, wait_until
from messenger_support import APP_SECRET, LiveCitizen, Messenger
from sandbox_server import run_bot
from scripts import run_script

from casework import texts
from storage import connect

pytestmark = pytest.mark.slow
CODE = re.compile(r"AQ-\d{4}-\d{5}")
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
IDENTITY = ("Nguyễn Văn An", "0913 456 789", "0913456789", "+84913456789", "Số 5 Lê Lợi")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture(scope="module")
def inbox():
    handler, port = Inbox(), free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    handler.port = port
    yield handler
    controller.stop()


@pytest.fixture(scope="module")
def graph():
    standin = GraphStandin()
    yield standin
    standin.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory, graph, inbox):
    bot = BotServer(
        tmp_path_factory.mktemp("chain-live"),
        graph.url,
        APP_SECRET,
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=inbox.port,
        SMTP_SECURITY="none",
        SMTP_FROM="pakn@aiquoc.example",
        COOKIE_SECURE="0",  # `requests` keeps no Secure cookie over plain http (Chromium does, on 127.0.0.1)
    ).start()
    for name, role in (("tuan", "officer"), ("lan", "leader")):
        run_bot(
            bot,
            "officer",
            "add",
            name,
            "--role",
            role,
            "--email",
            f"{name}@aiquoc.example",
            input="mat-khau-dai-2026\n",
        )
    run_bot(bot, "department", "add", "Công an phường", "--email", "congan@aiquoc.example")
    yield bot
    bot.stop()


def console(server, *args, check=True):
    return run_bot(server, "console", *args, check=check)


def file_case(server, graph, psid, category):
    citizen = LiveCitizen(server, graph, Messenger(), psid)
    return CODE.search(run_script(citizen, category)[-1][0]).group()


def mail_to(inbox, address):
    with inbox.changed:
        return [m for m in inbox.messages if m["To"] == address]


def test_a_department_answers_through_its_link_and_never_sees_the_denouncer(server, graph, inbox):
    code = file_case(server, graph, "chain-live-den", "denunciation")
    due = (dt.datetime.now(zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")).date() + dt.timedelta(days=7)).isoformat()
    question = "Ông Nguyễn Văn An (0913 456 789) cho biết có tin nhắn đòi tiền: đề nghị xác minh ông Trần Văn B."
    asked = json.loads(
        console(
            server, "consult", code, question, "--department", "cong an phuong", "--due", due, "--as", "lan", "--json"
        ).stdout
    )
    assert asked["emailed_to"] == "congan@aiquoc.example" and asked["link"].startswith(server.url + "/phoi-hop/")
    (mail,) = wait_until(lambda: mail_to(inbox, "congan@aiquoc.example"), what="the department's e-mail")
    body = mail.get_content()
    assert asked["link"] in body and code in body and "Trần Văn B" in body
    assert [part for part in IDENTITY if part in body + mail["Subject"]] == []

    browser = requests.Session()
    page = browser.get(asked["link"], timeout=10)
    assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store"
    assert "Có người thu tiền" in page.text and "xác minh ông Trần Văn B" in page.text
    assert [part for part in IDENTITY if part in page.text] == []
    token = CSRF.search(page.text).group(1)
    forged = requests.post(asked["link"], data={"answer": "Giả mạo"}, timeout=10)  # no session, no token
    assert forged.status_code == 400
    done = browser.post(
        asked["link"],
        data={"csrf_token": token, "answer": "Đã làm việc với ông B, có dấu hiệu vi phạm.", "answered_by": "Đại úy C"},
        files={"files": ("bien-ban.png", PNG, "image/png")},
        timeout=10,
    )
    assert done.status_code == 200 and "Đã nhận trả lời" in done.text

    shown = json.loads(console(server, "show", code, "--json").stdout)
    (consultation,) = shown["consultations"]
    assert consultation["answer"] == "Đã làm việc với ông B, có dấu hiệu vi phạm."
    assert consultation["link_state"] == "answered" and consultation["files"][0]["content_type"] == "image/png"
    used = browser.get(asked["link"], timeout=10)
    assert used.status_code == 410 and "đã được trả lời" in used.text and "Có người thu tiền" not in used.text
    db = connect(server.env["DATABASE_PATH"])
    (to, told) = db.execute("SELECT to_addr, body FROM email_outbox WHERE kind = 'consultation_answered'").fetchone()
    db.conn.close()
    assert to == "lan@aiquoc.example" and "có dấu hiệu vi phạm" in told  # the leader who asked is told
    assert [part for part in IDENTITY if part in told] == []


def test_a_complaints_answer_waits_for_a_leaders_approval_and_goes_after_it(server, graph):
    code = file_case(server, graph, "chain-live-appr", "complaint")
    answer = "Phường đã nhận lại hồ sơ của anh và sẽ trả kết quả trong 5 ngày làm việc."
    held = json.loads(console(server, "reply", code, answer, "--as", "tuan", "--json").stdout)
    assert held == {"code": code, "sent": False, "held": True, "window": "open"}
    server.settle()
    assert answer not in graph.texts_to("chain-live-appr")
    assert console(server, "approve", code, "--as", "lan").returncode == 0
    wait_until(lambda: answer in graph.texts_to("chain-live-appr"), what="the approved answer at the stand-in")
    assert graph.texts_to("chain-live-appr").count(answer) == 1


def test_an_officers_direct_is_refused(server, graph):
    code = file_case(server, graph, "chain-live-dir", "petition")
    assert console(server, "propose", code, "Đề nghị mở lớp vào thứ Bảy.", "--as", "tuan").returncode == 0
    refused = console(server, "direct", code, "Đồng ý.", "--as", "tuan", check=False)
    assert refused.returncode == 1 and refused.stderr.strip() == texts.DIRECT_LEADERS_ONLY
    assert console(server, "direct", code, "Đồng ý, mở lớp.", "--as", "lan").returncode == 0
    shown = json.loads(console(server, "show", code, "--json").stdout)
    assert [d["by"] for d in shown["directions"]] == ["lan"] and shown["proposals"][0]["by"] == "tuan"
