"""`python -m bot knowledge …`: the same tables as the console, from the shell."""

import json

import pytest
from click.testing import CliRunner

from cli import cli
from storage.knowledge import entry_by_key
from understanding.scope import out_of_scope


@pytest.fixture
def run(app, monkeypatch):
    monkeypatch.setenv("DATABASE_PATH", app.config["DATABASE_PATH"])
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, list(args))


def test_add_edit_ask_remove(run, db):
    added = run(
        "knowledge",
        "add",
        "le_phi",
        "--question",
        "Lệ phí cấp chữ ký số?",
        "--answer",
        "Miễn phí; gọi {HOTLINE} nếu bị thu tiền.",
        "--keywords",
        "le phi chu ky so tien",
    )
    assert added.exit_code == 0, added.output
    asked = run("knowledge", "ask", "làm chữ ký số mất bao nhiêu tiền")
    assert "[le_phi] Miễn phí; gọi 0902 231 089" in asked.output  # the ward's HOTLINE setting
    assert run("knowledge", "edit", "le_phi", "--unapprove").exit_code == 0
    assert entry_by_key(db, "le_phi")["approved"] == 0
    assert "No approved answer fits." in run("knowledge", "ask", "làm chữ ký số mất bao nhiêu tiền").output
    assert run("knowledge", "remove", "le_phi").exit_code == 0
    assert entry_by_key(db, "le_phi") is None
    assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'knowledge' AND actor = 'cli'").fetchone()[0] == 3


def test_list_as_json_holds_the_seeded_notice(run):
    entries = json.loads(run("knowledge", "list", "--json").output)
    assert {"hotline", "page_officer", "office_hours", "urgent", "how_to_complain"} <= {e["key"] for e in entries}


def test_mistakes_are_exit_codes_with_a_sentence(run):
    duplicate = run("knowledge", "add", "hotline", "--question", "q", "--answer", "a")
    assert duplicate.exit_code == 1 and "already exists" in duplicate.output
    assert run("knowledge", "edit", "khong_co", "--answer", "a").exit_code == 1
    wrong_field = run("knowledge", "fields", "--set", "máy bán vé", "weather")
    assert wrong_field.exit_code == 1 and "is not a field" in wrong_field.output


def test_synonyms_fields_and_scope(run, db):
    assert "chung thu so → le phi" in run("knowledge", "synonyms", "--add", "chứng thư số", "lệ phí").output
    assert "may ban ve" in run("knowledge", "fields", "--set", "máy bán vé", "innovation").output
    scope = run("knowledge", "scope", "--add", "trees", "--keywords", "cây đổ,cây xanh", "--handler", "Đội cây xanh")
    assert scope.exit_code == 0 and out_of_scope(db, "cây đổ chắn ngõ")["topic"] == "trees"
    topic_id = out_of_scope(db, "cây đổ chắn ngõ")["id"]
    assert run("knowledge", "scope", "--remove", str(topic_id)).exit_code == 0
    assert out_of_scope(db, "cây đổ chắn ngõ") is None
