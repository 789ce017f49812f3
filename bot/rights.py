"""The citizen's data rights in the chat: see what is held, withdraw consent, ask for deletion.

Three commands, each with its words in understanding/commands.py (`COMMANDS`) and a handler here
(`HANDLERS`) taking the turn, so any table of commands can call them: bot/flow.py merges the
handlers into its commands, which work at every step. Withdrawing and deleting change data, so they are confirmed (step
`rights_confirm`, Có / Không) as cancelling a report is. Each request is audit-logged (the officer
sees it on the audit page and on each case it touched) and kept in `data_requests`. Each acts on the
citizen of the page the message came to, never on the same PSID's data on another ward's page.
"""

from bot import facts, menu
from bot import rights_texts as texts
from bot.holdings_text import holdings_lines
from casework.erasure import cases_of_citizen, erase_and_log, forget_contact, holdings, withdraw_consents
from core.policy_links import policy_url
from core.privacy_settings import settings_of
from core.voice import speak
from storage import audit
from storage.data_requests import record_request

CONFIRM_STEP = "rights_confirm"
CITIZEN = "citizen"  # the audit log's actor for what a citizen asked in Messenger


def show_data(turn):
    """ "dữ liệu của tôi": the cases, the consents given and when, the size of the chat."""
    turn.keep_in_conversation()  # in no case's thread: it lists every case, the draft's too
    held = holdings(turn.db, turn.conv["psid"], _page(turn))
    lines = [
        turn.fmt(texts.DATA_HEADER),
        *holdings_lines(held, turn.cfg["TIMEZONE"]),
        texts.DATA_FOOTER.format(policy_url=policy_url(turn.cfg)),
    ]
    audit.record(
        turn.db,
        CITIZEN,
        "data_access",
        detail={"cases": len(held["cases"])},
        note="Người dân xem dữ liệu phường lưu về mình (qua Messenger).",
    )
    record_request(
        turn.db, "chat", "access", {"cases": len(held["cases"])}, psid=turn.conv["psid"], page_id=_page(turn)
    )
    _back_to_where_they_were(turn, "\n".join(lines))


def ask_withdraw(turn):
    _ask_confirmation(turn, "withdraw")


def ask_delete(turn):
    _ask_confirmation(turn, "delete")


def choose_confirm(turn, payload):
    turn.keep_in_conversation()
    kind = turn.draft.pop("rights_pending", "delete")
    back_to = turn.draft.pop("rights_return", "menu")
    if payload == "NO":
        return (
            turn.return_to(back_to, prefix=turn.fmt(texts.NOT_DONE))
            if back_to != "menu"
            else menu.show_menu(turn, turn.fmt(texts.NOT_DONE))
        )
    if kind == "withdraw":
        return _withdraw(turn, back_to)
    _delete(turn)


def _ask_confirmation(turn, kind):
    turn.keep_in_conversation()
    if turn.step != CONFIRM_STEP:
        turn.draft["rights_return"] = turn.step or "menu"
    turn.draft["rights_pending"] = kind
    turn.enter(CONFIRM_STEP)
    turn.say(turn.fmt(texts.CONFIRM[kind]), ("YES", "NO"))


def _withdraw(turn, back_to):
    db, psid, page = turn.db, turn.conv["psid"], _page(turn)
    count = withdraw_consents(db, psid, page_id=page)
    cleared, kept = forget_contact(db, psid, page)
    _refresh_publications(db, turn.cfg, psid, page)
    for report in cases_of_citizen(db, psid, page):
        audit.record(
            db,
            CITIZEN,
            "data_withdraw",
            report["id"],
            detail={"contact_removed": report["code"] in cleared},
            note="Người dân rút lại đồng ý xử lý dữ liệu cá nhân (qua Messenger).",
        )
    record_request(
        db,
        "chat",
        "withdraw",
        {"consents": count, "contact_removed": cleared, "kept": [r["code"] for r in kept]},
        psid=psid,
        page_id=page,
    )
    parts = [texts.WITHDRAWN.format(count=count) if count else texts.WITHDRAWN_NONE]
    if cleared:
        parts.append(texts.CONTACT_REMOVED.format(codes=", ".join(cleared)))
    parts += _kept_lines(turn, kept)
    if turn.draft.pop("consent", None) is not None:  # the draft in progress asks again before filing
        for key in ("consent_id", "name", "phone", "address"):
            turn.draft.pop(key, None)
        facts.drop_personal(turn.draft)  # a name or phone found in their words waits no longer either
        back_to = "consent" if _in_draft(turn, back_to) else back_to
    _finish(turn, parts, back_to)


def _delete(turn):
    db, psid = turn.db, turn.conv["psid"]
    anonymised, kept = erase_and_log(
        db, turn.cfg, psid, CITIZEN, "qua Messenger", keep_message_from=turn.inp.message_id, citizen_told=True
    )
    record_request(
        db, "chat", "delete", {"anonymised": anonymised, "kept": [r["code"] for r in kept]}, page_id=_page(turn)
    )
    turn.enter("menu")
    turn.conv.update(draft={}, history=[])
    parts = [texts.DELETED]
    if anonymised:
        parts.append(texts.ANONYMISED.format(codes=", ".join(anonymised)))
    _finish(turn, parts + _kept_lines(turn, kept), "menu")


def _kept_lines(turn, kept):
    if not kept:
        return []
    years = settings_of(turn.cfg)["OFFICIAL_RECORD_YEARS"]
    return [texts.KEPT_OFFICIAL.format(codes=", ".join(r["code"] for r in kept), years=years)]


def _finish(turn, parts, back_to):
    parts = [speak(part, turn.voice) for part in parts] + [turn.fmt(texts.NEXT)]
    _back_to_where_they_were(turn, "\n".join(parts), back_to)


def _back_to_where_they_were(turn, text, step=None):
    """Answer, then carry on: the draft's question again, or the menu."""
    step = step or turn.step
    if _in_draft(turn, step):
        turn.say(text)
        return turn.ask(step) if step == turn.step else turn.return_to(step)
    menu.show_menu(turn, text)


def _in_draft(turn, step):
    return step in turn.table and turn.table[step].in_report


def _refresh_publications(db, cfg, psid, page):
    from casework.publishing import refresh  # a withdrawn agreement takes the public copy down

    for report in cases_of_citizen(db, psid, page):
        if report["publish_consent_id"] is not None:
            refresh(db, cfg, report["id"])


def _page(turn):
    """The page the message came to (None: a single ward)."""
    return turn.cfg.get("PAGE_ID")


HANDLERS = {"DATA_MINE": show_data, "DATA_WITHDRAW": ask_withdraw, "DATA_DELETE": ask_delete}
