"""Danger now, at any step: the ward's safety advice first, the case urgent, the duty officer told.

Which danger is understanding/danger.py's to say. The advice is the ward's own entry of its
question-and-answer base (understanding.danger.ADVICE_KEYS: seeded, edited and approved like any
other), never words of the bot's own; without an approved entry the bot says only to call 113 and the
ward's hotline. The draft is marked urgent before any question, so the submission's urgency and its
notice follow; the duty officer is told once per draft, in or out of office hours, and the
conversation is listed in "Trò chuyện" for them to answer.
"""

from bot import handoff
from bot.voice import approved_answer
from casework.danger_notice import notify_danger
from core.clock import from_ms, now
from understanding.danger import ADVICE_KEYS
from understanding.knowledge import approved_entry


def advice(turn, kind):
    """The ward's approved safety advice for `kind`, in the citizen's language when it has one."""
    entry = approved_entry(turn.db, ADVICE_KEYS[kind], turn.cfg.get("PAGE_ID"), turn.cfg)
    if entry is None:
        return turn.fmt(turn.texts.DANGER_FALLBACK)
    return approved_answer(turn, entry)


def warn(turn, kind):
    """Say the advice now, in a message of its own, before anything else."""
    turn.say(advice(turn, kind))


def mark_urgent(turn, kind):
    """The draft is urgent from now; the duty officer is told the first time."""
    draft = turn.draft
    draft["urgent"] = True
    if draft.get("danger_told"):
        return
    draft["danger_told"] = kind
    listed = handoff.list_unmatched(turn)
    if listed is not None:
        at = from_ms(turn.inp.timestamp) if turn.inp.timestamp else now()
        notify_danger(turn.db, turn.cfg, listed, kind, at)
