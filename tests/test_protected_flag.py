"""Who is a protected person, and that the flag is the person's and stays: a draft reaching the
denunciation category, a denunciation filed, an officer reclassifying a case as one, a hotline case
linked to a citizen; kept through a reclassification away, a case made later, a backup restored, and
set on the cases a database already held when it was upgraded. Every case of that (page, PSID)
carries it, so SQL, the search index and every view read the same answer (core/case_rules.py)."""

import datetime as dt

import pytest
from console_support import post_form
from scripts import file_case, to_field

from casework.hotline import Call, link_messenger, record_call
from core.case_rules import is_protected
from storage import connect, write_transaction
from storage.backup import backup_database, restore_database
from storage.migrations import migrations
from storage.protected_people import identities_of, protection_of
from storage.reports import create_report
from storage.search import InboxFilter, find_reports

PAGE_A, PAGE_B = "111000111", "222000222"


def flags(db, psid):
    return [
        (row["code"], row["category"], row["protected"])
        for row in db.query("SELECT code, category, protected FROM reports WHERE psid = ? ORDER BY id", [psid])
    ]


def test_a_draft_reaching_the_category_protects_its_writer_before_anything_is_filed(chat_as, db):
    earlier = file_case(chat_as("drafter"), "feedback")
    assert flags(db, "drafter") == [(earlier, "feedback", 0)]
    drafter = chat_as("drafter")
    drafter.tap("MENU_DENOUNCE")  # starts a denunciation, then gives up
    drafter.say("hủy")
    drafter.tap("YES")
    assert protection_of(db, None, "drafter")["reason"] == "started"
    later = file_case(chat_as("drafter"), "petition")
    assert flags(db, "drafter") == [(earlier, "feedback", 1), (later, "petition", 1)]
    assert protection_of(db, None, "someone-else") is None


def test_filing_protects_every_case_of_the_person_on_that_page_only(db):
    with write_transaction(db):
        for n, (psid, page, category) in enumerate(
            [("p1", PAGE_A, "feedback"), ("p1", PAGE_B, "feedback"), ("p1", PAGE_A, "denunciation")], 1
        ):
            create_report(
                db, psid, {"category": category, "field": "other", "content": "x"}, f"AQ-2026-{n:05d}",
                dt.date(2026, 12, 30), "2026-12-01T08:00:00+00:00", page_id=page,
            )  # fmt: skip
    assert [r["protected"] for r in db.query("SELECT protected FROM reports ORDER BY id")] == [1, 0, 1]
    assert protection_of(db, PAGE_A, "p1")["reason"] == "filed"
    assert protection_of(db, PAGE_B, "p1") is None  # the same number on another page is another person


def test_an_officer_reclassifying_a_case_as_a_denunciation_protects_its_author(chat_as, db, login):
    first = file_case(chat_as("later-denouncer"), "petition")
    second = file_case(chat_as("later-denouncer"), "feedback")
    lan = login("lan")
    assert (
        post_form(lan, f"/console/cases/{second}/classify", {"category": "denunciation", "field": "other"}).status_code
        == 302
    )
    assert protection_of(db, None, "later-denouncer")["reason"] == "reclassified"
    assert [f[2] for f in flags(db, "later-denouncer")] == [1, 1]
    # Back to feedback (a leader may): the person, and so the case, stay protected.
    assert (
        post_form(lan, f"/console/cases/{second}/classify", {"category": "feedback", "field": "other"}).status_code
        == 302
    )
    assert flags(db, "later-denouncer") == [(first, "petition", 1), (second, "feedback", 1)]
    page = login("tuan").get(f"/console/cases/{first}").get_data(as_text=True)
    assert "Nguyễn Văn An" not in page and "(bảo mật)" in page


def leader_of(db, officers):
    return next(db.query("SELECT * FROM officers WHERE id = ?", [officers["lan"]]))


def test_a_hotline_denunciation_is_protected_by_its_category_and_protects_whom_it_is_linked_to(
    app, chat_as, db, officers
):
    file_case(chat_as("caller"), "petition")  # the caller on Messenger, with 0913.456.789 (scripts)
    leader = leader_of(db, officers)
    call = Call("denunciation", "other", "Cán bộ đòi tiền", "Lê Văn Gọi", "+84913456789", "Tổ 1", consent=True)
    report_id, _code, _ = record_call(db, app.config, call, leader)
    case = next(db.query("SELECT * FROM reports WHERE id = ?", [report_id]))
    assert case["psid"] is None and is_protected(case)  # no PSID: its category protects it
    assert protection_of(db, None, "caller") is None
    link_messenger(db, app.config, case, "caller", leader)
    assert protection_of(db, None, "caller")["reason"] == "linked"
    assert [f[2] for f in flags(db, "caller")] == [1, 1]  # the petition filed before too


