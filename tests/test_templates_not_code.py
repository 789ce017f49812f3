"""A ward's answers and templates are text, not code (core/placeholders.py).

A knowledge-base answer or an officer's answer went through `str.format` twice on its way to the
citizen: `{config}` or `{so_van_ban}` left everyone who asked without a reply, `{hotline.__class__.__mro__}`
sent Python internals and `{hotline:#>12000}` one answer as thousands of messages. Now only the listed
placeholders are filled, once; anything else reaches the citizen as typed; a leader saving an unknown
one is told, in the console and in the CLI.
"""

import re

from click.testing import CliRunner
from console_support import post_form
from hypothesis import given, settings
from hypothesis import strategies as st
from scripts import file_case

from cli import cli
from console import texts as console_texts
from core.placeholders import WARD_PLACEHOLDERS, fill, unknown_placeholders
from storage import write_transaction
from storage.knowledge import entry_by_key, save_entry
from understanding.knowledge import render

HOSTILE = "{config} {so_van_ban} {hotline.__class__.__mro__} {hotline:#>12000} {0} {} {HOTLINE!r} {{HOTLINE}}"
QUESTION = "Lệ phí cấp chữ ký số là bao nhiêu?"


def add_answer(db, answer):
    """An entry saved before saving checked placeholders (or straight into the table)."""
    with write_transaction(db):
        save_entry(
            db,
            {"key": "le_phi", "question": QUESTION, "keywords": "le phi chu ky so", "answer": answer, "approved": 1},
            "seed",
        )


def test_a_knowledge_answer_reaches_the_citizen_as_typed_with_the_hotline_filled(chat, db, app):
    add_answer(db, f"Miễn phí. Gọi {{HOTLINE}} nếu bị thu tiền. {HOSTILE}")
    replies = chat.say(QUESTION)
    assert len(replies) == 1, replies  # one answer, not thousands of messages
    text = replies[0][0]
    assert f"Gọi {app.config['HOTLINE']} nếu bị thu tiền." in text
    assert "{config} {so_van_ban} {hotline.__class__.__mro__} {hotline:#>12000} {0} {}" in text
    assert "{HOTLINE!r}" in text and "class 'str'" not in text and "#####" not in text
    # {{HOTLINE}} is a placeholder inside braces: filled once, its braces kept as typed.
    assert "{" + app.config["HOTLINE"] + "}" in text


def test_an_officers_answer_is_shown_as_typed_in_the_look_up(chat_as, login, db):
    citizen = chat_as("7001")
    code = file_case(citizen, "feedback")
    officer = login("tuan")
    answer = f"Phường đã xử lý theo văn bản {{so_van_ban}}. {HOSTILE}"
    response = post_form(officer, f"/console/cases/{code}/reply", {"text": answer}, page=f"/console/cases/{code}")
    assert response.status_code in (200, 302), response.get_data(as_text=True)
    assert db.execute("SELECT answer FROM reports WHERE code = ?", [code]).fetchone()[0] == answer
    assert [text for text, _ in citizen.replies()][-1] == answer  # sent as typed
    replies = citizen.say(code)
    assert len(replies) == 1 and answer in replies[0][0]


def test_a_leader_saving_an_unknown_placeholder_is_told_and_keeps_what_was_typed(login, db):
    leader = login("lan")
    entry = {
        "key": "le_phi",
        "question": QUESTION,
        "keywords": "le phi",
        "answer": "Xem {so_van_ban}.",
        "approved": "1",
    }
    page = "/console/understanding"
    refused = post_form(leader, f"{page}/knowledge", entry, page=page)
    shown = refused.get_data(as_text=True)
    assert refused.status_code == 400 and entry_by_key(db, "le_phi") is None
    assert "Chưa lưu: {so_van_ban} không phải là chỗ điền" in shown and "Xem {so_van_ban}." in shown
    english = dict(entry, answer="Gọi {HOTLINE}.", answer_en="Call {hotline}.")
    assert post_form(leader, f"{page}/knowledge", english, page=page).status_code == 400
    assert post_form(leader, f"{page}/knowledge", dict(entry, answer="Gọi {HOTLINE}."), page=page).status_code == 302
    templates = post_form(leader, "/console/templates", {"title": "Mẫu", "body": "Số {config}"}, "/console/templates")
    assert templates.status_code == 400 and "Chưa lưu: {config}" in templates.get_data(as_text=True)
    assert db.execute("SELECT count(*) FROM answer_templates WHERE title = 'Mẫu'").fetchone()[0] == 0


