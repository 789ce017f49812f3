"""The inbox: search that folds Vietnamese, filters, and pages that stay fast at any depth."""

import datetime as dt
import re
import unicodedata

import pytest
from scripts import file_case

from storage import write_transaction
from storage.search import InboxFilter, find_reports, query_plan, search_expression

CODES = re.compile(r"AQ-\d{4}-\d{5}")


def codes_on(page):
    return list(dict.fromkeys(CODES.findall(page.get_data(as_text=True))))


def add_report(db, code, content, category="feedback", status="new", deadline="2030-01-01", **extra):
    """A bare case row, for the pagination and plan tests that need many of them."""
    row = {
        "code": code,
        "category": category,
        "field": "other",
        "content": content,
        "status": status,
        "created_at": "2026-11-20T02:00:00.000+00:00",
        "updated_at": "2026-11-20T02:00:00.000+00:00",
        "deadline": deadline,
        **extra,
    }
    return db["reports"].insert(row).last_pk


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("duong", "Đèn đường hỏng ở ngõ 5"),
        ("DUONG", "Đèn đường hỏng ở ngõ 5"),
        ("nuoc", "Cấp nước sạch bị gián đoạn"),
        ("nước", "Cap nuoc sach bi gian doan"),  # accents typed, none stored
        (unicodedata.normalize("NFD", "nước"), "Cấp nước sạch"),  # NFD typed
        ("nuoc", unicodedata.normalize("NFD", "Cấp nước sạch")),  # NFD stored
        ("hoa", "Phường Hoà Bình"),  # old tone placement
        ("hòa", "Phường Hoà Bình"),
        ("đăng nhập", "Cổng dịch vụ công không dang nhap duoc"),
        ("dich vu cong", "Cổng DỊCH VỤ CÔNG lỗi"),
        ("nguyen", "Ông Nguyễn Văn B thu tiền"),
        ("ngu", "Ông Nguyễn Văn B thu tiền"),  # the start of a word is enough
        ("AQ-2026-00042", "anything"),
        ("aq 2026 42", "anything"),
        ("00042", "anything"),
        ("2026-00042", "anything"),
        ("42", "anything"),
    ],
)
def test_search_finds_what_was_typed_however_it_was_typed(db, typed, stored):
    with write_transaction(db):
        wanted = add_report(db, "AQ-2026-00042", stored)
        add_report(db, "AQ-2026-00043", "Một việc khác hẳn: xin cấp giấy phép")
    rows, _ = find_reports(db, InboxFilter(query=typed), with_identity=False)
    assert [r["id"] for r in rows] == [wanted]


@pytest.mark.parametrize("typed", ["duongx", "nuoc sach", "đèn xanh", "AQ-2026-00002", "qqqq"])
def test_search_does_not_find_what_is_not_there(db, typed):
    """Every word must be there: `nuoc sach` is not `nước chảy`."""
    with write_transaction(db):
        add_report(db, "AQ-2026-00001", "Đèn đường hỏng, nước chảy")
    assert find_reports(db, InboxFilter(query=typed), with_identity=False)[0] == []


def test_punctuation_alone_finds_nothing_and_is_no_error(db):
    with write_transaction(db):
        add_report(db, "AQ-2026-00001", "Đèn đường")
    assert search_expression('"*)(', with_identity=True) is None
    assert find_reports(db, InboxFilter(query='"*)('), with_identity=True)[0] == []


def test_the_index_follows_edits_and_reclassification(db):
    with write_transaction(db):
        report_id = add_report(db, "AQ-2026-00001", "Đèn đường hỏng", name="Lê Thị Hoa")
        db.execute("UPDATE reports SET content = 'Ống nước vỡ' WHERE id = ?", [report_id])
    assert find_reports(db, InboxFilter(query="nuoc"), False)[0]
    assert not find_reports(db, InboxFilter(query="duong"), False)[0]
    assert find_reports(db, InboxFilter(query="le thi hoa"), False)[0]  # a petitioner's name: searchable
    with write_transaction(db):  # reclassified as a denunciation: the name becomes confidential
        db.execute("UPDATE reports SET category = 'denunciation' WHERE id = ?", [report_id])
    assert not find_reports(db, InboxFilter(query="le thi hoa"), False)[0]
    assert find_reports(db, InboxFilter(query="le thi hoa"), True)[0]
    with write_transaction(db):
        db.execute("DELETE FROM reports WHERE id = ?", [report_id])
    assert not find_reports(db, InboxFilter(query="nuoc"), True)[0]


