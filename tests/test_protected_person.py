"""A denouncer is protected as a person, by every path, on a real server with two wards.

Protection used to be decided per case (this case's category is denunciation) and applied by
matching the form's name and phone. So a case an officer made from the denouncer's conversation
("Lập hồ sơ") showed them whole; a phone spelled out in words or in fullwidth digits, a second
phone, an e-mail or a name typed in a self-introduction stayed visible (and searchable); and the
denouncer's look-ups and data requests joined the thread of their next case. Each test below
repeats one finding end to end, as an ordinary officer (and, where the identity may appear, as a
leader) of ward A sees it; ward B's officer sees none of it.
"""

import json
import re
import subprocess
import sys

import pytest
from identity_search import Person
from isolation_support import PAGE_A, Officer, add_officers, citizen, file_case, run_script, two_ward_server
from live import ROOT
from scripts import CODE, SCRIPTS
from test_confidentiality import as_text, xlsx_text

from bot import rights_texts
from core.redaction import HIDDEN
from storage import connect

pytestmark = pytest.mark.slow

# The denunciation scripts' contact (bench/citizens.py), and what the denouncer then types.
AN = {"name": ["nguyen van an"], "phone": "913456789", "address": ["so 5 le loi"]}
MINH = Person(
    names={"name": ["nguyen van an"], "address": ["so 5 le loi"], "typed name": ["pham van minh", "ten minh"]},
    phones={"phone": "913456789", "typed phone": "987654321"},
    emails={"e-mail": "minh.pham@example.vn"},
)
INTRODUCTION = "Tôi là Phạm Văn Minh sđt 0987654321, email minh.pham@example.vn, tôi muốn hỏi đơn tố cáo {code}"


@pytest.fixture(scope="module")
def graph():
    from isolation_support import standin_for_both_pages

    standin = standin_for_both_pages()
    yield standin
    standin.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory, graph):
    bot = two_ward_server(tmp_path_factory.mktemp("protected"), graph, COOKIE_SECURE="0").start()
    add_officers(bot)
    yield bot
    bot.stop()


def db_of(server):
    return connect(server.env["DATABASE_PATH"])


def case_views(officer, code):
    """What an officer reads of one case: its page and its JSON."""
    page = officer.get(f"/console/cases/{code}")
    assert page.status_code == 200, code
    return {"page": page.text, "json": as_text(officer.get(f"/console/cases/{code}/json").json())}


def leaks(person, outputs):
    return {name: person.found(text) for name, text in outputs.items() if person.found(text)}


def conversation_of(officer, words):
    """The id of the open conversation whose last message holds `words`."""
    rows = officer.get("/console/tro-chuyen/danh-sach.json").json()["conversations"]
    (row,) = [r for r in rows if words in r["last"]]
    return row["id"]


def ask_officer(person, text):
    person.tap("MENU_OFFICER")
    person.say(text)
    person.replies()


def test_a_case_made_from_a_denouncers_conversation_keeps_them_hidden(server, graph):
    denouncer = citizen(server, graph, PAGE_A, "a-minh")
    code = file_case(denouncer, "denunciation")
    ask_officer(denouncer, INTRODUCTION.format(code=code))
    denouncer.say("toi ten minh, pham van minh")
    officer = Officer(server, "a_officer")
    path = f"/console/tro-chuyen/{conversation_of(officer, 'toi ten')}"
    thread = officer.get(path).text
    assert f"toi ten {HIDDEN}, {HIDDEN}" in thread and MINH.found(thread) == []
    assert leaks(MINH, {"json": as_text(officer.get(path + "/tin-nhan.json").json())}) == {}
    made = officer.post(
        path + "/lap-ho-so", {"category": "feedback", "field": "other", "content": "Hỏi về đơn đã gửi"}, page=path
    )
    assert made.status_code == 302, made.text
    from_chat = CODE.search(made.headers["Location"]).group()
    views = case_views(officer, from_chat)
    assert "muốn hỏi đơn tố cáo" in views["page"]  # the conversation is the new case's thread
    assert leaks(MINH, views) == {}
    assert json.loads(views["json"])["psid"] is None

    # `console make-case` from a second conversation, as the same officer: the same.
    ask_officer(denouncer, "Em tên Minh, zalo 0987.654.321, nhờ cán bộ gọi lại")
    made = bot_command(
        server,
        "console",
        "make-case",
        "a-minh",
        "--page",
        PAGE_A["page_id"],
        "--as",
        "a_officer",
        "--category",
        "petition",
        "--field",
        "other",
        "--content",
        "Nhờ gọi lại",
    )
    by_command = CODE.search(made).group()
    assert leaks(MINH, case_views(officer, by_command)) == {}

    # A leader sees who wrote, and that view is audit-logged; ward B has no such case.
    leader = Officer(server, "a_leader")
    assert set(MINH.found(case_views(leader, from_chat)["page"])) == {"typed name", "typed phone", "e-mail"}
    db = db_of(server)
    (report_id,) = db.execute("SELECT id FROM reports WHERE code = ?", [from_chat]).fetchone()
    assert db.execute(
        "SELECT count(*) FROM audit_log a JOIN officers o ON o.id = a.officer_id"
        " WHERE a.action = 'view_identity' AND a.report_id = ? AND o.username = 'a_leader'",
        [report_id],
    ).fetchone()[0]
    assert Officer(server, "b_officer").get(f"/console/cases/{from_chat}").status_code == 404