def test_a_template_is_offered_with_the_wards_placeholders_filled(login, chat_as, app):
    code = file_case(chat_as("7001"), "feedback")
    leader = login("lan")
    body = "Mời anh/chị gọi {HOTLINE} ({HOTLINE_OFFICER})."
    assert (
        post_form(leader, "/console/templates", {"title": "Gọi", "body": body}, "/console/templates").status_code == 302
    )
    page = leader.get(f"/console/cases/{code}").get_data(as_text=True)
    assert f"Mời anh/chị gọi {app.config['HOTLINE']}" in page and "{HOTLINE}" not in page


def test_the_cli_refuses_an_unknown_placeholder_and_an_answer_too_long(app, db, monkeypatch):
    monkeypatch.setenv("DATABASE_PATH", app.config["DATABASE_PATH"])
    run = lambda *args: CliRunner().invoke(cli, ["knowledge", *args])  # noqa: E731
    refused = run("add", "le_phi", "--question", QUESTION, "--answer", "Theo {so_van_ban}")
    assert refused.exit_code == 1 and "{so_van_ban} is not a placeholder" in refused.output
    assert entry_by_key(db, "le_phi") is None
    too_long = run("add", "le_phi", "--question", QUESTION, "--answer", "x" * 2001)
    assert too_long.exit_code == 1 and "at most 2000" in too_long.output
    assert run("add", "le_phi", "--question", QUESTION, "--answer", "Gọi {HOTLINE}").exit_code == 0
    edited = run("edit", "le_phi", "--answer", "{hotline:#>12000}")
    assert edited.exit_code == 1 and entry_by_key(db, "le_phi")["answer"] == "Gọi {HOTLINE}"


def test_the_message_lists_what_may_be_used():
    assert "{allowed}" in console_texts.UNKNOWN_PLACEHOLDERS
    assert unknown_placeholders("Gọi {HOTLINE} hoặc {hotline}, {x.y} {a:>9} {} { có dấu cách }") == [
        "{hotline}",
        "{x.y}",
        "{a:>9}",
        "{}",
    ]


VALUES = {name: f"<{name.lower()}>" for name in WARD_PLACEHOLDERS}
braces = st.text(alphabet=st.sampled_from(list("{}:!.#>[]0_ aHOTLINEWARD_NAMEx\\")), max_size=200)
with_placeholders = st.lists(
    st.one_of(braces, st.sampled_from(["{" + n + "}" for n in WARD_PLACEHOLDERS])), max_size=20
).map("".join)


@settings(max_examples=400, deadline=None)
@given(with_placeholders)
def test_arbitrary_braces_never_raise_and_never_grow_beyond_the_placeholders_values(text):
    filled = fill(text, VALUES)
    found = re.findall(r"\{(" + "|".join(WARD_PLACEHOLDERS) + r")\}", text)
    assert len(filled) == len(text) + sum(len(VALUES[n]) - len(n) - 2 for n in found)
    # Filled once: nothing but the placeholders changed, so taking the values out gives the text back.
    assert re.sub(r"<[a-z_]+>", "", filled) == re.sub(r"\{(" + "|".join(WARD_PLACEHOLDERS) + r")\}", "", text)
    settings_of_ward = {name: "x" * 50 for name in WARD_PLACEHOLDERS}
    assert len(render(text, settings_of_ward)) <= len(text) + 50 * len(found)
