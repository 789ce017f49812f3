"""Withdrawing a filed case: "hủy" or "rút đơn" after submission asks first, then records it.

Withdrawing a complaint is a legal act (Law on Complaints 2011, art. 10), so
it is never assumed: the citizen confirms, the withdrawal joins the case's
thread, the officers on duty are told, and the case page shows it.
"""

from casework.withdrawal import record_withdrawal
from storage.reports import open_case_of
from storage.threads import join_case


def start(turn):
    """Outside a draft: the citizen's latest open case, if any, may be withdrawn."""
    report = open_case_of(turn.db, turn.conv["psid"], turn.cfg.get("PAGE_ID"))
    if report is None:
        return turn.to_menu(turn.fmt(turn.texts.NOTHING_TO_CANCEL))
    turn.conv.update(
        draft={
            "withdraw_report_id": report["id"],
            "withdraw_code": report["code"],
            "withdraw_category": report["category"],
        },
        history=[],
    )
    _thread(turn, report["id"])
    turn.ask("withdraw")


def choose_withdraw(turn, payload):
    draft = turn.draft
    code, report_id = draft.get("withdraw_code"), draft.get("withdraw_report_id")
    _thread(turn, report_id)
    if payload == "WITHDRAW_NO" or report_id is None:
        return turn.to_menu(turn.fmt(turn.texts.NOT_WITHDRAWN, code=code))
    record_withdrawal(turn.db, turn.cfg, report_id, turn.inp.timestamp, turn.inp.event_key)
    turn.to_menu(turn.fmt(turn.texts.WITHDRAWN, code=code))


def _thread(turn, report_id):
    """This exchange belongs to the case: the officer reads it in the case's thread."""
    turn.report_id = report_id
    if turn.inp.message_id and report_id:
        join_case(turn.db, report_id, turn.conv["psid"], turn.cfg.get("PAGE_ID"), message_id=turn.inp.message_id)
