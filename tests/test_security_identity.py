"""Side doors to a denouncer's identity, for an officer who may not see it (fast, in-process; the
end-to-end sweep of every output is tests/test_confidentiality.py): searching by the author's name,
reclassifying the case, and the printable application."""

import pytest
from console_support import post_form
from messenger_support import Chat
from scripts import CODE

NAME, PHONE, ADDRESS = "Lã Thị Huyền Trang", "0936 112 358", "Số 12 ngõ Bàng Lăng, tổ dân phố 4"
CONVERSATION = [
    ("say", "alo"),
    ("tap", "MENU_DENOUNCE"),
    ("tap", "FIELD_SCIENCE"),
    ("say", f"Tôi là {NAME} (0936.112.358), nhà {ADDRESS}. Cán bộ thu phí kiểm định sai quy định."),
    ("tap", "CONTENT_DONE"),
    ("say", f"Tại nhà tôi, {ADDRESS.upper()}"),
    ("say", "Ông Đỗ Văn K, kiểm định viên"),
    ("say", "Thu 500 nghìn đồng không có biên lai"),
    ("tap", "CONSENT_YES"),
    ("say", NAME),
    ("say", PHONE),
    ("say", ADDRESS),
    ("tap", "SUBMIT"),
]


@pytest.fixture
def denunciation(client, app, db, messenger):
    citizen = Chat(client, app, db, messenger, psid="den-search")
    for action, value in CONVERSATION:
        replies = getattr(citizen, action)(value)
    return CODE.search(replies[-1][0]).group()


def listed(client, query):
    return client.get("/console/", query_string={"q": query}).get_data(as_text=True)


AUTHOR_SEARCHES = [
    NAME,
    "huyen trang",
    "HUYỀN",
    "0936112358",
    "+84 936 112 358",
    "bang lang",
    "ngõ Bàng Lăng",
    "kiem dinh huyen trang",
]
READABLE_SEARCHES = ["kiem dinh", "thu phí", "Đỗ Văn K", "bien lai", "500"]


def test_an_officer_cannot_find_a_denunciation_by_its_author(login, denunciation):
    officer, leader = login("tuan"), login("lan")
    assert [q for q in AUTHOR_SEARCHES if denunciation in listed(officer, q)] == []
    assert [q for q in AUTHOR_SEARCHES if denunciation not in listed(leader, q)] == []  # a leader may
    assert [q for q in READABLE_SEARCHES if denunciation not in listed(officer, q)] == []  # what they read


def test_the_export_of_a_search_leaves_it_out_too(login, denunciation):
    assert denunciation not in login("tuan").get("/console/export.csv?q=huyen+trang").get_data(as_text=True)


def test_an_officer_cannot_reclassify_a_denunciation_into_a_case_that_shows_its_author(login, denunciation, db):
    officer = login("tuan")
    refused = post_form(officer, f"/console/cases/{denunciation}/classify", {"category": "feedback", "field": "other"})
    assert refused.status_code == 403 and "Chỉ lãnh đạo" in refused.get_data(as_text=True)
    assert db.execute("SELECT category FROM reports").fetchone()[0] == "denunciation"
    assert NAME not in officer.get(f"/console/cases/{denunciation}").get_data(as_text=True)
    field_only = post_form(
        officer, f"/console/cases/{denunciation}/classify", {"category": "denunciation", "field": "technology"}
    )
    assert field_only.status_code == 302  # the field is still theirs to correct
    leader = post_form(
        login("lan"), f"/console/cases/{denunciation}/classify", {"category": "petition", "field": "other"}
    )
    assert leader.status_code == 302  # a leader's decision, in the audit log


def test_the_printable_application_blanks_the_author_wherever_it_was_typed(login, denunciation):
    page = login("tuan").get(f"/console/cases/{denunciation}/application").get_data(as_text=True)
    assert "Ông Đỗ Văn K" in page and "[đã ẩn]" in page
    for secret in (NAME, "Bàng Lăng", "BÀNG LĂNG", "0936", "112 358"):
        assert secret not in page, secret