def test_search_in_the_console_through_real_conversations(login, chat_as):
    feedback = file_case(chat_as("c-1"), "feedback")  # "Cổng dịch vụ công không đăng nhập được"
    petition = file_case(chat_as("c-2"), "petition")  # "… dùng VNeID cho người cao tuổi"
    denunciation = file_case(chat_as("c-3"), "denunciation")  # denouncer: Nguyễn Văn An, 0913 456 789
    officer, leader = login("tuan"), login("lan")
    assert codes_on(officer.get("/console/?q=dang nhap")) == [feedback]
    assert codes_on(officer.get("/console/?q=nguoi cao tuoi")) == [petition]
    assert codes_on(officer.get(f"/console/?q={petition.lower()}")) == [petition]
    # The petitioner gave the same name and phone; only the leader's search reaches the denouncer.
    assert codes_on(officer.get("/console/?q=nguyen van an")) == [petition]
    assert codes_on(officer.get("/console/?q=0913 456 789")) == [petition]
    assert codes_on(leader.get("/console/?q=nguyen van an")) == [denunciation, petition]
    assert codes_on(leader.get("/console/?q=+84913456789")) == [denunciation, petition]


def test_inbox_filters(login, chat_as, db, officers):
    feedback = file_case(chat_as("f-1"), "feedback")
    complaint = file_case(chat_as("f-2"), "complaint")
    denunciation = file_case(chat_as("f-3"), "denunciation")
    with write_transaction(db):
        db.execute(
            "UPDATE reports SET status = 'accepted', assigned_to = ? WHERE code = ?", [officers["tuan"], complaint]
        )
        db.execute("UPDATE reports SET deadline = '2020-01-01' WHERE code IN (?, ?)", [feedback, complaint])
        db.execute("UPDATE reports SET deadline = '2020-01-01', status = 'resolved' WHERE code = ?", [denunciation])
    client = login("tuan")
    assert codes_on(client.get("/console/")) == [denunciation, complaint, feedback]  # newest first
    assert codes_on(client.get("/console/?status=accepted")) == [complaint]
    assert codes_on(client.get("/console/?category=denunciation")) == [denunciation]
    assert codes_on(client.get("/console/?field=digital_transformation")) == [feedback]
    assert codes_on(client.get("/console/?overdue=1")) == [complaint, feedback]  # resolved is not overdue
    assert codes_on(client.get("/console/?mine=1")) == [complaint]
    assert codes_on(login("lan").get("/console/?mine=1")) == []
    assert codes_on(client.get("/console/?status=accepted&overdue=1&mine=1&q=ho so")) == [complaint]
    assert codes_on(client.get("/console/?status=bogus&category=<script>")) == [denunciation, complaint, feedback]
    page = client.get("/console/?overdue=1").get_data(as_text=True)
    assert page.count('class="overdue') == 2  # the overdue rows are marked (red)


def test_keyset_pages_cover_everything_once_newest_first(login, db):
    with write_transaction(db):
        ids = [add_report(db, f"AQ-2026-{n:05d}", f"Việc số {n} về đường") for n in range(1, 121)]
    client = login("tuan")
    seen, url = [], "/console/?q=duong"
    while url:
        page = client.get(url).get_data(as_text=True)
        seen += codes_on_text(page)
        more = re.search(r'href="(/console/\?[^"]*after=\d+[^"]*)"', page)
        url = more.group(1).replace("&amp;", "&") if more else None
    assert seen == [f"AQ-2026-{n:05d}" for n in reversed(range(1, 121))]
    assert len(ids) == 120


def codes_on_text(page):
    return list(dict.fromkeys(CODES.findall(page)))


@pytest.mark.parametrize(
    "flt",
    [
        InboxFilter(),
        InboxFilter(status="new"),
        InboxFilter(category="complaint"),
        InboxFilter(field="science"),
        InboxFilter(assigned_to=1),
        InboxFilter(overdue=True, today="2026-12-01"),
        InboxFilter(status="new", category="complaint", field="science"),
        InboxFilter(query="duong"),
    ],
    ids=lambda f: ",".join(f"{k}={v}" for k, v in vars(f).items() if v) or "none",
)
def test_every_inbox_page_walks_an_index_without_sorting(db, flt):
    """Keyset pages at a million cases cost what they cost at ten: no full scan of reports, no sort."""
    plan = query_plan(db, flt, with_identity=False, after_id=500_000)
    text = " | ".join(plan)
    assert "USE TEMP B-TREE FOR ORDER BY" not in text, text
    assert not re.search(r"SCAN r\b(?! USING)", text), text


def test_the_overdue_filter_compares_with_the_ward_date(db):
    with write_transaction(db):
        add_report(db, "AQ-2026-00001", "x", deadline="2026-12-01")
    today = dt.date(2026, 12, 2).isoformat()
    assert find_reports(db, InboxFilter(overdue=True, today=today), False)[0]
    assert not find_reports(db, InboxFilter(overdue=True, today="2026-12-01"), False)[0]
