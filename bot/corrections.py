"""A correction said in words, in the middle of a draft: "sửa số điện thoại", "sai địa chỉ rồi".

It edits that part alone, then comes back where the citizen was (or to the
summary), instead of being stored as the answer to the question on screen.
Which words are a correction is `understanding.commands.correction`'s to say: only short messages
count, so a story that happens to contain "sửa" is content.
"""

from understanding.commands import PARTS, correction

TARGETS = tuple(PARTS)  # the states a correction may lead to (bot/flow.py: ANYWHERE)
CONTACT = ("name", "phone", "address")


def correct(turn):
    """Go to the part named in a correction; False when the message is not one."""
    if turn.inp.kind != "text" or turn.inp.payload is not None:
        return False
    part = correction(turn.inp.text)
    if part is None:
        return False
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
