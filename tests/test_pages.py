"""Several wards on one server, in-process: PAGES_FILE checks, each ward's notices, digest, monthly
report, hotline codes and officer accounts (tests/test_multipage.py runs the server)."""

import datetime as dt
import json

import pytest
import time_machine
from duty_fixtures import add_officer, at_moment, local
from live import GraphStandin
from messenger_support import Chat
from pages_support import PAGE_A, PAGE_B, PageMessenger, write_pages_file
from scripts import file_case

from casework import workflow
from casework.digest import send_digest
from casework.hotline import check_call, record_call
from casework.monthly import monthly_report
from core.pages import load_pages, page_config
from storage import write_transaction
from storage.calendar_days import set_calendar_day
from storage.officers import officer_by_username
from storage.reports import report_by_code


@pytest.fixture
def wards(app, tmp_path):
    """The app serves pages A and B; officers tuan (A), hoa (B) and tinh (the province) are on duty."""
    app.config.update(
        PAGES=load_pages(write_pages_file(tmp_path)),
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=2525,
        SMTP_SECURITY="none",
        SMTP_USER="",
    )
    return app


@pytest.fixture
def officers(wards, db):
    pages = {"tuan": PAGE_A["page_id"], "hoa": PAGE_B["page_id"], "tinh": None}
    for username, page in pages.items():
        officer_id = add_officer(db, username, email=f"{username}@ward.example")
        with write_transaction(db):
            db.execute("UPDATE officers SET page_id = ? WHERE id = ?", [page, officer_id])
    return pages


def file_case_at(moment, client, app, db, page, psid, category="feedback"):
    """scripts.file_case by `psid` on `page`, the whole conversation at `moment`."""
    chat = Chat(client, app, db, PageMessenger(page), psid)
    with time_machine.travel(moment, tick=False):
        at_moment(chat, moment)
        return file_case(chat, category)


def emails(db, kind):
    """{address: [bodies]} of the queued e-mails of one kind."""
    out = {}
    for row in db.query("SELECT to_addr, body FROM email_outbox WHERE kind = ? ORDER BY id", [kind]):
        out.setdefault(row["to_addr"].split("@")[0], []).append(row["body"])
    return out


def test_pages_file_mistakes_are_named(tmp_path):
    for entries, says in (
        ([{**PAGE_A, "ward_code": ""}], "lacks ward_code"),
        ([PAGE_A, PAGE_A], "appears twice"),
        ([{**PAGE_A, "token": "x"}], "unknown keys token"),
        ({"page_id": "1"}, "non-empty JSON list"),
    ):
        path = tmp_path / "pages.json"
        path.write_text(json.dumps(entries))
        with pytest.raises(ValueError, match=says):
            load_pages(str(path))
    path.write_text("[{")
    with pytest.raises(ValueError, match="cannot read"):
        load_pages(str(path))


def test_page_config_lays_the_pages_values_over_the_rest(wards):
    cfg = wards.config
    b = page_config(cfg, PAGE_B["page_id"])
    assert (b["WARD_CODE"], b["WARD_NAME"], b["HOTLINE"], b["PAGE_ACCESS_TOKEN"]) == (
        "LC",
        "UBND phường Lê Chân",
        "0225 3 846 111",
        "token-b",
    )
    a = page_config(cfg, PAGE_A["page_id"])
    assert a["HOTLINE"] == cfg["HOTLINE"] and a["TIMEZONE"] == cfg["TIMEZONE"]  # not in its entry: the default
    assert page_config(cfg, "999") is cfg
    single = dict(cfg, PAGES=[])
    assert page_config(single, PAGE_B["page_id"]) is single


def test_each_wards_notices_digest_and_monthly_report_keep_to_the_ward(wards, client, db, officers):
    office_hours = local(2026, 3, 2, 9, 0)  # a Monday morning: new cases are notified at once
    code_a = file_case_at(office_hours, client, wards, db, PAGE_A, "6100")
    code_b = file_case_at(office_hours, client, wards, db, PAGE_B, "6200", "petition")
    assert code_a.startswith("AQ-2026-") and code_b.startswith("LC-2026-")
    new = emails(db, "new_report")
    assert len(new["tuan"]) == 1 and code_a in new["tuan"][0] and "Ái Quốc" in new["tuan"][0]
    assert len(new["hoa"]) == 1 and code_b in new["hoa"][0] and "Lê Chân" in new["hoa"][0]
    assert len(new["tinh"]) == 2  # the province's officer hears of both

    with time_machine.travel(local(2026, 3, 3, 7, 35), tick=False):
        result = send_digest(db, wards.config)
    assert result["status"] == "sent" and [d["page_id"] for d in result["digest"]["pages"]] == [
        PAGE_A["page_id"],
        PAGE_B["page_id"],
    ]
    digests = emails(db, "digest")
    assert len(digests["tuan"]) == 1 and code_a in digests["tuan"][0] and code_b not in digests["tuan"][0]
    assert len(digests["hoa"]) == 1 and code_b in digests["hoa"][0] and code_a not in digests["hoa"][0]
    assert "Lê Chân" in digests["hoa"][0] and len(digests["tinh"]) == 2

    with time_machine.travel(local(2026, 3, 20, 9, 0), tick=False):
        month = {
            page: monthly_report(db, wards.config, "2026-03", page)
            for page in (PAGE_A["page_id"], PAGE_B["page_id"], None)
        }
    assert month[PAGE_A["page_id"]]["by_category"] == {"feedback": 1}
    assert month[PAGE_B["page_id"]]["by_category"] == {"petition": 1}
    assert month[PAGE_B["page_id"]]["ward"] == "UBND phường Lê Chân"
    assert month[None]["received"] == 2


