"""The conversation as one table: each state, what it accepts, and where each answer leads.

Each state asks one question. It offers choices (quick replies, also matched
when typed, with or without diacritics) and/or takes typed input. Where it
leads is in its row: `then` is the report's next question, in order, each with
the condition under which it is asked; `jumps` are the other states its
handlers may move to. Commands (cancel, back, start over, talk to an officer,
menu) work in every state and lead only to the states in `ANYWHERE`.
bot/turn.py refuses any other move, and docs/conversation.md is this table,
kept equal to it by tests/test_conversation_table.py.

`handle_input` runs inside the worker's write transaction, so the state change
and the replies it queues commit together.
"""

from dataclasses import dataclass
from typing import Callable

from bot import anywhere, corrections, files, free_text, menu, rights, texts, texts_en, voice, withdrawal
from bot import rating_steps as after
from bot import report_steps as rs
from bot.turn import Input, Turn
from core.case_rules import is_formal
from core.folding import fold_command
from storage.conversations import load_conversation, save_conversation
from understanding.commands import (
    COMMANDS,
    choice_in_words,
    command_said,
    said_first,
    thanks_without_going_on,
    typed_command,
    without_courtesy,
)

__all__ = ["Input", "Turn", "STEPS", "COMMANDS", "handle_input", "new_turn"]
RESUME_AFTER_MS = 60 * 60 * 1000  # an hour of silence: greet and offer to continue
NAV = ("CMD_BACK", "CMD_CANCEL")
NEW_REPORT_MENU = ("MENU_REPORT", "MENU_COMPLAINT", "MENU_DENOUNCE")


@dataclass(frozen=True)
class Step:
    choices: tuple = ()  # payloads offered as quick replies
    on_choice: Callable | None = None
    on_input: Callable | None = None  # typed text, attachments, anything not a choice
    navigation: tuple = NAV
    then: tuple = ()  # next questions: a state, or (state, condition on the draft)
    jumps: tuple = ()  # other states this state's handlers lead to
    part: str | None = None  # the part of the report it fills (editing asks a part again)
    returns: bool = False  # may go back to a remembered state
    text: str | None = None  # its question in texts.ASK (default: the state's name)
    skip_if: Callable | None = None  # "Bỏ qua" is offered (and accepted) only when this holds

    def offered(self, draft):
        """The quick replies worth offering: never one the state would then refuse."""
        return tuple(c for c in self.choices if self._offers(c, draft))

    def _offers(self, choice, draft):
        if choice == "SKIP":  # each state says when it may be skipped
            return self.skip_if is None or self.skip_if(draft)
        return OFFERED_ONLY_WHEN.get(choice, lambda _draft: True)(draft)

    @property
    def in_report(self):
        """A state of a draft report: "back" works, and the persistent menu offers to continue."""
        return self.part is not None or self.returns

    def ways_on(self):
        return {way if isinstance(way, str) else way[0] for way in self.then} | set(self.jumps)


def is_complaint(draft):
    return draft.get("category") == "complaint"


def is_denunciation(draft):
    return draft.get("category") == "denunciation"


def consent_granted(draft):
    return draft.get("consent") == "granted"


def told_the_story(draft):
    """The first message told what happened: it is the content, not asked again."""
    return bool(draft.get("story") and draft.get("content"))


def told(draft):
    """Something of the story is told: what was done may be "as told"."""
    return any(part.strip() for part in draft.get("content") or ())


# The choices offered only when the draft holds what they stand for, whatever the state.
OFFERED_ONLY_WHEN = {"AS_TOLD": told}


def not_formal(draft):
    return not is_formal(draft.get("category"))


def formal_and_refused(draft):
    return is_formal(draft.get("category")) and draft.get("consent") == "refused"


def fact_may_be_skipped(draft):
    """ "Bỏ qua" at a fact's confirmation, where its step may be skipped (where and when, a petition's phone)."""
    step = draft.get("fact_step")
    return step in STEPS and "SKIP" in STEPS[step].offered(draft)


