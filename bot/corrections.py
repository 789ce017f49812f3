"""A correction said in words, in the middle of a draft: "sửa số điện thoại", "sai địa chỉ rồi".

It edits that part alone, then comes back where the citizen was (or to the
summary), instead of being stored as the answer to the question on screen.
Which words are a correction is `understanding.commands.correction`'s to say: only short messages
count, so a story that happens to contain "sửa" is content.
"""

from core.folding import fold
from core.validation import ward_phones
from understanding.commands import PARTS, correction
from understanding.contact_facts import find_address, find_name, find_phone

TARGETS = tuple(PARTS)  # the states a correction may lead to (bot/flow.py: ANYWHERE)
CONTACT = ("name", "phone", "address")


def correct(turn):
    """Go to the part named in a correction; False when the message is not one."""
    if turn.inp.kind != "text" or turn.inp.payload is not None:
        return False
    part = correction(turn.inp.text)
    if part is None:
        return _phone_given_again(turn) or _name_given_again(turn)
    draft = turn.draft
    if part in CONTACT and draft.get("consent") != "granted":
        part = "consent"  # contact details are asked only after consent
    if turn.step not in ("confirm", "edit_pick", "confirm_cancel", "resume", part):
        draft["edit_return"] = turn.step
    draft["editing"] = "one"
    if part == "content":
        draft["content"] = []
    turn.goto(part, prefix=turn.fmt(turn.texts.CORRECTING))
    return True


def _phone_given_again(turn):
    """ "số vừa rồi là số của vợ tôi, số của tôi là 0967 880 214" at the address (or name) question,
    a phone already given: the new one offered for one tap, then back to that question (batch 44; before,
    the whole message was stored as the address); or at the summary, "chết e gõ nhầm số đt rồi, số đúng là
    0912 664 208 ạ" (batch 60; before, added to the story)."""
    draft, text = turn.draft, turn.inp.text
    if turn.step not in ("name", "address", "confirm") or not draft.get("phone") or find_address(text) is not None:
        return False
    fact = find_phone(text, cue_needed=False)
    if fact is None or fact.value == draft["phone"] or fact.value in ward_phones(turn.cfg):
        return False  # the hotline named in anger is no phone of theirs
    return _offer_again(turn, "phone", fact)


def _name_given_again(turn):
    """ "xin lỗi máy nghe nhầm tên tôi là Nguyễn Thị Thu Hoà" at the phone (or address) question, a
    name already given: the new one offered for one tap, then back to that question (batch 48; before,
    it was refused as a phone)."""
    draft = turn.draft
    if turn.step not in ("phone", "address") or not draft.get("name"):
        return False
    fact = find_name(turn.inp.text)
    if fact is None or fold(fact.value) == fold(draft["name"]):
        return False
    return _offer_again(turn, "name", fact)


def _offer_again(turn, step, fact):
    turn.draft.setdefault("found", {})[step] = fact.as_dict()
    turn.draft.update(fact_step=step, editing="one", edit_return=turn.step)
    turn.ask("confirm_fact")
    return True