def test_a_status_change_on_ward_bs_case_runs_the_rules_with_ward_bs_settings(wards, client, db, monkeypatch):
    """Made outside any request, as the command line and the worker make them: acceptance counts in
    ward B's own calendar (its day off moves its deadline only), and the citizen's notice and the
    summary say ward B's date; every rule is handed ward B's settings."""
    handed = []
    monkeypatch.setattr(workflow, "_status_hooks", [*workflow._status_hooks, lambda db_, cfg, *_: handed.append(cfg)])
    filed = local(2026, 3, 2, 9, 0)
    code_a = file_case_at(filed, client, wards, db, PAGE_A, "6300", "complaint")
    code_b = file_case_at(filed, client, wards, db, PAGE_B, "6400", "complaint")
    with write_transaction(db):  # 30 days from Tuesday 3 March end on Thursday 2 April: ward B's day off
        set_calendar_day(db, dt.date(2026, 4, 2), "off", "Nghỉ riêng của phường Lê Chân", page_id=PAGE_B["page_id"])
    officer = {"id": None, "username": "cli", "role": "leader"}
    with time_machine.travel(local(2026, 3, 3, 9, 0), tick=False):
        for code in (code_a, code_b):
            workflow.change_status(db, wards.config, report_by_code(db, code)["id"], "accepted", "Thụ lý", officer)
    assert report_by_code(db, code_a)["deadline"] == "2026-04-02"
    case_b = report_by_code(db, code_b)
    assert case_b["deadline"] == "2026-04-03" and "Hạn giải quyết: 03/04/2026" in case_b["summary"]
    told = db.execute("SELECT message FROM outbox WHERE psid = '6400' ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert "đến 03/04/2026" in json.loads(told)["text"]
    assert [cfg["WARD_NAME"] for cfg in handed] == [PAGE_A["ward_name"], PAGE_B["ward_name"]]


def test_a_hotline_call_takes_the_officers_ward(wards, db, officers):
    hoa = officer_by_username(db, "hoa")
    call = check_call({"category": "feedback", "field": "technology", "content": "Wifi miễn phí ở nhà văn hóa hỏng"})
    _, code, _ = record_call(db, wards.config, call, hoa)
    assert code.startswith("LC-")
    assert db.execute("SELECT page_id FROM reports WHERE code = ?", [code]).fetchone()[0] == PAGE_B["page_id"]


def test_officer_add_takes_a_configured_page_only(wards, runner, db, monkeypatch, tmp_path):
    monkeypatch.setenv("PAGES_FILE", str(write_pages_file(tmp_path)))
    refused = runner("officer", "add", "lan", "--page", "404", input="mat-khau-that-dai\n")
    assert refused.exit_code == 1 and "Không có trang 404" in refused.output
    added = runner("officer", "add", "lan", "--page", PAGE_B["page_id"], input="mat-khau-that-dai\n")
    assert added.exit_code == 0, added.output
    assert officer_by_username(db, "lan")["page_id"] == PAGE_B["page_id"]
    assert officer_by_username(db, "lan") and runner("report", "--month", "2026-03", "--page", "404").exit_code == 1


def test_setup_page_sets_each_wards_page_with_its_token(tmp_path, monkeypatch, runner):
    standin = GraphStandin(token=PAGE_B["access_token"])  # refuses any other page's token
    try:
        monkeypatch.setenv("PAGES_FILE", str(write_pages_file(tmp_path)))
        monkeypatch.setenv("PAGE_ACCESS_TOKEN", "env-token")
        monkeypatch.setenv("GRAPH_API_URL", standin.url + "/v21.0")
        assert runner("setup-page", "--page", "404").exit_code != 0
        result = runner("setup-page", "--page", PAGE_B["page_id"])
        assert result.exit_code == 0, result.output
        greeting = {g["locale"]: g["text"] for g in standin.state.profile["greeting"]}["default"]
        assert "Lê Chân" in greeting and "Ái Quốc" not in greeting
    finally:
        standin.close()