EDITABLE = ("category", "field", "content", "place_time", "complaint_act", "accused", "consent")
STEPS = {
    "menu": Step(
        menu.MENU, menu.choose, free_text.on_menu_text, navigation=(), jumps=("lookup", "more_or_new"), text="menu"
    ),
    "lookup": Step((), None, menu.on_lookup_input, navigation=("CMD_CANCEL",)),
    "category": Step(rs.CATEGORIES, rs.choose_category, part="category", then=("field",)),
    "field": Step(rs.FIELDS, rs.choose_field, part="field", then=(("place_time", told_the_story), "content")),
    "content": Step(("CONTENT_DONE",), rs.finish_content, rs.on_content_input, part="content", then=("place_time",)),
    "place_time": Step(
        ("SKIP",),
        rs.skip,
        rs.free_text_answer,
        part="place_time",
        then=(("complaint_act", is_complaint), ("accused", is_denunciation), "consent"),
    ),
    # What was done, already told in the story: "Như đã kể" answers it (offered once something is told).
    "complaint_act": Step(("AS_TOLD",), rs.as_told, rs.free_text_answer, part="details", then=("complaint_by",)),
    "complaint_by": Step((), None, rs.free_text_answer, part="details", then=("complaint_request",)),
    "complaint_request": Step((), None, rs.free_text_answer, part="details", then=("consent",)),
    "accused": Step((), None, rs.free_text_answer, part="details", then=("violation",)),
    "violation": Step(("AS_TOLD",), rs.as_told, rs.free_text_answer, part="details", then=("consent",)),
    "consent": Step(
        ("CONSENT_YES", "CONSENT_NO"),
        rs.choose_consent,
        part="contact",
        then=(("name", consent_granted), ("anonymous", formal_and_refused), "confirm"),
    ),
    "anonymous": Step(
        ("CONSENT_YES", "ANONYMOUS"), rs.choose_consent, part="contact", then=(("name", consent_granted), "confirm")
    ),
    "name": Step((), None, rs.name_answer, part="contact", then=("phone",)),
    "phone": Step(("SKIP",), rs.skip, rs.phone_answer, part="contact", then=("address",), skip_if=not_formal),
    "address": Step(("SKIP",), rs.skip, rs.free_text_answer, part="contact", then=("confirm",), skip_if=not_formal),
    "confirm": Step(
        ("SUBMIT", "EDIT", "SUBMIT_URGENT"),
        rs.choose_confirm,
        navigation=("CMD_CANCEL",),
        part="confirm",
        jumps=("edit_pick",),
    ),
    "edit_pick": Step(
        rs.EDIT_PARTS, rs.choose_edit, navigation=("CMD_BACK",), part="confirm", jumps=EDITABLE + ("edit_pick",)
    ),
    "confirm_cancel": Step(("YES", "NO"), rs.choose_confirm_cancel, navigation=(), returns=True),
    # A step's answer the citizen already wrote (bot/facts.py): "Đúng" answers it, "Sửa" asks it.
    "confirm_fact": Step(
        ("FACT_YES", "FACT_EDIT", "SKIP"), rs.choose_fact, rs.on_fact_input, returns=True, skip_if=fact_may_be_skipped
    ),
    "resume": Step(("RESUME", "CMD_RESTART"), rs.choose_resume, navigation=(), returns=True),
    # After a case is resolved (bot/rating_steps.py): rate the answer, comment, agree to publish.
    "rating": Step(
        after.RATINGS + ("RATE_SKIP",),
        after.choose_rating,
        after.on_rating_input,
        navigation=(),
        jumps=("rating_comment", "publish_consent"),
    ),
    "rating_comment": Step(
        ("SKIP",), after.skip_comment, after.comment_answer, navigation=(), jumps=("publish_consent",)
    ),
    "publish_consent": Step(("PUBLISH_YES", "PUBLISH_NO"), after.choose_publish, navigation=()),
    # A story from a citizen whose case is still open: more for that case, or a new matter?
    "more_or_new": Step(
        ("ADD_TO_CASE", "NEW_REPORT"), free_text.choose_more_or_new, navigation=(), jumps=("category",)
    ),
    # "hủy" or "rút đơn" after submission: withdraw the case (bot/withdrawal.py)?
    "withdraw": Step(("WITHDRAW_YES", "WITHDRAW_NO"), withdrawal.choose_withdraw, navigation=()),
    # The citizen's data (bot/rights.py): withdrawing consent or deleting, confirmed.
    rights.CONFIRM_STEP: Step(("YES", "NO"), rights.choose_confirm, navigation=(), returns=True),
}
# Where the commands lead from any state: the menu, "are you sure?", "continue your draft?", a new draft,
# "withdraw your case?"; and the question the ward itself starts when it resolves a case
# (bot/rating_hooks.py); and, in a draft, a correction in words ("sửa số điện thoại": bot/corrections.py),
# and the confirmation of a fact already written, in place of the next question (bot/facts.py).
ANYWHERE = (
    "menu",
    "confirm_cancel",
    "resume",
    "category",
    "withdraw",
    rights.CONFIRM_STEP,
    "rating",
    "confirm_fact",
) + corrections.TARGETS

