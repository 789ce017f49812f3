"""The console's status workflow asks the citizen for a rating when a case is resolved, and lets
a conversation step the workflow starts. Registered with the workflow by runtime/rules.py."""

from bot import rating_steps as steps
from bot.flow import STEPS, Input, new_turn
from casework.window import messenger_window
from storage import ratings
from storage.conversations import load_conversation, save_conversation


def ask_for_rating(db, cfg, report, old_status, new_status, note, officer):
    """Inside the 24 h window only: an automated question may never go tagged HUMAN_AGENT. A citizen
    in the middle of another report is not interrupted (the officer may ask on the phone). The
    question speaks for the case's ward (`cfg`, its page's settings)."""
    if (
        new_status != "resolved"
        or not report["psid"]
        or not messenger_window(db, report["psid"], page_id=report["page_id"]).notice_may_go
    ):
        return
    conv = load_conversation(db, report["psid"], report["page_id"])
    if conv["step"] in STEPS and STEPS[conv["step"]].in_report:
        return
    turn = new_turn(db, cfg, conv, Input(kind="system"))
    steps.start(turn, report, ratings.ask(db, report["id"]))
    save_conversation(db, conv)