def bot_command(server, *args):
    """`python -m bot ARGS` on the server's database; what it printed."""
    done = subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        env=server.env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


# Finding 3: the same person writes who they are in every way people do.
TRANG = Person(
    names={
        "name": ["phan thu trang", "chi trang", "toi ten trang"],
        "address": ["so 9 ngo hoa sua"],
    },
    phones={"phone": "944555666", "second phone": "912345678"},
    emails={"e-mail": "trang.phan@example.vn"},
)
SPELLED = [
    "Số của tôi: không chín một hai ba bốn năm sáu bảy tám",
    "khong chin mot hai ba bon nam sau bay tam la so zalo",
    "Số khác: ０９１２３４５６７８",
    "Tôi là Phan Thu Trang (chị Trang), sđt 0944/555/666, zalo 0944_555_666, email trang.phan@example.vn",
    "toi ten trang, phan thu trang, goi +84 912 345 678 hoac 84912345678",
    "Người viết đơn\nPHAN THU TRANG",
]
EVIDENCE = ["Trần Văn B", "2 triệu đồng", "15/11/2026", "thu tiền để làm nhanh hồ sơ"]


def trangs_denunciation(server, graph, psid):
    """A denunciation whose every message names its author some way; its code."""
    script = [
        ("say", "alo"),
        ("tap", "MENU_DENOUNCE"),
        ("tap", "FIELD_INNOVATION"),
        ("say", "Có người thu tiền để làm nhanh hồ sơ khởi nghiệp"),
        *(("say", text) for text in SPELLED),
        ("tap", "CONTENT_DONE"),
        ("say", "Bộ phận một cửa, gần số 9 ngõ Hoa Sữa"),
        ("say", "Ông Trần Văn B, cán bộ tiếp nhận"),
        ("say", "Đòi 2 triệu đồng ngày 15/11/2026; gọi tôi: không chín một hai ba bốn năm sáu bảy tám"),
        ("tap", "CONSENT_YES"),
        ("say", "Phan Thu Trang"),
        ("say", "0944 555 666"),
        ("say", "Số 9 ngõ Hoa Sữa, tổ dân phố 2"),
        ("tap", "SUBMIT"),
    ]
    return file_case(citizen(server, graph, PAGE_A, psid), script=script)