# A button of another question that answers this one: "Gửi ẩn danh" at the consent is no consent (a formal
# case then hears what sending anonymously means, at its own question).
TAPPED_AS = {"consent": {"ANONYMOUS": "CONSENT_NO"}}

# The buttons of a report's questions, and whose they are: one tapped at a later question is of a step
# already answered when the draft holds that step's answer.
REPORT_CHOICES = {choice: name for name, row in STEPS.items() if row.part for choice in row.choices}

# Each command's handler; its words are understanding/commands.py's COMMANDS, and a quick reply or
# postback with the payload works the same.
COMMAND_HANDLERS = {
    "CMD_CANCEL": rs.command_cancel,
    "CMD_BACK": rs.command_back,
    "CMD_RESTART": rs.command_restart,
    "MENU_OFFICER": menu.request_officer,
    "GET_STARTED": menu.get_started,
    **rights.HANDLERS,  # "dữ liệu của tôi", "rút lại đồng ý", "xóa dữ liệu của tôi"
}
DATA_COMMANDS = {payload: COMMANDS[payload] for payload in rights.HANDLERS}


def question_text(turn, step):
    return rs.question_text(turn, STEPS[step].text or step)


def new_turn(db, cfg, conv, inp):
    return Turn(db, cfg, conv, inp, STEPS, question_text, ANYWHERE)


def handle_input(db, cfg, psid, inp):
    """Advance `psid`'s conversation by one input and queue the replies."""
    conv = load_conversation(db, psid, cfg.get("PAGE_ID"))  # this page's citizen only: PSIDs are page-scoped
    turn = new_turn(db, cfg, conv, inp)
    voice.listen(turn)  # how they name themselves and the bot, and whether a sorry is owed
    silence = turn.silence_ms = inp.timestamp - (conv["last_inbound_ms"] or inp.timestamp)
    conv["last_inbound_ms"] = max(inp.timestamp, conv["last_inbound_ms"] or 0)
    if (
        conv["step"] is None
        and inp.kind == "text"
        and inp.payload is None
        and inp.text.strip()
        and not _choice(inp, menu.MENU)
        and not _typed(inp, COMMANDS)
    ):
        free_text.first_message(turn)  # the whole story, a question, a code: typed before any tap
    elif conv["step"] is None and files.take_files(turn):  # a photo first: offered as a report's first file
        pass
    elif conv["step"] is None:
        menu.welcome(turn)
        # An ice breaker, the menu, "tôi muốn khiếu nại" or "dữ liệu của tôi" says what they want.
        if _choice(inp, menu.MENU) or _typed(inp, DATA_COMMANDS):
            dispatch(turn)
    elif (
        silence > RESUME_AFTER_MS
        and STEPS[conv["step"]].in_report
        and conv["step"] != "resume"  # already offered (an officer's close offers it): answered as it is
        and inp.payload is None
    ):
        rs.offer_resume(turn)
    else:
        dispatch(turn)
    save_conversation(db, conv)


def dispatch(turn):
    _dispatch_once(turn)
    while turn.redelivered is not None:  # "continue": the words typed before it answer this state
        turn.inp, turn.redelivered = turn.redelivered, None
        _dispatch_once(turn)


