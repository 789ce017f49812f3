"""A correction said in words, in the middle of a draft: "sửa số điện thoại", "sai địa chỉ rồi".

It edits that part alone, then comes back where the citizen was (or to the
summary), instead of being stored as the answer to the question on screen.
Only short messages count: a story that happens to contain "sửa" is content.
"""
from core.folding import fold_command

VERBS = ("sua", "doi", "chinh lai", "chinh sua", "thay doi", "nhap lai", "ghi lai", "sai", "nham")
# The state that asks each part, and the words people use for it (folded).
PARTS = {
    "phone": ("so dien thoai", "dien thoai", "sdt", "so dt", "so phone"),
    "name": ("ho ten", "ho va ten", "ten"),
    "address": ("dia chi", "cho o", "noi o"),
    "content": ("noi dung", "su viec"),
    "place_time": ("thoi gian", "dia diem", "noi xay ra", "ngay gio"),
    "field": ("linh vuc",),
    "category": ("loai", "phan loai"),
}
TARGETS = tuple(PARTS)
CONTACT = ("name", "phone", "address")
MAX_WORDS = 7


def wanted_part(text):
    """The part a short correction names, else None."""
    folded = fold_command(text)
    words = folded.split()
    if not words or len(words) > MAX_WORDS or not any(folded.startswith(v) or f" {v} " in f" {folded} "
                                                      for v in VERBS):
        return None
    for part, names in PARTS.items():
        if any(f" {name} " in f" {folded} " for name in names):
            return part
    return None


def correct(turn):
    """Go to the part named in a correction; False when the message is not one."""
    if turn.inp.kind != "text" or turn.inp.payload is not None:
        return False
    part = wanted_part(turn.inp.text)
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
    turn.goto(part, prefix=turn.texts.CORRECTING)
    return True
