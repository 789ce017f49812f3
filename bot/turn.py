"""One input being handled: the citizen's state, and the ways to answer and to move.

A handler never decides alone where the conversation goes: `goto` and `ask`
accept only a state that the current state's row of the table (bot/flow.py)
lists as a way on (`then`, `jumps`), or one of the commands every state has.
So the table answers "what comes after X?", and a handler that jumps
elsewhere fails its test instead of silently growing a new path.
"""

import dataclasses
import logging
from dataclasses import dataclass, field

from bot import texts, texts_en
from bot.voice import HOTLINE_OR_PERSON, hotline_or_person
from core.placeholders import fill, names_in
from core.voice import person_named, speak
from storage.outbox import enqueue_text
from storage.threads import NO_CASE_PRIVATE, NO_CASE_SHOWN_IN_HANDOFF, keep_in_conversation

log = logging.getLogger(__name__)


class UndeclaredTransition(RuntimeError):
    """A handler moved to a state its row of the table does not list."""


@dataclass
class Input:
    """One thing the citizen did, whatever Messenger event carried it."""

    kind: str  # text | quick_reply | postback | attachments | sticker | system
    text: str = ""
    payload: str | None = None
    attachments: list = field(default_factory=list)  # [{"type": ..., "url": ...}]
    timestamp: int = 0  # Meta's, ms
    event_key: str = ""
    message_id: int | None = None  # its row in the transcript


