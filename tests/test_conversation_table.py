"""The conversation's table (bot/flow.py) is complete, and docs/conversation.md is the table."""

import importlib.util
import pathlib

import pytest

from bot import texts
from bot.flow import ANYWHERE, COMMANDS, STEPS, new_turn
from bot.turn import Input, UndeclaredTransition

ROOT = pathlib.Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("conversation_table", ROOT / "tools" / "conversation_table.py")
conversation_table = importlib.util.module_from_spec(spec)
spec.loader.exec_module(conversation_table)

CFG = {
    "TESTING": True,
    "WARD_NAME": "UBND phường Ái Quốc",
    "HOTLINE": "0902 231 089",
    "HOTLINE_OFFICER": "Ông A",
    "RECEPTION_ADDRESS": "Bộ phận tiếp công dân",
    "WARD_CODE": "AQ",
}


def turn_at(step, draft=None, db=None):
    conv = {"psid": "1", "step": step, "draft": dict(draft or {}), "history": []}
    return new_turn(db, CFG, conv, Input(kind="text", text="x"))


def test_docs_show_the_table_as_it_is_in_the_code():
    assert (ROOT / "docs" / "conversation.md").read_text(encoding="utf-8") == conversation_table.render()


@pytest.mark.parametrize("step", list(STEPS))
def test_every_state_has_its_question(step, db):
    question = turn_at(step, {"category": "complaint"}, db).question(turn_at(step, db=db), step)
    assert question.strip()


@pytest.mark.parametrize("step", list(STEPS))
def test_every_choice_has_a_title_messenger_accepts(step):
    for payload in STEPS[step].choices + STEPS[step].navigation:
        assert 0 < len(texts.TITLES[payload]) <= 20
    assert len(STEPS[step].choices + STEPS[step].navigation) <= 13


def test_every_way_on_leads_to_a_state_of_the_table():
    targets = set(ANYWHERE)
    for step in STEPS.values():
        targets |= step.ways_on()
    assert targets - set(STEPS) == set()


def test_every_state_can_be_reached_from_the_menu():
    seen, todo = set(), ["menu", *ANYWHERE]
    while todo:
        step = todo.pop()
        if step not in seen:
            seen.add(step)
            todo.extend(STEPS[step].ways_on())
    assert set(STEPS) - seen == set()


def test_every_command_is_typed_somehow():
    assert all(words for words in COMMANDS.values())


def test_a_jump_the_table_does_not_list_is_refused():
    turn = turn_at("field")
    with pytest.raises(UndeclaredTransition):
        turn.enter("rating_comment")


def test_a_state_that_does_not_return_cannot_go_back_to_a_remembered_one():
    with pytest.raises(UndeclaredTransition):
        turn_at("menu").return_to("name", ask=False)


def test_a_live_citizen_is_still_answered_when_a_move_is_missing_from_the_table(caplog):
    turn = new_turn(
        None,
        {**CFG, "TESTING": False},
        {"psid": "1", "step": "field", "draft": {}, "history": []},
        Input(kind="text", text="x"),
    )
    turn.enter("rating_comment")
    assert turn.step == "rating_comment" and "not in the conversation table" in caplog.text
