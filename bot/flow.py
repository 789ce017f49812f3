"""The conversation as a table of steps.

Each step asks one question. A step either offers choices (quick replies,
also matched when typed, with or without diacritics) or takes typed input
through `on_input`. Commands (cancel, back, start over, talk to an officer)
work at every step. `handle_input` runs inside the worker's write
transaction, so the state change and the replies it queues commit together.
"""
from dataclasses import dataclass, field
from typing import Callable

from bot import menu, report_steps as rs, texts
from bot.folding import fold_command
from privacy import chat as rights
from satisfaction import steps as after
from storage.conversations import load_conversation, save_conversation
from storage.outbox import enqueue_text

RESUME_AFTER_MS = 60 * 60 * 1000  # an hour of silence: greet and offer to continue


@dataclass
class Input:
    """One thing the citizen did, whatever Messenger event carried it."""
    kind: str                      # text | quick_reply | postback | attachments | sticker
    text: str = ""
    payload: str | None = None
    attachments: list = field(default_factory=list)  # [{"type": ..., "url": ...}]
    timestamp: int = 0             # Meta's, ms
    event_key: str = ""
    message_id: int | None = None  # its row in the transcript


@dataclass(frozen=True)
class Step:
    choices: tuple = ()            # payloads offered as quick replies
    on_choice: Callable | None = None
    on_input: Callable | None = None  # typed text, attachments, anything not a choice
    navigation: tuple = ("CMD_BACK", "CMD_CANCEL")


NAV = ("CMD_BACK", "CMD_CANCEL")

STEPS = {
    "menu":              Step(menu.MENU, menu.choose, menu.on_menu_input, navigation=()),
    "lookup":            Step((), None, menu.on_lookup_input, navigation=("CMD_CANCEL",)),
    "category":          Step(rs.CATEGORIES, rs.choose_category),
    "field":             Step(rs.FIELDS, rs.choose_field),
    "content":           Step(("CONTENT_DONE",), rs.finish_content, rs.on_content_input),
    "place_time":        Step(("SKIP",), rs.skip, rs.free_text_answer),
    "complaint_act":     Step((), None, rs.free_text_answer),
    "complaint_by":      Step((), None, rs.free_text_answer),
    "complaint_request": Step((), None, rs.free_text_answer),
    "accused":           Step((), None, rs.free_text_answer),
    "violation":         Step((), None, rs.free_text_answer),
    "consent":           Step(("CONSENT_YES", "CONSENT_NO"), rs.choose_consent),
    "anonymous":         Step(("CONSENT_YES", "ANONYMOUS"), rs.choose_consent),
    "name":              Step((), None, rs.name_answer),
    "phone":             Step((), None, rs.phone_answer),
    "address":           Step(("SKIP",), rs.skip, rs.free_text_answer),
    "confirm":           Step(("SUBMIT", "EDIT", "SUBMIT_URGENT"), rs.choose_confirm, navigation=("CMD_CANCEL",)),
    "edit_pick":         Step(rs.EDIT_PARTS, rs.choose_edit, navigation=("CMD_BACK",)),
    "confirm_cancel":    Step(("YES", "NO"), rs.choose_confirm_cancel, navigation=()),
    "resume":            Step(("RESUME", "CMD_RESTART"), rs.choose_resume, navigation=()),
    # After a case is resolved (satisfaction/steps.py): rate the answer, comment, agree to publish.
    "rating":            Step(after.RATINGS + ("RATE_SKIP",), after.choose_rating, after.on_rating_input,
                              navigation=()),
    "rating_comment":    Step(("SKIP",), after.skip_comment, after.comment_answer, navigation=()),
    "publish_consent":   Step(("PUBLISH_YES", "PUBLISH_NO"), after.choose_publish, navigation=()),
    # The citizen's data (privacy/chat.py): withdrawing consent or deleting, confirmed.
    rights.CONFIRM_STEP: Step(("YES", "NO"), rights.choose_confirm, navigation=()),
}

# Typed commands, folded; a quick reply with the payload works the same.
COMMANDS = {
    "CMD_CANCEL": {"huy", "huy bo", "cancel", "thoi huy"},
    "CMD_BACK": {"quay lai", "tro lai", "back", "lui lai"},
    "CMD_RESTART": {"bat dau lai", "lam lai", "start over", "restart"},
    "MENU_OFFICER": {"gap can bo", "noi chuyen voi can bo", "can bo", "talk to officer", "officer"},
    "GET_STARTED": {"menu"},
}
COMMAND_HANDLERS = {
    "CMD_CANCEL": rs.command_cancel,
    "CMD_BACK": rs.command_back,
    "CMD_RESTART": rs.command_restart,
    "MENU_OFFICER": menu.request_officer,
    "GET_STARTED": menu.get_started,
}
COMMANDS.update(rights.PHRASES)  # "dữ liệu của tôi", "rút lại đồng ý", "xóa dữ liệu của tôi"
COMMAND_HANDLERS.update(rights.HANDLERS)