class Turn:
    """`table` maps each state to its row (bot/flow.py: STEPS); `question` gives a state's text."""

    def __init__(self, db, cfg, conv, inp, table, question, anywhere=()):
        self.db, self.cfg, self.conv, self.inp = db, cfg, conv, inp
        self.table, self.question, self.anywhere = table, question, set(anywhere)
        self.report_id = None  # replies after submission belong to the case's thread
        self.redelivered = None  # an Input to handle again in the state just entered
        self.sorry = None  # what the citizen feels: one short sorry before the first reply (bot/voice.py)
        self.conversation_only = 0  # a look-up, a data request, a question: in no case's thread (storage/threads.py)
        self.silence_ms = 0  # how long the citizen was silent before this input (bot/flow.py)

    @property
    def texts(self):
        """The citizen's language's text table: Vietnamese unless they wrote to us in English."""
        return texts_en if self.conv.get("language") == "en" else texts

    @property
    def voice(self):
        """How this citizen is spoken to, kept on the conversation (bot/voice.py, core/voice.py)."""
        return self.conv.setdefault("voice", {})

    @property
    def draft(self):
        return self.conv["draft"]

    @property
    def step(self):
        return self.conv["step"]

    def fmt(self, text, **extra):
        """One of the bot's own sentences, said to this citizen (core/voice.py: "anh/chị" becomes
        "bà" for a grandmother), with its `{name}`s filled, once (core/placeholders.py): a value (a
        citizen's words, an office's name) is never read as a format string. Text a person wrote (an
        answer, a template) never comes through here. `{urgent_call}` and `{hotline_line}` are the
        hotline, or a person to someone the hotline failed (bot/voice.py)."""
        values = {
            "ward_name": self.cfg["WARD_NAME"],
            "hotline": self.cfg["HOTLINE"],
            "hotline_officer": person_named(self.cfg["HOTLINE_OFFICER"], self.conv.get("language")),
            "reception": self.cfg["RECEPTION_ADDRESS"],
            "example_code": f"{self.cfg['WARD_CODE']}-2026-00042",
        }
        for name in HOTLINE_OR_PERSON.keys() & set(names_in(text)) - set(extra):
            values[name] = fill(speak(hotline_or_person(self, name), self.voice), values)
        values.update(extra)
        text = speak(text, self.voice)
        missing = [name for name in names_in(text) if name not in values]
        if missing:  # a sentence of ours naming a value nobody gives: a typo the tests must catch
            problem = f"{', '.join(missing)} not given for {text[:60]!r}"
            if self.cfg.get("TESTING"):
                raise KeyError(problem)
            log.error("conversation: %s", problem)  # the citizen still gets the sentence
        return fill(text, values)

    def say(self, text, choices=()):
        if self.sorry == "hotline" and "MENU_OFFICER" not in choices:  # not answered there: a person here
            choices = (*choices, "MENU_OFFICER")
        quick_replies = [
            {"content_type": "text", "title": self.texts.TITLES[p][:20], "payload": p} for p in choices[:13]
        ]
        text = self.with_sorry(text)
        outbox_ids = enqueue_text(self.db, self.conv["psid"], text, quick_replies or None, report_id=self.report_id)
        if self.conversation_only:
            keep_in_conversation(self.db, self.conv["psid"], outbox_ids=tuple(outbox_ids), kind=self.conversation_only)

    def keep_in_conversation(self, shown_in_handoff=False):
        """This exchange (the citizen's message and every reply to it) belongs to no case: a look-up,
        a data request, a question answered. It stays in the conversation, even in the middle of a
        draft; `shown_in_handoff`: what an officer asked to talk next reads first (a question, thanks)."""
        self.conversation_only = NO_CASE_SHOWN_IN_HANDOFF if shown_in_handoff else NO_CASE_PRIVATE
        keep_in_conversation(self.db, self.conv["psid"], self.inp.message_id, kind=self.conversation_only)

    def with_sorry(self, text):
        """`text`, after the sorry this input called for, if it is still unsaid (then it is said)."""
        felt, self.sorry = self.sorry, None
        return f"{self.fmt(self.texts.SORRY[felt])}\n{text}" if felt else text

    def enter(self, step):
        """Make `step` current without asking its question (a handler answers in its place)."""
        current = self.conv["step"]
        row = self.table.get(current)
        if (
            step != current
            and row is not None
            and step not in self.anywhere
            and step not in row.jumps
            and step not in self.along_then(current)
        ):
            self.undeclared(f"{current} -> {step} is not in the conversation table")
        self.conv["step"] = step

    def undeclared(self, problem):
        """Tests fail on a move the table does not list; a live citizen is still answered (and the
        error logged), since refusing the move would leave them without a reply."""
        if self.cfg.get("TESTING"):
            raise UndeclaredTransition(problem)
        log.error("conversation: %s", problem)

    def along_then(self, step):
        """Every state down `step`'s chain of next questions (editing skips those already answered)."""
        seen, todo = set(), [step]
        while todo:
            for way in self.table[todo.pop()].then:
                name = way if isinstance(way, str) else way[0]
                if name not in seen:
                    seen.add(name)
                    todo.append(name)
        return seen

    def ask(self, step, prefix="", question=None, extra=()):
        """Put the question of `step` (and make it the current step); `question`: said instead of the
        step's own (one short line after an aside), `extra`: more quick replies ("Gặp cán bộ")."""
        self.enter(step)
        spec = self.table[step]
        choices = spec.offered(self.draft)
        suggested = (self.draft.get("suggest") or {}).get(step)
        if suggested in choices:  # what the citizen's own words suggest comes first: one tap
            choices = (suggested,) + tuple(c for c in choices if c != suggested)
        offered = choices + spec.navigation
        offered += tuple(c for c in extra if c not in offered)
        text = question if question is not None else self.question(self, step)
        self.say((prefix + "\n" if prefix else "") + text, offered)

    def goto(self, step, prefix=""):
        """Move forward: remember where we were so that "back" can return."""
        if self.step in self.table and self.table[self.step].in_report and self.step != step:
            self.conv["history"].append(self.step)
        self.ask(step, prefix)

    def reask(self, reason, **extra):
        """The answer could not be used: say why and ask again, "Gặp cán bộ" offered; from the second
        misunderstanding of the same question on, a person is offered in words too."""
        step, count = self.draft.get("misread") or (None, 0)
        count = count + 1 if step == self.step else 1
        self.draft["misread"] = [self.step, count]
        prefix = self.fmt(self.texts.REASK[reason], **extra)
        if count >= 2:
            prefix += "\n" + self.fmt(self.texts.OFFER_OFFICER)
        self.ask(self.step, prefix=prefix, extra=("MENU_OFFICER",))

    def to_menu(self, text=None):
        """Back to the menu: the draft is gone (it was submitted or cancelled). `text` is said as it
        is: the caller filled its sentences (it may hold an officer's answer, never formatted)."""
        self.enter("menu")
        self.conv.update(draft={}, history=[])
        self.say(text or self.fmt(self.texts.MENU_AGAIN), self.table["menu"].choices)

    def return_to(self, step, prefix="", ask=True):
        """Back to a state remembered earlier: "back", "continue", or "no, don't cancel". Only a row
        marked `returns` (or a report question, where "back" works) may do this."""
        row = self.table.get(self.conv["step"])
        if row is not None and not (row.returns or row.in_report):
            self.undeclared(f"{self.conv['step']} cannot return to {step}")
        self.conv["step"] = step
        if ask:
            self.ask(step, prefix)

    def redeliver(self, **changes):
        """Handle this input again, changed, once this turn's move is done (words typed before
        "continue" answer the question they were meant for)."""
        self.redelivered = dataclasses.replace(self.inp, **changes)
