"""The console's status workflow asks the citizen for a rating when a case is resolved, and lets
only a leader close a case reopened by an unsatisfied citizen. Registered on import; imported by
the console pages and the command line (satisfaction/views.py, hotline/cli.py)."""
from bot.flow import Input, Turn
from bot.report_steps import REPORT_STEPS
from console.window import messenger_window
from console.workflow import on_status_change
from duty.ward import current_config
from satisfaction import steps
from satisfaction.review import only_a_leader_closes_a_reviewed_case
from storage import ratings
from storage.conversations import load_conversation, save_conversation

on_status_change(only_a_leader_closes_a_reviewed_case)


@on_status_change
def ask_for_rating(db, report, old_status, new_status, note, officer):
    """Inside the 24 h window only: an automated question may never go tagged HUMAN_AGENT. A citizen
    in the middle of another report is not interrupted (the officer may ask on the phone)."""
    if new_status != "resolved" or not report["psid"] or not messenger_window(
            db, report["psid"], page_id=report["page_id"]).notice_may_go:
        return
    conv = load_conversation(db, report["psid"], report["page_id"])
    if conv["step"] in REPORT_STEPS:
        return
    turn = Turn(db, current_config(), conv, Input(kind="system"))
    steps.start(turn, report, ratings.ask(db, report["id"]))
    save_conversation(db, conv)
