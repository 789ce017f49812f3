"""/console/understanding: leaders edit the knowledge base and the keyword tables; officers may not."""

from console_support import PASSWORD, _password_hash, log_in, post_form

from core.clock import now_iso
from storage import write_transaction
from storage.knowledge import entry_by_key
from understanding.knowledge import answer
from understanding.scope import out_of_scope

PAGE = "/console/understanding"
NEW_ENTRY = {
    "key": "le_phi",
    "question": "Lệ phí cấp chữ ký số?",
    "keywords": "le phi chu ky so tien",
    "answer": "Chữ ký số cá nhân trên VNeID được cấp miễn phí; gọi {HOTLINE} nếu bị thu tiền.",
    "approved": "1",
}


def test_a_leader_adds_an_entry_and_the_bot_answers_with_it(login, db):
    leader = login("lan")
    assert "Câu hỏi thường gặp" in leader.get(PAGE).get_data(as_text=True)
    response = post_form(leader, f"{PAGE}/knowledge", NEW_ENTRY, page=PAGE)
    assert response.status_code == 302
    found = answer(db, "làm chữ ký số mất bao nhiêu tiền", settings={"HOTLINE": "0225 111 222"})
    assert found["key"] == "le_phi" and "gọi 0225 111 222" in found["answer"]
    assert db.execute("SELECT actor FROM audit_log WHERE action = 'knowledge'").fetchone() == ("lan",)


def test_an_unticked_entry_is_kept_but_never_answered(login, db):
    post_form(login("quantri"), f"{PAGE}/knowledge", dict(NEW_ENTRY, approved=""), page=PAGE)
    assert entry_by_key(db, "le_phi")["approved"] == 0
    assert answer(db, "làm chữ ký số mất bao nhiêu tiền") is None


def test_an_officer_can_neither_see_nor_change_it(login, db):
    officer = login("tuan")
    assert officer.get(PAGE).status_code == 403
    assert post_form(officer, f"{PAGE}/knowledge", NEW_ENTRY).status_code == 403
    assert entry_by_key(db, "le_phi") is None


def test_a_form_without_its_token_changes_nothing(login, db):
    leader = login("lan")
    assert leader.post(f"{PAGE}/knowledge", data=NEW_ENTRY).status_code == 400
    assert entry_by_key(db, "le_phi") is None


def test_a_leader_edits_the_out_of_scope_table_and_the_field_keywords(login, db):
    leader = login("lan")
    post_form(
        leader,
        f"{PAGE}/scope",
        {
            "topic": "trees",
            "keywords": "cây đổ, cây xanh",
            "handler_name": "Đội cây xanh",
            "handler_phone": "0225 333 444",
        },
        page=PAGE,
    )
    assert out_of_scope(db, "cây đổ chắn ngõ 12")["handler_name"] == "Đội cây xanh"
    post_form(leader, f"{PAGE}/field", {"keyword": "Máy bán vé", "field": "innovation"}, page=PAGE)
    assert db.execute("SELECT field FROM field_keywords WHERE keyword = 'may ban ve'").fetchone() == ("innovation",)
    refused = post_form(leader, f"{PAGE}/field", {"keyword": "x", "field": "weather"}, page=PAGE)
    assert refused.status_code == 400


def test_a_wards_leader_overrides_a_shared_entry_and_cannot_remove_it(app, db, officers):
    with write_transaction(db):
        db["officers"].insert(
            {
                "username": "hoa",
                "password_hash": _password_hash(),
                "role": "leader",
                "full_name": "Hoa",
                "created_at": now_iso(),
                "password_changed_at": now_iso(),
                "page_id": "page-hb",
            }
        )
    leader = app.test_client()
    assert log_in(leader, "hoa", PASSWORD).status_code == 302
    shared = entry_by_key(db, "page_officer")
    post_form(
        leader,
        f"{PAGE}/knowledge",
        {
            "id": shared["id"],
            "key": "page_officer",
            "question": shared["question"],
            "keywords": shared["keywords"],
            "answer": "Trang do bà Hoa trực.",
            "approved": "1",
        },
        page=PAGE,
    )
    assert answer(db, "ai trực fanpage", page_id="page-hb")["answer"] == "Trang do bà Hoa trực."
    assert "Vũ Mạnh Tú" in answer(db, "ai trực fanpage")["answer"]  # the shared entry is unchanged
    refused = post_form(leader, f"{PAGE}/remove", {"table": "knowledge", "id": shared["id"]}, page=PAGE)
    assert refused.status_code == 400 and entry_by_key(db, "page_officer") is not None