def test_every_spelling_of_the_denouncer_is_blanked_and_unsearchable_but_the_evidence_stays(server, graph):
    code = trangs_denunciation(server, graph, "a-trang")
    person = citizen(server, graph, PAGE_A, "a-trang")
    ask_officer(
        person, "Nho can bo goi lai: toi ten trang, phan thu trang, so khong chin mot hai ba bon nam sau bay tam"
    )
    officer, db = Officer(server, "a_officer"), db_of(server)
    outputs = case_views(officer, code)
    for path in ("/console/", f"/console/cases/{code}/application", "/console/export.csv", "/console/tro-chuyen"):
        response = officer.get(path)
        assert response.status_code == 200, path
        outputs[path] = response.content.decode("utf-8-sig")
    outputs["xlsx"] = xlsx_text(officer.get("/console/export.xlsx").content)
    talk = conversation_of(officer, "Nho can bo goi lai")
    outputs["conversation"] = officer.get(f"/console/tro-chuyen/{talk}").text
    outputs["conversation json"] = as_text(officer.get(f"/console/tro-chuyen/{talk}/tin-nhan.json").json())
    outputs["conversations json"] = as_text(officer.get("/console/tro-chuyen/danh-sach.json").json())
    outputs["summary"] = db.execute("SELECT summary FROM reports WHERE code = ?", [code]).fetchone()[0]
    digest = bot_command(server, "digest", "--json")
    assert code in digest
    outputs["digest"] = digest
    # The notices themselves, every one owed an officer (held while nobody is on duty, or queued), and
    # what carries them (e-mail, Messenger): not only the summaries they are built from.
    notices = db.execute("SELECT subject || ' ' || body FROM notices").fetchall()
    outputs["notices"] = "\n".join(text for (text,) in notices)
    mails = db.execute("SELECT subject || ' ' || body FROM email_outbox").fetchall()
    outputs["e-mail outbox"] = "\n".join(text for (text,) in mails)
    carried = db.execute("SELECT message FROM outbox WHERE psid <> 'a-trang'").fetchall()
    outputs["officers' Messenger"] = "\n".join(message for (message,) in carried)
    assert code in outputs["notices"]  # a notice of the case is owed
    server.log.flush()
    with open(server.log.name, encoding="utf-8", errors="replace") as log:  # before any search by name
        outputs["log"] = log.read()
    assert leaks(TRANG, outputs) == {}
    for evidence in EVIDENCE:  # what the officer needs to act stays
        assert evidence in outputs["page"] and evidence in outputs["json"], evidence
    assert "Trần Văn B" in outputs[f"/console/cases/{code}/application"]

    # A search for what was blanked finds nothing for the officer; the leader finds the case.
    searches = ["khong chin", "không chín một hai", "Phan Thu Trang", "0912345678", "0944555666", "trang.phan"]
    leader = Officer(server, "a_leader")
    for query in searches:
        assert code not in officer.get("/console/", params={"q": query}).text, query
    for query in ["khong chin", "Phan Thu Trang", "0944555666"]:
        assert code in leader.get("/console/", params={"q": query}).text, query
    assert code in officer.get("/console/", params={"q": "Trần Văn B"}).text  # the accused is found
    page = leader.get(f"/console/cases/{code}").text
    assert set(TRANG.found(page)) == {"name", "address", "phone", "second phone", "e-mail"}


def test_a_later_case_holds_only_its_own_messages_and_keeps_the_person_hidden(server, graph):
    denouncer = citizen(server, graph, PAGE_A, "a-later")
    first = file_case(denouncer, "denunciation")
    assert first in "\n".join(text for text, _ in denouncer.say(first))  # the look-up answers
    assert first in "\n".join(text for text, _ in denouncer.say("dữ liệu của tôi"))
    denouncer.say("cảm ơn phường")
    script = list(SCRIPTS["feedback"])
    at = script.index(("tap", "CATEGORY_FEEDBACK"))
    script[at:at] = [("say", first), ("say", "dữ liệu của tôi")]  # looked up again while writing
    script[script.index(("say", "Cổng dịch vụ công không đăng nhập được"))] = (
        "say",
        "Cổng dịch vụ công không đăng nhập được. Tôi là Nguyễn Văn An, 0913 456 789",
    )
    replies = run_script(denouncer, script=script)
    later = CODE.search("\n".join(text for text, _ in replies)).group()
    assert later != first
    leader = Officer(server, "a_leader")
    thread = json.loads(case_views(leader, later)["json"])["messages"]
    said = "\n".join(m["text"] for m in thread)
    assert "Cổng dịch vụ công không đăng nhập được" in said
    assert first not in said, said  # neither its look-ups nor the data listing
    assert rights_texts.DATA_HEADER.split("{")[0] not in said and "cảm ơn phường" not in said
    # The feedback is the denouncer's too: an officer reads it with its author blanked.
    officer = Officer(server, "a_officer")
    person = Person(names={"name": AN["name"]}, phones={"phone": AN["phone"]})
    assert leaks(person, case_views(officer, later)) == {}
    assert re.search(r"Nguy[eễ]n V[aă]n An", case_views(leader, later)["page"])
    assert Officer(server, "b_officer").get(f"/console/cases/{later}").status_code == 404
