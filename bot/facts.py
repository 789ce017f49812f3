"""What the citizen already wrote, confirmed in one tap instead of asked (PRODUCT.md: facts "written
in a letter are taken and confirmed, never asked again").

`note(turn, text)` keeps the facts a message gives (understanding/facts.py) in the draft, under
"found", for the steps not answered yet. The citizen's own name, phone and address wait there, never
in the report, until they consent (Decree 356/2025/NĐ-CP: consent explicit, per purpose, recorded),
and are dropped if they refuse. When the report reaches a step whose fact was found, the state
`confirm_fact` asks in its place ("Dạ, trợ lý ghi họ tên là Trần Thị Lan, đúng không ạ?" Đúng /
Sửa): "Đúng" answers the step, "Sửa" asks its question, and anything else typed is the step's own
answer (bot/report_steps.py: choose_fact, on_fact_input).
"""

import re

from understanding.case_facts import said_instead
from understanding.contact_facts import mend_phone
from understanding.fact_phrases import TAKEN_BACK
from understanding.facts import PERSONAL, find_facts
from understanding.normalize import contains, normalize
from understanding.spans import aligned

MENDED = ("letter_o", "letter_l")  # a letter typed for a digit: said, and the number offered
YES_WORDS = {"dung", "chinh", "xac", "phai", "ok", "u", "vang", "co", "yes", "correct", "right", "yep", "roi"}
NO_WORDS = {"sai", "sua", "khong", "chua", "nham", "doi", "lai", "no", "wrong", "change", "edit", "phai"}
POLITE = {"a", "da", "nhe", "nha", "ban", "oi", "vay", "the", "chau", "em", "admin", "anh", "chi", "roi"}


def note(turn, text, ward_phones=frozenset(), only=None):
    """Keep what `text` tells for the steps still to come (a fact found first is kept); `only`: these
    steps' facts alone (a question's words tell who asks, not where anything happened)."""
    told = {step: fact for step, fact in find_facts(text).items() if only is None or step in only}
    if not told:
        return
    found = turn.draft.setdefault("found", {})
    taken_back = any(contains(normalize(text), cue) for cue in TAKEN_BACK)  # "e gõ nhầm, số đúng là …"
    for step, fact in told.items():
        if step in turn.draft or (step in found and not taken_back) or (step == "phone" and fact.value in ward_phones):
            continue
        found[step] = fact.as_dict()


def mend_told(turn, text):
    """ "ko phải ngõ 5 đâu, ngõ 7 mới đúng": a fact found that holds what was told wrong is mended (batch
    51; before, the whole sentence became the place). True when one was."""
    said = said_instead(text)
    for fact in (turn.draft.get("found") or {}).values() if said else ():
        old, new = said
        value = aligned(fact["value"])  # folded letter by letter: the positions are the typed text's
        at = re.search(rf"(?<![a-z0-9]){re.escape(aligned(old).folded)}(?![a-z0-9])", value.folded)
        if at is not None:
            fact["value"] = fact["shown"] = value.text[: at.start()] + new + value.text[at.end() :]
            return True
    return False


def pending(draft, step):
    """The fact to confirm for `step`, or None (none found, already answered, or waiting for consent)."""
    fact = (draft.get("found") or {}).get(step)
    if fact is None or step in draft:
        return None
    if step in PERSONAL and draft.get("consent") != "granted":
        return None
    return fact


def offer_mended_phone(turn, typed):
    """ "09o4 123 456" at the phone question: the letter o is said to be the problem, and the number
    with 0 offered, instead of refusing it. False when mending does not make a number."""
    fact = mend_phone(typed)
    if fact is None or fact.problem not in MENDED:
        return False
    turn.draft.setdefault("found", {})["phone"] = fact.as_dict()
    turn.draft["fact_step"] = "phone"
    turn.ask("confirm_fact")
    return True


def question(turn):
    step = turn.draft.get("fact_step")
    fact = (turn.draft.get("found") or {}).get(step)
    if fact is None:  # nothing left to confirm (a stale state): the step's own question
        return turn.fmt(turn.texts.ASK.get(step) or turn.texts.MENU_AGAIN)
    key = fact.get("problem") if fact.get("problem") in MENDED else step
    return turn.fmt(turn.texts.CONFIRM_FACT[key], value=fact["shown"], typed=fact.get("typed") or "")


def take(turn):
    """(the step being confirmed, its fact): both leave the draft's waiting list."""
    step = turn.draft.pop("fact_step", None)
    return step, (turn.draft.get("found") or {}).pop(step, None)


def drop_personal(draft):
    """Consent refused: the name, phone and address found are forgotten, never stored."""
    for step in PERSONAL:
        (draft.get("found") or {}).pop(step, None)


def yes_or_no(text):
    """ "FACT_YES" for "đúng rồi ạ", "FACT_EDIT" for "sai rồi", None for anything else (an answer)."""
    words = [w for w in normalize(text).split() if w not in POLITE]
    if not words or len(words) > 4:
        return None
    if set(words) <= YES_WORDS and not {"khong", "chua"} & set(words):
        return "FACT_YES"
    if set(words) <= NO_WORDS | YES_WORDS and set(words) & NO_WORDS:
        return "FACT_EDIT"
    return None