class Turn:
    """One input being handled: the citizen's state, and the way to answer."""

    def __init__(self, db, cfg, conv, inp):
        self.db, self.cfg, self.conv, self.inp = db, cfg, conv, inp
        self.report_id = None  # replies after submission belong to the case's thread

    @property
    def draft(self):
        return self.conv["draft"]

    @property
    def step(self):
        return self.conv["step"]

    def fmt(self, text, **extra):
        values = {"ward_name": self.cfg["WARD_NAME"], "hotline": self.cfg["HOTLINE"],
                  "hotline_officer": self.cfg["HOTLINE_OFFICER"],
                  "reception": self.cfg["RECEPTION_ADDRESS"],
                  "example_code": f"{self.cfg['WARD_CODE']}-2026-00042"}
        return text.format(**values, **extra)

    def say(self, text, choices=()):
        quick_replies = [{"content_type": "text", "title": texts.TITLES[p][:20], "payload": p}
                         for p in choices[:13]]
        enqueue_text(self.db, self.conv["psid"], text, quick_replies or None, report_id=self.report_id)

    def ask(self, step, prefix=""):
        """Put the question of `step` (and make it the current step)."""
        self.conv["step"] = step
        spec = STEPS[step]
        question = rs.question_text(self, step)
        self.say((prefix + "\n" if prefix else "") + question, spec.choices + spec.navigation)

    def goto(self, step, prefix=""):
        """Move forward: remember where we were so that "back" can return."""
        if self.step in rs.REPORT_STEPS and self.step != step:
            self.conv["history"].append(self.step)
        self.ask(step, prefix)

    def reask(self, reason, **extra):
        self.ask(self.step, prefix=self.fmt(texts.REASK[reason], **extra))


def handle_input(db, cfg, psid, inp):
    """Advance `psid`'s conversation by one input and queue the replies."""
    conv = load_conversation(db, psid)
    turn = Turn(db, cfg, conv, inp)
    silence = inp.timestamp - (conv["last_inbound_ms"] or inp.timestamp)
    conv["last_inbound_ms"] = max(inp.timestamp, conv["last_inbound_ms"] or 0)
    if conv["step"] is None:
        menu.welcome(turn)
        # An ice breaker, the menu, "tôi muốn khiếu nại" or "dữ liệu của tôi" says what they want.
        if _choice(inp, menu.MENU) or _typed(inp, rights.PHRASES):
            dispatch(turn)
    elif silence > RESUME_AFTER_MS and conv["step"] in rs.REPORT_STEPS and inp.payload is None:
        rs.offer_resume(turn)
    else:
        dispatch(turn)
    save_conversation(db, conv)


def dispatch(turn):
    inp = turn.inp
    command = inp.payload if inp.payload in COMMAND_HANDLERS else _typed(inp, COMMANDS)
    if command:
        return COMMAND_HANDLERS[command](turn)
    if inp.kind == "postback" and inp.payload in menu.MENU and turn.step in rs.REPORT_STEPS:
        return rs.offer_resume(turn)  # the persistent menu mid-report: continue, or start over?
    if inp.payload in menu.MENU and turn.step in after.AFTERCARE_STEPS:
        return after.leave(turn, inp.payload)  # the menu over a pending rating: what they chose now
    step = STEPS[turn.step]
    choice = _choice(inp, step.choices)
    if choice:
        return step.on_choice(turn, choice)
    if step.on_input and inp.payload is None:
        return step.on_input(turn)
    turn.reask("choice" if inp.kind in ("text", "quick_reply", "postback") else "not_text")


def _typed(inp, table):
    if inp.kind != "text":
        return None
    folded = fold_command(inp.text)
    return next((key for key, words in table.items() if folded in words), None)


def _choice(inp, choices):
    if inp.payload in choices:
        return inp.payload
    if inp.kind != "text":
        return None
    folded = fold_command(inp.text)
    if folded.isdigit() and 1 <= int(folded) <= len(choices):
        return choices[int(folded) - 1]
    for payload in choices:
        if folded == fold_command(texts.TITLES[payload]) or folded in rs.SYNONYMS.get(payload, ()):
            return payload
    return None