def _menu_chooses_the_category(turn):
    """At the category, "Gửi phản ánh", "Khiếu nại", "Tố cáo" tapped still on screen choose it; from the
    persistent menu too while nothing is told yet (a photo sent first: no "continue or start over?"), or
    in the same sitting as the story just told (the category it was asked for, chosen from the menu)."""
    inp = turn.inp
    if turn.step != "category" or inp.payload not in NEW_REPORT_MENU:
        return False
    return inp.kind != "postback" or not turn.draft.get("content") or turn.silence_ms <= RESUME_AFTER_MS


def _start_over_with(turn, payload):
    """ "Sure?" answered by a new report chosen from the menu (batch 45): yes, a new one, of that kind."""
    turn.draft["pending_command"] = "restart"
    if payload != "MENU_REPORT":  # "Khiếu nại", "Tố cáo": the category chosen too
        turn.redeliver()
    return rs.choose_confirm_cancel(turn, "YES")


def _dispatch_once(turn):
    inp = turn.inp
    command = inp.payload if inp.payload in COMMAND_HANDLERS else _typed(inp, COMMANDS)
    if command:
        return COMMAND_HANDLERS[command](turn)
    if STEPS[turn.step].in_report and corrections.correct(turn):
        return None
    if turn.step == "confirm_cancel" and inp.payload in NEW_REPORT_MENU:
        return _start_over_with(turn, inp.payload)
    if _menu_chooses_the_category(turn):
        return rs.menu_at_category(turn, inp.payload)
    if inp.kind == "postback" and inp.payload in menu.MENU and STEPS[turn.step].in_report:
        return rs.offer_resume(turn)  # the persistent menu mid-report: continue, or start over?
    if inp.payload in menu.MENU and turn.step in after.AFTERCARE_STEPS:
        return after.leave(turn, inp.payload)  # the menu over a pending rating: what they chose now
    if turn.step == "resume" and inp.kind == "text" and thanks_without_going_on(inp.text):
        return anywhere.on_thanks(turn, None)  # the kept draft offered again, with a friendly line
    step = STEPS[turn.step]
    choice = _choice(inp, step.choices) or TAPPED_AS.get(turn.step, {}).get(inp.payload)
    if choice:
        return step.on_choice(turn, choice)
    if turn.step == "resume" and rs.tap_of_the_kept_step(turn):
        return None
    if anywhere.take_aside(turn):  # danger, a person, a question, a photo...: understood at every step
        return None
    code = menu.typed_code(turn) if step.on_input is None and turn.step != "lookup" else None
    if code:  # a code where a button is expected: look it up, then ask the same question again
        return menu.answer_lookup_mid_draft(turn, code)
    if step.on_input and inp.payload is None:
        return step.on_input(turn)
    if turn.step == "resume" and inp.kind == "text":  # "được rồi, lần sau sửa sớm cho dân nhờ" (batch 62)
        return anywhere.offer_kept_draft_again(turn)
    turn.reask(_misread(turn))


def _misread(turn):
    """Why the input is no answer here: a button of a report's step already passed ("Xong" tapped again
    at where-and-when) is said to be done, not misunderstood."""
    inp = turn.inp
    if inp.kind not in ("text", "quick_reply", "postback"):
        return "not_text"
    row, owner = STEPS[turn.step], REPORT_CHOICES.get(inp.payload)
    passed = row.in_report and owner is not None and owner != turn.step and owner in turn.draft
    return "stale" if passed else "choice"


def _typed(inp, table):
    if inp.kind != "text":
        return None
    return typed_command(inp.text, table) or (command_said(inp.text) if table is COMMANDS else None)


def _choice(inp, choices):
    if inp.payload in choices:
        return inp.payload
    if inp.kind != "text":
        return None
    folded = fold_command(inp.text)
    if folded.isdigit() and 1 <= int(folded) <= len(choices):
        return choices[int(folded) - 1]
    # "Không ạ" is "Không"; so is "Không, tôi vẫn muốn gửi tiếp"
    for said in dict.fromkeys((folded, without_courtesy(inp.text), said_first(inp.text))):
        for payload in choices:
            if said in (
                fold_command(texts.TITLES[payload]),
                fold_command(texts_en.TITLES[payload]),
            ) or said in rs.SYNONYMS.get(payload, ()):
                return payload
    return choice_in_words(inp.text, choices)  # "tôi không muốn cung cấp thông tin cá nhân"