def test_a_feedback_call_linked_to_a_protected_person_is_protected(app, chat_as, db, officers):
    file_case(chat_as("known-denouncer"), "denunciation")
    leader = leader_of(db, officers)
    call = Call("feedback", "other", "Hỏi tiến độ", phone="+84913456789", consent=True)
    report_id, _code, _ = record_call(db, app.config, call, leader)
    case = next(db.query("SELECT * FROM reports WHERE id = ?", [report_id]))
    assert not is_protected(case)
    link_messenger(db, app.config, case, "known-denouncer", leader)
    assert next(db.query("SELECT protected FROM reports WHERE id = ?", [report_id]))["protected"] == 1


def test_a_restored_backup_keeps_the_person_protected(app, chat_as, db, tmp_path):
    code = file_case(chat_as("restored"), "denunciation")
    db.execute("UPDATE reports SET category = 'feedback' WHERE code = ?", [code])  # as a leader may
    since = protection_of(db, None, "restored")
    backup_database(app.config["DATABASE_PATH"], str(tmp_path / "copy.db"))
    target = str(tmp_path / "restored.db")
    restore_database(str(tmp_path / "copy.db"), target)
    restored = connect(target)
    migrations.apply(restored)
    (row,) = restored.query("SELECT * FROM reports WHERE code = ?", [code])
    assert row["category"] == "feedback" and is_protected(row)
    assert protection_of(restored, None, "restored") == since  # who, since when and why, as it was


def test_upgrading_a_database_flags_the_people_it_already_holds(tmp_path):
    db = connect(str(tmp_path / "old.db"))
    migrations.apply(db, stop_before="m025_protected_people")
    rows = [
        ("d1", PAGE_A, "feedback", "Nguyễn Văn Cũ"),
        ("d1", PAGE_A, "denunciation", "Nguyễn Văn Cũ"),
        ("d1", PAGE_B, "feedback", "Nguyễn Văn Cũ"),
        ("d2", PAGE_A, "petition", "Trần Thị Nháp"),
    ]
    with write_transaction(db):
        for n, (psid, page, category, name) in enumerate(rows, 1):
            create_report(
                db, psid, {"category": category, "field": "other", "content": "x", "name": name},
                f"AQ-2026-{n:05d}", dt.date(2026, 12, 30), "2026-12-01T08:00:00+00:00", page_id=page,
            )  # fmt: skip
        db.execute(
            "INSERT INTO conversations (page_id, psid, step, draft, updated_at)"
            " VALUES (?, 'd2', 'field', '{\"category\": \"denunciation\"}', 'now')",
            [PAGE_A],
        )
    migrations.apply(db)
    assert [r["protected"] for r in db.query("SELECT protected FROM reports ORDER BY id")] == [1, 1, 0, 1]
    assert protection_of(db, PAGE_A, "d2")["reason"] == "started"
    # The search index was rebuilt on the flag: an officer finds none of them by name.
    for name in ("Nguyễn Văn Cũ", "Trần Thị Nháp"):
        found, _ = find_reports(db, InboxFilter(query=name), with_identity=False)
        assert [r["code"] for r in found] == (["AQ-2026-00003"] if name == "Nguyễn Văn Cũ" else [])
        assert len(find_reports(db, InboxFilter(query=name), with_identity=True)[0]) == (3 if "Cũ" in name else 1)


def test_a_row_read_without_its_flag_is_refused_not_shown(db):
    with pytest.raises(LookupError):
        is_protected({"code": "AQ-2026-00001", "category": "feedback"})
    assert is_protected({"category": "denunciation"})  # a draft being written
    assert not is_protected({"category": "feedback", "content": ["x"]})


def test_the_persons_identities_are_gathered_from_every_case_and_the_draft(chat_as, db):
    file_case(chat_as("many-names"), "denunciation")
    drafter = chat_as("many-names")
    to_field(drafter, "petition")
    conv = next(db.query("SELECT draft FROM conversations WHERE psid = 'many-names'"))
    db.execute(
        "UPDATE conversations SET draft = json_set(?, '$.name', 'Tên Khác Nữa') WHERE psid = 'many-names'",
        [conv["draft"]],
    )
    names = {identity["name"] for identity in identities_of(db, None, "many-names")}
    assert names == {"Nguyễn Văn An", "Tên Khác Nữa"}
